//! The text rules on pages they were not written for: 300 Kremlin pages (speeches,
//! transcripts, decrees, news) as plain-text articles. None of them has site chrome, an
//! abridged lead, a related-articles footer or a byline in its text, so every one of those
//! found here would be a rule misfiring. Skipped without ../shared.

mod common;
use common::*;
use std::io::BufRead;

#[test]
fn rules_do_not_misfire_on_kremlin_pages() {
    let Some(shared) = shared() else { return };
    let dir = tempfile::tempdir().unwrap();
    let index = shared.join("corpus/kremlin-en/index.jsonl");
    // every 20th page of the index: all years and kinds of page
    let picks: Vec<serde_json::Value> =
        std::io::BufReader::new(std::fs::File::open(&index).unwrap())
            .lines()
            .step_by(20)
            .take(300)
            .map(|l| serde_json::from_str(&l.unwrap()).unwrap())
            .collect();
    let Some((html, _)) = kremlin_pages() else {
        return;
    };
    let text = dir.path().join("text");
    std::fs::create_dir(&text).unwrap();
    let mut manifest = String::from("path,published\n");
    let mut n = 0;
    for v in &picks {
        let file = v["file"].as_str().unwrap();
        let page = std::fs::read_to_string(html.join(file)).unwrap();
        if let Some(t) = common::kremlin::page_to_text(&page, v["title"].as_str().unwrap()) {
            let name = file.replace(".html", ".txt");
            std::fs::write(text.join(&name), t).unwrap();
            manifest.push_str(&format!("{name},{}\n", v["published"].as_str().unwrap()));
            n += 1;
        }
    }
    assert!(n >= 250, "only {n} pages had article text");
    let man = dir.path().join("manifest.csv");
    std::fs::write(&man, manifest).unwrap();
    let db = dir.path().join("k.db");
    corpusdb(&db)
        .arg("ingest")
        .arg(&text)
        .arg("--manifest")
        .arg(&man)
        .assert()
        .success();
    let c = open(&db);
    assert_eq!(count(&c, "SELECT count(*) FROM articles"), n);
    assert_eq!(
        count(&c, "SELECT count(*) FROM articles WHERE published IS NULL"),
        0
    );
    assert_eq!(
        count(&c, "SELECT count(*) FROM related_links"),
        0,
        "footer rule misfired"
    );
    assert_eq!(
        count(&c, "SELECT count(*) FROM sections WHERE kind = 'lead'"),
        0,
        "lead rule misfired"
    );
    assert_eq!(
        count(
            &c,
            "SELECT count(*) FROM articles WHERE author IS NOT NULL OR affiliation IS NOT NULL"
        ),
        0,
        "byline rule misfired"
    );
    // a speaker's turn ("Vladimir Putin: Why?") is not a heading
    assert_eq!(count(&c, "SELECT count(*) FROM sections WHERE heading LIKE '%: %' AND (heading LIKE '%?' OR heading LIKE '%.' OR heading LIKE '%!')"), 0);
    // the title line is not repeated as text, and nothing but chrome was dropped: every
    // paragraph of each page is in its article
    for v in picks.iter().take(40) {
        let file = v["file"].as_str().unwrap().replace(".html", ".txt");
        let Ok(src) = std::fs::read_to_string(text.join(&file)) else {
            continue;
        };
        let stored = c
            .query_row(
                "SELECT text FROM articles WHERE source_path LIKE '%' || ?1",
                [&file],
                |r| r.get::<_, String>(0),
            )
            .unwrap();
        for line in src
            .lines()
            .skip(1)
            .filter(|l| l.chars().any(char::is_alphanumeric))
        {
            assert!(stored.contains(line.trim()), "{file}: lost {line:?}");
        }
    }
    assert_offsets(&c);
}
