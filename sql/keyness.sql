-- name: keyness
-- description: What subcorpus A says more (or less) than B: each term's count in A and B, per million words, log-likelihood (Dunning's G2) and log ratio (log2 of the relative frequencies, 0.5 for a zero count); A and B are chosen by source, year range or comma-separated article ids; B is the rest of the corpus when none of its parameters is given. Terms seen at least min_count times in A and B together; stopwords left out unless stopwords=1; key_for says which side uses the term more. Needs `corpusdb index tokens`.
-- param: a_source NULL
-- param: a_from_year NULL
-- param: a_to_year NULL
-- param: a_articles NULL
-- param: b_source NULL
-- param: b_from_year NULL
-- param: b_to_year NULL
-- param: b_articles NULL
-- param: min_count 5
-- param: stopwords 0
-- param: limit 100
WITH
ya AS (
    SELECT year, source FROM token_years
    WHERE :a_articles IS NULL
      AND (:a_source IS NULL OR source = :a_source)
      AND (:a_from_year IS NULL OR year >= CAST(:a_from_year AS INTEGER))
      AND (:a_to_year IS NULL OR (year > 0 AND year <= CAST(:a_to_year AS INTEGER)))
),
rest AS (
    SELECT :b_source IS NULL AND :b_from_year IS NULL AND :b_to_year IS NULL AND :b_articles IS NULL AS yes
),
yb AS (
    SELECT year, source FROM token_years
    WHERE :b_articles IS NULL AND NOT (SELECT yes FROM rest)
      AND (:b_source IS NULL OR source = :b_source)
      AND (:b_from_year IS NULL OR year >= CAST(:b_from_year AS INTEGER))
      AND (:b_to_year IS NULL OR (year > 0 AND year <= CAST(:b_to_year AS INTEGER)))
),
sa AS (
    SELECT ta.article_id, ta.tokens FROM token_articles ta JOIN articles a ON a.id = ta.article_id
    WHERE :a_articles IS NOT NULL
      AND instr(',' || replace(:a_articles, ' ', '') || ',', ',' || a.id || ',') > 0
      AND (:a_source IS NULL OR a.source = :a_source)
      AND (:a_from_year IS NULL OR CAST(substr(a.published, 1, 4) AS INTEGER) >= CAST(:a_from_year AS INTEGER))
      AND (:a_to_year IS NULL OR CAST(substr(a.published, 1, 4) AS INTEGER) <= CAST(:a_to_year AS INTEGER))
),
sb AS (
    SELECT ta.article_id, ta.tokens FROM token_articles ta JOIN articles a ON a.id = ta.article_id
    WHERE :b_articles IS NOT NULL
      AND instr(',' || replace(:b_articles, ' ', '') || ',', ',' || a.id || ',') > 0
      AND (:b_source IS NULL OR a.source = :b_source)
      AND (:b_from_year IS NULL OR CAST(substr(a.published, 1, 4) AS INTEGER) >= CAST(:b_from_year AS INTEGER))
      AND (:b_to_year IS NULL OR CAST(substr(a.published, 1, 4) AS INTEGER) <= CAST(:b_to_year AS INTEGER))
),
size AS (
    SELECT c, CASE WHEN (SELECT yes FROM rest) THEN total - c ELSE d END AS d
    FROM (SELECT coalesce((SELECT sum(tokens) FROM token_years WHERE (year, source) IN ya), 0)
                 + coalesce((SELECT sum(tokens) FROM sa), 0) AS c,
                 coalesce((SELECT sum(tokens) FROM token_years WHERE (year, source) IN yb), 0)
                 + coalesce((SELECT sum(tokens) FROM sb), 0) AS d,
                 (SELECT sum(tokens) FROM token_years) AS total)
),
fa AS (
    SELECT term_id, sum(a) AS a FROM (
        SELECT term_id, sum(n) AS a FROM term_years WHERE (year, source) IN ya GROUP BY term_id
        UNION ALL
        SELECT term_id, sum(n) FROM term_counts
        WHERE article_id IN (SELECT article_id FROM sa) GROUP BY term_id
    ) GROUP BY term_id
),
fb AS (
    -- B as the rest of the corpus: the corpus totals minus A
    SELECT t.id AS term_id, t.total - coalesce(fa.a, 0) AS b
    FROM terms t LEFT JOIN fa ON fa.term_id = t.id
    WHERE (SELECT yes FROM rest)
    UNION ALL
    SELECT term_id, sum(b) FROM (
        SELECT term_id, sum(n) AS b FROM term_years WHERE (year, source) IN yb GROUP BY term_id
        UNION ALL
        SELECT term_id, sum(n) FROM term_counts
        WHERE article_id IN (SELECT article_id FROM sb) GROUP BY term_id
    ) GROUP BY term_id
),
ab AS (
    SELECT t.term, coalesce(fa.a, 0) AS a, coalesce(fb.b, 0) AS b, size.c, size.d
    FROM terms t
    LEFT JOIN fa ON fa.term_id = t.id
    LEFT JOIN fb ON fb.term_id = t.id, size
    WHERE (fa.a IS NOT NULL OR fb.b > 0)
      AND coalesce(fa.a, 0) + coalesce(fb.b, 0) >= CAST(:min_count AS INTEGER)
      AND (CAST(:stopwords AS INTEGER) = 1 OR t.stop = 0)
),
k AS (
    SELECT term, a, b, c, d,
           1.0 * c * (a + b) / (c + d) AS e1, 1.0 * d * (a + b) / (c + d) AS e2
    FROM ab
)
SELECT term, a, b,
       round(1000000.0 * a / c, 2) AS a_per_million, round(1000000.0 * b / d, 2) AS b_per_million,
       round(2 * ((CASE WHEN a > 0 THEN a * ln(a / e1) ELSE 0 END)
                + (CASE WHEN b > 0 THEN b * ln(b / e2) ELSE 0 END)), 3) AS log_likelihood,
       round(log2((CASE WHEN a > 0 THEN 1.0 * a ELSE 0.5 END) / c
                / ((CASE WHEN b > 0 THEN 1.0 * b ELSE 0.5 END) / d)), 3) AS log_ratio,
       CASE WHEN 1.0 * a / c >= 1.0 * b / d THEN 'A' ELSE 'B' END AS key_for
FROM k
ORDER BY log_likelihood DESC, term
LIMIT CAST(:limit AS INTEGER);
