import type Database from 'better-sqlite3';
import type { ReadingPosition } from '../../../shared/settings.js';

/** Where the reader left each document. */
export class PositionStore {
  private readonly getStatement;
  private readonly setStatement;

  constructor(db: Database.Database) {
    this.getStatement = db.prepare<[string], ReadingPosition>('SELECT block, fraction FROM reading_positions WHERE id = ?');
    this.setStatement = db.prepare(
      `INSERT INTO reading_positions (id, block, fraction, updated_at) VALUES (@id, @block, @fraction, @at)
       ON CONFLICT (id) DO UPDATE SET block = excluded.block, fraction = excluded.fraction, updated_at = excluded.updated_at`,
    );
  }

  get(id: string): ReadingPosition | null {
    return this.getStatement.get(id) ?? null;
  }

  set(id: string, position: ReadingPosition, at: string): void {
    this.setStatement.run({ id, ...position, at });
  }
}
