//! `corpusdb query NAME [-p key=value]... [--queries DIR] [--format F] [-o FILE]`: runs a
//! canned analysis; parameters are bound, never spliced into SQL.

use crate::cli::OutputArgs;
use crate::query::{self, canned};
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
    if let Some(w) = query::token_index_warning(&conn, &q, &vals) {
        eprintln!("{w}");
    }
    query::run_to_output(&conn, &q.sql, &vals, &args.out)?;
    Ok(0)
}
