import type Database from 'better-sqlite3';
import type { DisplayScript } from '../../../shared/display-script.js';

/** The script the reader chose for each document; a document without one follows the default. */
export class DisplayScriptStore {
  private readonly getStatement;
  private readonly setStatement;
  private readonly clearStatement;

  constructor(db: Database.Database) {
    this.getStatement = db.prepare<[string], { script: DisplayScript }>('SELECT script FROM display_scripts WHERE id = ?');
    this.setStatement = db.prepare(
      `INSERT INTO display_scripts (id, script, updated_at) VALUES (@id, @script, @at)
       ON CONFLICT (id) DO UPDATE SET script = excluded.script, updated_at = excluded.updated_at`,
    );
    this.clearStatement = db.prepare('DELETE FROM display_scripts WHERE id = ?');
  }

  get(id: string): DisplayScript | null {
    return this.getStatement.get(id)?.script ?? null;
  }

  /** null forgets the choice, so the document follows the default again. */
  set(id: string, script: DisplayScript | null, at: string): void {
    if (script === null) this.clearStatement.run(id);
    else this.setStatement.run({ id, script, at });
  }
}
