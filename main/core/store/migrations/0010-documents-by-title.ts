// A new version of a document without a number is found by its title: indexed, so that an import
// into a library of ten thousand does not read every row to look for it.
export default `
CREATE INDEX documents_by_title ON documents (title);
`;
