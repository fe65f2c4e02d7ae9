//! `corpusdb ingest PATH... [--format text|markdown|jsonl] [--manifest FILE.csv]
//!                  [--title T] [--published DATE] [--url U] [--source S] [--author A]
//!                  [--jobs N] [--quiet]`
//!
//! Reads files, directories (recursively) and `-` (stdin). Worker threads read, clean,
//! segment and analyse; this thread is the one writer, storing whole articles in batched
//! transactions (one savepoint per article). A bad input is reported on one line, recorded
//! in `ingest_errors`, and the batch goes on; the exit status is 1 if any input failed.

use crate::analyse::concepts::Lexicon;
use crate::model::Article;
use crate::pipeline;
use crate::read::{self, jsonl, manifest, Format, InputError, RawDoc};
use crate::store::{self, writer};
use anyhow::{bail, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(clap::Args, Clone, Default)]
pub struct Args {
    /// Files, directories (recursive) or `-` for stdin
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Input format (default: detected from the extension, then the content)
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// CSV of per-file metadata: a `path` column and any of title, author, published, url, source, language
    #[arg(long, value_name = "FILE.csv")]
    pub manifest: Option<PathBuf>,
    /// Title of a single input
    #[arg(long)]
    pub title: Option<String>,
    /// Published date of a single input (ISO-8601, or e.g. "July 2, 2005")
    #[arg(long)]
    pub published: Option<String>,
    /// URL of a single input
    #[arg(long)]
    pub url: Option<String>,
    /// Source (site or publisher) of the inputs
    #[arg(long)]
    pub source: Option<String>,
    /// Author of a single input
    #[arg(long)]
    pub author: Option<String>,
    /// Worker threads (default: the number of cores)
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// No progress bar
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Memory (MB) that analysed articles waiting to be stored may take
    #[arg(long, value_name = "MB", default_value_t = 64)]
    pub memory_budget: usize,
    /// Store text, sections, paragraphs and sentences only: no claims, dated references or
    /// mentions (run `corpusdb reanalyze` later). The benchmark's floor.
    #[arg(long)]
    pub structure_only: bool,
}

#[derive(Debug, Default)]
pub struct Summary {
    pub files: usize,
    pub ingested: usize,
    pub replaced: usize,
    pub unchanged: usize,
    pub errors: Vec<InputError>,
    pub seconds: f64,
}

impl Summary {
    pub fn line(&self) -> String {
        format!(
            "ingest: {} file(s): {} ingested ({} replaced), {} unchanged, {} failed in {:.1}s",
            self.files,
            self.ingested,
            self.replaced,
            self.unchanged,
            self.errors.len(),
            self.seconds
        )
    }
}

pub fn run(db: &Path, args: Args) -> Result<i32> {
    let s = ingest(db, &args)?;
    if !s.errors.is_empty() {
        eprintln!("failed inputs:");
        for e in &s.errors {
            eprintln!("  {e}");
        }
    }
    eprintln!("{}", s.line());
    Ok(if s.errors.is_empty() { 0 } else { 1 })
}

enum Msg {
    Article(Box<Article>),
    Unchanged,
    Failed(InputError),
    FileDone,
}

/// Memory that analysed articles waiting for the writer may take (estimated by `cost`):
/// workers wait while it is used up, so peak memory stays flat whatever the corpus.
struct Budget {
    total: usize,
    free: Mutex<usize>,
    freed: std::sync::Condvar,
}

impl Budget {
    fn new(total: usize) -> Budget {
        Budget {
            total,
            free: Mutex::new(total),
            freed: std::sync::Condvar::new(),
        }
    }
    fn acquire(&self, n: usize) {
        let n = n.min(self.total);
        let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
        while *free < n {
            free = self.freed.wait(free).unwrap_or_else(|e| e.into_inner());
        }
        *free -= n;
    }
    fn release(&self, n: usize) {
        let n = n.min(self.total);
        let mut free = self.free.lock().unwrap_or_else(|e| e.into_inner());
        *free += n;
        self.freed.notify_all();
    }
}

/// Rough memory of an analysed article: its text about six times over (paragraphs,
/// sentences, claims) plus the rows.
fn cost(a: &Article) -> usize {
    a.text.len() * 6 + a.sentences.len() * 256 + 4096
}

struct Shared {
    budget: Budget,
    /// Content hashes stored before this run: their files skip the analysis.
    stored: std::collections::HashSet<String>,
    lexicon: Lexicon,
    manifest: Option<manifest::Manifest>,
    args: Args,
}

