//! TimeML TIMEX3 tagging: dates, times, durations and sets in English text, with values
//! normalised against the document creation date (DCT) and the tense of the sentence.
//! A pure function of the text; the word lists are in `data/time_words.txt`.
//!
//! How it works: every rule is a regular expression over the text (vocabulary filled in
//! from the word lists). All matches of all rules are candidates; the longest win, ties
//! going to the earlier start and then to the earlier rule. Each chosen span is then
//! normalised by its rule, in text order, so that anaphoric expressions ("the following
//! year") can resolve against the last absolute date mentioned.
//!
//! Extents follow TimeML: a leading preposition is never part of the expression; a leading
//! determiner ("the third quarter", "the past three months") is, unless the expression
//! modifies a noun ("the 1987 plan": "1987").

use crate::data;
use chrono::{Datelike, Duration, Months, NaiveDate};
use regex::{Captures, Regex};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A tagged expression: byte span into the text, TIMEX3 type and value.
#[derive(Debug, Clone, PartialEq)]
pub struct Timex {
    pub s: usize,
    pub e: usize,
    pub kind: &'static str,
    pub value: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Rule {
    FullDate,
    NumDate,
    MonthDay,
    MonthYear,
    Month,
    Year,
    Decade,
    Century,
    Quarter,
    Half,
    Season,
    Weekday,
    Deictic,
    RelUnit,
    Ago,
    Duration,
    Vague,
    Time,
    PartOfDay,
    Set,
    ThatUnit,
    AroundDay,
    YearAgo,
    YearEnd,
    Holiday,
    TwoAway,
    InThePart,
    NthWeekday,
    QuarterCode,
    DayOfMonth,
    ShortYear,
}

struct Vocab {
    months: HashMap<String, u32>,
    weekdays: HashMap<String, u32>,
    numbers: HashMap<String, Option<u32>>,
    tens: HashMap<String, u32>,
    ordinals: HashMap<String, u32>,
    seasons: HashMap<String, String>,
    units: HashMap<String, String>,
    day_parts: HashMap<String, String>,
    decade_words: HashMap<String, u32>,
    deictic: HashMap<String, (&'static str, String)>,
    function_words: HashSet<String>,
    past_forms: HashSet<String>,
    participles: HashSet<String>,
    count_units: HashSet<String>,
    count_quantifiers: HashSet<String>,
    season_preps: HashSet<String>,
    season_name_heads: HashSet<String>,
    moving_verbs: HashSet<String>,
    scheduled_present: HashSet<String>,
    numbered_nouns: HashSet<String>,
    date_approximators: HashSet<String>,
    rules: Vec<(Rule, Regex)>,
    /// phrases with a time word that name no time ("at the end of the day")
    idioms: Regex,
    topic_turns: Vec<String>,
    overnight_kinds: Vec<String>,
    game_words: Vec<String>,
    temperature_words: Vec<String>,
}

fn alt<'a>(keys: impl IntoIterator<Item = &'a str>) -> String {
    let mut v: Vec<String> = keys
        .into_iter()
        .map(|k| {
            regex::escape(k)
                .replace(' ', r"\s+")
                .replace(r"\-", r"[\s-]?")
        })
        .collect();
    v.sort_by_key(|k| std::cmp::Reverse(k.len()));
    v.dedup();
    v.join("|")
}

fn plural(u: &str) -> String {
    match u {
        "century" => "centuries".into(),
        "millennium" => "millennia".into(),
        _ => format!("{u}s"),
    }
}

fn vocab() -> &'static Vocab {
    static V: OnceLock<Vocab> = OnceLock::new();
    V.get_or_init(build)
}

fn build() -> Vocab {
    let s = data::sections(data::TIME_WORDS);
    let list = |k: &str| s.get(k).cloned().unwrap_or_default();
    let pairs = |k: &str| -> Vec<(String, String)> {
        list(k)
            .iter()
            .filter_map(|l| {
                l.rsplit_once(' ')
                    .map(|(a, b)| (a.trim().to_string(), b.to_string()))
            })
            .collect()
    };
    let mut months = HashMap::new();
    let mut month_full = Vec::new();
    let mut month_abbr = Vec::new();
    for (i, l) in list("months").iter().enumerate() {
        for (j, w) in l.split_whitespace().enumerate() {
            months.insert(w.to_string(), i as u32 + 1);
            if j == 0 {
                month_full.push(w.to_string());
            } else {
                month_abbr.push(w.to_string());
            }
        }
    }
    let mut weekdays = HashMap::new();
    let mut wd_full = Vec::new();
    let mut wd_abbr = Vec::new();
    for (i, l) in list("weekdays").iter().enumerate() {
        for (j, w) in l.split_whitespace().enumerate() {
            weekdays.insert(w.to_string(), i as u32);
            if j == 0 {
                wd_full.push(w.to_string());
            } else {
                wd_abbr.push(w.to_string());
            }
        }
    }
    let numbers: HashMap<String, Option<u32>> = pairs("numbers")
        .into_iter()
        .map(|(w, n)| (w, n.parse().ok()))
        .collect();
    let num_of = |k: &str| -> HashMap<String, u32> {
        pairs(k)
            .into_iter()
            .filter_map(|(w, n)| n.parse().ok().map(|n| (w, n)))
            .collect()
    };
    let tens = num_of("tens");
    let ordinals = num_of("ordinals");
    let decade_words = num_of("decade_words");
    let seasons: HashMap<String, String> = pairs("seasons").into_iter().collect();
    let units: HashMap<String, String> = pairs("units").into_iter().collect();
    let day_parts: HashMap<String, String> = pairs("day_parts").into_iter().collect();
    let mut deictic = HashMap::new();
    for l in list("deictic") {
        let f: Vec<&str> = l.split('|').map(str::trim).collect();
        if let [phrase, kind, value] = f[..] {
            let kind = match kind {
                "TIME" => "TIME",
                "DURATION" => "DURATION",
                _ => "DATE",
            };
            deictic.insert(phrase.to_string(), (kind, value.to_string()));
        }
    }
    // a section of words, several to a line
    let words = |k: &str| -> HashSet<String> {
        list(k)
            .iter()
            .flat_map(|l| l.split_whitespace().map(str::to_string))
            .collect()
    };
    let function_words = words("function_words");
    let past_forms = words("past_forms");
    let participles = words("participles");
    let count_units = list("count_units").into_iter().collect();
    let date_approximators = words("date_approximators");
    let numbered_nouns = words("numbered_nouns");
    let count_quantifiers = words("count_quantifiers");
    let season_preps = words("season_preps");
    let season_name_heads = words("season_name_heads");
    let moving_verbs = words("moving_verbs");
    let scheduled_present = words("scheduled_present");

    // building blocks
    let b = r"(?-u:\b)";
    let month = format!(
        r"(?:{}|(?:{})\.?)",
        alt(month_full.iter().map(String::as_str)),
        alt(month_abbr.iter().map(String::as_str))
    );
    let month_alone = format!(
        r"(?:(?:{})(?-u:\b)|(?:{})\.)",
        alt(month_full.iter().map(String::as_str)),
        alt(month_abbr.iter().map(String::as_str))
    );
    let wd = format!(
        r"(?:{}|(?:{})\.)",
        alt(wd_full.iter().map(String::as_str)),
        alt(wd_abbr.iter().map(String::as_str))
    );
    let wd_full_re = alt(wd_full.iter().map(String::as_str));
    let units_sg = alt(units.keys().map(String::as_str));
    let all_units: Vec<String> = units.keys().flat_map(|u| [u.clone(), plural(u)]).collect();
    let units_any = alt(all_units.iter().map(String::as_str));
    let units_pl: Vec<String> = units.keys().map(|u| plural(u)).collect();
    let units_pl = alt(units_pl.iter().map(String::as_str));
    let unit_words = format!("(?:{units_any})");
    let ones = "one|two|three|four|five|six|seven|eight|nine";
    let teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    let tens_re = alt(tens.keys().map(String::as_str));
    // "two thousand", "three hundred", "twenty-five"; then the single words of the list
    let numw = format!(
        r"(?:(?:(?:{tens_re})(?:[\s-]+(?:{ones}))?|{ones}|{teens})[\s-]+(?:hundred|thousand)(?:[\s-]+and[\s-]+(?:(?:{tens_re})(?:[\s-]+(?:{ones}))?|{teens}|{ones}))?|(?:{tens_re})(?:[\s-]+(?:{ones}))?|{})",
        alt(numbers.keys().map(String::as_str))
    );
    let num = format!(r"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d)?|{numw})");
    // a count that may be a half ("half a century", "a half-hour"), for the first count only:
    // "four and a half years" is four, and a half
    let num_h = format!(r"(?:half\s+an?|a\s+half|{num})");
    let ordw = format!(
        r"(?:(?:twenty|thirty)[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|{})",
        alt(ordinals.keys().map(String::as_str))
    );
    let daynum = format!(r"(?:[0-3]?\d(?:st|nd|rd|th)?|{ordw})");
    let year = r"(?:1[0-9]\d\d|20\d\d|21\d\d)";
    let year_w = format!(
        r"(?:(?:nineteen|twenty)(?:[\s-]+hundred)?[\s-]+(?:and[\s-]+)?(?:(?:{tens_re})(?:[\s-]+(?:{ones}))?|{teens}|oh[\s-]+(?:{ones}))|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{teens}|{ones}|(?:{tens_re})(?:[\s-]+(?:{ones}))?))?)"
    );
    let season = alt(seasons.keys().map(String::as_str));
    let decade_w = alt(decade_words.keys().map(String::as_str));
    let approx = format!(
        "(?:{})",
        alt(list("approximators").iter().map(String::as_str))
    );
    let edge = format!("(?:{})", alt(list("edges").iter().map(String::as_str)));
    let deictic_re = alt(deictic.keys().map(String::as_str));
    let part = alt(day_parts.keys().map(String::as_str));

    let rules: Vec<(Rule, String)> = vec![
        (
            Rule::FullDate,
            format!(
                r"{b}(?:{wd},?\s+)?(?:(?P<m1>{month})\s+(?P<d1>{daynum}),?\s*(?P<y1>{year}|'\d\d)|(?:the\s+)?(?P<d2>{daynum})\s+(?:of\s+)?(?P<m2>{month}),?\s+(?P<y2>{year})|(?P<iy>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d)(?:T(?P<ih>[01]\d|2[0-3]):(?P<imi>[0-5]\d)(?::(?P<isec>[0-5]\d))?)?){b}"
            ),
        ),
        (
            Rule::NumDate,
            // "09/26/1999" (US order); "20.03.2003" (day first, as in Europe); "2010/05/12"
            format!(
                r"{b}(?:(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>\d{{4}}|\d\d)|(?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})\.(?P<dy>\d{{4}})|(?P<sy>\d{{4}})/(?P<sm>\d{{1,2}})/(?P<sd>\d{{1,2}})){b}"
            ),
        ),
        (
            Rule::MonthDay,
            format!(
                r"{b}(?:(?P<wd>{wd}),?\s+)?(?:(?:(?P<rel>this|last|next|this\s+coming|this\s+past)\s+)?(?P<m1>{month})\s+(?P<d1>{daynum})|(?:the\s+)?(?P<d2>{daynum})\s+(?:of\s+)?(?P<m2>{month})){b}"
            ),
        ),
        (
            Rule::MonthYear,
            format!(
                r"{b}(?:(?P<det>the)\s+)?(?:(?P<edge>{edge})[\s-]+)?(?P<m>{month})(?:,?\s+(?:of\s+)?(?P<y>{year}|{year_w})|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year){b}"
            ),
        ),
        (
            Rule::Month,
            format!(
                r"{b}(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+following|the\s+previous|{edge})[\s-]+|end-)?(?P<m>{month_alone})"
            ),
        ),
        (
            Rule::Year,
            format!(
                r"{b}(?:(?P<det>the)\s+)?(?:(?P<pre>{edge}|fiscal(?:\s+year)?|year|calendar(?:\s+year)?|the\s+fiscal\s+year)[\s-]+|(?P<pre2>end)-)?(?P<y>{year}|{year_w})(?P<post>\s+(?:and\s+beyond|or\s+later|or\s+earlier|or\s+so)|\s+period)?{b}"
            ),
        ),
        (
            Rule::Decade,
            format!(
                r"(?:{b}(?:(?P<edge>{edge})\s+)?(?:(?P<det>the)\s+)?(?:(?P<mod>early|late|mid|middle)[\s-]+)?)?(?:{b}(?P<dd>\d{{3}})0['’]?s|['’](?P<d2>\d)0['’]?s|{b}(?P<d3>\d)0['’]?s|{b}(?:(?P<cw>eighteen|nineteen)[\s-]+)?(?P<dw>{decade_w})){b}"
            ),
        ),
        (
            Rule::Century,
            format!(
                r"{b}(?:(?:(?P<part>the\s+(?:first|second|latter)\s+half|the\s+(?P<dec>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+decade)\s+of\s+|(?P<edge>{edge})\s+)?(?:(?P<det>the)\s+)?(?:(?P<mod>early|late|mid|middle)[\s-]+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)?|{ordw})(?P<pair>\s+(?:and|or|to|through)\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)|{ordw})|[-–](?:\d{{1,2}}(?:st|nd|rd|th)|{ordw}))?[\s-]+centur(?P<pl>y|ies)|(?P<mc>mid-century|the\s+middle\s+of\s+the\s+century|the\s+turn\s+of\s+the\s+century)){b}"
            ),
        ),
        (
            Rule::Quarter,
            format!(
                r"{b}(?:(?P<det>the|this|that|its|their|a)\s+)?(?:(?P<yr>this|last|next)\s+year'?s\s+)?(?P<adj>(?:(?:year-ago|year-earlier|comparable|latest|current|fiscal|same|flat|recent|previous|prior|past|preceding|final|last|this|next|coming|following|corresponding|seasonally|weak|strong)[\s-]+)*)(?:(?P<y1>{year})\s+)?(?:fiscal[\s-]+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+|(?P<mq1>{month})\s*[-–]\s*(?P<mq2>{month})(?:,?\s+(?P<y3>{year}))?\s+)?(?:fiscal[\s-]+)?(?:quarter|(?P<period>period))(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y2>{year})|(?P<yr2>this|last|next)\s+year))?{b}"
            ),
        ),
        (
            Rule::Half,
            format!(
                r"{b}(?:(?P<det>the)\s+)?(?:(?P<yr>this|last|next)\s+year'?s\s+)?(?:(?P<ago>year-earlier|year-ago)\s+)?(?P<h>first|second|latter|last)[\s-]+half(?:\s+of\s+(?:(?:fiscal\s+)?(?P<y>{year})|the\s+year|(?P<yr2>this|last|next)\s+year))?{b}"
            ),
        ),
        (
            Rule::Season,
            format!(
                r"{b}(?:(?P<story>the\s+following|the\s+next|the\s+previous|the\s+preceding|that)\s+|(?P<rel>the|this|last|next|this\s+past|this\s+coming|the\s+past|the\s+coming|the\s+upcoming|early|late|mid|the\s+early|the\s+late)[\s-]+|(?P<yr0>this|last|next)\s+year['’]s\s+)?(?P<s>{season})(?:\s+(?:of\s+)?(?P<y>{year}|{year_w})(?:[-–/](?P<y2>\d{{4}}|\d\d))?|\s+of\s+(?P<yr1>this|last|next)\s+year)?{b}"
            ),
        ),
        (
            Rule::Weekday,
            format!(
                r"{b}(?:(?P<rel>last|next|this|this\s+coming|this\s+past|the\s+previous|the\s+following|early|late|earlier|later)\s+)?(?P<wd>{wd_full_re}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.)(?P<pl>s)?(?:\s+(?P<part>morning|afternoon|evening|night)(?P<ps>s)?)?{b}"
            ),
        ),
        (
            Rule::Deictic,
            format!(r"{b}(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>{deictic_re}){b}"),
        ),
        (
            Rule::RelUnit,
            format!(
                r"{b}(?:(?P<edge>{edge})[\s-]+)?(?:(?P<det>the)\s+)?(?P<rel>last|next|this\s+past|this\s+coming|this|past|previous|coming|following|current|same|prior|preceding|present|upcoming|latest|outgoing)\s+(?:fiscal\s+)?(?P<u>year|month|week|decade|century|weekend|day|night|fiscal\s+year)(?P<post>\s+or\s+so)?{b}"
            ),
        ),
        (
            Rule::Ago,
            format!(
                r"{b}(?:(?P<mod>{approx})\s+)?(?P<n>{num_h})(?:\s+or\s+(?:so|more|two|three))?\s+(?:more\s+)?(?P<u>{unit_words})(?P<half2>\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|later|from\s+now|hence|back|before|after){b}"
            ),
        ),
        (
            Rule::Duration,
            format!(
                r"{b}(?:(?P<det>the|a|an|this|that|its|their|his|her|each\s+of\s+the)\s+)?(?:(?P<rel>past|last|next|first|coming|previous|following|final|remaining|latest|initial|prior|preceding|entire|whole|full|same|other|recent|additional)\s+)?(?:(?P<mod>{approx})\s+)?(?P<n>{num_h})(?:\s*[–-]\s*(?P<n3>\d+)|\s+(?:or|to|and)\s+(?P<n2>{num}))?(?P<half1>\s+and\s+(?:a\s+)?half)?(?:[\s-]+(?:more|full|straight|consecutive|long|additional|extra|successive|trading|business|working|calendar|odd))?[\s-]+(?P<u>{unit_words})(?P<half2>\s+and\s+a\s+half)?(?P<old>[\s-]+(?:long|old))?(?:\s+or\s+(?:so|two|three|more))?{b}"
            ),
        ),
        (
            Rule::Vague,
            format!(
                r"{b}(?:(?P<det>the)\s+)?(?:(?P<adj>recent|coming|past|next|last|previous|following|several|many|few|past\s+few|next\s+few|last\s+few|coming\s+few|early)\s+)?(?P<u>{units_pl})(?:\s+(?:or|and)\s+(?:{units_pl}))?(?P<post>\s+ahead|\s+to\s+come|\s+ago)?{b}"
            ),
        ),
        (
            Rule::Time,
            format!(
                r"{b}(?:(?P<mod>about|around|approximately)\s+)?(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d\d)(?::(?P<sec>[0-5]\d))?)?\s*(?P<ap>[ap]\.\s?m\.|[ap]m{b}|[ap]\.m{b})|(?P<h2>\d{{1,2}}):(?P<mi2>\d\d)(?::(?P<sec2>[0-5]\d))?{b}|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)(?:\s*(?:h|hrs|hours){b})?|(?P<noon>noon|midnight|midday){b})(?:\s+(?P<tz>(?-i:[A-Z]{{1,3}}T|[A-Z][A-Za-z]+\s+(?:[Tt]ime|TIME))|GMT|UTC|local\s+time){b})?(?:,?\s+(?P<day>{wd}|today|yesterday|tomorrow|(?P<dm>{month})\s+(?P<dd>{daynum})(?:,?\s+(?P<dy>{year}))?{b})(?:\s+(?P<dp>morning|afternoon|evening|night){b})?)?"
            ),
        ),
        (
            Rule::PartOfDay,
            format!(
                r"{b}(?:(?P<mod>early|late)\s+)?(?P<p>{part})\s+(?P<day>{wd}|today|yesterday|tomorrow){b}"
            ),
        ),
        (
            Rule::Set,
            format!(
                r"{b}(?:(?:every|each)\s+(?P<sn>{num})[\s-]+(?P<us>{unit_words})|(?:every|each)\s+(?:other\s+)?(?P<u>{units_sg}|{wd_full_re}|{month_full_re}|{season}|morning|afternoon|evening|night)(?:\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?)?|(?P<adv>daily|weekly|monthly|yearly|hourly|nightly|biweekly)|(?P<freq>once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|every|each)\s+(?P<u2>{units_sg})){b}",
                month_full_re = alt(month_full.iter().map(String::as_str))
            ),
        ),
        (
            Rule::ThatUnit,
            format!(
                r"{b}(?:(?P<edge>{edge})[\s-]+)?(?P<det>that|the\s+(?:full|fiscal|calendar|current\s+fiscal)|the)\s+(?P<u>year|month|week|day|decade|century)(?:\s+(?P<yago>ago|earlier))?{b}"
            ),
        ),
        (
            Rule::AroundDay,
            format!(
                r"{b}(?:(?P<det>that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+(?P<p>morning|afternoon|evening|night)|the\s+(?P<u>day|week|month|year|night|morning|afternoon|evening)\s+(?P<dir>before|after)){b}"
            ),
        ),
        (
            Rule::YearAgo,
            format!(
                r"{b}(?:(?P<det>the)\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:(?P<ago>year-ago|year-earlier|year-before|prior-year)(?:\s+(?P<p>period))?|(?P<latest>latest|current|comparable|corresponding|same)\s+(?:period(?P<ly>\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)))?|quarter(?P<lyq>\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)))|month(?P<lym>\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before))))){b}"
            ),
        ),
        (
            Rule::Holiday,
            format!(
                r"{b}(?:(?P<rel>last|this|next|upcoming|coming|forthcoming|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s)\s+|(?P<wdet>the)\s+)?(?P<h>{holiday})(?:,?\s+(?:of\s+)?(?P<y>{year})|\s+(?P<hp>morning|afternoon|evening|night|weekend))?{b}",
                holiday = {
                    let mut h: Vec<String> = super::holidays::names()
                        .iter()
                        .map(|n| regex::escape(n).replace('\'', "['’]").replace(' ', r"\s+"))
                        .collect();
                    h.sort_by_key(|n| std::cmp::Reverse(n.len()));
                    h.join("|")
                }
            ),
        ),
        (
            Rule::TwoAway,
            format!(
                r"{b}the\s+(?P<u>day|week|month|year)\s+(?P<dir>after\s+next|before\s+last|after\s+tomorrow|before\s+yesterday){b}"
            ),
        ),
        (
            Rule::InThePart,
            format!(
                r"{b}(?:the\s+(?:(?P<e0>mid|early|late)[\s-]?)?(?P<p>morning|afternoon|evening|night)|(?P<edge>mid|early|late)[\s-]?(?P<p2>morning|afternoon|evening)){b}"
            ),
        ),
        (
            Rule::NthWeekday,
            format!(
                r"{b}(?:the\s+)?(?P<n>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?:(?P<wd>{wd_full_re})|(?P<wk>week))\s+(?:of|in)\s+(?:(?P<m>{month})(?:,?\s+(?P<y>{year}))?|(?P<tm>the|this|last|next)\s+month){b}"
            ),
        ),
        (
            // "Q3 2012", "H1 2013", "FY2013": the financial press's abbreviations
            Rule::QuarterCode,
            format!(
                r"{b}(?:(?P<p>[QH])(?P<n>[1-4])[\s/-]*(?P<y>{year}|'\d\d)|(?P<y2>{year})[\s/-]*(?P<p2>[QH])(?P<n2>[1-4])|FY\s?(?P<fy>{year}|\d\d)){b}"
            ),
        ),
        (
            Rule::YearEnd,
            format!(r"{b}(?:(?P<y>{year})\s+)?year(?:[\s-]|['’]s\s+)end(?:\s+(?P<y2>{year}))?{b}"),
        ),
        (
            // "on the 28th": a day of the month being told about (the ordinal alone here,
            // which is rare: a pattern that began with the preposition cost 4% of the
            // tagger's time; the code checks the words before it)
            Rule::DayOfMonth,
            format!(r"{b}(?P<d>[12]?\d|3[01])(?:st|nd|rd|th){b}"),
        ),
        (
            // "in '96", "the class of ’98": a year with its century left out, after a
            // preposition or a season (the preposition is checked in the code)
            Rule::ShortYear,
            format!(r"(?P<ap>['’])(?P<ya>\d\d){b}"),
        ),
    ];
    let rules = rules
        .into_iter()
        .map(|(r, p)| {
            (
                r,
                Regex::new(&format!("(?i){p}")).expect("time rule compiles"),
            )
        })
        .collect();
    let idioms = Regex::new(&format!(
        r"(?i){b}(?:{}){b}",
        alt(list("idioms").iter().map(String::as_str))
    ))
    .expect("idioms compile");
    Vocab {
        months,
        weekdays,
        numbers,
        tens,
        ordinals,
        seasons,
        units,
        day_parts,
        decade_words,
        deictic,
        function_words,
        past_forms,
        participles,
        count_units,
        count_quantifiers,
        season_preps,
        season_name_heads,
        moving_verbs,
        scheduled_present,
        numbered_nouns,
        date_approximators,
        rules,
        idioms,
        topic_turns: list("topic_turns"),
        overnight_kinds: list("overnight_kinds"),
        game_words: list("game_words"),
        temperature_words: list("temperature_words"),
    }
}

/// How much farther a tense marker counts than it stands: a modal ("would", "must", "to
/// be held") often speaks of no time at all ("would normally be minimal"); an -ed word is
/// often an adjective.
const MODAL: usize = 1;
const ED_WORD: usize = 3;
/// How much farther a tense marker counts for each comma (up to two) between it and the
/// span: across a comma it is often in another clause.
const COMMA: usize = 3;

/// Whether an "and" (or "but") among `words` opens a clause: a modal, an auxiliary, a
/// pronoun or a past verb follows it ("and will meet", "and said"), not a noun phrase
/// ("and the tasks you set out").
fn clause_after_and(words: &[(usize, String)], past_forms: &HashSet<String>) -> bool {
    words.windows(2).any(|p| {
        matches!(p[0].1.as_str(), "and" | "but" | "while" | "whereas") && {
            let n = p[1].1.as_str();
            is_modal(n)
                || matches!(
                    n,
                    "is" | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "he"
                        | "she"
                        | "they"
                        | "we"
                        | "i"
                        | "it"
                        | "then"
                        | "also"
                        | "later"
                )
                || past_forms.contains(n)
                || (n.len() > 4 && n.ends_with("ed"))
        }
    })
}

/// How much farther a tense marker counts when a "that" stands between the span and it.
const CLAUSE: usize = 4;

/// Whether "scheduled for", "planned for", "due for" … stands without an auxiliary before
/// it (an adverb in between allowed): a reduced relative clause ("the vote, scheduled for
/// Wednesday, …"), which takes its time from the main verb. ("expected to" and "planned
/// to" are left alone: after a subject they are the finite verb, "he expected to see".)
fn reduced_relative(prev1: Option<&str>, prev2: Option<&str>) -> bool {
    let aux = match prev1 {
        Some(p) if p.len() > 4 && p.ends_with("ly") => prev2,
        p => p,
    };
    !aux.is_some_and(|a| {
        matches!(
            a,
            "is" | "are" | "am" | "be" | "been" | "being" | "was" | "were" | "now" | "still"
        ) || a.ends_with("'s")
            || a.ends_with("'re")
    })
}

