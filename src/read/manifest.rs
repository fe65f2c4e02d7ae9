//! `--manifest FILE.csv`: per-file metadata for a batch. Columns: `path` (required; matched
//! against the input's path as given, its canonical path, or its file name) and any of
//! `title`, `author`, `published`, `url`, `source`, `language`; other columns go to `meta`.

use super::RawDoc;
use anyhow::{bail, Context, Result};
use std::collections::HashMap;
use std::path::Path;

#[derive(Default)]
pub struct Manifest {
    rows: HashMap<String, Vec<(String, String)>>,
}

impl Manifest {
    pub fn load(path: &Path) -> Result<Manifest> {
        let mut rdr = csv::Reader::from_path(path)
            .with_context(|| format!("{}: cannot read manifest", path.display()))?;
        let headers = rdr
            .headers()
            .with_context(|| format!("{}:1: bad header", path.display()))?
            .clone();
        let Some(pcol) = headers.iter().position(|h| h.trim() == "path") else {
            bail!("{}:1: manifest has no \"path\" column", path.display());
        };
        let mut rows = HashMap::new();
        for (i, rec) in rdr.records().enumerate() {
            let rec = rec.with_context(|| format!("{}:{}: bad CSV row", path.display(), i + 2))?;
            let key = rec.get(pcol).unwrap_or("").trim().to_string();
            if key.is_empty() {
                bail!("{}:{}: empty path", path.display(), i + 2);
            }
            let fields = headers
                .iter()
                .zip(rec.iter())
                .filter(|(h, v)| h.trim() != "path" && !v.trim().is_empty())
                .map(|(h, v)| (h.trim().to_string(), v.trim().to_string()))
                .collect();
            rows.insert(key, fields);
        }
        Ok(Manifest { rows })
    }

    fn lookup(&self, path: &str) -> Option<&Vec<(String, String)>> {
        if let Some(r) = self.rows.get(path) {
            return Some(r);
        }
        let p = Path::new(path);
        if let Ok(c) = p.canonicalize() {
            if let Some(r) = self.rows.get(&c.display().to_string()) {
                return Some(r);
            }
        }
        let name = p.file_name()?.to_string_lossy();
        self.rows.get(name.as_ref())
    }

    /// Overrides `doc`'s metadata with the manifest row for its path, if any.
    pub fn apply(&self, doc: &mut RawDoc) {
        let Some(fields) = self.lookup(&doc.path) else {
            return;
        };
        for (k, v) in fields {
            doc.meta.set(k, v.clone(), true);
        }
    }
}
