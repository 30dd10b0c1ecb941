// One run of the app's core on a large library, as a shell would start it: opens the library,
// answers searches through `dispatch` (search with facets and snippets, and the annotation matches
// the search view asks for beside it), imports while searching, and reports what it measured as
// JSON. Run in a process of its own (see scale.bench.ts) so that its memory and its first search
// are the app's alone.
import fs from 'node:fs';
import path from 'node:path';
import { createReaderApi, dispatch } from '../../main/core/api/reader-api.js';
import { Library } from '../../main/core/library/library.js';
import { SHELL_BLOCKING_WAIT_MS } from '../../main/core/store/busy.js';
import { SEARCH_QUERIES } from './search-queries.js';
import { syntheticPolicy } from './synthetic.js';
import { percentile } from './table.js';

const [dataDir] = process.argv.slice(2) as [string];

/** Each call arrives as a request would, from the event loop, so that other work (worker results) can run between calls. */
async function timed(method: string, args: unknown): Promise<number> {
  await new Promise((resolve) => setImmediate(resolve));
  const start = performance.now();
  const reply = await dispatch(api, method, args);
  if (!reply.ok) throw new Error(`${method} failed: ${JSON.stringify(reply.error)}`);
  return performance.now() - start;
}

/** What the search view asks for at each query. */
async function searchView(query: string): Promise<number> {
  const start = performance.now();
  await Promise.all([timed('search', { query }), timed('queryAnnotations', { text: query, limit: 20 })]);
  return performance.now() - start;
}

const opened = performance.now();
const library = Library.open({ dataDir, blockingWaitMs: SHELL_BLOCKING_WAIT_MS });
const api = createReaderApi(library);
const openMs = performance.now() - opened;
// The first search as the search view makes it: the best results (and the annotation matches) shown
// first, then every match counted into the total and the facets.
// The longest the event loop stood still meanwhile: what every other request would have waited.
let lastTick = performance.now();
let firstStallMs = 0;
const ticking = setInterval(() => {
  const now = performance.now();
  firstStallMs = Math.max(firstStallMs, now - lastTick);
  lastTick = now;
}, 5);
const firstStart = performance.now();
const firstQuery = { query: SEARCH_QUERIES[0] as string };
await Promise.all([timed('searchResults', firstQuery), timed('queryAnnotations', { text: firstQuery.query, limit: 20 })]);
const firstResultsMs = performance.now() - firstStart;
clearInterval(ticking);
firstStallMs = Math.max(firstStallMs, performance.now() - lastTick);
await timed('searchTotal', firstQuery);
const firstSearchMs = performance.now() - firstStart;
const secondSearchMs = await searchView(SEARCH_QUERIES[1] as string);

// Warm: every query ten times after one run.
const warm: number[] = [];
for (const query of SEARCH_QUERIES) {
  await searchView(query);
  for (let i = 0; i < 10; i++) warm.push(await searchView(query));
}

// The baseline: the core's search call alone, without the API, its validation or the annotation matches.
const core: number[] = [];
for (const query of SEARCH_QUERIES) {
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    library.search({ query });
    core.push(performance.now() - start);
  }
}

// A search right after each of ten imports.
const afterImport: number[] = [];
for (let i = 0; i < 10; i++) {
  const policy = syntheticPolicy(900_000 + i, 7);
  const data = Buffer.from(policy.text).toString('base64');
  const reply = await dispatch(api, 'importFile', { name: policy.name, data });
  if (!reply.ok) throw new Error('import failed');
  afterImport.push(await searchView(SEARCH_QUERIES[i % SEARCH_QUERIES.length] as string));
}

// Reading, searching and annotating while a folder import and a PDF export run.
const docs = library.list();
const busy: number[] = [];
const importing = (async () => {
  for (let i = 0; i < 60; i++) {
    const policy = syntheticPolicy(950_000 + i, 9);
    await dispatch(api, 'importFile', { name: policy.name, data: Buffer.from(policy.text).toString('base64') });
  }
})();
const longest = docs.reduce((a, b) => (a.title.length > b.title.length ? a : b));
const exporting = dispatch(api, 'exportPdf', { id: longest.id, script: 'traditional', layout: 'gongwen' });
let done = false;
void Promise.all([importing, exporting]).then(() => {
  done = true;
});
for (let i = 0; !done || i < 30; i++) {
  const doc = docs[i % docs.length];
  if (!doc) break;
  busy.push(await timed('getDocument', { id: doc.id }));
  busy.push(await searchView(SEARCH_QUERIES[i % SEARCH_QUERIES.length] as string));
  busy.push(await timed('createAnnotation', { docId: doc.id, start: 0, end: 4, kind: 'highlight', color: 'yellow' }));
}
await Promise.all([importing, exporting]);

const rss = process.memoryUsage().rss;
library.close();
const result = {
  documents: docs.length,
  openMs,
  firstResultsMs,
  firstSearchMs,
  firstStallMs,
  secondSearchMs,
  warm: { p50: percentile(warm, 0.5), p95: percentile(warm, 0.95) },
  core: { p50: percentile(core, 0.5), p95: percentile(core, 0.95) },
  afterImport: { p50: percentile(afterImport, 0.5), p95: percentile(afterImport, 0.95), max: Math.max(...afterImport) },
  busy: { p50: percentile(busy, 0.5), p95: percentile(busy, 0.95), calls: busy.length },
  rssMb: rss / 1024 / 1024,
};
fs.writeFileSync(path.join(dataDir, 'scale-result.json'), JSON.stringify(result));
process.exit(0);
