import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { anchorSelector, describeRange, type TextSelector } from '../../../shared/anchoring.js';
import type {
  Annotation,
  AnnotationExport,
  AnnotationFormat,
  AnnotationImportReport,
  AnnotationKind,
  AnnotationPage,
  AnnotationQuery,
  HighlightColor,
} from '../../../shared/annotations.js';
import { localDay } from '../../../shared/dates.js';
import type { DisplayScript } from '../../../shared/display-script.js';
import { isReaderError, ReaderError } from '../../../shared/errors.js';
import { fileNameFor } from '../../../shared/file-names.js';
import { type ForceReport, type ForceStatus, type ForceSummary, isOutOfForce } from '../../../shared/force.js';
import type {
  CitedDocument,
  Comparison,
  DepartmentEntry,
  DepartmentOverview,
  DepartmentTask,
  DocumentRelations,
  Target,
  TaskExportFormat,
  TaskFilter,
} from '../../../shared/intel.js';
import type {
  DocumentFields,
  DocumentSummary,
  ImportOutcome,
  ImportProgress,
  LibraryRecovery,
  ReaderDocument,
  StoredDocument,
  Trash,
} from '../../../shared/library.js';
import type { PdfLayout } from '../../../shared/pdf.js';
import type { SearchRequest, SearchResponse, SearchResults, SearchTotal } from '../../../shared/search.js';
import { DEFAULT_SETTINGS, type ReaderSettings, type ReadingPosition } from '../../../shared/settings.js';
import { toMarkdown } from '../annotations/markdown.js';
import { parseW3C, toW3C } from '../annotations/w3c.js';
import { htmlToText } from '../extract/html.js';
import { CitationGraph, refOf } from '../intel/citations.js';
import { compareDocuments } from '../intel/compare.js';
import { departmentIndex, departmentOverview, filterTasks } from '../intel/departments.js';
import { ForceLedger } from '../intel/force.js';
import { findTargets } from '../intel/targets.js';
import { tasksCsv } from '../intel/task-list.js';
import { canonicalText } from '../parse/canonical.js';
import { decodePolicyBytes } from '../parse/decode.js';
import { parsePolicy } from '../parse/index.js';
import type { PdfExport } from '../pdf/export-pdf.js';
import { LibrarySearch } from '../search/library-search.js';
import { AnnotationJournal, type JournalEntry } from '../store/annotation-journal.js';
import { type AnnotationChanges, AnnotationStore } from '../store/annotations.js';
import { backUpDaily, backUpRecent, backUpRecentOnline, backups } from '../store/backups.js';
import { retryWhileBusy } from '../store/busy.js';
import { DisplayScriptStore } from '../store/display-scripts.js';
import { DocumentStore, type MetadataChanges, type NewDocument, type OriginalFile } from '../store/documents.js';
import { PositionStore } from '../store/positions.js';
import { openLibraryDatabase } from '../store/recovery.js';
import { SearchSource } from '../store/search-source.js';
import { SettingsStore } from '../store/settings.js';
import { TrashStore } from '../store/trash.js';
import { isFailure } from '../work/failure.js';
import { acquireWorkPool } from '../work/pool.js';
import type { PageImage, ParsedFile } from '../work/tasks.js';
import { contentHash } from './content-hash.js';
import { expandImportPaths, readImportFile } from './files.js';

/** A document the ledger has not judged (none, unless it is being imported this moment). */
const PRESUMED_IN_FORCE: ForceSummary = { status: 'inForce', source: 'presumed', since: null, by: null };

/** Bumped when the parser's output changes: stored documents are re-parsed when the library opens. */
export const PARSER_VERSION = 8;

const SEEDED_KEY = 'library.seeded';
/** After a change, a backup once the library has been quiet this long … */
const BACKUP_QUIET_MS = 20_000;
/** … and not more often than this. */
const BACKUP_INTERVAL_MS = 5 * 60_000;
/** The annotation journal is trimmed to what the backups lack once it is this large. */
const JOURNAL_TRIM_BYTES = 256 * 1024;
/** Documents of a folder import stored per transaction. */
const IMPORT_BATCH = 48;
/** Pages between checkpoints during a folder import (64 MB): SQLite's default is 1,000 (4 MB). */
const BULK_CHECKPOINT_PAGES = 16_384;
/** Documents re-parsed per transaction when the parser changed. */
const REPARSE_BATCH = 200;
/** How many of a document's first lines 编辑信息 shows. */
const OPENING_LINES = 16;
const READER_SETTINGS_KEY = 'reader.settings';

export interface LibraryOptions {
  dataDir: string;
  /** The bundled sample library, imported when a new library is first opened. */
  seedsDir?: string;
  /** Fixed clock for tests. */
  now?: () => Date;
  /** better-sqlite3's compiled module for another runtime's ABI (see scripts/electron-native.mjs). */
  sqliteBinding?: string;
  /**
   * Once open, how long a statement may block the thread waiting for another process's write. The
   * shells, which answer many requests, keep it short and retry without blocking (see store/busy.ts).
   */
  blockingWaitMs?: number;
}

export interface BatchImport {
  outcomes: ImportOutcome[];
  /** Files in the given folders that are not of an importable type. */
  ignored: string[];
}

