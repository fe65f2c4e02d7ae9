//! Charts drawn with plotters: the timeline of dated references, trends per year or month,
//! and a co-occurrence matrix. Each takes the rows of a canned query (`query::Rows`), so
//! a chart shows exactly what `corpusdb query` prints. The only module that knows
//! plotters; the font (DejaVu Sans, `data/fonts`) is compiled in, so PNGs look the same on
//! every machine.

use crate::query::Rows;
use anyhow::{anyhow, bail, Result};
use chrono::{Datelike, NaiveDate};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use rusqlite::types::Value;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Once;

const FONT: &[u8] = include_bytes!("../../data/fonts/DejaVuSans.ttf");
const FAMILY: &str = "sans-serif";

/// Series colours: readable on white and told apart in print (Tableau 10).
const PALETTE: [RGBColor; 8] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(227, 119, 194),
    RGBColor(127, 127, 127),
];

fn register() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        for style in [FontStyle::Normal, FontStyle::Bold] {
            // the bytes are a valid TrueType font, checked by the tests
            let _ = plotters::style::register_font(FAMILY, style, FONT);
        }
    });
}

fn err<E: std::fmt::Display>(e: E) -> anyhow::Error {
    anyhow!("drawing failed: {e}")
}

/// A chart that can draw itself on any plotters backend.
trait Chart {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()>;
}

/// Draws with the backend the file name asks for: `.svg` or `.png`.
fn render(path: &Path, size: (u32, u32), chart: &impl Chart) -> Result<()> {
    register();
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("svg") => {
            let root = SVGBackend::new(path, size).into_drawing_area();
            root.fill(&WHITE).map_err(err)?;
            chart.draw(&root)?;
            root.present().map_err(err)?;
        }
        Some("png") => {
            let root = BitMapBackend::new(path, size).into_drawing_area();
            root.fill(&WHITE).map_err(err)?;
            chart.draw(&root)?;
            root.present().map_err(err)?;
        }
        _ => bail!("{}: the file name must end in .svg or .png", path.display()),
    }
    Ok(())
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::Text(s) if !s.is_empty() => Some(s.clone()),
        Value::Integer(i) => Some(i.to_string()),
        Value::Real(f) => Some(f.to_string()),
        _ => None,
    }
}

fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Integer(i) => Some(*i as f64),
        Value::Real(f) => Some(*f),
        Value::Text(s) => s.parse().ok(),
        _ => None,
    }
}

/// A date as a fractional year (1991-12-26 → 1991.98).
fn year_of(s: &str) -> Option<f64> {
    let d = NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()?;
    Some(d.year() as f64 + f64::from(d.ordinal0()) / 365.25)
}

/// "2017" or "2017-05" as a fractional year.
fn period_of(s: &str) -> Option<f64> {
    let (y, m) = match s.split_once('-') {
        Some((y, m)) => (y.parse::<f64>().ok()?, m.parse::<f64>().ok()?),
        None => (s.parse::<f64>().ok()?, 1.0),
    };
    Some(y + (m - 1.0) / 12.0)
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let cut: String = s.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A calendar range as people write it: "2017", "March 2017", "the 1990s", "5 May 2017";
/// `None` for other ranges.
fn range_label(from: &str, to: &str) -> Option<String> {
    let a = NaiveDate::parse_from_str(from.get(..10)?, "%Y-%m-%d").ok()?;
    let b = NaiveDate::parse_from_str(to.get(..10)?, "%Y-%m-%d").ok()?;
    let first_of_year = a.month() == 1 && a.day() == 1;
    let last_of_year = b.month() == 12 && b.day() == 31;
    if a == b {
        Some(a.format("%-d %B %Y").to_string())
    } else if first_of_year && last_of_year && a.year() == b.year() {
        Some(a.year().to_string())
    } else if first_of_year && last_of_year && a.year() % 10 == 0 && b.year() == a.year() + 9 {
        Some(format!("the {}s", a.year()))
    } else if a.day() == 1 && a.year() == b.year() && a.month() == b.month() {
        Some(a.format("%B %Y").to_string())
    } else {
        None
    }
}

/// One line of the timeline: what is dated, its range in years, how often it is cited.
#[derive(Debug, Clone)]
pub struct Item {
    pub label: String,
    pub from: f64,
    pub to: f64,
    pub event: bool,
    pub count: usize,
}

/// The timeline's lines from `timeline` rows: references with the same label and range
/// are one line; the `max` most cited are kept, in date order.
pub fn timeline_items(rows: &Rows, max: usize) -> Result<Vec<Item>> {
    let (cf, ct, cty, ctx, cr) = (
        rows.col("date_from")?,
        rows.col("date_to")?,
        rows.col("type")?,
        rows.col("text")?,
        rows.col("referent")?,
    );
    let mut items: HashMap<(String, String, String), Item> = HashMap::new();
    for r in &rows.rows {
        let Some(from) = text(&r[cf]) else {
            continue;
        };
        let to = text(&r[ct]).unwrap_or_else(|| from.clone());
        // what is dated, or else the date itself, however it was worded
        let Some(label) =
            text(&r[cr]).or_else(|| range_label(&from, &to).or_else(|| text(&r[ctx])))
        else {
            continue;
        };
        let (Some(a), Some(b)) = (year_of(&from), year_of(&to)) else {
            continue;
        };
        let event = text(&r[cty]).as_deref() == Some("EVENT");
        let it = items
            .entry((label.clone(), from, to))
            .or_insert_with(|| Item {
                label,
                from: a,
                to: b + 1.0 / 365.25,
                event,
                count: 0,
            });
        it.count += 1;
    }
    let mut v: Vec<Item> = items.into_values().collect();
    v.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(a.from.total_cmp(&b.from))
            .then(a.label.cmp(&b.label))
    });
    v.truncate(max);
    v.sort_by(|a, b| a.from.total_cmp(&b.from).then(a.label.cmp(&b.label)));
    Ok(v)
}

