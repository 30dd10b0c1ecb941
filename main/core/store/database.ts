import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { foldForSearch } from '../../../shared/search-fold.js';
import { contentHash } from '../library/content-hash.js';
import { migrate } from './migrate.js';

export const LIBRARY_FILE = 'library.sqlite';

/**
 * Opens (creating if needed) the library database in `dataDir`: WAL so that readers never wait
 * for an import and a crash never leaves half a transaction, foreign keys on, schema migrated.
 * `nativeBinding` points better-sqlite3 at a build for another ABI (Electron's, in development).
 */
export function openDatabase(dataDir: string, nativeBinding?: string): Database.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, LIBRARY_FILE), nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
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
