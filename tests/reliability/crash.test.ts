// kill -9 at random moments of import, re-import, annotation writes and backups: the library opens
// sound afterwards and holds everything the killed process acknowledged. And a damaged library comes
// back from the newest backup with the annotations written since.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../main/core/library/library.js';
import { backups } from '../../main/core/store/backups.js';
import { LIBRARY_FILE } from '../../main/core/store/database.js';
import { writeSyntheticLibrary } from '../bench/synthetic.js';
import { random } from '../fixtures/random.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WRITER = path.join(ROOT, 'tests/fixtures/busy-writer.ts');

beforeAll(() => {
  spawnSync(process.execPath, ['scripts/build.mjs', '--no-renderer'], { cwd: ROOT });
});

/** Every annotation id in a library, deleted or not, read straight from the file. */
function annotationIds(dataDir: string): Set<string> {
  const db = new Database(path.join(dataDir, LIBRARY_FILE), { readonly: true });
  try {
    return new Set(
      db
        .prepare<[], { id: string }>('SELECT id FROM annotations')
        .all()
        .map((r) => r.id),
    );
  } finally {
    db.close();
  }
}

/** Runs the writer, kills it -9 after `ms` from its first acknowledged write, and returns what it acknowledged. */
async function killDuring(dataDir: string, mode: string, ms: number, sourceDir = ''): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, mode, sourceDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  await new Promise<void>((resolve) => {
    const waitReady = setInterval(() => {
      if (out.includes('ack ')) {
        clearInterval(waitReady);
        setTimeout(resolve, ms);
      }
    }, 5);
  });
  child.kill('SIGKILL');
  await new Promise((resolve) => child.on('exit', resolve));
  return out.split('\n').filter((line) => line.startsWith('ack '));
}

function sound(dataDir: string): boolean {
  const db = new Database(path.join(dataDir, LIBRARY_FILE), { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) === 'ok';
  } finally {
    db.close();
  }
}

describe('kill -9', () => {
  const next = random(1616);
  const moment = () => 150 + Math.floor(next() * 1200);

  it('during imports loses nothing acknowledged', async () => {
    const source = tempDir();
    writeSyntheticLibrary(source, 300);
    for (let round = 0; round < 3; round++) {
      const dataDir = tempDir();
      Library.open({ dataDir, seedsDir: SEEDS_DIR }).close();
      const acked = await killDuring(dataDir, 'import', moment(), source);
      expect(sound(dataDir)).toBe(true);
      const library = Library.open({ dataDir });
      expect(library.recovery).toBeNull();
      const ids = new Set(library.list().map((d) => d.id));
      for (const line of acked) expect(ids.has(line.split(' ')[2] as string), line).toBe(true);
      expect(acked.length).toBeGreaterThan(0);
      library.close();
    }
  }, 120_000);

  it('during re-imports that move annotations keeps every annotation, placed or shown as orphaned', async () => {
    const source = tempDir();
    writeSyntheticLibrary(source, 20);
    const dataDir = tempDir();
    const library = Library.open({ dataDir });
    await library.importPaths([source]);
    const docs = library.list();
    const made = docs.flatMap((d) =>
      [0, 1, 2].map(
        (i) =>
          library.createAnnotation({ docId: d.id, start: 40 + i * 30, end: 50 + i * 30, kind: 'highlight', color: 'green' }).id,
      ),
    );
    library.close();
    for (let round = 0; round < 3; round++) {
      const acked = await killDuring(dataDir, 'reimport', moment(), source);
      expect(sound(dataDir)).toBe(true);
      const again = Library.open({ dataDir });
      expect(again.list()).toHaveLength(docs.length);
      const kept = new Set(docs.flatMap((d) => again.annotations(d.id).map((a) => a.id)));
      expect(made.every((id) => kept.has(id))).toBe(true);
      again.close();
      expect(acked.length).toBeGreaterThan(0);
    }
  }, 120_000);

  it('during annotation writes and during backups loses no acknowledged annotation', async () => {
    for (const mode of ['annotate', 'backup', 'backup']) {
      const dataDir = tempDir();
      Library.open({ dataDir, seedsDir: SEEDS_DIR }).close();
      const acked = await killDuring(dataDir, mode, moment());
      expect(sound(dataDir)).toBe(true);
      const ids = annotationIds(dataDir);
      for (const line of acked) expect(ids.has(line.split(' ')[2] as string), `${mode}: ${line}`).toBe(true);
      expect(acked.length).toBeGreaterThan(0);
      Library.open({ dataDir }).close();
      // Every backup left is whole: a killed backup leaves only a .partial file, never a half one.
      for (const b of backups(dataDir))
        expect(new Database(b.file, { readonly: true }).pragma('quick_check', { simple: true })).toBe('ok');
    }
  }, 120_000);
});

describe('a damaged library', () => {
  it('comes back from the backup taken after the last changes, with the annotations written since from the journal', async () => {
    const dataDir = tempDir();
    const source = tempDir();
    writeSyntheticLibrary(source, 40);
    const first = Library.open({ dataDir, seedsDir: SEEDS_DIR });
    await first.importPaths([source]);
    first.close();
    // The app is then killed after more annotations, before any later backup.
    const acked = await killDuring(dataDir, 'annotate', 600);
    const file = path.join(dataDir, LIBRARY_FILE);
    const db = new Database(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    fs.writeFileSync(file, Buffer.alloc(fs.statSync(file).size, 0x5a));
    // The CLI is the first to open it, and says what it found and did.
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin/policy-reader.js'), 'list', '--data-dir', dataDir], {
      encoding: 'utf8',
      env: { ...process.env, POLICY_READER_LANG: 'zh-CN' },
    });
    expect(cli.status).toBe(0);
    expect(cli.stderr).toMatch(/文库文件已损坏.*已从 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} 的备份恢复/);
    expect(cli.stderr).toMatch(/并找回其后写入的批注 (\d+) 条/);
    expect(Number(/批注 (\d+) 条/.exec(cli.stderr)?.[1])).toBeGreaterThanOrEqual(acked.length);
    const library = Library.open({ dataDir });
    expect(library.list()).toHaveLength(45);
    library.close();
    const ids = annotationIds(dataDir);
    expect(acked.length).toBeGreaterThan(0);
    for (const line of acked) expect(ids.has(line.split(' ')[2] as string), line).toBe(true);
  }, 120_000);
});
