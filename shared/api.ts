// The one API between the renderer and the core. Every method takes one plain-JSON argument
// object and resolves to plain JSON. main/core implements it once; main/electron carries it over
// IPC and main/server over HTTP (POST /api/<method>). Arguments are validated against these schemas
// on the core side of either transport; an unknown method is refused.
import { z } from 'zod';
import {
  type Annotation,
  type AnnotationExport,
  type AnnotationImportReport,
  type AnnotationPage,
  HIGHLIGHT_COLORS,
  MAX_NOTE_CHARS,
} from './annotations.js';
import { DISPLAY_SCRIPTS, type DisplayScript } from './display-script.js';
import type { ErrorCode, ErrorParams } from './errors.js';
import { FORCE_STATUSES, type ForceReport, type ForceSummary } from './force.js';
import {
  type CitedDocument,
  type Comparison,
  type DepartmentOverview,
  type DocumentRelations,
  TASK_EXPORT_FORMATS,
  type Target,
  type TaskPage,
} from './intel.js';
import type { DocumentSummary, ImportOutcome, LibraryRecovery, ReaderDocument, Trash } from './library.js';
import { MAX_FILE_BYTES, MAX_SCANNED_PAGES } from './limits.js';
import { PDF_LAYOUTS, type PdfFile } from './pdf.js';
import { GENRES } from './policy.js';
import type { SearchResponse, SearchResults, SearchTotal } from './search.js';
import type { ReaderSettings, ReadingPosition } from './settings.js';

const documentId = z.string().regex(/^[0-9a-f]{12,64}$/, 'a document id is 12 to 64 hex digits');
const annotationId = z.uuid();
const color = z.enum(HIGHLIGHT_COLORS);
const kind = z.enum(['highlight', 'underline']);
const tags = z.array(z.string().trim().min(1).max(40)).max(30);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');
const displayScript = z.enum(DISPLAY_SCRIPTS);
const taskRole = z.enum(['lead', 'responsible', 'cooperating', 'none']);
const text = (max: number) => z.string().trim().min(1).max(max);
/** Where a long task has got to: `done` of `total` steps (a scan's pages). */
export interface TaskProgress {
  done: number;
  total: number;
}

/** Names a long call (an import, an export) so that `cancelTask` can stop it and `taskProgress` follow it. */
const taskId = z.string().regex(/^[\w-]{1,64}$/, 'a task id is 1 to 64 letters, digits, _ or -');

/** The largest importable file, base64-encoded. */
const MAX_BASE64 = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4;

/** A search box's query with its filters. */
const searchRequest = z
  .object({
    query: z.string().max(500),
    limit: z.number().int().min(1).max(500).optional(),
    filters: z
      .object({
        issuer: z.string().max(200),
        year: z.string().regex(/^\d{4}$/),
        script: z.enum(['simplified', 'traditional', 'mixed']),
        department: z.string().max(100),
        force: z.enum(FORCE_STATUSES),
      })
      .partial()
      .strict()
      .optional(),
  })
  .strict();

