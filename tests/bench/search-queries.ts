/** A fixed set: phrases common and rare, either script, several terms, quotes, an exclusion, one character. */
export const SEARCH_QUERIES = [
  '跨境电子商务',
  '跨境電子商務',
  '商务厅',
  '冷链物流',
  '农村电子商务',
  '电子商务',
  '互联网+流通',
  '知识产权',
  '物流配送体系',
  '发展',
  '电子商务 物流',
  '电子商务 -冷链',
  '"智慧物流" 标准化',
  '税',
];
