-- name: ngrams
-- description: 2- and 3-word sequences within a sentence with their counts (those seen at least twice), optionally only 2- or 3-grams (n) or those containing a term; n-grams that start or end with a stopword are left out unless stopwords=1. Needs `corpusdb index tokens`.
-- param: term NULL
-- param: n NULL
-- param: stopwords 0
-- param: min_count 2
-- param: limit 100
SELECT g.n, t1.term || ' ' || t2.term || coalesce(' ' || t3.term, '') AS ngram, g.count
FROM ngrams g
JOIN terms t1 ON t1.id = g.t1
JOIN terms t2 ON t2.id = g.t2
LEFT JOIN terms t3 ON t3.id = g.t3
WHERE (:n IS NULL OR g.n = CAST(:n AS INTEGER))
  AND (:term IS NULL OR (SELECT id FROM terms WHERE term = lower(:term)) IN (g.t1, g.t2, g.t3))
  AND (CAST(:stopwords AS INTEGER) = 1 OR (t1.stop = 0 AND coalesce(t3.stop, t2.stop) = 0))
  AND g.count >= CAST(:min_count AS INTEGER)
ORDER BY g.count DESC, ngram
LIMIT CAST(:limit AS INTEGER);
