// Each document keeps the file it was imported from (text, Word, web page, PDF), for export and
// for parsing again after a parser upgrade.
export default `
CREATE TABLE originals (
  doc    INTEGER PRIMARY KEY REFERENCES documents (doc) ON DELETE CASCADE,
  name   TEXT NOT NULL,
  format TEXT NOT NULL,
  bytes  BLOB NOT NULL
);
`;
