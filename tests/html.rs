//! HTML ingest on the real Kremlin pages (../shared) and under faults: kills, readers
//! during a batch, broken files, a read-only database, a full disk.

mod common;

use common::{corpusdb, count, open, text};
use std::fs;
use std::path::{Path, PathBuf};

/// The Kremlin pages, unpacked once per test run; `None` (skipped) without ../shared.
fn kremlin_pages() -> Option<(PathBuf, serde_json::Map<String, serde_json::Value>)> {
    common::kremlin_pages()
}

/// Every `step`-th page (sorted by name), copied into `to`.
fn sample(from: &Path, to: &Path, step: usize) -> Vec<PathBuf> {
    fs::create_dir_all(to).unwrap();
    let mut all: Vec<PathBuf> = fs::read_dir(from)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    all.sort();
    all.into_iter()
        .step_by(step)
        .map(|p| {
            let q = to.join(p.file_name().unwrap());
            fs::copy(&p, &q).unwrap();
            q
        })
        .collect()
}

/// A temporary directory with every `step`-th Kremlin page in `in/`, and the pages.
fn pages_every(step: usize) -> Option<(tempfile::TempDir, PathBuf, Vec<PathBuf>)> {
    let (dir, _) = kremlin_pages()?;
    let d = tempfile::tempdir().unwrap();
    let inp = d.path().join("in");
    let pages = sample(&dir, &inp, step);
    Some((d, inp, pages))
}

/// `corpusdb ingest -q INPUT` into `db`, running in the background.
fn spawn_ingest(db: &Path, input: &Path) -> std::process::Child {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("corpusdb"))
        .arg("--db")
        .arg(db)
        .args(["ingest", "-q"])
        .arg(input)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

