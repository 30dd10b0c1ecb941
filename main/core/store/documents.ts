import type Database from 'better-sqlite3';
import { blockAt } from '../../../shared/document-layout.js';
import { type ForceClauses, type ForceStatus, NO_FORCE_CLAUSES } from '../../../shared/force.js';
import type { SourceFormat } from '../../../shared/import-formats.js';
import type { DocumentFields, ReaderDocument, StoredDocument } from '../../../shared/library.js';
import {
  type Citation,
  type ForwardedDocument,
  type Genre,
  type Provenance,
  type Recognition,
  type Script,
  type StorableDocument,
  TRACKED_FIELDS,
} from '../../../shared/policy.js';
import { departmentsOf } from '../intel/departments.js';
import { decodeBlocks, decodeResponsibilities, encodeBlocks, encodeResponsibilities } from './document-parts.js';

/** A status set by hand, with the user's note. */
export interface ManualForce {
  status: ForceStatus;
  note: string;
  setAt: string;
}

/** The file a document was imported from. */
export interface OriginalFile {
  name: string;
  format: SourceFormat;
  bytes: Uint8Array;
}

export interface NewDocument {
  id: string;
  contentHash: string;
  sourceName: string;
  sourceEncoding: string;
  parserVersion: number;
  importedAt: string;
  document: StorableDocument;
  original: OriginalFile;
}

interface DocumentRow {
  id: string;
  title: string;
  title_derived: 0 | 1;
  doc_number: string | null;
  issuer: string | null;
  date: string | null;
  addressees: string | null;
  script: Script;
  source_name: string;
  imported_at: string;
  subtitle: string | null;
  genre: Genre | null;
  published_date: string | null;
  index_number: string | null;
  topic: string | null;
  validity: string | null;
  forwarded: string | null;
  recognition: string | null;
  provenance: string;
}

interface SpanRow {
  start: number;
  end: number;
}

const DOC_BY_ID = 'SELECT doc FROM documents WHERE id = ?';

export interface MetadataChanges {
  title?: string;
  issuer?: string | null;
  date?: string | null;
  docNumber?: string | null;
  genre?: Genre | null;
}

const METADATA_COLUMNS: Record<keyof MetadataChanges, string> = {
  title: 'title',
  issuer: 'issuer',
  date: 'date',
  docNumber: 'doc_number',
  genre: 'genre',
};
const SUMMARY_COLUMNS = `id, title, title_derived, doc_number, issuer, date, addressees, script, source_name, imported_at,
  subtitle, genre, published_date, index_number, topic, validity, forwarded, recognition, provenance`;

const EMPTY = Buffer.alloc(0);

/** A UTF-8 text file that is its document's text byte for byte: kept as no bytes (see putOriginal). */
export function isItsText(original: Pick<OriginalFile, 'format' | 'bytes'>, text: string): boolean {
  const { format, bytes } = original;
  return (
    format === 'txt' &&
    bytes.length === Buffer.byteLength(text) &&
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(Buffer.from(text))
  );
}

