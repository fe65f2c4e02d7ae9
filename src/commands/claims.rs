//! `corpusdb claims [FILE|-]`: splits plain text into sentences and prints one JSON line
//! per sentence with its claim kind, author_claim, source, hedged and score.
//! `--jsonl`: reads lines `{"id","text"}` (one sentence each). No database.

use crate::analyse::claims;
use crate::read::{self, jsonl};
use crate::segment::sentences;
use crate::text::CharIndex;
use anyhow::Result;
use serde::Deserialize;
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Input file (default: standard input)
    pub file: Option<PathBuf>,
    /// Read JSON lines {"id","text"}, one sentence each
    #[arg(long)]
    pub jsonl: bool,
}

#[derive(Deserialize)]
struct In {
    id: serde_json::Value,
    text: String,
}

fn line_of(c: &crate::model::ClaimInfo) -> serde_json::Value {
    json!({"kind": c.kind, "author_claim": c.author_claim, "source": c.source, "hedged": c.hedged, "score": c.score})
}

pub fn run(args: Args) -> Result<i32> {
    let path = args.file.clone().unwrap_or_else(|| PathBuf::from("-"));
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.jsonl {
        let failed = jsonl::for_each_record(&path, |rec: In| {
            let mut v = line_of(&claims::classify(&rec.text));
            let o = v.as_object_mut().unwrap();
            o.insert("id".into(), rec.id);
            o.insert("text".into(), rec.text.into());
            serde_json::to_writer(&mut out, &v)?;
            out.write_all(b"\n")?;
            Ok(())
        })?;
        out.flush()?;
        return Ok(if failed > 0 { 1 } else { 0 });
    }
    let text = read::read_text(&path)?;
    let mut ci = CharIndex::new(&text);
    let mut offset = 0usize;
    for para in text.split_inclusive('\n') {
        for (s, e) in sentences::split(para) {
            let sent = &para[s..e];
            let mut v = line_of(&claims::classify(sent));
            let o = v.as_object_mut().unwrap();
            o.insert("start".into(), ci.at(offset + s).into());
            o.insert("end".into(), ci.at(offset + e).into());
            o.insert("text".into(), sent.into());
            serde_json::to_writer(&mut out, &v)?;
            out.write_all(b"\n")?;
        }
        offset += para.len();
    }
    out.flush()?;
    Ok(0)
}
