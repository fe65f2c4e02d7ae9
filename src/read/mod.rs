//! Reading inputs: files, directories and stdin, in plain text, Markdown, JSON Lines or HTML,
//! into [`RawDoc`]s. Every problem becomes an [`InputError`] naming the file and line.

pub mod html;
pub mod jsonl;
pub mod manifest;
pub mod markdown;

use crate::model::Meta;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Largest file read as one article (text or Markdown).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Longest line accepted anywhere (a JSON Lines record or a text line).
pub const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Jsonl,
    Html,
}

/// One article as read, before cleaning.
#[derive(Clone, Debug, Default)]
pub struct RawDoc {
    pub path: String,
    pub line: Option<usize>,
    pub markdown: bool,
    pub body: String,
    /// Metadata the input gave (fields, flags, manifest, front matter), as written.
    pub meta: Meta,
}

/// A problem with one input (a file, or one line of a JSON Lines file).
#[derive(Clone, Debug)]
pub struct InputError {
    pub path: String,
    pub line: Option<usize>,
    pub message: String,
}

impl InputError {
    pub fn new(path: &str, line: Option<usize>, message: impl Into<String>) -> Self {
        InputError {
            path: path.to_string(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path, l, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// Expands the command line's inputs into files (directories recursively, sorted), keeping
/// `-` for stdin. Unreadable directories become errors.
pub fn expand_inputs(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            files.push(input.clone());
            continue;
        }
        if input.is_dir() {
            let walk = walkdir::WalkDir::new(input).sort_by_file_name();
            for entry in walk {
                match entry {
                    // a symlink to a file is read; a broken one is reported when read
                    Ok(e)
                        if e.file_type().is_file()
                            || (e.path_is_symlink() && !e.path().is_dir()) =>
                    {
                        let name = e.file_name().to_string_lossy();
                        if !name.starts_with('.') && is_article_file(e.path()) {
                            files.push(e.into_path());
                        }
                    }
                    Ok(_) => {}
                    Err(e) => {
                        let p = e.path().unwrap_or(input).display().to_string();
                        errors.push(InputError::new(&p, None, format!("cannot read: {e}")));
                    }
                }
            }
        } else if input.exists() {
            files.push(input.clone());
        } else {
            errors.push(InputError::new(
                &input.display().to_string(),
                None,
                "no such file or directory",
            ));
        }
    }
    (files, errors)
}

/// In a directory walk, only files that can hold articles are read: known article
/// extensions and files with none (a manifest CSV or a database beside them is skipped).
/// Files named on the command line are always read.
pub fn is_article_file(path: &Path) -> bool {
    match path.extension().map(|e| e.to_string_lossy().to_lowercase()) {
        None => true,
        Some(e) => matches!(
            e.as_str(),
            "txt" | "text" | "md" | "markdown" | "jsonl" | "ndjson" | "html" | "htm" | "xhtml"
        ),
    }
}

/// The format of a file: forced, else by extension, else by content.
pub fn detect(path: &Path, head: &[u8], forced: Option<Format>) -> Format {
    if let Some(f) = forced {
        return f;
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "jsonl" | "ndjson" => return Format::Jsonl,
        "md" | "markdown" => return Format::Markdown,
        "txt" | "text" => return Format::Text,
        "html" | "htm" | "xhtml" => return Format::Html,
        _ => {}
    }
    if html::sniff(head) {
        return Format::Html;
    }
    let s = String::from_utf8_lossy(&head[..head.len().min(4096)]);
    let t = s.trim_start();
    if t.starts_with('{') {
        Format::Jsonl
    } else if t.starts_with("# ")
        || t.starts_with("---\n")
        || s.contains("\n## ")
        || s.contains("\n# ")
    {
        Format::Markdown
    } else {
        Format::Text
    }
}

/// Reads all bytes of a file or stdin, refusing files over [`MAX_FILE_BYTES`] for text.
pub fn read_bytes(path: &Path, limit: Option<u64>) -> Result<Vec<u8>, InputError> {
    let name = path.display().to_string();
    let err = |m: String| InputError::new(&name, None, m);
    let mut buf = Vec::new();
    if path.as_os_str() == "-" {
        let mut r = std::io::stdin().lock();
        match limit {
            Some(l) => r.take(l + 1).read_to_end(&mut buf),
            None => r.read_to_end(&mut buf),
        }
        .map_err(|e| err(format!("cannot read stdin: {e}")))?;
    } else {
        let f = std::fs::File::open(path).map_err(|e| err(format!("cannot open: {e}")))?;
        match limit {
            Some(l) => f.take(l + 1).read_to_end(&mut buf),
            None => (&f).read_to_end(&mut buf),
        }
        .map_err(|e| err(format!("cannot read: {e}")))?;
    }
    if let Some(l) = limit {
        if buf.len() as u64 > l {
            return Err(err(format!("file is larger than {} MiB", l >> 20)));
        }
    }
    Ok(buf)
}

/// Checks that `bytes` are non-empty UTF-8 text; names the line of the first bad byte.
pub fn check_text(path: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(InputError::new(path, None, "empty file"));
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        let line = bytes[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err(InputError::new(
            path,
            Some(line),
            "binary data (NUL byte), not text",
        ));
    }
    let bytes = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    match String::from_utf8(bytes) {
        Ok(s) => {
            if let Some((n, _)) = s
                .lines()
                .enumerate()
                .find(|(_, l)| l.len() > MAX_LINE_BYTES)
            {
                return Err(InputError::new(
                    path,
                    Some(n + 1),
                    format!("line is longer than {} MiB", MAX_LINE_BYTES >> 20),
                ));
            }
            Ok(s)
        }
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let b = e.as_bytes();
            let line = b[..pos].iter().filter(|&&c| c == b'\n').count() + 1;
            Err(InputError::new(
                path,
                Some(line),
                format!("invalid UTF-8 at byte {pos}"),
            ))
        }
    }
}

/// The whole text of a file, or of stdin for `-`, checked as for an article.
pub fn read_text(path: &Path) -> anyhow::Result<String> {
    let name = path.display().to_string();
    let bytes = read_bytes(path, Some(MAX_FILE_BYTES)).map_err(|e| anyhow::anyhow!("{e}"))?;
    check_text(&name, bytes).map_err(|e| anyhow::anyhow!("{e}"))
}

/// Reads one HTML page from `path`: decoded, its metadata read, its main text as blocks.
pub fn read_html_article(path: &Path) -> Result<RawDoc, InputError> {
    let name = path.display().to_string();
    let err = |m: String| InputError::new(&name, None, m);
    let bytes = read_bytes(path, Some(MAX_FILE_BYTES))?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(err("empty file".into()));
    }
    if bytes.contains(&0) {
        return Err(err("binary data (NUL byte), not an HTML page".into()));
    }
    let text = html::decode(&bytes).map_err(err)?;
    let page = html::extract(&text).map_err(err)?;
    Ok(RawDoc {
        path: name,
        markdown: true,
        body: page.body,
        meta: page.meta,
        ..Default::default()
    })
}

/// Reads one text or Markdown article from `path`.
pub fn read_text_article(path: &Path, markdown: bool) -> Result<RawDoc, InputError> {
    let name = path.display().to_string();
    let bytes = read_bytes(path, Some(MAX_FILE_BYTES))?;
    let body = check_text(&name, bytes)?;
    let mut doc = RawDoc {
        path: name,
        markdown,
        body,
        ..Default::default()
    };
    if markdown {
        markdown::take_front_matter(&mut doc);
    }
    Ok(doc)
}
