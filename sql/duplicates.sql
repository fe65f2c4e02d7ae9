-- name: duplicates
-- description: Paragraphs repeated within and across articles (same words ignoring case and punctuation), most copies first; paragraphs shorter than min_chars are left out. Lead paragraphs that repeat a body paragraph with small changes are in paragraphs.duplicate_of
-- param: min_chars 80
-- param: limit 500
WITH groups AS (
    SELECT norm_hash, count(*) AS copies, count(DISTINCT article_id) AS articles,
           min(article_id) AS first_article
    FROM paragraphs INDEXED BY paragraphs_norm_hash
    GROUP BY norm_hash
    HAVING count(*) > 1
),
top AS (
    SELECT g.norm_hash, g.copies, g.articles, p.text
    FROM groups g
    JOIN paragraphs p ON p.id = (SELECT min(id) FROM paragraphs
                                 WHERE norm_hash = g.norm_hash AND article_id = g.first_article)
    WHERE length(p.text) >= :min_chars
    ORDER BY g.copies DESC, g.articles DESC, g.norm_hash
    LIMIT :limit
)
SELECT t.norm_hash, t.copies, t.articles,
       (SELECT group_concat(article_id) FROM (SELECT DISTINCT article_id FROM paragraphs
                                              WHERE norm_hash = t.norm_hash)) AS article_ids,
       t.text
FROM top t
ORDER BY t.copies DESC, t.articles DESC, t.norm_hash;
