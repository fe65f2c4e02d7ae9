//! The database: opening (pragmas, migrations, version check), the lexicon tables, and
//! the single writer that stores whole articles (`writer`).

pub mod tokens;
pub mod writer;

use crate::analyse::concepts::{case_sensitive, Concept, Lexicon};
use anyhow::{bail, Context, Result};
use rusqlite::{params, Connection, OpenFlags};
use std::path::Path;
use std::time::{Duration, Instant};

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// Default database path when neither `--db` nor `CORPUSDB_DB` is given.
pub const DEFAULT_DB: &str = "corpus.db";

fn pragmas(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(60))?;
    // multi-row INSERTs of every size up to the chunk are prepared and kept
    conn.set_prepared_statement_cache_capacity(512);
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// Latest schema version this build knows.
pub fn latest_version() -> i64 {
    embedded::migrations::runner()
        .get_migrations()
        .iter()
        .map(|m| m.version() as i64)
        .max()
        .unwrap_or(0)
}

fn applied_version(conn: &Connection) -> rusqlite::Result<Option<i64>> {
    let has: bool = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'refinery_schema_history'",
        [],
        |r| r.get(0),
    )?;
    if !has {
        return Ok(None);
    }
    conn.query_row(
        "SELECT max(version) FROM refinery_schema_history",
        [],
        |r| r.get(0),
    )
}

/// Opens (creating if needed) a database for writing: WAL, foreign keys, busy timeout,
/// pending migrations applied. A database made by a newer corpusdb is refused.
pub fn open(path: &Path) -> Result<Connection> {
    let mut conn = Connection::open(path)
        .with_context(|| format!("{}: cannot open database", path.display()))?;
    pragmas(&conn)?;
    let mode =
        retry_busy(|| conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)))
            .with_context(|| format!("{}: not a usable SQLite database", path.display()))?;
    if mode != "wal" && path.as_os_str() != ":memory:" {
        bail!("{}: cannot switch the database to WAL mode", path.display());
    }
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // a 64 MiB page cache keeps the indexes' hot pages in memory during bulk inserts,
    // and fewer, larger checkpoints write each page once
    conn.pragma_update(None, "cache_size", -65536)?;
    conn.pragma_update(None, "wal_autocheckpoint", 16384)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    // a ceiling on the file's size, to test what a full disk does (tests/html.rs)
    if let Some(n) = std::env::var("CORPUSDB_MAX_PAGES")
        .ok()
        .and_then(|v| v.parse::<i64>().ok())
    {
        conn.query_row(&format!("PRAGMA max_page_count = {n}"), [], |_| Ok(()))?;
    }
    check_version(&conn, path)?;
    if applied_version(&conn)? != Some(latest_version()) {
        let run = embedded::migrations::runner()
            .set_grouped(true)
            .run(&mut conn);
        // Two processes opening a new database race to migrate it; the loser's grouped
        // transaction rolls back whole. It is fine if the winner brought it up to date.
        if let Err(e) = run {
            std::thread::sleep(Duration::from_millis(50));
            if retry_busy(|| applied_version(&conn))? != Some(latest_version()) {
                return Err(e).with_context(|| format!("{}: migration failed", path.display()));
            }
        }
    }
    Ok(conn)
}

/// Retries `f` while the database is busy (another process holds a lock SQLite's busy
/// handler does not wait for, as when switching the journal mode), for up to a minute.
fn retry_busy<T>(mut f: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
    let start = Instant::now();
    loop {
        match f() {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if matches!(
                    e.code,
                    rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                ) && start.elapsed() < Duration::from_secs(60) =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            r => return r,
        }
    }
}

fn check_version(conn: &Connection, path: &Path) -> Result<()> {
    if let Some(v) = applied_version(conn)? {
        let latest = latest_version();
        if v > latest {
            bail!(
                "{}: made by a newer corpusdb (schema version {v}, this build knows up to {latest}); upgrade corpusdb",
                path.display()
            );
        }
    }
    Ok(())
}

/// Opens an existing, migrated database read-only (for queries and exports).
pub fn open_read_only(path: &Path) -> Result<Connection> {
    if !path.exists() {
        bail!(
            "{}: no such database (run `corpusdb ingest` first)",
            path.display()
        );
    }
    // make sure it is migrated; a read-only connection cannot do that
    drop(open(path)?);
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI,
    )
    .with_context(|| format!("{}: cannot open database", path.display()))?;
    pragmas(&conn)?;
    conn.pragma_update(None, "query_only", "ON")?;
    Ok(conn)
}

