import type { Locale } from './errors.js';

// Whether a policy is in force (时效性): what its own text says of when it takes effect, how long it
// runs and which earlier documents it repeals, amends or suspends (parsed once, at import), and the
// status that follows as of a date from those clauses across the library (main/core/intel/force.ts).

/** Canonical offsets of the sentence a clause was read from: its evidence. */
export interface ClauseSpan {
  start: number;
  end: number;
}

/** 施行: 自印发之日起 (issued), 自发布/公布之日起 (published) or 自2024年1月1日起 (date). */
export interface EffectiveClause extends ClauseSpan {
  from: 'issued' | 'published' | 'date';
  /** The date written, for `from: 'date'`. */
  date: string | null;
  /** 自印发之日起30日后施行. */
  afterDays: number | null;
  /** …起试行. */
  trial: boolean;
}

/** 有效期: a period (有效期5年, 试行期两年) or an end date (有效期至2028年12月31日), or both. */
export interface TermClause extends ClauseSpan {
  years: number | null;
  months: number | null;
  until: string | null;
}

export const FORCE_RELATIONS = ['repeals', 'amends', 'suspends'] as const;
export type ForceRelationKind = (typeof FORCE_RELATIONS)[number];

/** A document a clause names: by its title, its number, or both. */
export interface ClauseTarget {
  title: string | null;
  docNumber: string | null;
}

/** 《X》（…号）同时废止 / 关于修改《X》的决定 / 暂停执行《X》: what this document does to earlier ones. */
export interface RelationClause extends ClauseSpan {
  relation: ForceRelationKind;
  /** Only some of the target's articles or provisions (《X》第十条废止). */
  partial: boolean;
  targets: ClauseTarget[];
}

export interface ForceClauses {
  effective: EffectiveClause | null;
  term: TermClause | null;
  /** 试行 / 暂行: from the title or the 施行 clause. */
  provisional: 'trial' | 'interim' | null;
  relations: RelationClause[];
  /** The dates a portal's information table gives (施行日期, 失效日期, 废止日期), YYYY-MM-DD. */
  table?: { effective: string | null; expires: string | null; repealed: string | null };
}

export const NO_FORCE_CLAUSES: ForceClauses = { effective: null, term: null, provisional: null, relations: [] };

/**
 * 尚未施行 / 现行有效 / 已失效（有效期届满）/ 已废止 / 已修改 / 部分失效 / 暂停执行, in the order a
 * library lists them (in force first).
 */
export const FORCE_STATUSES = ['inForce', 'amended', 'partlyVoid', 'pending', 'suspended', 'expired', 'repealed'] as const;
export type ForceStatus = (typeof FORCE_STATUSES)[number];

/** A status that means the document no longer (or not yet) applies. */
export function isOutOfForce(status: ForceStatus): boolean {
  return status === 'repealed' || status === 'expired' || status === 'pending' || status === 'suspended';
}

/** A document of the library that acts on another, with the sentence that says so. */
export interface ForceEvent {
  kind: ForceRelationKind;
  partial: boolean;
  /** The acting document. */
  by: { id: string; title: string; docNumber: string | null };
  /** When it takes effect (its 施行日期, else its date); null when it states none. */
  date: string | null;
  /** The sentence in the acting document, and the block it starts in (to open it there). */
  evidence: ClauseSpan & { block: number | null };
}

/** Where a status came from. */
export type ForceSource = 'text' | 'library' | 'table' | 'user' | 'presumed';

/** A document's status as of a date, with the short reason a list shows. */
export interface ForceSummary {
  status: ForceStatus;
  source: ForceSource;
  /** The date the status began (施行, 届满 the day after the term, the repeal's date), where known. */
  since: string | null;
  /** The document that repealed, amended or suspended it, when that is the reason. */
  by: { id: string; title: string; docNumber: string | null } | null;
}

/** Everything behind a document's status, for the reader's banner and its 政策要素 lineage. */
export interface ForceReport extends ForceSummary {
  asOf: string;
  /** 施行日期, resolved (自印发之日起 = the 成文日期), with its clause. */
  effective: { date: string | null; clause: EffectiveClause | null };
  /** The last day in force, resolved from the term, with its clause. */
  expires: { date: string | null; clause: TermClause | null };
  provisional: 'trial' | 'interim' | null;
  /** The portal's 时效性 line, as printed. */
  table: string | null;
  /** What later documents of the library did to this one, oldest first (all of them, whatever the date). */
  actedOnBy: ForceEvent[];
  /** What this document does to others, each target resolved to the library's copy where it has one. */
  actsOn: Array<RelationClause & { resolved: Array<{ id: string; title: string; docNumber: string | null } | null> }>;
  /** The user's own setting, which wins. */
  manual: { status: ForceStatus; note: string; setAt: string } | null;
}

/** The statuses as officials write them (北大法宝's 时效性 labels), in each language of the app. */
export const FORCE_STATUS_LABELS: Readonly<Record<Locale, Readonly<Record<ForceStatus, string>>>> = {
  'zh-CN': {
    inForce: '现行有效',
    amended: '已修改',
    partlyVoid: '部分失效',
    pending: '尚未施行',
    suspended: '暂停执行',
    expired: '已失效（有效期届满）',
    repealed: '已废止',
  },
  'zh-TW': {
    inForce: '現行有效',
    amended: '已修改',
    partlyVoid: '部分失效',
    pending: '尚未施行',
    suspended: '暫停執行',
    expired: '已失效（有效期屆滿）',
    repealed: '已廢止',
  },
  en: {
    inForce: 'In force',
    amended: 'Amended',
    partlyVoid: 'Partly void',
    pending: 'Not yet in force',
    suspended: 'Suspended',
    expired: 'Expired (term ended)',
    repealed: 'Repealed',
  },
};
