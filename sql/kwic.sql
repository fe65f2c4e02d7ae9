-- name: kwic
-- description: Keyword in context: every sentence containing the term (full-text search, lead repeats left out), as left context | term | right context, with the term's offsets in the article
-- param: term required
-- param: width 60
-- param: article NULL
-- param: limit 1000
WITH hits AS (
    SELECT s.id, s.article_id, s.text, s.start, s.ordinal,
           instr(lower(s.text), lower(:term)) AS pos
    FROM sentences_fts f
    JOIN sentences s ON s.id = f.rowid
    WHERE sentences_fts MATCH '"' || replace(:term, '"', '""') || '"'
      AND s.duplicate_of IS NULL
      AND (:article IS NULL OR s.article_id = :article)
)
SELECT article_id, id AS sentence_id,
       substr(text, max(1, pos - :width), min(pos - 1, :width)) AS left,
       substr(text, pos, length(:term)) AS term,
       substr(text, pos + length(:term), :width) AS right,
       start + pos - 1 AS start, start + pos - 1 + length(:term) AS end
FROM hits
WHERE pos > 0
ORDER BY article_id, ordinal
LIMIT :limit;