/// Applied and pending migrations: (version, name, applied_on or None).
pub fn migration_status(conn: &mut Connection) -> Result<Vec<(i64, String, Option<String>)>> {
    let runner = embedded::migrations::runner();
    let applied = if applied_version(conn)?.is_some() {
        runner.get_applied_migrations(conn)?
    } else {
        Vec::new()
    };
    let mut out = Vec::new();
    for m in runner.get_migrations() {
        let on = applied
            .iter()
            .find(|a| a.version() == m.version())
            .and_then(|a| a.applied_on().map(|t| t.to_string()));
        out.push((m.version() as i64, m.name().to_string(), on));
    }
    Ok(out)
}

/// Replaces (or, with `replace == false`, extends) the stored lexicon.
pub fn import_lexicon(conn: &mut Connection, concepts: &[Concept], replace: bool) -> Result<usize> {
    let tx = conn.transaction()?;
    if replace {
        tx.execute("DELETE FROM concepts", [])?;
    }
    {
        let mut up = tx.prepare(
            "INSERT INTO concepts(name, kind) VALUES (?1, ?2)
             ON CONFLICT(name) DO UPDATE SET kind = excluded.kind RETURNING id",
        )?;
        let mut alias = tx.prepare(
            "INSERT OR IGNORE INTO concept_aliases(concept_id, alias, case_sensitive) VALUES (?1, ?2, ?3)",
        )?;
        for c in concepts {
            let id: i64 = up.query_row(params![c.name, c.kind], |r| r.get(0))?;
            for a in c.aliases.iter().chain(std::iter::once(&c.name)) {
                alias.execute(params![id, a, case_sensitive(a) as i64])?;
            }
        }
    }
    tx.commit()?;
    Ok(concepts.len())
}

/// The stored lexicon, seeded with the built-in one when the database has none.
pub fn load_lexicon(conn: &mut Connection) -> Result<Lexicon> {
    let n: i64 = conn.query_row("SELECT count(*) FROM concepts", [], |r| r.get(0))?;
    if n == 0 {
        import_lexicon(conn, &Lexicon::default_concepts(), false)?;
    }
    let mut stmt = conn.prepare(
        "SELECT c.id, c.name, c.kind, group_concat(a.alias, char(31))
         FROM concepts c LEFT JOIN concept_aliases a ON a.concept_id = c.id
         GROUP BY c.id ORDER BY c.id",
    )?;
    let concepts = stmt
        .query_map([], |r| {
            let aliases: Option<String> = r.get(3)?;
            Ok(Concept {
                id: r.get(0)?,
                name: r.get(1)?,
                kind: r.get(2)?,
                aliases: aliases
                    .map(|a| a.split('\u{1f}').map(str::to_string).collect())
                    .unwrap_or_default(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(Lexicon::new(concepts))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database holding claims in the V1 `claims` table keeps them when V2 moves them
    /// onto `sentences` behind a `claims` view.
    #[test]
    fn v2_keeps_claims_stored_by_v1() {
        let mut conn = Connection::open_in_memory().unwrap();
        embedded::migrations::runner()
            .set_grouped(true)
            .set_target(refinery::Target::Version(1))
            .run(&mut conn)
            .unwrap();
        conn.execute_batch(
            "INSERT INTO articles(id, text, word_count, content_hash, ingested_at)
                 VALUES (1, 'Will it rain? Yes.', 4, 'h', '2026-01-01T00:00:00Z');
             INSERT INTO sections(id, article_id, ordinal, kind, start, end) VALUES (1, 1, 0, 'body', 0, 18);
             INSERT INTO paragraphs(id, article_id, section_id, ordinal, start, end, text, norm_hash)
                 VALUES (1, 1, 1, 0, 0, 18, 'Will it rain? Yes.', 'n');
             INSERT INTO sentences(id, article_id, section_id, paragraph_id, ordinal, start, end, text)
                 VALUES (7, 1, 1, 1, 0, 0, 13, 'Will it rain?'), (8, 1, 1, 1, 1, 14, 18, 'Yes.');
             INSERT INTO claims(article_id, sentence_id, kind, author_claim, source, hedged, score, start, end, text)
                 VALUES (1, 7, 'question', 1, NULL, 0, 0.9, 0, 13, 'Will it rain?'),
                        (1, 8, 'attributed', 0, 'Russians', 1, 0.5, 14, 18, 'Yes.');",
        )
        .unwrap();
        embedded::migrations::runner()
            .set_grouped(true)
            .run(&mut conn)
            .unwrap();
        let rows: Vec<String> = conn
            .prepare(
                "SELECT printf('%d %d %s %d %s %d %g %s', id, sentence_id, kind, author_claim,
                     coalesce(source, '-'), hedged, score, text) FROM claims ORDER BY id",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            rows,
            [
                "7 7 question 1 - 0 0.9 Will it rain?",
                "8 8 attributed 0 Russians 1 0.5 Yes."
            ]
        );
    }
}
