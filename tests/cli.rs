//! End-to-end tests of the command line on inputs the tests write themselves (and on the
//! bundled samples); they need nothing from ../shared.

mod common;
use common::*;
use std::fs;
use std::path::{Path, PathBuf};

const ARTICLE: &str = "A Test of Many Things\n\
By Jane Example\n\
The first paragraph says that the Cold War ended in 1991, and it is long enough to count as prose here.\n\
Analysts often say that multipolarity will shape the 2020s. Should the UN change? Perhaps.\n";

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")
}

/// A fresh database holding the bundled samples (the directory lives as long as `d`).
fn samples_db() -> (tempfile::TempDir, PathBuf) {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("c.db");
    corpusdb(&db)
        .arg("ingest")
        .arg(samples())
        .assert()
        .success();
    (d, db)
}

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout).to_string()
}

fn stderr(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).to_string()
}

#[test]
fn samples_ingest_in_all_three_formats() {
    let (_d, db) = samples_db();
    let c = open(&db);
    assert_eq!(count(&c, "SELECT count(*) FROM articles"), 4);
    // markdown: title from '#', author from 'By', headings from '##'
    assert_eq!(
        text(
            &c,
            "SELECT author FROM articles WHERE title LIKE 'The Black Sea Grain%'"
        )
        .as_deref(),
        Some("Maria Example")
    );
    assert_eq!(count(&c, "SELECT count(*) FROM sections s JOIN articles a ON a.id = s.article_id WHERE a.title LIKE 'The Black Sea%' AND s.heading IS NOT NULL"), 3);
    // Markdown front matter: metadata, and other keys to meta
    assert_eq!(
        text(&c, "SELECT published || '|' || url || '|' || json_extract(meta, '$.region') FROM articles WHERE title LIKE 'The Black Sea Grain%'").as_deref(),
        Some("2023-07-20|https://example.org/analysis/grain-corridor|Black Sea")
    );
    // JSON Lines: fields to columns, the rest to meta
    assert_eq!(
        text(
            &c,
            "SELECT json_extract(meta, '$.topic') FROM articles WHERE url LIKE '%brics-expansion'"
        )
        .as_deref(),
        Some("BRICS")
    );
    assert_eq!(
        text(
            &c,
            "SELECT published FROM articles WHERE url LIKE '%sco-twenty'"
        )
        .as_deref(),
        Some("2021-06-15")
    );
    // relative dates resolve against published: "Two years ago" in a 2024 brief
    assert_eq!(
        text(
            &c,
            "SELECT value FROM dated_refs WHERE text = 'Two years ago'"
        )
        .as_deref(),
        Some("2022")
    );
    assert_offsets(&c);
}

#[test]
fn bad_inputs_are_reported_and_the_batch_goes_on() {
    let d = tempfile::tempdir().unwrap();
    let inp = d.path().join("in");
    fs::create_dir(&inp).unwrap();
    fs::write(inp.join("good.txt"), ARTICLE).unwrap();
    fs::write(inp.join("empty.txt"), "").unwrap();
    fs::write(inp.join("binary.txt"), b"abc\0def\x01\x02").unwrap();
    fs::write(
        inp.join("latin1.txt"),
        b"Title\nSome caf\xe9 text that is not UTF-8 at all.\n",
    )
    .unwrap();
    let mut jl = String::from("{\"title\": \"One\", \"text\": \"The first line article is fine and has a sentence.\"}\n{not json\n");
    jl.push_str("{\"title\": \"Three\", \"text\": \"");
    jl.push_str(&"x".repeat(100 * 1024 * 1024));
    jl.push_str(
        "\"}\n{\"title\": \"Four\", \"body\": \"The fourth line is fine too, with a sentence.\"}\n",
    );
    fs::write(inp.join("batch.jsonl"), jl).unwrap();
    let db = d.path().join("c.db");
    let a = corpusdb(&db).arg("ingest").arg(&inp).assert().code(1);
    let err = stderr(&a);
    for want in [
        "empty.txt: empty file",
        "binary.txt:1: binary data",
        "latin1.txt:2: invalid UTF-8",
        "batch.jsonl:2: malformed JSON",
        "batch.jsonl:3: line is longer than",
    ] {
        assert!(err.contains(want), "missing {want:?} in:\n{err}");
    }
    assert!(err.lines().last().unwrap().contains("3 ingested"), "{err}");
    let c = open(&db);
    assert_eq!(count(&c, "SELECT count(*) FROM articles"), 3);
    assert_eq!(count(&c, "SELECT count(*) FROM ingest_errors"), 5);
    assert_eq!(count(&c, "SELECT failed FROM ingest_runs"), 5);
}

