import type Database from 'better-sqlite3';

/** Key/value settings, values stored as JSON. */
export class SettingsStore {
  private readonly getStatement;
  private readonly setStatement;

  constructor(db: Database.Database) {
    this.getStatement = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
    this.setStatement = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  get<T>(key: string): T | undefined {
    const row = this.getStatement.get(key);
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  set(key: string, value: unknown): void {
    this.setStatement.run(key, JSON.stringify(value));
  }
}
