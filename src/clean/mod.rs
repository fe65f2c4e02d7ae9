//! Cleaning: from a raw article body to ordered blocks (headings, paragraphs, related
//! links), with the title, author, affiliation and a dateline taken from the header and site
//! chrome dropped. Rules are about the shape of lines (length, punctuation, position,
//! repetition), plus the pattern lists in `data/`, never about one site's strings.

mod lines;

use crate::data;
use crate::text::{norm_tokens, word_count};
use lines::{logical_lines, Line};
use regex::{Regex, RegexSet, RegexSetBuilder};
use std::collections::HashSet;
use std::sync::OnceLock;

#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading(String),
    Para(String),
    Related {
        title: String,
        teaser: Option<String>,
    },
}

#[derive(Clone, Debug, Default)]
pub struct CleanDoc {
    pub title: Option<String>,
    pub author: Option<String>,
    pub affiliation: Option<String>,
    /// A date line found in the header ("12 March 2023"), as written.
    pub dateline: Option<String>,
    pub blocks: Vec<Block>,
}

fn chrome_set() -> &'static RegexSet {
    static S: OnceLock<RegexSet> = OnceLock::new();
    S.get_or_init(|| {
        // ASCII word boundaries keep the fast DFA engine on non-ASCII text
        RegexSetBuilder::new(data::lines(data::CHROME).map(|p| p.replace(r"\b", r"(?-u:\b)")))
            .case_insensitive(true)
            .build()
            .expect("data/chrome.txt holds valid regular expressions")
    })
}

/// (roles, institutions) from `data/affiliation_cues.txt`.
fn affiliation_res() -> &'static (Regex, Regex) {
    static R: OnceLock<(Regex, Regex)> = OnceLock::new();
    R.get_or_init(|| {
        let s = data::sections(data::AFFILIATION_CUES);
        let re = |k: &str| {
            let words: Vec<String> = s[k].iter().map(|w| regex::escape(w)).collect();
            Regex::new(&format!(r"(?i)(?-u:\b)({})(?-u:\b)", words.join("|"))).unwrap()
        };
        (re("role"), re("institution"))
    })
}

/// True for a line of site chrome: login prompts, vote widgets, share buttons.
pub fn is_chrome(line: &str) -> bool {
    chrome_set().is_match(line.trim())
}

/// "* * *", "———": a break between parts, not the start of a footer.
fn is_separator(s: &str) -> bool {
    s.chars().all(|c| !c.is_alphanumeric())
}

/// "Vladimir Putin: Why?", "Question: Good afternoon, colleagues": a speaker's turn in a
/// transcript, unlike a title with a subtitle ("World Order: Economy, Ideology").
fn speaker_turn(s: &str) -> bool {
    let Some((who, rest)) = s.split_once(": ") else {
        return false;
    };
    let n = who.split_whitespace().count();
    let speech = rest.trim_end().ends_with(['.', '!', '?', ',', '…'])
        || rest
            .split_whitespace()
            .any(|w| w.len() > 3 && w.starts_with(|c: char| c.is_lowercase()));
    (1..=6).contains(&n) && who.starts_with(|c: char| c.is_uppercase()) && speech
}

/// A line of running prose rather than a title, label or widget.
fn is_prose(s: &str) -> bool {
    let w = word_count(s);
    let end = s.trim_end().chars().last().unwrap_or(' ');
    w >= 20 || (w >= 6 && matches!(end, '.' | '!' | '?' | '"' | '”' | '»' | ':' | ')'))
}

/// Could be a heading: short, capitalised, one phrase (no sentence inside, not an
/// exclamation, not a speaker's turn), a question only if it has a few words.
fn heading_like(s: &str) -> bool {
    let s = s.trim();
    let w = word_count(s);
    let first = s.chars().next().unwrap_or(' ');
    let last = s.chars().last().unwrap_or(' ');
    if last == '!'
        || (last == '?' && w < 3)
        || s.contains(". ")
        || s.contains("? ")
        || s.contains("! ")
        || speaker_turn(s)
    {
        return false;
    }
    (1..=14).contains(&w)
        && s.chars().count() <= 120
        && (first.is_uppercase() || first.is_ascii_digit() || "‘“'\"«".contains(first))
        && !matches!(last, '.' | ',' | ';' | ':' | '|')
}

