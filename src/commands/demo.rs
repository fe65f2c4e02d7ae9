//! `corpusdb demo [--db-out FILE]`: ingests the sample corpus bundled in the binary
//! (`samples/`) into a fresh database and prints the overview and the timeline.

use crate::commands::ingest;
use crate::query::{self, canned};
use crate::store;
use anyhow::Result;
use std::path::PathBuf;

const SAMPLES: &[(&str, &str)] = &[
    (
        "arctic-council.txt",
        include_str!("../../samples/arctic-council.txt"),
    ),
    (
        "grain-corridor.md",
        include_str!("../../samples/grain-corridor.md"),
    ),
    ("briefs.jsonl", include_str!("../../samples/briefs.jsonl")),
];

#[derive(clap::Args)]
pub struct Args {
    /// Where to write the demo database (replaced if it exists)
    #[arg(long = "db-out", default_value = "demo.db")]
    pub db_out: PathBuf,
}

pub fn run(args: Args) -> Result<i32> {
    let dir = std::env::temp_dir().join(format!("corpusdb-demo-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    for (name, body) in SAMPLES {
        std::fs::write(dir.join(name), body)?;
    }
    for suffix in ["", "-wal", "-shm"] {
        let mut p = args.db_out.clone().into_os_string();
        p.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(p));
    }
    let ia = ingest::Args {
        paths: vec![dir.clone()],
        quiet: true,
        ..Default::default()
    };
    let s = ingest::ingest(&args.db_out, &ia)?;
    let _ = std::fs::remove_dir_all(&dir);
    println!("{}\n", s.line());
    let conn = store::open_read_only(&args.db_out)?;
    for name in ["overview", "timeline"] {
        let q = canned::find(name, None)?;
        println!("== {name}: {}", q.description);
        let vals = canned::resolve_params(&q, &[])?;
        let out = crate::cli::OutputArgs {
            format: None,
            output: None,
        };
        query::run_to_output(&conn, &q.sql, &vals, &out)?;
        println!();
    }
    println!(
        "The database is {}; try: corpusdb --db {} query claims",
        args.db_out.display(),
        args.db_out.display()
    );
    Ok(if s.errors.is_empty() { 0 } else { 1 })
}
