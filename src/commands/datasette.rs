//! `corpusdb datasette [-o metadata.json] [--queries DIR]`: writes Datasette metadata for
//! the database given with `--db`, so that
//!
//! ```text
//! corpusdb --db corpus.db datasette -o metadata.json
//! datasette corpus.db -m metadata.json
//! ```
//!
//! serves every canned analysis as a page (with its title, description and a form for its
//! parameters, and CSV and JSON downloads), full-text search on sentences, and labelled
//! tables. Datasette sends an empty form field as '' rather than NULL, so each parameter is
//! read as `nullif(:p, '')` with its default: the page with empty fields gives what
//! `corpusdb query NAME` gives.

use crate::query::canned::{self, Canned};
use anyhow::{Context, Result};
use regex::Regex;
use serde_json::{json, Map, Value};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// Write the metadata to FILE instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Directory of your own `.sql` canned queries (added to the built-in ones)
    #[arg(long, value_name = "DIR")]
    pub queries: Option<PathBuf>,
}

pub fn run(db: &Path, args: Args) -> Result<i32> {
    let name = db
        .file_stem()
        .and_then(|s| s.to_str())
        .context("--db has no file name")?
        .to_string();
    let mut queries = Map::new();
    for q in canned::all(args.queries.as_deref())? {
        queries.insert(q.name.clone(), query(&q));
    }
    let meta = json!({
        "title": format!("{name}: corpusdb"),
        "description": "Articles, their sections, paragraphs and sentences, with claims, dated references and concept mentions; every canned analysis of corpusdb as a page.",
        "databases": {
            name: {
                "tables": tables(),
                "queries": queries,
            }
        }
    });
    let text = serde_json::to_string_pretty(&meta)? + "\n";
    match &args.output {
        Some(p) => {
            std::fs::write(p, text).with_context(|| format!("{}: cannot write", p.display()))?
        }
        None => std::io::stdout().write_all(text.as_bytes())?,
    }
    Ok(0)
}

/// One canned query for Datasette: its SQL with each parameter read as
/// `nullif(:p, '')`, or `coalesce(nullif(:p, ''), default)` when it has a default.
fn query(q: &Canned) -> Value {
    let mut sql = q.sql.clone();
    for p in &q.params {
        let re = Regex::new(&format!(r":{}\b", regex::escape(&p.name))).expect("param pattern");
        let with = match p.default.as_deref() {
            None | Some("required") => format!("nullif(:{}, '')", p.name),
            Some(d) if d.parse::<i64>().is_ok() => {
                format!("CAST(coalesce(nullif(:{}, ''), {d}) AS INTEGER)", p.name)
            }
            Some(d) if d.parse::<f64>().is_ok() => {
                format!("CAST(coalesce(nullif(:{}, ''), {d}) AS REAL)", p.name)
            }
            Some(d) => format!(
                "coalesce(nullif(:{}, ''), '{}')",
                p.name,
                d.replace('\'', "''")
            ),
        };
        sql = re.replace_all(&sql, regex::NoExpand(&with)).into_owned();
    }
    let params: Vec<&str> = q.params.iter().map(|p| p.name.as_str()).collect();
    json!({
        "title": q.name.replace('_', " "),
        "description": q.description,
        "sql": sql,
        "params": params,
    })
}

fn tables() -> Value {
    json!({
        "articles": {"label_column": "title", "description": "One row per article: metadata and the cleaned text every offset points into."},
        "sections": {"label_column": "heading", "description": "Headings of each article (lead, body, related links)."},
        "paragraphs": {"description": "Paragraphs with offsets into the article text."},
        "sentences": {
            "label_column": "text",
            "fts_table": "sentences_fts",
            "fts_pk": "id",
            "description": "Sentences with their claim (kind, author_claim, source, hedged); search them with the box above."
        },
        "dated_refs": {"label_column": "text", "description": "Dated references: TIMEX3 type and value, range, named period and referent."},
        "concepts": {"label_column": "name", "description": "The lexicon: concepts, organisations and actors."},
        "mentions": {"label_column": "text", "description": "Where each concept is mentioned."},
        "terms": {"label_column": "term", "description": "Word forms of the token index (corpusdb index tokens)."},
        "sentences_fts": {"hidden": true},
        "sentences_fts_config": {"hidden": true},
        "sentences_fts_data": {"hidden": true},
        "sentences_fts_docsize": {"hidden": true},
        "sentences_fts_idx": {"hidden": true},
        "refinery_schema_history": {"hidden": true}
    })
}