/// "Senior Fellow, Institute of X": a role, or an institution in a comma-separated list;
/// never a sentence or a speaker's turn ("Name: …").
fn is_affiliation(s: &str) -> bool {
    let t = s.trim();
    if word_count(t) > 30
        || t.ends_with('.')
        || t.contains(':')
        || t.contains(". ")
        || t.starts_with(|c: char| c.is_lowercase())
    {
        return false;
    }
    // names of roles and institutions are capitalised; a sentence has lower-case words
    const SMALL: &[&str] = &[
        "of", "for", "the", "and", "in", "on", "at", "de", "la", "du", "und", "y",
    ];
    let lower = t
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()) && !SMALL.contains(w))
        .count();
    if lower > 2 {
        return false;
    }
    let (roles, institutions) = affiliation_res();
    roles.is_match(t) || (t.contains(',') && institutions.is_match(t))
}

/// "By Jane Doe", "Jane Doe", "J. R. Doe": a person's name alone on a line.
fn author_name(s: &str) -> Option<String> {
    let s = s.trim();
    let (s, by) = match s.strip_prefix("By ").or_else(|| s.strip_prefix("by ")) {
        Some(rest) => (rest.trim(), true),
        None => (s, false),
    };
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() < 2 || words.len() > 4 {
        return None;
    }
    let namey = words.iter().all(|w| {
        let mut cs = w.chars();
        let first = cs.next().unwrap_or(' ');
        first.is_uppercase()
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
    });
    let (roles, institutions) = affiliation_res();
    (namey && (by || !(roles.is_match(s) || institutions.is_match(s)))).then(|| s.to_string())
}

fn norm_key(s: &str) -> String {
    norm_tokens(s).join(" ")
}