/** The documents table and the rows that hang off it. Every write is one transaction. */
export class DocumentStore {
  private readonly statements;
  readonly insert: (entry: NewDocument) => void;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insertDocument: db.prepare(
        `INSERT INTO documents (id, content_hash, title, title_derived, doc_number, issuer, date, addressees, script,
           text, source_name, source_encoding, parser_version, imported_at,
           subtitle, genre, published_date, index_number, topic, validity, forwarded, recognition, provenance)
         VALUES (@id, @contentHash, @title, @titleDerived, @docNumber, @issuer, @date, @addressees, @script,
           @text, @sourceName, @sourceEncoding, @parserVersion, @importedAt,
           @subtitle, @genre, @publishedDate, @indexNumber, @topic, @validity, @forwarded, @recognition, @provenance)`,
      ),
      putParts: db.prepare('INSERT OR REPLACE INTO document_parts (doc, blocks, responsibilities) VALUES (?, ?, ?)'),
      putDepartments: db.prepare('INSERT OR REPLACE INTO document_departments (doc, departments) VALUES (?, ?)'),
      force: db.prepare<[string], { clauses: string }>(`SELECT clauses FROM document_force WHERE doc = (${DOC_BY_ID})`),
      putForce: db.prepare('INSERT OR REPLACE INTO document_force (doc, clauses) VALUES (?, ?)'),
      // Every live document, with or without its clauses (one the parser could not read again has none).
      allForce: db.prepare<
        [],
        { id: string; clauses: string | null; status: string | null; note: string | null; set_at: string | null }
      >(
        `SELECT d.id, f.clauses, s.status, s.note, s.set_at FROM documents d LEFT JOIN document_force f ON f.doc = d.doc
         LEFT JOIN force_settings s ON s.doc = d.doc WHERE d.deleted_at IS NULL`,
      ),
      setForce: db.prepare<[string, string, string, string]>(
        `INSERT OR REPLACE INTO force_settings (doc, status, note, set_at) SELECT doc, ?, ?, ? FROM documents WHERE id = ?`,
      ),
      clearForce: db.prepare<[string]>(`DELETE FROM force_settings WHERE doc = (${DOC_BY_ID})`),
      putOriginal: db.prepare('INSERT OR REPLACE INTO originals (doc, name, format, bytes) VALUES (?, ?, ?, ?)'),
      original: db.prepare<[string], { name: string; format: SourceFormat; bytes: Buffer }>(
        `SELECT name, format, bytes FROM originals WHERE doc = (${DOC_BY_ID})`,
      ),
      insertCitation: db.prepare('INSERT INTO citations (doc, seq, start, end, title, doc_number) VALUES (?, ?, ?, ?, ?, ?)'),
      byHash: db.prepare<[string], { id: string; title: string; deleted: 0 | 1 }>(
        'SELECT id, title, deleted_at IS NOT NULL AS deleted FROM documents WHERE content_hash = ?',
      ),
      idTaken: db.prepare<[string], { one: 1 }>('SELECT 1 AS one FROM documents WHERE id = ?'),
      summaries: db.prepare<[], DocumentRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE deleted_at IS NULL ORDER BY date DESC, title`,
      ),
      summary: db.prepare<[string], DocumentRow>(`SELECT ${SUMMARY_COLUMNS} FROM documents WHERE id = ? AND deleted_at IS NULL`),
      text: db.prepare<[string], { text: string }>('SELECT text FROM documents WHERE id = ?'),
      // In characters: at least as many UTF-16 units as asked, whatever the text holds.
      textTo: db.prepare<[number, string], { text: string }>('SELECT substr(text, 1, ?) AS text FROM documents WHERE id = ?'),
      blocks: db.prepare<[string], { blocks: string }>(`SELECT blocks FROM document_parts WHERE doc = (${DOC_BY_ID})`),
      parts: db.prepare<[string], { blocks: string; responsibilities: string }>(
        `SELECT blocks, responsibilities FROM document_parts WHERE doc = (${DOC_BY_ID})`,
      ),
      citations: db.prepare<[string], SpanRow & { title: string; doc_number: string }>(
        `SELECT start, end, title, doc_number FROM citations WHERE doc = (${DOC_BY_ID}) ORDER BY seq`,
      ),
      allCitations: db.prepare<[], SpanRow & { id: string; title: string; doc_number: string }>(
        `SELECT d.id, c.start, c.end, c.title, c.doc_number FROM citations c JOIN documents d ON d.doc = c.doc
         WHERE d.deleted_at IS NULL ORDER BY c.doc, c.seq`,
      ),
      count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM documents'),
      keyAndEdits: db.prepare<[string], { doc: number; edited_fields: string }>(
        'SELECT doc, edited_fields FROM documents WHERE id = ?',
      ),
      byDocNumber: db.prepare<[string], { id: string; title: string }>(
        'SELECT id, title FROM documents WHERE doc_number = ? AND deleted_at IS NULL ORDER BY imported_at DESC',
      ),
      byTitle: db.prepare<[string], { id: string; title: string }>(
        'SELECT id, title FROM documents WHERE title = ? AND deleted_at IS NULL ORDER BY imported_at DESC',
      ),
      markDeleted: db.prepare<[string, string]>('UPDATE documents SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
      unmarkDeleted: db.prepare<[string]>('UPDATE documents SET deleted_at = NULL WHERE id = ?'),
      editedFields: db.prepare<[string], { edited_fields: string }>('SELECT edited_fields FROM documents WHERE id = ?'),
    };
    this.insert = db.transaction((entry: NewDocument) => this.insertRows(entry));
  }

  findByHash(contentHash: string): { id: string; title: string; deleted: boolean } | undefined {
    const row = this.statements.byHash.get(contentHash);
    return row && { id: row.id, title: row.title, deleted: row.deleted === 1 };
  }

  /** Marks a document deleted; it stays restorable in the 回收站 (see trash.ts). Returns false if there was none. */
  markDeleted(id: string, at: string): boolean {
    return this.statements.markDeleted.run(at, id).changes === 1;
  }

  unmarkDeleted(id: string): boolean {
    return this.statements.unmarkDeleted.run(id).changes === 1;
  }

  /** Applies the user's corrections of a document's metadata and remembers which fields they were. */
  updateMetadata(id: string, changes: MetadataChanges): boolean {
    const fields = Object.keys(changes) as Array<keyof MetadataChanges>;
    if (fields.length === 0) return this.statements.summary.get(id) !== undefined;
    const edited = new Set(JSON.parse(this.statements.editedFields.get(id)?.edited_fields ?? '[]') as string[]);
    for (const field of fields) edited.add(field);
    const assignments = fields.map((field) => `${METADATA_COLUMNS[field]} = @${field}`);
    assignments.push(`provenance = json_set(provenance, ${fields.map((field) => `'$.${field}', 'user'`).join(', ')})`);
    if (changes.title !== undefined) assignments.push('title_derived = 0');
    const result = this.db
      .prepare(`UPDATE documents SET ${assignments.join(', ')}, edited_fields = @edited WHERE id = @id AND deleted_at IS NULL`)
      .run({ ...changes, id, edited: JSON.stringify([...edited].sort()) });
    return result.changes === 1;
  }

  isIdTaken(id: string): boolean {
    return this.statements.idTaken.get(id) !== undefined;
  }

  count(): number {
    return this.statements.count.get()?.n ?? 0;
  }

  list(): DocumentFields[] {
    return this.statements.summaries.all().map(toSummary);
  }

  summary(id: string): DocumentFields | undefined {
    const row = this.statements.summary.get(id);
    return row && toSummary(row);
  }

  get(id: string): StoredDocument | undefined {
    const row = this.statements.summary.get(id);
    const text = this.statements.text.get(id)?.text;
    if (!row || text === undefined) return undefined;
    const slice = (span: SpanRow) => text.slice(span.start, span.end);
    const parts = this.statements.parts.get(id);
    return {
      ...toSummary(row),
      text,
      blocks: parts ? decodeBlocks(parts.blocks).map((b) => ({ ...b, text: slice(b) })) : [],
      responsibilities: parts ? decodeResponsibilities(parts.responsibilities).map((r) => ({ ...r, text: slice(r) })) : [],
      citations: this.statements.citations.all(id).map((c) => ({
        start: c.start,
        end: c.end,
        title: c.title,
        docNumber: c.doc_number,
      })),
      force: forceOf(this.statements.force.get(id)?.clauses),
    };
  }

  /**
   * What the reader opens: metadata and blocks, without the tasks and citations it never draws;
   * only the first `count` blocks where asked, with the text as far as they reach, so that the
   * first screen of a 2 M-character compilation reads a few thousand characters, not all of them.
   */
  reading(id: string, count?: number): ReaderDocument | undefined {
    const row = this.statements.summary.get(id);
    if (!row) return undefined;
    const json = this.statements.blocks.get(id)?.blocks;
    const spans = json ? decodeBlocks(json) : [];
    const wanted = count === undefined ? spans : spans.slice(0, count);
    const text =
      count === undefined ? this.statements.text.get(id)?.text : this.statements.textTo.get(wanted.at(-1)?.end ?? 0, id)?.text;
    if (text === undefined) return undefined;
    return {
      ...toSummary(row),
      blocks: wanted.map((b) => ({ ...b, text: text.slice(b.start, b.end) })),
      blockCount: spans.length,
    };
  }

  /** The index of the block a canonical offset falls in, or null when the document has no blocks. */
  blockAt(id: string, offset: number): number | null {
    const json = this.statements.blocks.get(id)?.blocks;
    const spans = json ? decodeBlocks(json) : [];
    return spans.length > 0 ? blockAt(spans, offset) : null;
  }

  /** Every live document's citations, by document id, in one query. */
  citationsByDocument(): Map<string, Citation[]> {
    const byId = new Map<string, Citation[]>();
    for (const c of this.statements.allCitations.all()) {
      const list = byId.get(c.id) ?? [];
      list.push({ start: c.start, end: c.end, title: c.title, docNumber: c.doc_number });
      byId.set(c.id, list);
    }
    return byId;
  }

  /** Every live document's force clauses and the status its user set, if any. */
  forceRecords(): Map<string, { clauses: ForceClauses; manual: ManualForce | null }> {
    const records = new Map<string, { clauses: ForceClauses; manual: ManualForce | null }>();
    for (const row of this.statements.allForce.all()) {
      const manual =
        row.status && row.set_at ? { status: row.status as ForceStatus, note: row.note ?? '', setAt: row.set_at } : null;
      records.set(row.id, { clauses: forceOf(row.clauses ?? undefined), manual });
    }
    return records;
  }

  /** Sets (or, with null, clears) the status a user gives a document by hand. False when there is no such document. */
  setManualForce(id: string, manual: ManualForce | null): boolean {
    if (!this.statements.summary.get(id)) return false;
    if (manual) this.statements.setForce.run(manual.status, manual.note, manual.setAt, id);
    else this.statements.clearForce.run(id);
    return true;
  }

  private insertRows(entry: NewDocument): void {
    const { document: doc } = entry;
    const { lastInsertRowid: key } = this.statements.insertDocument.run({ ...documentColumns(entry), id: entry.id });
    this.insertParts(key, doc);
    this.putOriginal(key, entry.original, doc.text);
  }

  /**
   * Keeps the file a document came from. A UTF-8 text file that is its text byte for byte (most
   * are) is kept as no bytes: the text is already stored, and a copy would double what an import writes.
   */
  private putOriginal(key: number | bigint, original: OriginalFile, text: string): void {
    const bytes = Buffer.from(original.bytes.buffer, original.bytes.byteOffset, original.bytes.byteLength);
    this.statements.putOriginal.run(key, original.name, original.format, isItsText(original, text) ? EMPTY : bytes);
  }

  /** The file a document was imported from (no file is ever empty: no bytes stand for its text's). */
  original(id: string): OriginalFile | undefined {
    const original = this.statements.original.get(id);
    if (!original || original.bytes.length > 0) return original;
    return { ...original, bytes: Buffer.from(this.text(id) ?? '') };
  }

  /**
   * Replaces a document's text with a new version, keeping its id and the metadata the user
   * corrected. The caller moves its annotations (see Library.importBytes) in the same transaction.
   */
  replaceVersion(id: string, entry: Omit<NewDocument, 'id'>): void {
    const row = this.statements.keyAndEdits.get(id);
    if (!row) throw new Error(`no document ${id}`);
    const edited = new Set(JSON.parse(row.edited_fields) as string[]);
    const refreshed = (Object.keys(METADATA_COLUMNS) as Array<keyof MetadataChanges>).filter((field) => !edited.has(field));
    const metadata = refreshed.map(
      (f) => `, ${METADATA_COLUMNS[f]} = @${f}${f === 'title' ? ', title_derived = @titleDerived' : ''}`,
    );
    // The parser's sources for what it refreshed; the user's for what they corrected.
    const provenance = { ...entry.document.provenance, ...Object.fromEntries([...edited].map((f) => [f, 'user'])) };
    this.db
      .prepare(
        `UPDATE documents SET content_hash = @contentHash, text = @text, script = @script, addressees = @addressees,
           source_name = @sourceName, source_encoding = @sourceEncoding, parser_version = @parserVersion,
           imported_at = @importedAt, subtitle = @subtitle, published_date = @publishedDate,
           index_number = @indexNumber, topic = @topic, validity = @validity, forwarded = @forwarded, recognition = @recognition,
           provenance = @provenance ${metadata.join('')}
         WHERE doc = @key`,
      )
      .run({ ...documentColumns(entry), provenance: JSON.stringify(provenance), key: row.doc });
    this.db.prepare('DELETE FROM citations WHERE doc = ?').run(row.doc);
    this.insertParts(row.doc, entry.document);
    this.putOriginal(row.doc, entry.original, entry.document.text);
  }

  /** A live document that the given one is a version of: the same document number, else the same real title. */
  findPreviousVersion(doc: StorableDocument): { id: string; title: string } | undefined {
    if (doc.docNumber) return this.statements.byDocNumber.get(doc.docNumber);
    return doc.titleDerived ? undefined : this.statements.byTitle.get(doc.title);
  }

  /** Gives every document that has none its row of departments (a library from before they were kept), a batch per transaction. */
  fillDepartments(batch = 200): number {
    const missing = this.db
      .prepare<[], { doc: number; id: string }>(
        'SELECT doc, id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_departments WHERE doc = d.doc)',
      )
      .all();
    for (let i = 0; i < missing.length; i += batch) {
      this.db.transaction(() => {
        for (const { doc, id } of missing.slice(i, i + batch)) {
          const stored = this.get(id);
          if (stored) this.statements.putDepartments.run(doc, JSON.stringify(departmentsOf(stored)));
        }
      })();
    }
    return missing.length;
  }

  /** Documents parsed by an older parser, with what re-parsing them needs. */
  parsedBefore(
    version: number,
  ): Array<Omit<NewDocument, 'document' | 'parserVersion'> & { text: string; recognition: Recognition | null }> {
    const rows = this.db
      .prepare<
        [number],
        {
          id: string;
          content_hash: string;
          source_name: string;
          source_encoding: string;
          imported_at: string;
          text: string;
          recognition: string | null;
        }
      >(
        'SELECT id, content_hash, source_name, source_encoding, imported_at, text, recognition FROM documents WHERE parser_version < ?',
      )
      .all(version);
    return rows.flatMap((row) => {
      const original = this.original(row.id);
      if (!original) return [];
      return [
        {
          id: row.id,
          contentHash: row.content_hash,
          sourceName: row.source_name,
          sourceEncoding: row.source_encoding,
          importedAt: row.imported_at,
          text: row.text,
          // What recognising a scan found stays: the text parsed again is the same.
          recognition: row.recognition ? (JSON.parse(row.recognition) as Recognition) : null,
          original,
        },
      ];
    });
  }

  text(id: string): string | undefined {
    return this.statements.text.get(id)?.text;
  }

  private insertParts(key: number | bigint, doc: StorableDocument): void {
    const s = this.statements;
    s.putParts.run(key, encodeBlocks(doc.blocks), encodeResponsibilities(doc.responsibilities));
    s.putDepartments.run(key, JSON.stringify(departmentsOf(doc)));
    s.putForce.run(key, JSON.stringify(doc.force));
    doc.citations.forEach((c, seq) => {
      s.insertCitation.run(key, seq, c.start, c.end, c.title, c.docNumber);
    });
  }
}

function documentColumns(entry: Omit<NewDocument, 'id'>) {
  const { document: doc } = entry;
  return {
    contentHash: entry.contentHash,
    title: doc.title,
    titleDerived: doc.titleDerived ? 1 : 0,
    docNumber: doc.docNumber,
    issuer: doc.issuer,
    date: doc.date,
    addressees: doc.addressees,
    script: doc.script,
    text: doc.text,
    sourceName: entry.sourceName,
    sourceEncoding: entry.sourceEncoding,
    parserVersion: entry.parserVersion,
    importedAt: entry.importedAt,
    subtitle: doc.subtitle,
    genre: doc.genre,
    publishedDate: doc.publishedDate,
    indexNumber: doc.indexNumber,
    topic: doc.topic,
    validity: doc.validity,
    forwarded: doc.forwarded ? JSON.stringify(doc.forwarded) : null,
    recognition: doc.recognition ? JSON.stringify(doc.recognition) : null,
    provenance: JSON.stringify(doc.provenance),
  };
}

function toSummary(row: DocumentRow): DocumentFields {
  return {
    id: row.id,
    title: row.title,
    titleDerived: row.title_derived === 1,
    subtitle: row.subtitle,
    docNumber: row.doc_number,
    issuer: row.issuer,
    issuers: row.issuer ? row.issuer.split('、') : [],
    date: row.date,
    genre: row.genre,
    addressees: row.addressees,
    publishedDate: row.published_date,
    indexNumber: row.index_number,
    topic: row.topic,
    validity: row.validity,
    forwarded: row.forwarded ? (JSON.parse(row.forwarded) as ForwardedDocument) : null,
    recognition: row.recognition ? (JSON.parse(row.recognition) as Recognition) : null,
    provenance: provenanceOf(row),
    script: row.script,
    sourceName: row.source_name,
    importedAt: row.imported_at,
  };
}

function forceOf(json: string | undefined): ForceClauses {
  return json ? (JSON.parse(json) as ForceClauses) : NO_FORCE_CLAUSES;
}

/** A row's provenance; a field it does not name is missing if empty, else of unknown (inferred) origin. */
function provenanceOf(row: DocumentRow): Provenance {
  const stored = JSON.parse(row.provenance) as Partial<Provenance>;
  const value: Record<(typeof TRACKED_FIELDS)[number], unknown> = {
    title: row.title_derived === 1 ? null : row.title,
    docNumber: row.doc_number,
    issuer: row.issuer,
    date: row.date,
    genre: row.genre,
    addressees: row.addressees,
  };
  const provenance = {} as Provenance;
  for (const field of TRACKED_FIELDS) provenance[field] = stored[field] ?? (value[field] == null ? 'missing' : 'inferred');
  return provenance;
}
