//! The one writer: stores an analysed article with all its rows inside the caller's
//! transaction, so an article is stored whole or not at all.

use crate::analyse::concepts::Lexicon;
use crate::model::{Analysis, Article};
use anyhow::Result;
use rusqlite::types::ToSqlOutput;
use rusqlite::{params, Connection, OptionalExtension, ToSql};

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

/// Every stored content hash (read once at the start of a batch, so workers can skip the
/// analysis of content that is already stored without asking the database).
pub fn stored_hashes(conn: &Connection) -> Result<std::collections::HashSet<String>> {
    let mut st = conn.prepare("SELECT content_hash FROM articles")?;
    let out = st
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(out)
}

/// Stores a batch of articles in one transaction (no per-article savepoint: FTS5 flushes
/// its index at every savepoint), indexing their sentences in one statement. If anything
/// fails (a row, the index, the commit), the batch is rolled back and stored again one
/// article per transaction, so only a bad article is left out. Returns each article's
/// outcome; an error of the database itself (it cannot start a transaction) is `Err`.
pub fn store_batch<A: std::ops::Deref<Target = Article>>(
    conn: &Connection,
    batch: &[A],
    lex: &Lexicon,
) -> Result<Vec<Result<Outcome>>> {
    let attempt = |arts: &[A]| -> Result<Vec<Outcome>> {
        conn.execute_batch("BEGIN IMMEDIATE")?;
        let r = (|| {
            let mut out = Vec::with_capacity(arts.len());
            for a in arts {
                out.push(store_article(conn, a, lex)?);
            }
            let stored: Vec<i64> = out
                .iter()
                .filter_map(|o| match o {
                    Outcome::Ingested(id) | Outcome::Replaced(id) => Some(*id),
                    Outcome::Unchanged(_) => None,
                })
                .collect();
            index_sentences(conn, &stored)?;
            conn.execute_batch("COMMIT")?;
            Ok(out)
        })();
        if r.is_err() && !conn.is_autocommit() {
            let _ = conn.execute_batch("ROLLBACK");
        }
        r
    };
    if batch.is_empty() {
        return Ok(Vec::new());
    }
    match attempt(batch) {
        Ok(v) => Ok(v.into_iter().map(Ok).collect()),
        Err(e) if is_fatal(&e) => Err(e),
        Err(e) if batch.len() == 1 => Ok(vec![Err(e)]),
        Err(_) => {
            let mut out = Vec::with_capacity(batch.len());
            for a in batch.chunks(1) {
                match attempt(a) {
                    Ok(mut v) => out.push(Ok(v.remove(0))),
                    Err(e) if is_fatal(&e) => return Err(e),
                    Err(e) => out.push(Err(e)),
                }
            }
            Ok(out)
        }
    }
}

/// Errors that no other article would escape: the disk is full, the file is read-only or
/// corrupt, another process holds the database.
fn is_fatal(e: &anyhow::Error) -> bool {
    use rusqlite::ErrorCode::*;
    match e.downcast_ref::<rusqlite::Error>() {
        Some(rusqlite::Error::SqliteFailure(f, _)) => matches!(
            f.code,
            DiskFull
                | ReadOnly
                | DatabaseCorrupt
                | NotADatabase
                | DatabaseBusy
                | DatabaseLocked
                | CannotOpen
                | SystemIoFailure
                | OutOfMemory
        ),
        _ => false,
    }
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
    let first_sentence = store_structure(conn, id, a)?;
    if !a.analysis.claims.is_empty() {
        let ids: Vec<i64> = (0..a.sentences.len() as i64)
            .map(|i| first_sentence + i)
            .collect();
        store_analysis(conn, id, &a.analysis, &ids, lex)?;
    }
    Ok(if replaced {
        Outcome::Replaced(id)
    } else {
        Outcome::Ingested(id)
    })
}

/// Rows per multi-row INSERT: one statement per 64 rows costs far less than 64 statements
/// (cursors on the table, its indexes and foreign-key parents open once).
const CHUNK: usize = 64;

/// One value of a row to insert: numbers by value, text borrowed from the article.
enum Cell<'a> {
    Int(i64),
    OptInt(Option<i64>),
    Real(f64),
    Text(&'a str),
    OptText(Option<&'a str>),
}
use Cell::*;

impl ToSql for Cell<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Int(i) => ToSqlOutput::from(*i),
            OptInt(None) | OptText(None) => ToSqlOutput::from(rusqlite::types::Null),
            OptInt(Some(i)) => ToSqlOutput::from(*i),
            Real(f) => ToSqlOutput::from(*f),
            Text(t) | OptText(Some(t)) => ToSqlOutput::from(*t),
        })
    }
}

