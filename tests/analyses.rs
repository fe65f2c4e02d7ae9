//! The corpus-linguistics analyses on a corpus of three tiny articles
//! (tests/data/analyses), each answer worked out by hand in the comments.
//!
//! Tokens (stopwords a, and, with, the; sentences split with |):
//!   One   (Alpha, 2017-05-01): russia and china build a multipolar world | a multipolar world needs china   12
//!   Two   (Alpha, 2017-06-01): china trades with russia | trade grows                                        6
//!   Three (Beta,  2003-01-01): the cold war ended | russia changed | russia grew                             8
//! 26 tokens in all.

mod common;

use common::corpusdb;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn corpus() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/analyses");
    let db = common::indexed_db(dir.path(), "t.db", &[data]);
    (dir, db)
}

/// Rows of `corpusdb query NAME -p …` as JSON objects.
fn query(db: &Path, name: &str, params: &[&str]) -> Vec<serde_json::Map<String, Value>> {
    let mut c = corpusdb(db);
    c.args(["query", name, "--format", "ndjson"]);
    for p in params {
        c.args(["-p", p]);
    }
    let out = c.assert().success().get_output().stdout.clone();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l)
                .unwrap()
                .as_object()
                .unwrap()
                .clone()
        })
        .collect()
}

fn s<'a>(r: &'a serde_json::Map<String, Value>, k: &str) -> &'a str {
    r[k].as_str().unwrap_or_else(|| panic!("{k} in {r:?}"))
}
fn i(r: &serde_json::Map<String, Value>, k: &str) -> i64 {
    r[k].as_i64().unwrap_or_else(|| panic!("{k} in {r:?}"))
}
fn f(r: &serde_json::Map<String, Value>, k: &str) -> f64 {
    r[k].as_f64().unwrap_or_else(|| panic!("{k} in {r:?}"))
}
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.002
}

#[test]
fn token_index_quotes_its_tokens() {
    let (_d, db) = corpus();
    let conn = common::open(&db);
    assert_eq!(
        common::count(&conn, "SELECT sum(tokens) FROM token_articles"),
        26
    );
    assert_eq!(common::count(&conn, "SELECT count(*) FROM tokens"), 26);
    let bad = common::count(
        &conn,
        "SELECT count(*) FROM tokens k JOIN terms t ON t.id = k.term_id JOIN articles a ON a.id = k.article_id
         WHERE lower(substr(a.text, k.start + 1, k.end - k.start)) <> t.term",
    );
    assert_eq!(bad, 0);
    // a second run indexes nothing new and keeps the counts
    corpusdb(&db)
        .args(["index", "tokens", "-q"])
        .assert()
        .success();
    assert_eq!(common::count(&conn, "SELECT count(*) FROM tokens"), 26);
    assert_eq!(
        common::count(&conn, "SELECT total FROM terms WHERE term = 'russia'"),
        4
    );
}

#[test]
fn frequency_whole_corpus_and_subcorpus() {
    let (_d, db) = corpus();
    // russia 1 + 1 + 2 = 4 of 26 tokens = 153846.15 per million, in 3 articles; china 3
    let r = query(&db, "frequency", &[]);
    assert_eq!(s(&r[0], "term"), "russia");
    assert_eq!(i(&r[0], "hits"), 4);
    assert!(close(f(&r[0], "per_million"), 153846.15));
    assert_eq!(i(&r[0], "articles"), 3);
    assert_eq!(s(&r[1], "term"), "china");
    assert_eq!(i(&r[1], "hits"), 3);
    assert!(r
        .iter()
        .all(|x| !["a", "and", "with", "the"].contains(&s(x, "term"))));
    // 2017 = One + Two, 18 tokens: china 3 (166666.67), russia 2 (111111.11)
    let r = query(&db, "frequency", &["from_year=2017", "to_year=2017"]);
    assert_eq!((s(&r[0], "term"), i(&r[0], "hits")), ("china", 3));
    assert!(close(f(&r[0], "per_million"), 166666.67));
    assert_eq!(i(&r[0], "of_articles"), 2);
    let russia = r.iter().find(|x| s(x, "term") == "russia").unwrap();
    assert!(close(f(russia, "per_million"), 111111.11));
    // source Beta = Three; with stopwords: "the" 1 of 8
    let r = query(&db, "frequency", &["source=Beta", "stopwords=1"]);
    let the = r.iter().find(|x| s(x, "term") == "the").unwrap();
    assert!(close(f(the, "per_million"), 125000.0));
    // a list of article ids picks the same articles as the year range
    let conn = common::open(&db);
    let ids = common::text(
        &conn,
        "SELECT group_concat(id) FROM articles WHERE title IN ('One', 'Two')",
    )
    .unwrap();
    let by_ids = query(&db, "frequency", &[&format!("articles={ids}")]);
    assert_eq!(
        by_ids,
        query(&db, "frequency", &["from_year=2017", "to_year=2017"])
    );
}

