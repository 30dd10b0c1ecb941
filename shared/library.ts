import type { ErrorCode, ErrorParams } from './errors.js';
import type { PolicyDocument, PolicyMetadata } from './policy.js';

export interface DocumentSummary extends PolicyMetadata {
  id: string;
  sourceName: string;
  importedAt: string;
}

export interface StoredDocument extends PolicyDocument {
  id: string;
  sourceName: string;
  importedAt: string;
}

export type ImportOutcome =
  | { status: 'imported'; source: string; id: string; title: string }
  | { status: 'duplicate'; source: string; id: string; title: string }
  /** A new version of a document already in the library (same number or title): its text is replaced and its annotations moved. */
  | { status: 'updated'; source: string; id: string; title: string; moved: number; orphaned: number }
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
}
