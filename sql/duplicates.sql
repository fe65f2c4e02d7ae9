-- name: duplicates
-- description: Paragraphs repeated within and across articles (same words ignoring case and punctuation), most copies first; lead paragraphs that repeat a body paragraph with small changes are listed by `corpusdb sql` on paragraphs.duplicate_of
-- param: min_chars 80
-- param: limit 500
SELECT p.norm_hash, count(*) AS copies, count(DISTINCT p.article_id) AS articles,
       group_concat(DISTINCT p.article_id) AS article_ids, min(p.text) AS text
FROM paragraphs p
JOIN sections s ON s.id = p.section_id
WHERE s.kind <> 'related' AND length(p.text) >= :min_chars
GROUP BY p.norm_hash
HAVING count(*) > 1
ORDER BY copies DESC, articles DESC
LIMIT :limit;
