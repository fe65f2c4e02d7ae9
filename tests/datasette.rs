//! Every canned analysis served by Datasette with `corpusdb datasette` metadata gives the
//! same rows as `corpusdb query … --format csv`. Needs Datasette: `.ci/run` installs it
//! in a virtual environment and sets CORPUSDB_DATASETTE; elsewhere the test skips without
//! it (and fails under CI=true).

mod common;

use common::corpusdb;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn datasette() -> Option<PathBuf> {
    let found = std::env::var_os("CORPUSDB_DATASETTE")
        .map(PathBuf::from)
        .or_else(|| {
            let p =
                Path::new(env!("CARGO_MANIFEST_DIR")).join("target/datasette-venv/bin/datasette");
            p.exists().then_some(p)
        })
        .filter(|p| p.exists());
    if found.is_none() {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("Datasette is missing (CORPUSDB_DATASETTE), and CI=true requires it");
        }
        eprintln!("skipping: Datasette not installed (set CORPUSDB_DATASETTE or run .ci/run)");
    }
    found
}

struct Server(Child);
impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// GET over HTTP/1.0 (no chunking); the body of a 200 response.
fn get(port: u16, path: &str) -> Option<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
    write!(s, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").ok()?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).ok()?;
    let text = String::from_utf8(buf).ok()?;
    let (head, body) = text.split_once("\r\n\r\n")?;
    assert!(
        head.starts_with("HTTP/1.1 200") || head.starts_with("HTTP/1.0 200"),
        "{path}: {head}\n{body}"
    );
    Some(body.to_string())
}

/// CSV rows with numbers compared as numbers (Python and Rust print floats alike, but
/// line ends differ).
fn rows(csv_text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv_text.as_bytes())
        .records()
        .map(|r| {
            r.unwrap()
                .iter()
                .map(|c| match c.parse::<f64>() {
                    Ok(f) => format!("{f:.6}"),
                    Err(_) => c.to_string(),
                })
                .collect()
        })
        .collect()
}

#[test]
fn every_canned_query_is_a_datasette_page_with_the_same_csv() {
    let Some(ds) = datasette() else { return };
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let db = common::indexed_db(
        dir.path(),
        "corpus.db",
        &[root.join("tests/data/analyses"), root.join("samples")],
    );
    let meta = dir.path().join("metadata.json");
    corpusdb(&db)
        .args(["datasette", "-o"])
        .arg(&meta)
        .assert()
        .success();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _server = Server(
        Command::new(&ds)
            .arg(&db)
            .arg("-m")
            .arg(&meta)
            .args(["-h", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let t0 = Instant::now();
    while get(port, "/-/versions.json").is_none() {
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "Datasette did not start"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let names: Vec<String> =
        String::from_utf8(corpusdb(&db).arg("queries").output().unwrap().stdout)
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with(' '))
            .filter_map(|l| l.split_whitespace().next().map(str::to_string))
            .collect();
    assert!(names.len() >= 17, "{names:?}");
    // defaults, and parameters that make the small corpus give rows
    let mut cases: Vec<(String, Vec<&str>)> = names.iter().map(|n| (n.clone(), vec![])).collect();
    for c in cases.iter_mut() {
        match c.0.as_str() {
            "kwic" | "collocates" | "dispersion" => c.1.push("term=russia"),
            _ => {}
        }
    }
    cases.push((
        "collocates".into(),
        vec!["term=china", "min_count=1", "window=3"],
    ));
    cases.push((
        "keyness".into(),
        vec!["a_from_year=2017", "a_to_year=2017", "min_count=1"],
    ));
    cases.push(("frequency".into(), vec!["source=Alpha", "stopwords=1"]));
    cases.push(("timeline".into(), vec!["from=1990-01-01", "type=DATE"]));
    cases.push(("claims".into(), vec!["kind=normative"]));
    cases.push(("claims".into(), vec!["kind=prediction", "author_claim=1"]));
    let mut with_rows = 0;
    for (name, params) in &cases {
        let mut c = corpusdb(&db);
        c.args(["query", name, "--format", "csv"]);
        for p in params {
            c.args(["-p", p]);
        }
        let ours = String::from_utf8(c.output().unwrap().stdout).unwrap();
        let url = format!("/corpus/{name}.csv?_size=max&{}", params.join("&"));
        let theirs = get(port, &url).unwrap_or_else(|| panic!("no answer for {url}"));
        let (a, b) = (rows(&ours), rows(&theirs));
        assert!(!a.is_empty(), "{name} {params:?}: no header from corpusdb");
        assert_eq!(a, b, "{name} {params:?}: corpusdb and Datasette differ");
        with_rows += usize::from(a.len() > 1);
    }
    assert!(with_rows >= 15, "only {with_rows} cases had rows");
    // full-text search on sentences is configured
    let found = get(
        port,
        "/corpus/sentences.json?_search=multipolar&_shape=array",
    )
    .unwrap();
    assert!(found.contains("multipolar"), "{found}");
}