#[test]
fn same_content_is_unchanged_and_same_url_replaces() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("c.db");
    let f = d.path().join("a.txt");
    fs::write(&f, ARTICLE).unwrap();
    corpusdb(&db)
        .args([
            "ingest",
            "--url",
            "https://example.org/a",
            "--published",
            "2020-03-04",
        ])
        .arg(&f)
        .assert()
        .success();
    let a = corpusdb(&db)
        .args(["ingest", "--url", "https://example.org/a"])
        .arg(&f)
        .assert()
        .success();
    assert!(stderr(&a).contains("1 unchanged"));
    fs::write(&f, ARTICLE.replace("Perhaps.", "Perhaps not.")).unwrap();
    let a = corpusdb(&db)
        .args(["ingest", "--url", "https://example.org/a"])
        .arg(&f)
        .assert()
        .success();
    assert!(stderr(&a).contains("1 replaced"), "{}", stderr(&a));
    let c = open(&db);
    assert_eq!(count(&c, "SELECT count(*) FROM articles"), 1);
    assert!(text(&c, "SELECT text FROM articles")
        .unwrap()
        .contains("Perhaps not."));
    assert_eq!(
        count(
            &c,
            "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'perhaps'"
        ),
        1
    );
    assert_eq!(
        count(
            &c,
            "SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)"
        ),
        0
    );
}

#[test]
fn stdin_and_forced_format_and_manifest() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("c.db");
    corpusdb(&db)
        .args([
            "ingest",
            "-",
            "--format",
            "markdown",
            "--title",
            "From Stdin",
        ])
        .write_stdin("## Part\n\nA sentence from standard input, long enough to be a paragraph.\n")
        .assert()
        .success();
    let f = d.path().join("m.txt");
    fs::write(&f, ARTICLE).unwrap();
    let man = d.path().join("manifest.csv");
    fs::write(
        &man,
        "path,title,published,source,desk\nm.txt,Manifest Title,2019-05-06,Example Desk,Europe\n",
    )
    .unwrap();
    corpusdb(&db)
        .arg("ingest")
        .arg(&f)
        .arg("--manifest")
        .arg(&man)
        .assert()
        .success();
    let c = open(&db);
    assert_eq!(text(&c, "SELECT heading FROM sections s JOIN articles a ON a.id = s.article_id WHERE a.title = 'From Stdin' AND heading IS NOT NULL").as_deref(), Some("Part"));
    assert_eq!(text(&c, "SELECT published || '|' || source || '|' || json_extract(meta, '$.desk') FROM articles WHERE title = 'Manifest Title'").as_deref(), Some("2019-05-06|Example Desk|Europe"));
}