/// Tense of the clause around a span: -1 past, 1 future, 0 unknown. The tense marker
/// nearest to the span decides ("said the offer, which expired Friday, will be extended":
/// "expired" for Friday); "would" and words ending in -ed count as a little farther away.
fn tense(text: &str, s: usize, e: usize) -> i8 {
    let (from, to) = crate::text::sentence_around(text, s, e, &['!', '?', '\n', ';'], 300);
    let v = vocab();
    let mut words: Vec<(usize, String)> = Vec::new();
    let mut start = None;
    for (i, c) in text[from..to].char_indices() {
        let w = c.is_ascii_alphanumeric() || c == '\'';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                words.push((from + st, text[from + st..from + i].to_ascii_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        words.push((from + st, text[from + st..to].to_ascii_lowercase()));
    }
    // word index of the span
    let at = words.partition_point(|(p, _)| *p < s);
    let end = words.partition_point(|(p, _)| *p < e);
    // what something has lasted since has begun, whatever the clause's tense ("students
    // who have occupied the building since Monday say they will stay")
    if at > 0 && words[at - 1].1 == "since" {
        return -1;
    }
    // the comma closing an opening phrase ("Until Tuesday, no one had claimed …") leads to
    // the clause the phrase belongs to
    let opening = !text[from..s].contains(',') && text[from..s].split_whitespace().count() <= 3;
    let mut best: Option<(usize, i8)> = None;
    for (i, (_, w)) in words.iter().enumerate() {
        if i >= at && i < end {
            continue;
        }
        // a capital inside a sentence starts a name, no verb: "the Fed could act", "Will
        // Smith", "the Red Sea"
        let pos = words[i].0;
        let before = text[from..pos].trim_end();
        if text[pos..].starts_with(|c: char| c.is_ascii_uppercase())
            && !before.is_empty()
            && !before.ends_with(['.', '!', '?', ':', '"', '“', '(', '—', '-'])
        {
            continue;
        }
        let next = words.get(i + 1).map(|x| x.1.as_str());
        let prev = |k: usize| i.checked_sub(k).map(|j| words[j].1.as_str());
        // "had been due to expire Friday", "was going to": a future seen from the past
        let in_past = || {
            matches!(prev(1), Some("was" | "were" | "had"))
                || (prev(1) == Some("been") && matches!(prev(2), Some("had")))
        };
        let (t, farther) = match w.as_str() {
            "will" | "shall" | "won't" | "wo" => (1, 0),
            _ if w.ends_with("'ll") => (1, 0),
            "going" | "expects" | "plans" | "scheduled" | "intends" | "due" | "expected"
            | "set" | "planned" | "slated" | "forecast" | "projected" | "likely" | "unlikely"
            | "poised" | "hope" | "hopes" | "aims" | "seeks" | "expect"
                if next == Some("to")
                    // "is planned for December", "is scheduled for Friday"
                    || (next == Some("for")
                        && matches!(
                            w.as_str(),
                            "scheduled" | "due" | "set" | "planned" | "slated"
                        )) =>
            {
                // "is expected to have slowed": a perfect infinitive looks back
                let perfect = next == Some("to")
                    && words.get(i + 2).is_some_and(|(_, x)| x == "have")
                    && words.get(i + 3).is_some_and(|(_, x)| {
                        x == "been" || x.ends_with("ed") || v.past_forms.contains(x.as_str())
                    });
                if in_past() || perfect {
                    (-1, 0)
                } else if next == Some("for") && reduced_relative(prev(1), prev(2)) {
                    // "The vote, originally scheduled for Wednesday, was postponed": the
                    // plan's time is the main verb's, which decides when it is near
                    (1, ED_WORD + 1)
                } else {
                    (1, 0)
                }
            }
            // "has set a presidential election for May 25", "scheduled a vote for Friday":
            // what is set for a day lies ahead of the setting
            "set" | "scheduled" | "slated" | "planned" | "called" | "fixed" | "rescheduled"
                if i + 2 < at
                    && at - i <= 6
                    && words[at - 1].1 == "for"
                    // its object follows it ("expenses set in every region for the second
                    // quarter" is a participle)
                    && matches!(
                        next,
                        Some("a" | "an" | "the" | "its" | "their" | "his" | "her" | "new")
                    ) =>
            {
                (1, 0)
            }
            // "the vote is expected in March", "results are due by Friday"
            // ("the vote is expected late Tuesday", "a ruling is due Friday")
            "expected" | "due"
                if (matches!(prev(1), Some("is" | "are" | "was" | "were"))
                    || (matches!(prev(1), Some("not"))
                        && matches!(prev(2), Some("is" | "are" | "was" | "were"))))
                    // "is due back Friday", "is expected home on Monday"
                    && {
                        let skip = matches!(next, Some("back" | "home" | "out" | "here"));
                        if skip { words.get(i + 2).map(|x| x.1.as_str()) } else { next }
                    }
                    .is_some_and(|n| {
                        matches!(
                            n,
                            "in" | "on"
                                | "by"
                                | "at"
                                | "within"
                                | "before"
                                | "late"
                                | "early"
                                | "next"
                                | "this"
                                | "later"
                                | "soon"
                                | "shortly"
                        ) || weekday_of(n).is_some()
                            || month_of(n).is_some()
                    }) =>
            {
                if in_past() {
                    (-1, 0)
                } else {
                    (1, 0)
                }
            }
            // a reduced relative right before the date looks ahead: "a cold front expected
            // Tuesday night should bring relief", "a ruling due Friday" ("as expected",
            // "than expected" compare; "was expected Tuesday" is read above; "analysts
            // expected Tuesday's report", "expected Tuesday that …" are the finite verb)
            "expected" | "due"
                if i + 1 == at
                    && !text[e..].starts_with(['\'', '’'])
                    && !text[e..].trim_start().starts_with("that ")
                    && !matches!(
                        prev(1),
                        Some(
                            "as" | "than"
                                | "had"
                                | "has"
                                | "have"
                                | "was"
                                | "were"
                                | "is"
                                | "are"
                                | "been"
                                | "be"
                        )
                    ) =>
            {
                (1, MODAL)
            }
            // what is expected lies ahead of the expecting: "Air France expected similar
            // disruption on Thursday" (a past "expected" with its object before the day)
            "expected" | "anticipated" | "predicted" | "forecast" | "expects" | "expect"
                if i + 2 < at
                    && at - i <= 4
                    && !matches!(next, Some("to" | "that" | "it" | "this"))
                    && !matches!(
                        prev(1),
                        Some(
                            "as" | "than" | "had" | "have" | "been" | "was" | "were" | "is" | "are"
                        )
                    )
                    && !words[i + 1..at].iter().any(|(_, x)| {
                        matches!(x.as_str(), "to" | "that" | "and" | "but" | "which" | "who")
                    }) =>
            {
                (1, ED_WORD)
            }
            // "discussed preparations for the summit in late June": what is prepared for
            // lies ahead
            // "has issued warnings for the weekend": a warning is of what lies ahead,
            // whenever it was issued
            "warning" | "warnings" | "alert" | "alerts" | "forecast" | "forecasts"
                if next == Some("for") && i + 1 < at && at - i <= 3 =>
            {
                (1, 0)
            }
            "preparation" | "preparations" | "preparing" | "prepare" | "prepares"
                if next == Some("for") =>
            {
                // farther than an -ed verb right before it: "launched preparations for the
                // season in March" dates the launch
                (1, ED_WORD + 1)
            }
            // "held ahead of Victory Day", "looking forward to seeing you in December"
            "ahead" if next == Some("of") => (1, 0),
            // "created an office of the chairman, effective Feb. 1": what takes effect on a
            // day lies ahead of the deciding ("starting" and "beginning" were tried: as often
            // a past start, "starting September, has been growing")
            "effective" if i + 1 == at => (1, 0),
            // "warned that more storms were possible through Tuesday night", "said rain was
            // likely Tuesday": what is likely lies ahead of the saying
            "possible" | "likely" | "unlikely" | "probable" | "imminent"
                if matches!(
                    prev(1),
                    Some("is" | "are" | "was" | "were" | "be" | "remain")
                ) && i < at
                    && at - i <= 3 =>
            {
                (1, 0)
            }
            // "The resort season is until November 1": a period that runs until a date not
            // yet come; "since" one already past. Weak, as an -ed word is: a verb near
            // them ("was open until November 1") decides
            // "postponed until Friday", "moved to Friday", "rescheduled for June": a new
            // date lies ahead
            "until" | "till" | "to" | "for"
                if i + 1 == at
                    && [prev(1), prev(2)].into_iter().flatten().any(|p| {
                        matches!(
                            p,
                            "postponed"
                                | "delayed"
                                | "moved"
                                | "deferred"
                                | "adjourned"
                                | "rescheduled"
                                | "pushed"
                                | "put"
                                | "shifted"
                                | "brought"
                        )
                    }) =>
            {
                (1, 0)
            }
            "until" | "till" | "through" | "thru" if i + 1 == at => (1, ED_WORD),
            "since" if i + 1 == at => (-1, ED_WORD),
            "forward" if next == Some("to") => (1, 0),
            // "is to resume trading Tuesday"
            "is" | "are" if next == Some("to") => (1, 0),
            // a present that tells a schedule: "the law takes effect Jan. 1", "the treaty
            // expires on Friday", "the committee meets Tuesday"
            // ("due to expire Friday", "would begin": the verb is not finite, the words
            // before it tell the tense)
            _ if matches!(
                prev(1),
                Some("to" | "will" | "would" | "could" | "can" | "may" | "might" | "did")
            ) && (v.scheduled_present.contains(w.as_str())
                || matches!(w.as_str(), "take" | "come" | "enter")) =>
            {
                continue
            }
            // a present progressive right before a day is an arrangement: "The central
            // bank is meeting Thursday", "we are leaving on Monday"
            _ if w.len() > 4
                && w.ends_with("ing")
                && i < at
                && at - i <= 4
                && words[i + 1..at]
                    .iter()
                    .filter(|(_, x)| {
                        !matches!(x.as_str(), "on" | "in" | "for" | "until" | "next" | "this")
                    })
                    .count()
                    <= 1
                && matches!(
                    prev(1),
                    Some("is" | "are" | "am" | "we're" | "they're" | "i'm")
                )
                && words
                    .get(at)
                    .is_some_and(|(_, d)| weekday_of(d).is_some() || month_of(d).is_some()) =>
            {
                (1, MODAL)
            }
            "take" | "takes" if next == Some("effect") => (1, MODAL),
            "come" | "comes" | "enter" | "enters" if next == Some("into") => (1, MODAL),
            // (a noun after an article is no verb: "the end of the talks on Sunday")
            _ if v.scheduled_present.contains(w.as_str())
                && !matches!(prev(1), Some("the" | "a" | "an" | "its" | "their" | "this")) =>
            {
                (1, MODAL)
            }
            // a present copula beside a weekday tells what lies ahead: "The deadline is
            // Friday", "the vote is on Friday", "Friday is the deadline"
            // ("The deadline is midnight Friday": the weekday may follow a clock)
            "is" | "are"
                if words[at..end.max(at)]
                    .iter()
                    .any(|(_, d)| weekday_of(d).is_some())
                    && ((i < at && at - i <= 2) || i == end) =>
            {
                (1, MODAL)
            }
            // "I would say", "I would point out": a hedge on the speaker's words, no time
            "would"
                if next.is_some_and(|n| {
                    matches!(
                        n,
                        "say" | "think" | "argue" | "note" | "add" | "point" | "stress"
                    )
                }) =>
            {
                continue
            }
            // future seen from the past: "said the event would be held on August 30"
            "would" => (1, MODAL),
            // a possibility lies ahead: "warned that the trend could reverse by the turn
            // of the century", "the Fed could begin as early as September" ("could not
            // be reached Tuesday" and "may have" look back)
            "could" | "may" | "might"
                if next.is_some_and(|n| {
                    // ("we could see an increase in March" is a past perception)
                    !matches!(
                        n,
                        "have" | "not" | "never" | "only" | "be" | "well" | "see" | "hear" | "feel"
                    )
                        && !n.ends_with("n't")
                }) && prev(1) != Some("as")
                    // the month is no modal ("Theresa May", "in May could")
                    && text[words[i].0..].starts_with(|c: char| c.is_ascii_lowercase()) =>
            {
                // after the span it is weak, as a past -ed word is: "formed in the
                // Atlantic on Wednesday and could become a hurricane" dates the forming
                (1, if i < at { MODAL } else { ED_WORD })
            }
            // an obligation lies ahead ("we must introduce it from September 1"), unless
            // it looks back ("must have been")
            "must" | "should" | "necessary" | "need" | "needs" if next != Some("have") => {
                (1, MODAL)
            }
            // a passive's participle carries no tense; its auxiliary does ("will be held",
            // "would be signed", "was held")
            // (and after "stay" or "remain": "will stay shut until Tuesday")
            _ if matches!(
                prev(1),
                Some(
                    "be" | "being"
                        | "been"
                        | "stay"
                        | "stays"
                        | "remain"
                        | "remains"
                        | "staying"
                        | "remaining"
                )
            ) && (v.past_forms.contains(w.as_str()) || w.ends_with("ed")) =>
            {
                // "the summit to be held in July": what is yet to be done
                if prev(1) == Some("be") && prev(2) == Some("to") {
                    (1, MODAL)
                } else {
                    continue;
                }
            }
            // a present passive or an adjective: "is favoured", "are based"
            _ if matches!(prev(1), Some("is" | "are" | "am"))
                && (v.past_forms.contains(w.as_str()) || w.ends_with("ed")) =>
            {
                continue
            }
            // present perfect: "has fluctuated", "have been", "have seen", "has already
            // risen"
            "has" | "have"
                if {
                    let participle = |n: &str| {
                        n == "been"
                            || v.past_forms.contains(n)
                            || v.participles.contains(n)
                            || (n.len() > 4 && n.ends_with("ed"))
                    };
                    let adverb = |n: &str| {
                        (n.len() > 4 && n.ends_with("ly"))
                            || matches!(
                                n,
                                "already"
                                    | "also"
                                    | "just"
                                    | "not"
                                    | "never"
                                    | "ever"
                                    | "since"
                                    | "long"
                                    | "all"
                                    | "both"
                                    | "yet"
                                    | "still"
                                    | "now"
                            )
                    };
                    next.is_some_and(|n| {
                        participle(n)
                            || (adverb(n)
                                && words.get(i + 2).is_some_and(|x| participle(x.1.as_str())))
                    })
                } =>
            {
                (-1, 0)
            }
            "was" | "were" | "had" | "did" | "ago" => (-1, 0),
            // after "to" or a modal a past form is a base form: "is scheduled to lay a
            // wreath on Friday", "will set", "to cut"
            _ if v.past_forms.contains(w.as_str())
                && (matches!(prev(1), Some("to" | "did" | "does" | "do"))
                    || prev(1).is_some_and(is_modal)) =>
            {
                continue
            }
            _ if v.past_forms.contains(w.as_str()) => (-1, 0),
            // an -ed word after a determiner or with "un-" is an adjective: "the
            // increased dividend", "a still unspecified date"
            _ if w.len() > 4
                && w.ends_with("ed")
                && (w.starts_with("un") || {
                    let det = |p: Option<&str>| {
                        p.is_some_and(|p| {
                            matches!(
                                p,
                                "a" | "an"
                                    | "the"
                                    | "its"
                                    | "their"
                                    | "his"
                                    | "her"
                                    | "our"
                                    | "this"
                                    | "these"
                                    | "those"
                                    | "no"
                                    | "every"
                            )
                        })
                    };
                    // "the increased", "a still unspecified", "the newly elected"
                    det(prev(1))
                        || (det(prev(2))
                            && prev(1).is_some_and(|a| {
                                a.ends_with("ly")
                                    || matches!(a, "still" | "most" | "more" | "less" | "well")
                            }))
                }) =>
            {
                continue
            }
            // a participle that the day's own "on" follows dates it: "The accord, signed on
            // Jan. 5, will run"; a verb of moving or planning does not
            _ if w.len() > 4
                && w.ends_with("ed")
                && i + 2 == at
                && words[i + 1].1 == "on"
                && !v.moving_verbs.contains(w.as_str())
                // "will be formally installed on Tuesday": the auxiliary before it tells
                && !(prev(1) == Some("be")
                    || prev(1).is_some_and(|p| p.ends_with("ly")) && prev(2) == Some("be"))
                && !matches!(
                    w.as_str(),
                    "scheduled" | "planned" | "expected" | "slated" | "timed" | "rescheduled"
                ) =>
            {
                (-1, 0)
            }
            // "indeed", "exceed", "proceed": no past ("agreed", "guaranteed" are)
            _ if w.ends_with("eed") && !w.ends_with("reed") && !w.ends_with("teed") => continue,
            // after a relative pronoun an -ed word is the verb: "The president, who
            // returned from Asia on Sunday, will meet …"
            _ if w.len() > 4 && w.ends_with("ed") && prev(1) == Some("who") => (-1, 0),
            _ if w.len() > 4 && w.ends_with("ed") => (-1, ED_WORD),
            _ => continue,
        };
        // a marker across a comma is in another clause ("The deal, first announced in
        // January, is expected to close"): it counts as farther
        let (a, b) = if i < at {
            (words[i].0, s)
        } else {
            (e, words[i].0)
        };
        // (a comma inside a number, "1,774", is none)
        let clause_commas = text[a..b]
            .match_indices(',')
            .filter(|(k, _)| !text[a + k + 1..].starts_with(|c: char| c.is_ascii_digit()))
            .count();
        let commas =
            (clause_commas - usize::from(i >= end && opening && clause_commas > 0)).min(2) * COMMA;
        // a marker in a "that" clause after the span tells the reported matter's time,
        // not the report's: "announced on Twitter on Wednesday that he would not run"
        // (and one after "and" or "but" with no comma between, which the comma counts
        // for: "met him on Saturday and will meet her on Tuesday")
        let clause = if i >= end
            && (words[end..i].iter().any(|(_, x)| x == "that")
                || (!text[e..words[i].0].contains(',')
                    && clause_after_and(&words[end..=i], &v.past_forms)))
        {
            CLAUSE
        } else {
            0
        };
        let dist = if i < at { at - i } else { i + 1 - end } + farther + commas + clause;
        if best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, t));
        }
    }
    best.map_or(0, |(_, t)| t)
}

/// A calendar point that anaphoric expressions resolve against.
#[derive(Clone, Copy)]
struct Anchor {
    date: NaiveDate,
    /// the anchor names a day, not only a month or a year
    day: bool,
}

/// Tags TIMEX3 expressions in `text`; `dct` resolves relative ones.
pub fn tag(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    let v = vocab();
    let mut cands: Vec<(usize, usize, usize)> = Vec::new();
    for (ri, (_, re)) in v.rules.iter().enumerate() {
        for m in re.find_iter(text) {
            if m.end() > m.start() {
                cands.push((m.start(), m.end(), ri));
            }
        }
    }
    // an idiom's time word names no time ("at the end of the day", "104.5 year on
    // year"); looked for only around candidates that could be part of one (a scan of
    // every text cost 2.5% of the tagger's time)
    cands.retain(|&(s, e, _)| {
        let span = &text[s..e];
        const UNITS: [&str; 10] = [
            "day", "Day", "year", "Year", "month", "Month", "week", "Week", "quarter", "Quarter",
        ];
        if !UNITS.iter().any(|u| span.contains(u)) {
            return true;
        }
        let lo = crate::text::floor_char(text, s.saturating_sub(24));
        let hi = crate::text::floor_char(text, (e + 24).min(text.len()));
        !v.idioms
            .find_iter(&text[lo..hi])
            .any(|m| lo + m.start() < e && s < lo + m.end())
    });
    // a candidate its rule rejects ("that 20 years" in "note that 20 years ago") must not
    // shut out a shorter one that holds ("20 years ago")
    let scratch = dct.map(|date| Anchor { date, day: true });
    cands.retain(|&(s, _, ri)| {
        let (rule, re) = &v.rules[ri];
        re.captures_at(text, s)
            .is_some_and(|c| normalise(*rule, text, &c, dct, &mut scratch.clone()).is_some())
    });
    // longest first; then earlier start; then earlier rule
    cands.sort_by_key(|&(s, e, r)| (std::cmp::Reverse(e - s), s, r));
    // spans taken so far, start -> end; they never overlap
    let mut taken: std::collections::BTreeMap<usize, usize> = Default::default();
    let mut chosen: Vec<(usize, usize, usize)> = Vec::new();
    for (s, e, r) in cands {
        let before = taken.range(..=s).next_back().is_some_and(|(_, &te)| te > s);
        let after = taken.range(s..e).next().is_some();
        if !before && !after {
            taken.insert(s, e);
            chosen.push((s, e, r));
        }
    }
    chosen.sort();
    let mut anchor = dct.map(|date| Anchor { date, day: true });
    let mut out = Vec::new();
    for (s, _, ri) in chosen {
        let (rule, re) = &v.rules[ri];
        let Some(c) = re.captures_at(text, s) else {
            continue;
        };
        if let Some(mut t) = normalise(*rule, text, &c, dct, &mut anchor) {
            t.s = trim_extent(text, t.s, t.e);
            if t.e > t.s {
                out.push(t);
            }
        }
    }
    quarter_ending(text, &mut out);
    same_period_a_year_before(text, &mut out);
    the_year_before_or_after(text, &mut out);
    part_of_a_day(text, &mut out);
    last_day_with_its_year(text, &mut out);
    other_day_of_a_range(text, &mut out);
    other_year_of_a_range(text, &mut out);
    other_day_of_a_list(text, &mut out);
    second_season(text, &mut out);
    clock_on_its_day(text, &mut out);
    months_of_a_span(text, dct, &mut out);
    approximate_dates(text, &mut out);
    no_overlaps(&mut out);
    quarter_ended(text, &mut out);
    compound_durations(text, &mut out);
    out
}

/// "3 hours 20 minutes", "two hours and 10 minutes", "a year and six months": one span
/// told in units, larger first, is one duration (`PT3H20M`), as TimeML writes it.
fn compound_durations(text: &str, out: &mut Vec<Timex>) {
    // the parts of a duration value: (count, unit letter, is a time unit)
    fn parts(v: &str) -> Option<Vec<(u64, char, bool)>> {
        let rest = v.strip_prefix('P')?;
        let (date, time) = match rest.split_once('T') {
            Some((d, t)) => (d, t),
            None => (rest, ""),
        };
        let mut out = Vec::new();
        for (chunk, is_time) in [(date, false), (time, true)] {
            let mut n = String::new();
            for c in chunk.chars() {
                if c.is_ascii_digit() {
                    n.push(c);
                } else {
                    out.push((n.parse().ok()?, c, is_time));
                    n.clear();
                }
            }
            if !n.is_empty() {
                return None;
            }
        }
        (!out.is_empty()).then_some(out)
    }
    fn rank(&(_, unit, time): &(u64, char, bool)) -> Option<u8> {
        Some(match (time, unit) {
            (false, 'Y') => 0,
            (false, 'M') => 1,
            (false, 'W') => 2,
            (false, 'D') => 3,
            (true, 'H') => 4,
            (true, 'M') => 5,
            (true, 'S') => 6,
            _ => return None,
        })
    }
    let mut i = 0;
    while i + 1 < out.len() {
        let (a, b) = (&out[i], &out[i + 1]);
        let joined = a.kind == "DURATION"
            && b.kind == "DURATION"
            && matches!(&text[a.e..b.s], " " | " and " | ", " | ", and ")
            // the second count starts with a number: "three hours 20 minutes"
            && text[b.s..].starts_with(|c: char| c.is_ascii_alphanumeric())
            && !text[b.s..]
                .get(..4)
                .is_some_and(|w| w.eq_ignore_ascii_case("the "));
        let merged = joined
            .then(|| {
                let mut pa = parts(a.value.as_deref()?)?;
                let pb = parts(b.value.as_deref()?)?;
                // the larger unit first, and weeks mix with no other ("a week and ten
                // days", "five years, 10 years" are no compound)
                let (last, first) = (pa.last()?, pb.first()?);
                let weeks = last.1 == 'W' && !last.2 || first.1 == 'W' && !first.2;
                if pb.len() != 1 || rank(last)? >= rank(first)? || weeks {
                    return None;
                }
                pa.extend(pb);
                let mut date = String::new();
                let mut time = String::new();
                for (n, u, t) in pa {
                    let part = if t { &mut time } else { &mut date };
                    part.push_str(&format!("{n}{u}"));
                }
                Some(if time.is_empty() {
                    format!("P{date}")
                } else {
                    format!("P{date}T{time}")
                })
            })
            .flatten();
        match merged {
            Some(value) => {
                let e = out[i + 1].e;
                out[i].e = e;
                out[i].value = Some(value);
                out.remove(i + 1);
            }
            None => i += 1,
        }
    }
}

/// Where the passes after the rules left two tags overlapping (a part of the day taking
/// in "the next morning of …", an approximation reaching back), the longer one stays.
fn no_overlaps(out: &mut Vec<Timex>) {
    out.sort_by_key(|t| t.s);
    let mut keep: Vec<Timex> = Vec::with_capacity(out.len());
    for t in out.drain(..) {
        match keep.last() {
            Some(p) if t.s < p.e => {
                if t.e - t.s > p.e - p.s {
                    keep.pop();
                    keep.push(t);
                }
            }
            _ => keep.push(t),
        }
    }
    *out = keep;
}

/// The later day of `first`'s month that a gap between two expressions ends with, and
/// its byte offset in the gap: "–12," or " and 9," after "February 10" / "May 7" (the
/// second day of a range or a list, then a comma before a year or a clock).
fn later_day_after_joiner(gap: &str, first: NaiveDate) -> Option<(usize, NaiveDate)> {
    let before = gap.trim_end().strip_suffix(',')?;
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let at = before.len() - digits;
    let joiner = before[..at].trim();
    if !matches!(
        joiner,
        "-" | "–" | "—" | "and" | "or" | "&" | "to" | "through"
    ) {
        return None;
    }
    let day: u32 = before[at..].parse().ok()?;
    (day > first.day())
        .then(|| first.with_day(day))
        .flatten()
        .map(|d| (at, d))
}

/// "the quarter ended Sept. 30": the quarter the date that ends it falls in (a quarter
/// with its number may be a fiscal one and keeps it).
fn quarter_ended(text: &str, out: &mut [Timex]) {
    for i in 1..out.len() {
        let (head, tail) = out.split_at_mut(i);
        let (q, d) = (&mut head[i - 1], &tail[0]);
        // a quarter with its number keeps it: "the fourth quarter ended Aug. 26" is a
        // fiscal quarter
        let span = text[q.s..q.e].to_lowercase();
        let numbered = [
            "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th",
        ]
        .iter()
        .any(|o| span.contains(o));
        let quarter = !numbered
            && span.ends_with("quarter")
            && q.value
                .as_deref()
                .is_some_and(|v| v.len() == 7 && v.as_bytes()[5] == b'Q');
        let gap = text.get(q.e..d.s).unwrap_or("").trim();
        if !quarter || !matches!(gap, "ended" | "ending" | "ended on" | "ending on") {
            continue;
        }
        let Some(v) = d.value.as_deref().filter(|v| v.len() >= 7) else {
            continue;
        };
        let (Ok(y), Ok(m)) = (v[..4].parse::<i32>(), v[5..7].parse::<u32>()) else {
            continue;
        };
        if (1..=12).contains(&m) {
            q.value = Some(format!("{y:04}-Q{}", (m - 1) / 3 + 1));
        }
    }
}

/// "February 10–12, 2003", "September 14 and 18, 2010": the year closes the last day of
/// the range or the list, so the last day and the year are one date ("12, 2003" is
/// 2003-02-12), not a year of their own. The first day already takes the year.
fn last_day_with_its_year(text: &str, out: &mut [Timex]) {
    for i in 1..out.len() {
        let (head, tail) = out.split_at_mut(i);
        let (p, t) = (&head[i - 1], &mut tail[0]);
        let year = &text[t.s..t.e];
        if t.kind != "DATE" || year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let Some(first) = day_of(p) else {
            continue;
        };
        let Some((d_at, last)) = later_day_after_joiner(&text[p.e..t.s], first) else {
            continue;
        };
        let y: i32 = year.parse().unwrap_or(0);
        if y != first.year() {
            continue;
        }
        t.s = p.e + d_at;
        t.value = Some(ymd(last));
    }
}

/// The day a tag's value names, if it names one (`YYYY-MM-DD`).
fn day_of(t: &Timex) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(t.value.as_deref()?, "%Y-%m-%d").ok()
}

/// Adds the tags of `extra` that overlap no tag (of `out`, or of `extra` taken before
/// them), keeping `out` in order.
fn add_free(out: &mut Vec<Timex>, extra: Vec<Timex>) {
    if extra.is_empty() {
        return;
    }
    for x in extra {
        if !out.iter().any(|o| o.s < x.e && x.s < o.e) {
            out.push(x);
        }
    }
    out.sort_by_key(|t| t.s);
}

/// "April 26–27", "10–13 October": the other day of a range written with one month is a
/// date of its own, as TimeML tags the two ends of a range ("27" is 2017-04-27; HeidelTime
/// does the same). The timeline keeps the range on the tag with the month.
fn other_day_of_a_range(text: &str, out: &mut Vec<Timex>) {
    let mut extra = Vec::new();
    for t in out.iter().filter(|t| t.kind == "DATE") {
        let Some(v) = t.value.as_deref().filter(|v| v.len() == 10) else {
            continue;
        };
        let Some((first, last)) = day_range(text, t.s, t.e, v) else {
            continue;
        };
        let (s, e, value) = if last != v {
            // the later day follows the tag: "April 26–27"
            let after = &text[t.e..];
            let digits = after.find(|c: char| c.is_ascii_digit());
            let Some(at) = digits else { continue };
            let n = after[at..].chars().take_while(char::is_ascii_digit).count();
            (t.e + at, t.e + at + n, last)
        } else if first != v {
            // the earlier day stands before it: "10–13 October", "from 16 to 28 March"
            let Some((a, b)) = first_day_before(text, t.s) else {
                continue;
            };
            (a, b, first)
        } else {
            continue;
        };
        if s < e {
            extra.push(Timex {
                s,
                e,
                kind: "DATE",
                value: Some(value),
            });
        }
    }
    add_free(out, extra);
}

/// The end of a range of years written with two digits is a year too: "from 1990-94",
/// "the 1997-98 season", "2019/20" (as both ends of "1941–1945" are).
fn other_year_of_a_range(text: &str, out: &mut Vec<Timex>) {
    let mut extra = Vec::new();
    for t in out.iter().filter(|t| t.kind == "DATE") {
        let Some(y) = t
            .value
            .as_deref()
            .filter(|v| v.len() == 4)
            .and_then(|v| v.parse::<i32>().ok())
        else {
            continue;
        };
        let after = &text[t.e..];
        let Some(rest) = after.strip_prefix(['-', '–', '/']) else {
            continue;
        };
        let n = rest.chars().take_while(char::is_ascii_digit).count();
        let tail = &rest[n..];
        let number_goes_on = tail.starts_with(['.', ',', '-', '/'])
            && tail[1..].starts_with(|c: char| c.is_ascii_digit());
        if n != 2 || tail.starts_with(char::is_alphanumeric) || number_goes_on {
            continue;
        }
        let Ok(nn) = rest[..n].parse::<i32>() else {
            continue;
        };
        // the next year or a later one of the same century, or "1999-00"
        let end = if nn > y % 100 {
            y / 100 * 100 + nn
        } else if nn == 0 && y % 100 == 99 {
            y + 1
        } else {
            continue;
        };
        let s = t.e + (after.len() - rest.len());
        extra.push(Timex {
            s,
            e: s + n,
            kind: "DATE",
            value: Some(format!("{end:04}")),
        });
    }
    add_free(out, extra);
}

/// "the year before", "the year after": a year from the year told of just before ("in 2017
/// …, or 40 percent more than the year before" is 2016; "Next year, … The year after, …"
/// is the year after next), which may be a relative one the anchor of absolute dates
/// does not see.
fn the_year_before_or_after(text: &str, out: &mut [Timex]) {
    for i in 1..out.len() {
        // (only a phrase of that length is worth lower-casing: this runs on every tag)
        let span = &text[out[i].s..out[i].e];
        if !(14..=24).contains(&span.len()) {
            continue;
        }
        let phrase = norm_key(span);
        let shift = match phrase.as_str() {
            "the year before" => -1,
            "the year after" => 1,
            _ => continue,
        };
        let (head, tail) = out.split_at_mut(i);
        let Some(p) = head.iter().rev().find(|p| {
            p.kind == "DATE"
                && tail[0].s.saturating_sub(p.e) < 300
                && p.value.as_deref().is_some_and(|v| {
                    v.len() >= 4 && v.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                })
        }) else {
            continue;
        };
        if let Ok(y) = p.value.as_deref().unwrap_or("")[..4].parse::<i32>() {
            tail[0].value = Some(format!("{:04}", y + shift));
        }
    }
}

/// "April 24 and 30", "on 5 and 6 May": the other day of a list with one month is a date of
/// its own, as in a range. A list has to end where a date would ("April 24 and 30
/// percent" is no list): at a stop or a comma, or before a preposition or a verb.
fn other_day_of_a_list(text: &str, out: &mut Vec<Timex>) {
    const ENDS: &[&str] = &[
        "in",
        "at",
        "on",
        "this",
        "last",
        "next",
        "of",
        "respectively",
        "when",
        "during",
        "was",
        "were",
        "will",
        "are",
        "is",
        "and",
        "to",
        "with",
    ];
    let mut extra = Vec::new();
    for t in out.iter().filter(|t| t.kind == "DATE") {
        let Some(day) = day_of(t) else {
            continue;
        };
        let span = &text[t.s..t.e];
        // "April 24 and 30": the later day after a month-first date
        if span.ends_with(|c: char| c.is_ascii_digit()) {
            let after = &text[t.e..];
            let Some(rest) = [" and ", " or ", " & "]
                .iter()
                .find_map(|j| after.strip_prefix(j))
            else {
                continue;
            };
            let n = rest.chars().take_while(char::is_ascii_digit).count();
            if !(1..=2).contains(&n) {
                continue;
            }
            let tail = &rest[n..];
            let ends = tail.is_empty()
                || tail.starts_with(['.', ',', ';', ':', ')'])
                    && !tail[1..].starts_with(|c: char| c.is_ascii_digit())
                || tail.starts_with(' ') && ENDS.contains(&first_word(tail).as_str());
            let later = rest[..n].parse().ok().filter(|d| *d > day.day());
            if let (true, Some(d)) = (ends, later.and_then(|d| day.with_day(d))) {
                let s = t.e + (after.len() - rest.len());
                extra.push(Timex {
                    s,
                    e: s + n,
                    kind: "DATE",
                    value: Some(ymd(d)),
                });
            }
        } else if span.starts_with(|c: char| c.is_ascii_digit()) {
            // "on 5 and 6 May": the earlier day before a day-first date
            let Some(before) = [" and ", " or ", " & "]
                .iter()
                .find_map(|j| text[..t.s].strip_suffix(j))
            else {
                continue;
            };
            // ("on the 14th and 15th of March": ordinals, with their article)
            let digits_end = ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|x| before.strip_suffix(x))
                .filter(|b| b.ends_with(|c: char| c.is_ascii_digit()))
                .map_or(before.len(), str::len);
            let n = digits_end
                - before[..digits_end]
                    .trim_end_matches(|c: char| c.is_ascii_digit())
                    .len();
            let mut lead = &before[..digits_end - n];
            let article = lead.ends_with(" the ") && digits_end < before.len();
            if article {
                lead = &lead[..lead.len() - "the ".len()];
            }
            if !(1..=2).contains(&n)
                || !lead.ends_with(' ')
                || !matches!(
                    last_word(lead).as_str(),
                    "on" | "from" | "between" | "of" | "for"
                )
            {
                continue;
            }
            let earlier = before[digits_end - n..digits_end]
                .parse()
                .ok()
                .filter(|d| *d < day.day());
            if let Some(d) = earlier.and_then(|d| day.with_day(d)) {
                extra.push(Timex {
                    s: lead.len(),
                    e: before.len(),
                    kind: "DATE",
                    value: Some(ymd(d)),
                });
            }
        }
    }
    add_free(out, extra);
}

/// "this autumn and winter", "next spring and summer": the second season is a date of
/// its own, the one that follows the first ("winter and spring" runs into the next year).
fn second_season(text: &str, out: &mut Vec<Timex>) {
    let v = vocab();
    let mut extra = Vec::new();
    for t in out.iter().filter(|t| t.kind == "DATE") {
        let Some(val) = t.value.as_deref().filter(|v| v.len() == 7) else {
            continue;
        };
        let (Ok(y), Some(first)) = (val[..4].parse::<i32>(), season_first_month(&val[5..])) else {
            continue;
        };
        let after = &text[t.e..];
        let Some(rest) = [" and ", " or ", " to ", "-", "–", " – "]
            .iter()
            .find_map(|j| after.strip_prefix(j))
        else {
            continue;
        };
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        let code = match word.to_lowercase().as_str() {
            "spring" => "SP",
            "summer" => "SU",
            "autumn" | "fall" => "FA",
            "winter" => "WI",
            _ => continue,
        };
        let s = t.e + (after.len() - rest.len());
        let e = s + word.len();
        // "the summer and winter Olympics": a name
        if v.season_name_heads
            .contains(first_word(&text[e..]).as_str())
        {
            continue;
        }
        let second = season_first_month(code).unwrap_or(12);
        let year = if second > first { y } else { y + 1 };
        extra.push(Timex {
            s,
            e,
            kind: "DATE",
            value: Some(format!("{year:04}-{code}")),
        });
    }
    add_free(out, extra);
}

/// "the morning of April 18", "the night of 9 May 1945", "the early hours of Thursday": the
/// part of the day is the time (TimeML tags the whole phrase, `1775-04-18TMO`). A tag the
/// phrase swallows ("the early hours" as a duration) goes.
fn part_of_a_day(text: &str, out: &mut Vec<Timex>) {
    let v = vocab();
    let mut swallowed = vec![false; out.len()];
    for i in 0..out.len() {
        let t = &out[i];
        let is_day = |x: &str| x.len() == 10 && x.as_bytes()[4] == b'-' && x.as_bytes()[7] == b'-';
        let day = t.kind == "DATE" && t.value.as_deref().is_some_and(is_day);
        // "the early hours of Sunday morning": a day's part already named
        let day_part = t.kind == "TIME"
            && t.value.as_deref().is_some_and(|x| {
                x.len() == 13
                    && is_day(&x[..10])
                    && matches!(&x[10..], "TMO" | "TAF" | "TEV" | "TNI")
            });
        let Some(before) = text[..t.s].strip_suffix(" of ").filter(|_| day || day_part) else {
            continue;
        };
        let part = last_word(before);
        let code = match v.day_parts.get(part.as_str()) {
            Some(c) if day => c.as_str(),
            // "the early hours of Sunday", "the small hours of Sunday": before dawn
            None if part == "hours" && {
                let p = before[..before.len() - part.len()]
                    .trim_end()
                    .to_ascii_lowercase();
                ["early", "small", "wee"].iter().any(|a| p.ends_with(a))
            } =>
            {
                if day_part {
                    ""
                } else {
                    "TMO"
                }
            }
            _ => continue,
        };
        let mut s = t.s - " of ".len() - part.len();
        if !text.is_char_boundary(s) || !text[s..t.s].to_lowercase().starts_with(&part) {
            continue;
        }
        // its article, and "early" or "late" ("the early morning of June 22")
        for w in ["early ", "late ", "small ", "wee ", "the "] {
            let b = s.saturating_sub(w.len());
            if text.is_char_boundary(b) && text[b..s].eq_ignore_ascii_case(w) {
                s = b;
            }
        }
        if i > 0 && out[i - 1].e > s && out[i - 1].s >= s {
            swallowed[i - 1] = true;
        }
        let t = &mut out[i];
        t.s = s;
        t.kind = "TIME";
        if !code.is_empty() {
            t.value = t.value.take().map(|x| format!("{x}{code}"));
        }
    }
    drop_marked(out, &swallowed);
}

/// Removes the tags marked in `marks` (one flag per tag, in order).
fn drop_marked(out: &mut Vec<Timex>, marks: &[bool]) {
    let mut i = 0;
    out.retain(|_| {
        i += 1;
        !marks[i - 1]
    });
}

/// "Now" opening a sentence and turning the talk to a topic ("Now to the problem at
/// hand", "And now about housing", "Now a few words about …", "Now let us look at …").
fn discourse_now(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].trim_end();
    let before = before
        .strip_suffix("And")
        .or_else(|| before.strip_suffix("and"))
        .map_or(before, str::trim_end);
    let opens = before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', '—', '–']);
    // a short window: lower-casing the rest of the text would make the tagger quadratic
    let end = crate::text::floor_char(text, (e + 40).min(text.len()));
    let next = text[e..end].trim_start_matches([' ', ',']).to_lowercase();
    // a phrase is whole words: "to " and "to," but not "today"
    opens
        && vocab().topic_turns.iter().any(|p| {
            next.strip_prefix(p.as_str())
                .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
        })
}

/// "The future" as a fate rather than a time: of something ("the future of Syria", "the
/// future of gas"), or the subject of its own verb with no preposition before it ("the
/// future looks bright", "I think the future is renewable"). "In the future will lower
/// costs" and "worried about the future" stay times.
fn fate_not_time(text: &str, s: usize, e: usize) -> bool {
    let next: String = text[e..]
        .strip_prefix(' ')
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    if next == "of" {
        return true;
    }
    let verb = matches!(
        next.as_str(),
        "is" | "was"
            | "looks"
            | "looked"
            | "seems"
            | "appears"
            | "belongs"
            | "lies"
            | "holds"
            | "depends"
            | "requires"
            | "remains"
            | "promises"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
    );
    let prev = last_word(&text[..s]);
    let after_preposition = matches!(
        prev.as_str(),
        "in" | "into"
            | "for"
            | "to"
            | "toward"
            | "towards"
            | "about"
            | "from"
            | "of"
            | "with"
            | "at"
            | "by"
            | "on"
            | "over"
            | "than"
            | "like"
            | "beyond"
            | "until"
            | "till"
            | "near"
    );
    verb && !after_preposition
}

/// "Overnight" meaning "all at once": after "practically", "almost" … or in a negated
/// clause ("will not change overnight").
fn suddenly(text: &str, s: usize) -> bool {
    let prev = last_word(&text[..s]);
    if matches!(
        prev.as_str(),
        "practically" | "literally" | "almost" | "virtually" | "nearly" | "simply" | "just"
    ) {
        return true;
    }
    let (from, _) = crate::text::sentence_around(text, s, s, &['!', '?', '\n', ';'], 200);
    text[from..s]
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .any(|w| {
            let w = w.to_lowercase();
            matches!(w.as_str(), "not" | "never" | "cannot" | "impossible")
                || w.ends_with("n't")
                || w.ends_with("n’t")
        })
}

/// "around Nov. 1", "sometime next year", "some time next year": the approximation is
/// part of the extent, as TimeML has it (`data/time_words.txt` [date_approximators]).
fn approximate_dates(text: &str, out: &mut Vec<Timex>) {
    let v = vocab();
    // "some time" tagged as a duration before a date is that date's approximation
    let mut drop = vec![false; out.len()];
    for i in 1..out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        if a.kind == "DURATION"
            && matches!(b.kind, "DATE" | "TIME")
            && text[a.s..a.e].eq_ignore_ascii_case("some time")
            && text[a.e..b.s].chars().all(|c| c == ' ')
            // "for some time now" lasts
            && b.value.as_deref() != Some("PRESENT_REF")
        {
            drop[i - 1] = true;
            out[i].s = out[i - 1].s;
        }
    }
    drop_marked(out, &drop);
    for t in out.iter_mut() {
        if !matches!(t.kind, "DATE" | "TIME") {
            continue;
        }
        let before = &text[..t.s];
        let gap = before.len() - before.trim_end().len();
        if gap == 0 || before[before.len() - gap..].contains('\n') {
            continue;
        }
        let word = last_word(before);
        if v.date_approximators.contains(&word) {
            t.s = before.trim_end().len() - word.len();
        }
    }
}

