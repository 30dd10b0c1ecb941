// Automatic backups of the library: a consistent copy once a day (VACUUM INTO), the last seven kept,
// and the way back when the library file is damaged.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export const BACKUP_DIR = 'backups';
const KEEP = 7;
const NAME = /^library-(\d{4}-\d{2}-\d{2})\.sqlite$/;

/** Writes today's backup unless there is one, and keeps the newest seven. Returns the file written, if any. */
export function backUpDaily(db: Database.Database, dataDir: string, now: Date): string | null {
  const dir = path.join(dataDir, BACKUP_DIR);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `library-${now.toISOString().slice(0, 10)}.sqlite`);
  if (fs.existsSync(file)) return null;
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  fs.renameSync(partial, file);
  for (const old of backups(dataDir).slice(KEEP)) fs.rmSync(old.file, { force: true });
  return file;
}

/** The backups, newest first. */
export function backups(dataDir: string): Array<{ file: string; date: string }> {
  const dir = path.join(dataDir, BACKUP_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((entry): entry is { name: string; m: RegExpExecArray } => entry.m !== null)
    .map(({ name, m }) => ({ file: path.join(dir, name), date: m[1] as string }))
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** Whether a database file opens and passes SQLite's quick check. */
export function isSound(file: string, nativeBinding?: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding && { nativeBinding }) });
    try {
      return db.pragma('quick_check(1)', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}