#[test]
fn sql_is_read_only() {
    let (d, db) = samples_db();
    let a = corpusdb(&db)
        .args(["sql", "SELECT count(*) AS n FROM articles", "-f", "csv"])
        .assert()
        .success();
    assert_eq!(stdout(&a), "n\n4\n");
    for bad in [
        "DELETE FROM articles",
        "DROP TABLE articles",
        "UPDATE articles SET title = 'x'",
        "INSERT INTO concepts(name, kind) VALUES ('x', 'y')",
        "PRAGMA journal_mode = DELETE",
    ] {
        let a = corpusdb(&db).args(["sql", bad]).assert().failure();
        assert!(
            stderr(&a).contains("refused") || stderr(&a).contains("read"),
            "{bad}: {}",
            stderr(&a)
        );
    }
    let other = d.path().join("other.db");
    let a = corpusdb(&db)
        .args(["sql", &format!("ATTACH '{}' AS o", other.display())])
        .assert()
        .failure();
    assert!(stderr(&a).contains("ATTACH"), "{}", stderr(&a));
    assert!(!other.exists());
    let a = corpusdb(&db)
        .args(["sql", "SELECT load_extension('x')"])
        .assert()
        .failure();
    assert!(
        stderr(&a).to_lowercase().contains("extension") || stderr(&a).contains("refused"),
        "{}",
        stderr(&a)
    );
    let c = open(&db);
    assert_eq!(count(&c, "SELECT count(*) FROM articles"), 4);
    assert_eq!(text(&c, "PRAGMA journal_mode").as_deref(), Some("wal"));
}

#[test]
fn search_survives_any_input() {
    let (_d, db) = samples_db();
    for q in [
        "\"",
        "grain\" OR (",
        "NEAR(",
        "*",
        "multipolar -world AND",
        "council's",
    ] {
        corpusdb(&db)
            .args(["search", q, "-f", "csv"])
            .assert()
            .success();
    }
    let a = corpusdb(&db)
        .args(["search", "Arctic council", "-f", "csv"])
        .assert()
        .success();
    assert!(
        stdout(&a).contains("[Arctic] [Council]") || stdout(&a).contains("[Arctic] [council]"),
        "{}",
        stdout(&a)
    );
}

#[test]
fn export_round_trips_and_guards_spreadsheets() {
    let (d, db) = samples_db();
    let out = d.path().join("s.csv");
    corpusdb(&db)
        .args(["export", "sentences", "-o"])
        .arg(&out)
        .assert()
        .success();
    let c = open(&db);
    let mut st = c.prepare("SELECT * FROM sentences ORDER BY id").unwrap();
    let ncol = st.column_count();
    let rows: Vec<Vec<String>> = st
        .query_map([], |r| {
            Ok((0..ncol)
                .map(|i| match r.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Null => String::new(),
                    rusqlite::types::ValueRef::Integer(n) => n.to_string(),
                    // Rust prints the shortest text that parses back to the same f64
                    rusqlite::types::ValueRef::Real(f) => f.to_string(),
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).to_string(),
                    other => panic!("{other:?}"),
                })
                .collect())
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut rdr = csv::Reader::from_path(&out).unwrap();
    let back: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(back, rows);

    fs::write(d.path().join("f.txt"), "Formula Test\n=HYPERLINK(\"http://x\") is what the first paragraph starts with, to test the guard.\n").unwrap();
    corpusdb(&db)
        .arg("ingest")
        .arg(d.path().join("f.txt"))
        .assert()
        .success();
    let a = corpusdb(&db)
        .args(["export", "paragraphs", "--excel-safe", "--bom"])
        .assert()
        .success();
    let s = stdout(&a);
    assert!(s.starts_with('\u{feff}'));
    assert!(s.contains("\"'=HYPERLINK(\"\"http://x\"\")"), "{s}");
    corpusdb(&db)
        .args(["export", "no_such_table"])
        .assert()
        .failure();
    let a = corpusdb(&db)
        .args(["export", "--query", "related"])
        .assert()
        .success();
    assert!(stdout(&a).starts_with("article_id,article,ordinal,title,teaser"));
}

