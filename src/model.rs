//! The article as the pipeline builds it: rows for every table, with offsets in code
//! points into `text`. Indices (`section`, `paragraph`, `sentence`) point into this
//! article's own vectors; the store turns them into row ids.

use serde_json::{Map, Value};

#[derive(Clone, Debug, Default)]
pub struct Meta {
    pub title: Option<String>,
    pub author: Option<String>,
    pub affiliation: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub language: Option<String>,
    pub source_path: Option<String>,
    pub extra: Map<String, Value>,
}

impl Meta {
    /// Sets one named field from an input's metadata (flags, manifest, front matter,
    /// JSON Lines); a name with no column goes to `extra`. With `overwrite == false` a value
    /// already set is kept.
    pub fn set(&mut self, key: &str, value: String, overwrite: bool) {
        let slot = match key {
            "title" => &mut self.title,
            "author" => &mut self.author,
            "published" => &mut self.published,
            "url" => &mut self.url,
            "source" => &mut self.source,
            "language" => &mut self.language,
            _ => {
                if overwrite || !self.extra.contains_key(key) {
                    self.extra.insert(key.to_string(), Value::String(value));
                }
                return;
            }
        };
        if overwrite || slot.is_none() {
            *slot = Some(value);
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SectionKind {
    Lead,
    Body,
    Related,
}

impl SectionKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            SectionKind::Lead => "lead",
            SectionKind::Body => "body",
            SectionKind::Related => "related",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Section {
    pub heading: Option<String>,
    pub kind: SectionKind,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug)]
pub struct Paragraph {
    pub section: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub duplicate_of: Option<usize>,
    pub norm_hash: String,
}

#[derive(Clone, Debug)]
pub struct Sentence {
    pub section: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub duplicate_of: Option<usize>,
}

#[derive(Clone, Debug)]
pub struct RelatedLink {
    pub title: String,
    pub teaser: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// A claim as the classifier sees one sentence.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ClaimInfo {
    pub kind: &'static str,
    pub author_claim: bool,
    pub source: Option<String>,
    pub hedged: bool,
    pub score: f64,
}

/// A dated reference; `start`/`end` are code points into the analysed text.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct DateRef {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub value: Option<String>,
    pub granularity: Option<String>,
    pub range_start: Option<String>,
    pub range_end: Option<String>,
    pub referent: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub referent_kind: Option<&'static str>,
}

/// A concept mention; `start`/`end` are code points into the analysed text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub concept: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, Default)]
pub struct Analysis {
    /// One per sentence, in sentence order.
    pub claims: Vec<ClaimInfo>,
    /// (sentence index, reference with article offsets)
    pub dated_refs: Vec<(usize, DateRef)>,
    /// (sentence index, mention with article offsets)
    pub mentions: Vec<(usize, Mention)>,
}

#[derive(Clone, Debug, Default)]
pub struct Article {
    pub meta: Meta,
    pub text: String,
    pub word_count: usize,
    pub content_hash: String,
    pub sections: Vec<Section>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub related: Vec<RelatedLink>,
    pub analysis: Analysis,
}
