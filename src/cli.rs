//! The command line: global options and one subcommand per mode.

use crate::query::output::OutputFormat;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "corpusdb", version, about = "Turn policy and international-affairs articles into one SQLite database, then query and export it", long_about = None)]
pub struct Cli {
    /// Database file
    #[arg(long, global = true, env = "CORPUSDB_DB", default_value = crate::store::DEFAULT_DB)]
    pub db: PathBuf,
    #[command(subcommand)]
    pub command: Command,
}

/// Options shared by every command that prints rows.
#[derive(clap::Args, Clone)]
pub struct OutputArgs {
    /// Output format (default: a table on a terminal, CSV otherwise)
    #[arg(long = "format", short = 'f', value_enum)]
    pub format: Option<OutputFormat>,
    /// Write to FILE instead of standard output
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Ingest articles from files, directories (recursively) or `-` (stdin)
    Ingest(crate::commands::ingest::Args),
    /// List the canned analyses
    Queries(crate::commands::queries::Args),
    /// Run a canned analysis: `corpusdb query timeline -p concept=multipolarity`
    Query(crate::commands::query::Args),
    /// Run ad-hoc read-only SQL
    Sql(crate::commands::sql::Args),
    /// Full-text search over sentences, ranked by bm25, with snippets
    Search(crate::commands::search::Args),
    /// Stream a table or a canned analysis to CSV
    Export(crate::commands::export::Args),
    /// One article's outline: metadata, sections, counts, claims, dated references
    Show(crate::commands::show::Args),
    /// Print dated references in text as JSON lines (no database)
    Dates(crate::commands::dates::Args),
    /// Print each sentence's claim kind as JSON lines (no database)
    Claims(crate::commands::claims::Args),
    /// Import or list the concept lexicon
    Lexicon(crate::commands::lexicon::Args),
    /// Recompute claims, dated references and mentions from stored text
    Reanalyze(crate::commands::reanalyze::Args),
    /// Build the token index the frequency, n-gram, collocate and keyness analyses read
    Index(crate::commands::index::Args),
    /// Draw a timeline, trend or co-occurrence chart as SVG or PNG
    Plot(crate::commands::plot::Args),
    /// Write Datasette metadata: every canned query as a page, search on sentences
    Datasette(crate::commands::datasette::Args),
    /// Apply pending migrations, or list them with --status
    Migrate(crate::commands::migrate::Args),
    /// Ingest the bundled sample corpus into a fresh database and print the overview and timeline
    Demo(crate::commands::demo::Args),
}