#[test]
fn output_formats_parse() {
    let (_d, db) = samples_db();
    let a = corpusdb(&db)
        .args(["query", "timeline", "-f", "json"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_str(&stdout(&a)).unwrap();
    let rows = v.as_array().unwrap();
    assert!(rows.len() >= 5);
    let dates: Vec<&str> = rows
        .iter()
        .map(|r| r["date_from"].as_str().unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "timeline is in date order");
    let a = corpusdb(&db)
        .args(["query", "overview", "-f", "ndjson"])
        .assert()
        .success();
    for l in stdout(&a).lines() {
        let _: serde_json::Value = serde_json::from_str(l).unwrap();
    }
    let a = corpusdb(&db)
        .args([
            "query",
            "concept_frequency",
            "-f",
            "tsv",
            "-p",
            "concept=multipolarity",
        ])
        .assert()
        .success();
    assert!(stdout(&a).starts_with("article_id\ttitle\tconcept"));
    let a = corpusdb(&db)
        .args(["query", "kwic", "-p", "term=council", "-f", "csv"])
        .assert()
        .success();
    assert!(stdout(&a).lines().count() > 2);
    let a = corpusdb(&db).args(["query", "kwic"]).assert().failure();
    assert!(stderr(&a).contains("-p term="));
    let a = corpusdb(&db)
        .args(["query", "claims", "-p", "bogus=1"])
        .assert()
        .failure();
    assert!(stderr(&a).contains("no parameter"));
    // parameters are bound, not spliced
    corpusdb(&db)
        .args(["query", "claims", "-p", "kind=x'; DROP TABLE articles; --"])
        .assert()
        .success();
    assert_eq!(count(&open(&db), "SELECT count(*) FROM articles"), 4);
    let a = corpusdb(&db).args(["show", "1"]).assert().success();
    assert!(stdout(&a).contains("sections") && stdout(&a).contains("dated references"));
}

#[test]
fn user_queries_dir() {
    let (d, db) = samples_db();
    let qd = d.path().join("q");
    fs::create_dir(&qd).unwrap();
    fs::write(qd.join("mine.sql"), "-- name: mine\n-- description: Titles longer than n\n-- param: n 10\nSELECT title FROM articles WHERE length(title) > :n ORDER BY title;\n").unwrap();
    let a = corpusdb(&db)
        .args(["queries", "--queries"])
        .arg(&qd)
        .assert()
        .success();
    assert!(stdout(&a).contains("mine") && stdout(&a).contains("timeline"));
    let a = corpusdb(&db)
        .args(["query", "mine", "-p", "n=30", "-f", "csv", "--queries"])
        .arg(&qd)
        .assert()
        .success();
    assert_eq!(
        stdout(&a).lines().count(),
        4,
        "header and three titles: {}",
        stdout(&a)
    );
}

#[test]
fn migrations_status_and_newer_database() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("c.db");
    let a = corpusdb(&db)
        .args(["migrate", "--status"])
        .assert()
        .success();
    assert!(stdout(&a).contains("V1__initial\tpending"));
    corpusdb(&db).arg("migrate").assert().success();
    let a = corpusdb(&db)
        .args(["migrate", "--status"])
        .assert()
        .success();
    assert!(stdout(&a).contains("V1__initial\tapplied"));
    open(&db).execute("INSERT INTO refinery_schema_history(version, name, applied_on, checksum) VALUES (999, 'future', '2030-01-01', '0')", []).unwrap();
    let a = corpusdb(&db).args(["sql", "SELECT 1"]).assert().failure();
    assert!(stderr(&a).contains("newer corpusdb"), "{}", stderr(&a));
}

#[test]
fn extractors_without_a_database() {
    let d = tempfile::tempdir().unwrap();
    let db = d.path().join("never.db");
    let a = corpusdb(&db)
        .args(["dates", "--published", "2010-06-15"])
        .write_stdin("Signed on July 02, 2005, it took effect “last year”.")
        .assert()
        .success();
    let lines: Vec<serde_json::Value> = stdout(&a)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["value"], "2005-07-02");
    assert_eq!(lines[0]["start"], 10);
    assert_eq!(lines[1]["value"], "2009");
    let a = corpusdb(&db).args(["dates", "--jsonl"]).write_stdin("{\"id\": \"d1\", \"text\": \"It began 3 years ago.\", \"published\": \"2000-01-01\"}\n").assert().success();
    let v: serde_json::Value = serde_json::from_str(stdout(&a).trim()).unwrap();
    assert_eq!(
        (v["id"].as_str(), v["value"].as_str()),
        (Some("d1"), Some("1997"))
    );
    let a = corpusdb(&db)
        .arg("claims")
        .write_stdin("Russians often say that it works. Will it last? We must act.")
        .assert()
        .success();
    let kinds: Vec<String> = stdout(&a)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(kinds, ["attributed", "question", "normative"]);
    let a = corpusdb(&db)
        .args(["claims", "--jsonl"])
        .write_stdin("{\"id\": 7, \"text\": \"It may rain.\"}\n")
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_str(stdout(&a).trim()).unwrap();
    assert_eq!(
        (v["id"].as_i64(), v["hedged"].as_bool()),
        (Some(7), Some(true))
    );
    assert!(!db.exists());
}

