-- name: trend
-- description: Mentions of concepts by published year (or month with by=month), raw and per 1,000 words of that period; filter by concept
-- param: concept NULL
-- param: by year
SELECT p.period, c.name AS concept, count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
       round(1000.0 * count(*) / max(w.words, 1), 3) AS per_1000_words
FROM mentions m
JOIN concepts c ON c.id = m.concept_id
JOIN (SELECT id, CASE :by WHEN 'month' THEN substr(published, 1, 7) ELSE substr(published, 1, 4) END AS period
      FROM articles WHERE published IS NOT NULL) p ON p.id = m.article_id
JOIN (SELECT CASE :by WHEN 'month' THEN substr(published, 1, 7) ELSE substr(published, 1, 4) END AS period,
             sum(word_count) AS words
      FROM articles WHERE published IS NOT NULL GROUP BY 1) w ON w.period = p.period
WHERE (:concept IS NULL OR c.name = :concept COLLATE NOCASE)
GROUP BY p.period, m.concept_id
ORDER BY p.period, mentions DESC, c.name;
