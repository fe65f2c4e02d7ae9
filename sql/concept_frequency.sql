-- name: concept_frequency
-- description: Mentions of each concept per article, raw and per 1,000 words (lead repeats not counted); filter by concept, kind (concept, organisation, actor) and article
-- param: concept NULL
-- param: kind NULL
-- param: article NULL
-- param: limit 1000
SELECT a.id AS article_id, a.title, c.name AS concept, c.kind, count(*) AS mentions,
       a.word_count, round(1000.0 * count(*) / max(a.word_count, 1), 2) AS per_1000_words
FROM mentions m
JOIN concepts c ON c.id = m.concept_id
JOIN articles a ON a.id = m.article_id
WHERE (:concept IS NULL OR c.name = :concept COLLATE NOCASE)
  AND (:kind IS NULL OR c.kind = :kind)
  AND (:article IS NULL OR m.article_id = :article)
GROUP BY m.article_id, m.concept_id
ORDER BY a.id, mentions DESC, c.name
LIMIT :limit;