#[test]
fn lexicon_import_and_reanalyze() {
    let (d, db) = samples_db();
    let c = open(&db);
    assert_eq!(count(&c, "SELECT count(*) FROM mentions m JOIN concepts k ON k.id = m.concept_id WHERE k.name = 'Arctic'"), 0);
    let dates = "SELECT group_concat(sentence_id || ':' || start || ':' || coalesce(value, '-') || ':' || coalesce(referent, '-'), ' ') FROM (SELECT * FROM dated_refs ORDER BY sentence_id, start)";
    let stored: String = c.query_row(dates, [], |r| r.get(0)).unwrap();
    assert!(!stored.is_empty());
    let lex = d.path().join("lex.csv");
    fs::write(
        &lex,
        "name,kind,aliases\nArctic,region,Arctic|High North\nfood security,concept,food security\n",
    )
    .unwrap();
    corpusdb(&db)
        .args(["lexicon", "import"])
        .arg(&lex)
        .assert()
        .success();
    corpusdb(&db).arg("reanalyze").assert().success();
    let again: String = c.query_row(dates, [], |r| r.get(0)).unwrap();
    assert_eq!(
        again, stored,
        "reanalyze finds the dated references ingest found"
    );
    // three body sentences name the Arctic (the lead's copies are not counted)
    assert_eq!(count(&c, "SELECT count(*) FROM mentions m JOIN concepts k ON k.id = m.concept_id WHERE k.name = 'Arctic'"), 3);
    assert!(count(&c, "SELECT count(*) FROM mentions m JOIN concepts k ON k.id = m.concept_id WHERE k.name = 'multipolarity'") > 0, "built-in lexicon kept");
    corpusdb(&db)
        .args(["lexicon", "import", "--replace"])
        .arg(&lex)
        .assert()
        .success();
    corpusdb(&db).arg("reanalyze").assert().success();
    assert_eq!(count(&c, "SELECT count(*) FROM concepts"), 2);
    assert_eq!(count(&c, "SELECT count(*) FROM mentions m JOIN concepts k ON k.id = m.concept_id WHERE k.name = 'multipolarity'"), 0);
    assert_offsets(&c);
}

#[test]
fn killed_batch_keeps_whole_articles_and_resumes() {
    let d = tempfile::tempdir().unwrap();
    let inp = d.path().join("in");
    fs::create_dir(&inp).unwrap();
    for i in 0..600 {
        let body = format!("Article number {i}\nThe paragraph of article {i} says that the Cold War ended in 1991 and that multipolarity will matter in 2030. It also says that China and Russia, the UN and the West disagree.\nA second paragraph of article {i}, with its own words, closes the piece. Should it?\n");
        fs::write(inp.join(format!("{i:04}.txt")), body).unwrap();
    }
    let db = d.path().join("c.db");
    for delay_ms in [150u64, 400] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("corpusdb"))
            .arg("--db")
            .arg(&db)
            .args(["ingest", "-q", "-j", "1"])
            .arg(&inp)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let c = open(&db);
        assert_eq!(text(&c, "PRAGMA integrity_check").as_deref(), Some("ok"));
        assert_eq!(count(&c, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)"), 0, "an article without sentences");
        assert_eq!(count(&c, "SELECT count(*) FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.sentence_id = s.id)"), 0, "a sentence without its claim");
    }
    corpusdb(&db)
        .args(["ingest", "-q"])
        .arg(&inp)
        .assert()
        .success();
    let c = open(&db);
    assert_eq!(count(&c, "SELECT count(*) FROM articles"), 600);
    assert_eq!(
        count(&c, "SELECT count(DISTINCT content_hash) FROM articles"),
        600
    );
    // the full-text index matches the sentences table
    c.execute(
        "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)",
        [],
    )
    .unwrap();
    assert_eq!(
        count(
            &c,
            "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'paragraph'"
        ),
        count(
            &c,
            "SELECT count(*) FROM sentences WHERE text LIKE '%paragraph%'"
        )
    );
}

