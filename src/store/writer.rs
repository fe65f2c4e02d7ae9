//! The one writer: stores an analysed article with all its rows inside the caller's
//! transaction, so an article is stored whole or not at all.

use crate::analyse::concepts::Lexicon;
use crate::model::{Analysis, Article};
use anyhow::Result;
use rusqlite::{params, Connection, OptionalExtension};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ingested(i64),
    /// The same url was stored with other content; that article was replaced.
    Replaced(i64),
    /// Identical content is already stored (under this id).
    Unchanged(i64),
}

pub fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The id of a stored article with this content hash.
pub fn find_hash(conn: &Connection, hash: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM articles WHERE content_hash = ?1")?
        .query_row([hash], |r| r.get(0))
        .optional()?)
}

/// Stores `a`; the caller owns the transaction.
pub fn store_article(conn: &Connection, a: &Article, lex: &Lexicon) -> Result<Outcome> {
    if let Some(id) = find_hash(conn, &a.content_hash)? {
        return Ok(Outcome::Unchanged(id));
    }
    let mut replaced = false;
    if let Some(url) = &a.meta.url {
        let n = conn
            .prepare_cached("DELETE FROM articles WHERE url = ?1")?
            .execute([url])?;
        replaced = n > 0;
    }
    let m = &a.meta;
    let meta =
        (!m.extra.is_empty()).then(|| serde_json::Value::Object(m.extra.clone()).to_string());
    let id: i64 = conn
        .prepare_cached(
            "INSERT INTO articles(title, author, affiliation, published, url, source, language, text,
                 word_count, content_hash, source_path, meta, ingested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) RETURNING id",
        )?
        .query_row(
            params![
                m.title, m.author, m.affiliation, m.published, m.url, m.source, m.language, a.text,
                a.word_count as i64, a.content_hash, m.source_path, meta, now()
            ],
            |r| r.get(0),
        )?;
    store_structure(conn, id, a)?;
    if !a.analysis.claims.is_empty() {
        let sentence_ids = sentence_ids(conn, id)?;
        store_analysis(conn, id, a, &a.analysis, &sentence_ids, lex)?;
    }
    Ok(if replaced {
        Outcome::Replaced(id)
    } else {
        Outcome::Ingested(id)
    })
}

