// The script each document is read in, where the reader chose one other than the default.
export default `
CREATE TABLE display_scripts (
  id         TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  script     TEXT NOT NULL CHECK (script IN ('original', 'cn', 'tw', 'hk', 'twp')),
  updated_at TEXT NOT NULL
);
`;
