//! Querying: canned analyses (`canned`), running SQL with bound parameters, and writing
//! rows in every output format (`output`).

pub mod canned;
pub mod output;

use anyhow::{Context, Result};
use rusqlite::types::Value;
use rusqlite::{Connection, Statement};

/// A parameter value from the command line: an integer or a number when it reads as
/// one, else text. Always bound, never spliced into SQL.
pub fn param_value(s: &str) -> Value {
    if let Ok(i) = s.parse::<i64>() {
        Value::Integer(i)
    } else if let Ok(f) = s.parse::<f64>() {
        if f.is_finite() {
            Value::Real(f)
        } else {
            Value::Text(s.to_string())
        }
    } else {
        Value::Text(s.to_string())
    }
}

/// Binds `:name` parameters of `stmt` from `lookup`; unbound names stay NULL.
pub fn bind(stmt: &mut Statement, lookup: &dyn Fn(&str) -> Option<Value>) -> Result<()> {
    for i in 1..=stmt.parameter_count() {
        let name = stmt
            .parameter_name(i)
            .map(|n| n.trim_start_matches([':', '@', '$']).to_string());
        if let Some(n) = name {
            if let Some(v) = lookup(&n) {
                stmt.raw_bind_parameter(i, v)?;
            }
        }
    }
    Ok(())
}

/// Runs a prepared, bound statement, streaming each row to `sink`.
pub fn stream(stmt: &mut Statement, sink: &mut dyn output::RowSink) -> Result<u64> {
    let cols: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
    let n = cols.len();
    sink.header(&cols)?;
    let mut rows = stmt.raw_query();
    let mut count = 0u64;
    let mut buf: Vec<Value> = Vec::with_capacity(n);
    while let Some(row) = rows.next().context("query failed")? {
        buf.clear();
        for i in 0..n {
            buf.push(row.get::<_, Value>(i)?);
        }
        sink.row(&buf)?;
        count += 1;
    }
    sink.finish()?;
    Ok(count)
}

/// Runs `sql` with named parameters from `vals`, writing rows as `out` asks (format and
/// destination): the common path of every command that prints rows.
pub fn run_to_output(
    conn: &Connection,
    sql: &str,
    vals: &[(String, Value)],
    out: &crate::cli::OutputArgs,
) -> Result<u64> {
    let mut stmt = prepare(conn, sql)?;
    print_rows(&mut stmt, vals, out)
}

/// Binds `vals` to a prepared statement and writes its rows as `out` asks.
pub fn print_rows(
    stmt: &mut Statement,
    vals: &[(String, Value)],
    out: &crate::cli::OutputArgs,
) -> Result<u64> {
    bind(stmt, &|n| {
        vals.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone())
    })?;
    let fmt = output::choose(out.format, out.output.is_some());
    let mut sink = output::sink(
        fmt,
        output::destination(out.output.as_deref())?,
        Default::default(),
    )?;
    stream(stmt, sink.as_mut())
}

/// Prepares `sql` on `conn` (one statement).
pub fn prepare<'c>(conn: &'c Connection, sql: &str) -> Result<Statement<'c>> {
    conn.prepare(sql)
        .map_err(|e| anyhow::anyhow!("SQL error: {e}"))
}

/// Rows held in memory, for commands that draw rather than print (`plot`).
#[derive(Default, Debug)]
pub struct Rows {
    pub cols: Vec<String>,
    pub rows: Vec<Vec<Value>>,
}

impl Rows {
    /// Index of column `name`.
    pub fn col(&self, name: &str) -> Result<usize> {
        self.cols
            .iter()
            .position(|c| c == name)
            .with_context(|| format!("the query has no column {name:?}"))
    }
}

impl output::RowSink for Rows {
    fn header(&mut self, cols: &[String]) -> Result<()> {
        self.cols = cols.to_vec();
        Ok(())
    }
    fn row(&mut self, vals: &[Value]) -> Result<()> {
        self.rows.push(vals.to_vec());
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        Ok(())
    }
}

/// Runs `sql` with `vals` and keeps every row.
pub fn collect(conn: &Connection, sql: &str, vals: &[(String, Value)]) -> Result<Rows> {
    let mut stmt = prepare(conn, sql)?;
    bind(&mut stmt, &|n| {
        vals.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone())
    })?;
    let mut rows = Rows::default();
    stream(&mut stmt, &mut rows)?;
    Ok(rows)
}

/// A warning when query `q` with `vals` reads the token index and the index lags the
/// corpus (empty, or articles ingested since the last `corpusdb index tokens`). A query
/// reads it when its description says it "Needs `corpusdb index tokens`", or when it is
/// given a `term` and reads the index's counts (`trend`).
pub fn token_index_warning(
    conn: &Connection,
    q: &canned::Canned,
    vals: &[(String, Value)],
) -> Option<String> {
    let term = vals.iter().any(|(k, v)| k == "term" && *v != Value::Null);
    let reads = q.description.contains("Needs `corpusdb index tokens`")
        || (term && q.sql.contains("term_counts"));
    if !reads {
        return None;
    }
    let missing: i64 = conn
        .query_row(
            "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM token_articles)",
            [],
            |r| r.get(0),
        )
        .ok()?;
    (missing > 0).then(|| {
        format!(
            "warning: {missing} article(s) are not in the token index; run `corpusdb index tokens` first"
        )
    })
}
