// The 回收站: deleted documents and annotations stay restorable (Undo, or the 回收站 view) for
// TRASH_DAYS, in whichever process deleted them; only then, or when the user empties it, are they gone.
import type Database from 'better-sqlite3';
import { TRASH_DAYS, type Trash } from '../../../shared/library.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export class TrashStore {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    this.s = {
      documents: db.prepare<[], Trash['documents'][number]>(
        `SELECT d.id, d.title, d.issuer, d.doc_number AS docNumber, d.deleted_at AS deletedAt,
           (SELECT count(*) FROM annotations a WHERE a.doc = d.doc AND a.deleted_at IS NULL) AS annotations
         FROM documents d WHERE d.deleted_at IS NOT NULL ORDER BY d.deleted_at DESC`,
      ),
      annotations: db.prepare<[], Trash['annotations'][number]>(
        `SELECT a.id, d.id AS docId, d.title AS docTitle, a.exact, a.note, a.deleted_at AS deletedAt
         FROM annotations a JOIN documents d ON d.doc = a.doc
         WHERE a.deleted_at IS NOT NULL AND d.deleted_at IS NULL ORDER BY a.deleted_at DESC`,
      ),
      anyExpired: db.prepare<[string, string], { one: 1 }>(
        `SELECT 1 AS one WHERE EXISTS (SELECT 1 FROM documents WHERE deleted_at < ?)
           OR EXISTS (SELECT 1 FROM annotations WHERE deleted_at < ?)`,
      ),
      expiredDocuments: db.prepare<[string]>('DELETE FROM documents WHERE deleted_at < ?'),
      expiredAnnotations: db.prepare<[string]>('DELETE FROM annotations WHERE deleted_at < ?'),
      document: db.prepare<[string]>('DELETE FROM documents WHERE id = ? AND deleted_at IS NOT NULL'),
      annotation: db.prepare<[string]>('DELETE FROM annotations WHERE id = ? AND deleted_at IS NOT NULL'),
    };
  }

  contents(): Trash {
    return { documents: this.s.documents.all(), annotations: this.s.annotations.all() };
  }

  /**
   * Removes for good what was deleted more than TRASH_DAYS ago. Reads first: a library opened only
   * to be read (CLI `list` beside the app) takes no write lock.
   */
  removeExpired(now: Date): number {
    const cutoff = new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();
    if (!this.s.anyExpired.get(cutoff, cutoff)) return 0;
    return this.db.transaction(
      () => this.s.expiredDocuments.run(cutoff).changes + this.s.expiredAnnotations.run(cutoff).changes,
    )();
  }

  /** Empties the 回收站, or removes the given deletions only. Returns how many were removed. */
  empty(only?: { documents?: readonly string[]; annotations?: readonly string[] }): number {
    return this.db.transaction(() => {
      const trash = only ? null : this.contents();
      let removed = 0;
      for (const id of only?.documents ?? trash?.documents.map((d) => d.id) ?? []) removed += this.s.document.run(id).changes;
      for (const id of only?.annotations ?? trash?.annotations.map((a) => a.id) ?? [])
        removed += this.s.annotation.run(id).changes;
      return removed;
    })();
  }
}
