//! `corpusdb lexicon import FILE.csv [--replace]`: extends (or replaces) the concept
//! lexicon with rows `name,kind,aliases` (aliases separated by `|`); then run
//! `corpusdb reanalyze` to refresh mentions. `corpusdb lexicon list` prints it.

use crate::analyse::concepts::Lexicon;
use crate::store;
use anyhow::{Context, Result};
use clap::Subcommand;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
}

#[derive(Subcommand)]
pub enum Action {
    /// Add concepts from a CSV (name,kind,aliases); existing names get the new aliases
    Import {
        file: PathBuf,
        /// Replace the whole lexicon instead of extending it (drops existing mentions)
        #[arg(long)]
        replace: bool,
    },
    /// Print the lexicon as CSV
    List,
}

pub fn run(db: &Path, args: Args) -> Result<i32> {
    let mut conn = store::open(db)?;
    match args.action {
        Action::Import { file, replace } => {
            let src = std::fs::read_to_string(&file)
                .with_context(|| format!("{}: cannot read", file.display()))?;
            let concepts = Lexicon::parse_csv(&src, &file.display().to_string())?;
            // make sure the built-in lexicon is there first when extending
            if !replace {
                store::load_lexicon(&mut conn)?;
            }
            let n = store::import_lexicon(&mut conn, &concepts, replace)?;
            eprintln!(
                "lexicon: {} {n} concept(s); run `corpusdb reanalyze` to refresh mentions",
                if replace { "replaced with" } else { "imported" }
            );
        }
        Action::List => {
            let lex = store::load_lexicon(&mut conn)?;
            let mut w = csv::Writer::from_writer(std::io::stdout().lock());
            w.write_record(["name", "kind", "aliases"])?;
            for c in &lex.concepts {
                let aliases: Vec<&str> = c
                    .aliases
                    .iter()
                    .map(String::as_str)
                    .filter(|a| *a != c.name)
                    .collect();
                w.write_record([c.name.as_str(), c.kind.as_str(), &aliases.join("|")])?;
            }
            w.flush()?;
        }
    }
    Ok(0)
}
