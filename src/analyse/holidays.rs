//! Holidays by name (`data/holidays.txt`): fixed days, the Nth weekday of a month, and
//! days counted from Western or Orthodox Easter. The date tagger uses them to resolve
//! "Christmas", "Thanksgiving 1998", "last Victory Day" to a day.

use crate::data;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug)]
enum When {
    Fixed(u32, u32),
    /// (n, weekday, month, days after it); n = 0 is the last one
    Nth(u32, Weekday, u32, i64),
    Easter(i64),
    Orthodox(i64),
}

struct Holidays {
    /// every name, lower case, with ’ as '
    by_name: HashMap<String, When>,
    /// every name as written, for the tagger's pattern
    names: Vec<String>,
}

fn key(name: &str) -> String {
    name.replace('’', "'").to_lowercase()
}

fn parse_when(rule: &str) -> Option<When> {
    let r = rule.trim();
    if let Some(d) = r.strip_prefix("easter") {
        return Some(When::Easter(d.parse().ok()?));
    }
    if let Some(d) = r.strip_prefix("orthodox") {
        return Some(When::Orthodox(d.parse().ok()?));
    }
    if let Some((m, d)) = r.split_once('-') {
        return Some(When::Fixed(m.parse().ok()?, d.parse().ok()?));
    }
    let p: Vec<&str> = r.split_whitespace().collect();
    let (n, wd, m, after) = match p.as_slice() {
        [n, wd, m] => (n, wd, m, 0),
        [n, wd, m, d] => (n, wd, m, d.parse().ok()?),
        _ => return None,
    };
    let n = if *n == "last" { 0 } else { n.parse().ok()? };
    Some(When::Nth(n, wd.parse().ok()?, m.parse().ok()?, after))
}

fn holidays() -> &'static Holidays {
    static H: OnceLock<Holidays> = OnceLock::new();
    H.get_or_init(|| {
        let mut h = Holidays {
            by_name: HashMap::new(),
            names: Vec::new(),
        };
        for line in data::lines(data::HOLIDAYS) {
            let (names, rule) = line
                .split_once(" ; ")
                .unwrap_or_else(|| panic!("data/holidays.txt: no ' ; ' in {line:?}"));
            let when = parse_when(rule)
                .unwrap_or_else(|| panic!("data/holidays.txt: bad rule in {line:?}"));
            for n in names.split('|').map(str::trim) {
                h.by_name.insert(key(n), when);
                h.names.push(n.to_string());
            }
        }
        h
    })
}

/// Every holiday name as written in the list.
pub fn names() -> &'static [String] {
    &holidays().names
}

/// Western Easter Sunday (the anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<NaiveDate> {
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

/// Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar (13 days
/// in 1900-2099).
fn orthodox_easter(y: i32) -> Option<NaiveDate> {
    if !(1900..=2099).contains(&y) {
        return None;
    }
    let (a, b, c) = (y % 4, y % 7, y % 19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32).map(|j| j + Duration::days(13))
}

/// The `n`th weekday `wd` of month `m` of year `y`; `n` = 0 is the last one.
pub fn nth_weekday(y: i32, m: u32, wd: Weekday, n: u32) -> Option<NaiveDate> {
    if n > 0 {
        return NaiveDate::from_weekday_of_month_opt(y, m, wd, u8::try_from(n).ok()?);
    }
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    let mut d = NaiveDate::from_ymd_opt(ny, nm, 1)? - Duration::days(1);
    while d.weekday() != wd {
        d -= Duration::days(1);
    }
    Some(d)
}

/// The day of holiday `name` in year `y`, if the name is known.
pub fn date_of(name: &str, y: i32) -> Option<NaiveDate> {
    match *holidays().by_name.get(&key(name))? {
        When::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d),
        When::Nth(n, wd, m, after) => nth_weekday(y, m, wd, n).map(|d| d + Duration::days(after)),
        When::Easter(k) => easter(y).map(|d| d + Duration::days(k)),
        When::Orthodox(k) => orthodox_easter(y).map(|d| d + Duration::days(k)),
    }
}

#[cfg(test)]
mod tests {
    use super::date_of;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, dd: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, dd)
    }

    #[test]
    fn fixed_weekday_and_easter_rules() {
        assert_eq!(date_of("Christmas", 1998), d(1998, 12, 25));
        assert_eq!(date_of("New Year’s Day", 2000), d(2000, 1, 1));
        assert_eq!(date_of("Thanksgiving", 1998), d(1998, 11, 26));
        // the day after: Thanksgiving 2013 was November 28, the 4th of 4 Thursdays after a
        // Friday the 1st, so Black Friday was the 5th Friday
        assert_eq!(date_of("Black Friday", 2013), d(2013, 11, 29));
        assert_eq!(date_of("Memorial Day", 1999), d(1999, 5, 31));
        assert_eq!(date_of("Labor Day", 1998), d(1998, 9, 7));
        assert_eq!(date_of("Easter", 2019), d(2019, 4, 21));
        assert_eq!(date_of("Good Friday", 2000), d(2000, 4, 21));
        assert_eq!(date_of("Orthodox Easter", 2019), d(2019, 4, 28));
        assert_eq!(date_of("Orthodox Easter", 2020), d(2020, 4, 19));
        assert_eq!(date_of("Victory Day", 2020), d(2020, 5, 9));
        assert_eq!(date_of("Nowhere Day", 2020), None);
    }
}
