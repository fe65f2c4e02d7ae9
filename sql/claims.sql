-- name: claims
-- description: Claims with their kind, holder and hedging (lead repeats left out); filter by kind, concept mentioned in the sentence, article, source, hedged (0/1) and author_claim (0/1: the author's own view); score is the subjectivity model's probability that it is
-- param: kind NULL
-- param: concept NULL
-- param: article NULL
-- param: source NULL
-- param: hedged NULL
-- param: author_claim NULL
-- param: limit 1000
SELECT c.id AS claim_id, c.article_id, a.title, c.kind, c.author_claim, c.source, c.hedged,
       round(c.score, 2) AS score, c.text, c.start, c.end
FROM claims c
JOIN sentences s ON s.id = c.sentence_id
JOIN articles a ON a.id = c.article_id
WHERE s.duplicate_of IS NULL
  AND (:kind IS NULL OR c.kind = :kind)
  AND (:article IS NULL OR c.article_id = :article)
  AND (:source IS NULL OR c.source LIKE '%' || :source || '%')
  AND (:hedged IS NULL OR c.hedged = :hedged)
  AND (:author_claim IS NULL OR c.author_claim = :author_claim)
  AND (:concept IS NULL OR EXISTS (
        SELECT 1 FROM mentions m JOIN concepts k ON k.id = m.concept_id
        WHERE m.sentence_id = c.sentence_id AND k.name = :concept COLLATE NOCASE))
ORDER BY c.article_id, s.ordinal
LIMIT :limit;
