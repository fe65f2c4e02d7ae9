//! One article through the pipeline: read → clean → segment → analyse. Pure: no database.

use crate::analyse::{self, concepts::Lexicon};
use crate::clean;
use crate::model::Article;
use crate::read::{InputError, RawDoc};
use crate::segment;

/// An ISO-8601 date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) from a metadata value such as
/// "2023-05-01T10:00:00Z", "May 1, 2023" or "1 May 2023"; `None` if it names no date.
pub fn normalize_date(s: &str) -> Option<String> {
    let t = s.trim();
    let b = t.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    if digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
    {
        let d = &t[..10];
        return chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .ok()
            .map(|_| d.to_string());
    }
    if t.len() == 7 && digits(0..4) && b[4] == b'-' && digits(5..7) {
        return Some(t.to_string());
    }
    if t.len() == 4 && digits(0..4) {
        return Some(t.to_string());
    }
    let refs = analyse::dates::extract(t, None);
    refs.into_iter()
        .find(|r| {
            r.kind == "DATE" && matches!(r.granularity.as_deref(), Some("day" | "month" | "year"))
        })
        .and_then(|r| r.value)
}

/// Cleans, segments and analyses one raw document.
pub fn prepare(doc: RawDoc, lexicon: &Lexicon) -> Result<Article, InputError> {
    let a = structure(doc)?;
    Ok(analyse_article(a, lexicon))
}

/// Clean and segment, without analysis (the content hash is known after this step).
pub fn structure(doc: RawDoc) -> Result<Article, InputError> {
    let c = clean::clean(&doc.body, doc.markdown, doc.meta.title.as_deref());
    let mut meta = doc.meta;
    meta.published = match meta.published.take() {
        Some(p) => normalize_date(&p).or_else(|| {
            meta.extra.insert("published_raw".into(), p.into());
            None
        }),
        None => c.dateline.as_deref().and_then(normalize_date),
    };
    meta.language.get_or_insert_with(|| "en".into());
    meta.source_path = Some(match doc.line {
        Some(l) => format!("{}:{}", doc.path, l),
        None => doc.path.clone(),
    });
    let a = segment::build(&c, meta);
    if a.sentences.is_empty() {
        return Err(InputError::new(
            &doc.path,
            doc.line,
            "no article text found",
        ));
    }
    Ok(a)
}

pub fn analyse_article(mut a: Article, lexicon: &Lexicon) -> Article {
    a.analysis = analyse::analyse(&a, lexicon);
    a
}

#[cfg(test)]
mod tests {
    use super::normalize_date;
    #[test]
    fn dates() {
        assert_eq!(
            normalize_date("2023-05-01T10:00:00Z").as_deref(),
            Some("2023-05-01")
        );
        assert_eq!(normalize_date("May 1, 2023").as_deref(), Some("2023-05-01"));
        assert_eq!(normalize_date("1 May 2023").as_deref(), Some("2023-05-01"));
        assert_eq!(normalize_date("2023").as_deref(), Some("2023"));
        assert_eq!(normalize_date("soon"), None);
    }
}
