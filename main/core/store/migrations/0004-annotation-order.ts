// The library-wide annotations view lists the newest first: an index in that order lets a page of
// results come from the first rows instead of sorting every annotation.
export default `
CREATE INDEX annotations_by_update ON annotations (updated_at DESC, id);
`;
