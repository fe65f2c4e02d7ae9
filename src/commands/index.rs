//! `corpusdb index tokens [--rebuild] [--quiet]`: builds the token index that the
//! corpus-linguistics analyses read (frequency, ngrams, collocates, keyness, dispersion,
//! and trend by term). Only articles not indexed yet are read, so running it after each
//! ingest is cheap; `--rebuild` drops the index and reads every article again (after a
//! change of tokenizer or stopword list). Prints what it did and the index's size.
//!
//! ```text
//! corpusdb --db corpus.db index tokens
//! corpusdb --db corpus.db query frequency -p from_year=2017 -p to_year=2017
//! ```

use crate::store::{self, tokens::index_tokens};
use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::Path;

#[derive(clap::Args)]
pub struct Args {
    /// What to index (only `tokens` for now)
    #[arg(value_enum)]
    pub what: What,
    /// Drop the index and build it again from every article
    #[arg(long)]
    pub rebuild: bool,
    /// No progress bar
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(clap::ValueEnum, Clone, Copy)]
pub enum What {
    /// Words of every article, their counts, and 2- and 3-grams
    Tokens,
}

pub fn run(db: &Path, args: Args) -> Result<i32> {
    let mut conn = store::open(db)?;
    if args.rebuild {
        conn.execute_batch(
            "BEGIN IMMEDIATE;
             DELETE FROM ngrams; DELETE FROM term_years; DELETE FROM token_years;
             DELETE FROM term_counts; DELETE FROM tokens;
             DELETE FROM token_articles; DELETE FROM terms;
             COMMIT;",
        )?;
    }
    let started = std::time::Instant::now();
    let pb = if args.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden())
    } else {
        let pb = ProgressBar::new(0);
        pb.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} articles, eta {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        pb
    };
    let r = index_tokens(&mut conn, |done, of| {
        pb.set_length(of as u64);
        pb.set_position(done as u64);
    })?;
    pb.finish_and_clear();
    let (articles, tokens, terms): (i64, i64, i64) = conn.query_row(
        "SELECT (SELECT count(*) FROM token_articles), (SELECT coalesce(sum(tokens), 0) FROM token_articles),
                (SELECT count(*) FROM terms)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    eprintln!(
        "index tokens: {} new article(s), {} token(s) in {:.1}s; index holds {articles} article(s), {tokens} token(s), {terms} term(s), {} n-gram(s)",
        r.articles,
        r.tokens,
        started.elapsed().as_secs_f64(),
        r.ngrams
    );
    Ok(0)
}
