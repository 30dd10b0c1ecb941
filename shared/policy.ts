import type { ForceClauses } from './force.js';

// Domain types of a parsed policy document. These field names are a public interface:
// `policy-reader parse --json` prints them and scripts read them.

export type Script = 'simplified' | 'traditional' | 'mixed';

/** Heading levels of GB/T 9704: 一、 = 1, （一） = 2, 1. = 3, （1） = 4. */
export type HeadingLevel = 1 | 2 | 3 | 4;

/**
 * What a block is in the document's frame, when it is not body text.
 * masthead = 版头 ("…文件"), note = 附注 such as （此件公开发布）, cc = 版记 (抄送, 印发).
 */
export type BlockRole =
  | 'masthead'
  | 'docNumber'
  | 'title'
  | 'subtitle'
  | 'addressees'
  | 'signature'
  | 'date'
  | 'note'
  | 'cc'
  /** A line of a web portal's information table (索引号, 发文机关 …): shown as fields, not as text. */
  | 'info'
  /** Site chrome copied with the article (来源, 浏览次数, 【字体：大 中 小】, 打印本页 …): not body text. */
  | 'chrome'
  /** The list of attachments after the body text (附件：1.… 2.…). */
  | 'attachments';

/**
 * A block of the text. A table's text is its rows joined by line breaks and each row's cells by
 * tabs (see tableCells); its first row is its header.
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'table';
  level?: HeadingLevel;
  /** The enumeration marker as written, e.g. "一、", "(一)", "1.", "（1）". */
  label?: string;
  role?: BlockRole;
  /** Offsets into the canonical text: text === canonical.slice(start, end). */
  start: number;
  end: number;
  text: string;
}

export type ResponsibilityRole = 'lead' | 'responsible' | 'cooperating';

export interface Responsibility {
  start: number;
  end: number;
  text: string;
  /** Only where the text states one (责任单位, 牵头, 配合单位, …负责). */
  role: ResponsibilityRole | null;
  departments: string[];
}

export interface Citation {
  start: number;
  end: number;
  title: string;
  docNumber: string;
}

/** The fifteen 文种 of 《党政机关公文处理工作条例》 (命令 written 令 in titles), and the replies of practice. */
export const DOCUMENT_GENRES = [
  '决议',
  '决定',
  '命令',
  '公报',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '议案',
  '函',
  '纪要',
  '答复',
  '复函',
] as const;

/** Forms of regulations, plans and guidance used in practice. */
export const PRACTICE_GENRES = [
  '条例',
  '规定',
  '办法',
  '细则',
  '规划',
  '计划',
  '建议',
  '方案',
  '要点',
  '措施',
  '指引',
  '指南',
  '清单',
  '目录',
  '章程',
  '规则',
  '解读',
] as const;

/** 文种: the documents of the 条例 and the forms used in practice. */
export const GENRES = [...DOCUMENT_GENRES, ...PRACTICE_GENRES] as const;
export type Genre = (typeof GENRES)[number];

/**
 * Where a field's value came from, strongest evidence first: a web portal's information table, the
 * file's own properties, the document's head (版头, 发文字号, title, 主送), its sign-off (署名, 成文日期),
 * inference (composed or guessed from weaker marks), nothing at all, or the user's correction.
 */
export type FieldSource = 'table' | 'file' | 'head' | 'signoff' | 'inferred' | 'missing' | 'user';

/** The fields whose source is recorded. */
export const TRACKED_FIELDS = ['title', 'docNumber', 'issuer', 'date', 'genre', 'addressees'] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];
export type Provenance = Record<TrackedField, FieldSource>;

/** The fields a reader should confirm when they were inferred or are missing (待核对). */
export const REVIEWED_FIELDS: readonly TrackedField[] = ['title', 'docNumber', 'issuer', 'date', 'genre'];

/** A field the library marks: guessed, or not found. */
export function isUncertain(source: FieldSource): boolean {
  return source === 'inferred' || source === 'missing';
}

export function needsReview(provenance: Provenance): boolean {
  return REVIEWED_FIELDS.some((field) => isUncertain(provenance[field]));
}

/** The document a 转发 notice forwards. */
export interface ForwardedDocument {
  issuer: string | null;
  title: string;
  docNumber: string | null;
}

export interface PolicyMetadata {
  title: string;
  /** True when the text has no title and `title` was composed from the preamble or document number. */
  titleDerived: boolean;
  /** The issued document's own title in a cover notice (关于印发《X》的通知 + X): X. */
  subtitle: string | null;
  /** 发文字号, brackets normalised to 〔〕; a decree's number as 国令第707号 or XX省人民政府令第N号. */
  docNumber: string | null;
  /** 发文机关; joint issuers joined with 、 (see `issuers`). */
  issuer: string | null;
  /** The issuing bodies one by one. */
  issuers: string[];
  /** 成文日期, YYYY-MM-DD. */
  date: string | null;
  /** 文种. */
  genre: Genre | null;
  /** 主送机关, without the colon. */
  addressees: string | null;
  /** 发布日期 from a portal's information table, YYYY-MM-DD. */
  publishedDate: string | null;
  /** 索引号. */
  indexNumber: string | null;
  /** 主题分类. */
  topic: string | null;
  /** 时效性 / 有效性 (现行有效, 已废止 …). */
  validity: string | null;
  /** For a 转发 notice: the document it forwards. */
  forwarded: ForwardedDocument | null;
  /** Set when the text was recognised from scanned pages rather than read from the file. */
  recognition: Recognition | null;
  provenance: Provenance;
  script: Script;
}

/** Text recognition of a scan: the pages' mean confidence (0–100) and how many pages were read. */
export interface Recognition {
  confidence: number;
  pages: number;
  /** Stretches of the text recognised with little confidence, each with the page it was read from. */
  doubtful?: DoubtfulSpan[];
}

/** Offsets into the canonical text, the scan's page (from 1) and the recognition's confidence (0–100). */
export interface DoubtfulSpan {
  start: number;
  end: number;
  page: number;
  confidence: number;
}

/** A block as stored: its place in the text, without a copy of its text. */
export type BlockSpan = Omit<Block, 'text'>;

/** A parsed document as the library stores it: blocks by their offsets alone. */
export interface StorableDocument extends Omit<PolicyDocument, 'blocks'> {
  blocks: readonly BlockSpan[];
}

export interface PolicyDocument extends PolicyMetadata {
  /** Canonical text: decoded, newlines normalised, otherwise exactly as imported. */
  text: string;
  blocks: Block[];
  responsibilities: Responsibility[];
  citations: Citation[];
  /** What the text says of its own force: 施行, 有效期, and what it repeals or amends. */
  force: ForceClauses;
}