fn int(n: usize) -> Cell<'static> {
    Int(n as i64)
}

/// Inserts `cells.len() / ncols` rows into `head` ("INSERT INTO t(a, b)") in chunks.
fn insert_rows(conn: &Connection, head: &str, ncols: usize, cells: &[Cell]) -> Result<()> {
    for chunk in cells.chunks(ncols * CHUNK) {
        let rows = chunk.len() / ncols;
        let mut sql = String::with_capacity(head.len() + rows * (ncols * 2 + 4));
        sql.push_str(head);
        sql.push_str(" VALUES ");
        for r in 0..rows {
            if r > 0 {
                sql.push(',');
            }
            sql.push('(');
            for c in 0..ncols {
                if c > 0 {
                    sql.push(',');
                }
                sql.push('?');
            }
            sql.push(')');
        }
        conn.prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(chunk.iter()))?;
    }
    Ok(())
}

/// The id the next row of `table` gets (ids are assigned here, so rows can point to
/// rows stored in the same statement).
fn next_id(conn: &Connection, table: &str) -> Result<i64> {
    Ok(conn
        .prepare_cached(&format!("SELECT coalesce(max(id), 0) + 1 FROM {table}"))?
        .query_row([], |r| r.get(0))?)
}

/// Stores sections, paragraphs, sentences and related links; returns the first sentence id.
fn store_structure(conn: &Connection, id: i64, a: &Article) -> Result<i64> {
    let (sec0, par0, sen0) = (
        next_id(conn, "sections")?,
        next_id(conn, "paragraphs")?,
        next_id(conn, "sentences")?,
    );
    let (sec, par, sen) = (
        |i: usize| Int(sec0 + i as i64),
        |i: usize| Int(par0 + i as i64),
        |i: usize| Int(sen0 + i as i64),
    );

    let mut cells = Vec::with_capacity(a.sections.len() * 7);
    for (i, s) in a.sections.iter().enumerate() {
        cells.extend([
            sec(i),
            Int(id),
            int(i),
            OptText(s.heading.as_deref()),
            Text(s.kind.as_str()),
            int(s.start),
            int(s.end),
        ]);
    }
    insert_rows(
        conn,
        "INSERT INTO sections(id, article_id, ordinal, heading, kind, start, end)",
        7,
        &cells,
    )?;

    let mut cells = Vec::with_capacity(a.paragraphs.len() * 9);
    for (i, q) in a.paragraphs.iter().enumerate() {
        let dup = OptInt(q.duplicate_of.map(|d| par0 + d as i64));
        cells.extend([
            par(i),
            Int(id),
            sec(q.section),
            int(i),
            int(q.start),
            int(q.end),
            Text(&q.text),
            dup,
            Text(&q.norm_hash),
        ]);
    }
    insert_rows(
        conn,
        "INSERT INTO paragraphs(id, article_id, section_id, ordinal, start, end, text, duplicate_of, norm_hash)",
        9,
        &cells,
    )?;

    // A sentence row carries its claim (kind, author_claim, source, hedged, score): the
    // `claims` view reads them from there. Without analysis they are NULL.
    let claims = &a.analysis.claims;
    let mut cells = Vec::with_capacity(a.sentences.len() * 14);
    for (i, s) in a.sentences.iter().enumerate() {
        let dup = OptInt(s.duplicate_of.map(|d| sen0 + d as i64));
        cells.extend([
            sen(i),
            Int(id),
            sec(s.section),
            par(s.paragraph),
            int(i),
            int(s.start),
            int(s.end),
            Text(&s.text),
            dup,
        ]);
        match claims.get(i) {
            Some(c) => cells.extend([
                Text(c.kind),
                Int(c.author_claim as i64),
                OptText(c.source.as_deref()),
                Int(c.hedged as i64),
                Real(c.score),
            ]),
            None => cells.extend([
                OptInt(None),
                OptInt(None),
                OptInt(None),
                OptInt(None),
                OptInt(None),
            ]),
        }
    }
    insert_rows(
        conn,
        "INSERT INTO sentences(id, article_id, section_id, paragraph_id, ordinal, start, end, text,
             duplicate_of, kind, author_claim, source, hedged, score)",
        14,
        &cells,
    )?;

    let mut cells = Vec::with_capacity(a.related.len() * 6);
    for (i, r) in a.related.iter().enumerate() {
        cells.extend([
            Int(id),
            int(i),
            Text(&r.title),
            OptText(r.teaser.as_deref()),
            int(r.start),
            int(r.end),
        ]);
    }
    insert_rows(
        conn,
        "INSERT INTO related_links(article_id, ordinal, title, teaser, start, end)",
        6,
        &cells,
    )?;
    Ok(sen0)
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