fn store_structure(conn: &Connection, id: i64, a: &Article) -> Result<()> {
    let mut sec = conn.prepare_cached(
        "INSERT INTO sections(article_id, ordinal, heading, kind, start, end) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
    )?;
    let mut section_ids = Vec::with_capacity(a.sections.len());
    for (i, s) in a.sections.iter().enumerate() {
        let sid: i64 = sec.query_row(
            params![
                id,
                i as i64,
                s.heading,
                s.kind.as_str(),
                s.start as i64,
                s.end as i64
            ],
            |r| r.get(0),
        )?;
        section_ids.push(sid);
    }
    let mut par = conn.prepare_cached(
        "INSERT INTO paragraphs(article_id, section_id, ordinal, start, end, text, norm_hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
    )?;
    let mut para_ids = Vec::with_capacity(a.paragraphs.len());
    for (i, p) in a.paragraphs.iter().enumerate() {
        let pid: i64 = par.query_row(
            params![
                id,
                section_ids[p.section],
                i as i64,
                p.start as i64,
                p.end as i64,
                p.text,
                p.norm_hash
            ],
            |r| r.get(0),
        )?;
        para_ids.push(pid);
    }
    let mut sen = conn.prepare_cached(
        "INSERT INTO sentences(article_id, section_id, paragraph_id, ordinal, start, end, text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut sent_ids = Vec::with_capacity(a.sentences.len());
    for (i, s) in a.sentences.iter().enumerate() {
        sen.execute(params![
            id,
            section_ids[s.section],
            para_ids[s.paragraph],
            i as i64,
            s.start as i64,
            s.end as i64,
            s.text
        ])?;
        sent_ids.push(conn.last_insert_rowid());
    }
    // repeats point forward (lead -> body), so link them once all rows exist
    let mut pdup = conn.prepare_cached("UPDATE paragraphs SET duplicate_of = ?1 WHERE id = ?2")?;
    for (i, p) in a.paragraphs.iter().enumerate() {
        if let Some(d) = p.duplicate_of {
            pdup.execute(params![para_ids[d], para_ids[i]])?;
        }
    }
    let mut sdup = conn.prepare_cached("UPDATE sentences SET duplicate_of = ?1 WHERE id = ?2")?;
    for (i, s) in a.sentences.iter().enumerate() {
        if let Some(d) = s.duplicate_of {
            sdup.execute(params![sent_ids[d], sent_ids[i]])?;
        }
    }
    let mut rel = conn.prepare_cached(
        "INSERT INTO related_links(article_id, ordinal, title, teaser, start, end) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (i, r) in a.related.iter().enumerate() {
        rel.execute(params![
            id,
            i as i64,
            r.title,
            r.teaser,
            r.start as i64,
            r.end as i64
        ])?;
    }
    Ok(())
}

/// Adds the sentences of the given articles to the full-text index. Call once per batch
/// of stored articles, inside the same transaction.
pub fn index_sentences(conn: &Connection, article_ids: &[i64]) -> Result<()> {
    if article_ids.is_empty() {
        return Ok(());
    }
    let ids = serde_json::to_string(article_ids)?;
    conn.prepare_cached(
        "INSERT INTO sentences_fts(rowid, text)
         SELECT id, text FROM sentences WHERE article_id IN (SELECT value FROM json_each(?1))",
    )?
    .execute([ids])?;
    Ok(())
}

/// Sentence row ids of an article in sentence order.
pub fn sentence_ids(conn: &Connection, article: i64) -> Result<Vec<i64>> {
    let mut st =
        conn.prepare_cached("SELECT id FROM sentences WHERE article_id = ?1 ORDER BY ordinal")?;
    let ids = st
        .query_map([article], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids)
}

/// Stores claims, dated references and mentions of an article whose sentences are stored.
pub fn store_analysis(
    conn: &Connection,
    id: i64,
    a: &Article,
    an: &Analysis,
    sent_ids: &[i64],
    lex: &Lexicon,
) -> Result<()> {
    let mut cl = conn.prepare_cached(
        "INSERT INTO claims(article_id, sentence_id, kind, author_claim, source, hedged, score, start, end, text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (i, c) in an.claims.iter().enumerate() {
        let s = &a.sentences[i];
        cl.execute(params![
            id,
            sent_ids[i],
            c.kind,
            c.author_claim as i64,
            c.source,
            c.hedged as i64,
            c.score,
            s.start as i64,
            s.end as i64,
            s.text
        ])?;
    }
    let mut dr = conn.prepare_cached(
        "INSERT INTO dated_refs(article_id, sentence_id, start, end, text, type, value, granularity,
             range_start, range_end, referent, referent_kind)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    for (si, r) in &an.dated_refs {
        dr.execute(params![
            id,
            sent_ids[*si],
            r.start as i64,
            r.end as i64,
            r.text,
            r.kind,
            r.value,
            r.granularity,
            r.range_start,
            r.range_end,
            r.referent,
            r.referent_kind
        ])?;
    }
    let mut me = conn.prepare_cached(
        "INSERT INTO mentions(concept_id, article_id, sentence_id, start, end, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (si, m) in &an.mentions {
        me.execute(params![
            lex.concepts[m.concept].id,
            id,
            sent_ids[*si],
            m.start as i64,
            m.end as i64,
            m.text
        ])?;
    }
    Ok(())
}

/// Records an ingest run's start; returns its id.
pub fn begin_run(conn: &Connection) -> Result<i64> {
    conn.execute("INSERT INTO ingest_runs(started_at) VALUES (?1)", [now()])?;
    Ok(conn.last_insert_rowid())
}

pub fn record_error(
    conn: &Connection,
    run: i64,
    path: &str,
    line: Option<usize>,
    message: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO ingest_errors(run_id, path, line, message) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![run, path, line.map(|l| l as i64), message])?;
    Ok(())
}

pub fn finish_run(
    conn: &Connection,
    run: i64,
    files: usize,
    ingested: usize,
    unchanged: usize,
    failed: usize,
) -> Result<()> {
    conn.execute(
        "UPDATE ingest_runs SET finished_at = ?1, files = ?2, ingested = ?3, unchanged = ?4, failed = ?5 WHERE id = ?6",
        params![now(), files as i64, ingested as i64, unchanged as i64, failed as i64, run],
    )?;
    Ok(())
}
