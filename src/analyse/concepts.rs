//! Concept mentions: a lexicon of concepts, organisations and actors with aliases, matched
//! on word boundaries. An alias with a capital letter matches case-sensitively (so "US"
//! is not "us"); an all-lower-case alias matches in any case.

use crate::model::Mention;
use crate::text::CharIndex;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use anyhow::{bail, Context, Result};

#[derive(Clone, Debug)]
pub struct Concept {
    /// Row id in `concepts`, once stored (0 before).
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
}

pub struct Lexicon {
    pub concepts: Vec<Concept>,
    ac: Option<AhoCorasick>,
    /// pattern -> (concept index, alias, case-sensitive)
    patterns: Vec<(usize, String, bool)>,
}

pub fn case_sensitive(alias: &str) -> bool {
    alias.chars().any(char::is_uppercase)
}

/// Spelling variants of an alias: hyphenated words also closed up and spaced
/// ("multi-polar": "multipolar", "multi polar"), and a lower-case alias's plural
/// ("great power": "great powers"; "democracy": "democracies").
pub fn inflections(alias: &str) -> Vec<String> {
    let mut out = vec![alias.to_string()];
    if alias.contains('-') && alias.chars().any(char::is_lowercase) {
        out.push(alias.replace('-', ""));
        out.push(alias.replace('-', " "));
    }
    if !case_sensitive(alias) {
        let plurals: Vec<String> = out
            .iter()
            .filter_map(|a| {
                let last = a.rsplit(' ').next()?;
                if last.ends_with('s')
                    || last.ends_with("ism")
                    || last.ends_with("ity")
                    || last.ends_with("tion") && last.len() > 12
                {
                    None
                } else if let Some(stem) = a
                    .strip_suffix('y')
                    .filter(|_| !a.ends_with("ey") && !a.ends_with("ay"))
                {
                    Some(format!("{stem}ies"))
                } else if a.ends_with("sh") || a.ends_with("ch") || a.ends_with('x') {
                    Some(format!("{a}es"))
                } else {
                    Some(format!("{a}s"))
                }
            })
            .collect();
        out.extend(plurals);
    }
    out
}

impl Lexicon {
    pub fn new(concepts: Vec<Concept>) -> Lexicon {
        let mut patterns = Vec::new();
        for (i, c) in concepts.iter().enumerate() {
            let mut seen = std::collections::HashSet::new();
            for a in c.aliases.iter().chain(std::iter::once(&c.name)) {
                for v in inflections(a.trim()) {
                    if !v.is_empty() && seen.insert(v.clone()) {
                        let cs = case_sensitive(&v);
                        patterns.push((i, v, cs));
                    }
                }
            }
        }
        let ac = (!patterns.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(patterns.iter().map(|p| p.1.as_str()))
                .expect("lexicon patterns build")
        });
        Lexicon {
            concepts,
            ac,
            patterns,
        }
    }

    /// Parses a lexicon CSV (`name,kind,aliases` with aliases separated by `|`).
    pub fn parse_csv(src: &str, origin: &str) -> Result<Vec<Concept>> {
        let mut rdr = csv::Reader::from_reader(src.as_bytes());
        let headers = rdr
            .headers()
            .with_context(|| format!("{origin}:1: bad header"))?
            .clone();
        let col = |n: &str| headers.iter().position(|h| h.trim() == n);
        let (Some(name), Some(kind)) = (col("name"), col("kind")) else {
            bail!("{origin}:1: a lexicon needs columns name,kind[,aliases]");
        };
        let aliases = col("aliases");
        let mut out = Vec::new();
        for (i, rec) in rdr.records().enumerate() {
            let rec = rec.with_context(|| format!("{origin}:{}: bad CSV row", i + 2))?;
            let n = rec.get(name).unwrap_or("").trim();
            if n.is_empty() {
                bail!("{origin}:{}: empty concept name", i + 2);
            }
            out.push(Concept {
                id: 0,
                name: n.to_string(),
                kind: rec.get(kind).unwrap_or("concept").trim().to_string(),
                aliases: aliases
                    .and_then(|a| rec.get(a))
                    .unwrap_or("")
                    .split('|')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
            });
        }
        Ok(out)
    }

    pub fn default_concepts() -> Vec<Concept> {
        Self::parse_csv(crate::data::LEXICON, "data/lexicon.csv").expect("built-in lexicon parses")
    }

    /// Mentions in `text`, offsets in code points into `text`.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut ci = CharIndex::new(text);
        let bytes = text.as_bytes();
        for m in ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let (concept, alias, cs) = &self.patterns[m.pattern().as_usize()];
            let found = &text[s..e];
            if *cs && !same_case(found, alias) {
                continue;
            }
            let before_ok = s == 0 || !is_word_char(text[..s].chars().last().unwrap());
            let after_ok = e == bytes.len() || !is_word_char(text[e..].chars().next().unwrap());
            if !before_ok || !after_ok {
                continue;
            }
            let (cs_, ce_) = (ci.at(s), ci.at(e));
            out.push(Mention {
                concept: *concept,
                start: cs_,
                end: ce_,
                text: found.to_string(),
            });
        }
        out
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Exact match, except that an alias starting in lower case ("the West") may be
/// capitalised at the start of a sentence.
fn same_case(found: &str, alias: &str) -> bool {
    if found == alias {
        return true;
    }
    let mut a = alias.chars();
    let mut f = found.chars();
    match (a.next(), f.next()) {
        (Some(x), Some(y)) if x.is_lowercase() && y == x.to_uppercase().next().unwrap() => {
            a.as_str() == f.as_str()
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn aliases_cases_boundaries() {
        let lex = Lexicon::new(Lexicon::default_concepts());
        let name = |m: &Mention| lex.concepts[m.concept].name.clone();
        let ms = lex.find("The West and the G-7 favour a multi-polar world; us and US; Shanghai Cooperation Organization.");
        let got: Vec<(String, String)> = ms.iter().map(|m| (name(m), m.text.clone())).collect();
        assert!(got.contains(&("the West".into(), "The West".into())));
        assert!(got.contains(&("G7".into(), "G-7".into())));
        assert!(got.contains(&("multipolarity".into(), "multi-polar".into())));
        assert!(got.contains(&("United States".into(), "US".into())));
        assert!(!got.iter().any(|(_, t)| t == "us"));
        assert!(got.contains(&("SCO".into(), "Shanghai Cooperation Organization".into())));
        assert!(lex.find("Multipolarity matters").len() == 1);
        assert!(lex.find("unilateralismo").is_empty());
        // inflections made from the aliases, not listed
        assert_eq!(
            name(&lex.find("two democracies and multi polar ambitions")[0]),
            "democracy"
        );
        assert_eq!(
            lex.find("two democracies and multi polar ambitions").len(),
            2
        );
        assert_eq!(
            inflections("great power"),
            vec!["great power", "great powers"]
        );
        assert_eq!(inflections("BRICS"), vec!["BRICS"]);
    }
}
