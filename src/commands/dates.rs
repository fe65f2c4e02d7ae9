//! `corpusdb dates [--published DATE] [FILE|-]`: one JSON line per dated reference in the
//! text, offsets in code points. `--jsonl`: reads lines `{"id","text","published"}` and
//! adds `"id"` to each output line. No database.

use crate::analyse::dates;
use crate::read::{self, jsonl};
use anyhow::Result;
use serde::Deserialize;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Input file (default: standard input)
    pub file: Option<PathBuf>,
    /// Document creation date that relative expressions resolve against
    #[arg(long)]
    pub published: Option<String>,
    /// Read JSON lines {"id","text","published"}
    #[arg(long)]
    pub jsonl: bool,
}

#[derive(Deserialize)]
struct In {
    id: serde_json::Value,
    text: String,
    published: Option<String>,
}

pub fn run(args: Args) -> Result<i32> {
    let path = args.file.clone().unwrap_or_else(|| PathBuf::from("-"));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.jsonl {
        let failed = jsonl::for_each_record(&path, |rec: In| {
            let published = rec.published.as_deref().or(args.published.as_deref());
            for r in dates::extract(&rec.text, published) {
                let mut v = serde_json::to_value(&r)?;
                v.as_object_mut()
                    .unwrap()
                    .insert("id".into(), rec.id.clone());
                serde_json::to_writer(&mut out, &v)?;
                out.write_all(b"\n")?;
            }
            Ok(())
        })?;
        out.flush()?;
        return Ok(if failed > 0 { 1 } else { 0 });
    }
    let text = read::read_text(&path)?;
    for r in dates::extract(&text, args.published.as_deref()) {
        serde_json::to_writer(&mut out, &r)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(0)
}
