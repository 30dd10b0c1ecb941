// The library's first schema: documents with their canonical text, and what the parser found in
// them. Block, span and citation texts are not stored: they are slices of the canonical text.
// Rows hang off documents by an integer key that grows with each import, so that an import
// appends to the child tables instead of dirtying pages all over them (the public id is a hash).
export default `
CREATE TABLE documents (
  doc             INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE,
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
  doc    INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  seq    INTEGER NOT NULL,
  kind   TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph')),
  level  INTEGER CHECK (level BETWEEN 1 AND 4),
  label  TEXT,
  role   TEXT,
  start  INTEGER NOT NULL,
  end    INTEGER NOT NULL CHECK (end >= start),
  PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE TABLE responsibilities (
  doc         INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  seq         INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  role        TEXT CHECK (role IN ('lead', 'responsible', 'cooperating')),
  departments TEXT NOT NULL,
  PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE TABLE citations (
  doc        INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  seq        INTEGER NOT NULL,
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  title      TEXT NOT NULL,
  doc_number TEXT NOT NULL,
  PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE INDEX citations_by_doc_number ON citations (doc_number);

CREATE TABLE annotations (
  id         TEXT PRIMARY KEY,
  doc        INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  body       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX annotations_by_doc ON annotations (doc);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;
