-- name: frequency
-- description: Top terms of the corpus or of a subcorpus (source, year range, comma-separated article ids), raw, per million words and in how many articles; stopwords (data/stopwords.txt) are left out unless stopwords=1. Needs `corpusdb index tokens`.
-- param: source NULL
-- param: from_year NULL
-- param: to_year NULL
-- param: articles NULL
-- param: stopwords 0
-- param: min_count 1
-- param: limit 100
WITH
-- by source and year: the counts summed per year and source at indexing
y AS (
    SELECT year, source FROM token_years
    WHERE :articles IS NULL
      AND (:source IS NULL OR source = :source)
      AND (:from_year IS NULL OR year >= CAST(:from_year AS INTEGER))
      AND (:to_year IS NULL OR (year > 0 AND year <= CAST(:to_year AS INTEGER)))
),
-- by article ids (and any other filter): those articles' counts
sub AS (
    SELECT ta.article_id, ta.tokens
    FROM token_articles ta JOIN articles a ON a.id = ta.article_id
    WHERE :articles IS NOT NULL
      AND instr(',' || replace(:articles, ' ', '') || ',', ',' || a.id || ',') > 0
      AND (:source IS NULL OR a.source = :source)
      AND (:from_year IS NULL OR CAST(substr(a.published, 1, 4) AS INTEGER) >= CAST(:from_year AS INTEGER))
      AND (:to_year IS NULL OR CAST(substr(a.published, 1, 4) AS INTEGER) <= CAST(:to_year AS INTEGER))
),
size AS (
    SELECT coalesce((SELECT sum(tokens) FROM token_years WHERE (year, source) IN y), 0)
           + coalesce((SELECT sum(tokens) FROM sub), 0) AS tokens,
           coalesce((SELECT sum(articles) FROM token_years WHERE (year, source) IN y), 0)
           + (SELECT count(*) FROM sub) AS articles
),
f AS (
    SELECT term_id, sum(n) AS hits, sum(articles) AS articles
    FROM term_years WHERE (year, source) IN y
    GROUP BY term_id
    UNION ALL
    SELECT term_id, sum(n), count(*)
    FROM term_counts WHERE article_id IN (SELECT article_id FROM sub)
    GROUP BY term_id
)
SELECT t.term, f.hits, round(1000000.0 * f.hits / size.tokens, 2) AS per_million,
       f.articles, size.articles AS of_articles
FROM f JOIN terms t ON t.id = f.term_id, size
WHERE (CAST(:stopwords AS INTEGER) = 1 OR t.stop = 0)
  AND f.hits >= max(CAST(:min_count AS INTEGER), 1)
ORDER BY f.hits DESC, t.term
LIMIT CAST(:limit AS INTEGER);
