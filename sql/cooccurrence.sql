-- name: cooccurrence
-- description: Network of concepts and actors as an edge list that Gephi, Cytoscape or igraph read (Source, Target, Type, Weight): two are linked when mentioned in the same sentence (unit=sentence) or article (unit=article); Weight counts those sentences or articles; filter by kind of both ends (concept, organisation, actor), a concept, and a minimum weight.
-- param: unit sentence
-- param: kind NULL
-- param: concept NULL
-- param: min_count 1
-- param: limit 1000
WITH wanted AS (
    SELECT id, name FROM concepts WHERE :kind IS NULL OR kind = :kind
),
by_sentence AS (
    SELECT DISTINCT sentence_id, article_id, concept_id FROM mentions INDEXED BY mentions_sentence
    WHERE coalesce(:unit, 'sentence') <> 'article' AND concept_id IN (SELECT id FROM wanted)
),
by_article AS (
    SELECT DISTINCT article_id, concept_id FROM mentions INDEXED BY mentions_article
    WHERE :unit = 'article' AND concept_id IN (SELECT id FROM wanted)
),
pairs AS (
    SELECT m1.concept_id AS a, m2.concept_id AS b, count(*) AS weight,
           count(DISTINCT m1.article_id) AS articles
    FROM by_sentence m1
    JOIN by_sentence m2 ON m2.sentence_id = m1.sentence_id AND m2.concept_id > m1.concept_id
    GROUP BY m1.concept_id, m2.concept_id
    UNION ALL
    SELECT m1.concept_id, m2.concept_id, count(*), count(*)
    FROM by_article m1
    JOIN by_article m2 ON m2.article_id = m1.article_id AND m2.concept_id > m1.concept_id
    GROUP BY m1.concept_id, m2.concept_id
)
SELECT c1.name AS Source, c2.name AS Target, 'Undirected' AS Type, p.weight AS Weight,
       p.articles AS Articles
FROM pairs p
JOIN wanted c1 ON c1.id = p.a
JOIN wanted c2 ON c2.id = p.b
WHERE p.weight >= CAST(:min_count AS INTEGER)
  AND (:concept IS NULL OR c1.name = :concept COLLATE NOCASE OR c2.name = :concept COLLATE NOCASE)
ORDER BY p.weight DESC, Source, Target
LIMIT CAST(:limit AS INTEGER);
