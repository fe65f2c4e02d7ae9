//! Small text helpers shared by the pipeline: code-point offsets, normalisation, hashing.

use sha2::{Digest, Sha256};

/// Converts sorted-or-not byte offsets to code-point offsets for one string, in one pass
/// per call over the prefix; cheap for the handful of offsets a sentence yields.
pub struct CharIndex<'a> {
    s: &'a str,
    last_byte: usize,
    last_char: usize,
}

impl<'a> CharIndex<'a> {
    pub fn new(s: &'a str) -> Self {
        CharIndex {
            s,
            last_byte: 0,
            last_char: 0,
        }
    }
    /// Code-point offset of `byte`; fastest when called with increasing offsets.
    pub fn at(&mut self, byte: usize) -> usize {
        if byte < self.last_byte {
            self.last_byte = 0;
            self.last_char = 0;
        }
        self.last_char += self.s[self.last_byte..byte].chars().count();
        self.last_byte = byte;
        self.last_char
    }
}

/// Lower-case word tokens with inner hyphens and dots removed ("G-7" and "G7" give "g7").
pub fn norm_tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if (c == '-' || c == '.' || c == '\'' || c == '’') && !cur.is_empty() {
            // keep joining: "G-7" -> "g7", "U.S." -> "us", "world's" -> "worlds"
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The words of `s` as in [`norm_tokens`], each as a 64-bit hash (no allocation per
/// word): for comparing sentences as sets of words.
pub fn norm_token_hashes(s: &str) -> impl Iterator<Item = u64> + '_ {
    const SEED: u64 = 0xcbf2_9ce4_8422_2325;
    let mut it = s.chars().peekable();
    std::iter::from_fn(move || {
        let mut h = SEED;
        let mut any = false;
        while let Some(&c) = it.peek() {
            if c.is_alphanumeric() {
                for l in c.to_lowercase() {
                    h = (h ^ l as u64).wrapping_mul(0x0100_0000_01b3);
                }
                any = true;
            } else if any && !matches!(c, '-' | '.' | '\'' | '’') {
                return Some(h);
            }
            it.next();
        }
        any.then_some(h)
    })
}

/// Hex SHA-256 of `parts` joined by a unit separator.
pub fn hash_parts(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0x1f]);
    }
    let digest = h.finalize();
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A short hash of a paragraph's normalised words: equal for copies that differ only in
/// case, punctuation or spacing (16 hex digits).
pub fn norm_hash(s: &str) -> String {
    let mut h: u64 = 0x9e37_79b9_7f4a_7c15;
    for t in norm_token_hashes(s) {
        h = (h.rotate_left(5) ^ t).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Number of words (runs of alphanumeric characters) in `s`.
pub fn word_count(s: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in s.chars() {
        let w = c.is_alphanumeric();
        if w && !in_word {
            n += 1;
        }
        in_word = w;
    }
    n
}

/// Collapses runs of white space to one space and trims.
pub fn squeeze_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// The byte span around `s..e` up to the nearest of `stops` on either side, looking at
/// most `max` bytes each way (so long texts without a stop cost no more than short ones).
pub fn clause_around(text: &str, s: usize, e: usize, stops: &[char], max: usize) -> (usize, usize) {
    let lo = floor_char(text, s.saturating_sub(max));
    let hi = floor_char(text, (e + max).min(text.len()));
    let from = text[lo..s].rfind(stops).map_or(lo, |i| {
        let c = text[lo + i..].chars().next().map_or(1, char::len_utf8);
        lo + i + c
    });
    let to = text[e..hi].find(stops).map_or(hi, |i| e + i);
    (from, to)
}

/// Like [`clause_around`] with `.` among the stops, but a full stop after an
/// abbreviation, an initial or inside a number ("Mr.", "Feb. 1", "J. Smith", "U.S.",
/// "3.5") does not end the clause.
pub fn sentence_around(
    text: &str,
    s: usize,
    e: usize,
    stops: &[char],
    max: usize,
) -> (usize, usize) {
    let lo = floor_char(text, s.saturating_sub(max));
    let hi = floor_char(text, (e + max).min(text.len()));
    let stop_at = |i: usize, c: char| c != '.' || !is_false_stop(text, i);
    let from = text[lo..s]
        .char_indices()
        .rev()
        .find(|&(i, c)| (c == '.' || stops.contains(&c)) && stop_at(lo + i, c))
        .map_or(lo, |(i, c)| lo + i + c.len_utf8());
    let to = text[e..hi]
        .char_indices()
        .find(|&(i, c)| (c == '.' || stops.contains(&c)) && stop_at(e + i, c))
        .map_or(hi, |(i, _)| e + i);
    (from, to)
}

/// True when the full stop at byte `i` belongs to an abbreviation, an initial or a
/// number rather than ending a sentence.
fn is_false_stop(text: &str, i: usize) -> bool {
    if text[i + 1..].starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let before = &text[..i];
    let b = before
        .rfind(|c: char| c.is_whitespace() || "(\"'“‘[".contains(c))
        .map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
    let token = &before[b..];
    if token.is_empty() {
        return false;
    }
    let mut cs = token.chars();
    if let (Some(f), None) = (cs.next(), cs.next()) {
        return f.is_uppercase();
    }
    let lower = token.to_lowercase();
    let a = crate::data::abbreviations();
    a.title.contains(&lower)
        || a.numeric.contains(&lower)
        || a.other.contains(&lower)
        || (lower.contains('.') && lower.len() <= 6)
}

/// The largest character boundary of `text` at or before `i`.
pub fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn tokens_fold_hyphens_and_case() {
        assert_eq!(
            norm_tokens("The G-7, and G7!"),
            vec!["the", "g7", "and", "g7"]
        );
        assert_eq!(norm_tokens("U.S. world's"), vec!["us", "worlds"]);
    }
    #[test]
    fn token_hashes_agree_with_tokens() {
        let a: Vec<u64> = norm_token_hashes("The G-7, and G7!").collect();
        assert_eq!(a.len(), 4);
        assert_eq!(a[1], a[3]);
        assert_ne!(a[0], a[2]);
    }
    #[test]
    fn char_index_counts_code_points() {
        let s = "Größe “x” y";
        let mut ix = CharIndex::new(s);
        let b = s.find('y').unwrap();
        assert_eq!(ix.at(b), 10);
        assert_eq!(s[..b].chars().count(), 10);
    }
    #[test]
    fn squeeze() {
        assert_eq!(squeeze_ws("  a \n b\t c "), "a b c");
        assert_eq!(word_count("It's 20 years-ago"), 5);
    }
}
