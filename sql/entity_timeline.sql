-- name: entity_timeline
-- description: Concepts, organisations and actors of the lexicon over time: mentions and articles per published year (or month with by=month), per million words, and the date each was first and last mentioned in the corpus; filter by kind (concept, organisation, actor) and concept.
-- param: kind NULL
-- param: concept NULL
-- param: by year
-- param: limit 5000
WITH per AS (
    SELECT id, published,
           CASE :by WHEN 'month' THEN substr(published, 1, 7) ELSE substr(published, 1, 4) END AS period,
           word_count
    FROM articles WHERE published IS NOT NULL
),
words AS (SELECT period, sum(word_count) AS words FROM per GROUP BY period),
wanted AS (
    SELECT id, name, kind FROM concepts
    WHERE (:kind IS NULL OR kind = :kind) AND (:concept IS NULL OR name = :concept COLLATE NOCASE)
),
rows AS (
    SELECT m.concept_id, p.period, count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
           min(p.published) AS first_in_period, max(p.published) AS last_in_period
    FROM mentions m JOIN per p ON p.id = m.article_id
    WHERE m.concept_id IN (SELECT id FROM wanted)
    GROUP BY m.concept_id, p.period
),
span AS (
    SELECT concept_id, min(first_in_period) AS first_seen, max(last_in_period) AS last_seen
    FROM rows GROUP BY concept_id
)
SELECT r.period, w.name AS entity, w.kind, r.mentions, r.articles,
       round(1000000.0 * r.mentions / max(ws.words, 1), 2) AS per_million,
       s.first_seen, s.last_seen
FROM rows r
JOIN wanted w ON w.id = r.concept_id
JOIN words ws ON ws.period = r.period
JOIN span s ON s.concept_id = r.concept_id
ORDER BY r.period, r.mentions DESC, w.name
LIMIT CAST(:limit AS INTEGER);