/// Ingests `args.paths` into the database at `db`.
pub fn ingest(db: &Path, args: &Args) -> Result<Summary> {
    let started = Instant::now();
    let (files, mut pre_errors) = read::expand_inputs(&args.paths);
    let single = files.len() == 1;
    if !single
        && (args.title.is_some()
            || args.url.is_some()
            || args.published.is_some()
            || args.author.is_some())
    {
        bail!("--title, --published, --url and --author apply to a single input; use --manifest for a batch");
    }
    let manifest = args
        .manifest
        .as_deref()
        .map(manifest::Manifest::load)
        .transpose()?;
    let mut conn = store::open(db)?;
    let lexicon = store::load_lexicon(&mut conn)?;
    let run_id = writer::begin_run(&conn).map_err(|e| stopped(db, e))?;

    let stored = writer::stored_hashes(&conn)?;
    let shared = Arc::new(Shared {
        // 0 (as in `Args::default()`) means the default of 64 MB
        budget: Budget::new(
            if args.memory_budget == 0 {
                64
            } else {
                args.memory_budget
            } << 20,
        ),
        stored,
        lexicon,
        manifest,
        args: args.clone(),
    });
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
        .max(1);
    let (work_tx, work_rx) = mpsc::channel::<PathBuf>();
    let work_rx = Arc::new(Mutex::new(work_rx));
    // Workers run ahead of the writer while it commits; what they hold is bounded by the
    // size of the articles in flight, not their number (see `Budget`).
    let (tx, rx) = mpsc::sync_channel::<Msg>(4096);
    for f in &files {
        work_tx.send(f.clone())?;
    }
    drop(work_tx);
    let mut handles = Vec::new();
    for _ in 0..jobs {
        let (work_rx, tx, shared) = (work_rx.clone(), tx.clone(), shared.clone());
        handles.push(
            std::thread::Builder::new()
                .name("ingest-worker".into())
                .spawn(move || worker(&shared, &work_rx, &tx))?,
        );
    }
    drop(tx);

    let pb = progress(files.len() as u64, args.quiet);
    let mut s = Summary {
        files: files.len(),
        ..Default::default()
    };
    for e in pre_errors.drain(..) {
        pb.println(format!("error: {e}"));
        writer::record_error(&conn, run_id, &e.path, e.line, &e.message)?;
        s.errors.push(e);
    }
    // Articles are stored in batched transactions (see writer::store_batch).
    let mut batch: Vec<Box<Article>> = Vec::new();
    let mut last_commit = Instant::now();
    let flush = |batch: &mut Vec<Box<Article>>, s: &mut Summary| -> Result<()> {
        let outcomes =
            writer::store_batch(&conn, batch, &shared.lexicon).map_err(|e| stopped(db, e))?;
        for (a, r) in batch.iter().zip(outcomes) {
            let path = a.meta.source_path.clone().unwrap_or_default();
            if let Some(err) = count(s, r.map_err(|e| (path, e))) {
                pb.println(format!("error: {err}"));
                writer::record_error(&conn, run_id, &err.path, err.line, &err.message)?;
            }
        }
        for a in batch.iter() {
            shared.budget.release(cost(a));
        }
        batch.clear();
        pb.set_message(format!(
            "{} articles stored, {} unchanged, {} failed",
            s.ingested,
            s.unchanged,
            s.errors.len()
        ));
        Ok(())
    };
    // A batch is stored when it has 256 articles, holds half the memory budget (so the
    // workers can go on with the other half), is 0.5 s old, or no message has come for
    // 50 ms (the workers may be waiting for budget that only a flush releases).
    let mut batch_cost = 0usize;
    loop {
        let msg = match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(m) => Some(m),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        let idle = msg.is_none();
        match msg {
            Some(Msg::Article(a)) => {
                batch_cost += cost(&a);
                batch.push(a);
            }
            Some(Msg::Unchanged) => s.unchanged += 1,
            Some(Msg::Failed(e)) => {
                pb.println(format!("error: {e}"));
                writer::record_error(&conn, run_id, &e.path, e.line, &e.message)?;
                s.errors.push(e);
            }
            Some(Msg::FileDone) => pb.inc(1),
            None => {}
        }
        if !batch.is_empty()
            && (idle
                || batch.len() >= 256
                || batch_cost >= shared.budget.total / 2
                || last_commit.elapsed() > Duration::from_millis(500))
        {
            flush(&mut batch, &mut s)?;
            batch_cost = 0;
            last_commit = Instant::now();
        }
    }
    flush(&mut batch, &mut s)?;
    for h in handles {
        if h.join().is_err() {
            bail!("a worker thread panicked");
        }
    }
    pb.finish_and_clear();
    s.seconds = started.elapsed().as_secs_f64();
    writer::finish_run(
        &conn,
        run_id,
        s.files,
        s.ingested,
        s.unchanged,
        s.errors.len(),
    )?;
    Ok(s)
}