/// "January to September 2016", "January 1 through December 31, 2019": a month, a day or
/// a season that opens a span takes its year from the date that closes it (the year
/// before if it comes later in the calendar: "November to March 2017").
fn months_of_a_span(text: &str, dct: Option<NaiveDate>, out: &mut [Timex]) {
    // a month ("2016-01") or a day ("2016-01-05") of the calendar
    let calendar = |t: &Timex| {
        t.kind == "DATE"
            && t.value.as_deref().is_some_and(|v| {
                let b = v.as_bytes();
                (v.len() == 7 || (v.len() == 10 && b[7] == b'-'))
                    && b[4] == b'-'
                    && b[..4].iter().all(u8::is_ascii_digit)
            })
    };
    // a year written out, not only a day of the month
    let has_year = |s: &str| s.split(|c: char| !c.is_ascii_digit()).any(|d| d.len() == 4);
    for i in 1..out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        if !calendar(a) || has_year(&text[a.s..a.e]) {
            continue;
        }
        let gap = text[a.e..b.s].trim().to_lowercase();
        if !matches!(
            gap.as_str(),
            "-" | "–" | "—" | "to" | "through" | "till" | "until" | "and" | "or"
        ) {
            continue;
        }
        let (Some(av), Some(bv)) = (a.value.as_deref(), b.value.as_deref()) else {
            continue;
        };
        // days named by the weekday alone ("Thursday to Sunday") are no calendar days: a
        // span of them that runs backwards ends a week later, or, told in the past, begins
        // a week earlier
        let weekday_only = |t: &Timex| {
            text[t.s..t.e].split_whitespace().all(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
                weekday_of(&w).is_some() || matches!(w.as_str(), "next" | "last" | "this" | "")
            })
        };
        if weekday_only(a) || weekday_only(b) {
            // ("between Wednesday and Sunday" is a span; "on Monday and Friday" two days)
            let between = last_word(&text[..a.s]) == "between";
            if weekday_only(a) && weekday_only(b) && (gap != "and" || between) && av.len() == 10 {
                let (Ok(mut ad), Ok(mut bd)) = (
                    NaiveDate::parse_from_str(av, "%Y-%m-%d"),
                    NaiveDate::parse_from_str(bv, "%Y-%m-%d"),
                ) else {
                    continue;
                };
                // (or spans more than a week: "lasted from Tuesday until Thursday", each
                // placed on its own, the second by "until" ahead)
                let past = tense(text, a.s, b.e) < 0;
                let week = Duration::days(7);
                // a span still running on the report's day begins a week earlier: "would
                // travel between Wednesday and Sunday", told on Saturday
                let running = dct.is_some_and(|d| ad - week <= d && d <= bd);
                if bd < ad {
                    if past || running {
                        ad -= week;
                    } else {
                        bd += week;
                    }
                } else if (bd - ad).num_days() > 6 {
                    if past {
                        bd -= week;
                    } else {
                        ad += week;
                    }
                }
                out[i - 1].value = Some(ymd(ad));
                out[i].value = Some(ymd(bd));
            }
            continue;
        }
        // month and day as "MM-DD" compare in calendar order; a month alone is its 1st,
        // a season its first month ("the summer and winter of 1877")
        let md = |v: &str| {
            let m = match season_first_month(&v[5..7]) {
                Some(m) => format!("{m:02}"),
                None => v[5..7].to_string(),
            };
            format!("{m}-{}", v.get(8..10).unwrap_or("01"))
        };
        if !calendar(b) {
            continue;
        }
        // a span of two dates with no year, each placed on its own, that runs backwards
        // ("grew during the January-June period" in March: January this year, June last
        // year) is one span: of the two placings, the one nearer the report, a span on
        // the wrong side of it for the tense counting 240 days farther (as for one date)
        if !has_year(&text[b.s..b.e]) {
            // ("yesterday or the day before", "in August or September": alternatives, each
            // placed on its own; "November or December 2014" lends its year, below)
            if gap == "or" {
                continue;
            }
            let ranged = gap != "and";
            let (av, bv) = (av.to_string(), bv.to_string());
            // (or whose two placings are more than a year apart: "from Dec. 24 through
            // Jan. 2" placed 2012 and 2014)
            let apart = match (av[..4].parse::<i32>(), bv[..4].parse::<i32>()) {
                (Ok(ay), Ok(by)) => by - ay > i32::from(md(&av) > md(&bv)),
                _ => false,
            };
            if ranged && (bv < av || apart) && bv.len() == av.len() && !bv.starts_with('X') {
                let (Ok(ay), Ok(by), Some(base)) =
                    (av[..4].parse::<i32>(), bv[..4].parse::<i32>(), dct)
                else {
                    continue;
                };
                let wraps = md(&av) > md(&bv);
                let tn = tense(text, a.s, b.e);
                // the first's year under each placing: the end's, or the start's
                let cost = |y: i32| -> Option<i64> {
                    let end_y = if wraps { y + 1 } else { y };
                    let (st, _) = range_bounds(&format!("{y:04}{}", &av[4..]))?;
                    let (_, en) = range_bounds(&format!("{end_y:04}{}", &bv[4..]))?;
                    // (a span wholly on the wrong side counts from its far end: "had
                    // recorded calls from Dec. 10 to Jan. 8", told in October, is last
                    // winter's)
                    Some(if en < base {
                        let far = if tn > 0 { st } else { en };
                        tense_cost((far - base).num_days(), tn, 240)
                    } else if st > base {
                        let far = if tn < 0 { en } else { st };
                        tense_cost((far - base).num_days(), tn, 240)
                    } else {
                        0
                    })
                };
                let from_end = if wraps { by - 1 } else { by };
                let (Some(ce), Some(cs)) = (cost(from_end), cost(ay)) else {
                    continue;
                };
                let y = if ce < cs { from_end } else { ay };
                let end_y = if wraps { y + 1 } else { y };
                out[i - 1].value = Some(format!("{y:04}{}", &av[4..]));
                out[i].value = Some(format!("{end_y:04}{}", &bv[4..]));
            }
            continue;
        }
        // only a year written out ("September 2016") is sure enough to lend
        let Ok(by) = bv[..4].parse::<i32>() else {
            continue;
        };
        let y = if md(av) <= md(bv) { by } else { by - 1 };
        out[i - 1].value = Some(format!("{y:04}{}", &av[4..]));
    }
}

/// "On May 29 at 9 am", "May 5, 2017, 12 pm", "after 12 pm (Moscow time) on September 29":
/// a clock time without a day of its own is on the day written next to it, not on the
/// creation date.
fn clock_on_its_day(text: &str, out: &mut [Timex]) {
    // clocks whose day the text tells, before or after them
    let mut dated: Vec<usize> = Vec::new();
    let mut told_day = vec![false; out.len()];
    let is_day = |t: &Timex| {
        t.kind == "DATE"
            && t.value.as_deref().is_some_and(|v| {
                v.len() == 10 && v.as_bytes()[4] == b'-' && v.as_bytes()[7] == b'-'
            })
    };
    // whether only one of `words` (or nothing) stands between two expressions; a
    // parenthesis such as "(Moscow time)" may stand there too
    let gap_ok = |gap: &str, words: &[&str]| {
        let g = gap.trim_matches(|c: char| c.is_whitespace() || c == ',');
        // the end of a parenthesis the expression stands in: "(1000 GMT) on Saturday"
        let g = g.strip_prefix(')').unwrap_or(g);
        let g = match (g.find('('), g.find(')')) {
            (Some(a), Some(b)) if a < b && b - a < 25 => format!("{}{}", &g[..a], &g[b + 1..]),
            _ => g.to_string(),
        };
        let g = g
            .trim_matches(|c: char| c.is_whitespace() || c == ',')
            .to_lowercase();
        g.is_empty() || words.contains(&g.as_str())
    };
    for i in 0..out.len() {
        let t = &out[i];
        if t.kind != "TIME" {
            continue;
        }
        let Some((_, clock)) = t.value.as_deref().and_then(|v| v.split_once('T')) else {
            continue;
        };
        // "overnight" is the night before the day it is told with, and knows it
        if text[t.s..t.e].eq_ignore_ascii_case("overnight") {
            continue;
        }
        let own_day = text[t.s..t.e].split(|c: char| !c.is_alphabetic()).any(|w| {
            is_calendar_word(&w.to_lowercase())
                || w.eq_ignore_ascii_case("today")
                || w.eq_ignore_ascii_case("yesterday")
                || w.eq_ignore_ascii_case("tomorrow")
        });
        if own_day {
            continue;
        }
        let prev = i.checked_sub(1).map(|j| &out[j]);
        let before = prev
            .filter(|p| is_day(p) && t.s >= p.e && t.s - p.e <= 12)
            .filter(|p| {
                gap_ok(
                    &text[p.e..t.s],
                    &["at", "from", "by", "until", "after", "before"],
                )
            })
            .and_then(|p| p.value.clone())
            .or_else(|| {
                // "May 7 and 9, 6:30 am": the last day of a list or a range
                let p = prev.filter(|p| is_day(p) && t.s >= p.e && t.s - p.e <= 16)?;
                let first = NaiveDate::parse_from_str(p.value.as_deref()?, "%Y-%m-%d").ok()?;
                later_day_after_joiner(&text[p.e..t.s], first).map(|(_, d)| ymd(d))
            });
        // the end of a range of hours: "12 pm – 4:30 pm"
        let range = prev
            .filter(|p| p.kind == "TIME" && t.s >= p.e && t.s - p.e <= 6)
            .filter(|p| gap_ok(&text[p.e..t.s], &["-", "–", "—", "to", "and", "until"]))
            .and_then(|p| Some(p.value.as_deref()?.split_once('T')?.0.to_string()))
            .filter(|d| !d.starts_with('X'));
        // "9:30 pm on Wednesday" and "9:30 pm on Wednesday evening"
        // (past a clock in parentheses: "at noon (1000 GMT) on Saturday")
        let next = match out.get(i + 1) {
            Some(n) if n.kind == "TIME" && n.s >= t.e && text[t.e..n.s].trim() == "(" => {
                out.get(i + 2)
            }
            n => n,
        };
        let after = next
            .filter(|n| n.s >= t.e && n.s - t.e <= 30)
            .filter(|n| gap_ok(&text[t.e..n.s], &["on"]))
            .and_then(|n| match n.kind {
                "TIME" => n
                    .value
                    .as_deref()
                    .and_then(|v| v.split_once('T'))
                    .map(|(d, _)| d.to_string())
                    .filter(|d| d.len() == 10 && !d.contains('X')),
                _ => n.value.clone().filter(|_| is_day(n)),
            });
        // a clock's own day after it wins over the day of the range's first clock
        let told = before.is_some() || after.is_some();
        if let Some(day) = before.or(after).or(range) {
            let v = format!("{day}T{clock}");
            out[i].value = Some(v);
        }
        if told {
            dated.push(i);
            told_day[i] = true;
        }
    }
    // "from 8 am to 10 am on March 1": the first clock of a range takes the day told for
    // the second
    for &j in dated.iter().rev() {
        let Some(i) = j.checked_sub(1) else { continue };
        let (a, b) = (&out[i], &out[j]);
        if a.kind != "TIME" || told_day[i] || b.s < a.e || b.s - a.e > 8 {
            continue;
        }
        let gap = &text[a.e..b.s];
        if gap.trim().is_empty() || !gap_ok(gap, &["-", "–", "—", "to", "until", "till"]) {
            continue;
        }
        let day = b
            .value
            .as_deref()
            .and_then(|v| v.split_once('T'))
            .map(|(d, _)| d.to_string());
        let clock = a
            .value
            .as_deref()
            .and_then(|v| v.split_once('T'))
            .map(|(_, c)| c.to_string());
        if let (Some(d), Some(c)) = (day, clock) {
            out[i].value = Some(format!("{d}T{c}"));
        }
    }
}

/// "the quarter ending in March", "the quarter ended Sept. 30": the quarter is the one
/// that holds the month or the day written after it, not the last one reported.
fn quarter_ending(text: &str, out: &mut [Timex]) {
    for i in 1..out.len() {
        let (q, d) = (&out[i - 1], &out[i]);
        let Some(qv) = q.value.as_deref() else {
            continue;
        };
        // a numbered quarter keeps its number: fiscal quarters end in other months ("the
        // fiscal fourth quarter ended Sept. 30")
        let numbered = text[q.s..q.e]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| {
                [
                    "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th",
                ]
                .contains(&w.to_ascii_lowercase().as_str())
            });
        if !(qv.len() == 7 && qv.as_bytes()[5] == b'Q') || d.s < q.e || numbered {
            continue;
        }
        let gap = text[q.e..d.s].trim().to_ascii_lowercase();
        let gap = gap
            .strip_suffix(" in")
            .or(gap.strip_suffix(" on"))
            .unwrap_or(&gap);
        if !matches!(
            gap,
            "ended" | "ending" | "ends" | "that ended" | "which ended"
        ) {
            continue;
        }
        let Some(dv) = d.value.as_deref().filter(|v| v.len() >= 7) else {
            continue;
        };
        let (Ok(y), Ok(m)) = (dv[..4].parse::<i32>(), dv[5..7].parse::<u32>()) else {
            continue;
        };
        if (1..=12).contains(&m) && dv.as_bytes()[4] == b'-' {
            out[i - 1].value = Some(format!("{y:04}-Q{}", (m - 1) / 3 + 1));
        }
    }
}

/// "Profit rose in the third quarter from a year earlier": when a sentence compares a
/// quarter (or half) with "a year ago", "a year earlier" or "the year-ago period", the
/// earlier date is that quarter of the year before, not the whole year.
/// How far back (bytes) a reported quarter still sets the period of "a year ago": a
/// few paragraphs of an earnings report, not a whole transcript.
const REPORT_SPAN: usize = 2000;

fn same_period_a_year_before(text: &str, out: &mut [Timex]) {
    for i in 0..out.len() {
        let phrase = norm_key(&text[out[i].s..out[i].e]);
        let year_back = ["year ago", "year earlier", "year before"]
            .iter()
            .any(|w| phrase.ends_with(w) || phrase.contains(&format!("{w} period")));
        // "the same period last year": the period this sentence (or the report before it)
        // tells of, a year before ("sales in the first quarter rose, compared with the same
        // period last year" is the first quarter of last year)
        if (phrase.contains("period") || phrase.contains("quarter") || phrase.contains("month"))
            && (phrase.ends_with("last year") || year_back)
            && phrase.starts_with("the")
            && !phrase.contains("year ago period")
            && !phrase.contains("year earlier period")
            && out[i].kind == "DATE"
        {
            let (from, _) =
                crate::text::sentence_around(text, out[i].s, out[i].e, &['!', '?', '\n', ';'], 300);
            let told = |t: &Timex| {
                let (yy, p) = t.value.as_deref()?.split_once('-')?;
                let yy = yy.parse::<i32>().ok().filter(|_| yy.len() == 4)?;
                let ok = p.len() == 2
                    && (p.starts_with('Q') || p.starts_with('H') || p.starts_with(['0', '1']))
                    && p[1..].chars().all(|c| c.is_ascii_digit());
                ok.then(|| format!("{:04}-{p}", yy - 1))
            };
            let before = out[..i]
                .iter()
                .enumerate()
                .rev()
                .filter(|(_, t)| t.s >= from || out[i].s.saturating_sub(t.e) < REPORT_SPAN)
                .find_map(|(j, t)| {
                    let v = told(t)?;
                    // the end of a span of months ("January–October 2012"): the span's
                    // year, which a TimeML value can tell
                    let opens = j > 0 && {
                        let o = &out[j - 1];
                        o.value.as_deref().is_some_and(|ov| ov.len() == 7)
                            && o.e <= t.s
                            && matches!(
                                text[o.e..t.s].trim(),
                                "-" | "–" | "—" | "to" | "through" | "and" | "till" | "until"
                            )
                    };
                    Some(
                        if opens && v.len() == 7 && !v[5..].starts_with(['Q', 'H']) {
                            v[..4].to_string()
                        } else {
                            v
                        },
                    )
                });
            // a span the value cannot tell ("the first seven months of this year"):
            // the year before the one the sentence names
            let before = before.or_else(|| {
                out[..i]
                    .iter()
                    .rev()
                    .filter(|t| t.s >= from && t.kind == "DATE")
                    .find_map(|t| {
                        let v = t.value.as_deref()?;
                        let y = v.parse::<i32>().ok().filter(|_| v.len() == 4)?;
                        Some(format!("{:04}", y - 1))
                    })
            });
            if let Some(v) = before {
                out[i].value = Some(v);
            }
            continue;
        }
        let Some(y) = out[i].value.as_deref().and_then(|v| v.parse::<i32>().ok()) else {
            continue;
        };
        if !year_back || out[i].kind != "DATE" {
            continue;
        }
        let (from, to) =
            crate::text::sentence_around(text, out[i].s, out[i].e, &['!', '?', '\n', ';'], 300);
        // a quarter or half of the report's year, or of the year before when the report
        // tells of the last one ("the fourth quarter", read in March)
        let part_of_next_year = |t: &Timex| {
            let (yy, p) = t.value.as_deref()?.split_once('-')?;
            let yy = yy.parse::<i32>().ok()?;
            let ok = (yy == y + 1 || yy == y)
                && p.len() == 2
                && (p.starts_with('Q') || p.starts_with('H'))
                && p[1..].chars().all(|c| c.is_ascii_digit());
            ok.then(|| (yy - 1, p.to_string()))
        };
        // The quarter compared in this sentence, else the first one the text reported
        // before it, the report's own ("Third-quarter net rose … After a flat second
        // quarter … Revenue fell from $3 billion a year ago": the third quarter).
        // a month told before it in the sentence is compared too ("Home prices rose 8.1% in
        // January from a year earlier" is January a year back)
        let month_before = |t: &Timex| {
            let (yy, p) = t.value.as_deref()?.split_once('-')?;
            let yy = yy.parse::<i32>().ok()?;
            let ok = (yy == y + 1 || yy == y)
                && p.len() == 2
                && p.chars().all(|c| c.is_ascii_digit())
                && t.e <= out[i].s;
            ok.then(|| (yy - 1, p.to_string()))
        };
        let period = out
            .iter()
            .filter(|t| t.s >= from && t.e <= to)
            .find_map(part_of_next_year)
            .or_else(|| {
                out.iter()
                    .filter(|t| t.s >= from && t.e <= to)
                    .find_map(month_before)
            })
            .or_else(|| {
                out[..i]
                    .iter()
                    .filter(|t| t.e <= out[i].s && out[i].s - t.e < REPORT_SPAN)
                    .find_map(part_of_next_year)
            });
        if let Some((y, p)) = period {
            out[i].value = Some(format!("{y:04}-{p}"));
        }
    }
}

/// True when "a week" at `s` follows a quantity ("700 seats a week", "$2 million a
/// year") in its clause and not a word that makes it a time ("in a week", "twice a week").
fn is_rate(text: &str, s: usize) -> bool {
    let v = vocab();
    let lo = crate::text::floor_char(text, s.saturating_sub(60));
    let before = &text[lo..s];
    let clause = before
        .rsplit([',', ';', '.', '(', '"', '\n'])
        .next()
        .unwrap_or("");
    let words: Vec<String> = clause
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let Some(last) = words.last() else {
        return false;
    };
    if v.function_words.contains(last.as_str())
        || matches!(
            last.as_str(),
            "once"
                | "twice"
                | "times"
                | "than"
                | "least"
                | "only"
                | "just"
                | "nearly"
                | "almost"
                | "about"
                // "Flight 370 vanished within an hour": a preposition of time before it
                | "within"
                | "for"
                | "in"
                | "after"
                | "over"
                | "during"
                | "under"
                | "before"
        )
    {
        return false;
    }
    words.iter().rev().take(4).any(|w| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || v.numbers
                .get(w.as_str())
                .is_some_and(|n| n.is_some_and(|n| n > 1))
            || matches!(
                w.as_str(),
                "million" | "billion" | "thousand" | "hundred" | "dozen" | "cents"
            )
    }) || before.trim_end().ends_with(|c: char| c.is_ascii_digit())
}

/// TimeML extents leave out a possessive ("its fourth quarter"), as they leave out
/// prepositions; other modifiers stay ("earlier this year", "late last week").
fn trim_extent(text: &str, s: usize, e: usize) -> usize {
    let span = &text[s..e];
    let Some((first, rest)) = span.split_once(' ') else {
        return s;
    };
    let f = first.to_lowercase();
    let drop = matches!(
        f.as_str(),
        "its" | "their" | "his" | "her" | "our" | "my" | "your"
    );
    if drop && !rest.is_empty() {
        e - rest.len()
    } else {
        s
    }
}

/// Whether "this year" closes the phrase that ends at `e` ("in September, the main event
/// this year"; "on June 11–12 this year"): then a month without a year is in this year.
fn this_year_follows(text: &str, e: usize) -> bool {
    // a window of 60 bytes: a text without full stops must not be read to its end
    let rest = &text[e..crate::text::floor_char(text, (e + 60).min(text.len()))];
    let end = rest.find(['.', ';', '!', '?', '\n']).unwrap_or(rest.len());
    rest[..end].to_ascii_lowercase().contains("this year")
}

/// The year written after a second day of the same month: "January 12–18, 1943",
/// "September 14 and 18, 2010", "June 5 or 6, 2019".
fn year_after_day_range(after: &str) -> Option<i32> {
    let r = after.strip_prefix(['-', '–', '—']).or_else(|| {
        ["and", "or", "&", "to", "through"]
            .iter()
            .find_map(|w| after.strip_prefix(' ')?.strip_prefix(w)?.strip_prefix(' '))
    })?;
    let days = r.chars().take_while(char::is_ascii_digit).count();
    if !(1..=2).contains(&days) {
        return None;
    }
    let r = r[days..].trim_start_matches(',').trim_start();
    let digits = r.chars().take_while(char::is_ascii_digit).count();
    (digits == 4).then(|| r[..4].parse().ok()).flatten()
}

/// Units finer than a month: counting them from a year or a month makes no sense.
fn fine_unit(u: &str) -> bool {
    ["day", "night", "week", "hour", "minute"]
        .iter()
        .any(|f| u.starts_with(f))
}

/// Whether "from" at the end of `before` follows a verb that moves a date ("postponed the
/// vote from May to June"): then "from X to Y" names two dates, not a span.
pub fn moves_a_date(before: &str) -> bool {
    let v = vocab();
    let lo = crate::text::floor_char(before, before.len().saturating_sub(60));
    before[lo..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .skip(1) // "from"
        .take(5)
        .any(|w| v.moving_verbs.contains(w.to_lowercase().as_str()))
}

/// Whether a modal, "to" or an adverb of habit stands right before `s`: a "last" there is
/// the verb ("may last a year", "could last months", "usually last two hours").
fn modal_before(text: &str, s: usize) -> bool {
    let w = last_word(&text[..s]);
    is_modal(&w)
        || matches!(
            w.as_str(),
            "to" | "usually" | "normally" | "typically" | "generally"
        )
}

/// The day of the story a time without a day of its own falls on: the last day told, or
/// the report's when none has been told, or when the time lies ahead (`ahead`) and the
/// day told is gone by ("arrested on Monday. He will appear in court at 10 a.m.").
fn story_day(anchor: Option<Anchor>, dct: Option<NaiveDate>, ahead: bool) -> Option<NaiveDate> {
    match (anchor, dct) {
        (Some(a), Some(now)) if a.day && !(ahead && a.date < now) => Some(a.date),
        (Some(a), None) if a.day => Some(a.date),
        _ => dct,
    }
}

/// Whether the sentence around `s..e` reports a game ("scored 14 points in the fourth
/// quarter"), where a quarter or a half is a period of play.
fn in_a_game(text: &str, s: usize, e: usize) -> bool {
    sentence_has_word(text, s, e, &vocab().game_words)
}

/// Whether the sentence around `s..e` tells of temperatures ("highs in the 30s"), where a
/// bare decade is a band of degrees.
fn of_temperatures(text: &str, s: usize, e: usize) -> bool {
    sentence_has_word(text, s, e, &vocab().temperature_words)
}

/// Whether the sentence around `s..e` holds one of `list` (lower case) as a whole word or
/// phrase.
fn sentence_has_word(text: &str, s: usize, e: usize, list: &[String]) -> bool {
    let (from, to) = crate::text::sentence_around(text, s, e, &['!', '?', '\n', ';'], 300);
    let sentence = text[from..to].to_lowercase();
    list.iter().any(|w| {
        sentence.match_indices(w.as_str()).any(|(i, _)| {
            let b = sentence.as_bytes();
            (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && b.get(i + w.len())
                    .is_none_or(|c| !c.is_ascii_alphanumeric())
        })
    })
}

/// A modal auxiliary.
fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "can" | "could" | "may" | "might" | "shall" | "should" | "must"
    )
}

/// The first word of `after`, lower-case.
fn first_word(after: &str) -> String {
    after
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase()
}

/// The last word of `before`, lower-cased ("" if none).
fn last_word(before: &str) -> String {
    let w: String = before
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '\'')
        .collect();
    w.chars().rev().collect::<String>().to_lowercase()
}

fn cap<'t>(c: &Captures<'t>, n: &str) -> Option<&'t str> {
    c.name(n).map(|m| m.as_str())
}

/// A time zone after a clock: "GMT", "EST", "local time"; the pattern is matched without
/// case, so "that" and "set" are turned away here.
fn is_zone(z: &str) -> bool {
    z.eq_ignore_ascii_case("local time")
        || z.chars().all(|c| c.is_ascii_uppercase())
        // "Moscow time", "Beijing time"
        || (z.starts_with(|c: char| c.is_ascii_uppercase())
            && z.split_whitespace().nth(1) == Some("time"))
}

/// Whether the word after byte `e` (past one space) starts with a capital letter.
fn next_is_capitalised(text: &str, e: usize) -> bool {
    text[e..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(char::is_uppercase))
}

fn is_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn norm_key(s: &str) -> String {
    s.to_lowercase()
        .trim_end_matches('.')
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A number written in digits or words; `Some(None)` for vague amounts ("several").
fn number(raw: &str) -> Option<Option<f64>> {
    let v = vocab();
    let k = norm_key(raw);
    if let Some((whole, frac)) = k.split_once(' ').filter(|(_, f)| f.contains('/')) {
        let (a, b) = frac.split_once('/')?;
        let w: f64 = whole.parse().ok()?;
        let (a, b): (f64, f64) = (a.parse().ok()?, b.parse().ok()?);
        return Some(Some(w + a / b));
    }
    if matches!(k.as_str(), "half a" | "half an" | "a half") {
        return Some(Some(0.5)); // "half a century", "a half century"
    }
    if k.chars().next()?.is_ascii_digit() {
        if k.contains(',') {
            return k.replace(',', "").parse().ok().map(Some);
        }
        return k.parse().ok().map(Some);
    }
    if let Some(n) = v.numbers.get(k.as_str()) {
        return Some(n.map(f64::from));
    }
    // "two thousand", "twenty five hundred", "two hundred and ten"
    for (word, times) in [(" thousand", 1000.0), (" hundred", 100.0)] {
        if let Some((big, small)) = k.split_once(&format!("{word} and ")) {
            return Some(Some(number(big)?? * times + number(small)??));
        }
        if let Some(rest) = k.strip_suffix(word) {
            return Some(Some(number(rest)?? * times));
        }
    }
    let mut it = k.split(' ');
    let t = *v.tens.get(it.next()?)?;
    let one = match it.next() {
        None => 0,
        Some(w) => (*v.numbers.get(w)?)?,
    };
    Some(Some(f64::from(t + one)))
}

fn ordinal(raw: &str) -> Option<u32> {
    let v = vocab();
    let k = norm_key(raw);
    let digits: String = k.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    if let Some(n) = v.ordinals.get(k.as_str()) {
        return Some(*n);
    }
    let (t, o) = k.split_once(' ')?;
    Some(v.tens.get(t)? + v.ordinals.get(o)?)
}

fn year_words(raw: &str) -> Option<i32> {
    let k = norm_key(raw);
    if k.chars().next()?.is_ascii_digit() {
        return k.parse().ok();
    }
    let w: Vec<&str> = k
        .split(' ')
        .filter(|w| *w != "and" && *w != "hundred")
        .collect();
    let (head, rest) = w.split_first()?;
    let rest_num = |r: &[&str]| -> Option<i32> {
        if r.is_empty() {
            return Some(0);
        }
        let r: Vec<&str> = r.iter().copied().filter(|w| *w != "oh").collect();
        number(&r.join(" ")).flatten().map(|n| n as i32)
    };
    match *head {
        "nineteen" => Some(1900 + rest_num(rest)?),
        "twenty" => Some(2000 + rest_num(rest)?),
        "two" if rest.first() == Some(&"thousand") => Some(2000 + rest_num(&rest[1..])?),
        _ => None,
    }
}

/// True for a month or weekday name ("September", "Sept.", "Friday").
pub fn is_calendar_word(w: &str) -> bool {
    month_of(w).is_some() || weekday_of(w).is_some()
}

fn month_of(raw: &str) -> Option<u32> {
    vocab()
        .months
        .get(raw.to_lowercase().trim_end_matches('.'))
        .copied()
}

fn weekday_of(raw: &str) -> Option<u32> {
    vocab()
        .weekdays
        .get(raw.to_lowercase().trim_end_matches('.'))
        .copied()
}

/// The year that puts month `mo` (day `d`, or mid-month) nearest to `base`, a date on the
/// wrong side of the tense counting eight months farther: "in December", said in February
/// of something past, is last December, and of something to come, next December; with no
/// tense, the nearer one.
/// How far a candidate `diff` days from the creation date is, with `penalty` added when it
/// lies on the other side of the tense (the future for a past verb, or the past for a
/// future one).
fn tense_cost(diff: i64, tense: i8, penalty: i64) -> i64 {
    let wrong = (tense < 0 && diff > 0) || (tense > 0 && diff < 0);
    diff.abs() + if wrong { penalty } else { 0 }
}

/// A day of the year a whole year told in the past means: told in January or February,
/// last year (the one just over), else the report's (`dct`) year.
fn last_year_if_over(dct: NaiveDate, past: bool) -> NaiveDate {
    if past && dct.month() <= 2 {
        NaiveDate::from_ymd_opt(dct.year() - 1, 6, 1).unwrap_or(dct)
    } else {
        dct
    }
}

/// The tense for placing a date: `SINCE` right after "since" ("rigs idled since October",
/// told in August, is last October), else `tense`.
fn since_or(text: &str, s: usize, tense: i8) -> i8 {
    if last_word(&text[..s]) == "since" {
        SINCE
    } else {
        tense
    }
}

/// Whether the expression at `s` ends a stretch: "until", "till" or "through" before it.
fn after_until(text: &str, s: usize) -> bool {
    matches!(
        last_word(&text[..s]).as_str(),
        "until" | "till" | "through" | "thru"
    )
}

/// A tense that allows no future: what a date after "since" began.
const SINCE: i8 = -2;

/// The year that puts month `mo` (day `d`) nearest `base` in the direction of `tense`;
/// with `SINCE`, never after `base`.
fn nearest_year(base: NaiveDate, mo: u32, d: Option<u32>, tense: i8) -> Option<i32> {
    let penalty = if tense == SINCE { 100_000 } else { 240 };
    let mut best: Option<(i64, i32)> = None;
    for y in [base.year() - 1, base.year(), base.year() + 1] {
        let Some(cand) = NaiveDate::from_ymd_opt(y, mo, d.unwrap_or(15).clamp(1, 28)).map(|c| {
            d.and_then(|d| NaiveDate::from_ymd_opt(y, mo, d))
                .unwrap_or(c)
        }) else {
            continue;
        };
        let same_month = d.is_none() && y == base.year() && mo == base.month();
        let cost = if same_month {
            0
        } else {
            tense_cost((cand - base).num_days(), tense, penalty)
        };
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, y));
        }
    }
    best.map(|(_, y)| y)
}

/// The year of the season `code` told without a year: the one under way at `b` (a winter
/// in January is the one that began in December), the next one in a future-tense
/// sentence when this year's is over, else `b`'s year. A past tense is no sign the season
/// is over: "briefed the President on preparations for the winter" (in September), "plans
/// for the spring session" (in February) look ahead.
fn season_year(b: NaiveDate, code: &str, tense: i8) -> i32 {
    let first = season_first_month(code).unwrap_or(12);
    let y = b.year();
    // months since the season began this calendar year (winter begins in December)
    let since = (b.month() as i32 - first as i32).rem_euclid(12);
    if since < 3 {
        return if first == 12 && b.month() < 12 {
            y - 1
        } else {
            y
        };
    }
    if tense > 0 && first != 12 && b.month() > first {
        return y + 1;
    }
    y
}

/// The month a season begins in (winter in December), by its TIMEX3 code.
fn season_first_month(code: &str) -> Option<u32> {
    match code {
        "SP" => Some(3),
        "SU" => Some(6),
        "FA" => Some(9),
        "WI" => Some(12),
        _ => None,
    }
}

/// Whether the clause ends at `e`: "was arrested the day before." but not "the day before
/// the vote", where what it dates follows.
fn ends_clause(text: &str, e: usize) -> bool {
    text[e..].is_empty() || text[e..].starts_with(['.', ',', ';', ':', '!', '?', ')'])
}

/// The last day of month `m` of year `y`.
fn last_day(y: i32, m: u32) -> u32 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)
        .and_then(|d| d.pred_opt())
        .map_or(28, |d| d.day())
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn shift_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let t = y * 12 + m as i32 - 1 + n;
    (t.div_euclid(12), t.rem_euclid(12) as u32 + 1)
}

/// The weekday `wd` (0 = Monday) nearest to `d` in the direction of `dir` (-1 before,
/// 1 after, 0 the same week's); the same day counts unless `strict`.
fn weekday_near(d: NaiveDate, wd: u32, dir: i8, strict: bool) -> NaiveDate {
    let cur = d.weekday().num_days_from_monday() as i64;
    let wd = wd as i64;
    let back = (cur - wd).rem_euclid(7);
    let fwd = (wd - cur).rem_euclid(7);
    match dir {
        -1 => d - Duration::days(if back == 0 && strict { 7 } else { back }),
        1 => d + Duration::days(if fwd == 0 && strict { 7 } else { fwd }),
        _ => d + Duration::days(wd - cur),
    }
}

/// Whether the word after `e` shows the expression modifies a noun ("the 1987 plan").
fn modifies_noun(text: &str, e: usize) -> bool {
    let after = &text[e..];
    if !after.starts_with(' ') {
        return false;
    }
    let w: String = after[1..]
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect();
    let v = vocab();
    let lw = w.to_lowercase();
    // a capitalised word names something ("the 2018 Organising Committee")
    let verb_like = !w.starts_with(char::is_uppercase) && v.past_forms.contains(lw.as_str())
        || (!w.starts_with(char::is_uppercase)
            && (lw.ends_with("ed") || lw.ends_with("ing") || (lw.ends_with("ly") && lw.len() > 4)))
        // "the fiscal year ends June 30"
        || v.scheduled_present.contains(lw.as_str());
    !w.is_empty() && !v.function_words.contains(lw.as_str()) && !verb_like
}

