// The app at scale, end to end: a folder of synthetic policies imported by the CLI, then a fresh
// process that opens the library and answers the search view through `dispatch` as both shells call
// it (see scale-child.ts). Baselines in the same run: SQLite storing the texts alone, and the core's
// search call without the API around it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { baselineStoreTexts } from './import.bench.js';
import { syntheticLibrary } from './synthetic.js';
import { type BenchRow, round } from './table.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ms = (value: number) => `${round(value, value < 10 ? 1 : 0)} ms`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

interface ScaleResult {
  documents: number;
  openMs: number;
  firstResultsMs: number;
  firstSearchMs: number;
  /** The longest the event loop stood still during the first search: what any other request waited. */
  firstStallMs: number;
  secondSearchMs: number;
  warm: { p50: number; p95: number };
  core: { p50: number; p95: number };
  afterImport: { p50: number; p95: number; max: number };
  busy: { p50: number; p95: number; calls: number };
  rssMb: number;
}

export function scaleBench(size: number): BenchRow[] {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-scale-'));
  const folder = path.join(work, 'policies');
  const dataDir = path.join(work, 'library');
  fs.mkdirSync(folder);
  const policies = syntheticLibrary(size);
  for (const policy of policies) fs.writeFileSync(path.join(folder, policy.name), policy.text);

  // The CLI from its build, as a user runs it (one process: open, import the folder, back up, close).
  const started = performance.now();
  const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin/policy-reader.js'), 'import', folder, '--data-dir', dataDir], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const importSeconds = (performance.now() - started) / 1000;
  if (cli.status !== 0) throw new Error(`the CLI import failed: ${cli.stderr}`);
  const baseline = baselineStoreTexts(policies.map((p) => p.text));

  // Two starts of the app: the first right after the CLI import (no index file yet: its first
  // search builds the index), the second as every later start finds the library (the file there).
  const run = (): ScaleResult => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/bench/scale-child.ts'), dataDir], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (child.status !== 0) throw new Error('the scale run failed');
    return JSON.parse(fs.readFileSync(path.join(dataDir, 'scale-result.json'), 'utf8')) as ScaleResult;
  };
  const fresh = run();
  const r = run();
  fs.rmSync(work, { recursive: true, force: true });

  const n = round(size);
  const rate = size / importSeconds;
  return [
    [
      `CLI import of a folder of ${n} policies (one process: open, parse in worker threads, store, back up)`,
      `${round(rate)} docs/s (${round(importSeconds, 1)} s)`,
      `${round(size / baseline)} docs/s storing the texts alone`,
      `≥ 1,000/s ${mark(rate >= 1000)}`,
    ],
    [
      `${n}: first search after start, through dispatch as the search view asks (library opened in ${ms(r.openMs)}, index file there): results shown / counted with facets`,
      `${ms(r.firstResultsMs)} / ${ms(r.firstSearchMs)} (second search ${ms(r.secondSearchMs)})`,
      `${ms(fresh.firstResultsMs)} / ${ms(fresh.firstSearchMs)} the first start after the CLI import, which builds the index on another thread (longest stall of other requests ${ms(fresh.firstStallMs)}, ${ms(r.firstStallMs)} on a later start)`,
      `results ≤ 500 ms ${mark(r.firstResultsMs <= 500)}`,
    ],
    [
      `${n}: search view through dispatch (search with facets and snippets + annotation matches), p50 / p95`,
      `${ms(r.warm.p50)} / ${ms(r.warm.p95)}`,
      `${ms(r.core.p50)} / ${ms(r.core.p95)} the core's search call alone`,
      `p95 ≤ 20 ms ${mark(r.warm.p95 <= 20)}`,
    ],
    [
      `${n}: search right after an import, p50 / p95 / max`,
      `${ms(r.afterImport.p50)} / ${ms(r.afterImport.p95)} / ${ms(r.afterImport.max)}`,
      `${ms(r.warm.p95)} warm p95`,
      `≤ 50 ms ${mark(r.afterImport.max <= 50)}`,
    ],
    [
      `${n}: reading, searching, annotating while 60 files import and a PDF exports, p50 / p95 (${r.busy.calls} calls)`,
      `${ms(r.busy.p50)} / ${ms(r.busy.p95)}`,
      `${ms(r.warm.p95)} idle search p95`,
      `p95 ≤ 100 ms ${mark(r.busy.p95 <= 100)}`,
    ],
    [`${n}: resident memory after all of the above`, `${round(r.rssMb)} MB`, `—`, `≤ 600 MB ${mark(r.rssMb <= 600)}`],
  ];
}
