// Import throughput on synthetic libraries, a folder at a time as a user imports many, with a
// baseline measured in the same run: SQLite storing the same texts alone, one transaction per
// document, with the library's pragmas.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Library } from '../../main/core/library/library.js';
import { parsePolicy } from '../../main/core/parse/index.js';
import { syntheticLibrary } from './synthetic.js';
import { type BenchRow, round } from './table.js';

const TARGET_IMPORTS_PER_SECOND = 1000;

function seconds(run: () => void): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function scratchDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-bench-'));
}

export function baselineStoreTexts(texts: string[]): number {
  const dir = scratchDir();
  const db = new Database(path.join(dir, 'baseline.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE documents (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO documents (text) VALUES (?)');
  const store = db.transaction((text: string) => insert.run(text));
  const elapsed = seconds(() => {
    for (const text of texts) store(text);
  });
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return elapsed;
}

/**
 * A folder imported as the CLI and a dropped folder import it (Library.importPaths): files read and
 * parsed in a worker thread, a batch at a time, while the batch before is stored.
 */
async function importFolder(policies: Array<{ name: string; text: string }>): Promise<{ elapsed: number; bytesOnDisk: number }> {
  const dir = scratchDir();
  const folder = path.join(dir, 'policies');
  fs.mkdirSync(folder);
  for (const p of policies) fs.writeFileSync(path.join(folder, p.name), p.text);
  // The worker thread started first, as an import leaves it for the next (run from source here, its start is a compile).
  const warm = Library.open({ dataDir: path.join(dir, 'warm-up') });
  await warm.importPaths([path.join(folder, policies[0]?.name ?? '')]);
  warm.close();
  const dataDir = path.join(dir, 'library');
  const library = Library.open({ dataDir });
  const start = process.hrtime.bigint();
  const { outcomes } = await library.importPaths([folder]);
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  library.close();
  const failed = outcomes.find((o) => o.status !== 'imported');
  if (failed) throw new Error(`a synthetic document was not imported: ${failed.status}`);
  const bytesOnDisk = fs.readdirSync(dataDir).reduce((n, f) => n + fs.statSync(path.join(dataDir, f)).size, 0);
  fs.rmSync(dir, { recursive: true, force: true });
  return { elapsed, bytesOnDisk };
}

export async function importBench(sizes: number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const policies = syntheticLibrary(size);
    const texts = policies.map((p) => p.text);
    const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
    const characters = texts.reduce((n, t) => n + t.length, 0);

    const parse = seconds(() => {
      for (const text of texts) parsePolicy(text);
    });
    const { elapsed: imported, bytesOnDisk } = await importFolder(policies);
    const baseline = baselineStoreTexts(texts);
    const importRate = size / imported;
    rows.push([
      `import a folder of ${round(size)} policies (${round(characters / 1e6, 1)} M chars): read and parse in a worker thread, store`,
      `${round(importRate)} docs/s (${round(megabytes / imported, 1)} MB/s; parsing alone in this thread ${round(size / parse)} docs/s); library ${round(bytesOnDisk / 1e6, 0)} MB`,
      `${round(size / baseline)} docs/s storing the texts alone (${round(baseline / imported, 2)}×)`,
      `≥ ${TARGET_IMPORTS_PER_SECOND}/s ${importRate >= TARGET_IMPORTS_PER_SECOND ? '✓' : '✗'}`,
    ]);
  }
  return rows;
}
