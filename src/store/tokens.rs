//! The token index (migration V3): fills `tokens`, `term_counts` and `token_articles` for
//! articles not indexed yet, one article at a time inside batched transactions, then
//! recounts the corpus-wide `terms.total`, stopword flags and `ngrams`.

use crate::analyse::tokens::tokens;
use crate::data::stopwords;
use anyhow::Result;
use rusqlite::{params, Connection};
use std::collections::HashMap;

/// What one run of [`index_tokens`] did.
#[derive(Debug, Default)]
pub struct IndexReport {
    pub articles: usize,
    pub tokens: usize,
    pub terms: usize,
    pub ngrams: usize,
}

/// Indexes every article that has no row in `token_articles`, then recounts.
pub fn index_tokens(
    conn: &mut Connection,
    mut progress: impl FnMut(usize, usize),
) -> Result<IndexReport> {
    let mut report = IndexReport::default();
    let todo: Vec<i64> = conn
        .prepare(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM token_articles)
             ORDER BY id",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut ids: HashMap<String, i64> = conn
        .prepare("SELECT term, id FROM terms")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let stop = stopwords();
    for (k, chunk) in todo.chunks(200).enumerate() {
        let tx = conn.transaction()?;
        {
            let mut sentences = tx.prepare_cached(
                "SELECT s.id, s.start, s.text FROM sentences s
                 JOIN sections c ON c.id = s.section_id
                 WHERE s.article_id = ?1 AND s.duplicate_of IS NULL AND c.kind <> 'related'
                 ORDER BY s.ordinal",
            )?;
            let mut new_term =
                tx.prepare_cached("INSERT INTO terms (term, stop) VALUES (?1, ?2)")?;
            let mut article = tx.prepare_cached(
                "INSERT INTO token_articles (article_id, tokens) VALUES (?1, ?2)",
            )?;
            let mut token = tx.prepare_cached(
                "INSERT INTO tokens (article_id, pos, term_id, sentence_id, start, end)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            let mut count = tx.prepare_cached(
                "INSERT INTO term_counts (term_id, article_id, n) VALUES (?1, ?2, ?3)",
            )?;
            for &id in chunk {
                let rows: Vec<(i64, i64, String)> = sentences
                    .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<rusqlite::Result<_>>()?;
                let mut found: Vec<(i64, i64, i64, i64)> = Vec::new(); // term, sentence, start, end
                for (sid, sstart, text) in &rows {
                    // byte offsets -> code points from the sentence's start
                    let mut chars = 0i64;
                    let mut last = 0usize;
                    for t in tokens(text) {
                        chars += text[last..t.s].chars().count() as i64;
                        let start = sstart + chars;
                        let len = text[t.s..t.e].chars().count() as i64;
                        chars += len;
                        last = t.e;
                        let tid = match ids.get(&t.term) {
                            Some(&tid) => tid,
                            None => {
                                new_term.execute(params![t.term, stop.contains(&t.term)])?;
                                let tid = tx.last_insert_rowid();
                                ids.insert(t.term.clone(), tid);
                                report.terms += 1;
                                tid
                            }
                        };
                        found.push((tid, *sid, start, start + len));
                    }
                }
                article.execute(params![id, found.len() as i64])?;
                let mut per: HashMap<i64, i64> = HashMap::new();
                for (pos, (tid, sid, s, e)) in found.iter().enumerate() {
                    token.execute(params![id, pos as i64, tid, sid, s, e])?;
                    *per.entry(*tid).or_default() += 1;
                }
                for (tid, n) in per {
                    count.execute(params![tid, id, n])?;
                }
                report.tokens += found.len();
            }
        }
        tx.commit()?;
        report.articles += chunk.len();
        progress(report.articles.min((k + 1) * 200), todo.len());
    }
    recount(conn, &mut report)?;
    Ok(report)
}

/// Corpus-wide figures: term totals, stopword flags, unused terms dropped, n-grams.
fn recount(conn: &mut Connection, report: &mut IndexReport) -> Result<()> {
    let tx = conn.transaction()?;
    tx.execute_batch(
        "UPDATE terms SET (total, articles) =
             (SELECT coalesce(sum(n), 0), count(*) FROM term_counts WHERE term_id = terms.id);
         DELETE FROM term_years;
         INSERT INTO term_years (term_id, year, source, n, articles)
         SELECT tc.term_id, coalesce(CAST(substr(a.published, 1, 4) AS INTEGER), 0),
                coalesce(a.source, ''), sum(tc.n), count(*)
         FROM term_counts tc JOIN articles a ON a.id = tc.article_id
         GROUP BY 1, 2, 3;
         DELETE FROM token_years;
         INSERT INTO token_years (year, source, tokens, articles)
         SELECT coalesce(CAST(substr(a.published, 1, 4) AS INTEGER), 0), coalesce(a.source, ''),
                sum(ta.tokens), count(*)
         FROM token_articles ta JOIN articles a ON a.id = ta.article_id
         GROUP BY 1, 2;
         DELETE FROM ngrams;
         DELETE FROM terms WHERE total = 0;
         UPDATE terms SET stop = 0 WHERE stop = 1;",
    )?;
    {
        let mut st = tx.prepare("UPDATE terms SET stop = 1 WHERE term = ?1")?;
        for w in stopwords() {
            st.execute([w])?;
        }
    }
    // n-grams within a sentence, counted over the whole index
    let mut counts: HashMap<(i64, i64, i64), u32> = HashMap::new();
    {
        let mut st = tx.prepare(
            "SELECT article_id, sentence_id, term_id FROM tokens ORDER BY article_id, pos",
        )?;
        let mut rows = st.query([])?;
        let mut window: Vec<(i64, i64, i64)> = Vec::with_capacity(3);
        while let Some(r) = rows.next()? {
            let cur = (
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            );
            if window.last().is_some_and(|w| (w.0, w.1) != (cur.0, cur.1)) {
                window.clear();
            }
            window.push(cur);
            if window.len() > 3 {
                window.remove(0);
            }
            let n = window.len();
            if n >= 2 {
                *counts
                    .entry((window[n - 2].2, window[n - 1].2, 0))
                    .or_default() += 1;
            }
            if n == 3 {
                *counts
                    .entry((window[0].2, window[1].2, window[2].2))
                    .or_default() += 1;
            }
        }
    }
    {
        let mut ins =
            tx.prepare("INSERT INTO ngrams (n, t1, t2, t3, count) VALUES (?1, ?2, ?3, ?4, ?5)")?;
        for ((a, b, c), n) in counts {
            if n >= 2 {
                let (len, t3) = if c == 0 { (2, None) } else { (3, Some(c)) };
                ins.execute(params![len, a, b, t3, n])?;
                report.ngrams += 1;
            }
        }
    }
    tx.commit()?;
    conn.execute_batch(
        "ANALYZE terms; ANALYZE tokens; ANALYZE term_counts; ANALYZE ngrams; ANALYZE term_years;",
    )?;
    Ok(())
}
