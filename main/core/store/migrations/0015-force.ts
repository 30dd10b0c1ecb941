// What each document says of its own force (施行, 有效期, what it repeals or amends: parse/force-clauses.ts),
// in a row of its own so that the library's statuses read these few hundred bytes per document and
// not the blocks beside them; and the status a user set by hand, which wins over what was read.
export default `
CREATE TABLE IF NOT EXISTS document_force (
  doc     INTEGER PRIMARY KEY REFERENCES documents (doc) ON DELETE CASCADE,
  clauses TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS force_settings (
  doc    INTEGER PRIMARY KEY REFERENCES documents (doc) ON DELETE CASCADE,
  status TEXT NOT NULL,
  note   TEXT NOT NULL,
  set_at TEXT NOT NULL
);
`;
