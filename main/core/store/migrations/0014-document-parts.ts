// A document's blocks and responsibility spans in one row of their own, as JSON, instead of a row
// each: importing a folder stored some fifty rows per document, and those inserts were a third of
// the time the import spent storing. The formats are in store/document-parts.ts.
export default `
CREATE TABLE document_parts (
  doc              INTEGER PRIMARY KEY REFERENCES documents (doc) ON DELETE CASCADE,
  blocks           TEXT NOT NULL,
  responsibilities TEXT NOT NULL
);
INSERT INTO document_parts (doc, blocks, responsibilities)
  SELECT d.doc,
    (SELECT json_group_array(json_array(b.start, b.end, b.kind, b.level, b.label, b.role) ORDER BY b.seq)
       FROM blocks b WHERE b.doc = d.doc),
    (SELECT json_group_array(json_array(r.start, r.end, r.role, json(r.departments)) ORDER BY r.seq)
       FROM responsibilities r WHERE r.doc = d.doc)
  FROM documents d;
DROP TABLE blocks;
DROP TABLE responsibilities;
`;
