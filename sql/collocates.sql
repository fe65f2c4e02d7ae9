-- name: collocates
-- description: Words within `window` words of a term in the same sentence, with how often they occur there (together), their corpus frequency, the expected count, MI (log2 of observed over expected, expected = node freq × collocate freq × 2·window / corpus size), t-score and logDice; at least min_count times; stopwords left out unless stopwords=1; sort by log_dice, mi, t_score or together. Needs `corpusdb index tokens`.
-- param: term required
-- param: window 5
-- param: min_count 3
-- param: stopwords 0
-- param: sort log_dice
-- param: limit 50
WITH node AS (SELECT id, total FROM terms WHERE term = lower(:term)),
w AS (SELECT CAST(:window AS INTEGER) AS w),
hits AS (SELECT article_id, pos, sentence_id FROM tokens WHERE term_id = (SELECT id FROM node)),
co AS (
    SELECT t.term_id, count(*) AS o
    FROM hits h
    JOIN tokens t ON t.article_id = h.article_id
     AND t.pos BETWEEN h.pos - (SELECT w FROM w) AND h.pos + (SELECT w FROM w)
     AND t.pos <> h.pos AND t.sentence_id = h.sentence_id
    GROUP BY t.term_id
),
m AS (
    SELECT t.term, co.o, t.total AS f2, node.total AS f1,
           1.0 * node.total * t.total * 2 * (SELECT w FROM w)
               / (SELECT sum(tokens) FROM token_articles) AS e
    FROM co JOIN terms t ON t.id = co.term_id, node
    WHERE co.o >= CAST(:min_count AS INTEGER) AND (CAST(:stopwords AS INTEGER) = 1 OR t.stop = 0)
)
SELECT term AS collocate, o AS together, f2 AS collocate_freq, f1 AS node_freq,
       round(e, 4) AS expected, round(log2(o / e), 3) AS mi,
       round((o - e) / sqrt(o), 3) AS t_score,
       round(14 + log2(2.0 * o / (f1 + f2)), 3) AS log_dice
FROM m
ORDER BY CASE lower(:sort) WHEN 'mi' THEN log2(o / e) WHEN 't_score' THEN (o - e) / sqrt(o)
                           WHEN 'together' THEN o ELSE 14 + log2(2.0 * o / (f1 + f2)) END DESC,
         o DESC, term
LIMIT CAST(:limit AS INTEGER);
