// Opening the library safely: a damaged file (truncated, overwritten, not a database) is moved
// aside and the newest sound backup takes its place; the library says what happened.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { LibraryRecovery as Recovery } from '../../../shared/library.js';
import { backups, isSound } from './backups.js';
import { LIBRARY_FILE, openDatabase } from './database.js';

export const DAMAGED_DIR = 'damaged';

const CORRUPTION = /SQLITE_(CORRUPT|NOTADB)|malformed|not a database|file is not a database|disk image/i;

function damageOf(error: unknown): string | null {
  const text = `${(error as { code?: string }).code ?? ''} ${error instanceof Error ? error.message : String(error)}`;
  return CORRUPTION.test(text) ? (error instanceof Error ? error.message : String(error)) : null;
}

/** Opens the library, recovering from a damaged file; other failures (permissions, a full disk) are thrown as they are. */
export function openLibraryDatabase(
  dataDir: string,
  now: Date,
  nativeBinding?: string,
): { db: Database.Database; recovery: Recovery | null } {
  let reason: string | null = null;
  try {
    const db = openDatabase(dataDir, nativeBinding);
    const check = String(db.pragma('quick_check(1)', { simple: true }));
    if (check === 'ok') return { db, recovery: null };
    db.close();
    reason = check;
  } catch (error) {
    reason = damageOf(error);
    if (reason === null) throw error;
  }
  const file = path.join(dataDir, LIBRARY_FILE);
  const aside = path.join(dataDir, DAMAGED_DIR);
  fs.mkdirSync(aside, { recursive: true });
  const movedTo = path.join(aside, `library-${now.toISOString().replace(/[:.]/g, '-')}.sqlite`);
  fs.renameSync(file, movedTo);
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, movedTo + suffix);
  }
  const backup = backups(dataDir).find((b) => isSound(b.file, nativeBinding));
  if (backup) fs.copyFileSync(backup.file, file);
  return {
    db: openDatabase(dataDir, nativeBinding),
    recovery: { movedTo, restoredFrom: backup?.date ?? null, reason, annotationsReplayed: 0 },
  };
}
