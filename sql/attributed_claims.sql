-- name: attributed_claims
-- description: Who is said to hold which view: attributed claims with their source, sentence and article; filter by source (substring), concept, article and hedged
-- param: source NULL
-- param: concept NULL
-- param: article NULL
-- param: hedged NULL
-- param: limit 1000
SELECT c.source, c.article_id, a.title, c.hedged, c.text AS view, c.start, c.end
FROM claims c
JOIN sentences s ON s.id = c.sentence_id
JOIN articles a ON a.id = c.article_id
WHERE c.kind = 'attributed' AND s.duplicate_of IS NULL
  AND (:source IS NULL OR c.source LIKE '%' || :source || '%')
  AND (:article IS NULL OR c.article_id = :article)
  AND (:hedged IS NULL OR c.hedged = :hedged)
  AND (:concept IS NULL OR EXISTS (
        SELECT 1 FROM mentions m JOIN concepts k ON k.id = m.concept_id
        WHERE m.sentence_id = c.sentence_id AND k.name = :concept COLLATE NOCASE))
ORDER BY c.source, c.article_id, c.sentence_id
LIMIT :limit;
