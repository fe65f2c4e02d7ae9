//! The document or event a date belongs to: "the Minsk agreements of February 12, 2015",
//! "The agreement was signed in Moscow on September 22, 2003", "In 2013, we launched the
//! State Programme for …". A pure function of the text around the date.
//!
//! The rule: in the date's clause, the nearest noun that names a document or an event
//! (`data/document_words.txt`), looking back from the date first and then forward, is the
//! head; the referent is the noun phrase around it: capitalised words and modifiers before
//! it ("maritime delimitation agreement", "Forbes CEO Forum"), and the prepositional
//! phrases after it up to the date or a verb ("visit to the Russian Federation"). A head
//! inside a capitalised title ("Joint Declaration on … New International Order") gives the
//! whole title.

use crate::data;
use std::collections::HashSet;
use std::sync::OnceLock;

/// The word lists of `data/referent_words.txt`.
struct Words {
    preps: HashSet<String>,
    stop_left: HashSet<String>,
    verbs: HashSet<String>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let s = data::sections(data::REFERENT_WORDS);
        let set = |k: &str| -> HashSet<String> {
            s.get(k)
                .into_iter()
                .flatten()
                .flat_map(|l| l.split_whitespace().map(str::to_string))
                .collect()
        };
        Words {
            preps: set("prepositions"),
            stop_left: set("stop_left"),
            verbs: set("verbs"),
        }
    })
}

fn is_prep(w: &str) -> bool {
    words().preps.contains(w)
}

/// A lower-case word that cannot start a title: a preposition or a clause opener
/// ("Since the Ottawa Declaration" is "the Ottawa Declaration").
pub fn not_title_start(w: &str) -> bool {
    is_prep(w)
        || words().stop_left.contains(w)
        || matches!(w, "since" | "when" | "while" | "as" | "although" | "if")
}

/// A word or punctuation mark of the clause, with its byte span.
struct Tok<'a> {
    s: usize,
    e: usize,
    w: &'a str,
    lower: String,
}

fn tokens(text: &str, from: usize, to: usize) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let word = |c: char| c.is_alphanumeric() || matches!(c, '-' | '’' | '\'' | '.' | '/');
    let slice = &text[from..to];
    for (i, c) in slice.char_indices() {
        match (word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                push(&mut out, text, from + st, from + i);
                start = None;
            }
            _ => {}
        }
        if !word(c) && !c.is_whitespace() {
            let e = from + i + c.len_utf8();
            out.push(Tok {
                s: from + i,
                e,
                w: &text[from + i..e],
                lower: text[from + i..e].to_string(),
            });
        }
    }
    if let Some(st) = start {
        push(&mut out, text, from + st, to);
    }
    out
}

fn push<'a>(out: &mut Vec<Tok<'a>>, text: &'a str, s: usize, e: usize) {
    // a trailing full stop ends the sentence, not the word (abbreviations are rare here)
    let w = text[s..e].trim_end_matches('.');
    if w.is_empty() {
        return;
    }
    let e = s + w.len();
    out.push(Tok {
        s,
        e,
        w,
        lower: w.to_lowercase(),
    });
}

fn is_verbish(t: &Tok) -> bool {
    let l = t.lower.as_str();
    words().verbs.contains(l) || (l.len() > 4 && (l.ends_with("ed") || l.ends_with("ing")))
}

fn is_word(t: &Tok) -> bool {
    t.w.chars().next().is_some_and(char::is_alphanumeric)
}

fn capitalised(t: &Tok) -> bool {
    t.w.chars().next().is_some_and(char::is_uppercase)
}

