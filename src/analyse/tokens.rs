//! Word tokens for the token index (frequency, n-grams, collocates, keyness): runs of
//! letters and digits, joined across an inner hyphen or apostrophe ("Sino-Russian",
//! "don't"), lower-cased, with a possessive "'s" left out of the term ("Russia's" →
//! "russia"). A token needs at least one letter: numbers are not words here.

/// A token of a text: byte offsets `s..e` (of the whole token as written) and its term.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub s: usize,
    pub e: usize,
    pub term: String,
}

fn joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‑')
}

/// The tokens of `text` in order.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        let mut letters = c.is_alphabetic();
        while let Some(&(j, d)) = it.peek() {
            if d.is_alphanumeric() {
                letters |= d.is_alphabetic();
                end = j + d.len_utf8();
                it.next();
            } else if joiner(d) {
                // join only when a letter or digit follows the hyphen or apostrophe
                let after = text[j + d.len_utf8()..].chars().next();
                if after.is_some_and(char::is_alphanumeric) {
                    it.next();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        if !letters {
            continue;
        }
        let word = &text[start..end];
        let mut term: String = word
            .chars()
            .map(|c| match c {
                '’' => '\'',
                '‑' => '-',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect();
        if term.len() > 2 && term.ends_with("'s") {
            term.truncate(term.len() - 2);
        }
        out.push(Token {
            s: start,
            e: end,
            term,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(s: &str) -> Vec<String> {
        tokens(s).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn words_hyphens_apostrophes_possessives() {
        assert_eq!(
            terms("Sino-Russian ties: Russia’s view, don't -- 2017 G7 'quoted'."),
            vec![
                "sino-russian",
                "ties",
                "russia",
                "view",
                "don't",
                "g7",
                "quoted"
            ]
        );
        let t = tokens("Größe x-");
        assert_eq!(t[0].term, "größe");
        assert_eq!(&"Größe x-"[t[1].s..t[1].e], "x");
    }
}