/// The year, month, ISO week or day of `b`, by unit name.
fn period_of(unit: &str, b: NaiveDate) -> String {
    match unit {
        "year" => format!("{:04}", b.year()),
        "month" => format!("{:04}-{:02}", b.year(), b.month()),
        "decade" => format!("{:03}", b.year() / 10),
        "century" => format!("{:02}", b.year() / 100),
        "week" => {
            let w = b.iso_week();
            format!("{}-W{:02}", w.year(), w.week())
        }
        _ => ymd(b),
    }
}

fn quarter_of(d: NaiveDate) -> i32 {
    d.month0() as i32 / 3 + 1
}

fn shift_quarter(y: i32, q: i32, n: i32) -> (i32, i32) {
    let t = y * 4 + q - 1 + n;
    (t.div_euclid(4), t.rem_euclid(4) + 1)
}

fn duration_value(n: Option<f64>, unit: &str, half: bool) -> Option<String> {
    let v = vocab();
    let u = norm_key(unit);
    let sg = match u.as_str() {
        "centuries" => "century".to_string(),
        "millennia" => "millennium".to_string(),
        _ => u.strip_suffix('s').unwrap_or(&u).to_string(),
    };
    let sg = if v.units.contains_key(u.as_str()) {
        u.clone()
    } else {
        sg
    };
    let code = v.units.get(sg.as_str())?.clone();
    let (t, code) = match code.strip_prefix('T') {
        Some(c) => ("T", c.to_string()),
        None => ("", code),
    };
    let n = n.map(|n| if half { n + 0.5 } else { n });
    let Some(n) = n else {
        // TimeBank writes vague decades, centuries and millennia as PXE, PXC, PXL
        let code = match code.trim_start_matches(char::is_numeric) {
            "DE" => "E",
            "CE" => "C",
            "ML" => "L",
            c => c,
        };
        return Some(format!("P{t}X{code}"));
    };
    // multiples and fractions in whole smaller units where TimeML does
    let (mut n, mut code) = (n, code);
    if let Some(k) = code.strip_suffix('W').and_then(|k| k.parse::<f64>().ok()) {
        n *= k;
        code = "W".into();
    }
    if code == "Q" {
        n *= 3.0; // "the next three quarters": P9M
        code = "M".into();
    }
    match code.as_str() {
        "DE" => {
            n *= 10.0;
            code = "Y".into();
        }
        // "a century": P100Y, in years as TimeBank writes "two decades" (P20Y); "half a
        // century": P50Y
        "CE" => {
            n *= 100.0;
            code = "Y".into();
        }
        "WE" => {
            return Some(format!("P{}WE", n));
        }
        _ => {}
    }
    if n.fract() != 0.0 {
        let whole = n.trunc();
        let (sub, k) = match code.as_str() {
            "Y" => ("M", 12.0),
            "M" if t == "T" => ("S", 60.0),
            "M" => ("D", 30.0),
            "D" => ("H", 24.0),
            "H" => ("M", 60.0),
            "W" => ("D", 7.0),
            _ => return Some(format!("P{t}{n}{code}")),
        };
        let part = ((n - whole) * k).round();
        let t2 = if code == "D" { "T" } else { "" };
        return Some(if whole == 0.0 {
            format!("P{t}{t2}{part}{sub}")
        } else {
            format!("P{t}{whole}{code}{t2}{part}{sub}")
        });
    }
    // a day in hours and a year in months, as TimeBank writes "the last twenty four
    // hours" (P1D) and HeidelTime "the last 12 months" (P1Y); other counts as written
    // ("48 hours" is PT48H: one example is too few to move every multiple)
    let whole = n as i64;
    if t == "T" && code == "H" && whole == 24 {
        return Some("P1D".into());
    }
    if t.is_empty() && code == "M" && whole == 12 {
        return Some("P1Y".into());
    }
    Some(format!("P{t}{whole}{code}"))
}

