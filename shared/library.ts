import type { ErrorCode, ErrorParams } from './errors.js';
import type { ForceSummary } from './force.js';
import type { PolicyDocument, PolicyMetadata } from './policy.js';

/** A document's metadata as stored. */
export interface DocumentFields extends PolicyMetadata {
  id: string;
  sourceName: string;
  importedAt: string;
}

/** A document as the library lists it: its metadata and whether it is in force today. */
export interface DocumentSummary extends DocumentFields {
  force: ForceSummary;
}

export interface StoredDocument extends PolicyDocument {
  id: string;
  sourceName: string;
  importedAt: string;
}

/**
 * A document as the reader opens it: its metadata and blocks. The whole text again, its tasks and
 * its citations stay behind — the reader never draws them, and they more than doubled what a
 * 2 M-character compilation sent on opening.
 */
export type ReaderDocument = Omit<StoredDocument, 'text' | 'responsibilities' | 'citations' | 'force'> & {
  /** How many blocks the document has: more than `blocks` holds where only its first were asked for. */
  blockCount: number;
};

/** Something the user should know of a file that imported: that only part of it came in, and why. */
export interface ImportNotice {
  code: ErrorCode;
  params: ErrorParams;
}

export type ImportOutcome =
  | { status: 'imported'; source: string; id: string; title: string; notices?: ImportNotice[] }
  | { status: 'duplicate'; source: string; id: string; title: string }
  /** A new version of a document already in the library (same number or title): its text is replaced and its annotations moved. */
  | { status: 'updated'; source: string; id: string; title: string; moved: number; orphaned: number; notices?: ImportNotice[] }
  | { status: 'failed'; source: string; error: { code: ErrorCode; params: ErrorParams } };

export interface ImportProgress {
  done: number;
  total: number;
  current: string;
}

/** What a start found and did about a damaged library file. */
export interface LibraryRecovery {
  /** Where the damaged file was moved. */
  movedTo: string;
  /** The date of the backup restored, or null when there was none and the library starts empty. */
  restoredFrom: string | null;
  reason: string;
  /** Annotations written after that backup, recovered from the annotation journal. */
  annotationsReplayed: number;
}

/** How long a deleted document or annotation stays in the 回收站 before it is removed for good. */
export const TRASH_DAYS = 7;

export interface TrashedDocument {
  id: string;
  title: string;
  issuer: string | null;
  docNumber: string | null;
  deletedAt: string;
  /** Its annotations, which come back with it. */
  annotations: number;
}

export interface TrashedAnnotation {
  id: string;
  docId: string;
  docTitle: string;
  exact: string;
  note: string;
  deletedAt: string;
}

/** What the 回收站 holds: deletions not yet removed for good, newest first. */
export interface Trash {
  documents: TrashedDocument[];
  /** Deleted annotations of documents that are not deleted themselves. */
  annotations: TrashedAnnotation[];
}
