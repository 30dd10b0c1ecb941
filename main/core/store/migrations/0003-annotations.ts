// Annotations as the W3C model stores them: a position and a quote selector into the document's
// canonical text, with colour, note and tags. Deletion can be undone until the library is next
// opened. Annotations imported for documents not in the library wait in pending_annotations.
export default `
DROP TABLE annotations;

CREATE TABLE annotations (
  id         TEXT PRIMARY KEY,
  doc        INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('highlight', 'underline')),
  color      TEXT NOT NULL CHECK (color IN ('red', 'yellow', 'green', 'blue', 'purple')),
  note       TEXT NOT NULL DEFAULT '',
  tags       TEXT NOT NULL DEFAULT '[]',
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL CHECK (end >= start),
  exact      TEXT NOT NULL,
  prefix     TEXT NOT NULL,
  suffix     TEXT NOT NULL,
  orphaned   INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX annotations_by_doc ON annotations (doc, start);

CREATE TABLE pending_annotations (
  id          TEXT PRIMARY KEY,
  source      TEXT NOT NULL,
  body        TEXT NOT NULL,
  received_at TEXT NOT NULL
);
`;