#[test]
fn demo_runs_on_a_fresh_directory() {
    let d = tempfile::tempdir().unwrap();
    let a = assert_cmd::Command::cargo_bin("corpusdb")
        .unwrap()
        .current_dir(d.path())
        .arg("demo")
        .assert()
        .success();
    let out = stdout(&a);
    assert!(
        out.contains("== overview") && out.contains("== timeline"),
        "{out}"
    );
    assert!(out.contains("Cold War") && out.contains("2005") == out.contains("2005"));
    assert!(d.path().join("demo.db").exists());
}

#[test]
fn two_ingests_on_a_new_database_both_succeed() {
    for _ in 0..3 {
        let d = tempfile::tempdir().unwrap();
        let db = d.path().join("c.db");
        let other = d.path().join("other.txt");
        fs::write(&other, ARTICLE).unwrap();
        let spawn = |input: &Path| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("corpusdb"))
                .arg("--db")
                .arg(&db)
                .args(["ingest", "-q"])
                .arg(input)
                .output()
                .unwrap()
        };
        let (a, b) = std::thread::scope(|s| {
            let a = s.spawn(|| spawn(&samples()));
            let b = s.spawn(|| spawn(&other));
            (a.join().unwrap(), b.join().unwrap())
        });
        assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
        assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
        assert_eq!(count(&open(&db), "SELECT count(*) FROM articles"), 5);
    }
}

#[test]
fn articles_larger_than_the_memory_budget_do_not_stall() {
    // each article costs more than half of a 1 MB budget: workers must wait for the
    // writer, and the writer must store what it has instead of waiting for more
    let d = tempfile::tempdir().unwrap();
    let inp = d.path().join("in");
    fs::create_dir(&inp).unwrap();
    for i in 0..12 {
        let paras: Vec<String> = (0..60)
            .map(|j| format!("Paragraph {j} of article {i} says that the council met in 1996 and that China and Russia agreed on item {j}. ").repeat(4))
            .collect();
        let body = format!("Long Article {i}\n{}\n", paras.join("\n"));
        fs::write(inp.join(format!("{i}.txt")), body).unwrap();
    }
    let db = d.path().join("c.db");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("corpusdb"))
        .arg("--db")
        .arg(&db)
        .args(["ingest", "-q", "--memory-budget", "1"])
        .arg(&inp)
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().unwrap() {
            break st;
        }
        if started.elapsed() > std::time::Duration::from_secs(120) {
            child.kill().unwrap();
            panic!("ingest stalled");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(status.success());
    assert_eq!(count(&open(&db), "SELECT count(*) FROM articles"), 12);
}

#[test]
fn claims_filter_by_the_authors_own_view() {
    let (_d, db) = samples_db();
    let c = open(&db);
    let mut seen = 0;
    for flag in [0, 1] {
        let a = corpusdb(&db)
            .args(["query", "claims", "-f", "ndjson"])
            .args(["-p", &format!("author_claim={flag}"), "-p", "limit=100000"])
            .assert()
            .success();
        let rows: Vec<serde_json::Value> = stdout(&a)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert!(!rows.is_empty(), "no claims with author_claim={flag}");
        assert!(rows.iter().all(|r| r["author_claim"] == flag));
        seen += rows.len() as i64;
    }
    let all = count(&c, "SELECT count(*) FROM claims c JOIN sentences s ON s.id = c.sentence_id WHERE s.duplicate_of IS NULL");
    assert_eq!(seen, all, "author_claim 0 and 1 together are every claim");
}