fn normalise(
    rule: Rule,
    text: &str,
    c: &Captures,
    dct: Option<NaiveDate>,
    anchor: &mut Option<Anchor>,
) -> Option<Timex> {
    let v = vocab();
    let m = c.get(0)?;
    let (mut s, mut e) = (m.start(), m.end());
    let g = |n: &str| cap(c, n);
    let mut kind = "DATE";
    let s0 = s;
    let e0 = e;
    let t = || tense(text, s0, e0);
    let value: Option<String>;
    // the determiner of a phrase that modifies a noun is not part of it
    // (a plural unit modifies no noun: "the trend of the past 11 months continues")
    let plural_unit = matches!(
        last_word(&text[..e]).as_str(),
        "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "decades" | "centuries"
    );
    if let Some(d) = c.name("det") {
        if d.start() == s && !plural_unit && modifies_noun(text, e) {
            let rest = text[d.end()..].len() - text[d.end()..].trim_start().len();
            s = d.end() + rest;
        }
    }
    match rule {
        Rule::FullDate | Rule::NumDate => {
            let (y, mo, d) = if let Some(dy) = g("dy") {
                // not a version or a section number: "1.2.2010.5", "v4.12.2010"
                if text[e..]
                    .strip_prefix('.')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                    || text[..s].ends_with(|c: char| c == '.' || c.is_alphanumeric())
                {
                    return None;
                }
                (
                    dy.parse().ok()?,
                    g("dm")?.parse().ok()?,
                    g("dd")?.parse().ok()?,
                )
            } else if let Some(sy) = g("sy") {
                // "2010/05/12": year first, as in East Asian and ISO-like writing
                (
                    sy.parse().ok()?,
                    g("sm")?.parse().ok()?,
                    g("sd")?.parse().ok()?,
                )
            } else if rule == Rule::NumDate {
                let y: i32 = g("y")?.parse().ok()?;
                let y = if y < 100 {
                    1900 + y + if y < 30 { 100 } else { 0 }
                } else {
                    y
                };
                (y, g("m")?.parse().ok()?, g("d")?.parse().ok()?)
            } else if let Some(iy) = g("iy") {
                (
                    iy.parse().ok()?,
                    g("im")?.parse().ok()?,
                    g("id")?.parse().ok()?,
                )
            } else {
                let (mm, dd, yy) = match g("m1") {
                    Some(m1) => (m1, g("d1")?, g("y1")?),
                    None => (g("m2")?, g("d2")?, g("y2")?),
                };
                if !is_upper(mm) {
                    return None;
                }
                let y: i32 = match yy.strip_prefix('\'') {
                    Some(two) => 1900 + two.parse::<i32>().ok()?,
                    None => yy.parse().ok()?,
                };
                (y, month_of(mm)?, ordinal(dd)?)
            };
            let date = NaiveDate::from_ymd_opt(y, mo, d)?;
            *anchor = Some(Anchor { date, day: true });
            value = Some(match (g("ih"), g("imi")) {
                // "2009-12-19T17:00:00"
                (Some(h), Some(mi)) => {
                    kind = "TIME";
                    match g("isec") {
                        Some(sec) => format!("{}T{h}:{mi}:{sec}", ymd(date)),
                        None => format!("{}T{h}:{mi}", ymd(date)),
                    }
                }
                _ => ymd(date),
            });
        }
        Rule::MonthDay => {
            let (mm, dd) = match g("m1") {
                Some(m1) => (m1, g("d1")?),
                None => (g("m2")?, g("d2")?),
            };
            if !is_upper(mm) {
                return None;
            }
            let mo = month_of(mm)?;
            let d = ordinal(dd)?;
            if !(1..=31).contains(&d) {
                return None;
            }
            // "January 12–18, 1943": the range's year is this day's year too
            let range_year = year_after_day_range(&text[e..]);
            // "March 5" needs a day that is not a count ("May 5 people")
            value = match (dct, range_year) {
                (_, Some(y)) => {
                    let date = NaiveDate::from_ymd_opt(y, mo, d)?;
                    *anchor = Some(Anchor { date, day: true });
                    Some(ymd(date))
                }
                (Some(base), None) => {
                    // "this November 24", "next March 3": the month's own rule, with a day
                    let rel_year = g("rel").map(norm_key).map(|r| {
                        let after = (mo, d) > (base.month(), base.day());
                        base.year()
                            + match r.as_str() {
                                "last" | "this past" if after => -1,
                                "next" | "this coming" if !after => 1,
                                _ => 0,
                            }
                    });
                    // "January 1 of next year", "May 9 of last year": the year after it
                    // (a tag of its own, as HeidelTime has it) is this day's
                    let of_year = {
                        let after = text[e..].trim_start_matches(',').trim_start();
                        let after = after.strip_prefix("of ").unwrap_or("");
                        ["last", "this", "next"]
                            .iter()
                            .zip([-1, 0, 1])
                            .find(|(w, _)| {
                                after.strip_prefix(*w).is_some_and(|r| {
                                    r.starts_with(" year")
                                        && !r[5..].starts_with(char::is_alphanumeric)
                                })
                            })
                            .map(|(_, k)| base.year() + k)
                    };
                    let y = if let Some(y) = of_year.or(rel_year) {
                        y
                    } else if this_year_follows(text, e) {
                        base.year()
                    } else {
                        nearest_year(base, mo, Some(d), since_or(text, s, t()))?
                    };
                    let date = NaiveDate::from_ymd_opt(y, mo, d)?;
                    // the end of a reporting period ("the year ended March 31") is no day
                    // the story tells of: a later "by midday" is not that day's
                    if !matches!(last_word(&text[..s]).as_str(), "ended" | "ending") {
                        *anchor = Some(Anchor { date, day: true });
                    }
                    Some(ymd(date))
                }
                (None, None) => Some(format!("XXXX-{mo:02}-{d:02}")),
            };
        }
        Rule::MonthYear => {
            let mm = g("m")?;
            if !is_upper(mm) {
                return None;
            }
            // "the February 2012 shooting": the article is the noun's (after an article,
            // an -ing word is a noun too)
            let noun_after = text[e..].starts_with(' ') && {
                let w = first_word(&text[e..]);
                !w.is_empty()
                    && text[e + 1..].starts_with(char::is_lowercase)
                    && !v.function_words.contains(w.as_str())
            };
            if g("det").is_some() && g("edge").is_none() && (modifies_noun(text, e) || noun_after) {
                s = c.name("m")?.start();
            }
            let mo = month_of(mm)?;
            let y = match (g("y"), g("rel")) {
                (Some(y), _) => year_words(y)?,
                (None, Some(r)) => {
                    dct?.year()
                        + match r.to_lowercase().as_str() {
                            "last" => -1,
                            "next" => 1,
                            _ => 0,
                        }
                }
                _ => return None,
            };
            if let Some(date) = NaiveDate::from_ymd_opt(y, mo, 1) {
                *anchor = Some(Anchor { date, day: false });
            }
            value = Some(format!("{y:04}-{mo:02}"));
        }
        Rule::Month => {
            let mm = g("m")?;
            if !is_upper(mm) {
                return None;
            }
            let mo = month_of(mm)?;
            let rel = g("rel").map(norm_key);
            // "May" at the start of a sentence, or before a verb, is the modal
            if mm.eq_ignore_ascii_case("may") && rel.is_none() {
                let before = text[..m.start()].trim_end();
                if before.is_empty() || before.ends_with(['.', '!', '?', '"', '“', ':']) {
                    return None;
                }
                // "Theresa May": a capitalised word that is not a sentence start before it
                let prev = before.rsplit(|c: char| !c.is_alphabetic()).next();
                let prev = prev.unwrap_or_default();
                if prev.chars().count() > 1
                    && prev.starts_with(char::is_uppercase)
                    && month_of(prev).is_none()
                    && weekday_of(prev).is_none()
                    && !v.function_words.contains(prev.to_lowercase().as_str())
                {
                    return None;
                }
                let next: String = text[e..]
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                // … but no modal follows an article, a possessive or a preposition: "the
                // May meetings", "in the first half of May prices fell"
                let det_before = matches!(
                    prev.to_lowercase().as_str(),
                    "the"
                        | "its"
                        | "their"
                        | "our"
                        | "his"
                        | "her"
                        | "early"
                        | "late"
                        | "mid"
                        | "of"
                        | "in"
                        | "since"
                        | "until"
                        | "till"
                        | "from"
                        | "through"
                        | "during"
                );
                if !det_before
                    && next.chars().next().is_some_and(char::is_lowercase)
                    && !v.function_words.contains(next.as_str())
                {
                    return None;
                }
                if next == "be" || next == "have" {
                    return None;
                }
            }
            value = match dct {
                Some(base) => {
                    let cur = base.month();
                    let y = base.year()
                        + match rel.as_deref() {
                            Some("last") | Some("this past") | Some("the previous") => {
                                if mo >= cur {
                                    -1
                                } else {
                                    0
                                }
                            }
                            Some("next") | Some("this coming") | Some("the following") => {
                                if mo <= cur {
                                    1
                                } else {
                                    0
                                }
                            }
                            Some("this") => 0,
                            _ if this_year_follows(text, e) => 0,
                            _ => {
                                nearest_year(base, mo, None, since_or(text, s, t()))? - base.year()
                            }
                        };
                    if let Some(date) = NaiveDate::from_ymd_opt(y, mo, 1) {
                        *anchor = Some(Anchor { date, day: false });
                    }
                    Some(format!("{y:04}-{mo:02}"))
                }
                None => Some(format!("XXXX-{mo:02}")),
            };
        }
        Rule::Year => {
            let raw = g("y")?;
            let y = year_words(raw)?;
            let digits = raw.chars().next()?.is_ascii_digit();
            // "end-2009", as financial news writes it
            let pre = g("pre").or(g("pre2")).map(norm_key);
            if digits {
                // a number, not a year: "$1990", "1,990", "1990.5", "1990 tons", "1990%"
                let before = text[..m.start()].chars().last();
                let after = &text[e..];
                // "1941–1945": each end of a range is a year
                let other_end = after
                    .strip_prefix(['-', '–', '—', '/'])
                    .map(|r| r.chars().take_while(char::is_ascii_digit).count());
                // a slash joins two years only as a range ("1999/2000", "2019/20"), not
                // in a number ("Resolution No. 256/1888–7")
                let range_next = if after.starts_with('/') {
                    year_range(text, m.start(), e, &y.to_string()).is_some()
                } else {
                    matches!(other_end, Some(2 | 4))
                };
                let before_y = &text[..m.start()];
                let range_prev = match before_y.strip_suffix('/') {
                    Some(b) => {
                        let d = b.len() - b.trim_end_matches(|c: char| c.is_ascii_digit()).len();
                        d == 4
                            && !b[..b.len() - 4]
                                .ends_with(|c: char| c.is_alphanumeric() || c == '/')
                            && b[b.len() - 4..]
                                .parse::<i32>()
                                .is_ok_and(|p| p < y && y - p <= 200)
                    }
                    None => {
                        before_y.ends_with(['-', '–', '—'])
                            && before_y
                                .trim_end_matches(['-', '–', '—'])
                                .ends_with(|c: char| c.is_ascii_digit())
                    }
                };
                if g("det").is_some() && range_next {
                    s = c.name("y")?.start(); // "the 2008–2009 crisis": the range modifies
                }
                // "the 1996 shooting": after an article and a year, an -ing word is a noun,
                // and the article is the noun's (as for "the February 2012 shooting")
                let noun_after = text[e..].starts_with(' ') && {
                    let w = first_word(&text[e..]);
                    !w.is_empty()
                        && text[e + 1..].starts_with(char::is_lowercase)
                        && !v.function_words.contains(w.as_str())
                        && !v.past_forms.contains(w.as_str())
                };
                if g("det").is_some() && pre.is_none() && g("post").is_none() && noun_after {
                    s = c.name("y")?.start();
                }
                // "the 2020–2024 period": "period" belongs to the range, not to its end
                if range_prev
                    && c.name("post")
                        .is_some_and(|p| p.as_str().trim() == "period")
                {
                    e = c.name("y")?.end();
                }
                if pre.is_none()
                    && !range_next
                    && !range_prev
                    && (matches!(
                        before,
                        Some('$' | '€' | '£' | '#' | '.' | ',' | '-' | '/' | '+')
                    ) || after.starts_with(['%', '-', '/'])
                        || after.starts_with(|c: char| c.is_ascii_digit())
                        || (after.starts_with(['.', ',', ':'])
                            && after[1..].starts_with(|c: char| c.is_ascii_digit())))
                {
                    return None;
                }
                let next: String = after
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect::<String>()
                    .to_lowercase();
                if pre.is_none() && v.count_units.contains(next.as_str()) {
                    return None;
                }
                // "some 1200 companies", "more than 1500 Soviet airmen": a count, but "no
                // later than 2015 entry" is a year
                let quant = last_word(&text[..m.start()]);
                let before_quant = last_word(
                    text[..m.start()]
                        .trim_end()
                        .strip_suffix(quant.as_str())
                        .unwrap_or(""),
                );
                if pre.is_none()
                    && g("det").is_none()
                    && v.count_quantifiers.contains(&quant)
                    && !matches!(before_quant.as_str(), "later" | "earlier" | "sooner")
                    && modifies_noun(text, e)
                {
                    return None;
                }
                // a number that names: "Resolution 1244", "No. 1990"
                let namer = last_word(text[..m.start()].trim_end().trim_end_matches('.'));
                if pre.is_none() && g("det").is_none() && v.numbered_nouns.contains(&namer) {
                    return None;
                }
                // a group of a longer number: "+7 (916) 035 1391"
                let prev_token = text[..m.start()].strip_suffix(' ').unwrap_or("");
                if pre.is_none()
                    && g("det").is_none()
                    && prev_token.ends_with(|c: char| c.is_ascii_digit())
                {
                    return None;
                }
            } else if pre.as_deref() != Some("year") && !raw.contains(['-', ' ']) {
                return None;
            }
            if !digits && norm_key(raw).split(' ').count() < 2 {
                return None;
            }
            // a spelled-out year is a count unless a preposition or "year" introduces it
            // and no noun follows: "in two thousand" but "about two thousand plots"
            if !digits && pre.is_none() && norm_key(raw).starts_with("two thousand") {
                let prev = last_word(&text[..m.start()]);
                let next: String = text[e..]
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                let counted = next.starts_with(char::is_lowercase)
                    && !v.function_words.contains(next.as_str());
                let introduced = matches!(
                    prev.as_str(),
                    "in" | "by"
                        | "since"
                        | "until"
                        | "till"
                        | "of"
                        | "from"
                        | "to"
                        | "before"
                        | "after"
                        | "through"
                        | "around"
                        | "during"
                );
                if counted || !introduced {
                    return None;
                }
            }
            // a year past 2099 only where a preposition of time introduces it and no noun
            // follows ("by 2100", not "2100 hours" or "2150 troops")
            if y > 2099 {
                let introduced = matches!(
                    last_word(&text[..m.start()]).as_str(),
                    "in" | "by" | "until" | "till" | "before" | "after" | "through" | "to"
                ) && pre.is_none();
                let next = first_word(&text[e..]);
                if !introduced
                    || (text[e..].starts_with(' ')
                        && !next.is_empty()
                        && !v.function_words.contains(next.as_str()))
                {
                    return None;
                }
            }
            if let Some(date) = NaiveDate::from_ymd_opt(y, 1, 1) {
                *anchor = Some(Anchor { date, day: false });
            }
            value = Some(format!("{y:04}"));
        }
        Rule::Decade => {
            // "highs in the 30s", "temperatures in the forties": degrees, not years
            if g("dd").is_none() && of_temperatures(text, s, e) {
                return None;
            }
            let d: i32 = if let Some(dd) = g("dd") {
                dd.parse().ok()?
            } else if let Some(d2) = g("d2").or(g("d3")) {
                // "the '90s", "the 90s"; without "the", "in his 20s" is an age
                if g("d3").is_some() {
                    g("det")?;
                }
                let d2 = d2.parse::<i32>().ok()?;
                // a decade of this century only once it has begun: "the '00s" in 2010
                let now = dct.map_or(2000, |b| b.year());
                if 2000 + d2 * 10 <= now {
                    200 + d2
                } else {
                    190 + d2
                }
            } else {
                g("det")?; // without "the", "in his forties" is an age
                let d = *v.decade_words.get(g("dw")?.to_lowercase().as_str())? as i32;
                match g("cw").map(str::to_lowercase).as_deref() {
                    Some("eighteen") => d - 10,
                    _ => d,
                }
            };
            value = Some(format!("{d:03}"));
        }
        Rule::Century => {
            // "by mid-century", "the middle of the century": this century; "the turn of
            // the century": the turn nearest the report ("by the turn of the century" in
            // 1998 is 2000)
            if let Some(mc) = g("mc") {
                let y = dct?.year();
                value = Some(if mc.to_lowercase().contains("turn") {
                    let near = (y + 50) / 100 * 100;
                    let turn = match t() {
                        1 if near < y => near + 100,
                        -1 if near > y => near - 100,
                        _ => near,
                    };
                    format!("{turn:04}")
                } else {
                    format!("{:02}", y / 100)
                });
                return Some(Timex { s, e, kind, value });
            }
            let n = ordinal(g("n")?)? as i32;
            if !(1..=30).contains(&n) {
                return None;
            }
            // "the 21 century": a bare number is an ordinal only after "the"
            if g("n")?.ends_with(|c: char| c.is_ascii_digit()) && g("det").is_none() {
                return None;
            }
            // "centuries" only after two ordinals ("the 16th and 17th centuries")
            if g("pl")? == "ies" && g("pair").is_none() {
                return None;
            }
            // "the first decade of the 21st century": that decade
            value = Some(match g("dec").map(norm_key) {
                Some(d) => {
                    let k = match d.as_str() {
                        "last" | "final" => 10,
                        d => ordinal(d)? as i32,
                    };
                    format!("{:03}", (n - 1) * 10 + k - 1)
                }
                None => format!("{:02}", n - 1),
            });
        }
        Rule::Quarter => {
            if g("y1").is_none() && g("y2").is_none() && g("y3").is_none() && in_a_game(text, s, e)
            {
                return None;
            }
            let adj = norm_key(g("adj").unwrap_or(""));
            let det = g("det").map(str::to_lowercase);
            // "posted strong second-quarter results": the adjective is the results'
            if let Some(a) = c
                .name("adj")
                .filter(|a| a.start() == s && !a.as_str().is_empty())
            {
                let judged = a
                    .as_str()
                    .split(|c: char| c.is_whitespace() || c == '-')
                    .filter(|w| !w.is_empty())
                    .all(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "strong" | "weak" | "flat" | "seasonally"
                        )
                    });
                if judged && det.is_none() && modifies_noun(text, e) {
                    s = a.end();
                }
            }
            // "the July-September quarter", "the April-June period": the months that make
            // a calendar quarter (other spans of months are left to the month rules)
            let months_q = match (g("mq1"), g("mq2")) {
                (Some(a), Some(b)) => {
                    let (a, b) = (month_of(a)?, month_of(b)?);
                    if a % 3 != 1 || b != a + 2 {
                        return None;
                    }
                    Some((a / 3 + 1) as i32)
                }
                _ => None,
            };
            if g("period").is_some() && months_q.is_none() {
                return None;
            }
            let q = g("q").and_then(ordinal).map(|q| q as i32).or(months_q);
            if q.is_none() && adj.is_empty() && g("yr").is_none() && g("y1").is_none() {
                // "a quarter of the vote", "quarter" alone
                if !matches!(
                    det.as_deref(),
                    Some("the" | "this" | "that" | "its" | "their")
                ) {
                    return None;
                }
                if text[e..].trim_start().starts_with("of ") {
                    return None;
                }
                // "its quarter-century low", "the quarter-to-quarter comparison"
                if text[e..].starts_with('-') {
                    return None;
                }
            }
            if det.as_deref() == Some("a") && q.is_none() {
                return None;
            }
            // "said that this year's third quarter": the year is the determiner
            if let (Some(d), Some(_)) = (c.name("det"), c.name("yr")) {
                if d.start() == s {
                    s = c.name("yr")?.start();
                }
            }
            let explicit_year = g("y1")
                .or(g("y2"))
                .or(g("y3"))
                .and_then(|y| y.parse::<i32>().ok());
            let yr = g("yr").or(g("yr2")).map(str::to_lowercase);
            let year_ago = adj.contains("year ago") || adj.contains("year earlier");
            let base = dct;
            let mut value_q = None;
            let mut year = explicit_year;
            if year.is_none() {
                let b = base?;
                let mut y = b.year();
                match yr.as_deref() {
                    Some("last") => y -= 1,
                    Some("next") => y += 1,
                    _ => {}
                }
                if year_ago {
                    y -= 1;
                } else if let (Some(q), None) = (q, yr.as_deref()) {
                    // a quarter yet to come cannot be past ("the economy contracted in
                    // the fourth quarter", said in March), nor one gone by ahead, but
                    // the quarter just ended is still to be reported on
                    let now = quarter_of(b);
                    let tense = t();
                    if q > now && tense < 0 {
                        y -= 1;
                    } else if q + 1 < now && tense > 0 {
                        y += 1;
                    }
                }
                year = Some(y);
            }
            let y = year?;
            if let Some(q) = q {
                value_q = Some(format!("{y:04}-Q{q}"));
            } else if adj.contains("recent") {
                value_q = Some(format!("{y:04}-QX"));
            } else if let Some(b) = base {
                let words: Vec<&str> = adj.split(' ').collect();
                let step = if words
                    .iter()
                    .any(|w| matches!(*w, "last" | "previous" | "prior" | "past" | "preceding"))
                {
                    -1
                } else if words
                    .iter()
                    .any(|w| matches!(*w, "next" | "coming" | "following"))
                {
                    1
                } else if words.iter().any(|w| matches!(*w, "current" | "this"))
                    || det.as_deref() == Some("this")
                    || t() > 0
                {
                    0
                } else {
                    // "the quarter", "the latest quarter": the one just reported
                    -1
                };
                let (qy, qq) = shift_quarter(b.year(), quarter_of(b), step);
                let qy = qy + (y - b.year());
                value_q = Some(format!("{qy:04}-Q{qq}"));
            }
            value = value_q;
        }
        Rule::Half => {
            if text[e..].starts_with(" of ") {
                return None; // "the first half of the match"
            }
            if g("y").is_none() && in_a_game(text, s, e) {
                return None;
            }
            let h = if g("h")?.eq_ignore_ascii_case("first") {
                1
            } else {
                2
            };
            let yr = g("yr").or(g("yr2")).map(str::to_lowercase);
            let y = match g("y") {
                Some(y) => y.parse().ok()?,
                None => {
                    let b = dct?;
                    let mut y = b.year()
                        + match yr.as_deref() {
                            Some("last") => -1,
                            Some("next") => 1,
                            _ => 0,
                        }
                        // "the year-earlier first half"
                        - i32::from(g("ago").is_some());
                    // as for quarters: a half not yet over by half cannot be told in the
                    // past ("revenue rose in the first half", said in February, is last
                    // year's), nor one gone by ahead
                    // ("the first half of the year" names this year: left as it is)
                    if yr.is_none()
                        && g("ago").is_none()
                        && !m.as_str().to_lowercase().contains("year")
                    {
                        let now = if b.month() <= 6 { 1 } else { 2 };
                        let early = (b.month() - 1) % 6 < 3;
                        let tense = t();
                        if tense < 0 && (h > now || (h == now && early)) {
                            y -= 1;
                        } else if tense > 0 && h < now {
                            y += 1;
                        }
                    }
                    y
                }
            };
            value = Some(format!("{y:04}-H{h}"));
        }
        Rule::Season => {
            // "the Winter Olympics", "the Summer Garden", "the Spring Festival", "the winter
            // Olympics": a name
            if next_is_capitalised(text, e)
                && (is_upper(g("s")?)
                    || v.season_name_heads
                        .contains(first_word(&text[e..]).as_str()))
            {
                return None;
            }
            // "the summer and winter Olympics": both seasons are of the name
            if let Some(rest) = text[e..].strip_prefix(" and ").map(str::trim_start) {
                let second = first_word(rest);
                if v.seasons.contains_key(second.as_str())
                    && v.season_name_heads
                        .contains(first_word(&rest[second.len()..]).as_str())
                {
                    return None;
                }
            }
            let code = v.seasons.get(g("s")?.to_lowercase().as_str())?.clone();
            let rel = g("rel").or(g("story")).map(norm_key);
            // "in summer", "during the winter", "in the fall": a season after a preposition
            // of time; "the fall of the wall", "the fall in prices" are no season
            // "Summer is ending early": a bare season opening a sentence as the subject
            // of a verb of being or of coming and going is this one ("Summer Smith said"
            // is a name)
            let opens_sentence = g("rel").is_none()
                && g("story").is_none()
                && g("y").is_none()
                && {
                    let before = text[..m.start()].trim_end();
                    before.is_empty() || before.ends_with(['.', '!', '?', '"', '”', '\n'])
                }
                && matches!(
                    first_word(&text[e..]).as_str(),
                    "is" | "was"
                        | "has"
                        | "had"
                        | "will"
                        | "came"
                        | "comes"
                        | "arrived"
                        | "arrives"
                        | "begins"
                        | "began"
                        | "ends"
                        | "ended"
                        | "starts"
                        | "started"
                )
                && text[e..].starts_with(' ');
            let after_prep =
                opens_sentence || v.season_preps.contains(&last_word(&text[..m.start()]));
            // "the winter of 1999-2000": a winter's two years, told as one season
            if let Some(y2) = g("y2") {
                let y1 = year_words(g("y")?)?;
                let y2: i32 = y2.parse().ok()?;
                if code != "WI" || (y2 != y1 + 1 && y2 != (y1 + 1) % 100) {
                    return None;
                }
            }
            // "the following spring", "that summer": a season of the story, after the
            // last date told ("In June 2011 … The sale was approved the following spring"
            // is 2012's); "the next winter" with no story is the report's next one
            if let (Some(st), Some(a)) = (g("story").map(norm_key), *anchor) {
                // "that" is a season of the story only where it cannot be a conjunction
                // or a pronoun: "held in Chisinau that spring.", not "hope that summer
                // holiday programmes …" or "objectives that fall within …"
                let opens = {
                    let b = text[..s].trim_end();
                    b.is_empty() || b.ends_with(['.', '!', '?', '\n'])
                };
                let that_ok = st != "that"
                    || (code != "FA"
                        && (v.season_preps.contains(&last_word(&text[..s]))
                            || text[e..].starts_with(['.', ',', ';'])
                            || (opens && !modifies_noun(text, e))));
                if g("y").is_none() && st != "the next" && that_ok && !text[e..].starts_with('-') {
                    let first = season_first_month(&code)?;
                    let starts = |y: i32| NaiveDate::from_ymd_opt(y, first, 1);
                    // a year told alone ("In 2011") is the whole year
                    let whole_year = !a.day && a.date.month() == 1 && a.date.day() == 1;
                    let ay = a.date.year();
                    let y = match st.as_str() {
                        "the following" if whole_year => ay + 1,
                        "the following" => {
                            if starts(ay)? > a.date {
                                ay
                            } else {
                                ay + 1
                            }
                        }
                        "the previous" | "the preceding" if whole_year => ay - 1,
                        "the previous" | "the preceding" => {
                            if starts(ay)? + Months::new(3) <= a.date {
                                ay
                            } else {
                                ay - 1
                            }
                        }
                        // "that winter" told in January is the one that began in December
                        _ if code == "WI" && a.date.month() <= 2 && !whole_year => ay - 1,
                        _ => ay,
                    };
                    value = Some(format!("{y:04}-{code}"));
                    return Some(Timex { s, e, kind, value });
                }
            }
            if g("story").is_some_and(|st| norm_key(st) != "the next") && g("y").is_none() {
                return None;
            }
            // "the previous autumn-winter period": one season of a compound
            if text[e..].starts_with('-') && g("story").is_some() {
                return None;
            }
            // "summer of this year", "this year's summer": that year's season
            let year_rel = g("yr0").or(g("yr1")).map(norm_key);
            let y = match (g("y"), year_rel) {
                (Some(y), _) => year_words(y)?,
                (None, Some(yr)) => {
                    let b = dct?.year();
                    match yr.as_str() {
                        "last" => b - 1,
                        "next" => b + 1,
                        _ => b,
                    }
                }
                (None, None) => {
                    let r = match rel.as_deref() {
                        Some(r) => r,
                        None if after_prep => "",
                        None => return None,
                    };
                    if matches!(r, "the" | "") && text[e..].starts_with([' ', ',']) {
                        let next = first_word(&text[e..]);
                        if next == "of" || next == "in" && g("s")?.eq_ignore_ascii_case("fall") {
                            return None;
                        }
                    }
                    // "in winter sports", "from spring floods", "in summer and winter
                    // sports": a season before a noun says what kind, not when
                    if r.is_empty() {
                        let after = &text[e..];
                        let and_season = after
                            .strip_prefix(" and ")
                            .filter(|r| v.seasons.contains_key(first_word(r).as_str()));
                        let noun_at = match and_season {
                            Some(r) => e + (after.len() - r.len()) + first_word(r).len(),
                            None => e,
                        };
                        let lower = text[noun_at..].trim_start().starts_with(char::is_lowercase);
                        if lower && modifies_noun(text, noun_at) {
                            return None;
                        }
                    }
                    let b = dct?;
                    // in January and February this winter began last December
                    let this = if code == "WI" && b.month() <= 2 {
                        b.year() - 1
                    } else {
                        b.year()
                    };
                    let first = season_first_month(&code).unwrap_or(12);
                    let starts = |y: i32| NaiveDate::from_ymd_opt(y, first, 1);
                    match r {
                        "last" => this - 1,
                        // "next winter" in June is the one that begins this December
                        "next" | "the next" if code == "WI" && (3..=11).contains(&b.month()) => {
                            this
                        }
                        "next" | "the next" => this + 1,
                        // "the past winter": the last one over; "the coming autumn": the
                        // next one to begin
                        "the past" => {
                            let over = |y: i32| starts(y).map(|d| d + Months::new(3) <= b);
                            if over(this) == Some(true) {
                                this
                            } else {
                                this - 1
                            }
                        }
                        // (in its first month a season is still coming)
                        "the coming" | "the upcoming" => {
                            if starts(this).is_some_and(|d| d + Months::new(1) > b) {
                                this
                            } else {
                                this + 1
                            }
                        }
                        "the" | "" => season_year(b, &code, t()),
                        _ => this,
                    }
                }
            };
            if g("s")?.eq_ignore_ascii_case("fall")
                && g("y").is_none()
                && matches!(rel.as_deref(), Some("the") | None)
                && !after_prep
            {
                return None;
            }
            // a season of a year written out anchors "seven months later" (at its first
            // month)
            if g("y").is_some() {
                let month = season_first_month(&code).unwrap_or(1);
                if let Some(date) = NaiveDate::from_ymd_opt(y, month, 1) {
                    *anchor = Some(Anchor { date, day: false });
                }
            }
            value = Some(format!("{y:04}-{code}"));
        }
        Rule::Weekday => {
            let wd_raw = g("wd")?;
            if !is_upper(wd_raw) {
                return None;
            }
            let wd = weekday_of(wd_raw)?;
            let part = g("part").map(|p| v.day_parts.get(p.to_lowercase().as_str()).cloned());
            let part = part.flatten();
            if g("pl").is_some() || g("ps").is_some() {
                kind = "SET";
                value = Some(format!("XXXX-WXX-{}{}", wd + 1, part.unwrap_or_default()));
            } else {
                let rel = g("rel").map(norm_key);
                let anaphoric = matches!(rel.as_deref(), Some("the previous" | "the following"));
                let base = if anaphoric {
                    anchor.map(|a| a.date).or(dct)
                } else {
                    dct
                };
                value = match base {
                    Some(b) => {
                        let d = match rel.as_deref() {
                            Some("last") | Some("this past") | Some("the previous") => {
                                weekday_near(b, wd, -1, true)
                            }
                            Some("next") | Some("this coming") | Some("the following") => {
                                weekday_near(b, wd, 1, true)
                            }
                            Some("this") => weekday_near(b, wd, 0, false),
                            // "flights were canceled until Sunday", told on Friday: the
                            // end of a stretch that runs through the report is the nearer
                            // one, whatever the tense ("held until Sunday", told on
                            // Tuesday, is the last)
                            _ if after_until(text, s) && t() < 0 => {
                                let back = weekday_near(b, wd, -1, false);
                                let fwd = weekday_near(b, wd, 1, false);
                                if (b - back).num_days() < (fwd - b).num_days() {
                                    back
                                } else {
                                    fwd
                                }
                            }
                            _ => {
                                let tn = t();
                                weekday_near(b, wd, if tn > 0 { 1 } else { -1 }, false)
                            }
                        };
                        *anchor = Some(Anchor { date: d, day: true });
                        Some(format!("{}{}", ymd(d), part.clone().unwrap_or_default()))
                    }
                    None => Some(format!("XXXX-WXX-{}", wd + 1)),
                };
                if part.is_some() {
                    kind = "TIME";
                }
            }
        }
        Rule::Deictic => {
            let w = norm_key(g("w")?);
            if w.starts_with("the ") && modifies_noun(text, e) {
                return None; // "the present era", "the past decade"
            }
            if w.ends_with("future") && fate_not_time(text, m.start(), e) {
                return None; // "the future of Syria", "the future looks bright"
            }
            // "Children about the Future", "The Past Is Present": a title's capitals
            if w.starts_with("the ") && g("w")?.split_whitespace().skip(1).any(is_upper) {
                return None;
            }
            let (k, val) = v.deictic.get(w.as_str()).cloned().or_else(|| {
                v.deictic
                    .iter()
                    .find(|(p, _)| norm_key(p) == w)
                    .map(|(_, x)| x.clone())
            })?;
            kind = k;
            // "Now to the problem at hand", "Now a few words about …": a turn in the talk
            if w == "now" && discourse_now(text, m.start(), e) {
                return None;
            }
            if w == "overnight" {
                if suddenly(text, m.start()) {
                    return None; // "cannot be eliminated overnight": all at once, not a night
                }
                if v.overnight_kinds.contains(&first_word(&text[e..])) {
                    return None; // "an overnight train": a kind of train
                }
                // the night before the story's day ("closed lower Friday … overnight
                // losses in New York" is Thursday night), or before the report's; the
                // coming night when told in the future ("will work overnight")
                let ahead = t() > 0;
                let day = story_day(*anchor, dct, ahead)?;
                let back = if ahead { 0 } else { 1 };
                return Some(Timex {
                    s,
                    e,
                    kind,
                    value: Some(format!("{}TNI", ymd(day - Duration::days(back)))),
                });
            }
            if val == "@WE" {
                // the weekend before a weekday's news, or the coming one when future
                // ("canceled until the weekend", told on a Friday: the nearer one)
                let until = after_until(text, s);
                value = dct.map(|b| {
                    let wd = b.weekday().num_days_from_monday();
                    let d = if wd >= 5 || t() > 0 || (until && wd > 2) {
                        b
                    } else {
                        b - Duration::days(7)
                    };
                    let w = d.iso_week();
                    format!("{}-W{:02}-WE", w.year(), w.week())
                });
                return Some(Timex { s, e, kind, value });
            }
            // "this time last year": the same day, years away
            if let Some(k) = val.strip_prefix("@Y") {
                let k: i32 = k.parse().ok()?;
                let b = dct?;
                let day = NaiveDate::from_ymd_opt(b.year() + k, b.month(), b.day())
                    .or_else(|| NaiveDate::from_ymd_opt(b.year() + k, b.month(), 28))?;
                return Some(Timex {
                    s,
                    e,
                    kind,
                    value: Some(ymd(day)),
                });
            }
            value = match val.strip_prefix("@D") {
                Some(rest) => {
                    let (off, part) = match rest.find('T') {
                        Some(i) => (&rest[..i], &rest[i..]),
                        None => (rest, ""),
                    };
                    let days: i64 = if off.is_empty() { 0 } else { off.parse().ok()? };
                    // "today", "yesterday", "tonight": the story's day from here on
                    if let Some(b) = dct {
                        *anchor = Some(Anchor {
                            date: b + Duration::days(days),
                            day: true,
                        });
                    }
                    dct.map(|b| format!("{}{}", ymd(b + Duration::days(days)), part))
                }
                None => Some(val),
            };
        }
        Rule::RelUnit => {
            if is_upper(g("u")?) {
                return None; // "This Week", a programme's name
            }
            if text[e..].starts_with("-old") {
                return None; // "following century-old traditions": an age, of the noun
            }
            let rel = g("rel")?.to_lowercase();
            let u = norm_key(g("u")?);
            let u = u.trim_start_matches("fiscal ").to_string();
            let step: i32 = match rel.as_str() {
                "last" | "past" | "this past" | "previous" | "prior" | "preceding" => -1,
                "next" | "coming" | "this coming" | "following" | "upcoming" => 1,
                _ => 0,
            };
            // "the following year", "the same day": relative to the last date mentioned
            // "the next day" too, in a past narrative: the day after the one told of
            // ("Fighting broke out on Jan. 5. The next day, …"; "a poor monsoon in 2009
            // pushed up prices for much of the next year"), where "next week" and "in the
            // next day or two" count from today
            let anaphoric = (matches!(
                rel.as_str(),
                "following" | "previous" | "same" | "prior" | "preceding"
            ) || rel == "next"
                && matches!(u.as_str(), "day" | "night" | "week" | "month" | "year")
                && t() < 0
                && !matches!(
                    last_word(&text[..s]).as_str(),
                    "in" | "within" | "over" | "for"
                ))
                && g("det").is_some();
            let base = if anaphoric {
                // "the previous day" needs a day to count from, not only a year
                anchor
                    .filter(|a| a.day || !fine_unit(&u))
                    .map(|a| a.date)
                    .or(dct)
            } else {
                dct
            };
            let Some(b) = base else {
                value = None;
                return Some(Timex { s, e, kind, value });
            };
            value = Some(match u.as_str() {
                "year" => format!("{:04}", b.year() + step),
                "month" => {
                    let (y, mo) = shift_months(b.year(), b.month(), step);
                    format!("{y:04}-{mo:02}")
                }
                "week" => {
                    let d = b + Duration::weeks(step as i64);
                    let w = d.iso_week();
                    format!("{}-W{:02}", w.year(), w.week())
                }
                "weekend" => {
                    let d = b + Duration::weeks(step as i64);
                    let w = d.iso_week();
                    format!("{}-W{:02}-WE", w.year(), w.week())
                }
                "day" => ymd(b + Duration::days(step as i64)),
                "night" => format!("{}TNI", ymd(b + Duration::days(step as i64))),
                "decade" => format!("{:03}", b.year() / 10 + step),
                "century" => format!("{:02}", b.year() / 100 + step),
                _ => return None,
            });
            if u == "night" {
                kind = "TIME";
            }
        }
        Rule::Ago => {
            // "a year and a half ago"
            let n = number(g("n")?)?.map(|n| n + if g("half2").is_some() { 0.5 } else { 0.0 });
            let unit = norm_key(g("u")?);
            let dir = norm_key(g("dir")?);
            // "had received a letter six months before.": before the story's day; but "six
            // months before the election" leaves the date to what follows
            if matches!(dir.as_str(), "before" | "after") && !ends_clause(text, e) {
                return None;
            }
            let dir = match dir.as_str() {
                "before" => "earlier".to_string(),
                "after" => "later".to_string(),
                _ => dir,
            };
            if matches!(dir.as_str(), "earlier" | "later") {
                // "two days later than planned" compares; "a year earlier" dates
                let next = text[e..].trim_start();
                if next.starts_with("than") {
                    return None;
                }
            }
            let sign: i32 = if matches!(dir.as_str(), "later" | "from now" | "hence") {
                1
            } else {
                -1
            };
            let later_earlier = matches!(dir.as_str(), "earlier" | "later");
            let base = if later_earlier {
                anchor
                    .filter(|a| a.day || !fine_unit(&unit))
                    .map(|a| a.date)
                    .or(dct)
            } else {
                dct
            };
            // "half a century ago": a fraction counts in the next smaller unit
            let (n, unit) = match (n, unit.trim_end_matches('s')) {
                (Some(n), u) if n.fract() != 0.0 => match u {
                    "century" | "centurie" => (Some(n * 100.0), "years".to_string()),
                    "decade" => (Some(n * 10.0), "years".to_string()),
                    "year" => (Some(n * 12.0), "months".to_string()),
                    "month" => (Some(n * 30.0), "days".to_string()),
                    "week" => (Some(n * 7.0), "days".to_string()),
                    "day" => (Some(n * 24.0), "hours".to_string()),
                    "hour" => (Some(n * 60.0), "minutes".to_string()),
                    _ => (Some(n), unit),
                },
                _ => (n, unit),
            };
            let mut v = match (n, base) {
                (Some(n), Some(b)) if n.fract() == 0.0 => relative(b, &unit, sign * n as i32),
                (None, _) => Some(if sign < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string()),
                // a count this rule cannot place ("a minute and a half later") is left to
                // the duration rule
                (Some(_), Some(_)) => return None,
                _ => None,
            };
            // "the shooter was captured only a day later", in a past story that told no
            // day: some day in the past, not a day after the report
            if later_earlier && sign > 0 && t() < 0 {
                let start = v.as_deref().map(range_of).and_then(|r| r.1);
                let after_report = match (start, dct) {
                    (Some(st), Some(d)) => st > ymd(d),
                    (None, _) => v.as_deref() == Some("FUTURE_REF"),
                    _ => false,
                };
                if after_report {
                    v = Some("PAST_REF".to_string());
                }
            }
            // "Three days later, the FBI released photos. That night, …": the day counted
            // to is the story's day from here on
            if later_earlier {
                if let Some(date) = v
                    .as_deref()
                    .filter(|x| x.len() == 10)
                    .and_then(|x| NaiveDate::parse_from_str(x, "%Y-%m-%d").ok())
                {
                    *anchor = Some(Anchor { date, day: true });
                }
            }
            value = v;
        }
        Rule::Duration => {
            let n_raw = g("n")?;
            let n = number(n_raw)?;
            let unit = g("u")?;
            let nk = norm_key(n_raw);
            // "a" alone as the number needs a singular unit ("a year", not "a years"; "one
            // and a half hours" is plural)
            if (nk == "a" || nk == "an" || nk == "one")
                && g("half1").is_none()
                && norm_key(unit).ends_with('s')
                && !norm_key(unit).ends_with("ss")
            {
                return None;
            }
            if n.is_some_and(|x| x >= 1000.0) && g("rel").is_none() {
                let k = norm_key(unit);
                if !k.starts_with("year") {
                    return None;
                }
            }
            let uk = norm_key(unit);
            // "a weekend storm": the weekend before (or, told ahead, after) the report
            if uk == "weekend"
                && matches!(nk.as_str(), "a" | "one")
                && g("rel").is_none()
                && c.name("mod").is_none()
                && modifies_noun(text, e)
            {
                let b = dct?;
                let ahead = t() > 0;
                let mut d = b;
                let target = if ahead {
                    chrono::Weekday::Sat
                } else {
                    chrono::Weekday::Sun
                };
                for _ in 0..7 {
                    d = if ahead {
                        d + Duration::days(1)
                    } else {
                        d - Duration::days(1)
                    };
                    if d.weekday() == target {
                        break;
                    }
                }
                let w = d.iso_week();
                return Some(Timex {
                    s: c.name("u")?.start(),
                    e,
                    kind: "DATE",
                    value: Some(format!("{}-W{:02}-WE", w.year(), w.week())),
                });
            }
            // "may last a year", "audiences last no more than 15 minutes", "will last two
            // hours": "last" is the verb when an article or an approximation follows it, or
            // a modal or "to" comes before it
            let verb_before = modal_before(text, s);
            if (matches!(nk.as_str(), "a" | "an") || c.name("mod").is_some() || verb_before)
                && g("det").is_none()
            {
                if let Some(r) = c.name("rel") {
                    if r.start() == s {
                        s = c.name("mod").or(c.name("n"))?.start();
                    }
                }
            }
            // "over" is "more than" after a verb of lasting or a preposition ("to last over
            // a week", "for over a year", "the first in over a decade"); else it is the
            // preposition itself ("cuts of $85 billion over seven months")
            if let Some(md) = c.name("mod").filter(|md| md.start() == s) {
                if norm_key(md.as_str()) == "over"
                    && !matches!(
                        last_word(&text[..s]).as_str(),
                        "for"
                            | "in"
                            | "of"
                            | "after"
                            | "than"
                            | "since"
                            | "within"
                            | "last"
                            | "lasts"
                            | "lasted"
                            | "lasting"
                            | "take"
                            | "takes"
                            | "took"
                            | "taking"
                            | "spent"
                    )
                {
                    s = c.name("n")?.start();
                }
            }
            // "a two-day rally", "the three hour drive": a singular unit after a count
            // makes the phrase a modifier, and the determiner belongs to the noun
            if let Some(d) = c.name("det") {
                if d.start() == s
                    && n.is_some_and(|x| x > 1.0)
                    && !uk.ends_with('s')
                    && !matches!(norm_key(d.as_str()).as_str(), "each of the")
                {
                    let rest = text[d.end()..].len() - text[d.end()..].trim_start().len();
                    s = d.end() + rest;
                }
            }
            // "a three-year period": the noun it modifies is itself a time, and the whole
            // phrase is the duration
            if n.is_some_and(|x| x > 1.0) && !uk.ends_with('s') && g("rel").is_none() {
                if let Some(rest) = text[e..].strip_prefix(' ') {
                    if rest.starts_with("period") && !rest[6..].starts_with(char::is_alphanumeric) {
                        s = s0;
                        e += 1 + "period".len();
                    }
                }
            }
            // "that" or "this" before a plural count, an article or a vague count is a
            // conjunction or a pronoun: "note that 20 years ago", "this 13 years later",
            // "said that a month ago", "said that several days of talks" is no phrase of
            // its own
            if let Some(d) = c.name("det").filter(|d| {
                matches!(norm_key(d.as_str()).as_str(), "that" | "this")
                    && (n.is_some_and(|x| x > 1.0) && uk.ends_with('s')
                        || g("rel").is_none()
                            && (matches!(nk.as_str(), "a" | "an")
                                || n.is_none()
                                || g("mod").is_some()))
            }) {
                // let "20 years ago" win; else the count stands alone ("said that 40 years")
                // ("that two months after our first meeting": "after" with an object
                // makes no date, so the count stands alone here)
                let next = first_word(&text[e..]);
                let after_end = |w: &str| {
                    let at = e + text[e..].find(w).unwrap_or(0) + w.len();
                    ends_clause(text, at)
                };
                if matches!(next.as_str(), "ago" | "later" | "earlier")
                    || (matches!(next.as_str(), "before" | "after") && after_end(&next))
                {
                    return None;
                }
                s = d.end() + (text[d.end()..].len() - text[d.end()..].trim_start().len());
            }
            // ages are not durations in TimeML ("37 years old")
            // ("the IRA's 8-month-old truce" is how long the truce has lasted, as TimeBank
            // marks it; "a 13-year-old girl" is a person's age)
            let person_after = {
                let w = first_word(&text[e..]);
                matches!(
                    w.as_str(),
                    "girl"
                        | "boy"
                        | "man"
                        | "woman"
                        | "child"
                        | "son"
                        | "daughter"
                        | "student"
                        | "pupil"
                        | "baby"
                        | "kid"
                        | "resident"
                        | "schoolgirl"
                        | "schoolboy"
                        | "mother"
                        | "father"
                        | "brother"
                        | "sister"
                        | "athlete"
                        | "player"
                        | "veteran"
                        | "pensioner"
                        | "patient"
                        | "victim"
                        | ""
                ) || {
                    // "the 76-year-old Argentine", "the 29-year-old Snowden": a person
                    let after = text[e..].trim_start();
                    after.starts_with(char::is_uppercase)
                        && month_of(&w).is_none()
                        && weekday_of(&w).is_none()
                }
            };
            if g("old")
                .is_some_and(|o| o.trim_start_matches(['-', ' ']).eq_ignore_ascii_case("old"))
                && (!m.as_str().contains('-') || person_after)
            {
                return None;
            }
            // … nor "from 6 to 70 years of age"
            if uk.starts_with("year") && text[e..].starts_with(" of age") {
                return None;
            }
            // fractions: "three-quarters", "a quarter of", "more than a quarter"; "a second time"
            if uk.starts_with("quarter")
                && (n.is_some_and(|x| x < 2.0) && g("rel").is_none()
                    || text[c.name("n")?.end()..].starts_with('-'))
            {
                return None;
            }
            if uk == "second" && matches!(nk.as_str(), "a" | "an" | "one") {
                return None;
            }
            // ("Flight 370 vanished less than an hour after": an approximation is a span)
            if matches!(nk.as_str(), "a" | "an" | "per")
                && c.name("mod").is_none()
                && is_rate(text, m.start())
            {
                return None; // "$55 a night", "four flights a week": a rate, not a time
            }
            // "Islam will one day be…": an unspecified future, not a duration
            if nk == "one" && uk == "day" && g("rel").is_none() {
                let prev = last_word(&text[..m.start()]);
                if matches!(
                    prev.as_str(),
                    "will"
                        | "would"
                        | "could"
                        | "may"
                        | "might"
                        | "can"
                        | "shall"
                        | "should"
                        | "must"
                ) {
                    value = Some("FUTURE_REF".into());
                    return Some(Timex { s, e, kind, value });
                }
            }
            // "will be redeemed in five years", "may, in a year or two, save": a point that
            // far ahead, as TimeML has it; "in three years, 224 students received" (past)
            // and "in the next five years" stay durations
            let calendar_unit = matches!(
                uk.trim_end_matches('s'),
                "day"
                    | "week"
                    | "fortnight"
                    | "month"
                    | "year"
                    | "decade"
                    | "quarter"
                    | "centurie"
                    | "century"
            );
            if calendar_unit
                && last_word(&text[..s]) == "in"
                && g("rel").is_none()
                && c.name("det").is_none_or(|d| {
                    d.start() < s || matches!(norm_key(d.as_str()).as_str(), "a" | "an")
                })
                && {
                    // "you may, in a year or two, save": a possibility ahead; but "can travel
                    // to Helsinki in 17 days", "could not be solved in 30 years" and "might
                    // have happened in a year" tell how long, not when
                    let lo = crate::text::floor_char(text, s.saturating_sub(90));
                    let words: Vec<String> = text[lo..s]
                        .split(|c: char| !c.is_alphanumeric() && c != '\'')
                        .filter(|w| !w.is_empty())
                        .map(str::to_lowercase)
                        .collect();
                    let how_long = words.iter().enumerate().any(|(i, w)| {
                        matches!(w.as_str(), "can" | "cannot" | "can't" | "able")
                            || matches!(w.as_str(), "could" | "might" | "would" | "may")
                                && words.get(i + 1).is_some_and(|n| n == "have" || n == "not")
                            || w == "could"
                    });
                    // "the first in two years", "the highest in five years", "his first visit
                    // in a decade", "the first pope to step down in 600 years": the span
                    // since it last happened
                    let clause = text[lo..s]
                        .rsplit([',', ';', ':', '.', '('])
                        .next()
                        .unwrap_or("");
                    let since_last = clause
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .rev()
                        .skip(1)
                        .take(7)
                        .any(|w| {
                            matches!(
                                w.to_lowercase().as_str(),
                                "first"
                                    | "highest"
                                    | "lowest"
                                    | "biggest"
                                    | "largest"
                                    | "smallest"
                                    | "best"
                                    | "worst"
                                    | "strongest"
                                    | "weakest"
                                    | "fastest"
                                    | "slowest"
                                    | "longest"
                                    | "deepest"
                                    | "sharpest"
                                    | "steepest"
                                    | "most"
                                    | "least"
                            )
                        });
                    // "in two months' time" is a point ahead, "first" or not
                    let time_after = ["' time", "’ time", "'s time", "’s time"]
                        .iter()
                        .any(|t| text[e..].starts_with(t));
                    !how_long
                        && (!since_last || time_after)
                        && (t() > 0 || words.iter().any(|w| matches!(w.as_str(), "may" | "might")))
                }
            {
                // "a year or two", "10 to 15 years": no one point
                let vague = g("n2").is_some() || g("n3").is_some() || m.as_str().contains(" or ");
                let whole = n.filter(|x| x.fract() == 0.0 && !vague);
                value = match (whole, dct) {
                    (Some(x), Some(b)) => relative(b, &uk, x as i32),
                    _ => Some("FUTURE_REF".into()),
                };
                value.as_ref()?;
                return Some(Timex { s, e, kind, value });
            }
            kind = "DURATION";
            // a range of counts ("12 to 18 months", "10–15 years") is a vague amount, as
            // TimeML writes it: PXM, PXY
            let to = c
                .name("n2")
                .is_some_and(|_| m.as_str().to_lowercase().contains(" to "));
            let n = if g("n3").is_some() || to { None } else { n };
            value = duration_value(n, unit, g("half1").is_some() || g("half2").is_some());
            value.as_ref()?;
        }
        Rule::Vague => {
            // "The trial could last months": "last" is the verb, and "months" the span
            if g("det").is_none()
                && g("adj").is_some_and(|a| a.eq_ignore_ascii_case("last"))
                && modal_before(text, s)
            {
                s = c.name("u")?.start();
                kind = "DURATION";
                value = duration_value(None, &norm_key(g("u")?), false);
                value.as_ref()?;
                return Some(Timex { s, e, kind, value });
            }
            // "six months ahead of schedule": the count's, not a vague span
            let before = text[..m.start()].trim_end();
            if g("det").is_none()
                && g("adj").is_none()
                && (before.ends_with(|c: char| c.is_ascii_digit())
                    || number(&last_word(before)).is_some_and(|n| n.is_some()))
            {
                return None;
            }
            let adj = g("adj").map(norm_key);
            let unit = norm_key(g("u")?);
            let coordinated = m.as_str().contains(" or ") || m.as_str().contains(" and ");
            if adj.is_none() && g("post").is_none() && !coordinated {
                // bare "years" only after "for"/"in"/"over"/"within"
                let prev: String = text[..m.start()]
                    .trim_end()
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphabetic())
                    .collect::<String>()
                    .chars()
                    .rev()
                    .collect::<String>()
                    .to_lowercase();
                // "the deadliest attack in years.", "for the first time in months,": a
                // span reaching back to the report, at the end of its clause ("in years to
                // come" is not); "after months of talks": a span of something
                let in_at_end = prev == "in" && g("det").is_none() && ends_clause(text, e);
                let of_what = g("det").is_none()
                    && matches!(
                        prev.as_str(),
                        "after" | "following" | "follows" | "amid" | "despite" | "ending" | "ended"
                    )
                    && text[e..].starts_with(" of ")
                    && text[e + 4..].starts_with(char::is_lowercase)
                    && !matches!(
                        first_word(&text[e + 4..]).as_str(),
                        "the" | "a" | "an" | "age"
                    );
                if !matches!(prev.as_str(), "for" | "over" | "within") && !in_at_end && !of_what {
                    return None;
                }
            }
            // "years ago", "months ago": some past time
            if g("post").is_some_and(|p| p.trim_start() == "ago") {
                if adj.is_some() && adj.as_deref() != Some("many") {
                    return None;
                }
                kind = "DATE";
                value = Some("PAST_REF".into());
            } else if adj.as_deref() == Some("recent") && unit == "years" {
                value = Some("PAST_REF".into());
            } else if adj.as_deref() == Some("coming") && unit == "months" {
                value = Some("FUTURE_REF".into());
            } else {
                kind = "DURATION";
                value = duration_value(None, &unit, false);
            }
        }
        Rule::Time => {
            let (h, mi) = if let Some(noon) = g("noon") {
                match noon.to_lowercase().as_str() {
                    "midnight" => (24, 0),
                    _ => (12, 0),
                }
            } else if let Some(h) = g("h") {
                let mut h: u32 = h.parse().ok()?;
                let mi: u32 = g("mi").map_or(Some(0), |x| x.parse().ok())?;
                let pm = g("ap")?.to_lowercase().starts_with('p');
                if h == 0 || h > 12 {
                    return None;
                }
                if pm && h < 12 {
                    h += 12;
                } else if !pm && h == 12 {
                    h = 0;
                }
                (h, mi)
            } else if let Some(h) = g("h3") {
                // "0800 GMT": a four-digit clock needs its zone
                g("tz").filter(|z| is_zone(z))?;
                (h.parse().ok()?, g("mi3")?.parse().ok()?)
            } else {
                let h: u32 = g("h2")?.parse().ok()?;
                let mi: u32 = g("mi2")?.parse().ok()?;
                // "3:2" scores and ratios are not times; a time needs a day, a zone (also
                // in brackets: "18:45 (Moscow time)") or a preposition of time before it
                // ("began at 10:30")
                let zone_after = {
                    let r = text[e..].trim_start();
                    r.strip_prefix('(')
                        .and_then(|r| r.split_once(')'))
                        .is_some_and(|(z, _)| is_zone(z.trim()))
                };
                let prep = matches!(
                    last_word(&text[..m.start()]).as_str(),
                    "at" | "from" | "until" | "till" | "by" | "after" | "before" | "since"
                );
                if h > 23
                    || mi > 59
                    || (g("day").is_none() && !g("tz").is_some_and(is_zone) && !zone_after && !prep)
                {
                    return None;
                }
                // "at 9:15 Monday evening": the part of the day tells the half
                let pm = g("dp").is_some_and(|p| !p.eq_ignore_ascii_case("morning"));
                (if pm && h < 12 { h + 12 } else { h }, mi)
            };
            if mi > 59 {
                return None;
            }
            kind = "TIME";
            // "1:00 pm Moscow time, April 22, 2013": the day's own year
            let written = g("dy").and_then(|y| {
                let d: u32 = g("dd")?
                    .trim_end_matches(char::is_alphabetic)
                    .parse()
                    .ok()?;
                NaiveDate::from_ymd_opt(y.parse().ok()?, month_of(g("dm")?)?, d)
            });
            let day = match (written, g("day")) {
                (Some(w), _) => Some(w),
                (None, Some(d)) => resolve_day(text, s, e, d, g("dm"), g("dd"), dct),
                // a clock alone is on the story's day ("Voters go to the polls on Sunday.
                // Polls open at 7 a.m."), or the report's when none has been told
                // (the other way round, a past tense in an event's schedule is too often
                // another clause's to move a clock off the event's day)
                (None, None) => story_day(*anchor, dct, t() > 0),
            };
            // "5 p.m." is T17:00 as in TimeML's examples; "midnight" is T24
            let clock = if let Some(sec) = g("sec").or(g("sec2")) {
                format!("T{h:02}:{mi:02}:{sec}")
            } else if h != 24 {
                format!("T{h:02}:{mi:02}")
            } else {
                format!("T{h:02}")
            };
            value = Some(match day {
                Some(d) => format!("{}{clock}", ymd(d)),
                None => format!("XXXX-XX-XX{clock}"),
            });
        }
        Rule::PartOfDay => {
            let p = v.day_parts.get(g("p")?.to_lowercase().as_str())?.clone();
            let day = resolve_day(text, s, e, g("day")?, None, None, dct);
            kind = "TIME";
            value = day.map(|d| format!("{}{p}", ymd(d)));
        }
        Rule::ThatUnit => {
            let det = norm_key(g("det")?);
            let u = norm_key(g("u")?);
            // "the Year of the Environment", "the Year of Theatre": a named year
            if is_upper(g("u")?) && text[e..].starts_with(" of ") {
                return None;
            }
            let edge = g("edge");
            if g("yago").is_some() {
                return None; // "the year ago" / "the day earlier": not this rule's
            }
            let mut told = false; // "later in the day": any unit, not only the year
            let b = if det == "that" {
                // "trades made that day" after "1987": no day to refer to
                if matches!(u.as_str(), "day" | "week") && anchor.is_some_and(|a| !a.day) {
                    return None;
                }
                anchor.map(|a| a.date).or(dct)?
            } else if det == "the" && edge.is_none() {
                // "the year" alone is as often a duration as a date; three contexts decide
                let next = text[e..].trim_start();
                let prev = last_word(&text[..m.start()]);
                let prev2 = last_word(
                    text[..m.start()]
                        .trim_end()
                        .strip_suffix(prev.as_str())
                        .unwrap_or(""),
                );
                if u == "year" && (next.starts_with("ended ") || next.starts_with("ending ")) {
                    // "for the year ended March 31": a year's length, dated by what follows
                    return Some(Timex {
                        s,
                        e,
                        kind: "DURATION",
                        value: Some("P1Y".into()),
                    });
                }
                let ends_or_begins = matches!(
                    prev.as_str(),
                    "ended"
                        | "ends"
                        | "end"
                        | "ending"
                        | "closed"
                        | "closes"
                        | "close"
                        | "finished"
                        | "finishes"
                        | "finish"
                        | "began"
                        | "begins"
                        | "begin"
                        | "started"
                        | "starts"
                        | "start"
                        | "opened"
                        | "opens"
                        | "open"
                        | "wrapped"
                ) && matches!(u.as_str(), "day" | "week" | "month" | "year")
                    && !next.starts_with("before")
                    && !next.starts_with("after");
                if ends_or_begins {
                    // "Stocks ended the week with a loss", "will close the year higher": the
                    // report's week, or the story's ("We started 2016 with … and ended the
                    // year with …"); a year ended in the past, told in January or February,
                    // is last year. The article stays ("close the year higher": no noun
                    // follows)
                    s = s0;
                    told = true;
                    let story = if u == "year" {
                        anchor.map(|a| a.date)
                    } else {
                        anchor.filter(|a| a.day).map(|a| a.date)
                    };
                    let b = story.or(dct)?;
                    match dct {
                        Some(d) if u == "year" && b == d => last_year_if_over(d, t() < 0),
                        _ => b,
                    }
                } else if prev == "in" && matches!(prev2.as_str(), "earlier" | "later") {
                    // "later in the day", "earlier in the year": in news, the day (year)
                    // of the report (the last day told is often another: "hostages taken
                    // on July 31 … Later in the day, he met")
                    told = true;
                    dct.or(anchor.map(|a| a.date))?
                } else if u == "year"
                    && (matches!(prev.as_str(), "during" | "throughout")
                        || prev == "of" && prev2 == "course")
                {
                    // "during the year": the year being told about
                    anchor.map(|a| a.date).or(dct)?
                } else {
                    let whole = prev == "for" && next.starts_with([',', '.', ';']);
                    let part = prev == "of"
                        && matches!(
                            prev2.as_str(),
                            "months"
                                | "weeks"
                                | "days"
                                | "quarter"
                                | "quarters"
                                | "half"
                                | "part"
                                | "rest"
                        );
                    if u != "year" || !(whole || part) {
                        return None;
                    }
                    last_year_if_over(dct?, whole && t() < 0)
                }
            } else if u == "year" && matches!(det.as_str(), "the full" | "the calendar") {
                // "For the full year, the surplus stood at …", told in February: last year
                last_year_if_over(dct?, t() < 0)
            } else {
                dct?
            };
            if !told && det != "that" && u != "year" && edge.is_none() {
                return None;
            }
            value = Some(period_of(&u, b));
        }
        Rule::AroundDay => {
            // "that night", "the next morning", "the day before": a day of the story, or
            // of the report when the story has told none yet
            // ("the year before" needs only a year: "In 1995 … The year before, …")
            let b = match *anchor {
                Some(a) if a.day || g("u").is_some_and(|u| u.eq_ignore_ascii_case("year")) => {
                    a.date
                }
                Some(_) => return None,
                None => dct?,
            };
            let (unit, shift) = match (g("p"), g("u")) {
                (Some(p), _) => {
                    let shift = match norm_key(g("det")?).as_str() {
                        "the following" | "the next" => 1,
                        "the previous" => -1,
                        _ => 0,
                    };
                    (p.to_lowercase(), shift)
                }
                (None, Some(u)) => {
                    if !ends_clause(text, e) {
                        return None;
                    }
                    let shift = if g("dir")?.eq_ignore_ascii_case("after") {
                        1
                    } else {
                        -1
                    };
                    (u.to_lowercase(), shift)
                }
                _ => return None,
            };
            if let Some(code) = v.day_parts.get(unit.as_str()) {
                kind = "TIME";
                value = Some(format!("{}{code}", ymd(b + Duration::days(shift))));
            } else {
                let moved = match unit.as_str() {
                    "day" => b + Duration::days(shift),
                    "week" => b + Duration::days(7 * shift),
                    "month" => {
                        let (y, m) = shift_months(b.year(), b.month(), shift as i32);
                        NaiveDate::from_ymd_opt(y, m, 1)?
                    }
                    _ => NaiveDate::from_ymd_opt(b.year() + shift as i32, 1, 1)?,
                };
                value = Some(period_of(&unit, moved));
            }
        }
        Rule::Holiday => {
            let h = g("h")?;
            if !h.starts_with(char::is_uppercase) {
                return None; // "easter" in lower case is no holiday's name
            }
            // "Christmas Island", "Easter Island": places
            if matches!(
                first_word(&text[e..]).as_str(),
                "island" | "islands" | "isle"
            ) {
                return None;
            }
            // "Holocaust Remembrance Day", "Victory in Europe Day": the end of a longer
            // name, another day ("International Human Rights Day" is the same one)
            {
                let line = text[..m.start()].rfind('\n').map_or(0, |i| i + 1);
                let before = text[line..m.start()].trim_end();
                let w1 = before.rsplit(char::is_whitespace).next().unwrap_or("");
                let rest = before[..before.len() - w1.len()].trim_end();
                let w2 = rest.rsplit(char::is_whitespace).next().unwrap_or("");
                let head = |w: &str, rest: &str| {
                    w.starts_with(char::is_uppercase)
                        && w.chars().all(char::is_alphabetic)
                        && !rest.is_empty()
                        && !rest.ends_with(['.', '!', '?', ':', '"', '“', '|'])
                        && !matches!(
                            w,
                            "International"
                                | "World"
                                | "National"
                                | "Global"
                                | "Happy"
                                | "Merry"
                                | "Feast"
                        )
                };
                let rest2 = rest[..rest.len() - w2.len()].trim_end();
                if head(w1, rest) || (matches!(w1, "in" | "of") && head(w2, rest2)) {
                    return None;
                }
            }
            let name = norm_key(h).replace('’', "'");
            // in a text about the Orthodox church, "Easter" is the Orthodox feast
            let name = if matches!(name.as_str(), "easter" | "easter sunday")
                && (text.contains("Orthodox") || text.contains("Patriarch"))
            {
                "orthodox easter"
            } else {
                name.as_str()
            };
            let at = |y: i32| super::holidays::date_of(name, y);
            let date = if let Some(y) = g("y") {
                at(y.parse().ok()?)?
            } else {
                let b = dct?;
                let y = b.year();
                let rel = g("rel").map(norm_key).unwrap_or_default();
                match rel.as_str() {
                    "last" => at(y).filter(|d| *d < b).or_else(|| at(y - 1))?,
                    "next" | "upcoming" | "coming" | "forthcoming" => {
                        at(y).filter(|d| *d > b).or_else(|| at(y + 1))?
                    }
                    r if r.starts_with("last year") => at(y - 1)?,
                    r if r.starts_with("next year") => at(y + 1)?,
                    r if r.starts_with("this") => at(y)?,
                    _ => {
                        let tense = t();
                        let days = [y - 1, y, y + 1].into_iter().filter_map(at);
                        // a holiday within two weeks of the report is that one ("congratulate
                        // you on Russia Day", the day after; "agreed on New Year's Day", told
                        // on January 11); else a named day recurs
                        // yearly and the tense decides outright
                        match days.clone().find(|d| (*d - b).num_days().abs() <= 14) {
                            Some(d) => d,
                            None => {
                                days.min_by_key(|d| tense_cost((*d - b).num_days(), tense, 400))?
                            }
                        }
                    }
                }
            };
            *anchor = Some(Anchor { date, day: true });
            // "Thanksgiving morning": that part of the day; "the Memorial Day weekend":
            // the weekend it ends or is in (the article counts only before "weekend")
            let part = g("hp").map(str::to_lowercase);
            if let Some(w) = c.name("wdet") {
                if part.as_deref() != Some("weekend") {
                    s = c.name("h")?.start();
                } else {
                    s = w.start();
                }
            }
            match part.as_deref() {
                Some("weekend") => {
                    let d = if date.weekday() == chrono::Weekday::Mon {
                        date - Duration::days(1)
                    } else {
                        date
                    };
                    let w = d.iso_week();
                    value = Some(format!("{}-W{:02}-WE", w.year(), w.week()));
                }
                Some(p) => {
                    kind = "TIME";
                    value = Some(format!("{}{}", ymd(date), v.day_parts.get(p)?));
                }
                None => value = Some(ymd(date)),
            }
        }
        Rule::TwoAway => {
            // "the day after tomorrow", "the year before last": two units away
            let b = dct?;
            let u = norm_key(g("u")?);
            let dir = norm_key(g("dir")?);
            let n = if dir.starts_with("after") { 2 } else { -2 };
            match (u.as_str(), dir.as_str()) {
                ("day", "after tomorrow" | "before yesterday") => {}
                ("week" | "month" | "year", "after next" | "before last") => {}
                _ => return None,
            }
            value = relative(b, &u, n);
        }
        Rule::NthWeekday => {
            // "the last week of the month": of the month told about (or this month, the
            // last, the next)
            let told = match g("tm").map(str::to_lowercase).as_deref() {
                None => None,
                Some(tm) => {
                    let b = dct?;
                    let base = match tm {
                        "the" => anchor.map(|a| a.date).unwrap_or(b),
                        _ => b,
                    };
                    let step = match tm {
                        "last" => -1,
                        "next" => 1,
                        _ => 0,
                    };
                    Some(shift_months(base.year(), base.month(), step))
                }
            };
            let mo = match told {
                Some((_, m)) => m,
                None => {
                    if !is_upper(g("m")?) {
                        return None;
                    }
                    month_of(g("m")?)?
                }
            };
            // "the first week of March", "the last week of June 2019": that week
            if g("wk").is_some() {
                let y = match (told, g("y")) {
                    (Some((y, _)), _) => y,
                    (None, Some(y)) => y.parse().ok()?,
                    (None, None) => nearest_year(dct?, mo, None, t())?,
                };
                // the calendar week holding most of the seven days meant (the 1st to the
                // 7th, …, the last seven): the one with the middle day of them
                let day = match norm_key(g("n")?).as_str() {
                    "first" | "1st" => 4,
                    "second" | "2nd" => 11,
                    "third" | "3rd" => 18,
                    "fourth" | "4th" => 25,
                    _ => last_day(y, mo) - 3,
                };
                let date = NaiveDate::from_ymd_opt(y, mo, day)?;
                value = Some(period_of("week", date));
                return Some(Timex { s, e, kind, value });
            }
            let wd_raw = g("wd")?;
            if !is_upper(wd_raw) || told.is_some() {
                return None;
            }
            let wd = chrono::Weekday::try_from(u8::try_from(weekday_of(wd_raw)?).ok()?).ok()?;
            let n = match norm_key(g("n")?).as_str() {
                "first" | "1st" => 1,
                "second" | "2nd" => 2,
                "third" | "3rd" => 3,
                "fourth" | "4th" => 4,
                _ => 0,
            };
            let y = match g("y") {
                Some(y) => y.parse().ok()?,
                None => nearest_year(dct?, mo, None, t())?,
            };
            let date = super::holidays::nth_weekday(y, mo, wd, n)?;
            *anchor = Some(Anchor { date, day: true });
            value = Some(ymd(date));
        }
        Rule::QuarterCode => {
            let year = |y: &str| -> Option<i32> {
                let d = y.trim_start_matches('\'');
                let n: i32 = d.parse().ok()?;
                // two digits: "FY99" is 1999, "FY13" 2013
                Some(match d.len() {
                    2 if n >= 50 => 1900 + n,
                    2 => 2000 + n,
                    _ => n,
                })
            };
            if let Some(fy) = g("fy") {
                value = Some(format!("{:04}", year(fy)?));
            } else {
                let (p, n, y) = match (g("p"), g("p2")) {
                    (Some(p), _) => (p, g("n")?, year(g("y")?)?),
                    (None, Some(p)) => (p, g("n2")?, year(g("y2")?)?),
                    _ => return None,
                };
                // capitals only: "q3" or "h1" in running text is something else
                if !p.chars().all(|c| c.is_ascii_uppercase()) || (p == "H" && n > "2") {
                    return None;
                }
                value = Some(format!("{y:04}-{p}{n}"));
            }
        }
        Rule::InThePart => {
            // "By mid afternoon, …", "by late evening": that part of the story's day (or
            // the report's), after a preposition of time; "early morning raids" is a kind
            // ("in the early evening" too)
            let edged = g("e0")
                .and(g("p"))
                .filter(|p| !p.eq_ignore_ascii_case("night"));
            if g("e0").is_some() && edged.is_none() {
                return None;
            }
            if let Some(p2) = g("p2").or(edged) {
                let prep = matches!(
                    last_word(&text[..m.start()]).as_str(),
                    "by" | "in"
                        | "at"
                        | "until"
                        | "till"
                        | "from"
                        | "around"
                        | "before"
                        | "after"
                        | "since"
                        | "during"
                        | "through"
                        | "into"
                );
                if !prep || modifies_noun(text, e) {
                    return None;
                }
                let p = v.day_parts.get(p2.to_lowercase().as_str())?.clone();
                let day = story_day(*anchor, dct, t() > 0)?;
                kind = "TIME";
                value = Some(format!("{}{p}", ymd(day)));
                return Some(Timex { s, e, kind, value });
            }
            // "landed in the evening": that part of the day being told about, in a past
            // narrative; "I read in the evening" (a habit) is left alone
            if last_word(&text[..m.start()]) != "in" || t() >= 0 {
                return None;
            }
            let p = v.day_parts.get(g("p")?.to_lowercase().as_str())?.clone();
            let day = anchor.filter(|a| a.day).map(|a| a.date).or(dct)?;
            kind = "TIME";
            value = Some(format!("{}{p}", ymd(day)));
        }
        Rule::ShortYear => {
            // an opening quotation mark or an apostrophe after a letter is no year
            let before = text[..s].trim_end_matches(' ');
            let mut after = text[e..].chars();
            if before.len() == text[..s].len()
                || (matches!(after.next(), Some('\'' | '’' | '.' | ','))
                    && after.next().is_some_and(|c| c.is_ascii_alphanumeric()))
            {
                return None;
            }
            let prev = last_word(before);
            if !matches!(
                prev.as_str(),
                "in" | "since"
                    | "of"
                    | "by"
                    | "until"
                    | "till"
                    | "from"
                    | "through"
                    | "before"
                    | "after"
                    | "during"
                    | "to"
                    | "and"
                    | "spring"
                    | "summer"
                    | "fall"
                    | "autumn"
                    | "winter"
            ) {
                return None;
            }
            let yy: i32 = g("ya")?.parse().ok()?;
            // the century that puts the year no more than ten years after the report
            // ("since" one already past)
            let limit = dct.map_or(2030, |d| d.year() + if prev == "since" { 0 } else { 10 });
            let y = if 2000 + yy <= limit {
                2000 + yy
            } else {
                1900 + yy
            };
            value = Some(format!("{y:04}"));
            return Some(Timex { s, e, kind, value });
        }
        Rule::DayOfMonth => {
            // not "the 28th of …" (a date rule's), "the 20th century", "on the 5th floor"
            let next = first_word(&text[e..]);
            let ahead = &text[e..crate::text::floor_char(text, (e + 40).min(text.len()))];
            if text[e..].trim_start().starts_with(['-', '–'])
                || matches!(next.as_str(), "of" | "to" | "through")
                || modifies_noun(text, e)
                // "until the 11th, 12th and 13th centuries"
                || ahead.to_lowercase().contains("centur")
                // "on the 14th and 15th of March": the list's month comes after it
                || {
                    static LIST: OnceLock<Regex> = OnceLock::new();
                    LIST.get_or_init(|| {
                        Regex::new(r"^\s+(?:and|or)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+of\s")
                            .expect("list pattern compiles")
                    })
                    .is_match(ahead)
                }
            {
                return None;
            }
            // "on the", "by the", "until the" … before it
            let the = text[..s].strip_suffix(' ')?;
            let the = the
                .strip_suffix("the")
                .filter(|b| b.ends_with(' ') || b.ends_with('\n'))?;
            if !matches!(
                last_word(the).as_str(),
                "on" | "by" | "until" | "till" | "since" | "from" | "before" | "after"
            ) {
                return None;
            }
            s = the.len();
            let d: u32 = g("d")?.parse().ok()?;
            // the story's month when it has told a day, else the report's; a day gone by
            // in the past tense, or still to come in the future
            let b = anchor.filter(|a| a.day).map(|a| a.date).or(dct)?;
            let now = dct.unwrap_or(b);
            let tense = t();
            let (mut y, mut m) = (b.year(), b.month());
            let day = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, d);
            if tense < 0 && day(y, m)? > now {
                (y, m) = shift_months(y, m, -1);
            } else if tense > 0 && day(y, m)? < now {
                (y, m) = shift_months(y, m, 1);
            }
            let date = day(y, m)?;
            *anchor = Some(Anchor { date, day: true });
            value = Some(ymd(date));
        }
        Rule::YearEnd => {
            // "by year-end", "at year end 1988": the year, at its end (TimeML: mod END)
            let y = match g("y").or(g("y2")) {
                Some(y) => y.parse().ok()?,
                None => dct?.year(),
            };
            value = Some(format!("{y:04}"));
        }
        Rule::YearAgo => {
            let b = dct?;
            if g("latest").is_some() {
                let w = norm_key(g("latest")?);
                // "the same month last year": the month before the report, a year back,
                // unless the sentence names the month (a later pass)
                if g("lym").is_some() {
                    let m = b.checked_sub_months(Months::new(13))?;
                    value = Some(format!("{:04}-{:02}", m.year(), m.month()));
                    return Some(Timex { s, e, kind, value });
                }
                let ly = g("ly").or(g("lyq"));
                if w != "latest" && ly.is_none() {
                    return None;
                }
                // the reporting period: the last quarter before the news
                let (y, q) = shift_quarter(b.year(), quarter_of(b), -1);
                let y = if ly.is_some() { y - 1 } else { y };
                value = Some(format!("{y:04}-Q{q}"));
            } else {
                g("ago")?;
                if g("p").is_none() && g("det").is_some() && !modifies_noun(text, e) {
                    return None;
                }
                value = Some(format!("{:04}", b.year() - 1));
            }
        }
        Rule::Set => {
            kind = "SET";
            if let Some(adv) = g("adv") {
                // "People's Daily", "The Weekly Standard": a name
                let prev = text[..m.start()].trim_end();
                if is_upper(adv)
                    && (prev.ends_with("'s") || prev.ends_with("’s") || {
                        let w = prev.rsplit(char::is_whitespace).next().unwrap_or("");
                        is_upper(w) && !prev.ends_with(['.', '!', '?', ':'])
                    })
                {
                    return None;
                }
                // "the Liberation daily", "the Kaluga Evening daily": a paper named before it
                let w = prev.rsplit(char::is_whitespace).next().unwrap_or("");
                if !is_upper(adv)
                    && is_upper(w)
                    && w.chars().count() > 1
                    && month_of(w).is_none()
                    && weekday_of(w).is_none()
                    && !prev[..prev.len() - w.len()]
                        .trim_end()
                        .ends_with(['.', '!', '?', ':'])
                    && prev.len() > w.len()
                {
                    return None;
                }
                let a = adv.to_lowercase();
                // "the weekly's offices", "is a weekly.": the paper, a noun after its
                // article ("the daily tally" is a set, as TimeBank has it)
                if text[e..].starts_with("'s")
                    || text[e..].starts_with("’s")
                    || (matches!(
                        last_word(prev).as_str(),
                        "the" | "a" | "this" | "that" | "its" | "their" | "his" | "her"
                    ) && ends_clause(text, e))
                {
                    return None;
                }
                if a != "annually" && modifies_noun(text, e) {
                    return None; // "a daily newspaper", "quarterly results"
                }
                if s > 0 && text[..s].ends_with('-') {
                    return None;
                }
                value = Some(
                    match a.as_str() {
                        "daily" | "nightly" => "P1D",
                        "weekly" => "P1W",
                        "biweekly" => "P2W",
                        "monthly" => "P1M",
                        "quarterly" => "P3M",
                        "semiannually" => "P6M",
                        "hourly" => "PT1H",
                        _ => "P1Y",
                    }
                    .to_string(),
                );
            } else if let (Some(n), Some(u)) = (g("sn"), g("us")) {
                // "every six months", "each 10 years": the period is the duration
                value = duration_value(number(n)?, u, false);
            } else {
                let u = g("u").or(g("u2"))?;
                let k = norm_key(u);
                if c.name("md").is_some() && month_of(&k).is_none() {
                    e = c.name("u")?.end(); // "every Monday 5 officers": no day of a month
                }
                if k == "second" && modifies_noun(text, e) {
                    return None; // "every second crime": an ordinal
                }
                value = if let Some(wd) = weekday_of(&k).filter(|_| is_upper(u)) {
                    Some(format!("XXXX-WXX-{}", wd + 1))
                } else if let Some(mo) = month_of(&k).filter(|_| is_upper(u)) {
                    // "every April 1": a day of the month, each year
                    match g("md").and_then(|d| d.parse::<u32>().ok()) {
                        Some(d) if (1..=last_day(2000, mo)).contains(&d) => {
                            Some(format!("XXXX-{mo:02}-{d:02}"))
                        }
                        _ => {
                            e = c.name("u")?.end();
                            Some(format!("XXXX-{mo:02}"))
                        }
                    }
                } else if let Some(code) = v.seasons.get(k.as_str()) {
                    Some(format!("XXXX-{code}"))
                } else if let Some(p) = v.day_parts.get(k.as_str()) {
                    // "every morning": a part of any day
                    Some(format!("XXXX-XX-XX{p}"))
                } else {
                    // "every other week": every second one
                    let other = m.as_str().to_lowercase().contains(" other ");
                    duration_value(Some(if other { 2.0 } else { 1.0 }), &k, false)
                };
            }
        }
    }
    Some(Timex { s, e, kind, value })
}

