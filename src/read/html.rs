//! HTML pages: decoding, metadata from the page, and the main text as Markdown-like blocks
//! (`# heading` lines and paragraphs), so that HTML articles go through the same cleaning,
//! sections, sentences and offsets as text ones.
//!
//! The main text comes from `dom_smoothie` (a port of Mozilla's Readability: F1 0.951 on
//! the article-extraction benchmark at about 190 pages/s on one core, the fastest of the
//! well-scoring extractors and the lightest to build; see ARCHITECTURE.md). This module is
//! the only place that knows about it, so the extractor can change here alone.

use crate::model::Meta;
use dom_query::Document;
use dom_smoothie::{Config, Readability};

/// What a page yields: its main text as blocks, and what the page says about itself.
#[derive(Debug, Default)]
pub struct Page {
    /// `# heading` lines and paragraphs separated by blank lines.
    pub body: String,
    pub meta: Meta,
}

/// Decodes page bytes: a byte-order mark, else the `<meta charset>` (or `http-equiv`)
/// declaration, else UTF-8. A page that declares UTF-8 (or nothing) but is not is an error
/// naming the byte; declared legacy encodings (windows-1251, latin-1, …) are decoded.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (s, _, bad) = enc.decode(&bytes[bom..]);
        return if bad && enc == encoding_rs::UTF_8 {
            Err("invalid UTF-8".into())
        } else {
            Ok(s.into_owned())
        };
    }
    let declared = declared_charset(&bytes[..bytes.len().min(4096)]);
    let enc = declared
        .as_deref()
        .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()));
    match enc {
        Some(e) if e != encoding_rs::UTF_8 => {
            let (s, _) = e.decode_without_bom_handling(bytes);
            Ok(s.into_owned())
        }
        _ => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => Err(format!(
                "invalid UTF-8 at byte {} in a page that {}",
                e.valid_up_to(),
                if declared.is_some() {
                    "declares UTF-8"
                } else {
                    "declares no charset"
                }
            )),
        },
    }
}

/// The charset a page declares in its head: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">`.
fn declared_charset(head: &[u8]) -> Option<String> {
    let h = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = h[from..].find("charset") {
        let at = from + i + "charset".len();
        let rest = h[at..].trim_start();
        if let Some(rest) = rest.strip_prefix('=') {
            let v: String = rest
                .trim_start()
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                .collect();
            if !v.is_empty() {
                return Some(v);
            }
        }
        from = at;
    }
    None
}

/// Whether bytes look like an HTML page (for files without an .html extension).
pub fn sniff(head: &[u8]) -> bool {
    let s = String::from_utf8_lossy(&head[..head.len().min(1024)]).to_ascii_lowercase();
    let t = s.trim_start_matches('\u{feff}').trim_start();
    t.starts_with("<!doctype html")
        || t.starts_with("<html")
        || t.starts_with("<?xml") && s.contains("<html")
}

/// Values of a `<meta>` that name no person: platforms, sites, roles.
fn is_person(name: &str) -> bool {
    let n = name.trim();
    let l = n.to_lowercase();
    let words = n.split_whitespace().count();
    !n.is_empty()
        && words <= 6
        && !l.contains("http")
        && !l.contains('@')
        && !l.contains(".com")
        && !matches!(
            l.as_str(),
            "twitter"
                | "facebook"
                | "admin"
                | "administrator"
                | "editor"
                | "staff"
                | "news"
                | "web"
                | "webmaster"
                | "unknown"
                | "anonymous"
                | "guest"
                | "press service"
        )
        && n.chars().next().is_some_and(char::is_alphabetic)
}

fn clean(s: &str) -> String {
    crate::text::squeeze_ws(s).trim().to_string()
}

