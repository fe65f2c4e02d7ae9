-- name: concept_cooccurrence
-- description: Pairs of concepts mentioned in the same sentence, with the number of sentences and articles; filter by concept, article and a minimum count
-- param: concept NULL
-- param: article NULL
-- param: min_count 1
-- param: limit 500
WITH m AS (
    SELECT DISTINCT sentence_id, concept_id, article_id FROM mentions
    WHERE (:article IS NULL OR article_id = :article)
)
SELECT c1.name AS concept_a, c2.name AS concept_b, count(*) AS sentences,
       count(DISTINCT m1.article_id) AS articles
FROM m m1
JOIN m m2 ON m2.sentence_id = m1.sentence_id AND m2.concept_id > m1.concept_id
JOIN concepts c1 ON c1.id = m1.concept_id
JOIN concepts c2 ON c2.id = m2.concept_id
WHERE (:concept IS NULL OR c1.name = :concept COLLATE NOCASE OR c2.name = :concept COLLATE NOCASE)
GROUP BY m1.concept_id, m2.concept_id
HAVING count(*) >= :min_count
ORDER BY sentences DESC, concept_a, concept_b
LIMIT :limit;