/// The day named by "Friday", "yesterday", "Nov. 9" next to a time of day.
fn resolve_day(
    text: &str,
    s: usize,
    e: usize,
    day: &str,
    month: Option<&str>,
    dom: Option<&str>,
    dct: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let b = dct?;
    let k = day.to_lowercase();
    match k.as_str() {
        "today" => return Some(b),
        "yesterday" => return Some(b - Duration::days(1)),
        "tomorrow" => return Some(b + Duration::days(1)),
        _ => {}
    }
    if let (Some(mo), Some(d)) = (month.and_then(month_of), dom.and_then(ordinal)) {
        return NaiveDate::from_ymd_opt(b.year(), mo, d);
    }
    let wd = weekday_of(day)?;
    let tn = tense(text, s, e);
    Some(weekday_near(b, wd, if tn > 0 { 1 } else { -1 }, false))
}

/// The date `n` units from `b` at that unit's granularity ("two years ago" -> a year).
fn relative(b: NaiveDate, unit: &str, n: i32) -> Option<String> {
    // beyond a hundred thousand units no calendar answer is meaningful (and the arithmetic
    // below could overflow)
    if n.unsigned_abs() > 100_000 {
        return None;
    }
    let u = unit.trim_end_matches('s');
    Some(match u {
        "year" => format!("{:04}", b.year() + n),
        "month" => {
            let (y, mo) = shift_months(b.year(), b.month(), n);
            format!("{y:04}-{mo:02}")
        }
        "week" | "fortnight" => {
            let k = if u == "fortnight" { 2 } else { 1 };
            let d = b.checked_add_signed(Duration::weeks(k * n as i64))?;
            let w = d.iso_week();
            format!("{}-W{:02}", w.year(), w.week())
        }
        "day" | "night" => ymd(b.checked_add_signed(Duration::days(n as i64))?),
        "decade" => format!("{:03}", (b.year() + 10 * n) / 10),
        "quarter" => {
            let (y, q) = shift_quarter(b.year(), quarter_of(b), n);
            format!("{y:04}-Q{q}")
        }
        "centurie" | "century" => format!("{:02}", (b.year() + 100 * n) / 100),
        "hour" | "minute" | "second" => ymd(b),
        _ => return None,
    })
}

/// The days a day's date spans when the text writes it as a range of days: "May 17-18",
/// "3–4 June", "June 5 to 7", "January 12–18, 1943". TimeML gives the expression the first
/// (or the written) day; the range is for the timeline. `value` is the day (`YYYY-MM-DD`).
pub fn day_range(text: &str, s: usize, e: usize, value: &str) -> Option<(String, String)> {
    let day = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?;
    let with_day = |d: u32| day.with_day(d);
    // a day number, alone: not a clock ("18:30"), a decimal, a percentage or a month's day
    // of another date ("May 17 – June 2" is two dates)
    let lone_day = |after: &str| -> Option<u32> {
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() || digits.len() > 2 {
            return None;
        }
        let rest = after[digits.len()..].trim_start_matches(['s', 't', 'n', 'd', 'r', 'h']);
        // … nor part of a numeric date ("6,2016-09-05")
        if rest.starts_with([':', '%', '.', ',', '-', '/'])
            && rest[1..].starts_with(|c: char| c.is_ascii_digit())
            || rest.starts_with([':', '%'])
            || rest.starts_with(|c: char| c.is_alphanumeric())
        {
            return None;
        }
        // "3–4 June" read from the 3rd: the same month is no other date
        let next = first_word(rest);
        if month_of(&next).is_some_and(|m| m != day.month()) {
            return None;
        }
        digits.parse().ok()
    };
    let after = &text[e..];
    let gap = after.len() - after.trim_start().len();
    let rest = after.trim_start();
    let joined = ["-", "–", "—", "to ", "through ", "till ", "until "]
        .iter()
        .find_map(|j| rest.strip_prefix(j))
        .map(str::trim_start);
    if gap <= 1 {
        if let Some(d) = joined.and_then(lone_day).filter(|d| *d > day.day()) {
            return Some((ymd(day), ymd(with_day(d)?)));
        }
    }
    // "3–4 June", "from 16 to 28 March": the first day stands before the tag
    let (a, b) = first_day_before(text, s)?;
    let d: u32 = text[a..b].parse().ok()?;
    (d < day.day()).then(|| Some((ymd(with_day(d)?), ymd(day))))?
}

/// The byte span of a lone day number that opens a range ending in the date at `s`:
/// "3–4 June", "from 16 to 28 March", "between 16 and 28 March" (a word joins the two
/// only after "from" or "between").
fn first_day_before(text: &str, s: usize) -> Option<(usize, usize)> {
    let before = text[..s].trim_end();
    let (before, worded) = match before.strip_suffix(['-', '–', '—']) {
        Some(b) => (b.trim_end(), false),
        None => {
            let w = last_word(before);
            if !matches!(w.as_str(), "to" | "and" | "through" | "till" | "until") {
                return None;
            }
            (before[..before.len() - w.len()].trim_end(), true)
        }
    };
    let n = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let lead = &before[..before.len() - n];
    if n == 0
        || n > 2
        || lead.ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == ',')
        // "April 26–27": the 26th is April's, and "27" the range's other end
        || month_of(&last_word(lead)).is_some()
        || worded && !matches!(last_word(lead).as_str(), "from" | "between")
    {
        return None;
    }
    Some((before.len() - n, before.len()))
}

/// The years a year's date spans when the text writes a range of years: "2016–2020",
/// "the 2008-09 crisis", "from 2013 to 2025", "between 1991 and 1999". TimeML tags each
/// year; the range is for the timeline. `value` is the first year (`YYYY`).
pub fn year_range(text: &str, s: usize, e: usize, value: &str) -> Option<(String, String)> {
    let y: i32 = value.parse().ok().filter(|_| value.len() == 4)?;
    let rest = &text[e..];
    // "2016–2020", "2008-09", "1999/2000", "the 2019/20 season"
    let (joined, dash) = match rest.strip_prefix(['-', '–', '—', '/']) {
        Some(r) => (r, true),
        None => {
            // "from 2013 to 2025", "between 1991 and 1999": the opening word says it is a range
            let opener = last_word(&text[..s]);
            let r = rest.trim_start();
            let r = match opener.as_str() {
                // "postponed from 2019 to 2020" names two years, not a span
                "from" if moves_a_date(text[..s].trim_end()) => None,
                "from" => ["to ", "through ", "until ", "till "]
                    .iter()
                    .find_map(|j| r.strip_prefix(j)),
                "between" => r.strip_prefix("and "),
                _ => None,
            }?;
            (r.trim_start(), false)
        }
    };
    let digits: String = joined.chars().take_while(char::is_ascii_digit).collect();
    if joined[digits.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '%') {
        return None;
    }
    let end = match digits.len() {
        4 => digits.parse().ok()?,
        // "2008-09": the century of the first
        2 if dash => y / 100 * 100 + digits.parse::<i32>().ok()?,
        _ => return None,
    };
    (end > y && end - y <= 200).then(|| (format!("{y:04}-01-01"), format!("{end:04}-12-31")))
}

/// The years two centuries written together span: "the 16th and 17th centuries", "the
/// 18th-19th centuries". The expression's value is the first century; the range, for
/// the timeline, runs to the end of the second. `value` is the first century (`CC`).
pub fn century_range(text: &str, s: usize, e: usize, value: &str) -> Option<(String, String)> {
    let c: i32 = value.parse().ok().filter(|_| value.len() == 2)?;
    let head = text[s..e]
        .strip_suffix("centuries")
        .or_else(|| text[s..e].strip_suffix("century"))?
        .trim_end_matches([' ', '-']);
    // the second ordinal: after the joining word, or after the dash ("18th-19th"; not
    // the hyphen inside "twenty-first")
    let second = [" and ", " or ", " to ", " through "]
        .iter()
        .filter_map(|j| head.rfind(j).map(|i| &head[i + j.len()..]))
        .min_by_key(|r| r.len())
        .or_else(|| head.rsplit_once(['–', '-']).map(|(_, r)| r))?;
    let second = second.trim_start().trim_start_matches("the ").trim_start();
    let second = ordinal(second)? as i32 - 1;
    (second > c).then(|| {
        (
            format!("{:04}-01-01", c * 100),
            format!("{:04}-12-31", second * 100 + 99),
        )
    })
}

/// The part of a period a modifier picks out, for the timeline: "the early 1990s" is
/// 1990–1992, "the mid-1990s" 1993–1996, "the late 1990s" 1997–1999; "the first half of the
/// 21st century" 2000–2049; "late 2019" September–December; "early May" May 1–10. The
/// TIMEX3 value stays the whole period (TimeML would add a `mod`). `range` is the
/// period's first and last day, `gran` its granularity.
pub fn part_range(span: &str, gran: &str, range: (&str, &str)) -> Option<(String, String)> {
    let l = span.to_lowercase();
    let words: Vec<&str> = l
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |w: &str| words.contains(&w);
    // the share of the period, as a fraction from .. to
    let (from, to) = if l.contains("first half") {
        (0.0, 0.5)
    } else if l.contains("second half") || l.contains("latter half") {
        (0.5, 1.0)
    } else if has("early") {
        (0.0, 1.0 / 3.0)
    } else if has("mid") || has("middle") {
        (1.0 / 3.0, 2.0 / 3.0)
    } else if has("late") {
        (2.0 / 3.0, 1.0)
    // "the beginning of the 1980s", "the end of the year": the first or the last third
    } else if l.starts_with("the beginning of") || l.starts_with("the start of") {
        (0.0, 1.0 / 3.0)
    } else if l.starts_with("the end of") || l.starts_with("the close of") {
        (2.0 / 3.0, 1.0)
    } else {
        return None;
    };
    let start = NaiveDate::parse_from_str(range.0, "%Y-%m-%d").ok()?;
    let end = NaiveDate::parse_from_str(range.1, "%Y-%m-%d").ok()?;
    let cut = |n: i64, f: f64| (n as f64 * f).round() as i64;
    let (a, z) = match gran {
        "decade" | "century" => {
            let n = i64::from(end.year() - start.year() + 1);
            let (a, b) = (cut(n, from), cut(n, to));
            (
                NaiveDate::from_ymd_opt(start.year() + a as i32, 1, 1)?,
                NaiveDate::from_ymd_opt(start.year() + b as i32 - 1, 12, 31)?,
            )
        }
        "year" => {
            let (a, b) = (cut(12, from) as u32, cut(12, to) as u32);
            let y = start.year();
            (
                NaiveDate::from_ymd_opt(y, a + 1, 1)?,
                NaiveDate::from_ymd_opt(y, b, last_day(y, b))?,
            )
        }
        "month" => {
            let n = i64::from(end.day());
            let (a, b) = (cut(n, from), cut(n, to));
            (start.with_day(a as u32 + 1)?, start.with_day(b as u32)?)
        }
        _ => return None,
    };
    (a <= z).then(|| (ymd(a), ymd(z)))
}

/// The first and last day of a month's or a day's value ("2016-04", "2016-04-15").
fn range_bounds(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (_, a, z) = range_of(value);
    let day = |d: Option<String>| NaiveDate::parse_from_str(d?.as_str(), "%Y-%m-%d").ok();
    Some((day(a)?, day(z)?))
}

