//! Canned analyses: `.sql` files with a header
//!
//! ```sql
//! -- name: timeline
//! -- description: Dated references in date order
//! -- param: concept NULL
//! -- param: term required
//! ```
//!
//! Built-ins come from `sql/` (compiled in); `--queries DIR` adds or overrides them.

use anyhow::{bail, Context, Result};
use rusqlite::types::Value;
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/queries.rs"));

#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    /// `None` binds NULL.
    pub default: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Canned {
    pub name: String,
    pub description: String,
    pub params: Vec<Param>,
    pub sql: String,
    pub origin: String,
}

pub fn parse(src: &str, origin: &str) -> Result<Canned> {
    let mut name = None;
    let mut description = String::new();
    let mut params = Vec::new();
    for line in src.lines() {
        let Some(h) = line.trim().strip_prefix("--") else {
            if line.trim().is_empty() {
                continue;
            } else {
                break;
            }
        };
        let h = h.trim();
        if let Some(v) = h.strip_prefix("name:") {
            name = Some(v.trim().to_string());
        } else if let Some(v) = h.strip_prefix("description:") {
            description = v.trim().to_string();
        } else if let Some(v) = h.strip_prefix("param:") {
            let mut it = v.trim().splitn(2, char::is_whitespace);
            let pname = it.next().unwrap_or("").to_string();
            if pname.is_empty() {
                bail!("{origin}: `-- param:` needs a name");
            }
            let default = it
                .next()
                .map(str::trim)
                .filter(|d| !d.is_empty() && *d != "NULL")
                .map(str::to_string);
            params.push(Param {
                name: pname,
                default,
            });
        }
    }
    let name = name.with_context(|| format!("{origin}: no `-- name:` header"))?;
    Ok(Canned {
        name,
        description,
        params,
        sql: src.to_string(),
        origin: origin.to_string(),
    })
}

/// Built-in queries, then those in `dir` (a same-named one replaces the built-in).
pub fn all(dir: Option<&Path>) -> Result<Vec<Canned>> {
    let mut out: Vec<Canned> = BUILTIN
        .iter()
        .map(|(f, s)| parse(s, &format!("sql/{f}")))
        .collect::<Result<_>>()?;
    if let Some(d) = dir {
        let mut files: Vec<_> = std::fs::read_dir(d)
            .with_context(|| format!("{}: cannot read queries directory", d.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "sql"))
            .collect();
        files.sort();
        for f in files {
            let src = std::fs::read_to_string(&f)
                .with_context(|| format!("{}: cannot read", f.display()))?;
            let q = parse(&src, &f.display().to_string())?;
            out.retain(|c| c.name != q.name);
            out.push(q);
        }
    }
    Ok(out)
}

pub fn find(name: &str, dir: Option<&Path>) -> Result<Canned> {
    let all = all(dir)?;
    let names: Vec<String> = all.iter().map(|c| c.name.clone()).collect();
    all.into_iter().find(|c| c.name == name).with_context(|| {
        format!(
            "no canned query named {name:?} (have: {})",
            names.join(", ")
        )
    })
}

/// Values for the query's parameters from `-p key=value` pairs and the defaults.
/// Unknown keys are an error.
pub fn resolve_params(q: &Canned, given: &[String]) -> Result<Vec<(String, Value)>> {
    let mut vals: Vec<(String, Value)> = q
        .params
        .iter()
        .map(|p| {
            (
                p.name.clone(),
                p.default.as_deref().map_or(Value::Null, super::param_value),
            )
        })
        .collect();
    let mut seen: Vec<&str> = Vec::new();
    for kv in given {
        let Some((k, v)) = kv.split_once('=') else {
            bail!("parameter {kv:?} is not key=value");
        };
        let Some(slot) = vals.iter_mut().find(|(n, _)| n == k.trim()) else {
            let known: Vec<&str> = q.params.iter().map(|p| p.name.as_str()).collect();
            bail!(
                "query {} has no parameter {k:?} (it takes: {})",
                q.name,
                known.join(", ")
            );
        };
        slot.1 = super::param_value(v);
        seen.push(k.trim());
    }
    for p in &q.params {
        if p.default.as_deref() == Some("required") && !seen.contains(&p.name.as_str()) {
            bail!("query {} needs -p {}=VALUE", q.name, p.name);
        }
    }
    Ok(vals)
}

#[cfg(test)]
mod tests {
    #[test]
    fn builtins_parse_and_have_headers() {
        let all = super::all(None).unwrap();
        for q in &all {
            assert!(!q.description.is_empty(), "{} has no description", q.name);
        }
        for needed in [
            "overview",
            "timeline",
            "concept_frequency",
            "concept_cooccurrence",
            "claims",
            "attributed_claims",
            "kwic",
            "trend",
            "duplicates",
            "related",
            "frequency",
            "ngrams",
            "collocates",
            "keyness",
            "dispersion",
            "entity_timeline",
            "cooccurrence",
        ] {
            assert!(all.iter().any(|q| q.name == needed), "missing {needed}");
        }
    }
}