/// Sets the claim columns of stored sentences (`sent_ids[i]` is the row id of sentence
/// `i`); at ingest they are stored with the sentence instead.
pub fn update_claims(conn: &Connection, an: &Analysis, sent_ids: &[i64]) -> Result<()> {
    let mut st = conn.prepare_cached(
        "UPDATE sentences SET kind = ?1, author_claim = ?2, source = ?3, hedged = ?4, score = ?5
         WHERE id = ?6",
    )?;
    for (c, id) in an.claims.iter().zip(sent_ids) {
        st.execute(params![
            c.kind,
            c.author_claim,
            c.source,
            c.hedged,
            c.score,
            id
        ])?;
    }
    Ok(())
}

/// Stores dated references and mentions of an article whose sentences are stored
/// (`sent_ids[i]` is the row id of sentence `i`).
pub fn store_analysis(
    conn: &Connection,
    id: i64,
    an: &Analysis,
    sent_ids: &[i64],
    lex: &Lexicon,
) -> Result<()> {
    let mut cells = Vec::with_capacity(an.dated_refs.len() * 12);
    for (si, r) in &an.dated_refs {
        cells.extend([
            Int(id),
            Int(sent_ids[*si]),
            int(r.start),
            int(r.end),
            Text(&r.text),
            Text(r.kind),
            OptText(r.value.as_deref()),
            OptText(r.granularity.as_deref()),
            OptText(r.range_start.as_deref()),
            OptText(r.range_end.as_deref()),
            OptText(r.referent.as_deref()),
            OptText(r.referent_kind),
        ]);
    }
    insert_rows(
        conn,
        "INSERT INTO dated_refs(article_id, sentence_id, start, end, text, type, value, granularity,
             range_start, range_end, referent, referent_kind)",
        12,
        &cells,
    )?;

    let mut cells = Vec::with_capacity(an.mentions.len() * 6);
    for (si, m) in &an.mentions {
        cells.extend([
            Int(lex.concepts[m.concept].id),
            Int(id),
            Int(sent_ids[*si]),
            int(m.start),
            int(m.end),
            Text(&m.text),
        ]);
    }
    insert_rows(
        conn,
        "INSERT INTO mentions(concept_id, article_id, sentence_id, start, end, text)",
        6,
        &cells,
    )?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::concepts::Lexicon;
    use crate::read::RawDoc;

    fn article(body: &str, lex: &Lexicon) -> Article {
        let doc = RawDoc {
            path: "t.txt".into(),
            body: body.into(),
            ..Default::default()
        };
        crate::pipeline::prepare(doc, lex).unwrap()
    }

    #[test]
    fn a_bad_article_does_not_sink_its_batch() {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = crate::store::open(&dir.path().join("t.db")).unwrap();
        let lex = crate::store::load_lexicon(&mut conn).unwrap();
        let good = article(
            "Good One\nChina and Russia met in 1996 and agreed on many things at length.\n",
            &lex,
        );
        // a repeat pointing at a sentence that does not exist breaks a deferred foreign key,
        // so the batch fails only at COMMIT
        let mut bad = article(
            "Bad One\nGhosts walked the halls of the old building for many long years.\n",
            &lex,
        );
        bad.sentences[0].duplicate_of = Some(10_000);
        let good2 = article(
            "Good Two\nThe West and the Global South argued about many things in 2001.\n",
            &lex,
        );
        let out = store_batch(
            &conn,
            &[Box::new(good), Box::new(bad), Box::new(good2)],
            &lex,
        )
        .unwrap();
        assert!(matches!(out[0], Ok(Outcome::Ingested(_))));
        assert!(out[1].is_err());
        assert!(matches!(out[2], Ok(Outcome::Ingested(_))));
        let n: i64 = conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 2);
        let orphans: i64 = conn
            .query_row(
                "SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(orphans, 0);
        let fts: i64 = conn
            .query_row(
                "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'argued OR agreed'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(fts, 2);
    }
}
