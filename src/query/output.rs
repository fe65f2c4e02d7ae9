//! Writing rows: a readable table, CSV, TSV, a JSON array or JSON lines. Every format but
//! the table streams, so exports have no row cap and little memory.

use anyhow::Result;
use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use rusqlite::types::Value;
use std::io::{IsTerminal, Write};
use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Ndjson,
}

pub trait RowSink {
    fn header(&mut self, cols: &[String]) -> Result<()>;
    fn row(&mut self, vals: &[Value]) -> Result<()>;
    fn finish(&mut self) -> Result<()>;
}

#[derive(Clone, Copy, Default)]
pub struct CsvOptions {
    /// Start with a UTF-8 byte-order mark (for Excel).
    pub bom: bool,
    /// Prefix cells starting with = + - @ tab or CR with an apostrophe, so that a
    /// spreadsheet does not run them as formulas.
    pub excel_safe: bool,
}

/// Where output goes: a file, or standard output.
pub fn destination(path: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(std::io::BufWriter::with_capacity(
            1 << 16,
            std::fs::File::create(p)
                .map_err(|e| anyhow::anyhow!("{}: cannot create: {e}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::with_capacity(
            1 << 16,
            std::io::stdout().lock(),
        )),
    })
}

/// The format asked for, else a table on a terminal and CSV elsewhere.
pub fn choose(format: Option<OutputFormat>, to_file: bool) -> OutputFormat {
    format.unwrap_or(if !to_file && std::io::stdout().is_terminal() {
        OutputFormat::Table
    } else {
        OutputFormat::Csv
    })
}

pub fn sink(
    format: OutputFormat,
    out: Box<dyn Write>,
    csv_opts: CsvOptions,
) -> Result<Box<dyn RowSink>> {
    Ok(match format {
        OutputFormat::Csv => Box::new(CsvSink::new(out, b',', csv_opts)?),
        OutputFormat::Tsv => Box::new(CsvSink::new(out, b'\t', csv_opts)?),
        OutputFormat::Json => Box::new(JsonSink {
            out,
            cols: Vec::new(),
            first: true,
        }),
        OutputFormat::Ndjson => Box::new(NdjsonSink {
            out,
            cols: Vec::new(),
        }),
        OutputFormat::Table => Box::new(TableSink {
            out,
            table: Table::new(),
            rows: 0,
        }),
    })
}

pub fn text_of(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Integer(i) => i.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(s) => s.clone(),
        Value::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
    }
}

pub fn json_of(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Integer(i) => (*i).into(),
        Value::Real(f) => {
            serde_json::Number::from_f64(*f).map_or(serde_json::Value::Null, Into::into)
        }
        Value::Text(s) => s.clone().into(),
        Value::Blob(_) => text_of(v).into(),
    }
}

/// Neutralises a cell a spreadsheet would read as a formula.
pub fn excel_safe(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

struct CsvSink {
    w: csv::Writer<Box<dyn Write>>,
    opts: CsvOptions,
    buf: Vec<String>,
}

impl CsvSink {
    fn new(mut out: Box<dyn Write>, delim: u8, opts: CsvOptions) -> Result<Self> {
        if opts.bom {
            out.write_all("\u{feff}".as_bytes())?;
        }
        let w = csv::WriterBuilder::new().delimiter(delim).from_writer(out);
        Ok(CsvSink {
            w,
            opts,
            buf: Vec::new(),
        })
    }
}

impl RowSink for CsvSink {
    fn header(&mut self, cols: &[String]) -> Result<()> {
        self.w.write_record(cols)?;
        Ok(())
    }
    fn row(&mut self, vals: &[Value]) -> Result<()> {
        if self.opts.excel_safe {
            self.buf.clear();
            self.buf.extend(vals.iter().map(|v| match v {
                Value::Text(s) => excel_safe(s).into_owned(),
                other => text_of(other),
            }));
            self.w.write_record(&self.buf)?;
        } else {
            for v in vals {
                match v {
                    Value::Text(s) => self.w.write_field(s)?,
                    Value::Integer(i) => self.w.write_field(itoa_buf(*i))?,
                    other => self.w.write_field(text_of(other))?,
                }
            }
            self.w.write_record(None::<&[u8]>)?;
        }
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        self.w.flush()?;
        Ok(())
    }
}

fn itoa_buf(i: i64) -> String {
    i.to_string()
}

struct JsonSink {
    out: Box<dyn Write>,
    cols: Vec<String>,
    first: bool,
}

fn object(cols: &[String], vals: &[Value]) -> serde_json::Value {
    serde_json::Value::Object(cols.iter().cloned().zip(vals.iter().map(json_of)).collect())
}

impl RowSink for JsonSink {
    fn header(&mut self, cols: &[String]) -> Result<()> {
        self.cols = cols.to_vec();
        self.out.write_all(b"[")?;
        Ok(())
    }
    fn row(&mut self, vals: &[Value]) -> Result<()> {
        if !self.first {
            self.out.write_all(b",")?;
        }
        self.first = false;
        self.out.write_all(b"\n")?;
        serde_json::to_writer(&mut self.out, &object(&self.cols, vals))?;
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        self.out.write_all(b"\n]\n")?;
        self.out.flush()?;
        Ok(())
    }
}

struct NdjsonSink {
    out: Box<dyn Write>,
    cols: Vec<String>,
}

impl RowSink for NdjsonSink {
    fn header(&mut self, cols: &[String]) -> Result<()> {
        self.cols = cols.to_vec();
        Ok(())
    }
    fn row(&mut self, vals: &[Value]) -> Result<()> {
        serde_json::to_writer(&mut self.out, &object(&self.cols, vals))?;
        self.out.write_all(b"\n")?;
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

struct TableSink {
    out: Box<dyn Write>,
    table: Table,
    rows: u64,
}

/// Longest cell shown in a table; CSV and JSON always carry the whole value.
const TABLE_CELL_CHARS: usize = 120;

impl RowSink for TableSink {
    fn header(&mut self, cols: &[String]) -> Result<()> {
        self.table
            .load_preset(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(cols);
        Ok(())
    }
    fn row(&mut self, vals: &[Value]) -> Result<()> {
        self.table.add_row(vals.iter().map(|v| {
            let s = text_of(v).replace(['\n', '\r'], " ");
            if s.chars().count() > TABLE_CELL_CHARS {
                let mut t: String = s.chars().take(TABLE_CELL_CHARS - 1).collect();
                t.push('…');
                t
            } else {
                s
            }
        }));
        self.rows += 1;
        Ok(())
    }
    fn finish(&mut self) -> Result<()> {
        writeln!(self.out, "{}", self.table)?;
        writeln!(
            self.out,
            "({} row{})",
            self.rows,
            if self.rows == 1 { "" } else { "s" }
        )?;
        self.out.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn excel_safe_cells() {
        assert_eq!(excel_safe("=1+1"), "'=1+1");
        assert_eq!(excel_safe("-x"), "'-x");
        assert_eq!(excel_safe("plain"), "plain");
    }
}
