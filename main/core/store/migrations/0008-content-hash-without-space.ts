// Content hashes leave white space out (see main/core/library/content-hash.ts), so that the same
// policy from different formats is one document. Two stored texts that now hash alike keep their
// old hashes rather than break the unique index.
export default `
UPDATE OR IGNORE documents SET content_hash = content_hash(text);
`;
