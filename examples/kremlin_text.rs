//! Turns the Kremlin HTML pages (../shared/corpus/kremlin-en) into plain-text articles
//! shaped like saved scrapes, for benchmarks. Not part of the tool: HTML ingest proper is
//! its own module.
//!
//! cargo run --release --example kremlin_text -- UNPACKED_HTML_DIR INDEX.jsonl OUT_DIR
//! Writes OUT_DIR/NNNN.txt (title on line 1, one paragraph a line) and
//! OUT_DIR/manifest.csv (path,title,published,url).

#[path = "../tests/common/kremlin.rs"]
mod kremlin;

use std::io::BufRead;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 4 {
        eprintln!("usage: kremlin_text UNPACKED_HTML_DIR INDEX.jsonl OUT_DIR");
        std::process::exit(2);
    }
    let (src, index, out) = (&args[1], &args[2], &args[3]);
    std::fs::create_dir_all(out).unwrap();
    let mut manifest = csv::Writer::from_path(format!("{out}/manifest.csv")).unwrap();
    manifest
        .write_record(["path", "title", "published", "url"])
        .unwrap();
    let (mut n, mut bytes) = (0usize, 0usize);
    for line in std::io::BufReader::new(std::fs::File::open(index).unwrap()).lines() {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let file = v["file"].as_str().unwrap();
        let Ok(html) = std::fs::read_to_string(format!("{src}/{file}")) else {
            continue;
        };
        let title = v["title"].as_str().unwrap_or("");
        let Some(text) = kremlin::page_to_text(&html, title) else {
            continue;
        };
        let name = format!("{}.txt", file.trim_end_matches(".html"));
        std::fs::write(format!("{out}/{name}"), &text).unwrap();
        bytes += text.len();
        n += 1;
        manifest
            .write_record([
                name.as_str(),
                title,
                v["published"].as_str().unwrap_or(""),
                v["url"].as_str().unwrap_or(""),
            ])
            .unwrap();
    }
    manifest.flush().unwrap();
    eprintln!(
        "kremlin_text: {n} articles, {:.1} MB of text in {out}",
        bytes as f64 / 1e6
    );
}
