//! Sentence boundaries in a paragraph, aware of abbreviations, initials, decimals and
//! quotation marks.

use crate::data::abbreviations;

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '«', '(', '['];

/// Byte ranges `(start, end)` of the sentences of `p`, trimmed of surrounding white space.
pub fn split(p: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // take the whole run of terminal punctuation and closing quotes
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
                j += 1;
            }
            while j < chars.len() && CLOSERS.contains(&chars[j].1) {
                j += 1;
            }
            // must be followed by white space, then a sentence start
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            if k > j
                && k < chars.len()
                && starts_sentence(&chars, k)
                && !is_false_stop(p, &chars, i, k)
            {
                let end = if j < chars.len() { chars[j].0 } else { p.len() };
                push_trimmed(p, start, end, &mut out);
                start = chars[k].0;
                i = k;
                continue;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    push_trimmed(p, start, p.len(), &mut out);
    out
}

fn push_trimmed(p: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &p[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if start + lead < end - trail {
        out.push((start + lead, end - trail));
    }
}

fn starts_sentence(chars: &[(usize, char)], k: usize) -> bool {
    let c = chars[k].1;
    if c.is_uppercase() || c.is_ascii_digit() {
        return true;
    }
    if OPENERS.contains(&c) || c == '—' || c == '–' {
        return chars
            .get(k + 1)
            .map(|&(_, n)| n.is_uppercase() || n.is_ascii_digit() || OPENERS.contains(&n))
            .unwrap_or(false);
    }
    false
}

/// True when the full stop at `i` belongs to an abbreviation or an initial rather than
/// ending the sentence; `next` is the index of the following word.
fn is_false_stop(p: &str, chars: &[(usize, char)], i: usize, next: usize) -> bool {
    if chars[i].1 != '.' {
        return false;
    }
    // the token before the stop: back to white space or an opening bracket/quote
    let mut b = i;
    while b > 0 && !chars[b - 1].1.is_whitespace() && !OPENERS.contains(&chars[b - 1].1) {
        b -= 1;
    }
    let token = &p[chars[b].0..chars[i].0];
    if token.is_empty() {
        return false;
    }
    let lower = token.to_lowercase();
    let abbr = abbreviations();
    if abbr.title.contains(&lower) {
        return true;
    }
    // single capital initial ("J. Smith"), unless it is a Roman numeral closing a name
    // such as "World War I."
    let mut tc = token.chars();
    if let (Some(first), None) = (tc.next(), tc.next()) {
        if first.is_uppercase() {
            return !(first == 'I' && prev_word(p, chars, b) == Some("War"));
        }
    }
    if abbr.numeric.contains(&lower) {
        return chars[next].1.is_ascii_digit();
    }
    let next_word: String = chars[next..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphanumeric())
        .collect();
    if abbr.other.contains(&lower) || (lower.contains('.') && lower.len() <= 6) {
        // "U.S. President", "e.g. China": keep together unless the next word is a
        // typical sentence opener.
        return !is_opener(&next_word);
    }
    false
}

fn prev_word<'a>(p: &'a str, chars: &[(usize, char)], b: usize) -> Option<&'a str> {
    if b < 2 {
        return None;
    }
    let end = chars[b - 1].0;
    let s = p[..end].trim_end();
    s.rsplit(char::is_whitespace).next()
}

fn is_opener(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "It"
            | "He"
            | "She"
            | "They"
            | "We"
            | "I"
            | "In"
            | "But"
            | "However"
            | "And"
            | "A"
            | "An"
            | "There"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "As"
            | "At"
            | "On"
            | "For"
            | "If"
            | "When"
            | "Yet"
            | "So"
            | "Thus"
    )
}

#[cfg(test)]
mod tests {
    use super::split;
    fn sents(p: &str) -> Vec<&str> {
        split(p).into_iter().map(|(a, b)| &p[a..b]).collect()
    }
    #[test]
    fn abbreviations_initials_decimals_quotes() {
        assert_eq!(
            sents("Mr. Smith met Dr. J. R. Jones at 3.5 p.m. on Monday. It rained."),
            vec![
                "Mr. Smith met Dr. J. R. Jones at 3.5 p.m. on Monday.",
                "It rained."
            ]
        );
        assert_eq!(
            sents("He said: “It is over.” Then he left. “Is it?” she asked."),
            vec![
                "He said: “It is over.”",
                "Then he left.",
                "“Is it?” she asked."
            ]
        );
        assert_eq!(
            sents("The U.S. President spoke. The U.S. The end."),
            vec!["The U.S. President spoke.", "The U.S.", "The end."]
        );
        assert_eq!(
            sents("Customs, etc., of the world differ, i.e. they vary. Yes!"),
            vec![
                "Customs, etc., of the world differ, i.e. they vary.",
                "Yes!"
            ]
        );
        assert_eq!(
            sents("Order No. 354 took effect. Reply: No. Can I ask? See p. 12."),
            vec![
                "Order No. 354 took effect.",
                "Reply: No.",
                "Can I ask?",
                "See p. 12."
            ]
        );
        assert_eq!(
            sents("It differs from post-World War I. Then came peace."),
            vec!["It differs from post-World War I.", "Then came peace."]
        );
    }
}
