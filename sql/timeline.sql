-- name: timeline
-- description: Dated references (dates and named periods) in date order, with what they date, the sentence and the article; filter by from/to (ISO dates), a named period (e.g. Cold War: its range), type, concept and article
-- param: from NULL
-- param: to NULL
-- param: period NULL
-- param: type NULL
-- param: concept NULL
-- param: article NULL
-- param: limit 1000
WITH p AS (
    -- the range of a named period, as the gazetteer gave it where the corpus mentions it
    SELECT min(range_start) AS a, max(coalesce(range_end, '9999-12-31')) AS z
    FROM dated_refs
    WHERE :period IS NOT NULL AND type = 'EVENT' AND referent = :period COLLATE NOCASE
)
SELECT d.range_start AS date_from, d.range_end AS date_to, d.type, d.value, d.text,
       d.referent, d.referent_kind, d.article_id, a.title, a.published, s.text AS sentence,
       d.start, d.end
FROM dated_refs d
JOIN sentences s ON s.id = d.sentence_id
JOIN articles a ON a.id = d.article_id
WHERE d.range_start IS NOT NULL
  AND (:from IS NULL OR coalesce(d.range_end, d.range_start) >= :from)
  AND (:to IS NULL OR d.range_start <= :to)
  AND (:period IS NULL OR (d.range_start <= (SELECT z FROM p)
                            AND coalesce(d.range_end, d.range_start) >= (SELECT a FROM p)))
  AND (:type IS NULL OR d.type = :type)
  AND (:article IS NULL OR d.article_id = :article)
  AND (:concept IS NULL OR EXISTS (
        SELECT 1 FROM mentions m JOIN concepts c ON c.id = m.concept_id
        WHERE m.sentence_id = d.sentence_id AND c.name = :concept COLLATE NOCASE))
ORDER BY d.range_start, d.range_end, d.article_id, d.start
LIMIT :limit;
