// The library's first schema: documents with their canonical text, and what the parser found in
// them. Block, span and citation texts are not stored: they are slices of the canonical text.
export default `
CREATE TABLE documents (
  id              TEXT PRIMARY KEY,
  content_hash    TEXT NOT NULL UNIQUE,
  title           TEXT NOT NULL,
  title_derived   INTEGER NOT NULL CHECK (title_derived IN (0, 1)),
  doc_number      TEXT,
  issuer          TEXT,
  date            TEXT,
  addressees      TEXT,
  script          TEXT NOT NULL CHECK (script IN ('simplified', 'traditional', 'mixed')),
  text            TEXT NOT NULL,
  source_name     TEXT NOT NULL,
  source_encoding TEXT NOT NULL,
  parser_version  INTEGER NOT NULL,
  imported_at     TEXT NOT NULL
);
CREATE INDEX documents_by_date ON documents (date);
CREATE INDEX documents_by_doc_number ON documents (doc_number);

CREATE TABLE blocks (
  doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq    INTEGER NOT NULL,
  kind   TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph')),
  level  INTEGER CHECK (level BETWEEN 1 AND 4),
  label  TEXT,
  role   TEXT,
  start  INTEGER NOT NULL,
  end    INTEGER NOT NULL CHECK (end >= start),
  PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;

CREATE TABLE responsibilities (
  doc_id      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  role        TEXT CHECK (role IN ('lead', 'responsible', 'cooperating')),
  departments TEXT NOT NULL,
  PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;

CREATE TABLE citations (
  doc_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  title      TEXT NOT NULL,
  doc_number TEXT NOT NULL,
  PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
CREATE INDEX citations_by_doc_number ON citations (doc_number);

CREATE TABLE annotations (
  id         TEXT PRIMARY KEY,
  doc_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  body       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX annotations_by_doc ON annotations (doc_id);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;
