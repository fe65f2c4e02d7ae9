//! `corpusdb show ID`: one article's outline — metadata, sections with headings and
//! counts, related links, its claims (by kind) and dated references.

use crate::store;
use anyhow::{bail, Result};
use rusqlite::OptionalExtension;
use std::path::Path;

#[derive(clap::Args)]
pub struct Args {
    /// Article id
    pub id: i64,
}

pub fn run(db: &Path, args: Args) -> Result<i32> {
    let conn = store::open_read_only(db)?;
    let row = conn
        .query_row(
            "SELECT title, author, affiliation, published, url, source, word_count, source_path, ingested_at
             FROM articles WHERE id = ?1",
            [args.id],
            |r| {
                Ok((0..9).map(|i| r.get::<_, Option<String>>(i).ok().flatten().or_else(|| r.get::<_, Option<i64>>(i).ok().flatten().map(|n| n.to_string()))).collect::<Vec<_>>())
            },
        )
        .optional()?;
    let Some(m) = row else {
        bail!("no article with id {}", args.id)
    };
    let labels = [
        "title",
        "author",
        "affiliation",
        "published",
        "url",
        "source",
        "words",
        "source path",
        "ingested",
    ];
    println!("article {}", args.id);
    for (l, v) in labels.iter().zip(&m) {
        println!("  {:<12} {}", l, v.as_deref().unwrap_or("—"));
    }
    println!("\nsections");
    let mut st = conn.prepare(
        "SELECT s.ordinal, s.kind, s.heading,
                (SELECT count(*) FROM paragraphs p WHERE p.section_id = s.id),
                (SELECT count(*) FROM sentences x WHERE x.section_id = s.id),
                (SELECT count(*) FROM sentences x WHERE x.section_id = s.id AND x.duplicate_of IS NOT NULL)
         FROM sections s WHERE s.article_id = ?1 ORDER BY s.ordinal",
    )?;
    let rows = st.query_map([args.id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, i64>(4)?,
            r.get::<_, i64>(5)?,
        ))
    })?;
    for r in rows {
        let (o, kind, heading, p, s, d) = r?;
        let dup = if d > 0 {
            format!(", {d} repeat the body")
        } else {
            String::new()
        };
        println!(
            "  {o}. [{kind}] {} — {p} paragraphs, {s} sentences{dup}",
            heading.as_deref().unwrap_or("(untitled)")
        );
    }
    let mut st = conn.prepare(
        "SELECT title, teaser FROM related_links WHERE article_id = ?1 ORDER BY ordinal",
    )?;
    let links: Vec<(String, Option<String>)> = st
        .query_map([args.id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    if !links.is_empty() {
        println!("\nrelated links");
        for (t, teaser) in links {
            println!(
                "  - {t}{}",
                teaser.map(|x| format!(" — {x}")).unwrap_or_default()
            );
        }
    }
    println!("\nclaims (sentences repeated in the lead not counted)");
    let mut st = conn.prepare(
        "SELECT c.kind, count(*), sum(c.hedged) FROM claims c JOIN sentences s ON s.id = c.sentence_id
         WHERE c.article_id = ?1 AND s.duplicate_of IS NULL GROUP BY c.kind ORDER BY count(*) DESC",
    )?;
    for r in st.query_map([args.id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })? {
        let (k, n, h) = r?;
        println!("  {k:<11} {n:>4}  ({h} hedged)");
    }
    let mut st = conn.prepare(
        "SELECT c.kind, c.source, c.text FROM claims c JOIN sentences s ON s.id = c.sentence_id
         WHERE c.article_id = ?1 AND s.duplicate_of IS NULL AND c.kind IN ('attributed', 'prediction', 'normative', 'question')
         ORDER BY s.ordinal",
    )?;
    for r in st.query_map([args.id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, String>(2)?,
        ))
    })? {
        let (k, src, t) = r?;
        let src = src.map(|s| format!(" ({s})")).unwrap_or_default();
        println!("  - {k}{src}: {}", clip(&t, 140));
    }
    println!("\ndated references");
    let mut st = conn.prepare(
        "SELECT text, type, value, range_start, range_end, referent FROM dated_refs WHERE article_id = ?1 ORDER BY start",
    )?;
    for r in st.query_map([args.id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<String>>(5)?,
        ))
    })? {
        let (t, ty, v, rs, re, referent) = r?;
        let range = match (rs, re) {
            (Some(a), Some(b)) if a != b => format!(" {a}..{b}"),
            (Some(a), _) => format!(" {a}"),
            _ => String::new(),
        };
        let referent = referent.map(|x| format!(" → {x}")).unwrap_or_default();
        println!(
            "  - {t:?} {ty} {}{range}{referent}",
            v.as_deref().unwrap_or("?")
        );
    }
    Ok(0)
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}
