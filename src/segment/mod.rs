//! Segmentation: clean blocks to the article text with sections, paragraphs and sentences
//! (code-point offsets), and the lead's repeated sentences linked to their originals.

pub mod dedup;
pub mod sentences;

use crate::clean::{Block, CleanDoc};
use crate::model::{Article, Meta, Paragraph, RelatedLink, Section, SectionKind, Sentence};
use crate::text::{hash_parts, norm_hash, norm_token_hashes, word_count};
use dedup::Words;

/// Appends to the article text, counting code points.
struct TextBuf {
    text: String,
    chars: usize,
}

impl TextBuf {
    fn push_block(&mut self, s: &str) -> (usize, usize) {
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
            self.chars += 2;
        }
        let start = self.chars;
        self.text.push_str(s);
        self.chars += s.chars().count();
        (start, self.chars)
    }
}

struct ParaPlan<'a> {
    text: &'a str,
    sents: Vec<(usize, usize)>, // byte ranges in text
    words: Vec<Words>,
}

/// Builds an article (no analysis yet) from a cleaned document and its metadata.
pub fn build(clean: &CleanDoc, mut meta: Meta) -> Article {
    if meta.title.is_none() {
        meta.title = clean.title.clone();
    }
    if meta.author.is_none() {
        meta.author = clean.author.clone();
    }
    if meta.affiliation.is_none() {
        meta.affiliation = clean.affiliation.clone();
    }

    // Plan paragraphs before the first heading to find the lead.
    let plans: Vec<ParaPlan> = clean
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Para(t) => Some(t.as_str()),
            _ => None,
        })
        .map(|t| {
            let sents = sentences::split(t);
            let words = sents
                .iter()
                .map(|&(a, b)| dedup::words(norm_token_hashes(&t[a..b])))
                .collect();
            ParaPlan {
                text: t,
                sents,
                words,
            }
        })
        .collect();
    let before_heading = clean
        .blocks
        .iter()
        .take_while(|b| matches!(b, Block::Para(_)))
        .count();
    let para_words: Vec<Vec<Words>> = plans.iter().map(|p| p.words.clone()).collect();
    let lead = dedup::lead_len(&para_words, before_heading);

    let mut a = Article {
        meta,
        ..Default::default()
    };
    let mut buf = TextBuf {
        text: String::new(),
        chars: 0,
    };
    let mut para_i = 0usize;
    let mut body_words = 0usize;
    for block in &clean.blocks {
        match block {
            Block::Heading(h) => {
                let (start, end) = buf.push_block(h);
                body_words += word_count(h);
                a.sections.push(Section {
                    heading: Some(h.clone()),
                    kind: SectionKind::Body,
                    start,
                    end,
                });
            }
            Block::Para(_) => {
                let plan = &plans[para_i];
                let kind = if para_i < lead {
                    SectionKind::Lead
                } else {
                    SectionKind::Body
                };
                para_i += 1;
                let need_new = match a.sections.last() {
                    None => true,
                    Some(s) => s.kind != kind,
                };
                if need_new {
                    a.sections.push(Section {
                        heading: None,
                        kind: kind.clone(),
                        start: buf.chars + if buf.text.is_empty() { 0 } else { 2 },
                        end: 0,
                    });
                }
                let (pstart, pend) = buf.push_block(plan.text);
                if kind == SectionKind::Body {
                    body_words += word_count(plan.text);
                }
                let section = a.sections.len() - 1;
                let paragraph = a.paragraphs.len();
                a.paragraphs.push(Paragraph {
                    section,
                    start: pstart,
                    end: pend,
                    text: plan.text.to_string(),
                    duplicate_of: None,
                    norm_hash: norm_hash(plan.text),
                });
                let mut ci = crate::text::CharIndex::new(plan.text);
                for &(s, e) in &plan.sents {
                    let (cs, ce) = (ci.at(s), ci.at(e));
                    a.sentences.push(Sentence {
                        section,
                        paragraph,
                        start: pstart + cs,
                        end: pstart + ce,
                        text: plan.text[s..e].to_string(),
                        duplicate_of: None,
                    });
                }
            }
            Block::Related { title, teaser } => {
                if a.sections
                    .last()
                    .is_none_or(|s| s.kind != SectionKind::Related)
                {
                    a.sections.push(Section {
                        heading: None,
                        kind: SectionKind::Related,
                        start: buf.chars + if buf.text.is_empty() { 0 } else { 2 },
                        end: 0,
                    });
                }
                let entry = match teaser {
                    Some(t) => format!("{title}\n{t}"),
                    None => title.clone(),
                };
                let (start, end) = buf.push_block(&entry);
                a.related.push(RelatedLink {
                    title: title.clone(),
                    teaser: teaser.clone(),
                    start,
                    end,
                });
            }
        }
        if let Some(s) = a.sections.last_mut() {
            s.end = buf.chars;
        }
    }
    a.text = buf.text;
    a.word_count = body_words;
    link_lead(&mut a, &plans, lead);
    a.content_hash = hash_parts(&[a.meta.title.as_deref().unwrap_or(""), &a.text]);
    a
}

/// Points each lead sentence (and each lead paragraph repeated whole) at its original in
/// the body.
fn link_lead(a: &mut Article, plans: &[ParaPlan], lead: usize) {
    if lead == 0 {
        return;
    }
    let lead_sents: usize = plans[..lead].iter().map(|p| p.sents.len()).sum();
    let body_words: Vec<&Words> = plans[lead..].iter().flat_map(|p| p.words.iter()).collect();
    let lead_words: Vec<&Words> = plans[..lead].iter().flat_map(|p| p.words.iter()).collect();
    for (i, w) in lead_words.iter().enumerate() {
        if let Some(j) = dedup::find_original(w, &body_words) {
            a.sentences[i].duplicate_of = Some(lead_sents + j);
        }
    }
    // a lead paragraph is a copy of a body paragraph when its sentences map one to one
    // onto all of that paragraph's sentences
    for p in 0..lead {
        let mine: Vec<&Sentence> = a.sentences.iter().filter(|s| s.paragraph == p).collect();
        let targets: Vec<Option<usize>> = mine
            .iter()
            .map(|s| s.duplicate_of.map(|d| a.sentences[d].paragraph))
            .collect();
        let Some(Some(q)) = targets.first().copied() else {
            continue;
        };
        let q_len = a.sentences.iter().filter(|s| s.paragraph == q).count();
        if targets.iter().all(|t| *t == Some(q)) && q_len == mine.len() {
            a.paragraphs[p].duplicate_of = Some(q);
        }
    }
}
