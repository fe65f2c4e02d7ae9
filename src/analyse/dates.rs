//! Dated references: TIMEX3-style dates, times, durations and sets, named periods from a
//! gazetteer (`data/periods.csv`) as `EVENT`, and the document or event a date belongs to.
//! A pure function of the text and an optional creation date (`published`).

use super::{referent, timex};
use crate::data;
use crate::model::DateRef;
use crate::text::CharIndex;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::NaiveDate;
use regex::Regex;
use std::sync::OnceLock;

struct Words {
    title_re: Regex,
}

struct Period {
    name: String,
    start: Option<String>,
    end: Option<String>,
    kind: String,
}

struct Gazetteer {
    ac: AhoCorasick,
    /// pattern index -> period index
    owner: Vec<usize>,
    /// pattern index -> whether the alias is written with capitals (a proper name)
    capitalised: Vec<bool>,
    periods: Vec<Period>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        // capitalised title phrases: "the Sino-Russian Joint Statement on the … 21st Century"
        let cap = r"(?:\p{Lu}[\p{L}’'\-]*|\d+(?:st|nd|rd|th))";
        let title_re = Regex::new(&format!(
            r"{cap}(?:\s+(?:(?:of|on|the|in|and|for|to|a|an|between|with|at)\s+)*{cap})+"
        ))
        .unwrap();
        Words { title_re }
    })
}

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let mut rdr = csv::Reader::from_reader(data::PERIODS.as_bytes());
        let mut periods = Vec::new();
        let mut pats = Vec::new();
        let mut owner = Vec::new();
        for rec in rdr.records() {
            let r = rec.expect("data/periods.csv is valid CSV");
            let opt = |i: usize| r.get(i).filter(|s| !s.is_empty()).map(str::to_string);
            let idx = periods.len();
            periods.push(Period {
                name: r[0].to_string(),
                start: opt(2),
                end: opt(3),
                kind: r.get(4).unwrap_or("period").to_string(),
            });
            for a in r[1].split('|').chain(std::iter::once(&r[0])) {
                pats.push(a.trim().to_string());
                owner.push(idx);
            }
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&pats)
            .unwrap();
        let capitalised = pats
            .iter()
            .map(|p| p.chars().any(char::is_uppercase))
            .collect();
        Gazetteer {
            ac,
            owner,
            capitalised,
            periods,
        }
    })
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

fn bounded(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    (s == 0
        || !is_word_byte(b[s - 1])
        || b[s - 1] >= 0x80 && !text[..s].chars().last().unwrap().is_alphanumeric())
        && (e == b.len()
            || !is_word_byte(b[e])
            || b[e] >= 0x80 && !text[e..].chars().next().unwrap().is_alphanumeric())
}

/// A byte span and what it refers to, before offsets become code points.
struct Found {
    s: usize,
    e: usize,
    kind: &'static str,
    value: Option<String>,
    gran: Option<&'static str>,
    range: (Option<String>, Option<String>),
    referent: Option<String>,
    referent_kind: Option<&'static str>,
}

/// "from March to May 2010", "between 12 March and 3 April", "May 17 – June 2": the first
/// date's range runs to the end of the second, as a range of years or of days of one month
/// does (TimeML tags the two dates; the range is for the timeline). "to", "through",
/// "until" or a dash join them; "and" only after "between".
fn spans_between_dates(text: &str, found: &mut [Found]) {
    for i in 1..found.len() {
        let (a, b) = (&found[i - 1], &found[i]);
        if a.kind != "DATE" || b.kind != "DATE" || a.e > b.s {
            continue;
        }
        let (Some(a_start), Some(a_end), Some(b_end)) = (&a.range.0, &a.range.1, &b.range.1) else {
            continue;
        };
        let gap = text[a.e..b.s].trim();
        let opener = text[..a.s]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_lowercase();
        let joined = match gap {
            "-" | "–" | "—" => true,
            "to" | "through" | "until" | "till" => {
                opener != "from" || !timex::moves_a_date(text[..a.s].trim_end())
            }
            "and" => opener == "between",
            _ => false,
        };
        // the second must end later, and not centuries later ("from 1945 to the 2020s"
        // is fine; a century-long span is a span of its own)
        let later = b_end > a_end
            && b_end.get(..4).zip(a_start.get(..4)).is_some_and(|(z, a)| {
                z.parse::<i32>()
                    .ok()
                    .zip(a.parse::<i32>().ok())
                    .is_some_and(|(z, a)| z - a <= 200)
            });
        if joined && later {
            found[i - 1].range.1 = Some(b_end.clone());
        }
    }
}

