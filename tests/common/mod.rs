//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod kremlin;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// `../shared`, or `None` (with a message) when it is absent; absent under `CI=true` fails.
pub fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.join("corpus").is_dir() {
        return Some(p);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("../shared is missing, and CI=true requires it");
    }
    eprintln!("skipping: ../shared not found (tests that read it are skipped)");
    None
}

pub fn seed_path() -> Option<PathBuf> {
    shared().map(|s| s.join("corpus/seed/000_ea60648147a3c4b7.txt"))
}

/// The corpusdb binary with `--db` set.
pub fn corpusdb(db: &Path) -> Command {
    let mut c = Command::cargo_bin("corpusdb").unwrap();
    c.arg("--db").arg(db).env_remove("CORPUSDB_DB");
    c
}

/// A fresh database in `dir` named `name` with `sources` ingested and the token index
/// built.
pub fn indexed_db(dir: &Path, name: &str, sources: &[PathBuf]) -> PathBuf {
    let db = dir.join(name);
    corpusdb(&db)
        .args(["ingest", "-q"])
        .args(sources)
        .assert()
        .success();
    corpusdb(&db)
        .args(["index", "tokens", "-q"])
        .assert()
        .success();
    db
}

pub fn open(db: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(db).unwrap()
}

pub fn count(conn: &rusqlite::Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

pub fn text(conn: &rusqlite::Connection, sql: &str) -> Option<String> {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Every stored row with offsets quotes its text exactly with SQLite's substr().
pub fn assert_offsets(conn: &rusqlite::Connection) {
    for (table, textcol) in [
        ("sentences", "text"),
        ("claims", "text"),
        ("dated_refs", "text"),
        ("mentions", "text"),
        ("paragraphs", "text"),
    ] {
        let bad = count(
            conn,
            &format!(
                "SELECT count(*) FROM {table} x JOIN articles a ON a.id = x.article_id
                 WHERE substr(a.text, x.start + 1, x.end - x.start) IS NOT x.{textcol}"
            ),
        );
        assert_eq!(
            bad, 0,
            "{table}: {bad} rows whose offsets do not quote their text"
        );
    }
    let bad = count(
        conn,
        "SELECT count(*) FROM sections s JOIN articles a ON a.id = s.article_id
         WHERE s.heading IS NOT NULL AND substr(a.text, s.start + 1, length(s.heading)) IS NOT s.heading",
    );
    assert_eq!(bad, 0, "sections whose start is not their heading");
    let bad = count(
        conn,
        "SELECT count(*) FROM related_links r JOIN articles a ON a.id = r.article_id
         WHERE substr(a.text, r.start + 1, length(r.title)) IS NOT r.title",
    );
    assert_eq!(bad, 0, "related links whose start is not their title");
}

/// The Kremlin pages, unpacked once per test run; `None` (skipped) without ../shared.
pub fn kremlin_pages() -> Option<(PathBuf, serde_json::Map<String, serde_json::Value>)> {
    use std::sync::OnceLock;
    static DIR: OnceLock<Option<(PathBuf, serde_json::Map<String, serde_json::Value>)>> =
        OnceLock::new();
    DIR.get_or_init(|| {
        let shared = shared()?;
        // unpacked once into cargo's scratch directory for tests, and kept for later runs
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("kremlin-html");
        let done = dir.join(".unpacked");
        if !done.exists() {
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            let ok = std::process::Command::new("tar")
                .arg("-xzf")
                .arg(shared.join("corpus/kremlin-en/kremlin-en-html.tar.gz"))
                .arg("-C")
                .arg(&dir)
                .status()
                .unwrap()
                .success();
            assert!(ok, "cannot unpack the Kremlin pages");
            std::fs::write(&done, b"").unwrap();
        }
        let mut index = serde_json::Map::new();
        for l in std::fs::read_to_string(shared.join("corpus/kremlin-en/index.jsonl"))
            .unwrap()
            .lines()
        {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            index.insert(v["file"].as_str().unwrap().to_string(), v);
        }
        Some((dir, index))
    })
    .clone()
}
