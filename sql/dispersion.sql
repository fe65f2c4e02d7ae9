-- name: dispersion
-- description: Where a term occurs: hits per article (raw and per million words) and the relative positions of the hits in the article (0 = first word, 1 = last), with the share of indexed articles it occurs in. Needs `corpusdb index tokens`.
-- param: term required
-- param: limit 1000
SELECT tk.article_id, a.title, a.published, count(*) AS hits, ta.tokens,
       round(1000000.0 * count(*) / ta.tokens, 1) AS per_million,
       round(min(1.0 * tk.pos / ta.tokens), 3) AS first_at,
       round(avg(1.0 * tk.pos / ta.tokens), 3) AS mean_at,
       group_concat(round(1.0 * tk.pos / ta.tokens, 3), ' ') AS positions,
       (SELECT articles FROM terms WHERE term = lower(:term)) || '/' ||
           (SELECT count(*) FROM token_articles) AS in_articles
FROM tokens tk
JOIN token_articles ta ON ta.article_id = tk.article_id
JOIN articles a ON a.id = tk.article_id
WHERE tk.term_id = (SELECT id FROM terms WHERE term = lower(:term))
GROUP BY tk.article_id
ORDER BY hits DESC, tk.article_id
LIMIT CAST(:limit AS INTEGER);