/// The timeline: a bar for each range longer than a month (the Cold War, "the 1990s"),
/// a dot for each day or month, one line per dated thing, labelled with what it dates.
pub fn timeline(rows: &Rows, max: usize, title: &str, path: &Path) -> Result<usize> {
    let items = timeline_items(rows, max)?;
    if items.is_empty() {
        bail!("no dated references to draw (is the filter too narrow?)");
    }
    let height = 140 + 26 * items.len() as u32;
    render(
        path,
        (1200, height),
        &Timeline {
            items: &items,
            title,
        },
    )?;
    Ok(items.len())
}

struct Timeline<'a> {
    items: &'a [Item],
    title: &'a str,
}

impl Chart for Timeline<'_> {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()> {
        let items = self.items;
        let (head, body) = root.split_vertically(78);
        heading(&head, self.title)?;
        let (event_c, date_c) = (PALETTE[1], PALETTE[0]);
        legend(
            &head,
            &[
                (event_c, "named period or event"),
                (date_c, "date, year or decade"),
            ],
            "bars: ranges longer than two months; dots: days and months",
        )?;
        let lo = items.iter().map(|i| i.from).fold(f64::MAX, f64::min);
        let hi = items.iter().map(|i| i.to).fold(f64::MIN, f64::max);
        let pad = ((hi - lo) * 0.03).max(0.5);
        let n = items.len() as f64;
        let mut chart = ChartBuilder::on(&body)
            .margin(16)
            .x_label_area_size(40)
            .y_label_area_size(430)
            .build_cartesian_2d((lo - pad)..(hi + pad), -0.7..(n - 0.3))
            .map_err(err)?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(0)
            .x_desc("year")
            .x_label_formatter(&|x| format!("{x:.0}"))
            .label_style((FAMILY, 15))
            .axis_desc_style((FAMILY, 16))
            .draw()
            .map_err(err)?;
        let y = |k: usize| n - 1.0 - k as f64; // first item at the top
                                               // a range shorter than this is drawn as a dot, so that it stays visible
        let least = (2.0 / 12.0f64).max((hi - lo) * 0.004);
        let colour = |i: &Item| if i.event { event_c } else { date_c };
        chart
            .draw_series(
                items
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| i.to - i.from > least)
                    .map(|(k, i)| {
                        Rectangle::new(
                            [(i.from, y(k) - 0.32), (i.to, y(k) + 0.32)],
                            colour(i).filled(),
                        )
                    }),
            )
            .map_err(err)?;
        chart
            .draw_series(
                items
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| i.to - i.from <= least)
                    .map(|(k, i)| {
                        Circle::new(((i.from + i.to) / 2.0, y(k)), 7, colour(i).filled())
                    }),
            )
            .map_err(err)?;
        // labels left of the plot, one per line, with how often the thing is cited
        let style =
            TextStyle::from((FAMILY, 15).into_font()).pos(Pos::new(HPos::Right, VPos::Center));
        for (k, i) in items.iter().enumerate() {
            let (px, py) = chart.backend_coord(&(lo - pad, y(k)));
            let label = format!("{} ({}×)", shorten(&i.label, 48), i.count);
            // backend coordinates are the whole picture's
            root.draw(&Text::new(label, (px - 10, py), style.clone()))
                .map_err(err)?;
        }
        Ok(())
    }
}

