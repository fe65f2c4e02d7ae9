//! `corpusdb export TABLE [-o FILE] [--bom] [--excel-safe]`
//! `corpusdb export --query NAME [-p key=value]... [--queries DIR] [-o FILE]`
//! Streams every row to CSV (no row cap); what is written parses back to the same rows
//! (NULL becomes an empty cell). `--excel-safe` prefixes formula-like cells with `'`.

use crate::query::{self, canned, output};
use crate::store;
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// Table or view to export (e.g. articles, sentences, claims, dated_refs, mentions)
    #[arg(required_unless_present = "query", conflicts_with = "query")]
    pub table: Option<String>,
    /// Export a canned query's result instead of a table
    #[arg(long, value_name = "NAME")]
    pub query: Option<String>,
    /// Parameter for --query as key=value (repeatable)
    #[arg(short = 'p', long = "param", value_name = "KEY=VALUE")]
    pub params: Vec<String>,
    /// Directory of your own `.sql` canned queries
    #[arg(long, value_name = "DIR")]
    pub queries: Option<PathBuf>,
    /// Write to FILE instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Start with a UTF-8 byte-order mark so Excel reads the encoding
    #[arg(long)]
    pub bom: bool,
    /// Neutralise cells starting with = + - @ tab or CR (prefix an apostrophe)
    #[arg(long)]
    pub excel_safe: bool,
    /// Write tab-separated values instead of CSV
    #[arg(long)]
    pub tsv: bool,
}

pub fn run(db: &Path, args: Args) -> Result<i32> {
    let conn = store::open_read_only(db)?;
    let (sql, vals) = match (&args.table, &args.query) {
        (Some(t), _) => {
            let exists: bool = conn.query_row(
                "SELECT count(*) FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?1
                   AND name NOT LIKE 'sentences_fts%' AND name NOT LIKE 'sqlite_%'",
                [t],
                |r| r.get(0),
            )?;
            if !exists {
                bail!("export: no table or view named {t:?}");
            }
            (
                format!("SELECT * FROM \"{}\"", t.replace('"', "\"\"")),
                Vec::new(),
            )
        }
        (None, Some(name)) => {
            let q = canned::find(name, args.queries.as_deref())?;
            let vals = canned::resolve_params(&q, &args.params)?;
            (q.sql, vals)
        }
        (None, None) => bail!("export: name a TABLE or --query NAME"),
    };
    let mut stmt = query::prepare(&conn, &sql)?;
    query::bind(&mut stmt, &|n| {
        vals.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone())
    })?;
    let opts = output::CsvOptions {
        bom: args.bom,
        excel_safe: args.excel_safe,
    };
    let fmt = if args.tsv {
        output::OutputFormat::Tsv
    } else {
        output::OutputFormat::Csv
    };
    let mut sink = output::sink(fmt, output::destination(args.output.as_deref())?, opts)?;
    let n = query::stream(&mut stmt, sink.as_mut())?;
    if args.output.is_some() {
        eprintln!("export: {n} rows");
    }
    Ok(0)
}
