// Domain types of a parsed policy document. These field names are a public interface:
// `policy-reader parse --json` prints them and scripts read them.

export type Script = 'simplified' | 'traditional' | 'mixed';

/** Heading levels of GB/T 9704: 一、 = 1, （一） = 2, 1. = 3, （1） = 4. */
export type HeadingLevel = 1 | 2 | 3 | 4;

/**
 * What a block is in the document's frame, when it is not body text.
 * masthead = 版头 ("…文件"), note = 附注 such as （此件公开发布）, cc = 版记 (抄送, 印发).
 */
export type BlockRole = 'masthead' | 'docNumber' | 'title' | 'addressees' | 'signature' | 'date' | 'note' | 'cc';

export interface Block {
  kind: 'heading' | 'paragraph';
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

export interface PolicyMetadata {
  title: string;
  /** True when the text has no title and `title` was composed from the preamble or document number. */
  titleDerived: boolean;
  /** 发文字号, brackets normalised to 〔〕. */
  docNumber: string | null;
  issuer: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
  /** 主送机关, without the colon. */
  addressees: string | null;
  script: Script;
}

export interface PolicyDocument extends PolicyMetadata {
  /** Canonical text: decoded, newlines normalised, otherwise exactly as imported. */
  text: string;
  blocks: Block[];
  responsibilities: Responsibility[];
  citations: Citation[];
}