/// The one-line error for a database that cannot take any article: full, read-only,
/// corrupt. Every article already stored stays whole (transactions roll back).
fn stopped(db: &Path, e: anyhow::Error) -> anyhow::Error {
    use rusqlite::ErrorCode::*;
    let why = match e.downcast_ref::<rusqlite::Error>() {
        Some(rusqlite::Error::SqliteFailure(f, _)) => match f.code {
            DiskFull => "the disk is full (or the database reached its size limit)",
            ReadOnly => "the database file is read-only",
            CannotOpen | PermissionDenied => "the database file cannot be written",
            DatabaseCorrupt | NotADatabase => "the database file is corrupt",
            DatabaseBusy | DatabaseLocked => "another process holds the database",
            _ => return e,
        },
        _ => return e,
    };
    anyhow::anyhow!(
        "{}: {why}; ingest stopped, and the articles stored before stay whole",
        db.display()
    )
}

/// Counts one storing outcome; a failure becomes an input error (returned).
fn count(
    s: &mut Summary,
    r: std::result::Result<writer::Outcome, (String, anyhow::Error)>,
) -> Option<InputError> {
    match r {
        Ok(writer::Outcome::Ingested(_)) => s.ingested += 1,
        Ok(writer::Outcome::Replaced(_)) => {
            s.ingested += 1;
            s.replaced += 1;
        }
        Ok(writer::Outcome::Unchanged(_)) => s.unchanged += 1,
        Err((path, e)) => {
            let (path, line) = match path.rsplit_once(':') {
                Some((p, l)) if l.parse::<usize>().is_ok() => (p.to_string(), l.parse().ok()),
                _ => (path, None),
            };
            let err = InputError::new(&path, line, format!("cannot store: {e}"));
            s.errors.push(err.clone());
            return Some(err);
        }
    }
    None
}

fn progress(len: u64, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::hidden());
    }
    let pb = ProgressBar::new(len);
    pb.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} files, eta {eta}: {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    pb
}

fn worker(sh: &Shared, work: &Mutex<mpsc::Receiver<PathBuf>>, tx: &mpsc::SyncSender<Msg>) {
    loop {
        let next = work.lock().map(|rx| rx.recv());
        let Ok(Ok(path)) = next else { return };
        let mut send = |doc: Result<RawDoc, InputError>| {
            let guarded = |d: RawDoc| {
                let (path, line) = (d.path.clone(), d.line);
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| prepare(sh, d)))
                    .unwrap_or_else(|_| {
                        Err(InputError::new(
                        &path,
                        line,
                        "internal error while analysing (a bug: please report it with this file)",
                    ))
                    })
            };
            let msg = match doc.and_then(guarded) {
                Ok(Some(a)) => {
                    sh.budget.acquire(cost(&a));
                    Msg::Article(Box::new(a))
                }
                Ok(None) => Msg::Unchanged,
                Err(e) => Msg::Failed(e),
            };
            let _ = tx.send(msg);
        };
        read_file(&path, sh.args.format, &mut send);
        let _ = tx.send(Msg::FileDone);
    }
}

/// Reads one input, calling `send` with each article or error it holds.
pub fn read_file(
    path: &Path,
    forced: Option<Format>,
    send: &mut dyn FnMut(Result<RawDoc, InputError>),
) {
    let name = path.display().to_string();
    let format = if path.as_os_str() == "-" {
        forced.unwrap_or(Format::Text)
    } else {
        let mut head = [0u8; 4096];
        let n = std::fs::File::open(path)
            .and_then(|mut f| std::io::Read::read(&mut f, &mut head))
            .unwrap_or(0);
        read::detect(path, &head[..n], forced)
    };
    match format {
        Format::Jsonl => {
            if path.as_os_str() == "-" {
                jsonl::for_each(&name, std::io::stdin().lock(), send);
            } else {
                match std::fs::File::open(path) {
                    Ok(f) => {
                        jsonl::for_each(&name, std::io::BufReader::with_capacity(1 << 16, f), send)
                    }
                    Err(e) => send(Err(InputError::new(
                        &name,
                        None,
                        format!("cannot open: {e}"),
                    ))),
                }
            }
        }
        Format::Text | Format::Markdown => {
            send(read::read_text_article(path, format == Format::Markdown))
        }
        Format::Html => send(read::read_html_article(path)),
    }
}

/// Applies metadata, structures, and (unless already stored) analyses one document.
fn prepare(sh: &Shared, mut doc: RawDoc) -> Result<Option<Article>, InputError> {
    if let Some(m) = &sh.manifest {
        m.apply(&mut doc);
    }
    let a = &sh.args;
    for (k, v) in [
        ("title", &a.title),
        ("published", &a.published),
        ("url", &a.url),
        ("source", &a.source),
        ("author", &a.author),
    ] {
        if let Some(v) = v {
            doc.meta.set(k, v.clone(), true);
        }
    }
    let article = pipeline::structure(doc)?;
    if sh.stored.contains(&article.content_hash) {
        return Ok(None);
    }
    if a.structure_only {
        return Ok(Some(article));
    }
    Ok(Some(pipeline::analyse_article(article, &sh.lexicon)))
}
