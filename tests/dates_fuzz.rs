//! The date tagger never panics and its offsets always lie on characters of the text:
//! random mixes of time words, huge numbers, punctuation and any Unicode, and a 1 MB line.

use corpusdb::analyse::dates;

/// xorshift64*: a small deterministic generator, so a failure can be replayed by seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "Christmas",
    "in '96",
    "’98’",
    "since ’0",
    "Orthodox Easter",
    "Thanksgiving",
    "Victory Day",
    "New Year’s Eve",
    "the day after tomorrow",
    "the year before last",
    "in the evening",
    "during the year",
    "12 pm",
    "(Moscow time)",
    "on",
    "at",
    "–",
    "overnight",
    "year-end",
    "April",
    "May",
    "Dec.",
    "Sept.",
    "Monday",
    "Tuesdays",
    "the",
    "last",
    "next",
    "this",
    "year",
    "years",
    "quarter",
    "third",
    "fiscal",
    "ago",
    "earlier",
    "later",
    "week",
    "decade",
    "century",
    "21st",
    "1990s",
    "'90s",
    "the nineties",
    "summer",
    "of",
    "in",
    "on",
    "every",
    "twice a",
    "p.m.",
    "a.m.",
    "noon",
    "midnight",
    "9:30",
    "24:61",
    "99:99",
    "EST",
    "now",
    "today",
    "yesterday",
    "tonight",
    "1997",
    "2005",
    "0000",
    "9999",
    "99999999999",
    "18446744073709551616",
    "-1",
    "31",
    "32",
    "0",
    "00",
    "29",
    "February",
    "2/30/2001",
    "13/45/99",
    "1998-02-30",
    "2000-13-01",
    "twenty-four",
    "nineteen ninety-seven",
    "two thousand and",
    "a couple of",
    "several",
    "1/2",
    "2 1/2",
    "and a half",
    "–",
    "—",
    "-",
    ",",
    ".",
    "!",
    "?",
    ";",
    "(",
    ")",
    "“",
    "”",
    "’s",
    "\n",
    " ",
    "  ",
    "Cold War",
    "post-World War I",
    "Joint Statement on the Order in the 21st Century",
    "Treaty of 1972",
    "signed in",
    "the agreement",
    "é",
    "ñ",
    "ß",
    "İ",
    "ﬁ",
    "Ω",
    "日本",
    "😀",
    "\u{200d}",
    "\u{0301}",
    "\u{feff}",
    "İstanbul",
    "ǅ",
    "Ⅻ",
    "٣",
    "１９９８",
    "\t",
    // forms of the fourth round
    "morning",
    "the early hours",
    "hours",
    "before",
    "half a",
    "half an",
    "a half",
    "every other",
    "end-",
    "/",
    "+",
    "20.03.2003",
    "31.13.2005",
    "1999/2000",
    "2019/20",
    "2010/05/12",
    "2009-12-19T17:00:00",
    "10:30:34",
    "+1300",
    "mid-century",
    "the turn of the century",
    "the first decade of the",
    "first week of",
    "that night",
    "the next morning",
    "preparations for",
    "takes effect",
    "postponed",
    "from",
    "to",
    "between",
    "and",
    "some time",
    "this time last year",
    "the 90s",
    "nineteen",
    // this session's forms: spans of two dates, a clock's zone and year, centuries
    // written together, quarters ended, seasons told by their year
    "–",
    "-",
    ", 2003",
    "Moscow time",
    "(Beijing time)",
    "at 10:30",
    "18th",
    "19th-21st",
    "centuries",
    "quarter ended",
    "the past winter",
    "the coming autumn",
    "summer of this year",
    "this year’s",
    "every April 1",
    "year on year",
    "week-long",
    "years of age",
    "the future of",
    "have seen",
    "is expected",
    "signed on",
    "April 26–27",
    "10–13 October",
    "April 24 and 30",
    "5 and 6 May",
    " and ",
    "this winter and spring",
    "autumn and",
    "the same period last year",
    "January-April",
    "The next day",
    "the year before",
    "the year after",
    "the first in two years",
    "last no more than",
    "the past 24 hours",
    "the first week of",
    "overnight",
    "an overnight train",
    "the early hours of",
    "the small hours of",
    "Sunday morning",
    "(1000 GMT) on",
    "noon",
    "the following spring",
    "That summer",
    "the previous spring",
    "by mid-morning",
    "in late afternoon",
    "just over",
    "for over a week",
    "could last months",
    "postponed until",
    "moved to",
    "is meeting",
    "The deadline is",
    "Until Tuesday,",
    "In the first half,",
    "ends",
    "a year earlier",
    "the fourth quarter",
    "announced on Twitter on",
    "that he would",
    "and will meet",
    "scheduled for",
    "on the 28th",
    "on the 31st",
    "Thursday to Sunday",
    "from Dec. 24 through Jan. 2",
    "Black Friday",
    "ended the year",
    "the quarter ending in",
    "on the 14th and 15th of",
    "will appear at 10 a.m.",
];

fn check(text: &str, published: Option<&str>) {
    let n = text.chars().count();
    for r in dates::extract(text, published) {
        assert!(
            r.start <= r.end && r.end <= n,
            "offsets {}..{} of {n}",
            r.start,
            r.end
        );
        let quoted: String = text.chars().skip(r.start).take(r.end - r.start).collect();
        assert_eq!(quoted, r.text, "in {text:?}");
    }
}

#[test]
fn random_mixes_never_panic_and_offsets_hold() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let dcts = [
        None,
        Some("1998-02-06"),
        Some("0001-01-01"),
        Some("9999-12-31"),
        Some("2024-02-29"),
        Some("garbage"),
    ];
    let cases: usize = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(4000);
    for case in 0..cases {
        let len = 1 + rng.below(30);
        let mut t = String::new();
        for _ in 0..len {
            if rng.below(8) == 0 {
                // any scalar value, including unassigned and combining ones
                let c = loop {
                    if let Some(c) = char::from_u32(rng.below(0x11_0000) as u32) {
                        break c;
                    }
                };
                t.push(c);
            } else {
                t.push_str(PIECES[rng.below(PIECES.len())]);
            }
            if rng.below(2) == 0 {
                t.push(' ');
            }
        }
        let dct = dcts[case % dcts.len()];
        check(&t, dct);
    }
}

#[test]
fn huge_numbers_and_edge_dates() {
    for t in [
        "April 99999999999",
        "99999999999 years ago and 99999999999 days later",
        "18446744073709551616 centuries from now",
        "In the 99999999999th century",
        "On December 31, 9999 and January 1, 0000",
        "the year 9999 or later, 2147483647 weeks ago",
        "4294967296 quarters earlier; 1e308 years",
        "The 9990s and the 0s",
    ] {
        for dct in [
            None,
            Some("1998-02-06"),
            Some("9999-12-31"),
            Some("0000-01-01"),
        ] {
            check(t, dct);
        }
    }
}

#[test]
fn a_one_megabyte_line() {
    let unit = "In April 1996 and on July 02, 2005, during the Cold War, 20 years ago, ";
    let mut t = String::with_capacity(1 << 20);
    while t.len() < 1 << 20 {
        t.push_str(unit);
        t.push('é');
    }
    let refs = dates::extract(&t, Some("2020-01-01"));
    assert!(refs.len() > 10_000);
    check(&t[..4096], Some("2020-01-01"));
    let n = t.chars().count();
    assert!(refs.iter().all(|r| r.end <= n));
}