/// The referent of the date at byte span `s..e` of `text`, and its kind.
/// `titles` are capitalised document titles (byte spans and kind), sorted: a head inside
/// one gives the whole title.
pub fn find(
    text: &str,
    s: usize,
    e: usize,
    titles: &[(usize, usize, &'static str)],
) -> Option<(String, &'static str)> {
    let dw = data::document_words();
    // the date's sentence, at most 300 bytes either side
    let (from, to) = crate::text::clause_around(text, s, e, &['.', '!', '?', '\n'], 300);
    let left = tokens(text, from, s);
    let right = tokens(text, e, to);
    // a head noun: singular or plural ("agreements"); "order" only capitalised ("Executive
    // Order"); "meeting" and "visit" not as verbs ("to visit", "we are meeting")
    let head_kind = |toks: &[Tok], i: usize| -> Option<&'static str> {
        let t = &toks[i];
        let l = t.lower.as_str();
        let k = dw
            .get(l)
            .or_else(|| l.strip_suffix('s').and_then(|x| dw.get(x)))
            .copied()
            .or_else(|| {
                (capitalised(t) && matches!(l, "order" | "orders")).then_some("document")
            })?;
        let prev = i.checked_sub(1).map(|p| toks[p].lower.as_str());
        if matches!(
            prev,
            Some("to" | "will" | "would" | "can" | "could" | "must" | "should" | "not")
        ) {
            return None;
        }
        if l.ends_with("ing") && !capitalised(t) {
            // "we are meeting", "currently meeting", "groups kept meeting": a verb
            let after_verb = i
                .checked_sub(1)
                .is_some_and(|p| is_verbish(&toks[p]) && !capitalised(&toks[p]));
            let verb = after_verb
                || prev.is_none_or(|p| {
                    matches!(
                        p,
                        "am" | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "be"
                            | "been"
                            | "we"
                            | "they"
                            | "i"
                            | "you"
                            | "he"
                            | "she"
                            | "it"
                            | "also"
                            | "still"
                            | "now"
                            | "and"
                    ) || (p.ends_with("ly") && p.len() > 4)
                });
            if verb {
                return None;
            }
        }
        Some(k)
    };
    let in_title = |t: &Tok| {
        let i = titles.partition_point(|x| x.0 <= t.s);
        i.checked_sub(1)
            .map(|i| titles[i])
            .filter(|x| x.1 >= t.e)
            .map(|(a, z, k)| {
                let t = text[a..z].trim_start_matches(|c: char| c.is_lowercase());
                (t.strip_prefix("The ").unwrap_or(t).to_string(), k)
            })
    };
    let answer = |toks: &[Tok], i: usize, k: &'static str| {
        in_title(&toks[i]).or_else(|| Some((phrase(text, toks, i, toks.len()), k)))
    };

    // 1. the date modifies the noun after it: "the 1956 declaration", "the 2018 FIFA World
    // Cup", "the 2011–2020 state arms procurement programme"; a noun that names no document
    // or event ("the 2015 statistics", "our 2020 plans") means there is none
    let det_before = left.last().is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "the" | "a" | "an" | "this" | "that" | "its" | "their" | "our" | "his" | "her" | "your"
        ) || t.w.ends_with("’s")
            || t.w.ends_with("'s")
    });
    let mut j = 0;
    if right.len() > 1 && matches!(right[0].w, "–" | "-" | "—") {
        j = 2; // "2011–2020"
    }
    if det_before {
        let mut k = j;
        while k < right.len() && k < j + 5 {
            let t = &right[k];
            if !is_word(t) || is_prep(t.lower.as_str()) || is_verbish(t) {
                break;
            }
            if let Some(kind) = head_kind(&right, k) {
                return answer(&right, k, kind);
            }
            k += 1;
        }
        if k > j {
            return None;
        }
    }

    // 2. a clause the date opens: "In 2013, we launched the State Programme …", "… that on
    // February 24, 2018 the UN Security Council Resolution 2401 was adopted"
    let first = right.iter().find(|t| t.w != ",");
    let subject_follows = first.is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "we" | "they"
                | "it"
                | "he"
                | "she"
                | "i"
                | "you"
                | "the"
                | "this"
                | "our"
                | "their"
                | "there"
        )
    });
    let date_prep = left
        .last()
        .is_some_and(|t| is_prep(t.lower.as_str()) || t.lower == "since");
    let opener = left.len() <= 2
        || (date_prep
            && subject_follows
            && left.len() >= 2
            && matches!(
                left[left.len() - 2].lower.as_str(),
                "," | "that" | "when" | "and" | "but" | "which"
            ));
    let forward = || {
        for j in 0..right.len().min(10) {
            if matches!(right[j].w, ";" | ":") {
                break;
            }
            if let Some(k) = head_kind(&right, j) {
                return answer(&right, j, k);
            }
        }
        None
    };
    if opener {
        return forward();
    }
    // "on October 30, 2003 at a meeting of the Foreign Ministers"
    if matches!(
        right.first().map(|t| t.lower.as_str()),
        Some("at" | "during")
    ) {
        for j in 1..right.len().min(4) {
            if let Some(k) = head_kind(&right, j) {
                return answer(&right, j, k);
            }
        }
    }

    // 3. back from the date, within its clause: "The agreement was signed in Moscow on …",
    // "the treaty, which was signed in 1999", "The Declaration …, adopted in 2011"
    let mut verb_crossed = false;
    let mut found = None;
    // where the clause ends, if the search stops there
    let mut clause_from = 0;
    for i in (0..left.len()).rev() {
        let t = &left[i];
        if matches!(t.w, ";" | ":") {
            clause_from = i + 1;
            break;
        }
        if t.w == ","
            && left
                .get(i + 1)
                .is_some_and(|n| n.w.len() == 4 && n.w.bytes().all(|b| b.is_ascii_digit()))
        {
            continue; // "November 23, 2005"
        }
        if t.w == "," {
            let next = left.get(i + 1);
            let nl = next.map(|n| n.lower.as_str());
            // ", adopted in", ", which was signed", ", due to take place", ", and approved by"
            let continues = next.is_some_and(|n| {
                (is_verbish(n) && !capitalised(n))
                    || matches!(
                        n.lower.as_str(),
                        "which" | "due" | "scheduled" | "in" | "on" | "at"
                    )
                    || (n.lower == "and"
                        && left
                            .get(i + 2)
                            .is_some_and(|m| is_verbish(m) && !capitalised(m)))
            });
            if matches!(
                nl,
                Some("and" | "but" | "while" | "although" | "however" | "when")
            ) && !continues
            {
                clause_from = i + 1;
                break;
            }
            if verb_crossed && !continues {
                clause_from = i + 1;
                break; // "At a meeting …, Putin summed up the results of 2003"
            }
            continue;
        }
        if !is_word(t) {
            continue; // dashes, brackets, quotes
        }
        // the date belongs to another clause's verb: "since assuming office", "who took office"
        if matches!(
            t.lower.as_str(),
            "since" | "who" | "whom" | "until" | "unless" | "because" | "after" | "before"
        ) && i + 1 < left.len()
        {
            break;
        }
        if left.len() - i > 20 {
            break;
        }
        if is_verbish(t) && !capitalised(t) {
            verb_crossed = true;
        }
        // past a verb, the head is its subject; the start of another noun phrase ("During the
        // summit the participants will sum up …") ends the search
        if verb_crossed
            && matches!(t.lower.as_str(), "the" | "a" | "an")
            && i > 0
            && !is_prep(left[i - 1].lower.as_str())
            && !matches!(left[i - 1].lower.as_str(), "," | "(" | "and" | "or")
        {
            break;
        }
        if let Some(k) = head_kind(&left, i) {
            found = Some((i, k));
            break;
        }
    }
    if let Some((i, k)) = found {
        return answer(&left, i, k);
    }
    // the date opens its clause after all: "…, and in April 1997, China and Russia issued
    // the Joint Declaration …"
    let words_before = left[clause_from..].iter().filter(|t| is_word(t)).count();
    if words_before <= 2 {
        return forward();
    }
    None
}

