//! One module per command; each has its usage at the top and one entry point, `run`.

pub mod claims;
pub mod datasette;
pub mod dates;
pub mod demo;
pub mod export;
pub mod index;
pub mod ingest;
pub mod lexicon;
pub mod migrate;
pub mod plot;
pub mod queries;
pub mod query;
pub mod reanalyze;
pub mod search;
pub mod show;
pub mod sql;

use crate::cli::{Cli, Command};
use anyhow::Result;

/// Runs the chosen command; returns the process exit status.
pub fn run(cli: Cli) -> Result<i32> {
    let db = cli.db;
    match cli.command {
        Command::Ingest(a) => ingest::run(&db, a),
        Command::Queries(a) => queries::run(a),
        Command::Query(a) => query::run(&db, a),
        Command::Sql(a) => sql::run(&db, a),
        Command::Search(a) => search::run(&db, a),
        Command::Export(a) => export::run(&db, a),
        Command::Show(a) => show::run(&db, a),
        Command::Dates(a) => dates::run(a),
        Command::Claims(a) => claims::run(a),
        Command::Lexicon(a) => lexicon::run(&db, a),
        Command::Reanalyze(a) => reanalyze::run(&db, a),
        Command::Index(a) => index::run(&db, a),
        Command::Plot(a) => plot::run(&db, a),
        Command::Datasette(a) => datasette::run(&db, a),
        Command::Migrate(a) => migrate::run(&db, a),
        Command::Demo(a) => demo::run(a),
    }
}