#[test]
fn ngrams_with_and_without_stopwords() {
    let (_d, db) = corpus();
    // seen twice: "multipolar world"; with stopwords also "a multipolar", "a multipolar world"
    let r = query(&db, "ngrams", &[]);
    assert_eq!(r.len(), 1);
    assert_eq!(
        (s(&r[0], "ngram"), i(&r[0], "count"), i(&r[0], "n")),
        ("multipolar world", 2, 2)
    );
    let r = query(&db, "ngrams", &["stopwords=1"]);
    let got: Vec<(&str, i64)> = r.iter().map(|x| (s(x, "ngram"), i(x, "count"))).collect();
    assert_eq!(
        got,
        vec![
            ("a multipolar", 2),
            ("a multipolar world", 2),
            ("multipolar world", 2)
        ]
    );
    assert_eq!(query(&db, "ngrams", &["stopwords=1", "n=3"]).len(), 1);
    assert_eq!(
        query(&db, "ngrams", &["stopwords=1", "term=world"]).len(),
        2
    );
    assert!(query(&db, "ngrams", &["term=russia"]).is_empty());
}

#[test]
fn collocates_mi_t_score_log_dice() {
    let (_d, db) = corpus();
    // multipolar (f1 = 2) with window 1: world twice (f2 = 2), "a" twice (a stopword)
    // expected = 2 * 2 * (2 * 1) / 26 = 0.3077; MI = log2(2 / 0.3077) = 2.7004;
    // t = (2 - 0.3077) / sqrt(2) = 1.1966; logDice = 14 + log2(2 * 2 / (2 + 2)) = 14
    let r = query(
        &db,
        "collocates",
        &["term=multipolar", "window=1", "min_count=1"],
    );
    assert_eq!(r.len(), 1);
    assert_eq!(s(&r[0], "collocate"), "world");
    assert_eq!(i(&r[0], "together"), 2);
    assert!(close(f(&r[0], "expected"), 0.3077));
    assert!(close(f(&r[0], "mi"), 2.700));
    assert!(close(f(&r[0], "t_score"), 1.197));
    assert!(close(f(&r[0], "log_dice"), 14.0));
    // russia, window 2, same sentence only: and, china (One); trades, with (Two);
    // changed, grew (Three) — never "trade" or "ended", which are in the next sentence
    let r = query(
        &db,
        "collocates",
        &["term=russia", "window=2", "min_count=1", "stopwords=1"],
    );
    let mut got: Vec<&str> = r.iter().map(|x| s(x, "collocate")).collect();
    got.sort();
    assert_eq!(
        got,
        vec!["and", "changed", "china", "grew", "trades", "with"]
    );
    // china with russia: o = 1, E = 4 * 3 * 4 / 26 = 1.8462, MI = -0.8845, logDice = 12.1926
    let china = r.iter().find(|x| s(x, "collocate") == "china").unwrap();
    assert!(close(f(china, "mi"), -0.885));
    assert!(close(f(china, "log_dice"), 12.193));
    assert!(query(
        &db,
        "collocates",
        &["term=russia", "window=2", "min_count=2"]
    )
    .is_empty());
    // with the default window of 5, Two's "china trades with russia" counts too
    let r = query(&db, "collocates", &["term=russia", "min_count=2"]);
    assert_eq!((s(&r[0], "collocate"), i(&r[0], "together")), ("china", 2));
}

