// What runs in the worker threads (see pool.ts): the work whose time depends on the input — taking a
// file apart, parsing it, re-anchoring annotations, setting a PDF — so that the thread answering the
// shells never waits for it. Each task answers a plain result; a ReaderError crosses as { error }.
import type { MessagePort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { anchorSelector, describeRange, type TextSelector } from '../../../shared/anchoring.js';
import type { Annotation } from '../../../shared/annotations.js';
import { isReaderError, ReaderError } from '../../../shared/errors.js';
import type { SourceFormat } from '../../../shared/import-formats.js';
import type { DepartmentEntry, DepartmentTask } from '../../../shared/intel.js';
import type { ImportNotice, StoredDocument } from '../../../shared/library.js';
import type { StorableDocument } from '../../../shared/policy.js';
import { extractText } from '../extract/index.js';
import type { RecognitionProgress } from '../extract/ocr.js';
import { pngOf } from '../extract/ocr.js';
import { isPdf, pdfPageImage } from '../extract/pdf.js';
import { isTiff, readTiff } from '../extract/tiff.js';
import { departmentIndex } from '../intel/departments.js';
import { contentHash } from '../library/content-hash.js';
import { readImportFile } from '../library/files.js';
import { parsePolicy } from '../parse/index.js';
import { exportPdf, type PdfExportOptions } from '../pdf/export-pdf.js';
import { exportTaskTable } from '../pdf/task-table.js';
import { saveIndex } from '../search/index-file.js';
import { SearchIndex } from '../search/search-index.js';
import { DocumentStore, isItsText } from '../store/documents.js';
import { SearchSource } from '../store/search-source.js';
import type { Failure } from './failure.js';

export interface ParsedFile {
  contentHash: string;
  encoding: string;
  format: SourceFormat;
  document: StorableDocument;
  /** What the user should be told of the file (only part of it read). */
  notices?: ImportNotice[];
}

/** A file of any importable type, taken apart and parsed; a scan's pages reported on `progress` as they are read. */
export async function parseFile({
  bytes,
  name,
  progress,
}: {
  bytes: Uint8Array;
  name: string;
  progress?: MessagePort;
}): Promise<ParsedFile | Failure> {
  const onPage = progress && ((page: number, pages: number) => progress.postMessage({ done: page, total: pages }));
  const result = await answer(() => parseBytes(bytes, name, onPage ? { onPage } : {}));
  progress?.close();
  return result;
}

async function parseBytes(bytes: Uint8Array, name: string, progress: RecognitionProgress = {}): Promise<ParsedFile> {
  const extracted = await extractText(bytes, name, progress);
  const document = parsePolicy(extracted.text, extracted);
  return {
    contentHash: contentHash(extracted.text),
    encoding: extracted.encoding,
    format: extracted.format,
    // The blocks go back by their offsets: copies of the text would double what is sent between threads.
    document: { ...document, blocks: document.blocks.map(({ text: _, ...span }) => span) },
    ...(extracted.notices && { notices: extracted.notices }),
  };
}

/**
 * Several files of a folder import, read from disk and parsed in one task: one message each way
 * instead of one per file, and the reading off the thread that stores. Each file answers its bytes
 * (kept as the original) and its parse, or why it could not be read or parsed.
 */
export async function parseFiles({
  files,
}: {
  files: string[];
}): Promise<Array<{ bytes: Uint8Array; parsed: ParsedFile | Failure }>> {
  const results: Array<{ bytes: Uint8Array; parsed: ParsedFile | Failure }> = [];
  for (const file of files) {
    let bytes: Uint8Array = new Uint8Array();
    const parsed = await answer(() => {
      bytes = readImportFile(file);
      return parseBytes(bytes, file);
    });
    // A text file that is its text byte for byte is kept as no bytes anyway (DocumentStore.putOriginal): none are sent.
    const asText = 'document' in parsed && isItsText({ format: parsed.format, bytes }, parsed.document.text);
    results.push({ bytes: asText ? new Uint8Array() : bytes, parsed });
  }
  return results;
}

/** Where each selector lies in a new text: a range, or null where the passage is gone (an orphan). */
export async function anchorAll({
  text,
  selectors,
}: {
  text: string;
  selectors: TextSelector[];
}): Promise<Array<Required<TextSelector> | null> | Failure> {
  return answer(async () =>
    selectors.map((selector) => {
      const anchor = anchorSelector(text, selector);
      return anchor && describeRange(text, anchor.start, anchor.end);
    }),
  );
}

export async function renderPdf({
  doc,
  annotations,
  options,
  progress,
}: {
  doc: StoredDocument;
  annotations: Annotation[];
  options: Omit<PdfExportOptions, 'onProgress'>;
  progress?: MessagePort;
}) {
  return answer(async () => {
    const result = await exportPdf(doc, annotations, {
      ...options,
      ...(progress && { onProgress: (done: number, total: number) => progress.postMessage({ done, total }) }),
    });
    progress?.close();
    return result;
  });
}

export interface PageImage {
  mime: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
}

/** A page of a scanned original to look at: a PDF's page rendered, a TIFF's page, or the image itself. */
export async function renderPageImage({ bytes, page }: { bytes: Uint8Array; page: number }) {
  return answer(async (): Promise<PageImage> => {
    if (isPdf(bytes)) return { mime: 'image/png', bytes: await pdfPageImage(bytes, page) };
    if (isTiff(bytes)) return { mime: 'image/png', bytes: await pngOf(await readTiff(bytes).page(page)) };
    if (page !== 1) throw new ReaderError('NOT_FOUND', { what: `page ${page}` });
    return { mime: bytes[0] === 0x89 ? 'image/png' : 'image/jpeg', bytes };
  });
}

export async function renderTaskTable(options: { department: string; tasks: DepartmentTask[]; date: Date }) {
  return answer(() => exportTaskTable(options));
}

/**
 * The search index built anew from every live document of the library, and saved as its file: the
 * shells' first search after a command line imported thousands waits for it without holding up the
 * requests that read and annotate.
 */
export async function buildSearchIndex({ database, file }: { database: string; file: string }) {
  return answer(async () => {
    const db = new Database(database, { readonly: true, fileMustExist: true });
    try {
      const documents = new SearchSource(db).documents();
      saveIndex(file, SearchIndex.build(documents).storedIndex);
      return { documents: documents.length };
    } finally {
      db.close();
    }
  });
}

/** Every department's tasks across the library (see intel/departments.ts), read and gathered apart. */
export async function buildDepartmentIndex({ database }: { database: string }) {
  return answer(async (): Promise<DepartmentEntry[]> => {
    const db = new Database(database, { readonly: true, fileMustExist: true });
    try {
      const store = new DocumentStore(db);
      return departmentIndex(store.list().flatMap((summary) => store.get(summary.id) ?? []));
    } finally {
      db.close();
    }
  });
}

async function answer<T>(work: () => Promise<T>): Promise<T | Failure> {
  try {
    return await work();
  } catch (error) {
    if (isReaderError(error)) return { failure: { code: error.code, params: error.params } };
    // A stack overflow or any other fault of the parser on this input: the input's fault, said so.
    const reason = error instanceof Error ? error.message : String(error);
    return { failure: { code: 'PARSE_FAILED', params: { reason } } };
  }
}
