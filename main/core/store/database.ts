import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ReaderError } from '../../../shared/errors.js';
import { foldForSearch } from '../../../shared/search-fold.js';
import { contentHash } from '../library/content-hash.js';
import { BUSY_TIMEOUT_MS } from './busy.js';
import { migrate } from './migrate.js';

export const LIBRARY_FILE = 'library.sqlite';

/**
 * Opens (creating if needed) the library database in `dataDir`: WAL so that readers never wait
 * for an import and a crash never leaves half a transaction, foreign keys on, schema migrated.
 */
export function openDatabase(dataDir: string, nativeBinding?: string): Database.Database {
  let db: Database.Database;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
    db = new Database(path.join(dataDir, LIBRARY_FILE), nativeBinding ? { nativeBinding } : {});
    db.pragma('journal_mode = WAL');
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (/^(EACCES|EPERM|EROFS|ENOSPC|ENOENT|ENOTDIR|SQLITE_READONLY|SQLITE_CANTOPEN|SQLITE_FULL)/.test(code)) {
      throw new ReaderError('DATA_DIR_UNWRITABLE', { dir: dataDir, reason: code });
    }
    throw error;
  }
  try {
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Text in search form, for the annotations' search column (migration 6 and its triggers).
    db.function('search_fold', { deterministic: true }, (text: unknown) => foldForSearch(String(text ?? '')));
    // A document's identity, for migration 8.
    db.function('content_hash', { deterministic: true }, (text: unknown) => contentHash(String(text ?? '')));
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