/// Only whole articles: each has sections and sentences, each sentence its claim, and the
/// full-text index agrees with `sentences`.
fn assert_whole(db: &Path) {
    let c = open(db);
    assert_eq!(text(&c, "PRAGMA integrity_check").as_deref(), Some("ok"));
    assert_eq!(count(&c, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"), 0, "an article without sentences");
    assert_eq!(count(&c, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sections s WHERE s.article_id = a.id)"), 0, "an article without sections");
    c.execute(
        "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)",
        [],
    )
    .unwrap();
    assert_eq!(
        count(&c, "SELECT count(*) FROM sentences_fts"),
        count(&c, "SELECT count(*) FROM sentences")
    );
}

#[test]
fn kremlin_pages_keep_titles_dates_and_speaker_turns() {
    let Some((dir, index)) = kremlin_pages() else {
        return;
    };
    let d = tempfile::tempdir().unwrap();
    let pages = sample(&dir, &d.path().join("in"), 12);
    let db = d.path().join("k.db");
    // pages without article text are reported, so the exit status may be 1
    let out = corpusdb(&db)
        .args(["ingest", "-q"])
        .arg(d.path().join("in"))
        .output()
        .unwrap();
    assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
    let c = open(&db);
    let stored = count(&c, "SELECT count(*) FROM articles") as usize;
    let failed = count(&c, "SELECT count(*) FROM ingest_errors") as usize;
    // a page whose content repeats another's is "unchanged"
    let unchanged = count(&c, "SELECT coalesce(sum(unchanged), 0) FROM ingest_runs") as usize;
    assert_eq!(
        stored + failed + unchanged,
        pages.len(),
        "every page is stored or reported"
    );
    let mut misses = Vec::new();
    let mut st = c
        .prepare("SELECT source_path, title, published FROM articles")
        .unwrap();
    let rows: Vec<(String, Option<String>, Option<String>)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    for (path, title, published) in &rows {
        let file = Path::new(path)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let want = &index[&file];
        let t_ok = title.as_deref().map(norm) == want["title"].as_str().map(norm);
        let d_ok = published.as_deref().map(|p| &p[..10.min(p.len())])
            == want["published"].as_str().map(|p| &p[..10.min(p.len())]);
        if !(t_ok && d_ok) {
            misses.push(format!(
                "{file}: {title:?} {published:?} vs {} {}",
                want["title"], want["published"]
            ));
        }
    }
    for m in &misses {
        eprintln!("  miss: {m}");
    }
    eprintln!(
        "kremlin sample: {} pages, {stored} stored, {failed} reported, {} title/date misses",
        pages.len(),
        misses.len()
    );
    assert!(
        misses.len() * 100 <= rows.len(),
        "more than 1% of pages disagree with index.jsonl"
    );
    assert!(
        stored * 100 >= pages.len() * 95,
        "most pages have article text"
    );
    // transcripts keep their speakers' turns as paragraphs
    assert!(
        count(
            &c,
            "SELECT count(*) FROM paragraphs WHERE text LIKE 'Vladimir Putin: %'"
        ) > 10
    );
    assert_eq!(
        count(
            &c,
            "SELECT count(*) FROM paragraphs WHERE text LIKE '%Vladimir Putin: %Vladimir Putin: %'"
        ),
        0,
        "turns run together"
    );
    common::assert_offsets(&c);
}

#[test]
fn twenty_kills_leave_whole_articles_and_a_rerun_finishes() {
    let Some((d, inp, pages)) = pages_every(25) else {
        return;
    };
    let db = d.path().join("k.db");
    // kill points spread over the batch, deterministic
    let mut seed = 0x2545_F491u64;
    for _ in 0..20 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let ms = 50 + (seed >> 33) % 700;
        let mut child = spawn_ingest(&db, &inp);
        std::thread::sleep(std::time::Duration::from_millis(ms));
        let _ = child.kill(); // SIGKILL (it may have finished already)
        child.wait().unwrap();
        assert_whole(&db);
    }
    let out = corpusdb(&db)
        .args(["ingest", "-q"])
        .arg(&inp)
        .output()
        .unwrap();
    assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
    assert_whole(&db);
    let c = open(&db);
    let stored = count(&c, "SELECT count(*) FROM articles");
    assert_eq!(
        count(&c, "SELECT count(DISTINCT source_path) FROM articles"),
        stored,
        "duplicates"
    );
    let reported = count(&c, "SELECT count(DISTINCT path) FROM ingest_errors");
    assert!(
        stored + reported >= pages.len() as i64 - 3,
        "{stored} stored + {reported} reported of {}",
        pages.len()
    );
}

#[test]
fn readers_during_a_batch_see_whole_articles_and_no_lock_errors() {
    let Some((d, inp, _)) = pages_every(20) else {
        return;
    };
    let db = d.path().join("k.db");
    corpusdb(&db).arg("migrate").assert().success();
    let mut child = spawn_ingest(&db, &inp);
    let mut reads = 0;
    while child.try_wait().unwrap().is_none() {
        let out = corpusdb(&db)
            .args(["sql", "-f", "csv", "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "reader failed: {err}");
        assert!(!err.contains("locked"), "{err}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).lines().last(),
            Some("0"),
            "a half-stored article"
        );
        let q = corpusdb(&db)
            .args(["query", "overview", "-f", "csv"])
            .output()
            .unwrap();
        assert!(q.status.success(), "{}", String::from_utf8_lossy(&q.stderr));
        reads += 1;
    }
    assert!(
        reads >= 3,
        "the batch ended before the readers could look ({reads} reads)"
    );
}

#[test]
fn broken_files_are_reported_and_good_pages_stored() {
    let Some((d, inp, good)) = pages_every(400) else {
        return;
    };
    let real = fs::read(&good[0]).unwrap();
    fs::write(inp.join("truncated.html"), &real[..600]).unwrap();
    fs::write(
        inp.join("binary.html"),
        [0u8, 159, 146, 150, 0, 1, 2, 3].repeat(100),
    )
    .unwrap();
    fs::write(inp.join("empty.html"), b"").unwrap();
    let mut bad_utf8 = b"<html><head><meta charset=\"utf-8\"></head><body><p>".to_vec();
    bad_utf8.extend_from_slice(b"The president said the caf\xe9 talks were useful and would go on next week.</p></body></html>");
    fs::write(inp.join("bad-utf8.html"), bad_utf8).unwrap();
    let big = fs::File::create(inp.join("huge.html")).unwrap();
    big.set_len(200 << 20).unwrap(); // a 200 MB page (sparse)
    std::os::unix::fs::symlink(inp.join("gone-target.html"), inp.join("gone.html")).unwrap();
    let db = d.path().join("k.db");
    let out = corpusdb(&db).args(["ingest"]).arg(&inp).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    for (name, why) in [
        ("truncated.html", "no article text"),
        ("binary.html", "binary"),
        ("empty.html", "empty"),
        ("bad-utf8.html", "UTF-8"),
        ("huge.html", "larger than"),
        ("gone.html", "cannot"),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} not reported: {err}"));
        assert!(line.contains(why), "{line}");
    }
    let c = open(&db);
    assert_eq!(count(&c, "SELECT count(*) FROM ingest_errors"), 6, "{err}");
    let stored = count(&c, "SELECT count(*) FROM articles");
    assert!(
        stored >= good.len() as i64 - 1,
        "{stored} of {} good pages",
        good.len()
    );
    assert_whole(&db);
}

#[test]
fn a_read_only_database_or_a_full_disk_is_a_clear_error() {
    let Some((d, inp, _)) = pages_every(100) else {
        return;
    };
    // a full disk: the database may not grow past a few pages
    let db = d.path().join("full.db");
    corpusdb(&db).arg("migrate").assert().success();
    let before = fs::read(&db).unwrap().len();
    let out = corpusdb(&db)
        .env("CORPUSDB_MAX_PAGES", ((before / 4096) + 40).to_string())
        .args(["ingest", "-q"])
        .arg(&inp)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("full"), "{err}");
    assert!(
        err.lines().count() <= 3,
        "one clear error, not one per page: {err}"
    );
    assert_whole(&db);

    // a read-only database file (as root, run as nobody: root writes anywhere)
    let db = d.path().join("ro.db");
    corpusdb(&db).arg("migrate").assert().success();
    let mut perms = fs::metadata(&db).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o444);
    fs::set_permissions(&db, perms).unwrap();
    let root = unsafe { libc::geteuid() } == 0;
    let bin = assert_cmd::cargo::cargo_bin("corpusdb");
    let mut cmd = if root {
        // the directory must be searchable by nobody
        for p in [d.path(), &inp] {
            let mut pm = fs::metadata(p).unwrap().permissions();
            std::os::unix::fs::PermissionsExt::set_mode(&mut pm, 0o755);
            fs::set_permissions(p, pm).unwrap();
        }
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&bin);
        c
    } else {
        std::process::Command::new(&bin)
    };
    let out = cmd
        .arg("--db")
        .arg(&db)
        .args(["ingest", "-q"])
        .arg(&inp)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("read-only") || err.contains("readonly"),
        "{err}"
    );
    assert!(err.lines().count() <= 3, "{err}");
    let c = open(&db);
    assert_eq!(count(&c, "SELECT count(*) FROM articles"), 0);
    assert_eq!(text(&c, "PRAGMA integrity_check").as_deref(), Some("ok"));
}