/// The title at the top left of `area`.
fn heading<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, title: &str) -> Result<()> {
    area.draw(&Text::new(
        title.to_string(),
        (16, 12),
        (FAMILY, 24).into_font().style(FontStyle::Bold),
    ))
    .map_err(err)
}

/// A row of coloured keys under the title, then a note.
fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    keys: &[(RGBColor, &str)],
    note: &str,
) -> Result<()> {
    let mut x = 16;
    let y = 52;
    for (c, label) in keys {
        area.draw(&Rectangle::new([(x, y - 7), (x + 14, y + 7)], c.filled()))
            .map_err(err)?;
        let style =
            TextStyle::from((FAMILY, 15).into_font()).pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(label.to_string(), (x + 20, y), style))
            .map_err(err)?;
        x += 40 + 8 * label.chars().count() as i32;
    }
    let style = (FAMILY, 14)
        .into_font()
        .color(&BLACK.mix(0.65))
        .pos(Pos::new(HPos::Left, VPos::Center));
    area.draw(&Text::new(note.to_string(), (x + 10, y), style))
        .map_err(err)
}

/// Trend lines from `trend` rows: per million words by period, one line per concept or
/// term (the `max` most frequent).
pub fn trend(rows: &Rows, max: usize, title: &str, path: &Path) -> Result<usize> {
    let (cp, cw, ch, cm) = (
        rows.col("period")?,
        rows.col("what")?,
        rows.col("hits")?,
        rows.col("per_million")?,
    );
    let mut series: HashMap<String, (f64, Vec<(f64, f64)>)> = HashMap::new();
    for r in &rows.rows {
        let (Some(p), Some(w), Some(m)) = (
            text(&r[cp]).and_then(|p| period_of(&p)),
            text(&r[cw]),
            number(&r[cm]),
        ) else {
            continue;
        };
        let e = series.entry(w).or_default();
        e.0 += number(&r[ch]).unwrap_or(0.0);
        e.1.push((p, m));
    }
    let mut lines: Vec<Line> = series.into_iter().map(|(k, (t, v))| (k, t, v)).collect();
    lines.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    lines.truncate(max.min(PALETTE.len()));
    // a period with articles but no mention of a series is a zero, not a gap to bridge
    let mut periods: Vec<f64> = rows
        .rows
        .iter()
        .filter_map(|r| text(&r[cp]).and_then(|p| period_of(&p)))
        .collect();
    periods.sort_by(f64::total_cmp);
    periods.dedup();
    for l in &mut lines {
        for &p in &periods {
            if !l.2.iter().any(|&(x, _)| x == p) {
                l.2.push((p, 0.0));
            }
        }
        l.2.sort_by(|a, b| a.0.total_cmp(&b.0));
    }
    if lines.is_empty() {
        bail!("nothing to draw: the trend query gave no rows");
    }
    render(
        path,
        (1200, 700),
        &Trend {
            lines: &lines,
            title,
        },
    )?;
    Ok(lines.len())
}

type Line = (String, f64, Vec<(f64, f64)>);

struct Trend<'a> {
    lines: &'a [Line],
    title: &'a str,
}