/// Granularity and ISO date range of a TIMEX3 value, where the value allows.
pub fn range_of(value: &str) -> (Option<&'static str>, Option<String>, Option<String>) {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<i32> {
        let s = value.get(r)?;
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let span = |g: &'static str, a: NaiveDate, z: NaiveDate| (Some(g), Some(ymd(a)), Some(ymd(z)));
    let none = (None, None, None);
    match b.len() {
        2 => match digits(0..2) {
            Some(c) => span(
                "century",
                NaiveDate::from_ymd_opt(c * 100, 1, 1).unwrap_or_default(),
                NaiveDate::from_ymd_opt(c * 100 + 99, 12, 31).unwrap_or_default(),
            ),
            None => none,
        },
        3 => match digits(0..3) {
            Some(d) => span(
                "decade",
                NaiveDate::from_ymd_opt(d * 10, 1, 1).unwrap_or_default(),
                NaiveDate::from_ymd_opt(d * 10 + 9, 12, 31).unwrap_or_default(),
            ),
            None => none,
        },
        4 => match digits(0..4) {
            Some(y) => match (
                NaiveDate::from_ymd_opt(y, 1, 1),
                NaiveDate::from_ymd_opt(y, 12, 31),
            ) {
                (Some(a), Some(z)) => span("year", a, z),
                _ => none,
            },
            None => none,
        },
        _ => {
            let Some(y) = digits(0..4) else { return none };
            if b.get(4) != Some(&b'-') {
                return none;
            }
            let rest = &value[5..];
            if let Some(mo) = digits(5..7).filter(|_| rest.len() == 2) {
                let mo = mo as u32;
                return match (
                    NaiveDate::from_ymd_opt(y, mo, 1),
                    NaiveDate::from_ymd_opt(y, mo, last_day(y, mo)),
                ) {
                    (Some(a), Some(z)) => span("month", a, z),
                    _ => none,
                };
            }
            if let (Some(mo), Some(d)) = (digits(5..7), digits(8..10)) {
                if b.get(7) == Some(&b'-') && (b.len() == 10 || b[10] == b'T') {
                    return match NaiveDate::from_ymd_opt(y, mo as u32, d as u32) {
                        Some(a) => span("day", a, a),
                        None => none,
                    };
                }
            }
            let q = |a: (u32, u32), z: (u32, u32), g: &'static str, zy: i32| match (
                NaiveDate::from_ymd_opt(y, a.0, a.1),
                NaiveDate::from_ymd_opt(zy, z.0, z.1),
            ) {
                (Some(a), Some(z)) => span(g, a, z),
                _ => none.clone(),
            };
            match rest {
                "Q1" => q((1, 1), (3, 31), "quarter", y),
                "Q2" => q((4, 1), (6, 30), "quarter", y),
                "Q3" => q((7, 1), (9, 30), "quarter", y),
                "Q4" => q((10, 1), (12, 31), "quarter", y),
                "H1" => q((1, 1), (6, 30), "half", y),
                "H2" => q((7, 1), (12, 31), "half", y),
                "SP" => q((3, 1), (5, 31), "season", y),
                "SU" => q((6, 1), (8, 31), "season", y),
                "FA" => q((9, 1), (11, 30), "season", y),
                "WI" => q((12, 1), (2, last_day(y + 1, 2)), "season", y + 1),
                _ => {
                    if let Some(w) = rest
                        .strip_prefix('W')
                        .and_then(|w| w.get(..2))
                        .and_then(|w| w.parse::<u32>().ok())
                    {
                        if let Some(a) = NaiveDate::from_isoywd_opt(y, w, chrono::Weekday::Mon) {
                            let we = rest.ends_with("-WE");
                            let (a, z) = if we {
                                (a + Duration::days(5), a + Duration::days(6))
                            } else {
                                (a, a + Duration::days(6))
                            };
                            return span(if we { "weekend" } else { "week" }, a, z);
                        }
                    }
                    none
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str, dct: &str) -> Vec<(String, &'static str, String)> {
        let d = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        tag(text, d)
            .into_iter()
            .map(|t| {
                (
                    text[t.s..t.e].to_string(),
                    t.kind,
                    t.value.unwrap_or_default(),
                )
            })
            .collect()
    }

    fn one(text: &str, dct: &str) -> (String, &'static str, String) {
        let v = tags(text, dct);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v.into_iter().next().unwrap()
    }

    #[test]
    fn calendar_dates() {
        let d = "1998-02-06";
        assert_eq!(
            one("It opened on July 02, 2005, in Moscow.", d).2,
            "2005-07-02"
        );
        assert_eq!(one("It opened on 5 March 1997 here.", d).2, "1997-03-05");
        assert_eq!(one("Signed in April 1996 by both.", d).2, "1996-04");
        assert_eq!(
            one("Results for fiscal 1997 were weak.", d).0,
            "fiscal 1997"
        );
        assert_eq!(one("They met on Nov. 17 in Paris.", d).2, "1997-11-17");
        assert_eq!(
            one("The 1990s were hard.", d),
            ("The 1990s".into(), "DATE", "199".into())
        );
        assert_eq!(one("In the 21st century, things change.", d).2, "20");
        assert_eq!(tags("He had 2000 troops.", d), vec![]);
    }

    #[test]
    fn conventions_of_timebank_news() {
        // a future seen from the past is past; abbreviations do not end the clause
        let d = "1989-10-26"; // a Thursday
        assert_eq!(one("It had been due to expire Friday.", d).2, "1989-10-20");
        assert_eq!(
            one("Mr. Smith will succeed Gen. B. Jones Feb. 1.", d).2,
            "1990-02-01"
        );
        assert_eq!(one("Talks are set to resume Monday.", d).2, "1989-10-30");
        // the quarter a year before
        let t = tag(
            "Profit rose in the third quarter from $5 million a year earlier.",
            NaiveDate::from_ymd_opt(1989, 10, 26),
        );
        assert_eq!(t[1].value.as_deref(), Some("1988-Q3"));
        // … also when the quarter is last year's, reported early in the year
        let t = tag(
            "It lost $9 million in the fourth quarter, against a profit a year earlier.",
            NaiveDate::from_ymd_opt(1990, 2, 26),
        );
        assert_eq!(t[1].value.as_deref(), Some("1988-Q4"));
        // rates are not times; counts before a singular unit make a modifier
        assert!(tags("Rooms cost $55 a night.", d).is_empty());
        assert!(tags("They flew four flights a week.", d).is_empty());
        assert_eq!(one("He met them within a week.", d).0, "a week");
        assert_eq!(one("They held a two-day rally.", d).0, "two-day");
        assert_eq!(one("They stayed for two days.", d).0, "two days");
        // possessives are outside the extent
        assert_eq!(
            one("It lost money in its fourth quarter.", d).0,
            "fourth quarter"
        );
    }

    #[test]
    fn earnings_report_quarters() {
        // the quarter an earnings report is about, when a later sentence says "a year ago"
        let t = tag(
            "Third-quarter net rose 11%. Revenue fell from $3 billion a year ago.",
            NaiveDate::from_ymd_opt(1989, 10, 26),
        );
        assert_eq!(t.last().and_then(|t| t.value.as_deref()), Some("1988-Q3"));
        // a span of weekdays that runs backwards ends a week later, or begins a week
        // earlier when told in the past; one longer than a week is brought within one
        let d = "1990-03-23";
        let ends = |text: &str| {
            let r = tags(text, d);
            (r[0].2.clone(), r[1].2.clone())
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(
            ends("The festival runs Thursday to Sunday."),
            pair("1990-03-22", "1990-03-25")
        );
        assert_eq!(
            ends("The festival ran Thursday to Sunday."),
            pair("1990-03-15", "1990-03-18")
        );
        assert_eq!(
            ends("The strike lasted from Tuesday until Thursday."),
            pair("1990-03-20", "1990-03-22")
        );
        assert_eq!(one("The offer is valid through Sunday.", d).2, "1990-03-25");
        // a span of days placed more than a year apart is one span
        assert_eq!(
            ends("The museum is closed from Dec. 24 through Jan. 2."),
            pair("1989-12-24", "1990-01-02")
        );
        // "on the 28th": a day of the month told about, gone by in the past tense
        assert_eq!(one("The meeting is on the 28th.", d).2, "1990-03-28");
        assert_eq!(one("The vote was held on the 26th.", d).2, "1990-02-26");
        assert!(tags("He lives on the 5th floor.", d).is_empty());
        // the first of two ordinal days before their month
        assert_eq!(
            ends("The strikes hit on the 14th and 15th of March."),
            pair("1990-03-14", "1990-03-15")
        );
        assert!(
            tags("It was so until the 11th, 12th and 13th centuries.", d)
                .iter()
                .all(|t| !t.0.starts_with("the 11th"))
        );
        // a period a verb of ending or beginning takes: the report's, or the story's year
        let r = tags("Stocks ended the week with a loss.", d);
        assert_eq!((r[0].0.as_str(), r[0].2.as_str()), ("the week", "1990-W12"));
        let r = tags(
            "We started 1988 with $3 billion and ended the year with $4 billion.",
            d,
        );
        assert_eq!(r[1].2, "1988");
        assert_eq!(one("How did you finish the year?", "1990-01-20").2, "1989");
        assert!(tags("The talks started the day before and went on.", d)
            .iter()
            .all(|t| t.0 != "the day"));
        // a month compared with "a year earlier" is that month a year back; "the quarter
        // ending in March" holds March (a numbered one keeps its number)
        let d = "1990-03-22";
        let r = tags("Home prices rose 8.1% in January from a year earlier.", d);
        assert_eq!(r[1].2, "1989-01");
        let r = tags("It expects a profit for the quarter ending in March.", d);
        assert_eq!(r[0].2, "1990-Q1");
        let r = tags(
            "Profit in the fiscal fourth quarter ended Sept. 30 rose.",
            d,
        );
        assert_eq!(r[0].2, "1989-Q4");
        // a half not yet half over is last year's when told in the past
        let d = "1990-02-14";
        assert_eq!(one("In the first half, revenue rose 3%.", d).2, "1989-H1");
        assert_eq!(one("Revenue will rise in the second half.", d).2, "1990-H2");
        assert_eq!(
            one("We want it passed in the first half of the year.", d).2,
            "1990-H1"
        );
        // "ends" is the verb: the determiner stays
        assert_eq!(
            tags("The fiscal year ends June 30.", d)[0].0,
            "The fiscal year"
        );
    }

    #[test]
    fn clock_times_and_parts_of_day() {
        // clock times on the day written beside them; "overnight" meaning "all at once"
        let d = "1989-10-26"; // a Thursday
        let r = tags("On May 29 at around 9 am, fuel leaked.", d);
        assert_eq!(r[1].2, "1989-05-29T09:00");
        let r = tags("Passes: May 5, 1990, 12 pm – 4:30 pm.", d);
        assert_eq!(
            (r[1].2.as_str(), r[2].2.as_str()),
            ("1990-05-05T12:00", "1990-05-05T16:30")
        );
        assert_eq!(
            tags("Send it by 12 pm (Moscow time) on September 29, 1989.", d)[0].2,
            "1989-09-29T12:00"
        );
        // a clock alone is on the story's day, "yesterday" and "today" included
        let r = tags(
            "Voters will go to the polls on Sunday. Polls open at 7 a.m.",
            d,
        );
        assert_eq!(r[1].2, "1989-10-29T07:00");
        // (but not a day gone by for a clock told in the future)
        let r = tags(
            "Police arrested him on Monday. He will appear at 10 a.m.",
            d,
        );
        assert_eq!(r[1].2, "1989-10-26T10:00");
        let r = tags("Yesterday we started work at 10 am.", d);
        assert_eq!(r[1].2, "1989-10-25T10:00");
        assert_eq!(one("The shop opens at 9 a.m.", d).2, "1989-10-26T09:00");
        // a part of the day with its edge, after a preposition: the story's day
        let r = tags(
            "The fire broke out on Sunday. It was out by mid-morning.",
            d,
        );
        assert_eq!(
            (r[1].0.as_str(), r[1].2.as_str()),
            ("mid-morning", "1989-10-22TMO")
        );
        assert_eq!(
            one("The vote is due by late afternoon.", d).2,
            "1989-10-26TAF"
        );
        assert!(tags("Police carried out early morning raids.", d).is_empty());
        // a clock in parentheses: both clocks are on the day after them
        let r = tags("A truce began at noon (1000 GMT) on Saturday, Oct. 21.", d);
        assert_eq!(
            (r[0].2.as_str(), r[1].2.as_str()),
            ("1989-10-21T12:00", "1989-10-21T10:00")
        );
        assert!(tags("Corruption cannot be eliminated overnight.", d).is_empty());
        assert!(tags("They keep following century-old traditions.", d).is_empty());
        // two units away; "later in the day"; "in the evening" of a past narrative
        assert_eq!(
            one("We will meet the day after tomorrow.", d).2,
            "1989-10-28"
        );
        assert_eq!(one("Sales fell the year before last.", d).2, "1987");
        assert_eq!(
            one("He arrived later in the day.", d),
            ("the day".into(), "DATE", "1989-10-26".into())
        );
        assert_eq!(
            tags("On Monday, Oct. 23, the plane landed in the evening.", d)[1].2,
            "1989-10-23TEV"
        );
        assert!(tags("I like to walk in the evening.", d).is_empty());
    }

    #[test]
    fn holidays() {
        // holidays, from data/holidays.txt
        let d = "1989-10-26"; // a Thursday
        assert_eq!(one("Sales fell before Christmas.", d).2, "1988-12-25");
        assert_eq!(one("Stores will open on Thanksgiving.", d).2, "1989-11-23");
        assert_eq!(one("They met at Easter 1987.", d).2, "1987-04-19");
        assert_eq!(
            tags("The Orthodox Patriarch led the service at Easter 2019.", d)[0].2,
            "2019-04-28"
        );
        assert_eq!(
            one("Parades mark Victory Day.", "2020-05-01").2,
            "2020-05-09"
        );
        assert_eq!(one("It opened last May Day.", d).2, "1989-05-01");
        assert!(tags("It changed practically overnight.", d).is_empty());
        // the night before the report's day, or the story's; the coming one ahead
        assert_eq!(
            one("Prices rose overnight.", d),
            ("overnight".into(), "TIME", "1989-10-25TNI".into())
        );
        assert_eq!(
            tags(
                "Shares closed lower Monday after overnight losses in Tokyo.",
                d
            )[1]
            .2,
            "1989-10-22TNI"
        );
        assert_eq!(one("Crews will work overnight.", d).2, "1989-10-26TNI");
        assert_eq!(
            tags("Prices fell on Monday. Crews will work overnight.", d)[1].2,
            "1989-10-26TNI"
        );
        assert!(tags("I came by an overnight train.", d).is_empty());
        assert!(tags("It is impossible to solve this overnight.", d).is_empty());
    }

    #[test]
    fn names_counts_and_numbers_are_not_dates() {
        // names, modals, counts and phone numbers are not dates
        let d = "1989-10-26"; // a Thursday
        assert!(tags("He met Prime Minister Theresa May in London.", d).is_empty());
        assert!(tags("Speaker: May I add something?", d).is_empty());
        assert!(tags("There are about two thousand disputed plots.", d).is_empty());
        assert_eq!(one("It was abandoned in two thousand.", d).2, "2000");
        assert!(tags("Call +7 (916) 035 1391 for details.", d).is_empty());
        assert!(tags("See Resolution No. 256/1888-7 of the Commission.", d).is_empty());
        assert_eq!(
            tags("Let me note that 20 years ago Russia bought grain.", d),
            [("20 years ago".into(), "DATE", "1969".into())]
        );
        assert!(tags("How is UN Security Council Resolution 1244 implemented?", d).is_empty());
        assert!(tags("Under Article 1917 and decree No. 2001 it stands.", d).is_empty());
        assert_eq!(
            one("They fought in the Great Depression of the 1930’s.", d).2,
            "193"
        );
        assert_eq!(one("We thank the 2018 Organising Committee.", d).0, "2018");
    }

    #[test]
    fn the_year_in_context() {
        // "the year" of an earnings report: a length before "ended", else this year
        let d = "1989-10-26"; // a Thursday
        let r = tags("Net for the year ended Sept. 30 rose.", d);
        assert_eq!(
            (r[0].0.as_str(), r[0].1, r[0].2.as_str()),
            ("the year", "DURATION", "P1Y")
        );
        assert_eq!(one("For the year, volume was flat.", d).2, "1989");
        assert_eq!(
            tags("Sales in the first nine months of the year rose.", d)[1].2,
            "1989"
        );
        assert!(tags("The year was a hard one.", d).is_empty());
        assert_eq!(
            one("Over the course of the year, 100 cases were solved.", d).2,
            "1989"
        );
        assert_eq!(one("During the year, trade grew.", d).2, "1989");
        assert_eq!(one("Sum up the outgoing year.", d).2, "1989");
        assert_eq!(
            one("It will grow in the years to come.", d).0,
            "the years to come"
        );
        assert_eq!(tags("In 1987 prices rose during the year.", d)[1].2, "1987");
        assert_eq!(
            one("It expects a profit by year-end.", d),
            ("year-end".into(), "DATE", "1989".into())
        );
    }

    #[test]
    fn units_modals_and_anaphora() {
        // plural quarters, coordinated units, "or two"
        let d = "1989-10-26"; // a Thursday
        assert_eq!(one("Profit fell for several quarters.", d).2, "PXQ");
        assert_eq!(
            one("He died within weeks or months.", d).0,
            "weeks or months"
        );
        assert_eq!(one("It may last a year or two.", d).0, "a year or two");
        // "one day" after a modal: some day in the future
        assert_eq!(one("It will one day be larger.", d).2, "FUTURE_REF");
        // "that day" needs a day to point to
        assert!(tag("In 1987, trades made that day lost.", None)
            .iter()
            .all(|t| &"In 1987, trades made that day lost."[t.s..t.e] != "that day"));
    }

    #[test]
    fn relative_dates() {
        let d = "1998-02-06"; // a Friday
        assert_eq!(one("Sales rose last year.", d).2, "1997");
        assert_eq!(one("It began 20 years ago.", d).2, "1978");
        assert_eq!(one("He left on Tuesday.", d).2, "1998-02-03");
        assert_eq!(one("He will leave on Tuesday.", d).2, "1998-02-10");
        assert_eq!(one("Shares fell yesterday.", d).2, "1998-02-05");
        assert_eq!(
            one("Profit rose in the third quarter.", d),
            ("the third quarter".into(), "DATE", "1997-Q3".into())
        );
        assert_eq!(one("It was signed in December.", d).2, "1997-12");
        assert_eq!(one("It was signed in October.", d).2, "1997-10");
        assert_eq!(one("It will be signed in October.", d).2, "1998-10");
        assert_eq!(
            one("We meet this evening.", d),
            ("this evening".into(), "TIME", "1998-02-06TEV".into())
        );
        assert_eq!(
            one("The vote was at 9 p.m. Wednesday.", d).2,
            "1998-02-04T21:00"
        );
        assert_eq!(
            one("It was at 9:30 p.m. Wednesday.", d).2,
            "1998-02-04T21:30"
        );
    }

    /// A row of a rule table: sentence, which tag (None: the only one), extent, type, value.
    type Row<'a> = (&'a str, Option<usize>, &'a str, &'a str, &'a str);

    /// Checks each row of a rule table against the tagger, resolved against `d`.
    fn check_rows(d: &str, rows: &[Row]) {
        for &(text, nth, extent, kind, value) in rows {
            let got = match nth {
                None => one(text, d),
                Some(i) => tags(text, d).swap_remove(i),
            };
            assert_eq!(got, (extent.to_string(), kind, value.to_string()), "{text}");
        }
    }

    /// The second round of rules, found on Kremlin pages: each row is a sentence, which of
    /// its expressions to check (`None`: it must be the only one), and that expression's
    /// extent, type and value, resolved against 2020-05-20.
    #[test]
    fn tense_spans_and_anaphora_of_reported_speech() {
        let d = "2020-05-20";
        let rows: &[Row] = &[
            // a "that" clause after the day tells the matter's time, not the report's
            (
                "The senator announced on Twitter on Tuesday that he would not run again.",
                None,
                "Tuesday",
                "DATE",
                "2020-05-19",
            ),
            // a plan in a reduced relative clause takes the main verb's time
            (
                "The vote, originally scheduled for Monday, was postponed.",
                None,
                "Monday",
                "DATE",
                "2020-05-18",
            ),
            (
                "The vote, scheduled for Monday, will be held in the new hall.",
                None,
                "Monday",
                "DATE",
                "2020-05-25",
            ),
            (
                "The vote is scheduled for Monday.",
                None,
                "Monday",
                "DATE",
                "2020-05-25",
            ),
            // a new date set by postponing lies ahead; a schedule in the present plural
            (
                "Monday's vote was postponed until Thursday.",
                Some(1),
                "Thursday",
                "DATE",
                "2020-05-21",
            ),
            (
                "The hearing has been moved to Friday.",
                None,
                "Friday",
                "DATE",
                "2020-05-22",
            ),
            (
                "The talks, which resume Thursday, are the first in a year.",
                Some(0),
                "Thursday",
                "DATE",
                "2020-05-21",
            ),
            // a present copula or a present schedule beside a weekday looks ahead
            (
                "The deadline is Friday.",
                None,
                "Friday",
                "DATE",
                "2020-05-22",
            ),
            (
                "The talks end Sunday.",
                None,
                "Sunday",
                "DATE",
                "2020-05-24",
            ),
            (
                "A decision is not expected before Friday.",
                None,
                "Friday",
                "DATE",
                "2020-05-22",
            ),
            // a marker in a clause joined by "and" counts farther; "and the tasks" is
            // no clause
            (
                "He met the mayor on Monday and will meet the governor on Friday.",
                Some(0),
                "Monday",
                "DATE",
                "2020-05-18",
            ),
            // the comma after an opening phrase leads to its clause
            (
                "Until Tuesday, no one had claimed responsibility.",
                None,
                "Tuesday",
                "DATE",
                "2020-05-19",
            ),
            // a present progressive right before a day is an arrangement
            (
                "The central bank is meeting Thursday and could raise rates.",
                None,
                "Thursday",
                "DATE",
                "2020-05-21",
            ),
            // a passive's tense is its auxiliary's; "would" is the future seen from the past
            (
                "He said the event would be held on August 30.",
                None,
                "August 30",
                "DATE",
                "2020-08-30",
            ),
            (
                "He noted that his term would expire in September and that he was ready.",
                None,
                "September",
                "DATE",
                "2020-09",
            ),
            (
                "The forum will be held in March.",
                None,
                "March",
                "DATE",
                "2021-03",
            ),
            (
                "They discussed the summit to be held in Okinawa in March.",
                None,
                "March",
                "DATE",
                "2021-03",
            ),
            (
                "It is necessary to introduce, from September 1, a bonus.",
                None,
                "September 1",
                "DATE",
                "2020-09-01",
            ),
            (
                "It must have been agreed in April.",
                None,
                "April",
                "DATE",
                "2020-04",
            ),
            (
                "I would say the April figures are fine.",
                None,
                "April",
                "DATE",
                "2020-04",
            ),
            (
                "We would like to open it on August 18.",
                None,
                "August 18",
                "DATE",
                "2020-08-18",
            ),
            // spans that lend a year, numbers, approximations
            (
                "Transfers grew in January through September 2016.",
                Some(0),
                "January",
                "DATE",
                "2016-01",
            ),
            (
                "Snow fell from November to March 2017.",
                Some(0),
                "November",
                "DATE",
                "2016-11",
            ),
            (
                "The operation took place on January 12–18, 1943 near the lake.",
                Some(0),
                "January 12",
                "DATE",
                "1943-01-12",
            ),
            (
                "Submit it by April of next year.",
                None,
                "April of next year",
                "DATE",
                "2021-04",
            ),
            (
                "It has more than two thousand years of history.",
                Some(0),
                "more than two thousand years",
                "DURATION",
                "P2000Y",
            ),
            (
                "Two hundred and ten years passed.",
                Some(0),
                "Two hundred and ten years",
                "DURATION",
                "P210Y",
            ),
            (
                "The vote will be held around Nov. 1.",
                Some(0),
                "around Nov. 1",
                "DATE",
                "2020-11-01",
            ),
            (
                "They will meet sometime next year.",
                Some(0),
                "sometime next year",
                "DATE",
                "2021",
            ),
            (
                "He said that 40 years of play made them.",
                None,
                "40 years",
                "DURATION",
                "P40Y",
            ),
            // a day counted from a year is counted from the report's day instead
            (
                "The theme this year is trade. On the previous day, the President spoke.",
                Some(1),
                "the previous day",
                "DATE",
                "2020-05-19",
            ),
        ];
        check_rows(d, rows);
        assert_eq!(
            tags("It will take a while, as it did some time ago.", d),
            [
                ("a while".into(), "DURATION", "PXX".into()),
                ("some time ago".into(), "DATE", "PAST_REF".into())
            ]
        );
        assert!(tags(
            "At the end of the day, it is the investigator's decision.",
            d
        )
        .is_empty());
    }

    /// The third round: newswire conventions read on made-up wire sentences and checked
    /// on Kremlin pages. Each row: sentence, which tag (None: the only one), extent, type,
    /// value.
    #[test]
    fn wire_clocks_periodic_sets_and_clauses() {
        let d = "2013-03-22";
        let rows: &[Row] = &[
            // "every N units" is a set with that period, not a duration
            (
                "The rules will be reviewed every six months.",
                None,
                "every six months",
                "SET",
                "P6M",
            ),
            (
                "A census is held each 10 years.",
                None,
                "each 10 years",
                "SET",
                "P10Y",
            ),
            // a four-digit clock with its zone
            (
                "The talks began at 0800 GMT.",
                None,
                "0800 GMT",
                "TIME",
                "2013-03-22T08:00",
            ),
            // a clock takes the day of the time of day after it
            (
                "The blast happened at 9:30 pm on Wednesday evening.",
                Some(0),
                "9:30 pm",
                "TIME",
                "2013-03-20T21:30",
            ),
            // a range of clocks takes the day told after it
            (
                "Badges are issued from 8 am to 10 am on March 1.",
                Some(0),
                "8 am",
                "TIME",
                "2013-03-01T08:00",
            ),
            (
                "Badges are issued from 8 am to 10 am on March 1.",
                Some(1),
                "10 am",
                "TIME",
                "2013-03-01T10:00",
            ),
            // a tense marker across a comma is in another clause
            (
                "The deal, first announced in January, is expected to close soon.",
                None,
                "January",
                "DATE",
                "2013-01",
            ),
            // a present passive is no past: "is planned for December"
            (
                "An exhibition is planned for December.",
                None,
                "December",
                "DATE",
                "2013-12",
            ),
            // "later" in a past story that told no day: some day in the past
            (
                "The suspected shooter was captured only a day later.",
                None,
                "a day later",
                "DATE",
                "PAST_REF",
            ),
            (
                "You sign the contract, and four days later you will get the keys.",
                None,
                "four days later",
                "DATE",
                "2013-03-26",
            ),
            // forecasts look ahead
            (
                "Temperatures are forecast to fall below freezing on Tuesday.",
                None,
                "Tuesday",
                "DATE",
                "2013-03-26",
            ),
            (
                "Prices are likely to rise in December.",
                None,
                "December",
                "DATE",
                "2013-12",
            ),
            // a quarter yet to come cannot be past
            (
                "The economy contracted in the fourth quarter.",
                None,
                "the fourth quarter",
                "DATE",
                "2012-Q4",
            ),
            // the date that closes a span lends its year to a day or a season
            (
                "The period from January 1 through December 31, 2011.",
                Some(0),
                "January 1",
                "DATE",
                "2011-01-01",
            ),
            // a range of counts is a vague amount
            (
                "Europe will need more energy in the next 10–15 years.",
                None,
                "the next 10–15 years",
                "DURATION",
                "PXY",
            ),
            (
                "Rates may rise over the next 12 to 18 months.",
                None,
                "the next 12 to 18 months",
                "DURATION",
                "PXM",
            ),
            // the Nth weekday of a month
            (
                "Voting will take place on the first Sunday of April.",
                None,
                "the first Sunday of April",
                "DATE",
                "2013-04-07",
            ),
            (
                "It fell on the last Sunday in September 2012.",
                None,
                "the last Sunday in September 2012",
                "DATE",
                "2012-09-30",
            ),
            // the financial press's quarters, halves and fiscal years
            (
                "Revenue in Q3 2012 beat forecasts.",
                None,
                "Q3 2012",
                "DATE",
                "2012-Q3",
            ),
            (
                "Guidance for H1 2014 was raised.",
                None,
                "H1 2014",
                "DATE",
                "2014-H1",
            ),
            (
                "Guidance for FY2013 was raised.",
                None,
                "FY2013",
                "DATE",
                "2013",
            ),
            // a season of a year anchors what comes later
            (
                "The deal was signed in autumn 2010. Seven months later, work began.",
                Some(1),
                "Seven months later",
                "DATE",
                "2011-04",
            ),
            (
                "The defence in the summer and winter of 1877.",
                Some(0),
                "the summer",
                "DATE",
                "1877-SU",
            ),
        ];
        check_rows(d, rows);
        // an -ed word after a determiner is an adjective, not a past verb
        assert_eq!(
            one(
                "The split would be paid on a still unspecified date in January.",
                "1989-10-26"
            )
            .2,
            "1990-01"
        );
        assert_eq!(
            one(
                "We congratulate our honoured veterans on the upcoming Victory Day.",
                "2016-05-05"
            )
            .2,
            "2016-05-09"
        );
        // an upcoming holiday is the next one, whatever the tense
        assert_eq!(
            one(
                "He congratulated them on the upcoming Women's Day.",
                "2003-03-06"
            ),
            ("upcoming Women's Day".into(), "DATE", "2003-03-08".into())
        );
        // a holiday within a week of the report is that one, whatever the tense
        assert_eq!(
            one(
                "He congratulated the people of Russia on Russia Day.",
                "2019-06-13"
            )
            .2,
            "2019-06-12"
        );
        // "ahead of" and "looking forward to" look ahead
        assert_eq!(
            one("Meetings were held ahead of Victory Day.", "2018-04-25").2,
            "2018-05-09"
        );
        assert_eq!(
            one(
                "We are looking forward to seeing you in December.",
                "2018-03-15"
            )
            .2,
            "2018-12"
        );
        // a four-digit count after a quantifier, before a noun
        assert!(tags(
            "There are some 1200 companies with French capital.",
            "2010-01-01"
        )
        .is_empty());
        assert!(tags("It trained more than 1500 Soviet airmen.", "2010-01-01").is_empty());
        assert_eq!(
            one(
                "No later than 2015 entry will need a passport.",
                "2010-01-01"
            )
            .2,
            "2015"
        );
        // "period" after a range of years belongs to the range, not to its last year
        assert_eq!(
            tags("The 2020–2024 period will be decisive.", "2020-12-10"),
            [
                ("2020".into(), "DATE", "2020".into()),
                ("2024".into(), "DATE", "2024".into())
            ]
        );
        // "Now" that turns the talk to a topic is no time
        assert!(tags(
            "Now to the problem at hand. And now about housing.",
            "2013-03-22"
        )
        .is_empty());
        assert_eq!(
            one("Now, the economy is growing.", "2013-03-22").2,
            "PRESENT_REF"
        );
        // names with a season or a year in them
        assert!(tags("They include the Winter Olympics in Sochi.", "2014-03-01").is_empty());
        assert!(tags("It is part of the Year of the Environment.", "2017-03-01").is_empty());
        assert_eq!(one("In Spring 2014 we met.", "2014-03-01").2, "2014-SP");
        // places named after holidays
        assert!(tags(
            "Launches from Christmas Island were discussed.",
            "2002-09-05"
        )
        .is_empty());
        // a quarter gone by, other than the one just ended, lies ahead
        assert_eq!(
            one(
                "We will finish the work in the first quarter.",
                "2017-12-25"
            )
            .2,
            "2018-Q1"
        );
        assert_eq!(
            one("It expects to report a third-quarter loss.", "1989-10-27").2,
            "1989-Q3"
        );
        // no zone, no clock: "1530" alone is a year, and "that" is no zone
        assert_eq!(one("It was built in 1530.", d).2, "1530");
        assert_eq!(
            one("Adopt the law scheduled for 2014 that would define it.", d),
            ("2014".into(), "DATE", "2014".into())
        );
    }

    /// Forms the field's taggers cover that this one missed, each in a sentence written for
    /// this test (the checklist was the kinds of expression a rule-based tagger documents,
    /// not any evaluation text), resolved against Tuesday 2010-06-15.
    #[test]
    fn forms_of_the_field_checklist() {
        let d = "2010-06-15";
        let rows: &[Row] = &[
            // "that" before an article or a vague count is a conjunction
            (
                "He said that a month ago the plant closed.",
                None,
                "a month ago",
                "DATE",
                "2010-05",
            ),
            (
                "Officials said that several days of talks were needed.",
                None,
                "several days",
                "DURATION",
                "PXD",
            ),
            (
                "He said that next year's first quarter looks weak.",
                None,
                "next year's first quarter",
                "DATE",
                "2011-Q1",
            ),
            // a month with "this/next/last" and a day
            (
                "The meeting is set for this November 24.",
                None,
                "this November 24",
                "DATE",
                "2010-11-24",
            ),
            (
                "We met last July 3.",
                None,
                "last July 3",
                "DATE",
                "2009-07-03",
            ),
            // decades written with two digits or in words
            (
                "The project started in the 90s.",
                None,
                "the 90s",
                "DATE",
                "199",
            ),
            (
                "Prices peaked in the mid-90s.",
                None,
                "the mid-90s",
                "DATE",
                "199",
            ),
            ("The 00s were calm.", None, "The 00s", "DATE", "200"),
            (
                "Reforms began in the nineteen seventies.",
                None,
                "the nineteen seventies",
                "DATE",
                "197",
            ),
            (
                "Railways spread in the eighteen nineties.",
                None,
                "the eighteen nineties",
                "DATE",
                "189",
            ),
            // seasons after a preposition of time, without "this" or a year
            (
                "The plant closed in summer.",
                None,
                "summer",
                "DATE",
                "2010-SU",
            ),
            (
                "Prices rose in the fall.",
                None,
                "the fall",
                "DATE",
                "2010-FA",
            ),
            ("In winter, roads close.", None, "winter", "DATE", "2010-WI"),
            // a season over this year, told in the future tense, is next year's (and a
            // winter told in January began in December: below)
            (
                "The law will be passed in the spring.",
                None,
                "the spring",
                "DATE",
                "2011-SP",
            ),
            // "a three-year period": the head noun is a time too
            (
                "The fund lost money over a three-year period.",
                None,
                "a three-year period",
                "DURATION",
                "P3Y",
            ),
            (
                "Sales in the year-earlier first half were flat.",
                None,
                "the year-earlier first half",
                "DATE",
                "2009-H1",
            ),
            // a second day of the month lends the first its year
            (
                "The meetings took place on September 14 and 18, 2008.",
                Some(0),
                "September 14",
                "DATE",
                "2008-09-14",
            ),
            (
                "Talks are set for June 5 or 6, 2019.",
                Some(0),
                "June 5",
                "DATE",
                "2019-06-05",
            ),
            // numeric dates: day first with dots, year first with slashes, ISO with a clock
            (
                "The treaty was signed on 20.03.2003 in Moscow.",
                None,
                "20.03.2003",
                "DATE",
                "2003-03-20",
            ),
            (
                "On 2010/05/12 the law passed.",
                None,
                "2010/05/12",
                "DATE",
                "2010-05-12",
            ),
            (
                "The log shows 2009-12-19T17:00:00 as the start.",
                None,
                "2009-12-19T17:00:00",
                "TIME",
                "2009-12-19T17:00:00",
            ),
            (
                "The filing is due at 10:30:34 a.m. today.",
                None,
                "10:30:34 a.m. today",
                "TIME",
                "2010-06-15T10:30:34",
            ),
            // years joined by a slash
            (
                "The deal closed in 1999/2000.",
                Some(0),
                "1999",
                "DATE",
                "1999",
            ),
            // the part of a day told by its date
            (
                "The attack came on the morning of April 18.",
                None,
                "the morning of April 18",
                "TIME",
                "2010-04-18TMO",
            ),
            (
                "In the early morning of June 22, 1941 the invasion began.",
                None,
                "the early morning of June 22, 1941",
                "TIME",
                "1941-06-22TMO",
            ),
            // a present that tells a schedule looks ahead; after "to" it tells nothing
            (
                "The new rules take effect Jan. 1.",
                None,
                "Jan. 1",
                "DATE",
                "2011-01-01",
            ),
            (
                "The treaty expires on Friday.",
                None,
                "Friday",
                "DATE",
                "2010-06-18",
            ),
            (
                "The bid had been due to expire Friday evening.",
                None,
                "Friday evening",
                "TIME",
                "2010-06-11TEV",
            ),
            (
                "The law came into force on March 1.",
                None,
                "March 1",
                "DATE",
                "2010-03-01",
            ),
            // a day of the story: "that night", "the next morning", "the day before"
            (
                "He was arrested the day before.",
                None,
                "the day before",
                "DATE",
                "2010-06-14",
            ),
            (
                "On March 3, 2009, rebels attacked. That night, troops withdrew.",
                Some(1),
                "That night",
                "TIME",
                "2009-03-03TNI",
            ),
            (
                "On May 5 he arrived; the next morning he left.",
                Some(1),
                "the next morning",
                "TIME",
                "2010-05-06TMO",
            ),
            // "end-2009", "end-March"; a winter across two years; "is expected in"
            (
                "Debt reached 5% of GDP at end-2009.",
                None,
                "end-2009",
                "DATE",
                "2009",
            ),
            (
                "The figures for end-March were weak.",
                None,
                "end-March",
                "DATE",
                "2010-03",
            ),
            (
                "The winter of 1999-2000 was mild.",
                None,
                "The winter of 1999-2000",
                "DATE",
                "1999-WI",
            ),
            (
                "The vote is expected in March.",
                None,
                "March",
                "DATE",
                "2011-03",
            ),
            // a week of a month; halves; "some time" before a date; a day a year away
            (
                "The talks will be held in the first week of March.",
                None,
                "the first week of March",
                "DATE",
                "2011-W09",
            ),
            (
                // June 24–30, 2010: four of the seven days fall in week 25
                "Sales fell in the last week of June.",
                None,
                "the last week of June",
                "DATE",
                "2010-W25",
            ),
            (
                "The war lasted half a century.",
                None,
                "half a century",
                "DURATION",
                "P50Y",
            ),
            (
                "A half century ago, it began.",
                None,
                "A half century ago",
                "DATE",
                "1960",
            ),
            (
                "He left a year and a half ago.",
                None,
                "a year and a half ago",
                "DATE",
                "2008-12",
            ),
            (
                "He waited four and a half hours.",
                None,
                "four and a half hours",
                "DURATION",
                "PT4H30M",
            ),
            (
                "The plant will open some time next year.",
                None,
                "some time next year",
                "DATE",
                "2011",
            ),
            (
                "Sales rose from this time last year.",
                None,
                "this time last year",
                "DATE",
                "2009-06-15",
            ),
            (
                "Fighting erupted in the early hours of Thursday.",
                None,
                "the early hours of Thursday",
                "TIME",
                "2010-06-10TMO",
            ),
            (
                "The blast came in the early hours of Sunday morning.",
                None,
                "the early hours of Sunday morning",
                "TIME",
                "2010-06-13TMO",
            ),
            (
                "Police arrested him in the small hours of Saturday.",
                None,
                "the small hours of Saturday",
                "TIME",
                "2010-06-12TMO",
            ),
            // parts of a century, this century's middle, the turn nearest the report
            (
                "Growth was strong in the first decade of the 21st century.",
                None,
                "the first decade of the 21st century",
                "DATE",
                "200",
            ),
            (
                "Empires fell in the second half of the 20th century.",
                None,
                "the second half of the 20th century",
                "DATE",
                "19",
            ),
            (
                "Emissions must reach net zero by mid-century.",
                None,
                "mid-century",
                "DATE",
                "20",
            ),
            (
                "The turn of the century will bring change.",
                None,
                "The turn of the century",
                "DATE",
                "2100",
            ),
            (
                "Output will double by the end of the decade.",
                None,
                "the end of the decade",
                "DATE",
                "201",
            ),
            // "in N units" ahead is a point; how long something takes stays a duration
            (
                "In three days, Paris will host the summit.",
                None,
                "three days",
                "DATE",
                "2010-06-18",
            ),
            (
                "The stock would be redeemed in five years.",
                None,
                "five years",
                "DATE",
                "2015",
            ),
            (
                "You may, in a year or two, save lives.",
                None,
                "a year or two",
                "DATE",
                "FUTURE_REF",
            ),
            (
                "In three years, 224 students received jobs.",
                None,
                "three years",
                "DURATION",
                "P3Y",
            ),
            (
                "A ship can travel from the port to Helsinki in 17 days.",
                None,
                "17 days",
                "DURATION",
                "P17D",
            ),
            (
                "We will finish in the next five years.",
                None,
                "the next five years",
                "DURATION",
                "P5Y",
            ),
            // what is prepared for lies ahead, unless a verb right before dates the work
            (
                "They discussed the preparations for a March summit.",
                None,
                "March",
                "DATE",
                "2011-03",
            ),
            (
                "We launched preparations for the season in March.",
                None,
                "March",
                "DATE",
                "2010-03",
            ),
            // "N units before" ending a clause counts back, like "earlier"
            (
                "He had received the letter six months before.",
                None,
                "six months before",
                "DATE",
                "2009-12",
            ),
            (
                "He left six months before the vote.",
                None,
                "six months",
                "DURATION",
                "P6M",
            ),
            // sets: every second one, a part of every day
            (
                "The council meets every other week.",
                None,
                "every other week",
                "SET",
                "P2W",
            ),
            (
                "He runs every morning.",
                None,
                "every morning",
                "SET",
                "XXXX-XX-XXTMO",
            ),
            // "the same period last year": the period the sentence tells of, a year before
            (
                "Sales in the second quarter rose 8 percent, compared with 5 percent in the same period last year.",
                Some(1),
                "the same period last year",
                "DATE",
                "2009-Q2",
            ),
            (
                "Output rose in January-April compared with the same period last year.",
                Some(2),
                "the same period last year",
                "DATE",
                "2009",
            ),
            // "the year before/after": a year from the year told of just before
            (
                "Last year, profit was $1.2 billion. The year before, it was $900 million.",
                Some(1),
                "The year before",
                "DATE",
                "2008",
            ),
            (
                "The plant closed in 1994 and reopened the year after.",
                Some(1),
                "the year after",
                "DATE",
                "1995",
            ),
            // "the next day" in a past narrative: the day after the one told of
            (
                "Fighting broke out on Jan. 5. The next day, the government declared a state of emergency.",
                Some(1),
                "The next day",
                "DATE",
                "2010-01-06",
            ),
            // "in N years" after a first or a superlative: the span since it last happened
            (
                "The talks, the first in two years, will be held in Geneva.",
                None,
                "two years",
                "DURATION",
                "P2Y",
            ),
            (
                "Profits will be the highest in five years.",
                None,
                "five years",
                "DURATION",
                "P5Y",
            ),
            (
                "The plant will reopen in two years.",
                None,
                "two years",
                "DATE",
                "2012",
            ),
            // the other day of a range with one month is a date of its own
            (
                "The conference will take place on July 26–27.",
                Some(1),
                "27",
                "DATE",
                "2010-07-27",
            ),
            (
                "The forum runs on 10–13 October.",
                Some(0),
                "10",
                "DATE",
                "2010-10-10",
            ),
            // … and of a list, when the list ends where a date would
            (
                "Seven more were commissioned on April 24 and 30.",
                Some(1),
                "30",
                "DATE",
                "2010-04-30",
            ),
            ("They met on 5 and 6 May.", Some(0), "5", "DATE", "2010-05-05"),
            // "January 1 of next year": that year's day ("next year" is a tag of its own)
            (
                "Starting on January 1 of next year, producers will pay.",
                Some(0),
                "January 1",
                "DATE",
                "2011-01-01",
            ),
            (
                "Millions marched on May 9 of last year.",
                Some(0),
                "May 9",
                "DATE",
                "2009-05-09",
            ),
            // the edge of a decade or a century is part of its extent
            (
                "Prices fell in the middle of the 1990s.",
                None,
                "the middle of the 1990s",
                "DATE",
                "199",
            ),
            (
                "Prices fell at the end of the 20th century.",
                None,
                "the end of the 20th century",
                "DATE",
                "19",
            ),
            // a count before "months ahead" is the count's
            (
                "The bridge was completed six months ahead of schedule.",
                None,
                "six months",
                "DURATION",
                "P6M",
            ),
            // "next winter" in June: the one that begins this December
            ("We must prepare for next winter.", None, "next winter", "DATE", "2010-WI"),
            // "this past" and "this coming" keep their "this"
            (
                "The storm hit this past weekend.",
                None,
                "this past weekend",
                "DATE",
                "2010-W23-WE",
            ),
            // a season of the story: after the last date told, or in its year
            (
                "The sale was announced in June 2008. It was approved the following spring.",
                Some(1),
                "the following spring",
                "DATE",
                "2009-SP",
            ),
            (
                "The floods hit in March 2005. That summer was the hottest on record.",
                Some(1),
                "That summer",
                "DATE",
                "2005-SU",
            ),
            (
                "The talks failed in October 2007. The previous spring, they nearly succeeded.",
                Some(1),
                "The previous spring",
                "DATE",
                "2007-SP",
            ),
            // the second of two seasons, the one that follows the first
            (
                "We expect rain this winter and spring.",
                Some(1),
                "spring",
                "DATE",
                "2011-SP",
            ),
            // "last" as a verb, before an approximation or after a modal
            (
                "Audiences with the Pope last no more than 15 minutes.",
                None,
                "no more than 15 minutes",
                "DURATION",
                "PT15M",
            ),
            (
                "The talks will last two hours.",
                None,
                "two hours",
                "DURATION",
                "PT2H",
            ),
            (
                "The trial could last months.",
                None,
                "months",
                "DURATION",
                "PXM",
            ),
            // "over" is "more than" after a verb of lasting or a preposition, and the
            // preposition itself elsewhere
            (
                "The tour is likely to last over a week.",
                None,
                "over a week",
                "DURATION",
                "P1W",
            ),
            (
                "He has been in the job for just over a year.",
                None,
                "just over a year",
                "DURATION",
                "P1Y",
            ),
            (
                "The plan calls for cuts of $85 billion over seven months.",
                None,
                "seven months",
                "DURATION",
                "P7M",
            ),
            // a plural unit modifies no noun: the article stays
            (
                "If the trend of the past 11 months continues, exports grow.",
                None,
                "the past 11 months",
                "DURATION",
                "P11M",
            ),
        ];
        check_rows(d, rows);
        // a season of a year told by "this/last/next year", and the last one over or the
        // next one to come
        assert_eq!(
            one("By summer of this year, unemployment fell.", d),
            ("summer of this year".into(), "DATE", "2010-SU".into())
        );
        assert_eq!(one("The heat of this year’s summer hurt.", d).2, "2010-SU");
        assert_eq!(
            one("During the past winter there were cuts.", "2010-09-15"),
            ("the past winter".into(), "DATE", "2009-WI".into())
        );
        assert_eq!(
            one("They prepare for the coming autumn.", "2010-09-15").2,
            "2010-FA"
        );
        // in January this winter began in December
        assert_eq!(one("Slopes opened this winter.", "2018-01-16").2, "2017-WI");
        assert_eq!(one("Last winter was cold.", "2018-01-16").2, "2016-WI");
        // the quarter a date ends
        assert_eq!(
            tags(
                "Earnings for the quarter ended Sept. 30 rose.",
                "1998-03-18"
            )[0]
            .2,
            "1997-Q3"
        );
        // a count of centuries is in years, as "two decades" is (P20Y)
        assert_eq!(
            one("Its history goes back more than three centuries.", d).2,
            "P300Y"
        );
        // "the 21 century": a bare number after "the" is an ordinal
        assert_eq!(one("We build it in the 21 century.", d).2, "20");
        // a bare clock needs a zone ("Moscow time", also in brackets) or a preposition
        assert_eq!(
            one("He arrived at 18:45 Moscow time.", d),
            (
                "18:45 Moscow time".into(),
                "TIME",
                "2010-06-15T18:45".into()
            )
        );
        assert_eq!(one("It starts 18:45 (Beijing time).", d).0, "18:45");
        assert_eq!(one("The meeting began at 10:30.", d).2, "2010-06-15T10:30");
        assert!(tags("The score was 10:30 at half time.", d).is_empty());
        // a clock's day with its own year
        assert_eq!(
            one(
                "Requests are accepted until 1:00 pm Moscow time, April 22, 2013.",
                d
            )
            .2,
            "2013-04-22T13:00"
        );
        // two months of a span with no year are placed together, near the report
        assert_eq!(
            tags(
                "Trade rose by 36 percent from January to September.",
                "2017-12-11"
            )
            .into_iter()
            .map(|t| t.2)
            .collect::<Vec<_>>(),
            ["2017-01", "2017-09"]
        );
        assert_eq!(
            tags("Events were rescheduled for June – August.", "2020-05-26")
                .into_iter()
                .map(|t| t.2)
                .collect::<Vec<_>>(),
            ["2020-06", "2020-08"]
        );
        // "-long" modifiers are durations, as "two-day" is
        assert_eq!(
            one("The week-long talks resumed.", d),
            ("week-long".into(), "DURATION", "P1W".into())
        );
        assert_eq!(one("A decades-long conflict ended.", d).2, "PXE");
        // "is expected" with a day ahead; a participle before the day's "on" dates it
        assert_eq!(
            tags(
                "The vote is expected late Tuesday or early Friday.",
                "1998-03-18"
            )
            .into_iter()
            .map(|t| t.2)
            .collect::<Vec<_>>(),
            ["1998-03-24", "1998-03-20"]
        );
        assert_eq!(
            one("The accord, signed on Jan. 5, will run.", "1998-03-18").2,
            "1998-01-05"
        );
        // the year closes the last day of a range or a list: "12, 2003" is one date
        assert_eq!(
            tags("He visits France on February 10–12, 2003.", d),
            vec![
                ("February 10".into(), "DATE", "2003-02-10".into()),
                ("12, 2003".into(), "DATE", "2003-02-12".into())
            ]
        );
        // a clock after a list of days falls on the last one, with its year too
        assert_eq!(
            tags("Passes: May 6 and 9, 2018, 6:30 am at the gate.", d)[2].2,
            "2018-05-09T06:30"
        );
        // a clock after a list of days falls on the last one (the last day is a date too)
        assert_eq!(
            tags("Passes: May 7 and 9, 6:30 am at the gate.", d)[1..],
            [
                ("9".into(), "DATE", "2010-05-09".into()),
                ("6:30 am".into(), "TIME", "2010-05-09T06:30".into())
            ]
        );
        // a day of a month, each year
        assert_eq!(
            one("We index wages every April 1.", d),
            ("every April 1".into(), "SET", "XXXX-04-01".into())
        );
        // two centuries written together: one expression, the first century's value
        assert_eq!(
            one(
                "Also, during the 16th and 17th centuries, the garden was used.",
                d
            ),
            ("the 16th and 17th centuries".into(), "DATE", "15".into())
        );
        assert_eq!(
            one("It holds documents of the 19th-21st centuries.", d).2,
            "18"
        );
        // "May" after an article is the month ("the May meetings"); the modal never is
        assert_eq!(
            one(
                "We discussed instructions given during the May meetings.",
                d
            )
            .2,
            "2010-05"
        );
        // "until" a date with no verb to tell the tense looks ahead; a past verb near it
        // still decides
        assert_eq!(
            one("The resort season is until November 1.", "2017-04-30").2,
            "2017-11-01"
        );
        assert_eq!(
            one("The resort was open until November 1.", "2017-04-30").2,
            "2016-11-01"
        );
        // … and after a preposition ("in May prices fell"); "last evening" is yesterday's
        assert_eq!(one("In the first half of May prices fell.", d).2, "2010-05");
        assert_eq!(one("We worked well last evening.", d).2, "2010-06-14TEV");
        // a count before "after" with an object stands alone
        assert_eq!(
            one(
                "I am pleased that two months after our first meeting we met.",
                d
            ),
            ("two months".into(), "DURATION", "P2M".into())
        );
        // a present perfect with an irregular participle looks back
        assert_eq!(
            one(
                "From January to date, we have seen a drawdown.",
                "2017-10-04"
            )
            .2,
            "2017-01"
        );
        assert_eq!(
            one("Since September output has already risen.", "2017-06-20").2,
            "2016-09"
        );
        // the time still after a preposition, whatever follows
        assert_eq!(
            one("Innovation in the future will lower costs.", d).2,
            "FUTURE_REF"
        );
        assert_eq!(
            one("They are worried about the future and fear a war.", d).2,
            "FUTURE_REF"
        );
        assert_eq!(
            one("The talks resumed during the winter.", "2010-01-20").2,
            "2009-WI"
        );
        // not dates
        for text in [
            "He is in his 20s.",
            "The fall in prices hurt exporters.",
            "The fall of the regime came fast.",
            "In winter temperatures fall to minus 50.",
            "We lead in summer and winter sports.",
            "Version 1.3.2010.5 was released.",
            "The bill of 31.13.2005 failed.",
            "It was the day before the vote.",
            "See Resolution No. 256/1888–7 of the Commission.",
            "He wrote for People's Daily and the AZG Daily.",
            "The forum Engineers of the Future opened.",
            // the future as a fate: of something, or the subject of its own verb
            "They discussed the future of bilateral trade.",
            "I think the future is going to be largely renewable.",
            // a comparison, no duration
            "The index came to 104.5 year on year.",
            // a season before a word of a name
            "Russia viewed the winter Olympics as its top priority.",
            "She won medals at the summer and winter Olympics.",
            // ages
            "Trials are held in age groups from 6 to 70 years of age.",
            "The question was asked by a 13-year-old girl.",
        ] {
            assert!(tags(text, d).is_empty(), "{text}: {:?}", tags(text, d));
        }
        assert!(
            !tags("It opened 1 Feb 2005 16:13:33 +1300.", d)
                .iter()
                .any(|t| t.0 == "1300"),
            "+1300 is a zone offset"
        );
        // a count after a day is no day of a list
        assert_eq!(
            tags(
                "The price rose on April 24 and 30 percent of buyers left.",
                d
            )
            .len(),
            1
        );
        // only a winter runs across two years
        assert!(!tags("The summer of 2009-2010 was hot.", d)
            .iter()
            .any(|t| t.2.ends_with("SU")));
    }

    #[test]
    fn durations_and_sets() {
        let d = "1998-02-06";
        assert_eq!(
            one("It lasted three months.", d),
            ("three months".into(), "DURATION", "P3M".into())
        );
        assert_eq!(
            one("Over the past three months, prices rose.", d).0,
            "the past three months"
        );
        assert_eq!(one("It took 2 1/2 years to build.", d).2, "P2Y6M");
        assert_eq!(one("A five-year plan was set.", d).2, "P5Y");
        assert_eq!(
            one("We meet every week.", d),
            ("every week".into(), "SET", "P1W".into())
        );
        assert_eq!(one("It lasted a minute and a half.", d).2, "PT1M30S");
        assert_eq!(one("It lasted several years.", d).2, "PXY");
        // a day in hours, a year in months; other counts as written
        assert_eq!(
            one("Twelve died in the last twenty four hours.", d).2,
            "P1D"
        );
        assert_eq!(one("Prices rose over the past 12 months.", d).2, "P1Y");
        assert_eq!(one("It lasted 18 months.", d).2, "P18M");
        assert_eq!(one("It lasted 36 hours.", d).2, "PT36H");
        assert_eq!(one("The ceasefire held for 48 hours.", d).2, "PT48H");
        assert_eq!(one("It lasted one and a half hours.", d).2, "PT1H30M");
    }

    /// Span rows: sentence and the range its first expression covers (None: no range).
    type SpanRow<'a> = (&'a str, Option<(&'a str, &'a str)>);
    /// A span rule: text, extent, value to the first and last day covered.
    type SpanRule = fn(&str, usize, usize, &str) -> Option<(String, String)>;

    /// Checks a span rule (`day_range`, `year_range`) on the first tag of each sentence.
    fn check_spans(d: &str, rule: SpanRule, rows: &[SpanRow]) {
        for &(text, want) in rows {
            let t = tag(text, NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).swap_remove(0);
            let got = t.value.as_deref().and_then(|v| rule(text, t.s, t.e, v));
            let want = want.map(|(a, z)| (a.to_string(), z.to_string()));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn day_ranges_for_the_timeline() {
        check_spans(
            "2019-05-10",
            day_range,
            &[
                (
                    "The summit is on May 17-18.",
                    Some(("2019-05-17", "2019-05-18")),
                ),
                (
                    "Talks on 3–4 June went well.",
                    Some(("2019-06-03", "2019-06-04")),
                ),
                (
                    "It runs from June 5 to 7.",
                    Some(("2019-06-05", "2019-06-07")),
                ),
                (
                    "The games run June 5-17, 2019.",
                    Some(("2019-06-05", "2019-06-17")),
                ),
                // two dates, a clock, a percentage, a count: no range
                ("It ran on May 17 – June 2.", None),
                ("On May 5, 18 people died.", None),
                ("It closed May 9-10% lower.", None),
            ],
        );
    }

    #[test]
    fn year_ranges_for_the_timeline() {
        check_spans(
            "2020-12-10",
            year_range,
            &[
                (
                    "Over 2016–2020 it grew.",
                    Some(("2016-01-01", "2020-12-31")),
                ),
                (
                    "It ran from 2013 to 2025.",
                    Some(("2013-01-01", "2025-12-31")),
                ),
                (
                    "Between 1991 and 1999 it shrank.",
                    Some(("1991-01-01", "1999-12-31")),
                ),
                // a slash joins the two years of a season or a fiscal year
                (
                    "The 2019/20 season was cancelled.",
                    Some(("2019-01-01", "2020-12-31")),
                ),
                ("In 1999/2000 it grew.", Some(("1999-01-01", "2000-12-31"))),
                // a list, a count and a year before the first are no ranges
                ("In 2013 and 2015 it grew.", None),
                ("In 2013-2000 people left.", None),
                ("It went from 2019 to 2018.", None),
            ],
        );
    }

    #[test]
    fn century_ranges_for_the_timeline() {
        check_spans(
            "2020-12-10",
            century_range,
            &[
                (
                    "Masters of the 16th and 17th centuries came.",
                    Some(("1500-01-01", "1699-12-31")),
                ),
                (
                    "Documents of the 19th-21st centuries are kept.",
                    Some(("1800-01-01", "2099-12-31")),
                ),
                (
                    "In the twentieth and twenty-first centuries it grew.",
                    Some(("1900-01-01", "2099-12-31")),
                ),
                ("It was built in the 16th century.", None),
            ],
        );
    }

    #[test]
    fn ranges() {
        assert_eq!(
            range_of("1996-04"),
            (
                Some("month"),
                Some("1996-04-01".into()),
                Some("1996-04-30".into())
            )
        );
        assert_eq!(
            range_of("199"),
            (
                Some("decade"),
                Some("1990-01-01".into()),
                Some("1999-12-31".into())
            )
        );
        assert_eq!(range_of("1998-Q3").1.as_deref(), Some("1998-07-01"));
        assert_eq!(range_of("1998-W06").1.as_deref(), Some("1998-02-02"));
        assert_eq!(range_of("PRESENT_REF"), (None, None, None));
        assert_eq!(range_of("1998-02-06T14:30").0, Some("day"));
    }

    /// The eighth round, from 2013-style wire stories run through both taggers: each row
    /// as in `tense_spans_and_anaphora_of_reported_speech`, resolved against 2013-11-05.
    #[test]
    fn eighth_round_wire_stories() {
        let d = "2013-11-05";
        let rows: &[Row] = &[
            // the months of a calendar quarter name the quarter
            (
                "Its net profit for the July-September quarter nearly doubled.",
                None,
                "the July-September quarter",
                "DATE",
                "2013-Q3",
            ),
            (
                "Output grew 0.1 percent in the July-September period.",
                None,
                "the July-September period",
                "DATE",
                "2013-Q3",
            ),
            (
                "The January-March 2013 quarter was weak.",
                None,
                "The January-March 2013 quarter",
                "DATE",
                "2013-Q1",
            ),
            // other spans of months stay months
            (
                "Sales in the June-August period rose.",
                Some(0),
                "June",
                "DATE",
                "2013-06",
            ),
            // "the same period a year earlier" is one expression: that quarter, a year back
            (
                "Profit rose in the July-September period from the same period a year earlier.",
                Some(1),
                "the same period a year earlier",
                "DATE",
                "2012-Q3",
            ),
            // "died" is a past verb (four letters with -ed: the -ed rule skips them)
            (
                "Mandela, who died Thursday, will be remembered next week.",
                Some(0),
                "Thursday",
                "DATE",
                "2013-10-31",
            ),
            // a reduced relative "expected" before the day looks ahead; "than expected"
            // compares
            (
                "Officials said a cold front expected Thursday night should bring relief.",
                None,
                "Thursday night",
                "TIME",
                "2013-11-07TNI",
            ),
            (
                "Stocks rose more than expected Thursday.",
                None,
                "Thursday",
                "DATE",
                "2013-10-31",
            ),
            // "the next year" of a past story counts from the story's year
            (
                "A poor monsoon in 2009 pushed up food prices for much of the next year.",
                Some(1),
                "the next year",
                "DATE",
                "2010",
            ),
            // "'80s" after a decade with its article
            (
                "He was charged with killings in the 1970s and '80s.",
                Some(1),
                "'80s",
                "DATE",
                "198",
            ),
            // moveable feasts
            (
                "A new pope will be in place before Palm Sunday.",
                None,
                "Palm Sunday",
                "DATE",
                "2014-04-13",
            ),
            // "the first … in N years" is the span since it last happened, however far
            // back the "first"; "in two months' time" is a point ahead
            (
                "He would become the first pontiff to step down in nearly 600 years.",
                None,
                "nearly 600 years",
                "DURATION",
                "P600Y",
            ),
            (
                "We will be launching the first fund in two months' time.",
                None,
                "two months",
                "DATE",
                "2014-01",
            ),
            // "the same quarter a year ago": that quarter, a year back
            (
                "Growth was 0.8 percent in the third quarter, up from the same quarter a year ago.",
                Some(1),
                "the same quarter a year ago",
                "DATE",
                "2012-Q3",
            ),
            // "between Wednesday and Sunday" is a span; one still running on the report's
            // day began this week
            (
                "Americans would travel between Monday and Wednesday.",
                Some(0),
                "Monday",
                "DATE",
                "2013-11-04",
            ),
            // a holiday's part of the day, and its weekend
            (
                "Conditions should improve by Thanksgiving morning.",
                None,
                "Thanksgiving morning",
                "TIME",
                "2013-11-28TMO",
            ),
            (
                "Traffic was heavy over the Memorial Day weekend.",
                None,
                "the Memorial Day weekend",
                "DATE",
                "2013-W21-WE",
            ),
            // a holiday within two weeks of the report is that one
            (
                "They agreed on Halloween to delay the cuts.",
                None,
                "Halloween",
                "DATE",
                "2013-10-31",
            ),
            // "November or December 2014": the year written lends itself to both
            (
                "A law was adopted in November or December 2011.",
                Some(0),
                "November",
                "DATE",
                "2011-11",
            ),
            // a perfect infinitive after "expected to" looks back
            (
                "The economy grew in the second quarter, but growth is expected to have slowed since.",
                None,
                "the second quarter",
                "DATE",
                "2013-Q2",
            ),
            // a schedule in the present: "open", "start"
            (
                "The Games open Feb. 7.",
                None,
                "Feb. 7",
                "DATE",
                "2014-02-07",
            ),
            // what is expected lies ahead of the expecting
            (
                "Air France expected similar disruption on Thursday.",
                None,
                "Thursday",
                "DATE",
                "2013-11-07",
            ),
            // the day counted to by "three days later" is the story's day from there on
            (
                "The bombs exploded on April 15. Three days later, the FBI released photos. That night, they shot an officer.",
                Some(2),
                "That night",
                "TIME",
                "2013-04-18TNI",
            ),
            // the week of the month told about
            (
                "Talks are set for the last week of the month.",
                None,
                "the last week of the month",
                "DATE",
                "2013-W48",
            ),
            (
                "Sales fell in the final week of last month.",
                None,
                "the final week of last month",
                "DATE",
                "2013-W44",
            ),
            // a weekend that names a happening is the weekend before the report, or the
            // one after it when told ahead
            (
                "A weekend storm knocked out power to thousands of homes.",
                None,
                "weekend",
                "DATE",
                "2013-W44-WE",
            ),
            (
                "Forecasters warn a weekend storm will bring snow.",
                None,
                "weekend",
                "DATE",
                "2013-W45-WE",
            ),
        ];
        check_rows(d, rows);
        // a weekend spent is a length of time
        assert_eq!(one("He spent a weekend in Paris.", d).2, "P1WE");
        // a quarter or a half of a game is no date; of a year it is
        assert!(tags(
            "James made five 3-pointers and scored 14 points in the fourth quarter.",
            d
        )
        .is_empty());
        assert!(tags("The Heat trailed by two at halftime of the first half.", d).is_empty());
        assert_eq!(
            one("Profit rose 14 percent in the fourth quarter.", d).2,
            "2013-Q4"
        );
        // a paper named before "daily" is no set
        assert!(tags("He spoke to the Kommersant daily.", d).is_empty());
    }

    #[test]
    fn ninth_round_wire_stories() {
        let d = "2014-02-25";
        let rows: &[Row] = &[
            // what is set for a day lies ahead of the setting
            (
                "Parliament has set a presidential election for May 25.",
                None,
                "May 25",
                "DATE",
                "2014-05-25",
            ),
            (
                "The board scheduled a vote for Friday.",
                None,
                "Friday",
                "DATE",
                "2014-02-28",
            ),
            // what is likely lies ahead of the saying
            (
                "Forecasters warned that more storms were possible through Thursday night.",
                None,
                "Thursday night",
                "TIME",
                "2014-02-27TNI",
            ),
            (
                "He said rain was likely Friday.",
                None,
                "Friday",
                "DATE",
                "2014-02-28",
            ),
            // "will be formally installed on Tuesday": the auxiliary, not the participle
            (
                "He will be formally installed on Friday.",
                None,
                "Friday",
                "DATE",
                "2014-02-28",
            ),
            // what takes effect on a day lies ahead
            (
                "The board created a new office, effective June 1.",
                None,
                "June 1",
                "DATE",
                "2014-06-01",
            ),
            // a day or month after "since" has begun
            (
                "Drillers have idled half of their rigs since October.",
                None,
                "October",
                "DATE",
                "2013-10",
            ),
            (
                "He has been held since March 10.",
                None,
                "March 10",
                "DATE",
                "2013-03-10",
            ),
            // a whole year told in the past in January or February is the one just over
            (
                "For the full year, the surplus stood at 253 billion euros.",
                None,
                "the full year",
                "DATE",
                "2013",
            ),
            (
                "For the year, sales were flat.",
                None,
                "the year",
                "DATE",
                "2013",
            ),
            (
                "For the full year, the company expects growth.",
                None,
                "the full year",
                "DATE",
                "2014",
            ),
            // a half of a fiscal year
            (
                "Revenue should grow in the first half of fiscal 2015.",
                None,
                "the first half of fiscal 2015",
                "DATE",
                "2015-H1",
            ),
        ];
        check_rows(d, rows);
        // "shortly after", "just before": prepositions, outside the time as TimeML has
        // them (the signal of its relation)
        assert_eq!(
            tags("The vote ended shortly after 5 p.m. Tuesday.", d)[0].0,
            "5 p.m. Tuesday"
        );
        assert_eq!(tags("He left just before midnight.", d)[0].0, "midnight");
        // "the foreseeable future" is no time expression (TimeBank leaves it, as HeidelTime)
        assert!(tags("Rates will stay low for the foreseeable future.", d).is_empty());
        // the first day of a range written with words before its month is a date too
        let r = tags("The banks were closed from 16 to 28 March.", d);
        assert_eq!((r[0].0.as_str(), r[0].2.as_str()), ("16", "2014-03-16"));
        let r = tags("Talks run between 3 and 5 March.", d);
        assert_eq!((r[0].0.as_str(), r[0].2.as_str()), ("3", "2014-03-03"));
        assert_eq!(tags("Prices rose to 16 to 28 March.", d).len(), 1);
        // more holidays as data; the end of a longer name is another day
        assert_eq!(
            one("The marathon is held on Patriots' Day.", d).2,
            "2014-04-21"
        );
        assert_eq!(one("Parades ended on Mardi Gras.", d).2, "2014-03-04");
        assert!(tags("They marked Holocaust Remembrance Day.", d).is_empty());
        assert!(tags("The Victory in Europe Day parade.", d).is_empty());
        assert_eq!(
            one("He spoke on International Human Rights Day.", d).0,
            "Human Rights Day"
        );
        assert_eq!(one("On Christmas Eve, he prayed.", d).0, "Christmas Eve");
        // a span of days wholly on the wrong side of the report for its tense counts from
        // its far end
        let r = tags(
            "The NSA had recorded the calls from Dec. 10 to Jan. 8.",
            "2013-10-24",
        );
        assert_eq!(
            (r[0].2.as_str(), r[1].2.as_str()),
            ("2012-12-10", "2013-01-08")
        );
        let r = tags(
            "The World Cup will take place from June 14 to July 15.",
            "2017-08-16",
        );
        assert_eq!(
            (r[0].2.as_str(), r[1].2.as_str()),
            ("2018-06-14", "2018-07-15")
        );
        // "rescheduled for Friday" looks ahead
        assert_eq!(
            one("The meeting was rescheduled for Friday.", d).2,
            "2014-02-28"
        );
        // a bare plural unit at the end of "in …", or after "after months of talks"
        assert_eq!(one("It was the deadliest attack in years.", d).2, "PXY");
        assert_eq!(one("The deal follows months of talks.", d).2, "PXM");
        assert!(tags("Prices in months when demand is high rose.", d).is_empty());
        assert!(tags("He is advanced in years.", d).is_empty());
        assert!(tags("They raised the hours of physical education.", d).is_empty());
        // a year past 2099 where a preposition of time introduces it
        assert_eq!(one("Seas could rise 98 cm by 2100.", d).2, "2100");
        assert!(tags("He sent 2150 troops.", d).is_empty());
        // an adjective before a quarter that modifies a noun is the noun's
        assert_eq!(
            one("Facebook posted strong second-quarter results.", d).0,
            "second-quarter"
        );
        assert_eq!(
            one("It had a flat second quarter.", d).0,
            "a flat second quarter"
        );
        // "the February 2012 shooting": the article is the noun's
        assert_eq!(
            one("He was charged in the February 2012 shooting.", d).0,
            "February 2012"
        );
        // a number earlier in the clause makes no rate of a span after a preposition of
        // time or an approximation
        assert_eq!(one("Flight 370 vanished within an hour.", d).2, "PT1H");
        assert_eq!(
            one("Flight 370 vanished less than an hour after takeoff.", d).2,
            "PT1H"
        );
        assert!(tags("Four flights a week leave.", d).is_empty());
        // a preposition after "the weekend" leaves it heading its phrase
        assert_eq!(
            one("Ministers meet at the weekend near London.", "2013-05-15").2,
            "2013-W20-WE"
        );
        // a fortnight counts as two weeks from the report
        assert_eq!(one("The report is due in a fortnight.", d).2, "2014-W11");
        assert_eq!(one("He left a fortnight ago.", d).2, "2014-W07");
        // a paper called a daily or a weekly is no set
        assert!(tags("The gunmen stormed the weekly's offices.", d).is_empty());
        assert!(tags("The paper is a weekly.", d).is_empty());
        assert_eq!(one("It is published weekly.", d).2, "P1W");
        // a time zone is written in capitals: "but" after a clock is no zone
        assert_eq!(
            one("She called at about 2:30 a.m. but did not speak.", d).0,
            "about 2:30 a.m."
        );
        assert_eq!(
            one("It began at 10 a.m. Moscow Time.", d).0,
            "10 a.m. Moscow Time"
        );
        assert_eq!(one("Polls close at 7 p.m. EST.", d).0, "7 p.m. EST");
        // the weekday a past stretch ran until is the nearer one
        assert_eq!(
            one("Flights were canceled until Sunday.", "2013-11-08").2,
            "2013-11-10"
        );
        assert_eq!(
            one("He was held until Sunday.", "2013-11-05").2,
            "2013-11-03"
        );
        assert_eq!(
            one("Flights were canceled until the weekend.", "2013-11-08").2,
            "2013-W45-WE"
        );
        assert_eq!(
            one("The offer is valid through Sunday.", "2013-11-05").2,
            "2013-11-10"
        );
        // a person's age is no duration; a thing's is
        assert!(tags("The 76-year-old Argentine was chosen.", d).is_empty());
        assert_eq!(one("The 8-month-old truce held.", d).2, "P8M");
        // a bare decade in a weather report is a band of degrees
        assert!(tags("Forecasters said highs would reach the 30s.", d).is_empty());
        assert!(tags("Temperatures stayed in the forties.", d).is_empty());
        assert_eq!(one("The music of the 30s was popular.", d).2, "193");
    }

    #[test]
    fn tenth_round_wire_stories() {
        // (report date, sentence, the value of its one expression)
        let values: &[(&str, &str, &str)] = &[
            // a possibility lies ahead of the saying, unless it comes after the span
            (
                "2013-07-05",
                "The report boosted expectations that the Fed could begin scaling back as early as September.",
                "2013-09",
            ),
            (
                "1999-11-22",
                "Officials warned that the trend could reverse by the turn of the century.",
                "2000",
            ),
            ("2013-07-05", "He said prices might rise in September.", "2013-09"),
            (
                "1998-08-14",
                "Tropical Storm Bonnie formed in the Atlantic on Wednesday and could become a hurricane soon.",
                "1998-08-12",
            ),
            // not a modal: a name, the month, a perception, a perfect
            ("2013-07-05", "The Fed could act in September.", "2013-09"),
            ("2013-07-05", "Indeed, we could see an increase in March.", "2013-03"),
            ("2013-07-05", "The plant may have closed in September.", "2012-09"),
            ("2013-07-05", "Theresa May said in March that it failed.", "2013-03"),
            // a bare plural unit before "ago" is some past time
            ("2013-07-05", "It happened years ago.", "PAST_REF"),
            // a year with its century left out, after a preposition
            ("1998-07-05", "He won the title in '96.", "1996"),
            ("1998-07-05", "The class of ’04 will graduate.", "2004"),
            ("1998-07-05", "Since '05, prices rose.", "1905"),
            // "the early evening" is that part of the day, as "early evening" is
            ("1998-08-12", "The rally began in the early evening.", "1998-08-12TEV"),
            // what has lasted since a day began on it, whatever the clause's tense
            (
                "1998-05-21",
                "Students who have occupied the building since Monday say they will stay.",
                "1998-05-18",
            ),
            // a bare season opening a sentence as its subject is this one
            ("2000-08-21", "Summer is ending early for students.", "2000-SU"),
            // one span in units, larger first, is one duration
            ("2013-07-05", "The movie runs two hours and 10 minutes.", "PT2H10M"),
            ("2013-07-05", "He served a year and six months.", "P1Y6M"),
            ("2013-07-05", "It took two days, three hours.", "P2DT3H"),
            ("2013-07-05", "It came at 14 hours 9 minutes and 28 seconds.", "PT14H9M28S"),
            // a schedule told in the present, a hope and a return look ahead
            ("1998-08-12", "The team plays Boston on Saturday.", "1998-08-15"),
            ("1998-08-12", "He returns to work Monday.", "1998-08-17"),
            ("1998-08-12", "Investigators hope to question him before Friday.", "1998-08-14"),
            ("1998-08-12", "The suspect is due back Friday.", "1998-08-14"),
            ("1998-08-12", "Voters go to the polls Sunday.", "1998-08-16"),
            ("1998-08-12", "Officials expect to announce the results Friday.", "1998-08-14"),
            ("1998-08-12", "Schools reopen Monday.", "1998-08-17"),
            ("1998-08-12", "The deadline is midnight Friday.", "1998-08-14T24"),
            // a warning is of what lies ahead
            ("2013-03-22", "The Met Office has issued amber warnings for the weekend.", "2013-W12-WE"),
            // after "to" a past form is a base form
            ("2013-03-21", "Obama is scheduled to lay a wreath on Friday morning.", "2013-03-22TMO"),
            // a participle after "stay" or "remain" carries no tense
            ("2013-03-22", "Banks will stay shut until Tuesday.", "2013-03-26"),
            // the part of the day after a clock's weekday tells its half
            ("1998-08-12", "The blast came at 9:15 Monday evening.", "1998-08-10T21:15"),
        ];
        for (dct, text, value) in values {
            assert_eq!(one(text, dct).2, *value, "{text}");
        }
        // extents
        let d = "1998-08-12";
        // the end of a range of years written with two digits is a year too
        let v = tags("He served from 1990-94.", d);
        assert_eq!(v[1], ("94".into(), "DATE", "1994".into()), "{v:?}");
        assert_eq!(tags("The 1999-00 season was long.", d)[1].2, "2000");
        assert_eq!(tags("Rule 1990-12 applies.", d).len(), 1);
        assert_eq!(one("Plants were built decades ago.", d).0, "decades ago");
        assert_eq!(one("He was convicted in the 1996 shooting.", d).0, "1996");
        assert_eq!(
            one("The game lasted 3 hours 20 minutes.", d),
            ("3 hours 20 minutes".into(), "DURATION", "PT3H20M".into())
        );
        assert_eq!(
            one("The shooting happened at 9:15 Monday morning.", d),
            (
                "9:15 Monday morning".into(),
                "TIME",
                "1998-08-10T09:15".into()
            )
        );
        assert_eq!(one("Trading halted at 2:15 p.m. ET.", d).0, "2:15 p.m. ET");
        // not times
        assert!(tags("He said '96 was great.", d).is_empty());
        assert!(tags("It was in '96’s spring", d).len() <= 1);
        assert!(tags("He watched the late night shows.", d).is_empty());
        assert!(tags("Summer Smith said the plan failed.", d).is_empty());
        assert_eq!(tags("It took five years, 10 years in all.", d).len(), 2);
        // after a relative pronoun an -ed word is the verb
        let v = tags(
            "The president, who returned from Asia on Sunday, will meet leaders Thursday.",
            d,
        );
        assert_eq!(v[0].2, "1998-08-09");
        // the end of a reporting period anchors no later clock
        let v = tags(
            "Profit fell for the year ended March 31. Shares recovered by midday.",
            "1999-06-14",
        );
        assert_eq!(v[2].2, "1999-06-14T12:00", "{v:?}");
        // "the same period of last year", "the same month last year": the period the
        // sentence tells of, a year back
        let v = tags(
            "Exports in the first half of this year rose over the same period of last year.",
            d,
        );
        assert_eq!(
            v[1],
            (
                "the same period of last year".into(),
                "DATE",
                "1997-H1".into()
            )
        );
        let v = tags(
            "In the first seven months of this year, output rose from the same period last year.",
            d,
        );
        assert_eq!(v.last().unwrap().2, "1997", "{v:?}");
        let v = tags(
            "Output in July rose 7 percent over the same month last year.",
            d,
        );
        assert_eq!(
            v[1],
            ("the same month last year".into(), "DATE", "1997-07".into())
        );
    }
}