#[test]
fn flags_and_manifest_override_what_the_page_says() {
    let d = tempfile::tempdir().unwrap();
    let page = d.path().join("page.html");
    fs::write(
        &page,
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="windows-1251">
<title>Page title | Example</title><meta property="og:title" content="Page title">
<meta property="article:published_time" content="2020-05-01"></head><body><article>
<p>The council met in Moscow on Monday and agreed a new programme for the Arctic regions,
which officials said would run until 2030 and cost several billion roubles.</p>
<p>Observers noted that the programme repeats earlier plans but adds a fund for ports.</p>
</article></body></html>"#,
    )
    .unwrap();
    let db = d.path().join("o.db");
    corpusdb(&db)
        .args([
            "ingest",
            "-q",
            "--title",
            "Given title",
            "--published",
            "2021-02-03",
        ])
        .arg(&page)
        .assert()
        .success();
    // one column of the one stored article
    let col = |db: &Path, name: &str| text(&open(db), &format!("SELECT {name} FROM articles"));
    assert_eq!(col(&db, "title").as_deref(), Some("Given title"));
    assert_eq!(col(&db, "published").as_deref(), Some("2021-02-03"));
    assert_eq!(col(&db, "language").as_deref(), Some("en"));

    let db2 = d.path().join("m.db");
    let manifest = d.path().join("m.csv");
    let rows = format!(
        "path,title,author\n{},From manifest,Jane Doe\n",
        page.display()
    );
    fs::write(&manifest, rows).unwrap();
    corpusdb(&db2)
        .args(["ingest", "-q", "--manifest"])
        .arg(&manifest)
        .arg(&page)
        .assert()
        .success();
    assert_eq!(col(&db2, "title").as_deref(), Some("From manifest"));
    assert_eq!(col(&db2, "author").as_deref(), Some("Jane Doe"));
    // the page's own date stays where the manifest says nothing
    assert_eq!(col(&db2, "published").as_deref(), Some("2020-05-01"));
}
