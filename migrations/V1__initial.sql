-- corpusdb schema, version 1.
-- Every start/end is a Unicode code-point offset into articles.text, end exclusive:
--   substr(a.text, x.start + 1, x.end - x.start) = x.text

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    title        TEXT,
    author       TEXT,
    affiliation  TEXT,
    published    TEXT,               -- ISO-8601 date or NULL
    url          TEXT,
    source       TEXT,
    language     TEXT,
    text         TEXT NOT NULL,      -- the cleaned text all offsets refer to
    word_count   INTEGER NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    source_path  TEXT,
    meta         TEXT CHECK (meta IS NULL OR json_valid(meta)),
    ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_published ON articles(published, word_count);
CREATE INDEX articles_title ON articles(title);

CREATE TABLE sections (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    heading    TEXT,
    kind       TEXT NOT NULL CHECK (kind IN ('lead', 'body', 'related')),
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL
);
CREATE INDEX sections_article ON sections(article_id);

CREATE TABLE paragraphs (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    section_id   INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    text         TEXT NOT NULL,
    duplicate_of INTEGER REFERENCES paragraphs(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    norm_hash    TEXT NOT NULL       -- hash of the normalised text, for finding repeats
);
CREATE INDEX paragraphs_article ON paragraphs(article_id);
CREATE INDEX paragraphs_section ON paragraphs(section_id);
CREATE INDEX paragraphs_norm_hash ON paragraphs(norm_hash, article_id);
CREATE INDEX paragraphs_duplicate ON paragraphs(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE sentences (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    section_id   INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    text         TEXT NOT NULL,
    duplicate_of INTEGER REFERENCES sentences(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX sentences_article ON sentences(article_id);
CREATE INDEX sentences_paragraph ON sentences(paragraph_id);
CREATE INDEX sentences_section ON sentences(section_id);
CREATE INDEX sentences_duplicate ON sentences(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text,
    content = 'sentences',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
-- New sentences are indexed by the writer in one statement per batch
-- (writer::index_sentences): an insert trigger would make FTS5 flush its pending index at
-- every row's statement savepoint, which costs more than all other ingest work.
-- Deletes and edits keep the index in sync through these triggers.
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE claims (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id  INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN
                   ('assertion', 'prediction', 'normative', 'question', 'attributed', 'background')),
    author_claim INTEGER NOT NULL CHECK (author_claim IN (0, 1)),
    source       TEXT,
    hedged       INTEGER NOT NULL CHECK (hedged IN (0, 1)),
    score        REAL NOT NULL,
    -- offsets of the claim: the whole sentence
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    text         TEXT NOT NULL
);
CREATE INDEX claims_article ON claims(article_id);
CREATE INDEX claims_sentence ON claims(sentence_id);
CREATE INDEX claims_kind ON claims(kind, source);

CREATE TABLE dated_refs (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id   INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    type          TEXT NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET', 'EVENT')),
    value         TEXT,
    granularity   TEXT,
    range_start   TEXT,
    range_end     TEXT,
    referent      TEXT,
    referent_kind TEXT
);
CREATE INDEX dated_refs_article ON dated_refs(article_id);
CREATE INDEX dated_refs_sentence ON dated_refs(sentence_id);
CREATE INDEX dated_refs_range ON dated_refs(range_start, range_end);

CREATE TABLE concepts (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL
);
CREATE TABLE concept_aliases (
    concept_id     INTEGER NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
    alias          TEXT NOT NULL,
    case_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (case_sensitive IN (0, 1)),
    PRIMARY KEY (concept_id, alias)
);

CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    concept_id  INTEGER NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX mentions_concept ON mentions(concept_id, article_id);
CREATE INDEX mentions_article ON mentions(article_id, concept_id);
CREATE INDEX mentions_sentence ON mentions(sentence_id, concept_id, article_id);

CREATE TABLE related_links (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    title      TEXT NOT NULL,
    teaser     TEXT,
    start      INTEGER NOT NULL,     -- the entry's span in articles.text (a 'related' section)
    end        INTEGER NOT NULL
);
CREATE INDEX related_links_article ON related_links(article_id);

CREATE TABLE ingest_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    files       INTEGER NOT NULL DEFAULT 0,
    ingested    INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE ingest_errors (
    id      INTEGER PRIMARY KEY,
    run_id  INTEGER NOT NULL REFERENCES ingest_runs(id) ON DELETE CASCADE,
    path    TEXT NOT NULL,
    line    INTEGER,
    message TEXT NOT NULL
);
CREATE INDEX ingest_errors_run ON ingest_errors(run_id);
