//! Analysis: claims, dated references and concept mentions. Pure functions of text (and
//! the lexicon), no database. Offsets are shifted from sentences to the article.

pub mod claims;
pub mod concepts;
pub mod dates;
pub mod timex;

use crate::model::{Analysis, Article};
use concepts::Lexicon;

/// Analyses every sentence of `a`: a claim for each; dated references and mentions for
/// each sentence that is not a repeat (lead copies would count twice).
pub fn analyse(a: &Article, lexicon: &Lexicon) -> Analysis {
    let mut out = Analysis::default();
    let published = a.meta.published.as_deref();
    for (i, s) in a.sentences.iter().enumerate() {
        out.claims.push(claims::classify(&s.text));
        if s.duplicate_of.is_some() {
            continue;
        }
        for mut r in dates::extract(&s.text, published) {
            r.start += s.start;
            r.end += s.start;
            out.dated_refs.push((i, r));
        }
        for mut m in lexicon.find(&s.text) {
            m.start += s.start;
            m.end += s.start;
            out.mentions.push((i, m));
        }
    }
    out
}
