// Parse and import throughput on synthetic libraries, with a baseline measured in the same run:
// SQLite storing the same texts alone, one transaction per document, with the library's pragmas.
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

function importAll(texts: Buffer[]): { elapsed: number; bytesOnDisk: number } {
  const dir = scratchDir();
  const library = Library.open({ dataDir: dir });
  const elapsed = seconds(() => {
    texts.forEach((bytes, i) => {
      const outcome = library.importBytes(bytes, `synthetic-${i}.txt`);
      if (outcome.status !== 'imported') throw new Error(`synthetic document ${i} was not imported: ${outcome.status}`);
    });
  });
  library.close();
  const bytesOnDisk = fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  fs.rmSync(dir, { recursive: true, force: true });
  return { elapsed, bytesOnDisk };
}

export function importBench(sizes: number[]): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const policies = syntheticLibrary(size);
    const texts = policies.map((p) => p.text);
    const buffers = texts.map((t) => Buffer.from(t, 'utf8'));
    const megabytes = buffers.reduce((n, b) => n + b.length, 0) / 1e6;
    const characters = texts.reduce((n, t) => n + t.length, 0);

    const parse = seconds(() => {
      for (const text of texts) parsePolicy(text);
    });
    const { elapsed: imported, bytesOnDisk } = importAll(buffers);
    const baseline = baselineStoreTexts(texts);
    const importRate = size / imported;
    rows.push([
      `import ${round(size)} policies (${round(characters / 1e6, 1)} M chars): decode, parse, store`,
      `${round(importRate)} docs/s (${round(megabytes / imported, 1)} MB/s; parsing alone ${round(size / parse)} docs/s); library ${round(bytesOnDisk / 1e6, 0)} MB`,
      `${round(size / baseline)} docs/s storing the texts alone (${round(baseline / imported, 2)}×)`,
      `≥ ${TARGET_IMPORTS_PER_SECOND}/s ${importRate >= TARGET_IMPORTS_PER_SECOND ? '✓' : '✗'}`,
    ]);
  }
  return rows;
}
