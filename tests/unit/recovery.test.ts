import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Library } from '../../main/core/library/library.js';
import { backups } from '../../main/core/store/backups.js';
import { LIBRARY_FILE } from '../../main/core/store/database.js';
import { random } from '../fixtures/random.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 9));

/** A library with the seeds and two annotations, closed, with yesterday's backup beside it. */
function libraryWithBackup() {
  const dataDir = tempDir();
  const library = Library.open({ dataDir, seedsDir: SEEDS_DIR, now: () => day(0) });
  const id = library.list()[0]?.id ?? '';
  library.createAnnotation({ docId: id, start: 10, end: 20, kind: 'highlight', color: 'red', note: '要点' });
  library.createAnnotation({ docId: id, start: 30, end: 40, kind: 'underline', color: 'blue' });
  library.close();
  fs.rmSync(path.join(dataDir, 'backups'), { recursive: true, force: true });
  // Yesterday's backup holds everything so far; today something is added after it.
  const again = Library.open({ dataDir, seedsDir: SEEDS_DIR, now: () => day(1) });
  again.createAnnotation({ docId: id, start: 50, end: 60, kind: 'highlight', color: 'green' });
  again.close();
  return { dataDir, file: path.join(dataDir, LIBRARY_FILE) };
}

function reopen(dataDir: string) {
  return Library.open({ dataDir, seedsDir: SEEDS_DIR, now: () => day(2) });
}

describe('a damaged library', () => {
  it('is moved aside and restored from the newest backup when truncated', () => {
    const { dataDir, file } = libraryWithBackup();
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 3));
    const library = reopen(dataDir);
    // The newest backup is the one the process that added the third annotation left when it closed.
    expect(library.recovery).toMatchObject({ restoredFrom: '2026-11-02 09:00:00' });
    expect(fs.existsSync(library.recovery?.movedTo ?? '')).toBe(true);
    expect(library.list()).toHaveLength(5);
    expect(library.queryAnnotations({}).total).toBe(3);
    library.close();
  });

  it('is restored when random bytes were written into it', () => {
    const { dataDir, file } = libraryWithBackup();
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = fs.readFileSync(file);
    const next = random(7);
    for (let i = 0; i < 64; i++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
    bytes.fill(0xab, 0, 100);
    fs.writeFileSync(file, bytes);
    const library = reopen(dataDir);
    expect(library.recovery?.restoredFrom).toBe('2026-11-02 09:00:00');
    expect(library.list()).toHaveLength(5);
    library.close();
  });

  it('starts empty (with the samples) and says so when there is no backup to restore', () => {
    const { dataDir, file } = libraryWithBackup();
    fs.rmSync(path.join(dataDir, 'backups'), { recursive: true });
    fs.writeFileSync(file, 'this is not a database at all, just text that overwrote it');
    const library = reopen(dataDir);
    expect(library.recovery).toMatchObject({ restoredFrom: null });
    expect(library.list()).toHaveLength(5);
    library.close();
  });

  it('keeps one backup a day, the last seven', () => {
    const dataDir = tempDir();
    for (let n = 0; n < 10; n++) Library.open({ dataDir, seedsDir: SEEDS_DIR, now: () => day(n) }).close();
    expect(
      backups(dataDir)
        .filter((b) => b.kind === 'daily')
        .map((b) => b.date),
    ).toEqual(
      Array.from({ length: 7 }, (_, i) =>
        day(9 - i)
          .toISOString()
          .slice(0, 10),
      ),
    );
  });
});
