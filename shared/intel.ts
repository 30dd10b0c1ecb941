// What the library knows across documents (main/core/intel): who is responsible for what, what
// cites what, how two documents' sections line up, and the goals each sets with their years.
import type { ForceSummary } from './force.js';
import type { ResponsibilityRole } from './policy.js';

/** A task a department leads, bears or joins: the paragraph a responsibility span closes. */
export interface DepartmentTask {
  docId: string;
  title: string;
  block: number;
  role: ResponsibilityRole | null;
  /** The paragraph's text, up to the span (with its run-in heading). */
  text: string;
}

export interface DepartmentEntry {
  name: string;
  tasks: DepartmentTask[];
}

/** A department and how many tasks it has (under a filter). */
export interface DepartmentSummary {
  name: string;
  tasks: number;
}

/** The departments under a filter, the busiest first, and the documents that give any department a task. */
export interface DepartmentOverview {
  departments: DepartmentSummary[];
  documents: Array<Pick<DocumentRef, 'id' | 'title'>>;
}

/** The first tasks of a department (under a filter), and how many there are in all. */
export interface TaskPage {
  total: number;
  tasks: DepartmentTask[];
}

/** Which of a department's tasks to list or export: all of them, or those of one document or role. */
export interface TaskFilter {
  docId?: string;
  role?: ResponsibilityRole | 'none';
  /** Only the tasks of documents in force today (not repealed, expired, suspended or yet to take effect). */
  inForce?: boolean;
}

export const TASK_EXPORT_FORMATS = ['csv', 'pdf'] as const;
export type TaskExportFormat = (typeof TASK_EXPORT_FORMATS)[number];

export interface CitedDocument {
  docNumber: string;
  title: string;
  /** The library's document with this number or title, if there is one. */
  inLibrary: string | null;
  citedBy: DocumentRef[];
  /** A national document: those citing it are its implementations (落实文件). */
  national: boolean;
}

export interface DocumentRef {
  id: string;
  title: string;
  docNumber: string | null;
}

/** A citation in a document's text (《title》 with its number), and the library's copy of what it cites. */
export interface CitationLink {
  start: number;
  end: number;
  title: string;
  docNumber: string;
  target: DocumentRef | null;
  /** The target's status today, to mark a citation of a repealed or expired document. */
  force: ForceSummary | null;
}

export interface DocumentRelations {
  /** What the document cites, in the order of its text. */
  cites: CitationLink[];
  /** The library's documents that cite this one. */
  citedBy: DocumentRef[];
  /** Other documents citing something this one cites (ids): they implement the same policy. */
  siblings: string[];
  /** A national document: those citing it are its implementations (落实文件). */
  national: boolean;
}

export interface Target {
  year: number;
  indicator: string;
  /** The goal as written: verb, number, unit and qualifier ("突破1万亿元", "年均增长20%左右"). */
  value: string;
  /** Canonical offsets of the clause. */
  start: number;
  end: number;
}

export interface Section {
  /** The heading block's index (the first block's, for the text before the first heading). */
  block: number;
  /** Empty for the text before the first heading (导语). */
  heading: string;
  start: number;
  end: number;
}

export interface SectionPair {
  a: Section | null;
  b: Section | null;
  /** Cosine similarity of the two sections' character pairs, 0 to 1 (0 for an unpaired section). */
  score: number;
}

/** Canonical offsets of a stretch of text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A pair of sections with the sentences each has that the other has nothing like. */
export interface ComparedPair extends SectionPair {
  onlyA: TextRange[];
  onlyB: TextRange[];
}

export interface Comparison {
  a: DocumentRef;
  b: DocumentRef;
  pairs: ComparedPair[];
}