export class Library {
  readonly dataDir: string;
  private readonly documents: DocumentStore;
  private readonly store: SettingsStore;
  private readonly positions: PositionStore;
  private readonly scripts: DisplayScriptStore;
  private readonly notes: AnnotationStore;
  private readonly trash: TrashStore;
  private readonly journal: AnnotationJournal;
  /** Worker threads for parsing, re-anchoring and PDFs. */
  private readonly workers = acquireWorkPool();
  /** Backups after changes: whether there were changes since the last one, its time, the timer for the next. */
  private readonly backup: { changed: boolean; last: number; timer?: NodeJS.Timeout; running?: Promise<void>; closed?: boolean } =
    {
      changed: false,
      last: 0,
    };
  private readonly searcher: LibrarySearch;
  /** Indexes built from every document on first use, dropped when a document changes. */
  private derived: { departments?: DepartmentEntry[]; citations?: CitationGraph; force?: ForceLedger } = {};
  /** The department index being built on another thread, if it is. */
  private departmentsBuilding: Promise<void> | null = null;
  /** The library's data version when the caches above were last known good (see changedElsewhere). */
  private seenVersion: number;
  private readonly now: () => Date;

  private constructor(
    private readonly db: Database.Database,
    options: LibraryOptions,
    /** Set when this start found the library damaged and restored it. */
    private damage: LibraryRecovery | null,
  ) {
    this.dataDir = options.dataDir;
    this.documents = new DocumentStore(db);
    this.store = new SettingsStore(db);
    this.positions = new PositionStore(db);
    this.scripts = new DisplayScriptStore(db);
    this.notes = new AnnotationStore(db);
    this.trash = new TrashStore(db);
    this.journal = new AnnotationJournal(options.dataDir);
    // Search waits for the statuses only when it filters by one: a first search does not build them.
    this.searcher = new LibrarySearch(
      new SearchSource(db),
      options.dataDir,
      (needed) => {
        this.changedElsewhere();
        return needed || this.derived.force ? this.forceLedger().statusesAsOf(this.today()) : null;
      },
      db.memory
        ? undefined
        : async (file) => {
            await this.workers.pool.run('buildSearchIndex', { database: db.name, file });
          },
    );
    this.now = options.now ?? (() => new Date());
    this.seenVersion = this.dataVersion();
  }

  private dataVersion(): number {
    return Number(this.db.pragma('data_version', { simple: true }));
  }

  /** Another process (the CLI beside the app, a second window) committed: what is cached from the documents is dropped. */
  private changedElsewhere(): void {
    const version = this.dataVersion();
    if (version === this.seenVersion) return;
    this.seenVersion = version;
    this.derived = {};
    this.notes.invalidateTags();
  }