impl Chart for Trend<'_> {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()> {
        let lines = self.lines;
        let (head, body) = root.split_vertically(78);
        heading(&head, self.title)?;
        let keys: Vec<(RGBColor, String)> = lines
            .iter()
            .enumerate()
            .map(|(k, l)| (PALETTE[k % PALETTE.len()], format!("{} ({:.0})", l.0, l.1)))
            .collect();
        let keys: Vec<(RGBColor, &str)> = keys.iter().map(|(c, s)| (*c, s.as_str())).collect();
        legend(&head, &keys, "(mentions in all)")?;
        let pts = lines.iter().flat_map(|l| l.2.iter());
        let (lo, hi, top) = pts.fold((f64::MAX, f64::MIN, 0f64), |(a, b, c), &(x, y)| {
            (a.min(x), b.max(x), c.max(y))
        });
        let (lo, hi) = if hi - lo < 1.0 {
            (lo - 1.0, hi + 1.0)
        } else {
            (lo - 0.3, hi + 0.3)
        };
        let mut chart = ChartBuilder::on(&body)
            .margin(16)
            .x_label_area_size(40)
            .y_label_area_size(80)
            .build_cartesian_2d(lo..hi, 0.0..(top * 1.12).max(1.0))
            .map_err(err)?;
        chart
            .configure_mesh()
            .x_desc("year")
            .y_desc("per million words")
            .y_label_formatter(&|y| format!("{y:.0}"))
            .x_label_formatter(&|x| {
                if (x - x.round()).abs() < 0.01 {
                    format!("{x:.0}")
                } else {
                    String::new()
                }
            })
            .label_style((FAMILY, 15))
            .axis_desc_style((FAMILY, 16))
            .draw()
            .map_err(err)?;
        for (k, (_, _, pts)) in lines.iter().enumerate() {
            let c = PALETTE[k % PALETTE.len()];
            chart
                .draw_series(LineSeries::new(pts.iter().copied(), c.stroke_width(3)))
                .map_err(err)?;
            chart
                .draw_series(pts.iter().map(|&p| Circle::new(p, 4, c.filled())))
                .map_err(err)?;
        }
        Ok(())
    }
}

/// A co-occurrence matrix from `cooccurrence` rows: the `max` best-connected names on
/// both axes, each cell shaded by and labelled with its weight.
/// `unit` names what a cell counts ("sentences" or "articles").
pub fn cooccurrence(
    rows: &Rows,
    max: usize,
    title: &str,
    unit: &str,
    path: &Path,
) -> Result<usize> {
    let (cs, ct, cw) = (
        rows.col("Source")?,
        rows.col("Target")?,
        rows.col("Weight")?,
    );
    let mut weight: HashMap<(String, String), f64> = HashMap::new();
    let mut degree: HashMap<String, f64> = HashMap::new();
    for r in &rows.rows {
        let (Some(a), Some(b), Some(w)) = (text(&r[cs]), text(&r[ct]), number(&r[cw])) else {
            continue;
        };
        *degree.entry(a.clone()).or_default() += w;
        *degree.entry(b.clone()).or_default() += w;
        weight.insert((a.clone(), b.clone()), w);
        weight.insert((b, a), w);
    }
    let mut names: Vec<(String, f64)> = degree.into_iter().collect();
    names.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    names.truncate(max);
    if names.len() < 2 {
        bail!("nothing to draw: fewer than two names co-occur");
    }
    let names: Vec<String> = names.into_iter().map(|n| n.0).collect();
    let n = names.len() as u32;
    let cell = (700 / n).clamp(28, 60);
    let size = (300 + cell * n + 40, 110 + cell * n + 40);
    let m = Matrix {
        names,
        weight,
        cell,
        title: title.to_string(),
        note: format!("each cell: {unit} naming both; columns are numbered as the rows"),
    };
    render(path, size, &m)?;
    Ok(m.names.len())
}

struct Matrix {
    names: Vec<String>,
    weight: HashMap<(String, String), f64>,
    cell: u32,
    title: String,
    note: String,
}

impl Chart for Matrix {
    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()> {
        let (left, top, c) = (300i32, 110i32, self.cell as i32);
        root.draw(&Text::new(
            self.title.clone(),
            (16, 16),
            (FAMILY, 24).into_font().style(FontStyle::Bold),
        ))
        .map_err(err)?;
        root.draw(&Text::new(
            self.note.clone(),
            (16, 50),
            (FAMILY, 15).into_font().color(&BLACK.mix(0.7)),
        ))
        .map_err(err)?;
        let max = self.weight.values().copied().fold(1.0, f64::max);
        let right =
            TextStyle::from((FAMILY, 15).into_font()).pos(Pos::new(HPos::Right, VPos::Center));
        let centre = |size: u32| {
            TextStyle::from((FAMILY, size).into_font()).pos(Pos::new(HPos::Center, VPos::Center))
        };
        for (i, a) in self.names.iter().enumerate() {
            let y = top + i as i32 * c;
            root.draw(&Text::new(
                format!("{}  {}", shorten(a, 30), i + 1),
                (left - 8, y + c / 2),
                right.clone(),
            ))
            .map_err(err)?;
            root.draw(&Text::new(
                (i + 1).to_string(),
                (left + i as i32 * c + c / 2, top - 14),
                centre(15),
            ))
            .map_err(err)?;
            for (j, b) in self.names.iter().enumerate() {
                let x = left + j as i32 * c;
                let w = if i == j {
                    None
                } else {
                    self.weight.get(&(a.clone(), b.clone())).copied()
                };
                let shade = w.map_or(0.0, |w| (w / max).sqrt());
                let fill = if i == j {
                    RGBColor(235, 235, 235)
                } else {
                    blend(shade)
                };
                root.draw(&Rectangle::new([(x, y), (x + c, y + c)], fill.filled()))
                    .map_err(err)?;
                root.draw(&Rectangle::new(
                    [(x, y), (x + c, y + c)],
                    WHITE.stroke_width(1),
                ))
                .map_err(err)?;
                if let Some(w) = w {
                    let ink = if shade > 0.55 { WHITE } else { BLACK };
                    root.draw(&Text::new(
                        format!("{w:.0}"),
                        (x + c / 2, y + c / 2),
                        centre((c as u32 / 3).clamp(10, 15)).color(&ink),
                    ))
                    .map_err(err)?;
                }
            }
        }
        Ok(())
    }
}

