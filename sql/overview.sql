-- name: overview
-- description: What the corpus holds: articles, words, sections, sentences (lead repeats counted apart), claims by kind, dated references, mentions
SELECT 'articles' AS item, count(*) AS n FROM articles
UNION ALL SELECT 'words (body)', coalesce(sum(word_count), 0) FROM articles
UNION ALL SELECT 'articles with a published date', count(*) FROM articles WHERE published IS NOT NULL
UNION ALL SELECT 'sections', count(*) FROM sections
UNION ALL SELECT 'paragraphs', count(*) FROM paragraphs
UNION ALL SELECT 'sentences', count(*) FROM sentences WHERE duplicate_of IS NULL
UNION ALL SELECT 'sentences repeating the body (lead)', count(*) FROM sentences WHERE duplicate_of IS NOT NULL
UNION ALL SELECT * FROM (
    SELECT 'claims: ' || c.kind, count(*) FROM claims c JOIN sentences s ON s.id = c.sentence_id
    WHERE s.duplicate_of IS NULL GROUP BY c.kind ORDER BY count(*) DESC)
UNION ALL SELECT 'dated references', count(*) FROM dated_refs
UNION ALL SELECT 'concept mentions', count(*) FROM mentions
UNION ALL SELECT 'related links', count(*) FROM related_links
UNION ALL SELECT 'failed inputs (last run)', count(*) FROM ingest_errors WHERE run_id = (SELECT max(id) FROM ingest_runs);
