-- name: related
-- description: Related-article links found in articles (title and teaser), and whether an article with that title is in the corpus
-- param: article NULL
-- param: limit 1000
SELECT r.article_id, a.title AS article, r.ordinal, r.title, r.teaser,
       (SELECT min(b.id) FROM articles b WHERE b.title = r.title) AS in_corpus_id
FROM related_links r
JOIN articles a ON a.id = r.article_id
WHERE (:article IS NULL OR r.article_id = :article)
ORDER BY r.article_id, r.ordinal
LIMIT :limit;
