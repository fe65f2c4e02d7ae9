//! Lists kept as data files under `data/`, built into the binary and parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub const CHROME: &str = include_str!("../data/chrome.txt");
pub const AFFILIATION_CUES: &str = include_str!("../data/affiliation_cues.txt");
pub const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");
pub const PERIODS: &str = include_str!("../data/periods.csv");
pub const DOCUMENT_WORDS: &str = include_str!("../data/document_words.txt");
pub const LEXICON: &str = include_str!("../data/lexicon.csv");
pub const TIME_WORDS: &str = include_str!("../data/time_words.txt");
pub const CLAIM_CUES: &str = include_str!("../data/claim_cues.txt");
pub const REFERENT_WORDS: &str = include_str!("../data/referent_words.txt");
pub const STOPWORDS: &str = include_str!("../data/stopwords.txt");
pub const HOLIDAYS: &str = include_str!("../data/holidays.txt");
pub const SENTIMENT_LEXICON: &str = include_str!("../data/sentiment_lexicon.tsv");
pub const SUBJECTIVITY_WORDS: &str = include_str!("../data/subjectivity_words.txt");

/// Non-empty, non-comment lines of a list file.
pub fn lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A list file split into `[section]`s; lines before any header go to section "".
pub fn sections(src: &str) -> HashMap<String, Vec<String>> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    let mut cur = String::new();
    for l in lines(src) {
        if l.starts_with('[') && l.ends_with(']') {
            cur = l[1..l.len() - 1].to_string();
            out.entry(cur.clone()).or_default();
        } else {
            out.entry(cur.clone()).or_default().push(l.to_string());
        }
    }
    out
}

/// Stopwords of frequency lists, n-grams and collocates (`data/stopwords.txt`).
pub fn stopwords() -> &'static HashSet<String> {
    static S: OnceLock<HashSet<String>> = OnceLock::new();
    S.get_or_init(|| {
        lines(STOPWORDS)
            .flat_map(str::split_whitespace)
            .map(str::to_lowercase)
            .collect()
    })
}

pub struct Abbreviations {
    pub title: HashSet<String>,
    pub numeric: HashSet<String>,
    pub other: HashSet<String>,
}

pub fn abbreviations() -> &'static Abbreviations {
    static A: OnceLock<Abbreviations> = OnceLock::new();
    A.get_or_init(|| {
        let s = sections(ABBREVIATIONS);
        let set = |k: &str| s.get(k).into_iter().flatten().cloned().collect();
        Abbreviations {
            title: set("title"),
            numeric: set("numeric"),
            other: set("other"),
        }
    })
}

/// Referent nouns: lower-case word -> "document" or "event".
pub fn document_words() -> &'static HashMap<String, &'static str> {
    static W: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    W.get_or_init(|| {
        let s = sections(DOCUMENT_WORDS);
        let mut m = HashMap::new();
        for (kind, key) in [("document", "document"), ("event", "event")] {
            for w in s.get(key).into_iter().flatten() {
                m.entry(w.clone()).or_insert(kind);
            }
        }
        m
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_parse() {
        assert!(super::abbreviations().title.contains("mr"));
        assert_eq!(super::document_words().get("treaty"), Some(&"document"));
        assert_eq!(super::document_words().get("summit"), Some(&"event"));
    }
}