/// A page's title without a " | Site" or " - Site" suffix naming the site.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " — ", " – ", " - ", " :: ", " « "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_is_site = site.is_some_and(|s| {
                let (a, b) = (tail.trim().to_lowercase(), s.trim().to_lowercase());
                a == b || a.contains(&b) || b.contains(&a)
            });
            if tail_is_site || (tail.split_whitespace().count() <= 4 && head.len() > tail.len()) {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// Extracts metadata and the main text of a decoded page.
pub fn extract(html: &str) -> Result<Page, String> {
    let doc = Document::from(html);
    let meta_content = |sel: &str| -> Option<String> {
        doc.select(sel)
            .iter()
            .filter_map(|m| m.attr("content").map(|c| clean(&c)))
            .find(|c| !c.is_empty())
    };
    let mut m = Meta::default();
    let site = meta_content(r#"meta[property="og:site_name"]"#)
        .or_else(|| meta_content(r#"meta[name="application-name"]"#));
    let h1 = doc
        .select("h1")
        .iter()
        .map(|h| clean(&h.text()))
        .find(|t| !t.is_empty());
    let title_tag = doc
        .select("title")
        .iter()
        .map(|t| clean(&t.text()))
        .find(|t| !t.is_empty());
    m.title = meta_content(r#"meta[property="og:title"]"#)
        .or(h1)
        .or_else(|| title_tag.map(|t| strip_site_suffix(&t, site.as_deref())));
    m.url = doc
        .select(r#"link[rel="canonical"]"#)
        .iter()
        .filter_map(|l| l.attr("href").map(|h| h.trim().to_string()))
        .find(|h| h.starts_with("http"))
        .or_else(|| meta_content(r#"meta[property="og:url"]"#));
    m.source = site.clone().or_else(|| {
        m.url.as_deref().and_then(|u| {
            u.split("://")
                .nth(1)
                .and_then(|r| r.split('/').next())
                .map(|h| h.trim_start_matches("www.").to_string())
        })
    });
    m.language = doc
        .select("html")
        .iter()
        .find_map(|h| h.attr("lang").map(|l| l.trim().to_string()))
        .filter(|l| !l.is_empty());
    // microdata: the page's own datePublished (a visible <time> first), not a photo's or a
    // video's beside it (its siblings carry contentUrl or thumbnailUrl)
    let own_date = {
        let dates = doc.select(r#"[itemprop="datePublished"]"#);
        let media = |t: &dom_query::Selection| {
            t.nodes().first().is_some_and(|n| {
                n.ancestors_it(Some(3)).any(|a| {
                    a.attr("itemtype").is_some_and(|ty| {
                        ["Image", "Video", "Media", "Photo", "Audio"]
                            .iter()
                            .any(|k| ty.contains(k))
                    })
                }) || n.parent().is_some_and(|p| {
                    p.children().iter().any(|c| {
                        c.attr("itemprop").is_some_and(|v| {
                            matches!(&*v, "contentUrl" | "thumbnailUrl" | "embedUrl")
                        })
                    })
                })
            })
        };
        let value = |t: &dom_query::Selection| {
            t.attr("datetime")
                .or_else(|| t.attr("content"))
                .map(|d| d.trim().to_string())
                .filter(|d| !d.is_empty())
        };
        let visible = dates
            .iter()
            .filter(|t| !t.is("meta") && !media(t))
            .find_map(|t| value(&t));
        visible.or_else(|| dates.iter().filter(|t| !media(t)).find_map(|t| value(&t)))
    };
    let published = meta_content(r#"meta[property="article:published_time"]"#)
        .or(own_date)
        .or_else(|| meta_content(r#"meta[name="date"]"#))
        .or_else(|| meta_content(r#"meta[name="pubdate"]"#))
        .or_else(|| meta_content(r#"meta[name="DC.date.issued"]"#))
        .or_else(|| {
            doc.select("time[datetime]")
                .iter()
                .find_map(|t| t.attr("datetime").map(|d| d.trim().to_string()))
                .filter(|d| !d.is_empty())
        });
    let author = meta_content(r#"meta[name="author"]"#)
        .or_else(|| meta_content(r#"meta[property="article:author"]"#))
        .or_else(|| {
            doc.select(r#"[rel="author"], [itemprop="author"]"#)
                .iter()
                .map(|a| clean(&a.text()))
                .find(|a| !a.is_empty())
        })
        .filter(|a| is_person(a));

    // a lead marked up as the entry's summary (microformats p-summary, schema.org
    // description) often sits outside the body the extractor keeps
    let summary = doc
        .select(r#".p-summary, .entry-summary, [itemprop="description"]"#)
        .iter()
        .filter(|e| !e.is("meta"))
        .map(|e| clean(&e.text()))
        .find(|t| crate::text::word_count(t) >= 5);
    // what a reader never sees: tooltips, hidden copies, templates
    doc.select(
        r#"[hidden], [aria-hidden="true"], .hidden, [style*="display:none"], [style*="display: none"], template"#,
    )
    .remove();
    let cfg = Config {
        max_elements_to_parse: 0,
        ..Default::default()
    };
    let mut r = Readability::with_document(doc, None, Some(cfg)).map_err(|e| e.to_string())?;
    let json_ld = r.parse_json_ld();
    let article = r.parse().map_err(|e| format!("no article text ({e})"))?;
    m.published = published.or_else(|| json_ld.as_ref().and_then(|j| j.published_time.clone()));
    m.author = author.or_else(|| {
        json_ld
            .as_ref()
            .and_then(|j| j.byline.clone())
            .filter(|a| is_person(a))
    });
    if m.title.is_none() && !article.title.trim().is_empty() {
        m.title = Some(clean(&article.title));
    }
    let mut body = blocks(&article.content);
    if let Some(lead) = summary {
        let probe: String = lead.chars().take(60).collect();
        if !body.contains(&probe) {
            body = format!("{lead}\n\n{body}");
        }
    }
    // a menu or a lone link is not an article
    if crate::text::word_count(&body) < 5 {
        return Err("no article text".into());
    }
    Ok(Page { body, meta: m })
}

/// The cleaned article HTML as blocks: headings as `# …` lines, then every paragraph-like
/// element (the innermost ones: a `<p>` inside a `<blockquote>` is its own block).
fn blocks(content: &str) -> String {
    const BLOCKS: &str =
        "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, dd, dt, td, th, figcaption";
    let doc = Document::from(content);
    let mut out = String::new();
    for b in doc.select(BLOCKS).iter() {
        if b.select(BLOCKS).exists() {
            continue; // its inner blocks come on their own
        }
        let text = clean(&b.text());
        if text.is_empty() {
            continue;
        }
        let name = b
            .nodes()
            .first()
            .and_then(|n| n.node_name())
            .map(|n| n.to_string())
            .unwrap_or_default();
        if let Some(level) = name.strip_prefix('h').and_then(|l| l.parse::<usize>().ok()) {
            out.push_str(&"#".repeat(level.clamp(1, 6)));
            out.push(' ');
        }
        out.push_str(&text);
        out.push_str("\n\n");
    }
    if out.trim().is_empty() {
        // no block elements: the text itself, by lines
        let text = doc.select("body").text();
        for l in text.lines().map(clean).filter(|l| !l.is_empty()) {
            out.push_str(&l);
            out.push_str("\n\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Grain corridor talks resume | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Twitter">
<link rel="canonical" href="https://example.org/news/grain">
<meta property="article:published_time" content="2023-07-18T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Grain corridor talks resume</h1>
<p>Negotiators met in Istanbul on Monday to discuss the Black Sea grain corridor, which
expired last week after a year in force. Officials said the talks were constructive.</p>
<h2>What is at stake</h2>
<p>The corridor carried more than thirty million tonnes of grain to world markets, and its
end has raised prices in importing countries across Africa and the Middle East.</p>
<blockquote><p>“We want the corridor back,” one delegate said.</p></blockquote>
<p>Talks continue on Tuesday, according to the organisers of the meeting in Istanbul.</p>
</article><footer>Share this article · Subscribe</footer></body></html>"#;

    #[test]
    fn metadata_and_blocks() {
        let p = extract(PAGE).unwrap();
        assert_eq!(p.meta.title.as_deref(), Some("Grain corridor talks resume"));
        assert_eq!(
            p.meta.url.as_deref(),
            Some("https://example.org/news/grain")
        );
        assert_eq!(p.meta.source.as_deref(), Some("Example News"));
        assert_eq!(p.meta.published.as_deref(), Some("2023-07-18T09:00:00Z"));
        assert_eq!(p.meta.author, None, "Twitter is not a person");
        assert!(p.body.contains("## What is at stake\n\n"), "{}", p.body);
        assert!(p
            .body
            .contains("“We want the corridor back,” one delegate said."));
        assert!(!p.body.contains("Subscribe"));
        assert!(!p.body.contains("Home"));
    }

    #[test]
    fn encodings() {
        let cp1251 = b"<html><head><meta charset=\"windows-1251\"></head><body><p>\xcf\xf0\xe8\xe2\xe5\xf2</p></body></html>";
        assert!(decode(cp1251).unwrap().contains("Привет"));
        let latin1 = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>caf\xe9</body></html>";
        assert!(decode(latin1).unwrap().contains("café"));
        let bad = b"<html><head><meta charset=\"utf-8\"></head><body>caf\xe9</body></html>";
        assert!(decode(bad).unwrap_err().contains("declares UTF-8"));
        assert_eq!(
            strip_site_suffix("A story - Example News", Some("Example News")),
            "A story"
        );
    }

    #[test]
    fn a_page_without_text_is_an_error() {
        let e = extract("<html><body><nav><a href='/'>Home</a></nav></body></html>").unwrap_err();
        assert!(e.contains("no article text"), "{e}");
    }
}
