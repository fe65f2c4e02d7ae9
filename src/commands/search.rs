//! `corpusdb search "TERMS" [--limit N] [--raw] [--format F] [-o FILE]`: full-text search
//! over sentences (FTS5, porter stemming), ranked by bm25, with snippets. Terms are quoted
//! so any input (punctuation, quotes) is safe; `--raw` passes FTS5 query syntax through.

use crate::cli::OutputArgs;
use crate::query;
use crate::store;
use anyhow::{bail, Result};
use rusqlite::types::Value;
use std::path::Path;

#[derive(clap::Args)]
pub struct Args {
    /// Words to find (all must occur in a sentence)
    pub terms: String,
    /// Most results
    #[arg(long, default_value_t = 50)]
    pub limit: i64,
    /// Treat TERMS as FTS5 query syntax (AND, OR, NEAR, "phrases", prefix*)
    #[arg(long)]
    pub raw: bool,
    /// Include lead sentences that repeat the body
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

/// An FTS5 query matching all words of `input`, each as a quoted string.
pub fn fts_query(input: &str) -> String {
    input
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

const SQL: &str = "
SELECT s.article_id, a.title, s.id AS sentence_id,
       snippet(sentences_fts, 0, '[', ']', '…', 16) AS snippet,
       round(bm25(sentences_fts), 3) AS score, s.start, s.end
FROM sentences_fts
JOIN sentences s ON s.id = sentences_fts.rowid
JOIN articles a ON a.id = s.article_id
WHERE sentences_fts MATCH :q AND (:all OR s.duplicate_of IS NULL)
ORDER BY bm25(sentences_fts)
LIMIT :limit";

pub fn run(db: &Path, args: Args) -> Result<i32> {
    let q = if args.raw {
        args.terms.clone()
    } else {
        fts_query(&args.terms)
    };
    if args.raw && q.trim().is_empty() {
        bail!("search: empty query");
    }
    // no words at all (only punctuation): a query that matches nothing, not an error
    let q = if q.trim().is_empty() {
        "\"\"".to_string()
    } else {
        q
    };
    let conn = store::open_read_only(db)?;
    let vals = [
        ("q".to_string(), Value::Text(q)),
        ("limit".to_string(), Value::Integer(args.limit)),
        ("all".to_string(), Value::Integer(args.all as i64)),
    ];
    query::run_to_output(&conn, SQL, &vals, &args.out)
        .map_err(|e| anyhow::anyhow!("search failed: {e:#}"))?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoting() {
        assert_eq!(
            super::fts_query("multipolar \"world\" (AND) OR -x*"),
            "\"multipolar\" \"world\" \"AND\" \"OR\" \"x\""
        );
        assert_eq!(super::fts_query("\"\"\""), "");
    }
}
