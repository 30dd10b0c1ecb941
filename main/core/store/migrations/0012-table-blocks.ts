// Tables of web pages and Word files are blocks of their own kind. SQLite cannot change a CHECK
// constraint in place, so the table is built again under the same name.
export default `
CREATE TABLE blocks_new (
  doc    INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  seq    INTEGER NOT NULL,
  kind   TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'table')),
  level  INTEGER CHECK (level BETWEEN 1 AND 4),
  label  TEXT,
  role   TEXT,
  start  INTEGER NOT NULL,
  end    INTEGER NOT NULL CHECK (end >= start),
  PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
INSERT INTO blocks_new (doc, seq, kind, level, label, role, start, end)
  SELECT doc, seq, kind, level, label, role, start, end FROM blocks;
DROP TABLE blocks;
ALTER TABLE blocks_new RENAME TO blocks;
`;
