// What the reader app needs: metadata the user corrected (kept across re-parses), deletion that
// can be undone until the library is next opened, and where the reader left each document.
export default `
ALTER TABLE documents ADD COLUMN edited_fields TEXT NOT NULL DEFAULT '[]';
ALTER TABLE documents ADD COLUMN deleted_at TEXT;

CREATE TABLE reading_positions (
  id         TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  block      INTEGER NOT NULL,
  fraction   REAL NOT NULL,
  updated_at TEXT NOT NULL
);
`;
