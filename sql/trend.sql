-- name: trend
-- description: A concept's mentions (concept=…) or a word's occurrences (term=…, needs `corpusdb index tokens`) per published year, or month with by=month, raw and per million words of that period — every period with articles, 0 where there is no mention; with neither, every concept where it is mentioned. Concepts are counted against the articles' word counts, terms against the token index's.
-- param: concept NULL
-- param: term NULL
-- param: by year
WITH per AS (
    SELECT id, CASE :by WHEN 'month' THEN substr(published, 1, 7) ELSE substr(published, 1, 4) END AS period,
           word_count
    FROM articles WHERE published IS NOT NULL
),
concept_rows AS (
    SELECT p.period, c.name AS what, count(*) AS hits, count(DISTINCT m.article_id) AS articles
    FROM mentions m
    JOIN concepts c ON c.id = m.concept_id
    JOIN per p ON p.id = m.article_id
    WHERE :term IS NULL AND (:concept IS NULL OR c.name = :concept COLLATE NOCASE)
    GROUP BY p.period, m.concept_id
),
term_rows AS (
    SELECT p.period, sum(tc.n) AS hits, count(*) AS articles
    FROM term_counts tc
    JOIN per p ON p.id = tc.article_id
    WHERE tc.term_id = (SELECT id FROM terms WHERE term = lower(:term))
    GROUP BY p.period
),
words AS (SELECT period, sum(word_count) AS words FROM per GROUP BY period),
tokens AS (
    SELECT p.period, sum(ta.tokens) AS words
    FROM token_articles ta JOIN per p ON p.id = ta.article_id
    WHERE :term IS NOT NULL
    GROUP BY p.period
),
-- the one concept asked for, in every period (0 where it is not mentioned)
one_concept AS (
    SELECT name FROM concepts WHERE :term IS NULL AND name = :concept COLLATE NOCASE
)
SELECT r.period, r.what, 'concept' AS kind, r.hits, r.articles,
       round(1000000.0 * r.hits / max(w.words, 1), 2) AS per_million
FROM concept_rows r JOIN words w ON w.period = r.period
UNION ALL
SELECT w.period, o.name, 'concept', 0, 0, 0.0
FROM words w, one_concept o
WHERE NOT EXISTS (SELECT 1 FROM concept_rows r WHERE r.period = w.period)
UNION ALL
SELECT t.period, lower(:term), 'term', coalesce(r.hits, 0), coalesce(r.articles, 0),
       round(1000000.0 * coalesce(r.hits, 0) / max(t.words, 1), 2)
FROM tokens t LEFT JOIN term_rows r ON r.period = t.period
ORDER BY 1, 4 DESC, 2;