#[test]
fn keyness_log_likelihood_and_log_ratio() {
    let (_d, db) = corpus();
    // A = 2017 (18 tokens), B = the rest (Three, 8 tokens)
    // china: a = 3, b = 0; E1 = 18 * 3 / 26 = 2.0769; LL = 2 * 3 * ln(3 / 2.0769) = 2.2063;
    //        log ratio = log2((3 / 18) / (0.5 / 8)) = 1.4150, key for A
    // russia: a = 2, b = 2; E1 = 2.7692, E2 = 1.2308;
    //        LL = 2 * (2 ln(2 / 2.7692) + 2 ln(2 / 1.2308)) = 0.6403; log ratio = -1.1699, B
    let r = query(
        &db,
        "keyness",
        &["a_from_year=2017", "a_to_year=2017", "min_count=1"],
    );
    let china = r.iter().find(|x| s(x, "term") == "china").unwrap();
    assert_eq!((i(china, "a"), i(china, "b")), (3, 0));
    assert!(close(f(china, "log_likelihood"), 2.206));
    assert!(close(f(china, "log_ratio"), 1.415));
    assert_eq!(s(china, "key_for"), "A");
    let russia = r.iter().find(|x| s(x, "term") == "russia").unwrap();
    assert!(close(f(russia, "log_likelihood"), 0.640));
    assert!(close(f(russia, "log_ratio"), -1.170));
    assert_eq!(s(russia, "key_for"), "B");
    // B given explicitly as 2003 is the same split here
    let r2 = query(
        &db,
        "keyness",
        &[
            "a_from_year=2017",
            "a_to_year=2017",
            "b_from_year=2003",
            "b_to_year=2003",
            "min_count=1",
        ],
    );
    assert_eq!(r, r2);
    // and so is A given as article ids
    let conn = common::open(&db);
    let ids = common::text(
        &conn,
        "SELECT group_concat(id) FROM articles WHERE title IN ('One', 'Two')",
    )
    .unwrap();
    assert_eq!(
        r,
        query(
            &db,
            "keyness",
            &[&format!("a_articles={ids}"), "min_count=1"]
        )
    );
    // the default minimum of 5 leaves nothing in so small a corpus
    assert!(query(&db, "keyness", &["a_from_year=2017", "a_to_year=2017"]).is_empty());
}

#[test]
fn dispersion_positions() {
    let (_d, db) = corpus();
    // china: One at 2/12 and 11/12, Two at 0/6
    let r = query(&db, "dispersion", &["term=china"]);
    assert_eq!(r.len(), 2);
    assert_eq!((s(&r[0], "title"), i(&r[0], "hits")), ("One", 2));
    assert_eq!(s(&r[0], "positions"), "0.167 0.917");
    assert!(close(f(&r[0], "mean_at"), 0.542));
    assert!(close(f(&r[0], "per_million"), 166666.7));
    assert_eq!(s(&r[1], "positions"), "0.0");
    assert_eq!(s(&r[0], "in_articles"), "2/3");
}

#[test]
fn trend_of_a_term_and_of_a_concept() {
    let (_d, db) = corpus();
    // russia: 2003 2 of 8 tokens = 250000; 2017 2 of 18 = 111111.11
    let r = query(&db, "trend", &["term=russia"]);
    let got: Vec<(&str, i64, f64)> = r
        .iter()
        .map(|x| (s(x, "period"), i(x, "hits"), f(x, "per_million")))
        .collect();
    assert_eq!(got.len(), 2);
    assert_eq!((got[0].0, got[0].1), ("2003", 2));
    assert!(close(got[0].2, 250000.0));
    assert!(close(got[1].2, 111111.11));
    // the concept China by month: 2017-05 twice, 2017-06 once, and 0 in 2003-01, the month
    // of Three, which does not name it
    let r = query(&db, "trend", &["concept=China", "by=month"]);
    let got: Vec<(&str, i64)> = r.iter().map(|x| (s(x, "period"), i(x, "hits"))).collect();
    assert_eq!(got, vec![("2003-01", 0), ("2017-05", 2), ("2017-06", 1)]);
    // a word in every period with indexed articles: "multipolar" only in 2017 (2 of 18)
    let r = query(&db, "trend", &["term=multipolar"]);
    let got: Vec<(&str, i64)> = r.iter().map(|x| (s(x, "period"), i(x, "hits"))).collect();
    assert_eq!(got, vec![("2003", 0), ("2017", 2)]);
}

