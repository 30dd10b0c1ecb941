// Library search on the synthetic libraries: latency of a fixed set of queries for the top 20 and
// with the total, index build time, memory, the time to load the index file into flexsearch and to
// add one document. Baselines in the same run, over the same blocks: a brute-force scan of the block
// texts and SQLite FTS5 with the trigram tokenizer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import Database from 'better-sqlite3';
import { parsePolicy } from '../../main/core/parse/index.js';
import { loadIndex, saveIndex } from '../../main/core/search/index-file.js';
import { type IndexedDocument, SearchIndex } from '../../main/core/search/search-index.js';
import { foldForSearch } from '../../shared/search-fold.js';
import { type ParsedQuery, parseQuery } from '../../shared/search-query.js';
import { SEARCH_QUERIES } from './search-queries.js';
import { syntheticLibrary } from './synthetic.js';
import { type BenchRow, percentile, round } from './table.js';

const REPEATS = 10;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
function usedMemory(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** p50 and p95 over every query, each run REPEATS times after one warm-up run. */
function latencies(run: (query: ParsedQuery) => unknown, repeats = REPEATS): { p50: number; p95: number } {
  const times: number[] = [];
  for (const query of SEARCH_QUERIES.map((q) => parseQuery(q))) {
    run(query);
    for (let i = 0; i < repeats; i++) times.push(timed(() => run(query)).ms);
  }
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

interface Corpus {
  documents: Array<IndexedDocument & { date: string | null }>;
  blocks: Array<{ doc: number; text: string }>;
}

function corpus(count: number): Corpus {
  const documents: Corpus['documents'] = [];
  const blocks: Corpus['blocks'] = [];
  syntheticLibrary(count).forEach((policy, i) => {
    const doc = parsePolicy(policy.text);
    const key = i + 1;
    documents.push({
      key,
      hash: String(key),
      text: doc.text,
      title: doc.title,
      headings: [doc.title, ...doc.blocks.filter((b) => b.kind === 'heading' || b.role === 'title').map((b) => b.text)],
      date: doc.date,
    });
    for (const b of doc.blocks) blocks.push({ doc: key, text: foldForSearch(b.text) });
  });
  return { documents, blocks };
}

/** What the index's stored part holds, counted: its sorted postings and its texts (two bytes a character); flexsearch's own objects aside. */
function indexBytes(index: SearchIndex): number {
  const { keys, bodies, headings, body, heads } = index.storedIndex;
  const arrays = [keys, ...[body, heads].flatMap((p) => [p.pairs, p.groupStart, p.groupSlot, p.groupEnd])];
  let characters = 0;
  for (const list of [bodies, headings]) for (let doc = 0; doc < list.length; doc++) characters += list.get(doc).length;
  return arrays.reduce((n, a) => n + a.byteLength, 0) + 4 * (body.docs.length + heads.docs.length) + 2 * characters;
}

/** Every block scanned for every term; documents ranked by hits. */
function bruteForce(blocks: Corpus['blocks'], query: ParsedQuery): number[] {
  const hits = new Map<number, number>();
  const excluded = new Set<number>();
  for (const block of blocks) {
    for (const term of query.exclude) if (block.text.includes(term.key)) excluded.add(block.doc);
    for (const term of query.include) {
      for (let at = block.text.indexOf(term.key); at !== -1; at = block.text.indexOf(term.key, at + term.key.length)) {
        hits.set(block.doc, (hits.get(block.doc) ?? 0) + 1);
      }
    }
  }
  return [...hits]
    .filter(([doc]) => !excluded.has(doc))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([doc]) => doc);
}

/** FTS5 over the same blocks (folded) with the trigram tokenizer, its own bm25 order, top 20 blocks. */
function fts5(blocks: Corpus['blocks'], dir: string) {
  const db = new Database(path.join(dir, 'fts5.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec("CREATE VIRTUAL TABLE blocks USING fts5(doc UNINDEXED, text, tokenize = 'trigram')");
  const insert = db.prepare('INSERT INTO blocks (doc, text) VALUES (?, ?)');
  const build = timed(() =>
    db.transaction(() => {
      for (const b of blocks) insert.run(b.doc, b.text);
    })(),
  );
  // Trigrams index phrases of three characters or more; shorter ones fall back to LIKE, a full scan.
  const match = db.prepare<[string], { doc: number }>('SELECT doc FROM blocks WHERE blocks MATCH ? ORDER BY rank LIMIT 20');
  const like = db.prepare<[string], { doc: number }>('SELECT doc FROM blocks WHERE text LIKE ? LIMIT 20');
  const run = (query: ParsedQuery) => {
    const terms = query.include.map((t) => t.key);
    if (terms.every((t) => t.length >= 3)) {
      const expression = `${terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' AND ')}${query.exclude.map((t) => ` NOT "${t.key}"`).join('')}`;
      return match.all(expression);
    }
    return like.all(`%${terms[0] ?? ''}%`);
  };
  const size = fs.statSync(path.join(dir, 'fts5.sqlite')).size + fs.statSync(path.join(dir, 'fts5.sqlite-wal')).size;
  return { build: build.ms, run, size, close: () => db.close() };
}

export function searchBench(sizes: number[]): BenchRow[] {
  const rows: BenchRow[] = [];
  const ms = (value: number) => `${round(value, value < 10 ? 2 : 0)} ms`;
  for (const size of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-bench-search-'));
    try {
      const { documents, blocks } = corpus(size);
      const chars = documents.reduce((n, d) => n + d.text.length, 0);
      const dates = new Map(documents.map((d) => [d.key, d.date]));
      const label = `${size.toLocaleString('en')} (${round(chars / 1e6, 1)} M chars)`;
      const before = usedMemory();
      const built = timed(() => SearchIndex.build(documents));
      const index = built.value;
      index.search(parseQuery('发展'), { limit: 20, dateOf: () => null });
      const memory = usedMemory() - before;
      const options = { limit: 20, dateOf: (key: number) => dates.get(key) ?? null };
      const top = latencies((q) => index.search(q, options));
      const withTotal = latencies((q) => {
        index.search(q, options);
        return index.matching(q);
      });
      const file = path.join(dir, 'search-index.bin');
      saveIndex(file, index.storedIndex);
      const fileSize = fs.statSync(file).size;
      // Loading is reading the file and flexsearch's import of its postings, as a start does.
      const loads = [0, 1, 2].map(
        () =>
          timed(() => {
            const stored = loadIndex(file);
            if (stored) new SearchIndex(stored).close();
          }).ms,
      );
      const load = Math.min(...loads);
      // One document imported after the build, settled into flexsearch's growing index (its add), and a search.
      const adds = documents.slice(0, 20).map(
        (d, i) =>
          timed(() => {
            index.add({ ...d, key: size + 1 + i, hash: `added ${i}` });
            index.settle(Number.POSITIVE_INFINITY);
            index.search(parseQuery('电子商务'), options);
          }).ms,
      );
      const add = percentile(adds, 0.5);

      const brute = latencies((q) => bruteForce(blocks, q), 2);
      const fts = fts5(blocks, dir);
      const ftsLatency = latencies((q) => fts.run(q));
      fts.close();

      const target = (value: number, limit: number, unit = 'ms') => `< ${limit} ${unit} ${value < limit ? '✓' : '✗'}`;
      const baselines = [
        `brute-force scan ${ms(brute.p50)} / ${ms(brute.p95)}`,
        `FTS5 trigram ${ms(ftsLatency.p50)} / ${ms(ftsLatency.p95)} (build ${round(fts.build / 1000, 1)} s, ${round(fts.size / 1e6)} MB on disk)`,
      ].join('; ');
      rows.push([
        `search ${label}: top 20 of ${SEARCH_QUERIES.length} queries, p50 / p95`,
        `${ms(top.p50)} / ${ms(top.p95)}`,
        baselines,
        size >= 10_000 ? `p95 ${target(top.p95, 3.5)}` : '—',
      ]);
      rows.push([
        `… with the number of matching documents`,
        `${ms(withTotal.p50)} / ${ms(withTotal.p95)}`,
        '—',
        size >= 10_000 ? `p95 ${target(withTotal.p95, 12)}` : '—',
      ]);
      rows.push([
        `… index build, memory, opening the index file`,
        `build ${round(built.ms / 1000, 1)} s; memory ${memory > 0 ? `${round(memory / 1e6)} MB measured, ` : ''}${round(indexBytes(index) / 1e6)} MB of postings and texts; loading ${ms(load)} (${round(fileSize / 1e6)} MB file, texts read as searches ask); one document added ${ms(add)}`,
        'FTS5 build time above',
        size >= 10_000
          ? `build ${target(built.ms / 1000, 30, 's')}, memory ${target(Math.max(memory, indexBytes(index)) / 1e6, 400, 'MB')}, loading ${target(load / 1000, 2, 's')}, add ${target(add, 20)}`
          : '—',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