/// Extracts dated references from `text`; `published` (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`)
/// resolves relative ones. Offsets are code points into `text`.
pub fn extract(text: &str, published: Option<&str>) -> Vec<DateRef> {
    let dct = published.and_then(parse_dct);
    let w = words();
    let mut found: Vec<Found> = Vec::new();

    // named periods and events
    let g = gazetteer();
    for m in g.ac.find_iter(text) {
        if !bounded(text, m.start(), m.end()) {
            continue;
        }
        // a name written in lower case is a name only after "the": "during the cold war",
        // but "another cold war", "a package of measures to foster …" are common nouns
        let matched = &text[m.start()..m.end()];
        if g.capitalised[m.pattern().as_usize()]
            && !matched.chars().any(char::is_uppercase)
            && !text[..m.start()]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        {
            continue;
        }
        let p = &g.periods[g.owner[m.pattern().as_usize()]];
        let mut s = m.start();
        // "post-World War I": keep the prefix with the period
        let pre = &text[..s];
        for prefix in ["post-", "pre-", "Post-", "Pre-"] {
            if pre.ends_with(prefix) && !p.name.starts_with("post-") {
                s -= prefix.len();
            }
        }
        found.push(Found {
            s,
            e: m.end(),
            kind: "EVENT",
            value: None,
            gran: None,
            range: (p.start.clone(), p.end.clone()),
            referent: Some(p.name.clone()),
            referent_kind: Some(if p.kind == "event" { "event" } else { "period" }),
        });
    }

    // TimeML expressions; one inside a named period ("the Second World War") is skipped
    // gazetteer matches come sorted and do not overlap
    let events: Vec<(usize, usize)> = found.iter().map(|f| (f.s, f.e)).collect();
    for t in timex::tag(text, dct) {
        let i = events.partition_point(|&(_, e)| e <= t.s);
        let mut t = t;
        if events.get(i).is_some_and(|&(s, _)| s < t.e) {
            // … but the day that names a one-day event is that day: "the Sept. 11 attacks"
            // is 2001-09-11
            let ev = &found[i].range;
            let day = match (&ev.0, &ev.1, t.kind, t.value.as_deref()) {
                (Some(a), Some(z), "DATE", Some(v))
                    if a == z && a.len() == 10 && v.len() == 10 && a[4..] == v[4..] =>
                {
                    Some(a.clone())
                }
                _ => None,
            };
            // … and a year or a month written in its name is a date of its own, as TimeML
            // tags it: "the 2008 financial crisis" holds 2008
            let within = |v: &str| {
                let year =
                    |x: &Option<String>| x.as_deref().and_then(|x| x.get(..4)?.parse::<i32>().ok());
                let y = v.get(..4).and_then(|x| x.parse::<i32>().ok());
                matches!((y, year(&ev.0), year(&ev.1)), (Some(y), Some(a), Some(z)) if a <= y && y <= z)
                    && (v.len() == 4 || v.len() == 7)
                    && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            };
            match day {
                Some(d) => t.value = Some(d),
                None if t.kind == "DATE" && t.value.as_deref().is_some_and(within) => {}
                None => continue,
            }
        }
        let (gran, mut rs, mut re) = match (&t.value, t.kind) {
            (Some(v), "DATE" | "TIME") => timex::range_of(v),
            _ => (None, None, None),
        };
        // "May 17-18": the day's range runs to the last day written
        // … "2016–2020" runs to the last year, "the 16th and 17th centuries" to the last
        // century
        let span = match (&t.value, t.kind, gran) {
            (Some(v), "DATE", Some("day")) => timex::day_range(text, t.s, t.e, v),
            (Some(v), "DATE", Some("year")) => timex::year_range(text, t.s, t.e, v),
            (Some(v), "DATE", Some("century")) => timex::century_range(text, t.s, t.e, v),
            _ => None,
        }
        // "the late 1990s", "the first half of the 21st century", "early May": that part
        .or_else(|| {
            let (a, z) = (rs.as_deref()?, re.as_deref()?);
            timex::part_range(&text[t.s..t.e], gran?, (a, z))
        });
        if let Some((a, z)) = span {
            (rs, re) = (Some(a), Some(z));
        }
        found.push(Found {
            s: t.s,
            e: t.e,
            kind: t.kind,
            value: t.value,
            gran,
            range: (rs, re),
            referent: None,
            referent_kind: None,
        });
    }
    found.sort_by_key(|f| (f.s, std::cmp::Reverse(f.e)));
    spans_between_dates(text, &mut found);

    // dates inside a document title ("… Order in the 21st Century") are part of the title
    let titles: Vec<(usize, usize, &'static str)> = w
        .title_re
        .find_iter(text)
        .filter_map(|m| {
            let (a, z) = trim_title(text, m.start(), m.end())?;
            title_kind(&text[a..z]).map(|k| (a, z, k))
        })
        .collect();
    found.retain(|f| f.kind == "EVENT" || !inside_title(&titles, f.s, f.e));

    for f in found.iter_mut() {
        if f.kind == "DATE" && f.range.0.is_some() && f.referent.is_none() {
            if let Some((r, k)) = referent::find(text, f.s, f.e, &titles) {
                f.referent = Some(r);
                f.referent_kind = Some(k);
            }
        }
    }

    let mut ci = CharIndex::new(text);
    found
        .into_iter()
        .map(|f| {
            let (start, end) = (ci.at(f.s), ci.at(f.e));
            DateRef {
                start,
                end,
                text: text[f.s..f.e].to_string(),
                kind: f.kind,
                value: f.value,
                granularity: f.gran.map(str::to_string),
                range_start: f.range.0,
                range_end: f.range.1,
                referent: f.referent,
                referent_kind: f.referent_kind,
            }
        })
        .collect()
}

/// Titles are sorted by start and do not overlap.
fn inside_title(titles: &[(usize, usize, &'static str)], s: usize, e: usize) -> bool {
    let i = titles.partition_point(|t| t.0 < s);
    i > 0 && titles[i - 1].1 >= e
}

/// The kind of a capitalised phrase that names a document or event ("Joint Declaration
/// on …"), if it has such a word.
/// A capitalised run without what only looks like part of a title: a sentence-initial
/// preposition or conjunction ("Since the Ottawa Declaration") and a trailing month or
/// weekday ("… Declaration of September 19, 1996").
fn trim_title(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut at = s;
    for w in text[s..e].split_whitespace() {
        let i = text[at..e].find(w)? + at;
        words.push((i, i + w.len()));
        at = i + w.len();
    }
    let lower = |&(a, b): &(usize, usize)| text[a..b].to_lowercase();
    while words
        .first()
        .is_some_and(|w| referent::not_title_start(&lower(w)))
    {
        words.remove(0);
    }
    while words.last().is_some_and(|w| {
        let l = lower(w);
        crate::analyse::timex::is_calendar_word(&text[w.0..w.1])
            || l == "of"
            || l == "on"
            || l == "the"
            || l == "in"
    }) {
        words.pop();
    }
    Some((words.first()?.0, words.last()?.1))
}

fn title_kind(phrase: &str) -> Option<&'static str> {
    let dw = data::document_words();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count()
        < 2
    {
        return None;
    }
    words.iter().find_map(|w| {
        let first_upper = w.chars().next().is_some_and(char::is_uppercase);
        let lw = w.to_lowercase();
        first_upper.then(|| dw.get(lw.as_str()).copied()).flatten()
    })
}

fn parse_dct(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let d = s
        .get(..10)
        .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
    d.or_else(|| NaiveDate::parse_from_str(&format!("{}-01", s.get(..7)?), "%Y-%m-%d").ok())
        .or_else(|| NaiveDate::parse_from_str(&format!("{}-01-01", s.get(..4)?), "%Y-%m-%d").ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    fn one(text: &str, dct: Option<&str>) -> Vec<(String, &'static str, Option<String>)> {
        extract(text, dct)
            .into_iter()
            .map(|r| (r.text, r.kind, r.value))
            .collect()
    }
    #[test]
    fn absolute_dates() {
        assert_eq!(
            one("It was published on July 02, 2005, in Moscow.", None),
            vec![("July 02, 2005".into(), "DATE", Some("2005-07-02".into()))]
        );
        assert_eq!(
            one("In April 1996 and in 1997.", None),
            vec![
                ("April 1996".into(), "DATE", Some("1996-04".into())),
                ("1997".into(), "DATE", Some("1997".into()))
            ]
        );
        assert_eq!(
            one("Back in the 1990s.", None),
            vec![("the 1990s".into(), "DATE", Some("199".into()))]
        );
        assert_eq!(
            one("In the 21st century.", None),
            vec![("the 21st century".into(), "DATE", Some("20".into()))]
        );
        assert_eq!(one("He had 2000 troops.", None), vec![]);
    }
    #[test]
    fn relative_and_durations() {
        assert_eq!(
            one("It began at least 20 years ago.", Some("2023-05-01")),
            vec![("at least 20 years ago".into(), "DATE", Some("2003".into()))]
        );
        assert_eq!(
            one("It began 20 years ago.", None),
            vec![("20 years ago".into(), "DATE", None)]
        );
        assert_eq!(
            one("It lasted three months.", None),
            vec![("three months".into(), "DURATION", Some("P3M".into()))]
        );
        assert_eq!(
            one("We meet every week.", None),
            vec![("every week".into(), "SET", Some("P1W".into()))]
        );
        assert_eq!(
            one("Sales rose last year.", Some("1998-02-06")),
            vec![("last year".into(), "DATE", Some("1997".into()))]
        );
    }
    #[test]
    fn the_day_of_a_one_day_event() {
        // the event's row, and its day as a TimeML date of the event's year
        assert_eq!(
            one(
                "The deadliest day since the Sept. 11 attacks.",
                Some("2013-07-01")
            ),
            vec![
                ("Sept. 11 attacks".into(), "EVENT", None),
                ("Sept. 11".into(), "DATE", Some("2001-09-11".into()))
            ]
        );
        // a year written in an event's name is a date of its own, as TimeML tags it
        assert_eq!(
            one(
                "Growth slowed in the 2008 financial crisis.",
                Some("2013-07-01")
            ),
            vec![
                ("2008 financial crisis".into(), "EVENT", None),
                ("2008".into(), "DATE", Some("2008".into()))
            ]
        );
    }
    #[test]
    fn gazetteer_has_sixty_periods_with_ranges() {
        let g = gazetteer();
        assert!(g.periods.len() >= 60, "{}", g.periods.len());
        for p in &g.periods {
            let day = |d: &Option<String>| {
                d.as_deref()
                    .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect(d))
            };
            let (a, z) = (day(&p.start), day(&p.end));
            assert!(a.is_some(), "{} has no start", p.name);
            assert!(z.is_none() || a <= z, "{}: {a:?} > {z:?}", p.name);
        }
    }

    #[test]
    fn periods_titles_referents() {
        let t = "After the Cold War and post-World War I, in the Sino-Russian Joint Statement on the International Order in the 21st Century, published on July 02, 2005, they agreed.";
        let refs = extract(t, None);
        let texts: Vec<&str> = refs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, vec!["Cold War", "post-World War I", "July 02, 2005"]);
        assert_eq!(refs[0].kind, "EVENT");
        assert_eq!(refs[0].range_start.as_deref(), Some("1947-03-12"));
        assert_eq!(
            refs[2].referent.as_deref(),
            Some("Sino-Russian Joint Statement on the International Order in the 21st Century")
        );
        // a name in lower case is one only after "the"
        let events = |t: &str| -> Vec<String> {
            extract(t, None)
                .into_iter()
                .filter(|r| r.kind == "EVENT")
                .map(|r| r.text)
                .collect()
        };
        assert!(events("We will consider a package of measures to foster trade.").is_empty());
        assert!(events("Nobody wants another cold war.").is_empty());
        assert_eq!(events("It was so during the cold war."), ["cold war"]);
        let r = extract("Veterans of the Great Patriotic War met.", None);
        assert_eq!(
            (r[0].range_start.as_deref(), r[0].range_end.as_deref()),
            (Some("1941-06-22"), Some("1945-05-09"))
        );
        let r = extract("In the joint statement of April 1996, they agreed.", None);
        assert_eq!(r[0].referent.as_deref(), Some("joint statement"));
        // a title does not take in the word that opens the sentence or the date's month
        let r = extract(
            "Since the Ottawa Declaration of September 19, 1996, it grew.",
            None,
        );
        assert_eq!(r[0].referent.as_deref(), Some("Ottawa Declaration"));
        // "kept meeting" is a verb, not an event
        let r = extract(
            "Its groups kept meeting even when ties worsened after 2014.",
            None,
        );
        assert_eq!(r[0].referent, None);
        for r in extract("In 2005, ĉu “Größe” 1997?", None) {
            assert!(r.end <= "In 2005, ĉu “Größe” 1997?".chars().count());
        }
    }

    /// The range of the first reference in `text`, written 2010-06-15.
    fn span(text: &str) -> (String, String) {
        let r = extract(text, Some("2010-06-15"));
        (
            r[0].range_start.clone().unwrap(),
            r[0].range_end.clone().unwrap(),
        )
    }

    fn row(a: &str, z: &str) -> (String, String) {
        (a.to_string(), z.to_string())
    }

    #[test]
    fn parts_of_a_period_for_the_timeline() {
        assert_eq!(
            span("In the late 1990s it grew."),
            row("1997-01-01", "1999-12-31")
        );
        assert_eq!(
            span("In the mid-1990s it grew."),
            row("1993-01-01", "1996-12-31")
        );
        assert_eq!(
            span("The first half of the 21st century will be Asian."),
            row("2000-01-01", "2049-12-31")
        );
        assert_eq!(
            span("It fell in late 2009."),
            row("2009-09-01", "2009-12-31")
        );
        assert_eq!(
            span("It fell in early May."),
            row("2010-05-01", "2010-05-10")
        );
        // the beginning or the end of a period: its first or last third
        assert_eq!(
            span("Prices fell at the beginning of the 1980s."),
            row("1980-01-01", "1982-12-31")
        );
        assert_eq!(
            span("Prices fell at the end of May."),
            row("2010-05-22", "2010-05-31")
        );
        // no modifier: the whole period
        assert_eq!(
            span("In the 1990s it grew."),
            row("1990-01-01", "1999-12-31")
        );
    }

    #[test]
    fn spans_between_two_dates_for_the_timeline() {
        assert_eq!(
            span("Talks ran from March to May 2010."),
            row("2010-03-01", "2010-05-31")
        );
        assert_eq!(
            span("The fair runs between 12 March and 3 April."),
            row("2010-03-12", "2010-04-03")
        );
        assert_eq!(
            span("The summit, May 17 – June 2, was long."),
            row("2010-05-17", "2010-06-02")
        );
        assert_eq!(
            span("In January-September 2012 it grew."),
            row("2012-01-01", "2012-09-30")
        );
        assert_eq!(
            span("Rates rose from 1999 to March 2002."),
            row("1999-01-01", "2002-03-31")
        );
        // a date moved to another is no span; nor is a list
        assert_eq!(
            span("We moved the meeting from May to June."),
            row("2010-05-01", "2010-05-31")
        );
        assert_eq!(
            span("We decided to postpone it from 2016 to 2018."),
            row("2016-01-01", "2016-12-31")
        );
        assert_eq!(
            span("In March and May it rained."),
            row("2010-03-01", "2010-03-31")
        );
    }
}
