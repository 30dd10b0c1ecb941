import type Database from 'better-sqlite3';
import type {
  Annotation,
  AnnotationKind,
  AnnotationPage,
  AnnotationQuery,
  HighlightColor,
  LibraryAnnotation,
} from '../../../shared/annotations.js';
import { foldForSearch } from '../../../shared/search-fold.js';

interface AnnotationRow {
  id: string;
  doc_id: string;
  doc_title: string;
  kind: AnnotationKind;
  color: HighlightColor;
  note: string;
  tags: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  orphaned: 0 | 1;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `a.id, d.id AS doc_id, d.title AS doc_title, a.kind, a.color, a.note, a.tags, a.start, a.end, a.exact, a.prefix,
  a.suffix, a.orphaned, a.created_at, a.updated_at`;
const LIVE = 'a.deleted_at IS NULL AND d.deleted_at IS NULL';

export type AnnotationChanges = Partial<
  Pick<Annotation, 'kind' | 'color' | 'note' | 'tags' | 'start' | 'end' | 'exact' | 'prefix' | 'suffix' | 'orphaned'>
>;

/** Annotations, each tied to a document by its integer key; reads join the public document id. */
export class AnnotationStore {
  private readonly s;
  /** Every tag in use, read once and kept until an annotation or a document changes. */
  private tags: string[] | null = null;

  constructor(private readonly db: Database.Database) {
    this.s = {
      insert: db.prepare(
        `INSERT INTO annotations (id, doc, kind, color, note, tags, start, end, exact, prefix, suffix, orphaned, created_at, updated_at)
         VALUES (@id, (SELECT doc FROM documents WHERE id = @docId), @kind, @color, @note, @tags, @start, @end, @exact, @prefix,
           @suffix, @orphaned, @createdAt, @updatedAt)`,
      ),
      byId: db.prepare<[string], AnnotationRow>(
        `SELECT ${COLUMNS} FROM annotations a JOIN documents d ON d.doc = a.doc WHERE a.id = ? AND ${LIVE}`,
      ),
      anyById: db.prepare<[string], { one: 1 }>('SELECT 1 AS one FROM annotations WHERE id = ?'),
      ofDocument: db.prepare<[string], AnnotationRow>(
        `SELECT ${COLUMNS} FROM annotations a JOIN documents d ON d.doc = a.doc
         WHERE d.id = ? AND ${LIVE} ORDER BY a.orphaned, a.start, a.end`,
      ),
      markDeleted: db.prepare<[string, string]>('UPDATE annotations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
      unmarkDeleted: db.prepare<[string]>('UPDATE annotations SET deleted_at = NULL WHERE id = ?'),
      tags: db.prepare<[], { tag: string }>(
        `SELECT DISTINCT j.value AS tag FROM annotations a JOIN documents d ON d.doc = a.doc, json_each(a.tags) j
         WHERE ${LIVE} ORDER BY tag`,
      ),
      sameNote: db.prepare<[string, number, number, string], { id: string }>(
        `SELECT a.id FROM annotations a JOIN documents d ON d.doc = a.doc
         WHERE d.id = ? AND a.start = ? AND a.end = ? AND a.note = ? AND a.deleted_at IS NULL`,
      ),
      addPending: db.prepare('INSERT OR IGNORE INTO pending_annotations (id, source, body, received_at) VALUES (?, ?, ?, ?)'),
    };
  }

  /** Called on every change that can add or remove a tag in use. */
  invalidateTags(): void {
    this.tags = null;
  }

  insert(annotation: Annotation): void {
    this.invalidateTags();
    this.s.insert.run({ ...annotation, tags: JSON.stringify(annotation.tags), orphaned: annotation.orphaned ? 1 : 0 });
  }

  get(id: string): Annotation | undefined {
    const row = this.s.byId.get(id);
    return row && toAnnotation(row);
  }

  /** Whether the id was ever used here, deleted or not. */
  exists(id: string): boolean {
    return this.s.anyById.get(id) !== undefined;
  }

  /** An annotation on the same passage of the same document with the same note. */
  findSame(docId: string, start: number, end: number, note: string): string | undefined {
    return this.s.sameNote.get(docId, start, end, note)?.id;
  }

  ofDocument(docId: string): Annotation[] {
    return this.s.ofDocument.all(docId).map(toAnnotation);
  }

  update(id: string, changes: AnnotationChanges, at: string): boolean {
    if (changes.tags) this.invalidateTags();
    const fields = Object.keys(changes) as Array<keyof AnnotationChanges>;
    const values: Record<string, unknown> = { id, at };
    for (const field of fields) {
      const value = changes[field];
      values[field] = field === 'tags' ? JSON.stringify(value) : field === 'orphaned' ? (value ? 1 : 0) : value;
    }
    const assignments = fields.map((field) => `${field} = @${field}`).concat('updated_at = @at');
    return (
      this.db.prepare(`UPDATE annotations SET ${assignments.join(', ')} WHERE id = @id AND deleted_at IS NULL`).run(values)
        .changes === 1
    );
  }

  markDeleted(id: string, at: string): boolean {
    this.invalidateTags();
    return this.s.markDeleted.run(at, id).changes === 1;
  }

  unmarkDeleted(id: string): boolean {
    this.invalidateTags();
    return this.s.unmarkDeleted.run(id).changes === 1;
  }

  keepPending(id: string, source: string, body: unknown, at: string): void {
    this.s.addPending.run(id, source, JSON.stringify(body), at);
  }

  /** The library-wide view: filters in SQL, newest first, the first `limit` rows and the total. */
  query(query: AnnotationQuery): AnnotationPage {
    const where = [LIVE];
    const params: Record<string, unknown> = { limit: query.limit ?? 200 };
    if (query.docId) {
      where.push('d.id = @docId');
      params.docId = query.docId;
    }
    if (query.color) {
      where.push('a.color = @color');
      params.color = query.color;
    }
    if (query.tag) {
      // Tags are stored as a JSON array: the quoted tag occurs in it exactly when the tag is there.
      where.push('instr(a.tags, @tag) > 0');
      params.tag = JSON.stringify(query.tag);
    }
    if (query.text?.trim()) {
      // Quote and note in search form, so that either script and either width finds them.
      where.push('(instr(a.search_text, @folded) > 0 OR instr(d.title, @text) > 0)');
      params.text = query.text.trim();
      params.folded = foldForSearch(query.text.trim());
    }
    // Without a document named, the annotations lead: a library holds far fewer of them than
    // documents, and SQLite would otherwise walk every document to find the few that have any.
    const join = query.docId ? 'JOIN' : 'CROSS JOIN';
    const from = `FROM annotations a ${join} documents d ON d.doc = a.doc WHERE ${where.join(' AND ')}`;
    const total = (this.db.prepare(`SELECT count(*) AS n ${from}`).get(params) as { n: number }).n;
    const rows = this.db
      .prepare<unknown[], AnnotationRow>(`SELECT ${COLUMNS} ${from} ORDER BY a.updated_at DESC, a.id LIMIT @limit`)
      .all(params);
    this.tags ??= this.s.tags.all().map((r) => r.tag);
    return { total, items: rows.map(toLibraryAnnotation), tags: this.tags };
  }
}

function toAnnotation(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    docId: row.doc_id,
    kind: row.kind,
    color: row.color,
    note: row.note,
    tags: JSON.parse(row.tags) as string[],
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    orphaned: row.orphaned === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toLibraryAnnotation(row: AnnotationRow): LibraryAnnotation {
  return { ...toAnnotation(row), docTitle: row.doc_title };
}
