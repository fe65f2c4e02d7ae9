-- name: overview
-- description: What the corpus holds: articles, words, sections, sentences (lead repeats counted apart), claims by kind, dated references, mentions
-- Claims of lead repeats are subtracted rather than joined away, so every count reads an index.
WITH repeats AS (
    -- CROSS JOIN keeps this order: the few repeats first, then their claims
    SELECT c.kind, count(*) AS n FROM sentences s CROSS JOIN claims c ON c.sentence_id = s.id
    WHERE s.duplicate_of IS NOT NULL GROUP BY c.kind
),
kinds AS (
    SELECT kind, count(*) AS n FROM claims GROUP BY kind
)
SELECT 'articles' AS item, count(*) AS n FROM articles
UNION ALL SELECT 'words (body)', coalesce(sum(word_count), 0) FROM articles INDEXED BY articles_published
UNION ALL SELECT 'articles with a published date', count(*) FROM articles WHERE published IS NOT NULL
UNION ALL SELECT 'sections', count(*) FROM sections
UNION ALL SELECT 'paragraphs', count(*) FROM paragraphs
UNION ALL SELECT 'sentences', (SELECT count(*) FROM sentences) - (SELECT count(*) FROM sentences WHERE duplicate_of IS NOT NULL)
UNION ALL SELECT 'sentences repeating the body (lead)', count(*) FROM sentences WHERE duplicate_of IS NOT NULL
UNION ALL SELECT * FROM (
    SELECT 'claims: ' || k.kind, k.n - coalesce(r.n, 0) FROM kinds k LEFT JOIN repeats r ON r.kind = k.kind
    ORDER BY 2 DESC)
UNION ALL SELECT 'dated references', count(*) FROM dated_refs
UNION ALL SELECT 'concept mentions', count(*) FROM mentions
UNION ALL SELECT 'related links', count(*) FROM related_links
UNION ALL SELECT 'failed inputs (last run)', count(*) FROM ingest_errors WHERE run_id = (SELECT max(id) FROM ingest_runs);
