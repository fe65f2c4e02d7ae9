//! Claims against a gold set of 481 sentences from the seed and 40 Kremlin pages
//! (tests/data/claims.jsonl; guide: docs/claims.md): per-kind precision and recall and
//! source accuracy of the `claims` rows that ingest stores, with floors. The sentences are
//! found again by their text in the ingested articles. The "test" split was annotated
//! with the rest and is not used to tune the rules; its floors are checked on their own.
//!
//!     cargo test --release --test claims_gold -- --nocapture

mod common;

use std::collections::HashMap;
use std::fs;
use std::path::Path;

const KINDS: [&str; 6] = [
    "assertion",
    "prediction",
    "normative",
    "question",
    "attributed",
    "background",
];

struct Gold {
    doc: String,
    split: String,
    text: String,
    kind: String,
    source: Option<String>,
    hedged: Option<bool>,
}

/// A source matches when one names the other: "President of Russia Vladimir Putin" and
/// "Vladimir Putin", "Mr Putin" and "Putin" (same last word).
fn same_source(gold: &str, sys: &str) -> bool {
    let norm = |s: &str| {
        s.to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect::<String>()
    };
    let (g, s) = (norm(gold), norm(sys));
    g.contains(&s) || s.contains(&g) || g.split_whitespace().last() == s.split_whitespace().last()
}

/// A stored sentence: text, kind, source, hedged.
type Stored = (String, String, Option<String>, bool);

#[derive(Default)]
struct Score {
    tp: HashMap<&'static str, usize>,
    fp: HashMap<&'static str, usize>,
    fn_: HashMap<&'static str, usize>,
    n: usize,
    right: usize,
    sources: usize,
    sources_right: usize,
    hedges: (usize, usize, usize), // tp, fp, fn
}

impl Score {
    fn add(&mut self, g: &Gold, kind: &str, source: Option<&str>, hedged: bool) {
        let gk = KINDS.iter().find(|k| **k == g.kind).expect("gold kind");
        let sk = KINDS.iter().find(|k| **k == kind).expect("system kind");
        self.n += 1;
        if gk == sk {
            self.right += 1;
            *self.tp.entry(gk).or_default() += 1;
        } else {
            *self.fp.entry(sk).or_default() += 1;
            *self.fn_.entry(gk).or_default() += 1;
        }
        if let Some(gs) = &g.source {
            self.sources += 1;
            if kind == "attributed" && source.is_some_and(|s| same_source(gs, s)) {
                self.sources_right += 1;
            }
        }
        if let Some(gh) = g.hedged {
            match (gh, hedged) {
                (true, true) => self.hedges.0 += 1,
                (false, true) => self.hedges.1 += 1,
                (true, false) => self.hedges.2 += 1,
                _ => {}
            }
        }
    }
    fn p(&self, k: &str) -> f64 {
        let tp = *self.tp.get(k).unwrap_or(&0) as f64;
        tp / (tp + *self.fp.get(k).unwrap_or(&0) as f64).max(1.0)
    }
    fn r(&self, k: &str) -> f64 {
        let tp = *self.tp.get(k).unwrap_or(&0) as f64;
        tp / (tp + *self.fn_.get(k).unwrap_or(&0) as f64).max(1.0)
    }
    fn report(&self, name: &str) {
        let mut line = format!(
            "claims ({name}): {} sentences, kind accuracy {:.1}%, source accuracy {:.1}% ({} of {})",
            self.n,
            100.0 * self.right as f64 / self.n as f64,
            100.0 * self.source_acc(),
            self.sources_right,
            self.sources
        );
        for k in KINDS {
            let n = self.tp.get(k).unwrap_or(&0) + self.fn_.get(k).unwrap_or(&0);
            line += &format!("; {k} n={n} P={:.2} R={:.2}", self.p(k), self.r(k));
        }
        let (tp, fp, fn_) = self.hedges;
        line += &format!(
            "; hedged P={:.2} R={:.2}",
            tp as f64 / ((tp + fp) as f64).max(1.0),
            tp as f64 / ((tp + fn_) as f64).max(1.0)
        );
        eprintln!("{line}");
    }
    fn source_acc(&self) -> f64 {
        self.sources_right as f64 / self.sources.max(1) as f64
    }
}

