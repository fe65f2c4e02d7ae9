//! Logical lines: a text body cut into paragraph-sized lines. Hard-wrapped prose is
//! joined back; Markdown headings, lists, links and emphasis are reduced to plain text.

use crate::text::squeeze_ws;
use regex::Regex;
use std::sync::OnceLock;

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub text: String,
    /// Markdown heading level (1 for `#`), if the line is one.
    pub md_level: Option<u8>,
}

pub fn logical_lines(body: &str, markdown: bool) -> Vec<Line> {
    let body = body.replace("\r\n", "\n").replace('\r', "\n");
    let raw: Vec<&str> = body.lines().collect();
    let wrapped = markdown || is_hard_wrapped(&raw);
    let mut out: Vec<Line> = Vec::new();
    let mut block_open = false; // the last line of `out` may take a continuation
    let mut in_fence = false;
    for (i, l) in raw.iter().enumerate() {
        let t = l.trim();
        if markdown && t.starts_with("```") {
            in_fence = !in_fence;
            block_open = false;
            continue;
        }
        if in_fence {
            continue;
        }
        if t.is_empty() {
            block_open = false;
            continue;
        }
        if markdown {
            if let Some((level, text)) = md_heading(t) {
                out.push(Line {
                    text,
                    md_level: Some(level),
                });
                block_open = false;
                continue;
            }
            // setext underline turns the previous line into a heading
            if (t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-')) && t.len() >= 3 {
                if block_open && i > 0 {
                    if let Some(prev) = out.last_mut() {
                        prev.md_level = Some(if t.starts_with('=') { 1 } else { 2 });
                    }
                }
                block_open = false;
                continue;
            }
        }
        let (text, list_item) = if markdown {
            md_inline(t)
        } else {
            (squeeze_ws(t), false)
        };
        if text.is_empty() {
            continue;
        }
        let join = block_open
            && !list_item
            && out.last().is_some_and(|p| p.md_level.is_none())
            && (wrapped || starts_lower(&text));
        if join {
            let prev = out.last_mut().unwrap();
            prev.text.push(' ');
            prev.text.push_str(&text);
        } else {
            out.push(Line {
                text,
                md_level: None,
            });
        }
        // in wrapped text a short first line of a block (a heading) stands alone
        block_open = !(wrapped
            && !markdown
            && out
                .last()
                .is_some_and(|p| p.text.chars().count() < 50 && !join));
        if !wrapped {
            block_open = true;
        }
    }
    out
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

/// Prose broken at a fixed width: blank lines between blocks, most lines of similar
/// width and none much longer.
fn is_hard_wrapped(raw: &[&str]) -> bool {
    let lens: Vec<usize> = raw
        .iter()
        .map(|l| l.trim().chars().count())
        .filter(|&n| n > 0)
        .collect();
    if lens.len() < 4 || !raw.iter().any(|l| l.trim().is_empty()) {
        return false;
    }
    let max = *lens.iter().max().unwrap();
    let mid = lens.iter().filter(|&&n| (40..=100).contains(&n)).count();
    max <= 120 && mid * 10 >= lens.len() * 6
}

fn md_heading(t: &str) -> Option<(u8, String)> {
    let hashes = t.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &t[hashes..];
    if !rest.starts_with(' ') {
        return None;
    }
    let text = rest.trim().trim_end_matches('#').trim();
    let (text, _) = md_inline(text);
    (!text.is_empty()).then_some((hashes as u8, text))
}

/// Plain text of a Markdown line, and whether it was a list item.
fn md_inline(t: &str) -> (String, bool) {
    static R: OnceLock<[Regex; 5]> = OnceLock::new();
    let [image, link, list, emph, code] = R.get_or_init(|| {
        [
            Regex::new(r"!\[[^\]]*\]\([^)]*\)").unwrap(),
            Regex::new(r"\[([^\]]+)\]\([^)]*\)").unwrap(),
            Regex::new(r"^(?:[-*+]|\d{1,3}[.)])\s+").unwrap(),
            Regex::new(r"(\*\*|__|\*|\b_)([^*_]+?)(\*\*|__|\*|_\b)").unwrap(),
            Regex::new(r"`([^`]*)`").unwrap(),
        ]
    });
    let mut s = t.trim_start_matches('>').trim().to_string();
    let list_item = list.is_match(&s);
    if list_item {
        s = list.replace(&s, "").into_owned();
    }
    s = image.replace_all(&s, "").into_owned();
    s = link.replace_all(&s, "$1").into_owned();
    s = emph.replace_all(&s, "$2").into_owned();
    s = code.replace_all(&s, "$1").into_owned();
    (squeeze_ws(&s), list_item)
}

#[cfg(test)]
mod tests {
    use super::*;
    fn texts(v: &[Line]) -> Vec<&str> {
        v.iter().map(|l| l.text.as_str()).collect()
    }
    #[test]
    fn one_paragraph_a_line_with_continuations() {
        let v = logical_lines(
            "Title\nFirst paragraph.\ncontinued here.\nHeading\nSecond.",
            false,
        );
        assert_eq!(
            texts(&v),
            vec![
                "Title",
                "First paragraph. continued here.",
                "Heading",
                "Second."
            ]
        );
    }
    #[test]
    fn hard_wrapped_prose_is_joined() {
        let body = "Heading\n\nThis is a long line of prose that is wrapped at a fixed\nwidth by the editor. And this line continues the same\nparagraph until it ends.\n\nA second paragraph starts here and it is also wrapped at\nthe same width as the first one was wrapped.\n";
        let v = logical_lines(body, false);
        assert_eq!(v.len(), 3, "{v:?}");
        assert!(v[1].text.starts_with("This is") && v[1].text.ends_with("until it ends."));
    }
    #[test]
    fn markdown() {
        let v = logical_lines("# Title\n\nSome **bold** and [a link](http://x) text\nwrapped.\n\n## Part\n\n- item one\n- item two\n", true);
        assert_eq!(
            v[0],
            Line {
                text: "Title".into(),
                md_level: Some(1)
            }
        );
        assert_eq!(v[1].text, "Some bold and a link text wrapped.");
        assert_eq!(v[2].md_level, Some(2));
        assert_eq!(texts(&v[3..]), vec!["item one", "item two"]);
    }
}
