-- name: concept_frequency
-- description: Mentions of each concept per article, raw and per 1,000 words (lead repeats not counted); filter by concept, kind (concept, organisation, actor) and article
-- param: concept NULL
-- param: kind NULL
-- param: article NULL
-- param: limit 1000
WITH wanted AS (
    SELECT id, name, kind FROM concepts
    WHERE (:concept IS NULL OR name = :concept COLLATE NOCASE) AND (:kind IS NULL OR kind = :kind)
),
f AS (
    SELECT m.article_id, m.concept_id, count(*) AS mentions
    FROM mentions m INDEXED BY mentions_article
    WHERE m.concept_id IN (SELECT id FROM wanted) AND (:article IS NULL OR m.article_id = :article)
    GROUP BY m.article_id, m.concept_id
    ORDER BY m.article_id, mentions DESC, m.concept_id
    LIMIT :limit
)
SELECT f.article_id, a.title, w.name AS concept, w.kind, f.mentions, a.word_count,
       round(1000.0 * f.mentions / max(a.word_count, 1), 2) AS per_1000_words
FROM f
JOIN wanted w ON w.id = f.concept_id
JOIN articles a ON a.id = f.article_id
ORDER BY f.article_id, f.mentions DESC, w.name;
