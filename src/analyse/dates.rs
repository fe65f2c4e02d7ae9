//! Dated references: TIMEX3-style dates, times, durations and sets, named periods from a
//! gazetteer (`data/periods.csv`) as `EVENT`, and the document or event a date belongs to.
//! A pure function of the text and an optional creation date (`published`).

use crate::data;
use crate::model::DateRef;
use crate::text::CharIndex;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::{Datelike, Duration, NaiveDate};
use regex::{Captures, Regex};
use std::collections::HashMap;
use std::sync::OnceLock;

struct Words {
    months: HashMap<String, u32>,
    weekdays: HashMap<String, u32>,
    numbers: HashMap<String, Option<u32>>,
    seasons: HashMap<String, String>,
    count_units: Vec<String>,
    re: Regex,
    title_re: Regex,
    of_re: Regex,
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
    periods: Vec<Period>,
}

fn alt(keys: impl Iterator<Item = String>) -> String {
    let mut v: Vec<String> = keys.map(|k| regex::escape(&k)).collect();
    v.sort_by_key(|k| std::cmp::Reverse(k.len()));
    v.join("|")
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let s = data::sections(data::TIME_WORDS);
        let mut months = HashMap::new();
        for (i, l) in s["months"].iter().enumerate() {
            for w in l.split_whitespace() {
                months.insert(w.to_string(), i as u32 + 1);
            }
        }
        let mut weekdays = HashMap::new();
        for (i, l) in s["weekdays"].iter().enumerate() {
            for w in l.split_whitespace() {
                weekdays.insert(w.to_string(), i as u32);
            }
        }
        let pairs = |k: &str| -> Vec<(String, String)> {
            s[k].iter()
                .filter_map(|l| l.rsplit_once(' ').map(|(a, b)| (a.to_string(), b.to_string())))
                .collect()
        };
        let numbers: HashMap<String, Option<u32>> =
            pairs("numbers").into_iter().map(|(w, n)| (w, n.parse().ok())).collect();
        let seasons: HashMap<String, String> = pairs("seasons").into_iter().collect();
        let count_units = s["count_units"].clone();
        // full month names, and abbreviations only with a full stop or before a day/year
        let month = alt(months.keys().cloned());
        let weekday = alt(weekdays.keys().filter(|k| k.len() > 3).cloned());
        let number = alt(numbers.keys().cloned());
        let season = alt(seasons.keys().cloned());
        let unit = r"(?:year|month|week|day|decade|centur(?:y|ie)|hour|minute|quarter)s?";
        let ord = r"(?:st|nd|rd|th)";
        let pats = [
            format!(r"(?P<mdy>(?-u:\b)(?P<m1>{month})\.?\s+(?P<d1>\d{{1,2}}){ord}?,?\s+(?P<y1>\d{{4}})(?-u:\b))"),
            format!(r"(?P<dmy>(?-u:\b)(?P<d2>\d{{1,2}}){ord}?\s+(?:of\s+)?(?P<m2>{month})\.?,?\s+(?P<y2>\d{{4}})(?-u:\b))"),
            r"(?P<iso>(?-u:\b)(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})(?-u:\b))".to_string(),
            format!(r"(?P<my>(?-u:\b)(?P<m4>{month})\.?,?\s+(?:of\s+)?(?P<y4>\d{{4}})(?-u:\b))"),
            format!(r"(?P<md>(?-u:\b)(?P<m5>{month})\.?\s+(?P<d5>\d{{1,2}}){ord}?(?-u:\b))"),
            format!(r"(?P<dm>(?-u:\b)(?P<d6>\d{{1,2}}){ord}?\s+(?:of\s+)?(?P<m6>{month})(?-u:\b))"),
            format!(r"(?P<season>(?-u:\b)(?P<s7>{season})\s+(?:of\s+)?(?P<y7>\d{{4}})(?-u:\b))"),
            r"(?P<decade>(?-u:\b)(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<dd>\d{3})0'?s(?-u:\b))".to_string(),
            format!(r"(?P<century>(?-u:\b)(?:the\s+)?(?P<cn>\d{{1,2}}){ord}\s+[Cc]entury(?-u:\b))"),
            format!(r"(?P<ago>(?-u:\b)(?P<an>\d+|{number})\s+(?P<au>{unit})\s+ago(?-u:\b))"),
            format!(r"(?P<rel>(?-u:\b)(?P<rw>last|next|this|previous|coming|past|current)\s+(?P<ru>year|month|week|decade|century|quarter|{season}|{weekday}|{month})(?-u:\b))"),
            r"(?P<set>(?-u:\b)(?:every|each)\s+(?P<su>year|month|week|day|morning|evening|night)(?-u:\b)|(?-u:\b)(?P<sa>annually|yearly|monthly|weekly|daily)(?-u:\b))".to_string(),
            format!(r"(?P<dur>(?-u:\b)(?P<dn>\d+(?:\.\d+)?|{number})(?:[\s-]+(?:more|full|consecutive|long))?[\s-]+(?P<du>{unit})(?-u:\b))"),
            r"(?P<deictic>(?-u:\b)(?:today|yesterday|tomorrow|now|currently|nowadays|at present|at the present time|in the past|the future|recently)(?-u:\b))".to_string(),
            format!(r"(?P<wd>(?-u:\b)(?P<wdn>{weekday})(?-u:\b))"),
            r"(?P<year>(?-u:\b)(?P<yy>1[5-9]\d\d|20\d\d)(?-u:\b))".to_string(),
        ];
        let re = Regex::new(&format!("(?i){}", pats.join("|"))).unwrap();
        // capitalised title phrases: "the Sino-Russian Joint Statement on the … 21st Century"
        let cap = r"(?:\p{Lu}[\p{L}’'\-]*|\d+(?:st|nd|rd|th)?)";
        let title_re = Regex::new(&format!(
            r"{cap}(?:\s+(?:(?:of|on|the|in|and|for|to|a|an|between|with|at)\s+)*{cap})+"
        ))
        .unwrap();
        let doc_words = alt(data::document_words().keys().cloned());
        let of_re = Regex::new(&format!(
            r"(?i)(?-u:\b)(?:the|a|an|its|their|this)\s+(?P<np>(?:[\p{{L}}\-]+\s+){{0,4}}?(?:{doc_words}))\s+(?:of|in|on|from|dated|signed\s+in|signed\s+on|adopted\s+in|adopted\s+on)\s*$"
        ))
        .unwrap();
        Words { months, weekdays, numbers, seasons, count_units, re, title_re, of_re }
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
        Gazetteer { ac, owner, periods }
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

    // periods come sorted by start; a date inside one is skipped
    let events: Vec<(usize, usize)> = found.iter().map(|f| (f.s, f.e)).collect();
    let mut ev = 0usize;
    for caps in w.re.captures_iter(text) {
        let m = caps.get(0).unwrap();
        while ev < events.len() && events[ev].1 <= m.start() {
            ev += 1;
        }
        if events[ev..]
            .iter()
            .take_while(|&&(s, _)| s < m.end())
            .any(|&(s, e)| s < m.end() && m.start() < e)
        {
            continue;
        }
        if let Some(f) = interpret(text, &caps, dct) {
            found.push(f);
        }
    }
    found.sort_by_key(|f| (f.s, std::cmp::Reverse(f.e)));

    // dates inside a document title ("… Order in the 21st Century") are part of the title
    let titles: Vec<(usize, usize, &'static str)> = w
        .title_re
        .find_iter(text)
        .filter_map(|m| title_kind(m.as_str()).map(|k| (m.start(), m.end(), k)))
        .collect();
    found.retain(|f| f.kind == "EVENT" || !inside_title(&titles, f.s, f.e));

    for f in found.iter_mut() {
        if f.kind == "DATE" && f.range.0.is_some() && f.referent.is_none() {
            if let Some((r, k)) = referent(text, f.s, f.e, &titles) {
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

/// The largest char boundary of `text` at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The kind of a capitalised phrase that names a document or event ("Joint Declaration
/// on …"), if it has such a word.
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

/// The document or event a date at `s..e` belongs to.
fn referent(
    text: &str,
    s: usize,
    e: usize,
    titles: &[(usize, usize, &'static str)],
) -> Option<(String, &'static str)> {
    let w = words();
    let dw = data::document_words();
    // "the joint statement of April 1996"
    let window = floor_boundary(text, s.saturating_sub(160));
    if let Some(c) = w.of_re.captures(&text[window..s]) {
        let np = c.name("np").unwrap().as_str();
        let last = np.split_whitespace().last().unwrap_or("").to_lowercase();
        let kind = dw.get(last.as_str()).copied().unwrap_or("document");
        return Some((np.to_string(), kind));
    }
    // a titled document or event in the same sentence, nearest first
    let clause_start = text[..s]
        .rfind(['.', '!', '?', ';', '\n'])
        .map_or(0, |i| i + 1);
    let clause_end = text[e..]
        .find(['.', '!', '?', ';', '\n'])
        .map_or(text.len(), |i| e + i);
    let first = titles.partition_point(|t| t.0 < clause_start);
    let near = titles[first..]
        .iter()
        .take_while(|t| t.0 < clause_end)
        .filter(|&&(ts, te, _)| ts >= clause_start && te <= clause_end && (te <= s || ts >= e))
        .min_by_key(|&&(ts, te, _)| if te <= s { s - te } else { ts - e });
    if let Some(&(ts, te, k)) = near {
        let t = text[ts..te].trim_start_matches(|c: char| c.is_lowercase());
        let t = t.strip_prefix("The ").unwrap_or(t);
        return Some((t.to_string(), k));
    }
    // "the April 1997 declaration"
    let after = text[e..].trim_start();
    let next: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    if let Some(k) = dw.get(next.to_lowercase().as_str()) {
        return Some((next, k));
    }
    None
}

fn parse_dct(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let d = s
        .get(..10)
        .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok());
    d.or_else(|| NaiveDate::parse_from_str(&format!("{}-01", s.get(..7)?), "%Y-%m-%d").ok())
        .or_else(|| NaiveDate::parse_from_str(&format!("{}-01-01", s.get(..4)?), "%Y-%m-%d").ok())
}

fn last_day(y: i32, m: u32) -> u32 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)
        .and_then(|d| d.pred_opt())
        .map_or(28, |d| d.day())
}

fn day_ref(y: i32, m: u32, d: u32) -> Option<Resolved> {
    let date = NaiveDate::from_ymd_opt(y, m, d)?;
    let v = date.format("%Y-%m-%d").to_string();
    Some((Some(v.clone()), Some("day"), (Some(v.clone()), Some(v))))
}

fn month_ref(y: i32, m: u32) -> Resolved {
    (
        Some(format!("{y:04}-{m:02}")),
        Some("month"),
        (
            Some(format!("{y:04}-{m:02}-01")),
            Some(format!("{y:04}-{m:02}-{:02}", last_day(y, m))),
        ),
    )
}

fn year_ref(y: i32) -> Resolved {
    (
        Some(format!("{y:04}")),
        Some("year"),
        (Some(format!("{y:04}-01-01")), Some(format!("{y:04}-12-31"))),
    )
}

fn interpret(text: &str, c: &Captures, dct: Option<NaiveDate>) -> Option<Found> {
    let w = words();
    let m = c.get(0).unwrap();
    let (mut s, e) = (m.start(), m.end());
    let get = |n: &str| c.name(n).map(|x| x.as_str());
    let month = |n: &str| get(n).and_then(|x| w.months.get(x.to_lowercase().as_str()).copied());
    let num = |n: &str| get(n).and_then(|x| x.parse::<i64>().ok());
    let mut kind = "DATE";
    let (value, gran, range): Resolved;
    if get("mdy").is_some() || get("dmy").is_some() || get("iso").is_some() {
        let (mm, dd, yy) = if get("mdy").is_some() {
            (month("m1")?, num("d1")?, num("y1")?)
        } else if get("dmy").is_some() {
            (month("m2")?, num("d2")?, num("y2")?)
        } else {
            (num("m3")? as u32, num("d3")?, num("y3")?)
        };
        (value, gran, range) = day_ref(yy as i32, mm, dd as u32)?;
    } else if get("my").is_some() {
        let mm = month("m4")?;
        if get("m4")?.eq_ignore_ascii_case("may") && !get("m4")?.starts_with('M') {
            return None; // "may 2005" in lower case is a modal verb before a number
        }
        (value, gran, range) = month_ref(num("y4")? as i32, mm);
    } else if get("md").is_some() || get("dm").is_some() {
        let (mn, dn) = if get("md").is_some() {
            ("m5", "d5")
        } else {
            ("m6", "d6")
        };
        let raw = get(mn)?;
        if raw.chars().next().is_some_and(char::is_lowercase) {
            return None; // "may 5" as a verb
        }
        let mm = month(mn)?;
        let dd = num(dn)? as u32;
        if dd == 0 || dd > 31 {
            return None;
        }
        match dct {
            Some(d) => {
                (value, gran, range) = day_ref(d.year(), mm, dd)?;
            }
            None => {
                (value, gran, range) = (
                    Some(format!("XXXX-{mm:02}-{dd:02}")),
                    Some("day"),
                    (None, None),
                );
            }
        }
    } else if get("season").is_some() {
        let y = num("y7")? as i32;
        let code = w.seasons.get(get("s7")?.to_lowercase().as_str())?;
        (value, gran, range) = (Some(format!("{y:04}-{code}")), Some("season"), (None, None));
    } else if let Some(dd) = get("dd") {
        let d: i32 = dd.parse().ok()?;
        // "the 1990s": keep a leading "the" out of the extent, as TimeML does
        (value, gran, range) = (
            Some(dd.to_string()),
            Some("decade"),
            (
                Some(format!("{:04}-01-01", d * 10)),
                Some(format!("{:04}-12-31", d * 10 + 9)),
            ),
        );
    } else if let Some(cn) = num("cn") {
        if !(1..=30).contains(&cn) {
            return None;
        }
        let c0 = cn - 1;
        (value, gran, range) = (
            Some(format!("{c0:02}")),
            Some("century"),
            (
                Some(format!("{:04}-01-01", c0 * 100)),
                Some(format!("{:04}-12-31", c0 * 100 + 99)),
            ),
        );
    } else if get("ago").is_some() {
        let n = count(get("an")?)?;
        let unit = get("au")?.to_lowercase();
        match dct {
            Some(d) => {
                let r = shift(d, &unit, -(n as i64))?;
                (value, gran, range) = r;
            }
            None => (value, gran, range) = (None, Some(unit_gran(&unit)), (None, None)),
        }
    } else if get("rel").is_some() {
        let rw = get("rw")?.to_lowercase();
        let ru = get("ru")?.to_lowercase();
        let step: i64 = match rw.as_str() {
            "last" | "previous" | "past" => -1,
            "next" | "coming" => 1,
            _ => 0,
        };
        match dct {
            Some(d)
                if matches!(
                    ru.as_str(),
                    "year" | "month" | "week" | "decade" | "century" | "quarter"
                ) =>
            {
                (value, gran, range) = shift(d, &ru, step)?;
            }
            Some(d) if w.months.contains_key(ru.as_str()) => {
                let mm = w.months[ru.as_str()];
                let y = d.year()
                    + step as i32
                    + if step == 0 {
                        0
                    } else if step < 0 && mm < d.month() {
                        1
                    } else if step > 0 && mm > d.month() {
                        -1
                    } else {
                        0
                    };
                (value, gran, range) = month_ref(y, mm);
            }
            _ => (value, gran, range) = (None, None, (None, None)),
        }
    } else if get("set").is_some() {
        kind = "SET";
        let u = get("su").or(get("sa")).unwrap_or("").to_lowercase();
        let v = match u.as_str() {
            "year" | "annually" | "yearly" => "P1Y",
            "month" | "monthly" => "P1M",
            "week" | "weekly" => "P1W",
            "morning" => "TMO",
            "evening" => "TEV",
            "night" => "TNI",
            _ => "P1D",
        };
        (value, gran, range) = (Some(v.to_string()), None, (None, None));
    } else if get("dur").is_some() {
        kind = "DURATION";
        let unit = get("du")?.to_lowercase();
        let raw = get("dn")?.to_lowercase();
        let n = if raw.contains('.') { None } else { count(&raw) };
        let code = match unit.trim_end_matches('s') {
            "year" => "Y",
            "month" => "M",
            "week" => "W",
            "day" => "D",
            "decade" => "DE",
            "century" | "centurie" => "CE",
            "quarter" => "Q",
            "hour" => "H",
            _ => "MIN",
        };
        let t = if matches!(code, "H" | "MIN") { "T" } else { "" };
        let code = if code == "MIN" { "M" } else { code };
        let n = n.map_or("X".to_string(), |n| n.to_string());
        (value, gran, range) = (Some(format!("P{t}{n}{code}")), None, (None, None));
    } else if get("deictic").is_some() {
        let l = m.as_str().to_lowercase();
        let (v, refd) = match l.as_str() {
            "today" => ("PRESENT_REF", Some(0)),
            "yesterday" => ("PAST_REF", Some(-1)),
            "tomorrow" => ("FUTURE_REF", Some(1)),
            "the future" => ("FUTURE_REF", None),
            "in the past" | "recently" => ("PAST_REF", None),
            _ => ("PRESENT_REF", None),
        };
        match (refd, dct) {
            (Some(k), Some(d)) => {
                let x = d + Duration::days(k);
                (value, gran, range) = day_ref(x.year(), x.month(), x.day())?;
            }
            _ => (value, gran, range) = (Some(v.to_string()), None, (None, None)),
        }
        if l == "in the past" {
            s += 3;
        }
    } else if get("wd").is_some() {
        let raw = get("wdn")?;
        if !raw.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let wd = *w.weekdays.get(raw.to_lowercase().as_str())?;
        match dct {
            Some(d) => {
                // the nearest such weekday in the creation date's week
                let cur = d.weekday().num_days_from_monday() as i64;
                let x = d + Duration::days(wd as i64 - cur);
                (value, gran, range) = day_ref(x.year(), x.month(), x.day())?;
            }
            None => (value, gran, range) = (None, Some("day"), (None, None)),
        }
    } else if let Some(y) = num("yy") {
        let after = text[e..].trim_start();
        let prev = text[..s].chars().last();
        if matches!(prev, Some('$' | '€' | '£' | '#' | '.' | ',' | '-'))
            || after.starts_with('%')
            || after.starts_with(|c: char| c.is_ascii_digit())
            || text[e..].starts_with(['.', ','])
                && text[e + 1..].starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        let next_word: String = after
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .to_lowercase();
        if w.count_units.contains(&next_word) {
            return None;
        }
        (value, gran, range) = year_ref(y as i32);
    } else {
        return None;
    }
    // TimeML extents leave out a leading "the"
    let lead = &text[s..e];
    if lead.len() > 4 && lead[..4].eq_ignore_ascii_case("the ") && kind == "DATE" {
        s += 4;
    }
    Some(Found {
        s,
        e,
        kind,
        value,
        gran,
        range,
        referent: None,
        referent_kind: None,
    })
}

fn count(raw: &str) -> Option<u32> {
    let raw = raw.to_lowercase();
    raw.parse::<u32>()
        .ok()
        .or_else(|| words().numbers.get(raw.as_str()).copied().flatten())
}

fn unit_gran(unit: &str) -> &'static str {
    match unit.trim_end_matches('s') {
        "day" => "day",
        "week" => "week",
        "month" => "month",
        "quarter" => "quarter",
        "decade" => "decade",
        "century" | "centurie" => "century",
        _ => "year",
    }
}

type Resolved = (
    Option<String>,
    Option<&'static str>,
    (Option<String>, Option<String>),
);

/// The date `n` units from `d`, at that unit's granularity.
fn shift(d: NaiveDate, unit: &str, n: i64) -> Option<Resolved> {
    let g = unit_gran(unit);
    Some(match g {
        "day" => {
            let x = d.checked_add_signed(Duration::days(n))?;
            day_ref(x.year(), x.month(), x.day())?
        }
        "week" => {
            let x = d.checked_add_signed(Duration::weeks(n))?;
            let iso = x.iso_week();
            (
                Some(format!("{}-W{:02}", iso.year(), iso.week())),
                Some("week"),
                (None, None),
            )
        }
        "month" => {
            let total = d.year() as i64 * 12 + d.month0() as i64 + n;
            let (y, m) = (total.div_euclid(12) as i32, total.rem_euclid(12) as u32 + 1);
            month_ref(y, m)
        }
        "quarter" => {
            let q = d.year() as i64 * 4 + d.month0() as i64 / 3 + n;
            let (y, qq) = (q.div_euclid(4), q.rem_euclid(4) + 1);
            (Some(format!("{y:04}-Q{qq}")), Some("quarter"), (None, None))
        }
        "decade" => {
            let dd = d.year() as i64 / 10 + n;
            (
                Some(format!("{dd:03}")),
                Some("decade"),
                (
                    Some(format!("{:04}-01-01", dd * 10)),
                    Some(format!("{:04}-12-31", dd * 10 + 9)),
                ),
            )
        }
        "century" => {
            let c = d.year() as i64 / 100 + n;
            (
                Some(format!("{c:02}")),
                Some("century"),
                (
                    Some(format!("{:04}-01-01", c * 100)),
                    Some(format!("{:04}-12-31", c * 100 + 99)),
                ),
            )
        }
        _ => year_ref((d.year() as i64 + n) as i32),
    })
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
            vec![("1990s".into(), "DATE", Some("199".into()))]
        );
        assert_eq!(
            one("In the 21st century.", None),
            vec![("21st century".into(), "DATE", Some("20".into()))]
        );
        assert_eq!(one("He had 2000 troops.", None), vec![]);
    }
    #[test]
    fn relative_and_durations() {
        assert_eq!(
            one("It began at least 20 years ago.", Some("2023-05-01")),
            vec![("20 years ago".into(), "DATE", Some("2003".into()))]
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
        let r = extract("In the joint statement of April 1996, they agreed.", None);
        assert_eq!(r[0].referent.as_deref(), Some("joint statement"));
        for r in extract("In 2005, ĉu “Größe” 1997?", None) {
            assert!(r.end <= "In 2005, ĉu “Größe” 1997?".chars().count());
        }
    }
}
