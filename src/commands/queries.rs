//! `corpusdb queries [--queries DIR]`: lists canned analyses with their parameters.

use crate::query::canned;
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Directory of your own `.sql` canned queries (added to the built-in ones)
    #[arg(long, value_name = "DIR")]
    pub queries: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<i32> {
    for q in canned::all(args.queries.as_deref())? {
        let params: Vec<String> = q
            .params
            .iter()
            .map(|p| format!("{}={}", p.name, p.default.as_deref().unwrap_or("NULL")))
            .collect();
        let from = if q.origin.starts_with("sql/") {
            String::new()
        } else {
            format!(" [{}]", q.origin)
        };
        println!("{:<22} {}{from}", q.name, q.description);
        if !params.is_empty() {
            println!("{:<22}   -p {}", "", params.join(" -p "));
        }
    }
    Ok(0)
}
