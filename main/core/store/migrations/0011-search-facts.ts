// What a search needs of every document at its first query, readable without the documents' texts:
// each document's departments in one row (normalised as the department index names them, so filled
// by the library when it opens: see DocumentStore.fillDepartments), and an index holding the columns
// search lists and filters by. Without them, opening a library of ten thousand read every row's text pages (the deleted_at
// column lies past the text) and two hundred thousand rows of responsibilities.
export default `
CREATE TABLE document_departments (
  doc         INTEGER PRIMARY KEY REFERENCES documents (doc) ON DELETE CASCADE,
  departments TEXT NOT NULL
);
CREATE INDEX documents_live ON documents (deleted_at, doc, content_hash, id, title, issuer, date, doc_number, script);
`;
