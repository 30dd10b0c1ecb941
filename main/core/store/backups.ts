// Automatic backups of the library, and the way back when the library file is damaged:
// - a daily copy when the library is first opened that day (the last seven kept);
// - a recent copy after changes: once the app has been quiet for a moment, at most every few
//   minutes, and when a process that changed the library closes it (the last six kept).
// The newest sound copy of either kind is what a damaged library is restored from.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export const BACKUP_DIR = 'backups';
const KEEP_DAILY = 7;
const KEEP_RECENT = 6;
const DAILY = /^library-(\d{4}-\d{2}-\d{2})\.sqlite$/;
const RECENT = /^library-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})\.sqlite$/;

export interface Backup {
  file: string;
  /** When it was taken: YYYY-MM-DD for a daily copy, YYYY-MM-DD HH:MM:SS (UTC) for a recent one. */
  date: string;
  kind: 'daily' | 'recent';
}

/** Writes today's backup unless there is one, and keeps the newest seven. Returns the file written, if any. */
export function backUpDaily(db: Database.Database, dataDir: string, now: Date): string | null {
  const file = path.join(backupDir(dataDir), `library-${now.toISOString().slice(0, 10)}.sqlite`);
  if (fs.existsSync(file)) return null;
  vacuumInto(db, file);
  prune(dataDir, 'daily', KEEP_DAILY);
  return file;
}

/** A copy of the library as it is now, beside the daily ones; the newest six are kept. */
export function backUpRecent(db: Database.Database, dataDir: string, now: Date): string {
  const file = recentFile(dataDir, now);
  vacuumInto(db, file);
  prune(dataDir, 'recent', KEEP_RECENT);
  return file;
}

/** The same, copied a few pages at a time between other work (SQLite's online backup), for an app that is serving. */
export async function backUpRecentOnline(db: Database.Database, dataDir: string, now: Date): Promise<string> {
  const file = recentFile(dataDir, now);
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await db.backup(partial);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  prune(dataDir, 'recent', KEEP_RECENT);
  return file;
}

function recentFile(dataDir: string, now: Date): string {
  return path.join(backupDir(dataDir), `library-${now.toISOString().slice(0, 19).replace(/:/g, '-')}.sqlite`);
}

/** The backups, newest first. */
export function backups(dataDir: string): Backup[] {
  const dir = path.join(dataDir, BACKUP_DIR);
  if (!fs.existsSync(dir)) return [];
  const found: Backup[] = [];
  for (const name of fs.readdirSync(dir)) {
    const daily = DAILY.exec(name);
    if (daily) found.push({ file: path.join(dir, name), date: daily[1] as string, kind: 'daily' });
    const recent = RECENT.exec(name);
    if (recent) {
      const [, day, h, m, s] = recent;
      found.push({ file: path.join(dir, name), date: `${day} ${h}:${m}:${s}`, kind: 'recent' });
    }
  }
  return found.sort((a, b) => b.date.localeCompare(a.date));
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

function backupDir(dataDir: string): string {
  const dir = path.join(dataDir, BACKUP_DIR);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** A consistent, compact copy, written beside its place and renamed in: a crash never leaves half a backup. */
function vacuumInto(db: Database.Database, file: string): void {
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    if (!copyQuietFile(db, partial)) db.prepare('VACUUM INTO ?').run(partial);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Copies the library file itself when everything is in it (the write-ahead log checkpointed and
 * empty): a plain file copy, several times faster than VACUUM INTO rewriting every page. A read
 * transaction over the empty log holds the file still meanwhile, since SQLite copies no later
 * change into the file while a reader may be reading it directly. False (nothing copied) when
 * another connection kept changes in the log.
 */
function copyQuietFile(db: Database.Database, target: string): boolean {
  if (db.inTransaction || db.memory) return false;
  const [checkpoint] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number } | undefined>;
  if (!checkpoint || checkpoint.busy !== 0) return false;
  const log = `${db.name}-wal`;
  db.exec('BEGIN');
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (fs.existsSync(log) && fs.statSync(log).size > 0) return false;
    fs.copyFileSync(db.name, target);
  } finally {
    db.exec('COMMIT');
  }
  // A copy says it is in WAL mode; a backup is a single file, opened read-only when checked.
  const copy = new Database(target);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  return true;
}

function prune(dataDir: string, kind: Backup['kind'], keep: number): void {
  for (const old of backups(dataDir)
    .filter((b) => b.kind === kind)
    .slice(keep))
    fs.rmSync(old.file, { force: true });
}
