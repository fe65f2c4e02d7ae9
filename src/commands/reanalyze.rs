//! `corpusdb reanalyze [--article ID]`: recomputes claims, dated references and mentions
//! from the stored sentences (after a lexicon import or a new analyser), one article per
//! savepoint, so the database never holds a half-analysed article.

use crate::analyse::{self, concepts::Lexicon};
use crate::model::{Article, Sentence};
use crate::store::{self, writer};
use anyhow::Result;
use rusqlite::Connection;
use std::path::Path;

#[derive(clap::Args)]
pub struct Args {
    /// Only this article
    #[arg(long)]
    pub article: Option<i64>,
}

pub fn run(db: &Path, args: Args) -> Result<i32> {
    let mut conn = store::open(db)?;
    let lex = store::load_lexicon(&mut conn)?;
    let ids: Vec<i64> = match args.article {
        Some(id) => vec![id],
        None => conn
            .prepare("SELECT id FROM articles ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?,
    };
    let started = std::time::Instant::now();
    conn.execute_batch("BEGIN IMMEDIATE")?;
    for (n, id) in ids.iter().enumerate() {
        reanalyze_one(&conn, *id, &lex)?;
        if n % 200 == 199 {
            conn.execute_batch("COMMIT; BEGIN IMMEDIATE")?;
        }
    }
    conn.execute_batch("COMMIT")?;
    eprintln!(
        "reanalyze: {} article(s) in {:.1}s",
        ids.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(0)
}

fn reanalyze_one(conn: &Connection, id: i64, lex: &Lexicon) -> Result<()> {
    let (published, text): (Option<String>, String) = conn.query_row(
        "SELECT published, text FROM articles WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut st = conn.prepare_cached(
        "SELECT s.id, s.start, s.end, s.text, d.ordinal, c.ordinal FROM sentences s
         JOIN sections c ON c.id = s.section_id
         LEFT JOIN sentences d ON d.id = s.duplicate_of WHERE s.article_id = ?1 ORDER BY s.ordinal",
    )?;
    let rows: Vec<(i64, i64, i64, String, Option<i64>, i64)> = st
        .query_map([id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut a = Article::default();
    a.meta.published = published;
    a.text = text;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    a.sentences = rows
        .into_iter()
        .map(|(_, s, e, text, dup, section)| Sentence {
            section: section as usize,
            paragraph: 0,
            start: s as usize,
            end: e as usize,
            text,
            duplicate_of: dup.map(|d| d as usize),
        })
        .collect();
    let an = analyse::analyse(&a, lex);
    conn.execute_batch("SAVEPOINT re")?;
    writer::update_claims(conn, &an, &ids)?;
    for t in ["dated_refs", "mentions"] {
        conn.prepare_cached(&format!("DELETE FROM {t} WHERE article_id = ?1"))?
            .execute([id])?;
    }
    writer::store_analysis(conn, id, &an, &ids, lex)?;
    conn.execute_batch("RELEASE re")?;
    Ok(())
}
