//! `corpusdb dates [--published DATE] [FILE|-]`: one JSON line per dated reference in the
//! text, offsets in code points. `--jsonl`: reads lines `{"id","text","published"}` and
//! adds `"id"` to each output line. No database.

use crate::analyse::dates;
use crate::read::{self, InputError};
use anyhow::{Context, Result};
use serde::Deserialize;
use std::io::{BufRead, Write};
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
    let name = path.display().to_string();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    if args.jsonl {
        let reader: Box<dyn BufRead> = if name == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::io::BufReader::new(
                std::fs::File::open(&path).with_context(|| format!("{name}: cannot open"))?,
            ))
        };
        let mut failed = 0;
        for (i, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("{name}:{}: cannot read", i + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let rec: In = match serde_json::from_str(&line) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!(
                        "{}",
                        InputError::new(&name, Some(i + 1), format!("malformed JSON: {e}"))
                    );
                    failed += 1;
                    continue;
                }
            };
            let published = rec.published.as_deref().or(args.published.as_deref());
            for r in dates::extract(&rec.text, published) {
                let mut v = serde_json::to_value(&r)?;
                v.as_object_mut()
                    .unwrap()
                    .insert("id".into(), rec.id.clone());
                serde_json::to_writer(&mut out, &v)?;
                out.write_all(b"\n")?;
            }
        }
        out.flush()?;
        return Ok(if failed > 0 { 1 } else { 0 });
    }
    let bytes =
        read::read_bytes(&path, Some(read::MAX_FILE_BYTES)).map_err(|e| anyhow::anyhow!("{e}"))?;
    let text = read::check_text(&name, bytes).map_err(|e| anyhow::anyhow!("{e}"))?;
    for r in dates::extract(&text, args.published.as_deref()) {
        serde_json::to_writer(&mut out, &r)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(0)
}
