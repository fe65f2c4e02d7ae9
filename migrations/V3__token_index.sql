-- The token index behind the corpus-linguistics analyses (frequency, ngrams, collocates,
-- keyness, dispersion, term trends). The tables are created empty; `corpusdb index
-- tokens` fills them on demand for the articles not yet indexed (an article deleted or
-- replaced takes its rows with it) and recounts the corpus-wide tables.
-- Sentences that repeat an earlier one (a lead repeated in the body) and related-article
-- sections are not indexed, as concept mentions are not counted there.

-- One row per distinct word form (lower case): corpus frequency and stopword flag.
CREATE TABLE terms (
    id    INTEGER PRIMARY KEY,
    term  TEXT NOT NULL UNIQUE,
    stop  INTEGER NOT NULL DEFAULT 0 CHECK (stop IN (0, 1)),
    total    INTEGER NOT NULL DEFAULT 0,  -- occurrences in the indexed corpus
    articles INTEGER NOT NULL DEFAULT 0   -- indexed articles it occurs in
);
CREATE INDEX terms_total ON terms(total);

-- Articles indexed, with their number of tokens (the denominator of "per million words").
CREATE TABLE token_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    tokens     INTEGER NOT NULL
);

-- Every token: its place in the article (pos counts tokens from 0), its sentence and its
-- code-point offsets: substr(a.text, start + 1, end - start) quotes it.
CREATE TABLE tokens (
    article_id  INTEGER NOT NULL REFERENCES token_articles(article_id) ON DELETE CASCADE,
    pos         INTEGER NOT NULL,
    term_id     INTEGER NOT NULL REFERENCES terms(id),
    sentence_id INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    PRIMARY KEY (article_id, pos)
) WITHOUT ROWID;
CREATE INDEX tokens_term ON tokens(term_id);

-- Occurrences of each term in each article (a bag of words): frequency lists, keyness
-- and trends by subcorpus read this instead of every token.
CREATE TABLE term_counts (
    term_id    INTEGER NOT NULL REFERENCES terms(id),
    article_id INTEGER NOT NULL REFERENCES token_articles(article_id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,
    PRIMARY KEY (term_id, article_id)
) WITHOUT ROWID;
CREATE INDEX term_counts_article ON term_counts(article_id);

-- The same counts summed by published year and source (0 and '' when unknown), so that
-- frequency lists and keyness by year range or source read a few rows per term.
CREATE TABLE term_years (
    term_id  INTEGER NOT NULL,
    year     INTEGER NOT NULL,
    source   TEXT NOT NULL,
    n        INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (term_id, year, source)
) WITHOUT ROWID;
CREATE TABLE token_years (
    year     INTEGER NOT NULL,
    source   TEXT NOT NULL,
    tokens   INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (year, source)
) WITHOUT ROWID;

-- 2- and 3-grams within a sentence seen at least twice in the indexed corpus, recounted
-- by every `index tokens` run. t3 is NULL for 2-grams.
CREATE TABLE ngrams (
    n     INTEGER NOT NULL CHECK (n IN (2, 3)),
    t1    INTEGER NOT NULL REFERENCES terms(id),
    t2    INTEGER NOT NULL REFERENCES terms(id),
    t3    INTEGER REFERENCES terms(id),
    count INTEGER NOT NULL
);
CREATE INDEX ngrams_count ON ngrams(n, count);
