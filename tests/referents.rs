//! Referents of dated references against the hand-made gold set in
//! `tests/data/referents.jsonl` (sentences of the seed and the Kremlin pages; the guide is
//! `docs/referents.md`). Prints the figures:
//!
//!     cargo test --release --test referents -- --nocapture

use corpusdb::analyse::dates;
use serde_json::Value;

/// Lower case, no leading "the", straight apostrophes, single spaces.
fn norm(s: &str) -> String {
    let s = s
        .to_lowercase()
        .replace(['’', '‘'], "'")
        .replace(['“', '”'], "\"");
    let s = s.trim().trim_start_matches("the ").to_string();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Exact after `norm`, or one contains the other and the shorter still has the noun that
/// makes it a document or event ("state visit" for "state visit to France").
fn lenient(pred: &str, gold: &str) -> bool {
    let (p, g) = (norm(pred), norm(gold));
    if p == g {
        return true;
    }
    let (short, long) = if p.len() < g.len() {
        (&p, &g)
    } else {
        (&g, &p)
    };
    let nouns = corpusdb::data::document_words();
    long.contains(short.as_str())
        && short
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .any(|w| nouns.contains_key(w))
}

/// Figures on one split of the gold set.
#[derive(Default)]
struct Score {
    with: usize,
    found: usize,
    exact: usize,
    loose: usize,
    kind_ok: usize,
    without: usize,
    spurious: usize,
}

impl Score {
    fn pct(a: usize, b: usize) -> f64 {
        100.0 * a as f64 / b.max(1) as f64
    }
    fn report(&self, name: &str) {
        eprintln!(
            "referents ({name}): {} gold referents, dates found {:.1}%, referent exact {:.1}%, \
             lenient {:.1}% (kind right in {:.1}% of those); {} dates without one: {} given one",
            self.with,
            Self::pct(self.found, self.with),
            Self::pct(self.exact, self.with),
            Self::pct(self.loose, self.with),
            Self::pct(self.kind_ok, self.loose),
            self.without,
            self.spurious,
        );
    }
}

#[test]
fn referents_match_the_gold_set() {
    let gold: Vec<Value> = include_str!("data/referents.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).expect("gold line is JSON"))
        .collect();
    let mut scores: std::collections::BTreeMap<String, Score> = Default::default();
    let mut misses = Vec::new();
    for g in &gold {
        let split = g["split"].as_str().unwrap_or("development").to_string();
        let sc = scores.entry(split.clone()).or_default();
        let text = g["text"].as_str().unwrap();
        let date = g["date"].as_str().unwrap();
        let at = text.find(date).expect("the date is in the text");
        let (ds, de) = (
            text[..at].chars().count(),
            text[..at + date.len()].chars().count(),
        );
        let refs = dates::extract(text, None);
        let r = refs
            .iter()
            .find(|r| r.kind != "EVENT" && r.start < de && ds < r.end);
        let pred = r.and_then(|r| r.referent.clone());
        match g["referent"].as_str() {
            Some(want) => {
                sc.with += 1;
                sc.found += r.is_some() as usize;
                let p = pred.clone().unwrap_or_default();
                if norm(&p) == norm(want) {
                    sc.exact += 1;
                }
                if !p.is_empty() && lenient(&p, want) {
                    sc.loose += 1;
                    if r.and_then(|r| r.referent_kind) == g["kind"].as_str() {
                        sc.kind_ok += 1;
                    }
                } else {
                    misses.push(format!("[{split}] {date}: want {want:?}, got {pred:?}"));
                }
            }
            None => {
                sc.without += 1;
                if pred.is_some() {
                    sc.spurious += 1;
                    misses.push(format!("[{split}] {date}: want none, got {pred:?}"));
                }
            }
        }
    }
    for (name, sc) in &scores {
        sc.report(name);
    }
    for m in &misses {
        eprintln!("  miss: {m}");
    }
    let all = scores.values().fold(Score::default(), |a, s| Score {
        with: a.with + s.with,
        found: a.found + s.found,
        exact: a.exact + s.exact,
        loose: a.loose + s.loose,
        kind_ok: a.kind_ok + s.kind_ok,
        without: a.without + s.without,
        spurious: a.spurious + s.spurious,
    });
    all.report("all");
    assert!(all.with >= 80, "the gold set has at least 80 referents");
    // floors a little under the figures measured when the set was made (docs/referents.md)
    let dev = &scores["development"];
    // "test" was annotated after the rules were written and scored once: do not tune on it
    let val = &scores["test"];
    assert!(Score::pct(dev.found, dev.with) >= 97.0);
    assert!(Score::pct(dev.loose, dev.with) >= FLOOR_DEV);
    assert!(Score::pct(val.loose, val.with) >= FLOOR_TEST);
    assert!(Score::pct(all.spurious, all.without) <= CEILING_SPURIOUS);
}

// measured 2026-11-28: development 92.9%, test 90.5%, spurious 9 of 35 (25.7%)
const FLOOR_DEV: f64 = 90.0;
const FLOOR_TEST: f64 = 85.0;
const CEILING_SPURIOUS: f64 = 30.0;
