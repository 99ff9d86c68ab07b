-- dateline store, version 1: inputs, articles and everything of the dateline/1 output contract,
-- events with their effective day range, and event clusters (cross-article dedup).
-- Spans are [start, end) in UTF-16 code units into articles.text, as in the output contract.

-- Every input key that produced an analysis; several keys may share one article (same body).
CREATE TABLE sources (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL UNIQUE,
  article_id  INTEGER NOT NULL REFERENCES articles(id),
  duplicate   INTEGER NOT NULL DEFAULT 0,
  path        TEXT,
  url         TEXT,
  record_id   TEXT,
  media_type  TEXT,
  encoding    TEXT,
  sha256      TEXT,
  bytes       INTEGER,
  added_at    TEXT NOT NULL
);
CREATE INDEX sources_article ON sources(article_id);

-- One row per distinct extracted body (sha256 of article.text).
CREATE TABLE articles (
  id           INTEGER PRIMARY KEY,
  body_sha256  TEXT NOT NULL UNIQUE,
  title        TEXT,
  site         TEXT,
  site_key     TEXT,
  url          TEXT,
  published    TEXT,
  pub_day      TEXT,
  modified     TEXT,
  language     TEXT,
  authors      TEXT NOT NULL,
  text         TEXT NOT NULL,
  lead_end     INTEGER,
  analysis     TEXT NOT NULL,
  added_at     TEXT NOT NULL
);

CREATE TABLE sentences (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  idx        INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
  article_id   INTEGER NOT NULL REFERENCES articles(id),
  entity       TEXT NOT NULL,
  type         TEXT NOT NULL,
  name         TEXT NOT NULL,
  country      TEXT,
  actor_code   TEXT,
  actor_rule   TEXT,
  roles        TEXT NOT NULL,
  PRIMARY KEY (article_id, entity)
) WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor_code);

CREATE TABLE mentions (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  entity     TEXT NOT NULL,
  start      INTEGER NOT NULL,
  "end"      INTEGER NOT NULL,
  text       TEXT NOT NULL,
  kind       TEXT
);
CREATE INDEX mentions_entity ON mentions(article_id, entity);

CREATE TABLE quotes (
  article_id      INTEGER NOT NULL REFERENCES articles(id),
  idx             INTEGER NOT NULL,
  start           INTEGER NOT NULL,
  "end"           INTEGER NOT NULL,
  text            TEXT NOT NULL,
  speaker_entity  TEXT,
  speaker_text    TEXT,
  via             TEXT,
  rule            TEXT,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE times (
  article_id   INTEGER NOT NULL REFERENCES articles(id),
  time         TEXT NOT NULL,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  text         TEXT NOT NULL,
  from_day     TEXT,
  to_day       TEXT,
  granularity  TEXT NOT NULL,
  approximate  INTEGER NOT NULL,
  anchor       TEXT NOT NULL,
  anchor_ref   TEXT,
  rule         TEXT,
  PRIMARY KEY (article_id, time)
) WITHOUT ROWID;

-- Event clusters: same dyad, CAMEO code and overlapping day range (see src/store/cluster.ts).
CREATE TABLE clusters (
  id            INTEGER PRIMARY KEY,
  source_code   TEXT NOT NULL,
  target_code   TEXT NOT NULL,
  code          TEXT NOT NULL,
  day_from      TEXT,
  day_to        TEXT,
  num_mentions  INTEGER NOT NULL DEFAULT 0,
  num_sources   INTEGER NOT NULL DEFAULT 0,
  num_articles  INTEGER NOT NULL DEFAULT 0,
  added_at      TEXT NOT NULL
);
CREATE INDEX clusters_key ON clusters(source_code, target_code, code, day_from);

CREATE TABLE events (
  id              INTEGER PRIMARY KEY,
  article_id      INTEGER NOT NULL REFERENCES articles(id),
  event           TEXT NOT NULL,
  code            TEXT NOT NULL,
  root            TEXT NOT NULL,
  label           TEXT NOT NULL,
  plover          TEXT,
  quad_class      INTEGER NOT NULL,
  goldstein       REAL NOT NULL,
  source_entity   TEXT,
  source_code     TEXT,
  source_text     TEXT,
  target_entity   TEXT,
  target_code     TEXT,
  target_text     TEXT,
  factuality      TEXT NOT NULL,
  time_ref        TEXT,
  time_from       TEXT,
  time_to         TEXT,
  day_from        TEXT,
  day_to          TEXT,
  place_text      TEXT,
  place_country   TEXT,
  place_lat       REAL,
  place_lon       REAL,
  sentence_index  INTEGER NOT NULL,
  sentence_start  INTEGER NOT NULL,
  sentence_end    INTEGER NOT NULL,
  sentence_text   TEXT NOT NULL,
  trigger_start   INTEGER NOT NULL,
  trigger_end     INTEGER NOT NULL,
  trigger_text    TEXT NOT NULL,
  in_lead         INTEGER NOT NULL,
  rule            TEXT NOT NULL,
  confidence      REAL NOT NULL,
  cluster_id      INTEGER REFERENCES clusters(id),
  UNIQUE (article_id, event)
);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_day ON events(day_from);
CREATE INDEX events_cluster ON events(cluster_id);

-- Sentence text of each event, for `dateline events --text` (rowid = events.id).
CREATE VIRTUAL TABLE events_fts USING fts5(sentence_text, tokenize = 'unicode61');

-- Inputs that failed, with their stable error code; a later run retries them.
CREATE TABLE failures (
  key        TEXT PRIMARY KEY,
  path       TEXT,
  url        TEXT,
  record_id  TEXT,
  code       TEXT NOT NULL,
  message    TEXT NOT NULL,
  added_at   TEXT NOT NULL
);