export const apiSchemas = {
  libraryStatus: z.object({}).strict(),
  listDocuments: z.object({}).strict(),
  /** `blocks`: at most this many of the first blocks, for a first screen of a long document. */
  getDocument: z.object({ id: documentId, blocks: z.number().int().positive().max(1_000_000).optional() }).strict(),
  importFile: z.object({ name: text(255), data: z.base64().max(MAX_BASE64), taskId: taskId.optional() }).strict(),
  deleteDocument: z.object({ id: documentId }).strict(),
  restoreDocument: z.object({ id: documentId }).strict(),
  trash: z.object({}).strict(),
  emptyTrash: z
    .object({ documents: z.array(documentId).max(10_000).optional(), annotations: z.array(annotationId).max(100_000).optional() })
    .strict(),
  updateMetadata: z
    .object({
      id: documentId,
      changes: z
        .object({
          title: text(300),
          issuer: text(200).nullable(),
          date: isoDate.nullable(),
          docNumber: text(100).nullable(),
          genre: z.enum(GENRES).nullable(),
        })
        .partial()
        .strict(),
    })
    .strict(),
  openingLines: z.object({ id: documentId }).strict(),
  getSettings: z.object({}).strict(),
  updateSettings: z
    .object({
      changes: z
        .object({
          uiLanguage: z.enum(['zh-CN', 'zh-TW', 'en']),
          fontSize: z.number().min(14).max(32),
          lineHeight: z.number().min(1.4).max(2.4),
          pageWidth: z.number().int().min(24).max(60),
          theme: z.enum(['light', 'sepia', 'dark']),
          fontFamily: z.enum(['serif', 'sans', 'kai']),
          preset: z.enum(['custom', 'gongwen']),
          librarySort: z.object({ key: z.enum(['date', 'title', 'issuer']), descending: z.boolean() }).strict(),
          colorNames: z.record(color, text(12)),
          defaultScript: displayScript,
        })
        .partial()
        .strict(),
    })
    .strict(),
  getReadingPosition: z.object({ id: documentId }).strict(),
  setReadingPosition: z
    .object({
      id: documentId,
      position: z.object({ block: z.number().int().min(0), fraction: z.number().min(0).max(1) }).strict(),
    })
    .strict(),
  getDisplayScript: z.object({ id: documentId }).strict(),
  setDisplayScript: z.object({ id: documentId, script: displayScript.nullable() }).strict(),
  search: searchRequest,
  searchResults: searchRequest,
  searchTotal: searchRequest,
  exportPdf: z.object({ id: documentId, script: displayScript, layout: z.enum(PDF_LAYOUTS), taskId: taskId.optional() }).strict(),
  cancelTask: z.object({ taskId }).strict(),
  taskProgress: z.object({ taskId }).strict(),
  pageImage: z.object({ id: documentId, page: z.number().int().min(1).max(MAX_SCANNED_PAGES) }).strict(),
  departments: z.object({ docId: documentId.optional(), role: taskRole.optional(), inForce: z.boolean().optional() }).strict(),
  departmentTasks: z
    .object({
      department: text(100),
      docId: documentId.optional(),
      role: taskRole.optional(),
      inForce: z.boolean().optional(),
      limit: z.number().int().min(1).max(5000).optional(),
    })
    .strict(),
  exportTasks: z
    .object({
      department: text(100),
      format: z.enum(TASK_EXPORT_FORMATS),
      docId: documentId.optional(),
      role: taskRole.optional(),
      inForce: z.boolean().optional(),
      taskId: taskId.optional(),
    })
    .strict(),
  citations: z.object({}).strict(),
  relations: z.object({ id: documentId }).strict(),
  targets: z.object({ id: documentId }).strict(),
  forceStatuses: z.object({ asOf: isoDate }).strict(),
  forceReport: z.object({ id: documentId, asOf: isoDate.optional() }).strict(),
  setForceStatus: z
    .object({ id: documentId, status: z.enum(FORCE_STATUSES).nullable(), note: z.string().trim().max(MAX_NOTE_CHARS).optional() })
    .strict(),
  compare: z.object({ a: documentId, b: documentId }).strict(),
  listAnnotations: z.object({ docId: documentId }).strict(),
  queryAnnotations: z
    .object({
      docId: documentId.optional(),
      color: color.optional(),
      tag: z.string().max(40).optional(),
      text: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    })
    .strict(),
  createAnnotation: z
    .object({
      docId: documentId,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      kind,
      color,
      note: z.string().max(MAX_NOTE_CHARS).optional(),
      tags: tags.optional(),
    })
    .strict(),
  updateAnnotation: z
    .object({
      id: annotationId,
      changes: z
        .object({ kind, color, note: z.string().max(MAX_NOTE_CHARS), tags })
        .partial()
        .strict(),
    })
    .strict(),
  deleteAnnotation: z.object({ id: annotationId }).strict(),
  restoreAnnotation: z.object({ id: annotationId }).strict(),
  exportAnnotations: z.object({ docId: documentId.nullable(), format: z.enum(['w3c', 'md']) }).strict(),
  importAnnotations: z
    .object({
      content: z
        .string()
        .min(1)
        .max(20 * 1024 * 1024),
    })
    .strict(),
} as const;

/** A file for the user to save, its bytes in base64. */
export interface ExportedFile {
  filename: string;
  data: string;
}

export type ApiMethod = keyof typeof apiSchemas;
export type ApiArgs<M extends ApiMethod> = z.infer<(typeof apiSchemas)[M]>;

export interface ApiResults {
  libraryStatus: { recovery: LibraryRecovery | null };
  listDocuments: DocumentSummary[];
  getDocument: ReaderDocument;
  importFile: ImportOutcome;
  deleteDocument: null;
  restoreDocument: null;
  /** Deletions still restorable (for TRASH_DAYS), newest first. */
  trash: Trash;
  /** Removes deletions for good: the ones named, or all. */
  emptyTrash: { removed: number };
  updateMetadata: DocumentSummary;
  /** The first lines of a document's text as imported, for checking its metadata against them. */
  openingLines: string[];
  getSettings: ReaderSettings;
  updateSettings: ReaderSettings;
  getReadingPosition: ReadingPosition | null;
  setReadingPosition: null;
  getDisplayScript: DisplayScript | null;
  setDisplayScript: null;
  search: SearchResponse;
  /** The best documents first, the count after (searchTotal), so that the count never delays them. */
  searchResults: SearchResults;
  searchTotal: SearchTotal;
  exportPdf: PdfFile;
  /** Stops the import or export started with this task id; false when none is running. */
  cancelTask: { cancelled: boolean };
  /** How far the import or export started with this task id has come (a scan's page of its pages); null before any word. */
  taskProgress: TaskProgress | null;
  /** A page of the scan a recognised document was read from (base64), to look at beside its text. */
  pageImage: { mime: 'image/png' | 'image/jpeg'; data: string };
  departments: DepartmentOverview;
  departmentTasks: TaskPage;
  exportTasks: ExportedFile;
  citations: CitedDocument[];
  relations: DocumentRelations;
  targets: Target[];
  /** Every document's status as of a date, by id. */
  forceStatuses: Record<string, ForceSummary>;
  /** Why a document is or is not in force as of a date (today unless given), with its evidence and lineage. */
  forceReport: ForceReport;
  /** Sets a status by hand (null goes back to what the documents say); the report that follows. */
  setForceStatus: ForceReport;
  compare: Comparison;
  listAnnotations: Annotation[];
  queryAnnotations: AnnotationPage;
  createAnnotation: Annotation;
  updateAnnotation: Annotation;
  deleteAnnotation: null;
  restoreAnnotation: Annotation;
  exportAnnotations: AnnotationExport;
  importAnnotations: AnnotationImportReport;
}

export type ReaderApi = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResults[M]> };

/** What either transport carries back. */
export type ApiResponse<M extends ApiMethod = ApiMethod> =
  | { ok: true; result: ApiResults[M] }
  | { ok: false; error: { code: ErrorCode; params: ErrorParams } };

export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(apiSchemas, name);
}
