// A document whose text was recognised from a scan says so, with the recognition's confidence.
export default `
ALTER TABLE documents ADD COLUMN recognition TEXT;
`;
