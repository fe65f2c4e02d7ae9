//! Kremlin page (HTML) to a plain-text article shaped like a saved scrape: title on the
//! first line, then one paragraph a line. Used by examples/kremlin_text.rs (benchmark
//! corpus) and by tests/kremlin.rs (the text rules on pages they were not written for).
//! Not the HTML ingest of the tool itself.
#![allow(dead_code)]

use regex::Regex;
use std::sync::OnceLock;

fn decode(s: &str) -> String {
    s.replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&rsquo;", "’")
        .replace("&lsquo;", "‘")
        .replace("&ldquo;", "“")
        .replace("&rdquo;", "”")
        .replace("&mdash;", "—")
        .replace("&ndash;", "–")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The article text of one page, or `None` when it has no article body.
pub fn page_to_text(html: &str, title: &str) -> Option<String> {
    static R: OnceLock<(Regex, Regex, Regex)> = OnceLock::new();
    let (body, para, tag) = R.get_or_init(|| {
        (
            Regex::new(r#"(?s)itemprop="articleBody">(.*?)<div class="read__bottommeta"#).unwrap(),
            Regex::new(r"(?s)<p[^>]*>(.*?)</p>").unwrap(),
            Regex::new(r"<[^>]+>").unwrap(),
        )
    });
    let b = body.captures(html)?;
    let paras: Vec<String> = para
        .captures_iter(&b[1])
        .map(|c| {
            decode(&tag.replace_all(&c[1], ""))
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|p| !p.is_empty())
        .collect();
    (!paras.is_empty()).then(|| format!("{title}\n{}\n", paras.join("\n")))
}