/// Cleans one article body. `given_title` (from metadata) wins over the first line.
pub fn clean(body: &str, markdown: bool, given_title: Option<&str>) -> CleanDoc {
    let mut lines = logical_lines(body, markdown);
    let mut doc = CleanDoc::default();

    // Title: the given one (dropping a first line that repeats it), else the first line
    // when it is short enough to be one.
    if let Some(t) = given_title.map(str::trim).filter(|t| !t.is_empty()) {
        doc.title = Some(t.to_string());
        if lines
            .first()
            .is_some_and(|l| l.text.len() < t.len() * 2 + 8 && norm_key(&l.text) == norm_key(t))
        {
            lines.remove(0);
        }
    } else if let Some(first) = lines.first() {
        let md_title = first.md_level == Some(1);
        if md_title
            || (first.md_level.is_none()
                && word_count(&first.text) <= 25
                && !is_prose(&first.text)
                && !is_chrome(&first.text))
        {
            doc.title = Some(first.text.clone());
            lines.remove(0);
        }
    }

    // Header zone: the lines before the first prose line. Chrome, a dateline, a byline and
    // an affiliation are taken out of it; anything else there (a subtitle, a heading, a
    // short first paragraph) stays in the text.
    let first_prose = lines
        .iter()
        .position(|l| l.md_level.is_none() && is_prose(&l.text))
        .unwrap_or(lines.len());
    let mut taken = vec![false; lines.len()];
    for (i, l) in lines[..first_prose].iter().enumerate() {
        let t = l.text.as_str();
        let last = i + 1 == first_prose;
        if l.md_level.is_some() {
            break;
        }
        if is_chrome(t) {
            taken[i] = true;
        } else if doc.dateline.is_none() && is_dateline(t) {
            doc.dateline = Some(t.to_string());
            taken[i] = true;
        } else if let Some(name) = author_name(t).filter(|_| doc.author.is_none()) {
            let by = t.trim_start().to_lowercase().starts_with("by ");
            let next_is_affiliation = lines.get(i + 1).is_some_and(|n| is_affiliation(&n.text));
            if by || !last || next_is_affiliation {
                doc.author = Some(name);
                taken[i] = true;
            }
        } else if doc.affiliation.is_none() && is_affiliation(t) {
            doc.affiliation = Some(t.to_string());
            taken[i] = true;
        }
    }
    let lines: Vec<Line> = lines
        .into_iter()
        .zip(taken)
        .filter(|(_, t)| !t)
        .map(|(l, _)| l)
        .collect();

    // Footer zone: from a chrome line after the body has begun, when nothing after it
    // reads as ordinary prose; its other lines are related-article entries.
    // `tail_ok[i]`: every line from i on could belong to a footer (one backward pass).
    let mut tail_ok = vec![true; lines.len() + 1];
    for i in (0..lines.len()).rev() {
        let t = &lines[i].text;
        let fits = is_chrome(t) || !is_prose(t) || word_count(t) <= 15 || glued_split(t).is_some();
        tail_ok[i] = tail_ok[i + 1] && fits;
    }
    let first_prose = lines
        .iter()
        .position(|l| is_prose(&l.text))
        .unwrap_or(lines.len());
    let footer_start = (first_prose + 1..lines.len())
        .find(|&i| is_chrome(&lines[i].text) && !is_separator(&lines[i].text) && tail_ok[i + 1])
        .unwrap_or(lines.len());

    // Short lines inside the body: candidate headings or stray related titles.
    let body = &lines[..footer_start];
    let short: Vec<&str> = body
        .iter()
        .filter(|l| heading_like(&l.text) && !is_chrome(&l.text))
        .map(|l| l.text.as_str())
        .collect();

    let mut related = Vec::new();
    for l in &lines[footer_start..] {
        if is_chrome(&l.text) {
            continue;
        }
        related.push(split_related(&l.text, &short));
    }
    let related_titles: HashSet<String> = related.iter().map(|(t, _)| norm_key(t)).collect();
    // only short lines can be a related title; skip the work for articles without any
    let is_stray = |t: &str| {
        !related_titles.is_empty() && heading_like(t) && related_titles.contains(&norm_key(t))
    };

    for (i, l) in body.iter().enumerate() {
        let t = l.text.trim();
        if t.is_empty() || is_chrome(t) {
            continue;
        }
        if is_stray(t) {
            continue; // a related article's title dropped into the body
        }
        let next_is_text = body[i + 1..]
            .iter()
            .find(|n| !is_chrome(&n.text) && !is_stray(&n.text))
            .is_some_and(|n| n.md_level.is_none() && !heading_like(&n.text));
        let is_heading = match l.md_level {
            Some(_) => true,
            None => !markdown && heading_like(t) && !is_prose(t) && next_is_text,
        };
        if is_heading {
            doc.blocks.push(Block::Heading(t.to_string()));
        } else {
            doc.blocks.push(Block::Para(t.to_string()));
        }
    }
    for (title, teaser) in related {
        doc.blocks.push(Block::Related { title, teaser });
    }
    doc
}

/// A line that is only a date ("July 2, 2005", "2 July 2005", "2005-07-02").
fn is_dateline(s: &str) -> bool {
    let s = s.trim();
    if word_count(s) > 8 {
        return false;
    }
    let refs = crate::analyse::dates::extract(s, None);
    refs.iter().any(|r| {
        r.kind == "DATE"
            && r.granularity.as_deref() == Some("day")
            && (r.end - r.start) * 10 >= s.chars().count() * 6
    })
}

/// Splits a related-article entry into title and teaser: by a known title (a stray copy
/// seen in the body), else where a word runs into a capitalised one with no space
/// ("…Weak InstitutionsThe institutional…").
fn split_related(line: &str, known: &[&str]) -> (String, Option<String>) {
    let t = line.trim();
    for k in known {
        if let Some(rest) = t.strip_prefix(k) {
            let rest = rest.trim();
            return (k.to_string(), (!rest.is_empty()).then(|| rest.to_string()));
        }
    }
    match glued_split(t) {
        Some(i) => (t[..i].trim().to_string(), Some(t[i..].trim().to_string())),
        None => (t.to_string(), None),
    }
}

