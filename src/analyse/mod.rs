//! Analysis: claims, dated references and concept mentions. Pure functions of text (and
//! the lexicon), no database. Offsets are shifted from sentences to the article.

pub mod claims;
pub mod concepts;
pub mod dates;
pub mod holidays;
pub mod referent;
pub mod subjectivity;
pub mod timex;
pub mod tokens;

use crate::model::{Analysis, Article};
use concepts::Lexicon;

/// Analyses every sentence of `a`: a claim for each; dated references and mentions for
/// each sentence that is not a repeat (lead copies would count twice).
pub fn analyse(a: &Article, lexicon: &Lexicon) -> Analysis {
    let mut out = Analysis::default();
    let published = a.meta.published.as_deref();
    out.claims = claims::classify_all(a.sentences.iter().map(|s| (s.section, s.text.as_str())));
    // Dates over the whole text, so that "the following year" can resolve against a date
    // in an earlier sentence; each reference goes to the sentence it lies in.
    let starts: Vec<usize> = a.sentences.iter().map(|s| s.start).collect();
    for r in dates::extract(&a.text, published) {
        let i = starts.partition_point(|&st| st <= r.start);
        let Some(i) = i.checked_sub(1) else { continue };
        let s = &a.sentences[i];
        if s.duplicate_of.is_none() && r.end <= s.end {
            out.dated_refs.push((i, r));
        }
    }
    for (i, s) in a.sentences.iter().enumerate() {
        if s.duplicate_of.is_some() {
            continue;
        }
        for mut m in lexicon.find(&s.text) {
            m.start += s.start;
            m.end += s.start;
            out.mentions.push((i, m));
        }
    }
    out
}