#[test]
fn claims_match_the_gold_set() {
    let Some(shared) = common::shared() else {
        return;
    };
    let Some((pages, _)) = common::kremlin_pages() else {
        return;
    };
    let gold: Vec<Gold> =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/claims.jsonl"))
            .unwrap()
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                Gold {
                    doc: v["doc"].as_str().unwrap().to_string(),
                    split: v["split"].as_str().unwrap().to_string(),
                    text: v["text"].as_str().unwrap().to_string(),
                    kind: v["kind"].as_str().unwrap().to_string(),
                    source: v["source"].as_str().map(str::to_string),
                    hedged: v["hedged"].as_bool(),
                }
            })
            .collect();
    assert!(gold.len() >= 400);
    // the seed and the pages the gold sentences come from, ingested as a user would
    let dir = tempfile::tempdir().unwrap();
    let inp = dir.path().join("in");
    fs::create_dir_all(&inp).unwrap();
    for g in &gold {
        let (from, name) = match g.doc.strip_prefix("kremlin-en/") {
            Some(f) => (pages.join(f), f.to_string()),
            None => (shared.join("corpus").join(&g.doc), "seed.txt".to_string()),
        };
        if !inp.join(&name).exists() {
            fs::copy(&from, inp.join(&name)).unwrap();
        }
    }
    let db = dir.path().join("c.db");
    common::corpusdb(&db)
        .args(["ingest", "-q"])
        .arg(&inp)
        .assert()
        .success();
    let conn = common::open(&db);
    let mut by_doc: HashMap<String, Vec<Stored>> = HashMap::new();
    let mut st = conn
        .prepare(
            "SELECT a.source_path, s.text, s.kind, s.source, s.hedged FROM sentences s
             JOIN articles a ON a.id = s.article_id",
        )
        .unwrap();
    let rows = st
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, i64>(4)? == 1,
            ))
        })
        .unwrap();
    for r in rows {
        let (path, text, kind, source, hedged) = r.unwrap();
        let name = Path::new(&path)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
        by_doc
            .entry(name)
            .or_default()
            .push((text, kind, source, hedged));
    }
    let mut scores: HashMap<String, Score> = HashMap::new();
    let mut missing = 0;
    for g in &gold {
        let name = g.doc.strip_prefix("kremlin-en/").unwrap_or("seed.txt");
        let found = by_doc
            .get(name)
            .and_then(|v| v.iter().find(|s| s.0 == g.text));
        let Some((_, kind, source, hedged)) = found else {
            missing += 1;
            continue;
        };
        // CLAIMS_ERRORS=1 lists the development split's wrong kinds (never the test split's)
        if g.split == "development"
            && *kind != g.kind
            && std::env::var_os("CLAIMS_ERRORS").is_some()
        {
            eprintln!("gold {:<10} got {:<10} {}", g.kind, kind, g.text);
        }
        for split in [g.split.as_str(), "all"] {
            scores
                .entry(split.to_string())
                .or_default()
                .add(g, kind, source.as_deref(), *hedged);
        }
    }
    for s in ["development", "test", "all"] {
        scores[s].report(s);
    }
    assert!(
        missing * 50 <= gold.len(),
        "{missing} gold sentences not found in the ingested text"
    );
    // floors a little under the figures measured when the set was made (docs/claims.md)
    for split in ["development", "test"] {
        let s = &scores[split];
        let acc = s.right as f64 / s.n as f64;
        assert!(acc >= 0.85, "{split}: kind accuracy {acc:.3}");
        assert!(
            s.source_acc() >= 0.88,
            "{split}: source accuracy {:.3}",
            s.source_acc()
        );
        assert!(
            s.r("attributed") >= 0.85 && s.p("attributed") >= 0.93,
            "{split}: attributed"
        );
        assert!(
            s.r("background") >= 0.85 && s.p("background") >= 0.72,
            "{split}: background"
        );
        assert!(
            s.r("assertion") >= 0.66 && s.p("assertion") >= 0.68,
            "{split}: assertion"
        );
        assert!(s.r("question") >= 0.75, "{split}: question");
    }
}