/// White to dark blue.
fn blend(t: f64) -> RGBColor {
    let (a, b) = ((247.0, 251.0, 255.0), (8.0, 48.0, 107.0));
    let m = |x: f64, y: f64| (x + (y - x) * t.clamp(0.0, 1.0)).round() as u8;
    RGBColor(m(a.0, b.0), m(a.1, b.1), m(a.2, b.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(cols: &[&str], data: &[&[&str]]) -> Rows {
        Rows {
            cols: cols.iter().map(|c| c.to_string()).collect(),
            rows: data
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|v| {
                            if v.is_empty() {
                                Value::Null
                            } else {
                                Value::Text(v.to_string())
                            }
                        })
                        .collect()
                })
                .collect(),
        }
    }

    #[test]
    fn the_font_loads() {
        assert!(ab_glyph_font_ok());
    }

    fn ab_glyph_font_ok() -> bool {
        plotters::style::register_font("test-family", FontStyle::Normal, FONT).is_ok()
    }

    #[test]
    fn timeline_merges_repeats_and_keeps_the_most_cited() {
        let cols = ["date_from", "date_to", "type", "text", "referent"];
        let r = rows(
            &cols,
            &[
                &["1947-03-12", "1991-12-26", "EVENT", "Cold War", "Cold War"],
                &[
                    "1947-03-12",
                    "1991-12-26",
                    "EVENT",
                    "the Cold War",
                    "Cold War",
                ],
                &[
                    "1997-04-23",
                    "1997-04-23",
                    "DATE",
                    "April 23, 1997",
                    "Joint Declaration",
                ],
                &["2005-07-01", "2005-07-01", "DATE", "July 1, 2005", ""],
            ],
        );
        let items = timeline_items(&r, 2).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].label, "Cold War");
        assert_eq!(items[0].count, 2);
        assert!(items[0].event && (items[0].from - 1947.19).abs() < 0.01);
        // of the two cited once, the earlier stays; the text stands in for a referent
        assert_eq!(items[1].label, "Joint Declaration");
        // a date without a referent is labelled with the date, however it was worded
        assert_eq!(timeline_items(&r, 9).unwrap()[2].label, "1 July 2005");
        assert_eq!(
            range_label("1990-01-01", "1999-12-31").as_deref(),
            Some("the 1990s")
        );
        assert_eq!(
            range_label("2017-03-01", "2017-03-31").as_deref(),
            Some("March 2017")
        );
        assert_eq!(
            range_label("2017-01-01", "2017-12-31").as_deref(),
            Some("2017")
        );
        assert_eq!(range_label("2017-01-01", "2017-06-30"), None);
    }

    #[test]
    fn periods_and_names() {
        assert_eq!(period_of("2017"), Some(2017.0));
        assert!((period_of("2017-07").unwrap() - 2017.5).abs() < 1e-9);
        assert_eq!(shorten("abcdef", 4), "abc…");
        let dir = std::env::temp_dir().join("corpusdb-plot-test.gif");
        let r = rows(
            &["period", "what", "kind", "hits", "per_million"],
            &[&["2017", "x", "term", "1", "2"]],
        );
        assert!(trend(&r, 3, "t", &dir).is_err(), "only .svg and .png");
    }
}