/// The noun phrase around the head `toks[h]`, not reaching `toks[limit..]`.
fn phrase(text: &str, toks: &[Tok], h: usize, limit: usize) -> String {
    // a capitalised head may sit in a title: take the whole title
    let mut a = h;
    let mut mods = 0;
    while a > 0 {
        let t = &toks[a - 1];
        if !is_word(t) || t.w.ends_with("’s") || t.w.ends_with("'s") {
            break;
        }
        let cap = capitalised(t);
        if !cap
            && (words().stop_left.contains(t.lower.as_str())
                || is_verbish(t)
                || mods >= 3
                || capitalised(&toks[h]))
        {
            break;
        }
        if cap && words().stop_left.contains(t.lower.as_str()) {
            break; // "The", "Your" at the start of a sentence
        }
        if !cap {
            mods += 1;
        }
        a -= 1;
    }
    // complements: prepositional phrases, and "and" inside a title, up to a verb, a comma
    // or the date's own preposition
    let title = capitalised(&toks[h]);
    let mut z = h + 1;
    let mut last_good = z;
    while z < limit {
        let t = &toks[z];
        if !is_word(t) && !matches!(t.w, "“" | "”" | "\"" | "«" | "»" | "(" | ")") {
            break;
        }
        let gerund = t.lower.ends_with("ing") && is_prep(toks[z - 1].lower.as_str());
        if is_verbish(t) && !capitalised(t) && !gerund {
            break;
        }
        let l = t.lower.as_str();
        if is_prep(l) {
            // a preposition needs words after it, before the limit
            z += 1;
            continue;
        }
        // right after the head, only a preposition or a title's next word goes on
        if z == h + 1
            && !(capitalised(t)
                || t.w.chars().next().is_some_and(|c| c.is_ascii_digit())
                || matches!(t.w, "“" | "\"" | "«" | "("))
        {
            break;
        }
        if l == "and"
            && !(title
                && toks
                    .get(z + 1)
                    .is_some_and(|n| capitalised(n) || n.lower == "the"))
        {
            break;
        }
        z += 1;
        if !matches!(l, "the" | "a" | "an" | "and") {
            last_good = z;
        }
    }
    let s = toks[a].s;
    let e = toks[last_good - 1].e;
    let p = text[s..e].trim_matches(|c: char| c == ',' || c.is_whitespace());
    // a bracket closed outside the phrase: "(The Readmission Agreement)"
    let p = if p.ends_with(')') && !p.contains('(') {
        &p[..p.len() - 1]
    } else {
        p
    };
    p.to_string()
}

#[cfg(test)]
mod tests {
    fn r(text: &str, date: &str) -> Option<String> {
        let s = text.find(date).unwrap();
        super::find(text, s, s + date.len(), &[]).map(|x| x.0)
    }

    #[test]
    fn heads_and_phrases() {
        assert_eq!(
            r(
                "In the joint statement of April 1996, they agreed.",
                "April 1996"
            )
            .as_deref(),
            Some("joint statement")
        );
        assert_eq!(
            r(
                "The agreement was signed in Moscow on September 22, 2003.",
                "September 22, 2003"
            )
            .as_deref(),
            Some("agreement")
        );
        assert_eq!(
            r(
                "Your visit to the Russian Federation in 1994 left memories.",
                "1994"
            )
            .as_deref(),
            Some("visit to the Russian Federation")
        );
        assert_eq!(
            r(
                "In 2013, we launched the State Programme for developing the industry.",
                "2013"
            )
            .as_deref(),
            Some("State Programme for developing the industry")
        );
        assert_eq!(r("Sales rose in 2013.", "2013"), None);
    }
}
