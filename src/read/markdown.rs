//! Markdown front matter: a `---` block of `key: value` lines at the top of a file (as
//! Jekyll, Hugo and most static-site tools write it). `title`, `author`, `date` or
//! `published`, `url` or `link`, `source`, `lang` or `language` fill the metadata; other
//! keys go to `meta`. Lists and nested values are kept as their text.

use super::RawDoc;

/// Takes the front matter off `doc.body` into `doc`'s metadata; returns whether there was
/// one. Values already set are kept.
pub fn take_front_matter(doc: &mut RawDoc) -> bool {
    let body = doc.body.trim_start_matches('\u{feff}');
    let Some(rest) = body
        .strip_prefix("---\n")
        .or_else(|| body.strip_prefix("---\r\n"))
    else {
        return false;
    };
    let Some(end) = rest.find("\n---").filter(|&e| {
        let after = &rest[e + 4..];
        after.is_empty() || after.starts_with('\n') || after.starts_with("\r\n")
    }) else {
        return false;
    };
    let block = &rest[..end];
    let mut fields = Vec::new();
    for line in block.lines() {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        if k.starts_with(char::is_whitespace) || k.trim().is_empty() {
            continue; // nested or list item
        }
        let v = v.trim().trim_matches(|c| c == '"' || c == '\'').to_string();
        if !v.is_empty() {
            fields.push((k.trim().to_lowercase(), v));
        }
    }
    let after = &rest[end + 4..];
    doc.body = after.trim_start_matches(['\r', '\n']).to_string();
    for (k, v) in fields {
        let key = match k.as_str() {
            "authors" => "author",
            "date" | "pubdate" => "published",
            "link" | "canonical_url" => "url",
            "site" | "publisher" => "source",
            "lang" => "language",
            other => other,
        };
        doc.meta.set(key, v, false);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn front_matter_fills_metadata() {
        let mut d = RawDoc {
            body: "---\ntitle: \"A Title\"\ndate: 2023-05-01\ntags:\n  - x\ncategory: Europe\n---\n\n# Heading\n\nText.\n".into(),
            ..Default::default()
        };
        assert!(take_front_matter(&mut d));
        assert_eq!(d.meta.title.as_deref(), Some("A Title"));
        assert_eq!(d.meta.published.as_deref(), Some("2023-05-01"));
        assert_eq!(d.meta.extra["category"], "Europe");
        assert!(d.body.starts_with("# Heading"));
        let mut plain = RawDoc {
            body: "No front matter\n---\n".into(),
            ..Default::default()
        };
        assert!(!take_front_matter(&mut plain));
    }
}
