-- Every sentence has exactly one claim (its kind, who holds it, whether it is hedged), so
-- claims are stored as columns of `sentences` and `claims` becomes a view with the same
-- columns as before (`id` and `sentence_id` are both the sentence's id). This removes a
-- table, two indexes and a second copy of every sentence's text: about a quarter of the
-- database and of the writer's time at ingest. Sentences stored without analysis
-- (`ingest --structure-only`) have kind NULL and no claim.
ALTER TABLE sentences ADD COLUMN kind TEXT CHECK (kind IN
    ('assertion', 'prediction', 'normative', 'question', 'attributed', 'background'));
ALTER TABLE sentences ADD COLUMN author_claim INTEGER CHECK (author_claim IN (0, 1));
ALTER TABLE sentences ADD COLUMN source TEXT;
ALTER TABLE sentences ADD COLUMN hedged INTEGER CHECK (hedged IN (0, 1));
ALTER TABLE sentences ADD COLUMN score REAL;

UPDATE sentences
SET kind = c.kind, author_claim = c.author_claim, source = c.source, hedged = c.hedged,
    score = c.score
FROM claims c
WHERE c.sentence_id = sentences.id;

DROP TABLE claims;

CREATE VIEW claims (id, article_id, sentence_id, kind, author_claim, source, hedged, score,
                    start, end, text) AS
SELECT id, article_id, id, kind, author_claim, source, hedged, score, start, end, text
FROM sentences
WHERE kind IS NOT NULL;

CREATE INDEX sentences_kind ON sentences(kind, source) WHERE kind IS NOT NULL;
