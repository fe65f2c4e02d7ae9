//! `corpusdb query NAME [-p key=value]... [--queries DIR] [--format F] [-o FILE]`: runs a
//! canned analysis; parameters are bound, never spliced into SQL.

use crate::cli::OutputArgs;
use crate::query::{self, canned, output};
use crate::store;
use anyhow::Result;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// Name of the canned query (see `corpusdb queries`)
    pub name: String,
    /// Parameter as key=value (repeatable)
    #[arg(short = 'p', long = "param", value_name = "KEY=VALUE")]
    pub params: Vec<String>,
    /// Directory of your own `.sql` canned queries
    #[arg(long, value_name = "DIR")]
    pub queries: Option<PathBuf>,
    #[command(flatten)]
    pub out: OutputArgs,
}

pub fn run(db: &Path, args: Args) -> Result<i32> {
    let q = canned::find(&args.name, args.queries.as_deref())?;
    let vals = canned::resolve_params(&q, &args.params)?;
    let conn = store::open_read_only(db)?;
    let mut stmt = query::prepare(&conn, &q.sql)?;
    query::bind(&mut stmt, &|n| {
        vals.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone())
    })?;
    let fmt = output::choose(args.out.format, args.out.output.is_some());
    let mut sink = output::sink(
        fmt,
        output::destination(args.out.output.as_deref())?,
        Default::default(),
    )?;
    query::stream(&mut stmt, sink.as_mut())?;
    Ok(0)
}
