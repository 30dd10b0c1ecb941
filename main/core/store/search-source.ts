import type Database from 'better-sqlite3';
import type { BlockSpan } from '../../../shared/policy.js';
import type { SearchResult } from '../../../shared/search.js';
import type { IndexedDocument } from '../search/search-index.js';
import { decodeBlocks } from './document-parts.js';

/** What search knows of a document besides its text: for filters, ranking and results. */
export type DocumentFacts = Pick<SearchResult, 'id' | 'title' | 'issuer' | 'date' | 'docNumber' | 'script'> & {
  /** The stamp the index holds the document by (see STAMP). */
  hash: string;
  /**
   * The departments the document assigns tasks to, as a JSON list; null until a search first counts
   * or filters by them (reading them for ten thousand documents would double a first search's time).
   */
  departments: string | null;
};

interface Span {
  start: number;
  end: number;
}

/**
 * What the index holds of a document: its text and its title (searched with the headings), and the
 * facts search filters and shows. A document whose stamp differs from the index's is taken anew,
 * whichever process changed it.
 */
const STAMP =
  "content_hash || ':' || title || ':' || ifnull(issuer, '') || ':' || ifnull(date, '') || ':' || ifnull(doc_number, '') || ':' || script";

/** A document's facts as a row of `facts`: key, content hash, id, title, issuer, date, number, script. */
type FactsRow = [number, string, string, string, string | null, string | null, string | null, DocumentFacts['script']];

/** The library as search reads it: live documents by integer key. */
export class SearchSource {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      live: db.prepare<[], { key: number; hash: string }>(
        `SELECT doc AS key, ${STAMP} AS hash FROM documents WHERE deleted_at IS NULL`,
      ),
      document: db.prepare<[number], { key: number; hash: string; title: string; text: string }>(
        `SELECT doc AS key, ${STAMP} AS hash, title, text FROM documents WHERE doc = ?`,
      ),
      allDocuments: db.prepare<[], { key: number; hash: string; title: string; text: string }>(
        `SELECT doc AS key, ${STAMP} AS hash, title, text FROM documents WHERE deleted_at IS NULL ORDER BY doc`,
      ),
      stampOf: db.prepare<[string], { key: number; hash: string; live: 0 | 1 }>(
        `SELECT doc AS key, ${STAMP} AS hash, deleted_at IS NULL AS live FROM documents WHERE id = ?`,
      ),
      dataVersion: db.prepare<[], { data_version: number }>('PRAGMA data_version'),
      blocks: db.prepare<[number], { blocks: string }>('SELECT blocks FROM document_parts WHERE doc = ?'),
      text: db.prepare<[number], { text: string }>('SELECT text FROM documents WHERE doc = ?'),
      // substr counts characters (code points), not UTF-16 units: see `part`.
      part: db.prepare<[number, number, number], { part: string }>(
        'SELECT substr(text, ?, ?) AS part FROM documents WHERE doc = ?',
      ),
      // Rows as arrays, the stamp put together here: ten thousand of them are read at a first search.
      facts: db
        .prepare<[], FactsRow>(
          'SELECT doc, content_hash, id, title, issuer, date, doc_number, script FROM documents WHERE deleted_at IS NULL',
        )
        .raw(true),
      factsOf: db.prepare<[number], Omit<DocumentFacts, 'departments'> & { key: number }>(
        `SELECT doc AS key, ${STAMP} AS hash, id, title, issuer, date, doc_number AS docNumber, script FROM documents WHERE doc = ? AND deleted_at IS NULL`,
      ),
      departmentsOf: db.prepare<[number], { key: number; departments: string }>(
        'SELECT doc AS key, departments FROM document_departments WHERE doc = ?',
      ),
      departments: db.prepare<[], { key: number; departments: string }>(
        'SELECT doc AS key, departments FROM document_departments',
      ),
    };
  }

  /** Changes when another connection (another process) commits to the library. */
  dataVersion(): number {
    return this.statements.dataVersion.get()?.data_version ?? 0;
  }

  /** One document's key and stamp, and whether it is live (not deleted). */
  stampOf(id: string): { key: number; hash: string; live: boolean } | undefined {
    const row = this.statements.stampOf.get(id);
    return row && { key: row.key, hash: row.hash, live: row.live === 1 };
  }

  live(): Array<{ key: number; hash: string }> {
    return this.statements.live.all();
  }

  /** Every live document, or the given ones, as the index takes them. */
  documents(keys?: readonly number[]): IndexedDocument[] {
    const rows = keys ? keys.flatMap((key) => this.statements.document.all(key)) : this.statements.allDocuments.all();
    return rows.map((row) => ({
      key: row.key,
      hash: row.hash,
      text: row.text,
      title: row.title,
      headings: [
        row.title,
        ...this.blockSpans(row.key)
          .filter((b) => b.kind === 'heading' || b.role === 'title')
          .map((h) => row.text.slice(h.start, h.end)),
      ],
    }));
  }

  /** The facts of every live document, without their departments; or of the given ones, with them. */
  facts(keys?: readonly number[]): Map<number, DocumentFacts> {
    const s = this.statements;
    const facts = new Map<number, DocumentFacts>();
    if (keys) {
      for (const { key, ...row } of keys.flatMap((key) => s.factsOf.all(key))) facts.set(key, { ...row, departments: '[]' });
      this.addDepartments(facts, keys);
      return facts;
    }
    for (const [key, contentHash, id, title, issuer, date, docNumber, script] of s.facts.all()) {
      const hash = `${contentHash}:${title}:${issuer ?? ''}:${date ?? ''}:${docNumber ?? ''}:${script}`;
      facts.set(key, { hash, id, title, issuer, date, docNumber, script, departments: null });
    }
    return facts;
  }

  /** Fills in the departments of the given facts (all the library's when no keys are given); a document without any has none. */
  addDepartments(facts: ReadonlyMap<number, DocumentFacts>, keys?: readonly number[]): void {
    const s = this.statements;
    for (const entry of facts.values()) entry.departments ??= '[]';
    const lists = keys ? keys.flatMap((key) => s.departmentsOf.all(key)) : s.departments.all();
    for (const { key, departments } of lists) {
      const entry = facts.get(key);
      if (entry) entry.departments = departments;
    }
  }

  blocks(key: number): Span[] {
    return this.blockSpans(key).map(({ start, end }) => ({ start, end }));
  }

  private blockSpans(key: number): BlockSpan[] {
    const row = this.statements.blocks.get(key);
    return row ? decodeBlocks(row.blocks) : [];
  }

  text(key: number): string {
    return this.statements.text.get(key)?.text ?? '';
  }

  /**
   * A piece of a document's text, cut by SQLite rather than read whole. SQLite counts code points,
   * JavaScript UTF-16 units: the two differ after a character beyond the BMP, so a caller checks the
   * piece against a copy it trusts (the index's folded text) and reads the whole text where it differs.
   */
  part(key: number, start: number, end: number): string {
    return this.statements.part.get(start + 1, end - start, key)?.part ?? '';
  }
}