/// Byte index where a teaser is glued to a title: a lower-case letter, digit or closing
/// mark directly followed by a capital, with a title-sized part before it and a
/// sentence-sized part after it.
fn glued_split(s: &str) -> Option<usize> {
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| Regex::new(r"[\p{Ll}\d’'”\)\?!][\p{Lu}‘“]").unwrap());
    for m in re.find_iter(s) {
        let at = m.start() + s[m.start()..].chars().next().unwrap().len_utf8();
        let (head, tail) = (&s[..at], &s[at..]);
        if head.ends_with("Mc") || head.ends_with("Mac") {
            continue;
        }
        if word_count(head) >= 2 && word_count(tail) >= 4 {
            return Some(at);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_lines() {
        for l in [
            "Login if you are already registered",
            "(votes: 7, rating: 5) |",
            "(7 votes) |",
            "In",
            "Share",
            "Print version",
        ] {
            assert!(is_chrome(l), "{l}");
        }
        for l in [
            "In April 1996, Yeltsin visited China.",
            "Multipolarity",
            "International Order",
        ] {
            assert!(!is_chrome(l), "{l}");
        }
    }

    #[test]
    fn affiliations() {
        assert!(is_affiliation(
            "Professor, Fudan University, Beijing Club for International Dialogue, Senior Fellow"
        ));
        assert!(is_affiliation(
            "Senior Research Fellow, Institute for Northern Studies"
        ));
        assert!(!is_affiliation("The President signed an Executive Order appointing him Head of the Directorate [copy 2]"));
        assert!(!is_affiliation(
            "President of Russia Vladimir Putin: Good afternoon, colleagues,"
        ));
        assert!(!is_affiliation(
            "Excerpts from the transcript of the State Council meeting"
        ));
    }

    #[test]
    fn glued_teaser() {
        let (t, s) = split_related(
            "Rethinking the Grain TradeA harvest of new rules is coming to the markets",
            &[],
        );
        assert_eq!(t, "Rethinking the Grain Trade");
        assert_eq!(
            s.as_deref(),
            Some("A harvest of new rules is coming to the markets")
        );
        let (t, s) = split_related("Why McCain Lost the Vote", &[]);
        assert_eq!((t.as_str(), s), ("Why McCain Lost the Vote", None));
        // multi-byte letters just before the junction (this used to panic)
        let (t, s) = split_related(
            "Встреча с Путиным в КремлёмЁлки were lit across the country",
            &[],
        );
        assert_eq!(t, "Встреча с Путиным в Кремлём");
        assert_eq!(s.as_deref(), Some("Ёлки were lit across the country"));
    }

    #[test]
    fn header_footer_headings() {
        let body = "A Title For Testing\nShare\nBy Jane Doe\nSenior Fellow, Institute of Things\n\
            The opening paragraph says something long enough to be prose for sure, with many words.\n\
            Background\nSome Other Article Title\nThe second paragraph continues the argument with more words in it.\n\
            Share\nSome Other Article TitleIts teaser runs on without a space here\n";
        let d = clean(body, false, None);
        assert_eq!(d.title.as_deref(), Some("A Title For Testing"));
        assert_eq!(d.author.as_deref(), Some("Jane Doe"));
        assert_eq!(
            d.affiliation.as_deref(),
            Some("Senior Fellow, Institute of Things")
        );
        assert_eq!(d.blocks.len(), 4, "{:?}", d.blocks);
        assert_eq!(d.blocks[1], Block::Heading("Background".into()));
        assert_eq!(
            d.blocks[3],
            Block::Related {
                title: "Some Other Article Title".into(),
                teaser: Some("Its teaser runs on without a space here".into())
            }
        );
    }
}