  static open(options: LibraryOptions): Library {
    const now = options.now ?? (() => new Date());
    const { db, recovery } = openLibraryDatabase(options.dataDir, now(), options.sqliteBinding);
    const library = new Library(db, options, recovery);
    if (recovery) recovery.annotationsReplayed = library.replayJournal(recovery.restoredFrom);
    library.trash.removeExpired(now());
    library.reparseOutdated();
    library.documents.fillDepartments();
    if (options.seedsDir) library.seedOnce(options.seedsDir);
    backUpDaily(db, options.dataDir, now());
    if (options.blockingWaitMs !== undefined) db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.blockingWaitMs))}`);
    return library;
  }

  /** What this start found and did about a damaged library file, or null. */
  get recovery(): LibraryRecovery | null {
    return this.damage;
  }

  /** Closes the library; a process that changed it leaves a backup of its changes. */
  close(): void {
    clearTimeout(this.backup.timer);
    this.backup.closed = true;
    if (this.backup.changed && !this.backup.running && Date.now() - this.backup.last > BACKUP_INTERVAL_MS / 2) {
      try {
        backUpRecent(this.db, this.dataDir, this.now());
        this.trimJournal();
      } catch {
        // A full disk: the library itself is intact; the daily backup remains.
      }
    }
    this.searcher.close();
    this.db.close();
    this.workers.release();
  }

  /**
   * After every change: a backup once the library has been quiet for a while, at most every few
   * minutes, copied between requests so that nobody waits for it.
   */
  private wrote(): void {
    this.backup.changed = true;
    if (this.backup.closed) return;
    clearTimeout(this.backup.timer);
    const delay = Math.max(BACKUP_QUIET_MS, this.backup.last + BACKUP_INTERVAL_MS - Date.now());
    this.backup.timer = setTimeout(() => this.backUpNow(), delay);
    this.backup.timer.unref();
  }

  private backUpNow(): void {
    if (this.backup.running || this.backup.closed) return;
    this.backup.changed = false;
    this.backup.running = backUpRecentOnline(this.db, this.dataDir, this.now())
      .then(() => {
        this.backup.last = Date.now();
        this.trimJournal();
      })
      .catch(() => {
        this.backup.changed = true;
      })
      .finally(() => {
        this.backup.running = undefined;
      });
  }

  /** The journal keeps what the oldest backup lacks, and no more. */
  private trimJournal(): void {
    const oldest = backups(this.dataDir).at(-1);
    if (oldest && this.journal.size() > JOURNAL_TRIM_BYTES) this.journal.trimBefore(oldest.date);
  }

  /**
   * After a restore from a backup: the annotations written since, from the journal, on the documents
   * the backup holds (placed by their quote if the text differs) or kept aside for the others. The
   * whole journal is replayed in order (each entry carries the annotation's whole state, so entries
   * the backup holds already change nothing); returns how many were written after the backup.
   */
  private replayJournal(backupTaken: string | null): number {
    const entries = this.journal.entries();
    this.db.transaction(() => {
      for (const entry of entries) {
        if (entry.op === 'delete') this.notes.markDeleted(entry.id, entry.at);
        else if (entry.op === 'restore') this.notes.unmarkDeleted(entry.id);
        else this.replayPut(entry.annotation, entry.at);
      }
    })();
    const since = backupTaken?.replace(' ', 'T') ?? '';
    return entries.filter((e) => e.at >= since).length;
  }

  private replayPut(a: Annotation, at: string): void {
    const text = this.documents.summary(a.docId) ? this.documents.text(a.docId) : undefined;
    if (text === undefined) {
      this.notes.keepPending(a.id, a.docId, a, at);
      return;
    }
    const anchor =
      text.slice(a.start, a.end) === a.exact && !a.orphaned ? { start: a.start, end: a.end } : anchorSelector(text, a);
    const placed = anchor ? { ...describeRange(text, anchor.start, anchor.end), orphaned: false } : { orphaned: true };
    if (this.notes.exists(a.id)) {
      this.notes.unmarkDeleted(a.id);
      this.notes.update(a.id, { kind: a.kind, color: a.color, note: a.note, tags: a.tags, ...placed }, a.updatedAt);
    } else this.notes.insert({ ...a, ...placed });
  }

  /**
   * Parses and stores one text file in this thread (the bundled samples at first start); the same
   * canonical text twice is a no-op that says so. Bad input comes back as a failed outcome; a failing
   * database throws.
   */
  importBytes(bytes: Uint8Array, sourceName: string): ImportOutcome {
    let parsed: ParsedFile;
    try {
      const decoded = decodePolicyBytes(bytes);
      const text = canonicalText(decoded.text);
      parsed = { contentHash: contentHash(text), encoding: decoded.encoding, format: 'txt', document: parsePolicy(text) };
    } catch (error) {
      return failed(sourceName, error);
    }
    const plan = this.planImport(parsed, bytes, sourceName);
    if ('outcome' in plan) return plan.outcome;
    const text = parsed.document.text;
    return this.commitImport(plan, plan.previous?.annotations.map((a) => anchorIn(text, a)) ?? []);
  }

  /**
   * Imports a file of any supported type (text, Markdown, Word, web page, PDF): its text is taken
   * out and parsed in a worker thread (with time and memory limits, cancelled by `signal`), then
   * stored like a text file's, with the file itself kept beside it.
   */
  async importFile(
    bytes: Uint8Array,
    sourceName: string,
    signal?: AbortSignal,
    onPage?: (page: number, pages: number) => void,
  ): Promise<ImportOutcome> {
    return this.importParsed(await this.parseInWorker(bytes, sourceName, signal, onPage), bytes, sourceName, signal);
  }

  private async parseInWorker(
    bytes: Uint8Array,
    sourceName: string,
    signal?: AbortSignal,
    onPage?: (page: number, pages: number) => void,
  ): Promise<ParsedFile | ImportOutcome> {
    try {
      return await this.workers.pool.run(
        'parseFile',
        { bytes, name: sourceName },
        { signal, ...(onPage && { onProgress: onPage }) },
      );
    } catch (error) {
      return failed(sourceName, error);
    }
  }

  private async importParsed(
    parsed: ParsedFile | ImportOutcome,
    bytes: Uint8Array,
    sourceName: string,
    signal?: AbortSignal,
  ): Promise<ImportOutcome> {
    if ('status' in parsed) return parsed;
    return withNotices(await this.storeParsed(parsed, bytes, sourceName, signal), parsed);
  }

  private async storeParsed(
    parsed: ParsedFile,
    bytes: Uint8Array,
    sourceName: string,
    signal?: AbortSignal,
  ): Promise<ImportOutcome> {
    const plan = this.planImport(parsed, bytes, sourceName);
    if ('outcome' in plan) return plan.outcome;
    let anchors: Anchors = [];
    if (plan.previous && plan.previous.annotations.length > 0) {
      try {
        anchors = await this.workers.pool.run(
          'anchorAll',
          { text: parsed.document.text, selectors: plan.previous.annotations },
          { signal },
        );
      } catch (error) {
        return failed(sourceName, error);
      }
    }
    return this.commitImport(plan, anchors);
  }

  /** What a parsed file is to the library: a duplicate, a deleted document brought back, a new version of one, or new. */
  private planImport(parsed: ParsedFile, bytes: Uint8Array, sourceName: string): ImportPlan {
    const existing = this.documents.findByHash(parsed.contentHash);
    if (existing) {
      const { id, title, deleted } = existing;
      // Importing a document deleted moments ago brings it back rather than calling it a duplicate.
      if (deleted && this.documents.unmarkDeleted(id)) {
        this.documentsChanged(id);
        return { outcome: { status: 'imported', source: sourceName, id, title } };
      }
      return { outcome: { status: 'duplicate', source: sourceName, id, title } };
    }
    const name = path.basename(sourceName);
    const entry = {
      contentHash: parsed.contentHash,
      sourceName: name,
      sourceEncoding: parsed.encoding,
      parserVersion: PARSER_VERSION,
      importedAt: this.now().toISOString(),
      document: parsed.document,
      original: { name, format: parsed.format, bytes },
    };
    const previous = this.documents.findPreviousVersion(parsed.document);
    return {
      source: sourceName,
      entry,
      ...(previous && { previous: { id: previous.id, annotations: this.notes.ofDocument(previous.id) } }),
    };
  }

  /**
   * Stores a planned import in one short transaction: a new document, or a new version in place of
   * the old one with its annotations at the anchors found for them (an orphan where none was).
   */
  private commitImport(plan: Exclude<ImportPlan, { outcome: ImportOutcome }>, anchors: Anchors): ImportOutcome {
    const { entry, previous, source } = plan;
    const title = entry.document.title;
    if (!previous) {
      const id = this.newId(entry.contentHash);
      this.documents.insert({ ...entry, id });
      this.documentsChanged(id);
      return { status: 'imported', source, id, title };
    }
    const at = this.now().toISOString();
    let orphaned = 0;
    this.db.transaction(() => {
      this.documents.replaceVersion(previous.id, entry);
      for (const [i, a] of previous.annotations.entries()) {
        const range = anchors[i];
        if (range) this.notes.update(a.id, { ...range, orphaned: false }, at);
        else {
          this.notes.update(a.id, { orphaned: true }, at);
          orphaned++;
        }
      }
    })();
    this.documentsChanged(previous.id);
    return { status: 'updated', source, id: previous.id, title, moved: previous.annotations.length - orphaned, orphaned };
  }

  /**
   * Imports files and folders (recursively), reporting progress after each file. Files are parsed
   * in worker threads ahead of storing; what is parsed is stored in the order given, a batch of
   * documents to a transaction (one commit per batch, not per file: a kill loses at most the batch
   * not yet reported). A new version of a document with annotations is stored on its own, its
   * annotations placed in a worker first.
   */
  async importPaths(
    paths: readonly string[],
    onProgress?: (progress: ImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<BatchImport> {
    const { files, ignored } = expandImportPaths(paths);
    const outcomes: ImportOutcome[] = [];
    const report = (outcome: ImportOutcome) => {
      outcomes.push(outcome);
      onProgress?.({ done: outcomes.length, total: files.length, current: outcome.source });
    };
    // SQLite copies the write-ahead log into the library (and syncs it) every 1,000 pages by default:
    // a folder of thousands writes hundreds of megabytes, so it does so at a larger interval meanwhile.
    const checkpointEvery = Number(this.db.pragma('wal_autocheckpoint', { simple: true }));
    if (files.length > IMPORT_BATCH) this.db.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
    try {
      // Each batch is read and parsed in one worker task while the batches before it are stored, one
      // more in flight than the pool has threads, so that none waits while a batch is stored. (The
      // pool hands a thread its next task only once this thread takes the last one's answer, so
      // smaller tasks would leave the workers idle while a batch is stored.)
      const batches: string[][] = [];
      for (let i = 0; i < files.length; i += IMPORT_BATCH) batches.push(files.slice(i, i + IMPORT_BATCH));
      const parsing: Array<Promise<ReadFile[]>> = [];
      let next = 0;
      const ahead = this.workers.pool.width + 1;
      const parseAhead = () => {
        while (parsing.length < ahead && next < batches.length) parsing.push(this.parseGroup(batches[next++] ?? [], signal));
      };
      parseAhead();
      for (let current = parsing.shift(); current; current = parsing.shift()) {
        parseAhead();
        const batch = await current;
        let stored = 0;
        while (stored < batch.length) {
          const [done, next] = await retryWhileBusy(() => this.storeBatch(batch.slice(stored)));
          done.forEach(report);
          stored += done.length;
          // A new version whose annotations move: placed in a worker, then stored alone.
          if (next) {
            report(await retryWhileBusy(() => this.importParsed(next.result, next.bytes, next.file, signal)));
            stored++;
          }
        }
      }
    } finally {
      this.db.pragma(`wal_autocheckpoint = ${checkpointEvery}`);
    }
    return { outcomes, ignored };
  }

  /** Files read and parsed in one worker task; a file that cannot be read or parsed fails alone. */
  private async parseGroup(files: readonly string[], signal?: AbortSignal): Promise<ReadFile[]> {
    try {
      const results = await this.workers.pool.run('parseFiles', { files: [...files] }, { signal });
      return results.map(({ bytes, parsed }, i) => {
        const file = files[i] as string;
        return { file, bytes, result: isFailure(parsed) ? { status: 'failed', source: file, error: parsed.failure } : parsed };
      });
    } catch (error) {
      return files.map((file) => ({ file, bytes: new Uint8Array(), result: failed(file, error) }));
    }
  }

  /**
   * Stores parsed files in one transaction, up to the first whose annotations must move (returned
   * as `next`, not stored). The outcomes count only once the transaction has committed.
   */
  private storeBatch(batch: readonly ReadFile[]): [ImportOutcome[], ReadFile | undefined] {
    return this.db.transaction((): [ImportOutcome[], ReadFile | undefined] => {
      const done: ImportOutcome[] = [];
      for (const item of batch) {
        if ('status' in item.result) {
          done.push(item.result);
          continue;
        }
        const plan = this.planImport(item.result, item.bytes, item.file);
        if ('outcome' in plan) done.push(plan.outcome);
        else if (plan.previous && plan.previous.annotations.length > 0) return [done, item];
        else done.push(withNotices(this.commitImport(plan, []), item.result));
      }
      return [done, undefined];
    })();
  }

  /** The file a document was imported from. */
  original(id: string): OriginalFile {
    const original = this.documents.original(id);
    if (!original) throw new ReaderError('NOT_FOUND', { what: id });
    return original;
  }

  /** A page of the scan a document's text was recognised from, to look at beside that text. */
  async pageImage(id: string, page: number): Promise<PageImage> {
    const pages = this.get(id).recognition?.pages ?? 0;
    if (page < 1 || page > pages) throw new ReaderError('NOT_FOUND', { what: `${id} page ${page}` });
    return this.workers.pool.run('renderPageImage', { bytes: this.original(id).bytes, page });
  }

  list(): DocumentSummary[] {
    const docs = this.documents.list();
    const statuses = this.forceLedger(docs).statusesAsOf(this.today());
    return docs.map((d) => ({ ...d, force: statuses.get(d.id) ?? PRESUMED_IN_FORCE }));
  }

  /** Today on the reader's clock, YYYY-MM-DD. */
  private today(): string {
    return localDay(this.now());
  }

  /** Every document's status as of a date. */
  forceStatuses(asOf: string): Record<string, ForceSummary> {
    return Object.fromEntries(this.forceLedger().statusesAsOf(asOf));
  }

  /** Why a document is, or is not, in force as of a date (today unless given). */
  forceReport(id: string, asOf: string = this.today()): ForceReport {
    const report = this.forceLedger().reportOf(id, asOf);
    if (!report) throw new ReaderError('NOT_FOUND', { what: id });
    const actedOnBy = report.actedOnBy.map((e) => ({
      ...e,
      evidence: { ...e.evidence, block: this.documents.blockAt(e.by.id, e.evidence.start) },
    }));
    return { ...report, actedOnBy };
  }

  /** Sets a document's status by hand, with a note (or, with null, goes back to what its text says). */
  setForceStatus(id: string, status: ForceStatus | null, note = ''): ForceReport {
    const manual = status ? { status, note, setAt: this.now().toISOString() } : null;
    if (!this.documents.setManualForce(id, manual)) throw new ReaderError('NOT_FOUND', { what: id });
    this.wrote();
    delete this.derived.force;
    return this.forceReport(id);
  }

  /** The statuses' ledger, built from every document (the list given, if the caller has just read it). */
  private forceLedger(docs?: readonly DocumentFields[]): ForceLedger {
    this.changedElsewhere();
    if (!this.derived.force) {
      const records = this.documents.forceRecords();
      this.derived.force = new ForceLedger(
        (docs ?? this.documents.list()).flatMap((d) => {
          const record = records.get(d.id);
          return record
            ? [
                {
                  ...refOf(d),
                  date: d.date,
                  publishedDate: d.publishedDate,
                  subtitle: d.subtitle,
                  validity: d.validity,
                  ...record,
                },
              ]
            : [];
        }),
      );
    }
    return this.derived.force;
  }

  get(id: string): StoredDocument {
    const doc = this.documents.get(id);
    if (!doc) throw new ReaderError('NOT_FOUND', { what: id });
    return doc;
  }

  /** A document as the reader opens it (metadata and blocks, or only its first `blocks`). */
  reading(id: string, blocks?: number): ReaderDocument {
    const doc = this.documents.reading(id, blocks);
    if (!doc) throw new ReaderError('NOT_FOUND', { what: id });
    return doc;
  }

  /** Deletes a document: it stays in the 回收站, restorable, for TRASH_DAYS. */
  delete(id: string): void {
    if (!this.documents.markDeleted(id, this.now().toISOString())) throw new ReaderError('NOT_FOUND', { what: id });
    this.notes.invalidateTags();
    this.documentsChanged(id);
  }

  restore(id: string): void {
    if (!this.documents.unmarkDeleted(id)) throw new ReaderError('NOT_FOUND', { what: id });
    this.notes.invalidateTags();
    this.documentsChanged(id);
  }

  /** The deleted documents and annotations that can still be restored. */
  trashContents(): Trash {
    return this.trash.contents();
  }

  /** Removes deletions for good: all of them, or the ones named. */
  emptyTrash(only?: { documents?: readonly string[]; annotations?: readonly string[] }): number {
    const removed = this.trash.empty(only);
    this.notes.invalidateTags();
    return removed;
  }

  updateMetadata(id: string, changes: MetadataChanges): DocumentSummary {
    if (!this.documents.updateMetadata(id, changes)) throw new ReaderError('NOT_FOUND', { what: id });
    // The title is searched with the headings; the other fields are filters.
    this.documentsChanged(id);
    const summary = this.documents.summary(id) as DocumentFields;
    return { ...summary, force: this.forceLedger().summaryOf(id, this.today()) };
  }

  /** The first non-blank lines of a document's text as imported (what 编辑信息 shows beside the fields). */
  openingLines(id: string, count = OPENING_LINES): string[] {
    const text = this.documents.text(id);
    if (text === undefined || !this.documents.summary(id)) throw new ReaderError('NOT_FOUND', { what: id });
    const lines: string[] = [];
    for (const m of text.matchAll(/[^\n]+/g)) {
      const line = m[0].trim();
      if (line !== '') lines.push(line.length > 300 ? `${line.slice(0, 300)}…` : line);
      if (lines.length === count) break;
    }
    return lines;
  }

  /**
   * Parses again the documents an older parser read, from their stored text (and a web page's
   * information table from the file kept beside it): fields the user corrected stay, annotations
   * keep their offsets since the text is the same. One transaction.
   */
  private reparseOutdated(): void {
    const outdated = this.documents.parsedBefore(PARSER_VERSION);
    // In short transactions: another process waiting on the library waits for one batch at most.
    for (let i = 0; i < outdated.length; i += REPARSE_BATCH) {
      const batch = outdated.slice(i, i + REPARSE_BATCH).flatMap(({ text, original, recognition, ...entry }) => {
        try {
          const evidence = {
            ...(original.format === 'html' && { table: htmlToText(original.bytes).table }),
            ...(recognition && { recognised: recognition }),
          };
          return [{ ...entry, parserVersion: PARSER_VERSION, document: parsePolicy(text, evidence), original }];
        } catch {
          return []; // Left as the older parser read it.
        }
      });
      this.db.transaction(() => {
        for (const { id, ...entry } of batch) this.documents.replaceVersion(id, entry);
      })();
    }
    if (outdated.length > 0) this.documentsChanged();
  }

  /** Opens the search index now rather than at the first query. */
  prepareSearch(): void {
    this.searcher.prepare();
  }

  /** Resolves once the search index has (nearly) every document, built on another thread if it must be. */
  searchReady(): Promise<void> {
    return this.searcher.ready();
  }

  /** A document with its annotations as a PDF (see main/core/pdf). */
  async exportPdf(
    id: string,
    options: {
      script: DisplayScript;
      layout: PdfLayout;
      date?: Date;
      onProgress?: (done: number, total: number) => void;
      signal?: AbortSignal;
    },
  ): Promise<PdfExport> {
    const doc = this.get(id);
    const date = options.date ?? this.now();
    const asOf = localDay(date);
    const task = {
      doc,
      annotations: this.notes.ofDocument(id),
      options: {
        script: options.script,
        layout: options.layout,
        date,
        colorNames: this.settings().colorNames,
        force: { ...this.forceLedger().summaryOf(id, asOf), asOf },
      },
    };
    const result = await this.workers.pool.run('renderPdf', task, { signal: options.signal, onProgress: options.onProgress });
    // A Buffer crosses from the worker as a plain Uint8Array.
    return { ...result, bytes: Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength) };
  }

  /** Every department named in the library's responsibility spans, normalised, with its tasks. */
  departments(): DepartmentEntry[] {
    this.changedElsewhere();
    this.derived.departments ??= departmentIndex(this.list().map((summary) => this.get(summary.id)));
    return this.derived.departments;
  }

  /** How many tasks each department has under a filter, and the documents that give tasks. */
  departmentOverview(filter: TaskFilter = {}): DepartmentOverview {
    return departmentOverview(this.departments(), filter, this.inForceToday());
  }

  /** Whether a document is in force today: not repealed, expired, suspended or yet to take effect. */
  private inForceToday(): (docId: string) => boolean {
    const statuses = this.forceLedger().statusesAsOf(this.today());
    return (docId) => {
      const status = statuses.get(docId)?.status;
      return status === undefined || !isOutOfForce(status);
    };
  }

  /** One department's tasks, of one document or role if asked. */
  departmentTasks(name: string, filter: TaskFilter = {}): DepartmentTask[] {
    const entry = this.departments().find((d) => d.name === name);
    if (!entry) throw new ReaderError('NOT_FOUND', { what: name });
    return filterTasks(entry.tasks, filter, this.inForceToday());
  }

  /** Builds the department, citation and force indexes now, while the app is idle, rather than at first use. */
  prepareIndexes(): void {
    this.departmentsReady().catch(() => undefined);
    this.citationGraph();
    this.forceLedger().statusesAsOf(this.today());
  }

  /**
   * Resolves once the department index is built: on another thread, reading every document there
   * (seconds for ten thousand), so that the shells go on answering meanwhile.
   */
  departmentsReady(): Promise<void> {
    this.changedElsewhere();
    const derived = this.derived;
    if (derived.departments || this.db.memory) return Promise.resolve();
    this.departmentsBuilding ??= this.workers.pool
      .run('buildDepartmentIndex', { database: this.db.name })
      .then((entries) => {
        // (Built from documents that changed meanwhile, it is dropped: the next ask builds again.)
        if (this.derived === derived) derived.departments ??= entries;
      })
      .finally(() => {
        this.departmentsBuilding = null;
      });
    return this.departmentsBuilding;
  }

  /**
   * After any change to the documents (to the one named, or to any): what is built from all of them
   * is built again when next asked for, and search takes the changed one anew.
   */
  private documentsChanged(id?: string): void {
    this.wrote();
    this.searcher.changed(id);
    this.derived = {};
  }

  /** A department's task list (责任分工表) as CSV or as a PDF table. */
  async exportTasks(
    name: string,
    format: TaskExportFormat,
    filter: TaskFilter = {},
    date: Date = this.now(),
    signal?: AbortSignal,
  ): Promise<{ filename: string; bytes: Buffer; tasks: number }> {
    const tasks = this.departmentTasks(name, filter);
    const filename = fileNameFor(`${name}责任分工表`, format);
    if (format === 'csv') return { filename, bytes: Buffer.from(tasksCsv(name, tasks), 'utf8'), tasks: tasks.length };
    const { bytes } = await this.workers.pool.run('renderTaskTable', { department: name, tasks, date }, { signal });
    return { filename, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), tasks: tasks.length };
  }

  /** Two documents' sections paired by content across scripts, with what each says alone. */
  compare(idA: string, idB: string): Comparison {
    const [a, b] = [this.get(idA), this.get(idB)];
    return { a: refOf(a), b: refOf(b), pairs: compareDocuments(a, b) };
  }

  /** The quantitative goals a document sets, with their years. */
  targets(id: string): Target[] {
    return findTargets(this.get(id).text);
  }

  /** Every document the library's policies cite, with the policies that cite it. */
  citations(): CitedDocument[] {
    return this.citationGraph().index();
  }

  /** What a document cites (linked to the library's copies) and which of the library's documents cite it. */
  relations(id: string): DocumentRelations {
    if (!this.documents.summary(id)) throw new ReaderError('NOT_FOUND', { what: id });
    const relations = this.citationGraph().relationsOf(id);
    const statuses = this.forceLedger().statusesAsOf(this.today());
    const cites = relations.cites.map((c) => ({ ...c, force: c.target ? (statuses.get(c.target.id) ?? null) : null }));
    return { ...relations, cites };
  }

  private citationGraph(): CitationGraph {
    this.changedElsewhere();
    if (!this.derived.citations) {
      const citations = this.documents.citationsByDocument();
      this.derived.citations = new CitationGraph(
        this.list().map((d) => ({ ...refOf(d), issuer: d.issuer, citations: citations.get(d.id) ?? [] })),
      );
    }
    return this.derived.citations;
  }

  /** Ranked documents for a query, with snippets, the number of matches and facets. */
  search(request: SearchRequest): SearchResponse {
    return this.searcher.search(request);
  }

  /** The best documents for a query, with snippets, before the rest are counted. */
  searchResults(request: SearchRequest): SearchResults {
    return this.searcher.results(request);
  }

  /** How many documents match a query, and their facets. */
  searchTotal(request: SearchRequest): SearchTotal {
    return this.searcher.total(request);
  }

  settings(): ReaderSettings {
    return { ...DEFAULT_SETTINGS, ...this.store.get<Partial<ReaderSettings>>(READER_SETTINGS_KEY) };
  }

  updateSettings(changes: Partial<ReaderSettings>): ReaderSettings {
    const next = { ...this.settings(), ...changes };
    this.store.set(READER_SETTINGS_KEY, next);
    return next;
  }

  readingPosition(id: string): ReadingPosition | null {
    return this.positions.get(id);
  }

  setReadingPosition(id: string, position: ReadingPosition): void {
    if (!this.documents.summary(id)) throw new ReaderError('NOT_FOUND', { what: id });
    this.positions.set(id, position, this.now().toISOString());
  }

  /** The script the reader chose for a document, or null where it follows the default. */
  displayScript(id: string): DisplayScript | null {
    return this.scripts.get(id);
  }

  setDisplayScript(id: string, script: DisplayScript | null): void {
    if (!this.documents.summary(id)) throw new ReaderError('NOT_FOUND', { what: id });
    this.scripts.set(id, script, this.now().toISOString());
  }

  annotations(docId: string): Annotation[] {
    if (!this.documents.summary(docId)) throw new ReaderError('NOT_FOUND', { what: docId });
    return this.notes.ofDocument(docId);
  }

  queryAnnotations(query: AnnotationQuery): AnnotationPage {
    this.changedElsewhere();
    return this.notes.query(query);
  }

  createAnnotation(input: {
    docId: string;
    start: number;
    end: number;
    kind: AnnotationKind;
    color: HighlightColor;
    note?: string;
    tags?: string[];
  }): Annotation {
    const text = this.liveText(input.docId);
    if (
      input.start < 0 ||
      input.end > text.length ||
      input.end <= input.start ||
      text.slice(input.start, input.end).trim() === ''
    ) {
      throw new ReaderError('INVALID_RANGE');
    }
    const at = this.now().toISOString();
    const annotation: Annotation = {
      id: randomUUID(),
      docId: input.docId,
      kind: input.kind,
      color: input.color,
      note: input.note ?? '',
      tags: input.tags ?? [],
      ...describeRange(text, input.start, input.end),
      orphaned: false,
      createdAt: at,
      updatedAt: at,
    };
    this.notes.insert(annotation);
    this.annotationWritten({ op: 'put', at, annotation });
    return annotation;
  }

  private annotationWritten(entry: JournalEntry): void {
    this.journal.record(entry);
    this.wrote();
  }

  updateAnnotation(id: string, changes: Pick<AnnotationChanges, 'kind' | 'color' | 'note' | 'tags'>): Annotation {
    const at = this.now().toISOString();
    if (!this.notes.update(id, changes, at)) throw new ReaderError('NOT_FOUND', { what: id });
    const annotation = this.notes.get(id) as Annotation;
    this.annotationWritten({ op: 'put', at, annotation });
    return annotation;
  }

  /** Deletes an annotation: it stays in the 回收站, restorable, for TRASH_DAYS. */
  deleteAnnotation(id: string): void {
    const at = this.now().toISOString();
    if (!this.notes.markDeleted(id, at)) throw new ReaderError('NOT_FOUND', { what: id });
    this.annotationWritten({ op: 'delete', at, id });
  }

  restoreAnnotation(id: string): Annotation {
    if (!this.notes.unmarkDeleted(id)) throw new ReaderError('NOT_FOUND', { what: id });
    this.annotationWritten({ op: 'restore', at: this.now().toISOString(), id });
    return this.notes.get(id) as Annotation;
  }

  /** One document's annotations, or the whole library's, as W3C JSON-LD or (one document) Markdown. */
  exportAnnotations(docId: string | null, format: AnnotationFormat): AnnotationExport {
    const docs = docId ? [this.get(docId)] : this.list().map((d) => this.get(d.id));
    const stamp = this.now().toISOString();
    if (format === 'md') {
      const content = docs
        .map((doc) => toMarkdown(doc, this.notes.ofDocument(doc.id), this.settings().colorNames))
        .join('\n---\n\n');
      return { filename: fileNameFor(docId ? (docs[0]?.title ?? docId) : '全部批注', 'md'), mediaType: 'text/markdown', content };
    }
    const annotations = docs.flatMap((doc) => this.notes.ofDocument(doc.id));
    const label = docId ? (docs[0]?.title ?? docId) : '政策阅读器 全部批注';
    return {
      filename: fileNameFor(docId ? label : '全部批注', 'jsonld'),
      mediaType: 'application/ld+json',
      content: `${JSON.stringify(toW3C(annotations, label, stamp), null, 2)}\n`,
    };
  }

  /**
   * Merges a W3C annotation file: nothing is taken from a file with a bad entry; an annotation
   * already here (same id, or the same passage with the same note) is skipped; one for a document
   * not in the library is kept aside and counted.
   */
  importAnnotations(content: string): AnnotationImportReport {
    const incoming = parseW3C(content);
    const report: Omit<AnnotationImportReport, 'pending'> = { added: 0, duplicates: 0, orphaned: 0 };
    // Kept in a Map: a document id is the file's to choose, '__proto__' and 'constructor' included.
    const pending = new Map<string, number>();
    const imported: Annotation[] = [];
    const at = this.now().toISOString();
    this.db.transaction(() => {
      for (const item of incoming) {
        if (item.id && this.notes.exists(item.id)) {
          report.duplicates++;
          continue;
        }
        const text = this.documents.summary(item.docId) ? this.documents.text(item.docId) : undefined;
        if (text === undefined) {
          this.notes.keepPending(item.id ?? randomUUID(), item.docId, item, at);
          pending.set(item.docId, (pending.get(item.docId) ?? 0) + 1);
          continue;
        }
        const anchor = anchorSelector(text, item.selector);
        if (anchor && this.notes.findSame(item.docId, anchor.start, anchor.end, item.note)) {
          report.duplicates++;
          continue;
        }
        const { exact, prefix, suffix } = item.selector;
        const annotation: Annotation = {
          id: item.id ?? randomUUID(),
          docId: item.docId,
          kind: item.kind,
          color: item.color,
          note: item.note,
          tags: item.tags,
          ...(anchor ? describeRange(text, anchor.start, anchor.end) : { start: 0, end: 0, exact, prefix, suffix }),
          orphaned: anchor === null,
          createdAt: item.created ?? at,
          updatedAt: item.modified ?? at,
        };
        this.notes.insert(annotation);
        imported.push(annotation);
        report.added++;
        if (!anchor) report.orphaned++;
      }
    })();
    for (const annotation of imported) this.annotationWritten({ op: 'put', at, annotation });
    return { ...report, pending: Object.fromEntries(pending) };
  }

  private liveText(docId: string): string {
    const text = this.documents.summary(docId) ? this.documents.text(docId) : undefined;
    if (text === undefined) throw new ReaderError('NOT_FOUND', { what: docId });
    return text;
  }

  /** A value kept in the library for a shell (window bounds and the like). */
  shellState<T>(key: string): T | undefined {
    return this.store.get<T>(`shell.${key}`);
  }

  setShellState(key: string, value: unknown): void {
    this.store.set(`shell.${key}`, value);
  }

  private seedOnce(seedsDir: string): void {
    if (this.store.get(SEEDED_KEY) !== undefined) return;
    // The bundled samples are text files, imported synchronously so that a new library opens full.
    if (this.documents.count() === 0 && fs.existsSync(seedsDir)) {
      for (const file of expandImportPaths([seedsDir]).files) this.importBytes(readImportFile(file), file);
    }
    this.store.set(SEEDED_KEY, this.now().toISOString());
  }

  /** The first 12 hex digits of the content hash, longer in the unlikely case they are taken. */
  private newId(contentHash: string): string {
    for (let length = 12; length < contentHash.length; length += 4) {
      const id = contentHash.slice(0, length);
      if (!this.documents.isIdTaken(id)) return id;
    }
    return contentHash;
  }
}

type Anchors = ReadonlyArray<Required<TextSelector> | null>;

/** A file of an import, read and parsed (or failed). */
interface ReadFile {
  file: string;
  bytes: Uint8Array;
  result: ParsedFile | ImportOutcome;
}

/** An import decided (see planImport): an outcome already, or what to store. */
type ImportPlan =
  | { outcome: ImportOutcome }
  | { source: string; entry: Omit<NewDocument, 'id'>; previous?: { id: string; annotations: Annotation[] } };

/** Where an annotation lies in a new text of its document, or null when its passage is gone. */
function anchorIn(text: string, selector: TextSelector): Required<TextSelector> | null {
  const anchor = anchorSelector(text, selector);
  return anchor && describeRange(text, anchor.start, anchor.end);
}

/** A ReaderError keeps its code; anything else thrown while parsing is a parser fault on this file. */
function failed(source: string, error: unknown): ImportOutcome {
  if (isReaderError(error)) return { status: 'failed', source, error: { code: error.code, params: error.params } };
  const reason = error instanceof Error ? error.message : String(error);
  return { status: 'failed', source, error: { code: 'PARSE_FAILED', params: { reason } } };
}

/** An outcome with what the user should be told of the file it came from, once it is in the library. */
function withNotices(outcome: ImportOutcome, parsed: ParsedFile): ImportOutcome {
  if (!parsed.notices || (outcome.status !== 'imported' && outcome.status !== 'updated')) return outcome;
  return { ...outcome, notices: parsed.notices };
}
