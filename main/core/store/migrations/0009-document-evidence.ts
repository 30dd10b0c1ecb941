// Metadata as officials need it (issue 15): 文种, a cover notice's issued title, a portal's
// 发布日期 / 索引号 / 主题分类 / 时效性, a 转发 notice's forwarded document, and where each field came
// from. Documents stored before are re-parsed when the library opens (their parser_version is old).
export default `
ALTER TABLE documents ADD COLUMN subtitle TEXT;
ALTER TABLE documents ADD COLUMN genre TEXT;
ALTER TABLE documents ADD COLUMN published_date TEXT;
ALTER TABLE documents ADD COLUMN index_number TEXT;
ALTER TABLE documents ADD COLUMN topic TEXT;
ALTER TABLE documents ADD COLUMN validity TEXT;
ALTER TABLE documents ADD COLUMN forwarded TEXT;
ALTER TABLE documents ADD COLUMN provenance TEXT NOT NULL DEFAULT '{}';
`;
