//! Turns the Kremlin HTML pages (../shared/corpus/kremlin-en) into plain-text articles
//! shaped like saved scrapes, for benchmarks and for testing the text rules on pages they
//! were not written for. Not part of the tool: HTML ingest proper is its own module.
//!
//! cargo run --release --example kremlin_text -- UNPACKED_HTML_DIR INDEX.jsonl OUT_DIR
//! Writes OUT_DIR/NNNN.txt (title on line 1, one paragraph a line) and
//! OUT_DIR/manifest.csv (path,title,published,url).

use regex::Regex;
use std::io::BufRead;

fn decode(s: &str) -> String {
    s.replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&rsquo;", "’")
        .replace("&lsquo;", "‘")
        .replace("&ldquo;", "“")
        .replace("&rdquo;", "”")
        .replace("&mdash;", "—")
        .replace("&ndash;", "–")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 4 {
        eprintln!("usage: kremlin_text UNPACKED_HTML_DIR INDEX.jsonl OUT_DIR");
        std::process::exit(2);
    }
    let (src, index, out) = (&args[1], &args[2], &args[3]);
    std::fs::create_dir_all(out).unwrap();
    let body =
        Regex::new(r#"(?s)itemprop="articleBody">(.*?)<div class="read__bottommeta"#).unwrap();
    let para = Regex::new(r"(?s)<p[^>]*>(.*?)</p>").unwrap();
    let tag = Regex::new(r"<[^>]+>").unwrap();
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
        let Some(b) = body.captures(&html) else {
            continue;
        };
        let paras: Vec<String> = para
            .captures_iter(&b[1])
            .map(|c| {
                decode(&tag.replace_all(&c[1], ""))
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|p| !p.is_empty())
            .collect();
        if paras.is_empty() {
            continue;
        }
        let title = v["title"].as_str().unwrap_or("");
        let text = format!("{title}\n{}\n", paras.join("\n"));
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
