//! `corpusdb plot timeline|trend|cooccurrence -o FILE.svg|FILE.png [-p key=value]...
//! [--max N] [--title TEXT]`: draws a canned analysis. The rows come from the canned
//! query of the same name with the same `-p` parameters, so a chart shows what
//! `corpusdb query` prints.
//!
//! ```text
//! corpusdb plot timeline -o timeline.png -p period="Cold War"      # bars for ranges, dots for days
//! corpusdb plot trend -o trend.svg -p by=year                      # the most mentioned concepts
//! corpusdb plot trend -o sovereignty.png -p term=sovereignty       # needs `index tokens`
//! corpusdb plot cooccurrence -o network.png -p kind=actor --max 12
//! ```

use crate::plot;
use crate::query::{self, canned};
use crate::store;
use anyhow::Result;
use rusqlite::types::Value;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// What to draw
    #[arg(value_enum)]
    pub chart: Chart,
    /// The picture to write: FILE.svg or FILE.png
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: PathBuf,
    /// Parameter of the canned query as key=value (repeatable)
    #[arg(short = 'p', long = "param", value_name = "KEY=VALUE")]
    pub params: Vec<String>,
    /// Most lines (timeline), series (trend) or names (cooccurrence) to show
    #[arg(long)]
    pub max: Option<usize>,
    /// Title above the chart
    #[arg(long)]
    pub title: Option<String>,
    /// Directory of your own `.sql` canned queries (one named like the chart replaces it)
    #[arg(long, value_name = "DIR")]
    pub queries: Option<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, PartialEq)]
pub enum Chart {
    /// Dated references: a bar per range, a dot per day, labelled with what they date
    Timeline,
    /// Concepts or a term per year or month, per million words
    Trend,
    /// Which concepts and actors are named together, as a matrix
    Cooccurrence,
}

pub fn run(db: &Path, args: Args) -> Result<i32> {
    let name = match args.chart {
        Chart::Timeline => "timeline",
        Chart::Trend => "trend",
        Chart::Cooccurrence => "cooccurrence",
    };
    let q = canned::find(name, args.queries.as_deref())?;
    let mut vals = canned::resolve_params(&q, &args.params)?;
    // a chart summarises every row, not the first page of them
    let given = |k: &str| args.params.iter().any(|p| p.split('=').next() == Some(k));
    for (k, v) in vals.iter_mut() {
        if k == "limit" && !given("limit") {
            *v = Value::Integer(1_000_000);
        }
    }
    let conn = store::open_read_only(db)?;
    if let Some(w) = query::token_index_warning(&conn, &q, &vals) {
        eprintln!("{w}");
    }
    let rows = query::collect(&conn, &q.sql, &vals)?;
    let filters: Vec<&str> = args
        .params
        .iter()
        .map(String::as_str)
        .filter(|p| !p.starts_with("limit="))
        .collect();
    let suffix = if filters.is_empty() {
        String::new()
    } else {
        format!(" ({})", filters.join(", "))
    };
    let out = &args.output;
    let n = match args.chart {
        Chart::Timeline => {
            let title = args
                .title
                .unwrap_or(format!("Dated references, most cited first{suffix}"));
            plot::timeline(&rows, args.max.unwrap_or(30), &title, out)?
        }
        Chart::Trend => {
            let title = args
                .title
                .unwrap_or(format!("Mentions per million words{suffix}"));
            plot::trend(&rows, args.max.unwrap_or(6), &title, out)?
        }
        Chart::Cooccurrence => {
            let by_article = vals
                .iter()
                .any(|(k, v)| k == "unit" && *v == Value::Text("article".into()));
            let unit = if by_article { "articles" } else { "sentences" };
            let title = args.title.unwrap_or(format!(
                "Named in the same {}{suffix}",
                unit.trim_end_matches('s')
            ));
            plot::cooccurrence(&rows, args.max.unwrap_or(15), &title, unit, out)?
        }
    };
    eprintln!(
        "plot {name}: {n} item(s) from {} row(s) -> {}",
        rows.rows.len(),
        out.display()
    );
    Ok(0)
}
