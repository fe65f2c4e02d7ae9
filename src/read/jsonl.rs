//! JSON Lines: one article a line with `title`, `text` or `body`, `url`, `author`,
//! `published`, `source`, `language`; every other field is kept in `meta`.

use super::{InputError, RawDoc, MAX_LINE_BYTES};
use serde_json::Value;
use std::io::BufRead;

/// Calls `f` with each article or error of a JSON Lines stream, line by line, never
/// holding more than one line (at most [`MAX_LINE_BYTES`]) in memory.
pub fn for_each(
    path: &str,
    mut reader: impl BufRead,
    mut f: impl FnMut(Result<RawDoc, InputError>),
) {
    let mut buf = Vec::new();
    let mut n = 0usize;
    let mut saw_any = false;
    loop {
        buf.clear();
        n += 1;
        match read_line_limited(&mut reader, &mut buf, MAX_LINE_BYTES) {
            Ok(LineRead::Eof) => break,
            Ok(LineRead::TooLong) => {
                saw_any = true;
                f(Err(InputError::new(
                    path,
                    Some(n),
                    format!("line is longer than {} MiB", MAX_LINE_BYTES >> 20),
                )));
                continue;
            }
            Ok(LineRead::Line) => {}
            Err(e) => {
                f(Err(InputError::new(
                    path,
                    Some(n),
                    format!("cannot read: {e}"),
                )));
                return;
            }
        }
        let line = match std::str::from_utf8(&buf) {
            Ok(s) => s.trim(),
            Err(e) => {
                saw_any = true;
                f(Err(InputError::new(
                    path,
                    Some(n),
                    format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
                )));
                continue;
            }
        };
        if line.is_empty() {
            continue;
        }
        saw_any = true;
        f(parse_line(path, n, line));
    }
    if !saw_any {
        f(Err(InputError::new(path, None, "empty file")));
    }
}

enum LineRead {
    Line,
    TooLong,
    Eof,
}

/// Reads up to the next newline into `buf`; a line over `limit` bytes is skipped to its
/// end and reported as too long without being kept.
fn read_line_limited(
    r: &mut impl BufRead,
    buf: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<LineRead> {
    let mut too_long = false;
    let mut any = false;
    loop {
        let avail = r.fill_buf()?;
        if avail.is_empty() {
            return Ok(if !any {
                LineRead::Eof
            } else if too_long {
                LineRead::TooLong
            } else {
                LineRead::Line
            });
        }
        any = true;
        let (chunk, done) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (&avail[..i], i + 1),
            None => (avail, avail.len()),
        };
        let found_nl = done <= avail.len() && avail.get(done - 1) == Some(&b'\n');
        if !too_long {
            if buf.len() + chunk.len() > limit {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        r.consume(done);
        if found_nl {
            return Ok(if too_long {
                LineRead::TooLong
            } else {
                LineRead::Line
            });
        }
    }
}

fn parse_line(path: &str, n: usize, line: &str) -> Result<RawDoc, InputError> {
    let err = |m: String| InputError::new(path, Some(n), m);
    let v: Value = serde_json::from_str(line).map_err(|e| err(format!("malformed JSON: {e}")))?;
    let Value::Object(mut obj) = v else {
        return Err(err("expected a JSON object".into()));
    };
    let mut take = |k: &str| -> Result<Option<String>, InputError> {
        match obj.remove(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(Value::Number(x)) => Ok(Some(x.to_string())),
            Some(_) => Err(err(format!("field \"{k}\" must be a string"))),
        }
    };
    let text = take("text")?;
    let body = take("body")?;
    let body = match (text, body) {
        (Some(t), _) if !t.trim().is_empty() => t,
        (_, Some(b)) if !b.trim().is_empty() => b,
        _ => return Err(err("no \"text\" or \"body\" field with text".into())),
    };
    let mut meta = crate::model::Meta::default();
    for k in ["title", "author", "published", "url", "source", "language"] {
        if let Some(v) = take(k)? {
            meta.set(k, v, true);
        }
    }
    meta.extra = obj;
    Ok(RawDoc {
        path: path.to_string(),
        line: Some(n),
        markdown: false,
        body,
        meta,
    })
}

/// Calls `f` with each record of a JSON Lines file (or stdin for `-`) parsed as `T`; a
/// malformed line is reported on stderr with its file and line and skipped. Returns the
/// number of malformed lines.
pub fn for_each_record<T: serde::de::DeserializeOwned>(
    path: &std::path::Path,
    mut f: impl FnMut(T) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    use anyhow::Context;
    let name = path.display().to_string();
    let reader: Box<dyn BufRead> = if name == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        let file = std::fs::File::open(path).with_context(|| format!("{name}: cannot open"))?;
        Box::new(std::io::BufReader::new(file))
    };
    let mut failed = 0;
    for (i, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("{name}:{}: cannot read", i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str(&line) {
            Ok(rec) => f(rec)?,
            Err(e) => {
                eprintln!(
                    "{}",
                    InputError::new(&name, Some(i + 1), format!("malformed JSON: {e}"))
                );
                failed += 1;
            }
        }
    }
    Ok(failed)
}

#[cfg(test)]
mod tests {
    use super::*;
    fn collect(s: &str) -> Vec<Result<RawDoc, InputError>> {
        let mut v = Vec::new();
        for_each("x.jsonl", s.as_bytes(), |r| v.push(r));
        v
    }
    #[test]
    fn fields_meta_and_errors() {
        let v = collect(
            "{\"title\":\"T\",\"body\":\"B b.\",\"tags\":[1]}\n\n{bad\n{\"title\":\"x\"}\n",
        );
        assert_eq!(v.len(), 3);
        let d = v[0].as_ref().unwrap();
        assert_eq!(d.meta.title.as_deref(), Some("T"));
        assert_eq!(d.body, "B b.");
        assert!(d.meta.extra.contains_key("tags"));
        let e = v[1].as_ref().unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(e.to_string().starts_with("x.jsonl:3: malformed JSON"));
        assert!(v[2].as_ref().unwrap_err().message.contains("no \"text\""));
    }
    #[test]
    fn long_line_is_reported_not_kept() {
        let mut r = std::io::BufReader::with_capacity(8, "aaaaaaaaaaaaaaaaaaaa\nbb\n".as_bytes());
        let mut buf = Vec::new();
        assert!(matches!(
            read_line_limited(&mut r, &mut buf, 10).unwrap(),
            LineRead::TooLong
        ));
        buf.clear();
        assert!(matches!(
            read_line_limited(&mut r, &mut buf, 10).unwrap(),
            LineRead::Line
        ));
        assert_eq!(buf, b"bb");
    }
}
