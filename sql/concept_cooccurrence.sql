-- name: concept_cooccurrence
-- description: Pairs of concepts mentioned in the same sentence, with the number of sentences and articles; filter by concept, article and a minimum count
-- param: concept NULL
-- param: article NULL
-- param: min_count 1
-- param: limit 500
WITH pairs AS (
    SELECT m1.concept_id AS a, m2.concept_id AS b,
           count(DISTINCT m1.sentence_id) AS sentences, count(DISTINCT m1.article_id) AS articles
    FROM mentions m1 INDEXED BY mentions_sentence
    JOIN mentions m2 INDEXED BY mentions_sentence
      ON m2.sentence_id = m1.sentence_id AND m2.concept_id > m1.concept_id
    WHERE (:article IS NULL OR m1.article_id = :article)
    GROUP BY m1.concept_id, m2.concept_id
    HAVING count(DISTINCT m1.sentence_id) >= :min_count
)
SELECT c1.name AS concept_a, c2.name AS concept_b, p.sentences, p.articles
FROM pairs p
JOIN concepts c1 ON c1.id = p.a
JOIN concepts c2 ON c2.id = p.b
WHERE (:concept IS NULL OR c1.name = :concept COLLATE NOCASE OR c2.name = :concept COLLATE NOCASE)
ORDER BY p.sentences DESC, concept_a, concept_b
LIMIT :limit;