#[test]
fn entity_timeline_and_cooccurrence_edges() {
    let (_d, db) = corpus();
    // Russia: 2003 twice in Three; 2017 once in One and once in Two; first 2003-01-01,
    // last 2017-06-01
    let r = query(&db, "entity_timeline", &["concept=Russia"]);
    let got: Vec<(&str, i64, i64)> = r
        .iter()
        .map(|x| (s(x, "period"), i(x, "mentions"), i(x, "articles")))
        .collect();
    assert_eq!(got, vec![("2003", 2, 1), ("2017", 2, 2)]);
    assert_eq!(s(&r[1], "first_seen"), "2003-01-01");
    assert_eq!(s(&r[1], "last_seen"), "2017-06-01");
    // sentences: China–Russia in One's first and Two's first (2, 2 articles);
    // China–multipolarity in both of One's (2, 1 article); Russia–multipolarity once
    let r = query(&db, "cooccurrence", &[]);
    let got: Vec<(String, i64, i64)> = r
        .iter()
        .map(|x| {
            let mut ends = [s(x, "Source"), s(x, "Target")];
            ends.sort();
            (ends.join("–"), i(x, "Weight"), i(x, "Articles"))
        })
        .collect();
    assert_eq!(got.len(), 3);
    assert!(got.contains(&("China–Russia".into(), 2, 2)));
    assert!(got.contains(&("China–multipolarity".into(), 2, 1)));
    assert!(got.contains(&("Russia–multipolarity".into(), 1, 1)));
    // by article: each pair once per article
    let r = query(&db, "cooccurrence", &["unit=article", "kind=actor"]);
    assert_eq!(r.len(), 1);
    assert_eq!(i(&r[0], "Weight"), 2);
    assert_eq!(s(&r[0], "Type"), "Undirected");
}

#[test]
fn plots_are_written_as_png_and_svg() {
    let (d, db) = corpus();
    for (chart, params) in [
        ("timeline", vec![]),
        ("trend", vec!["-p", "term=russia"]),
        ("trend", vec!["-p", "by=month"]),
        ("cooccurrence", vec![]),
    ] {
        for ext in ["png", "svg"] {
            let out = d.path().join(format!("{chart}.{ext}"));
            corpusdb(&db)
                .args(["plot", chart, "-o"])
                .arg(&out)
                .args(&params)
                .assert()
                .success();
            let bytes = std::fs::read(&out).unwrap();
            if ext == "png" {
                assert!(bytes.starts_with(b"\x89PNG"), "{chart}: not a PNG");
                assert!(bytes.len() > 5_000, "{chart}: an empty picture?");
            } else {
                let svg = String::from_utf8(bytes).unwrap();
                assert!(svg.starts_with("<svg"), "{chart}");
                // the labels are there: what the timeline dates, the trend's series,
                // the matrix's names
                let want = match chart {
                    "timeline" => "Cold War",
                    "trend" => "russia",
                    _ => "China",
                };
                assert!(
                    svg.to_lowercase().contains(&want.to_lowercase()),
                    "{chart}: no {want}"
                );
            }
        }
    }
    // a name that is neither .svg nor .png, and nothing to draw, are one-line errors
    let bad = corpusdb(&db)
        .args(["plot", "timeline", "-o"])
        .arg(d.path().join("t.gif"))
        .assert()
        .failure();
    let err = String::from_utf8(bad.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains(".svg or .png") && err.trim().lines().count() == 1,
        "{err}"
    );
    corpusdb(&db)
        .args(["plot", "timeline", "-o"])
        .arg(d.path().join("t.png"))
        .args(["-p", "from=2100-01-01"])
        .assert()
        .failure();
}

#[test]
fn a_lagging_token_index_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("w.db");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/analyses");
    corpusdb(&db)
        .args(["ingest", "-q"])
        .arg(&data)
        .assert()
        .success();
    let stderr = |args: &[&str]| {
        let a = corpusdb(&db).args(args).assert().success();
        String::from_utf8(a.get_output().stderr.clone()).unwrap()
    };
    let w = stderr(&["query", "frequency"]);
    assert!(w.contains("3 article(s) are not in the token index"), "{w}");
    assert!(stderr(&["query", "trend", "-p", "term=china"]).contains("token index"));
    // concepts do not need the index
    assert_eq!(stderr(&["query", "trend", "-p", "concept=China"]), "");
    corpusdb(&db)
        .args(["index", "tokens", "-q"])
        .assert()
        .success();
    assert_eq!(stderr(&["query", "frequency"]), "");
}
