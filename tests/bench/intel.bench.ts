// Policy intelligence on the synthetic libraries: the department index (built on first use, then
// kept until a document changes), one document's citations both ways, and a comparison of two long
// documents. Baselines in the same run: reading every document from the store (the floor under any
// index built from all of them), the library list the reader loads anyway, and the alignment alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alignSections } from '../../main/core/intel/compare.js';
import { Library } from '../../main/core/library/library.js';
import { filterAndSort, NO_FILTERS } from '../../renderer/src/library/filters.js';
import { syntheticLibrary, syntheticLongPolicy } from './synthetic.js';
import { type BenchRow, median, round } from './table.js';

function ms(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function medianOf(times: number, run: () => unknown): number {
  return median(Array.from({ length: times }, () => ms(run)));
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');

export function intelBench(sizes: number[]): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-bench-'));
    const library = Library.open({ dataDir: dir });
    for (const policy of syntheticLibrary(size)) library.importBytes(Buffer.from(policy.text), policy.name);
    const ids = library.list().map((d) => d.id);

    const readAll = ms(() => ids.map((id) => library.get(id)));
    const build = ms(() => library.departments());
    const cached = medianOf(5, () => library.departments());
    const departments = library.departments();
    const tasks = departments.reduce((n, d) => n + d.tasks.length, 0);
    rows.push([
      `department index of ${round(size)} policies (${round(departments.length)} departments, ${round(tasks)} tasks): first build / later`,
      `${round(build)} ms / ${round(cached, 2)} ms`,
      `${round(readAll)} ms reading every document`,
      `first ≤ 2× baseline ${mark(build <= 2 * readAll)}, later ≤ 50 ms ${mark(cached <= 50)}`,
    ]);

    const list = medianOf(5, () => library.list());
    // The first call builds the citation graph (also done when the app is idle); later ones look up.
    const middle = ids[Math.floor(ids.length / 2)] as string;
    const graph = ms(() => library.relations(middle));
    const relations = medianOf(5, () => library.relations(middle));
    rows.push([
      `one document's citations both ways, ${round(size)} policies: first (builds the graph) / later`,
      `${round(graph)} ms / ${round(relations, 1)} ms`,
      `${round(list, 1)} ms listing the library`,
      `later ≤ 100 ms ${mark(relations <= 100)}`,
    ]);

    // 时效性: a fresh open computes every status from the stored clauses (and the relations between
    // documents); later asks are lookups, and the library's status filter runs over the list.
    const reopened = Library.open({ dataDir: dir, now: () => new Date('2026-11-27T09:00:00') });
    library.close();
    const statusesFirst = ms(() => reopened.forceStatuses('2026-11-27'));
    const statusesLater = medianOf(5, () => reopened.forceStatuses('2026-11-27'));
    const summaries = reopened.list();
    const repealed = summaries.filter((d) => d.force.status === 'repealed').length;
    const filterMs = medianOf(5, () =>
      filterAndSort(summaries, { ...NO_FILTERS, force: 'repealed' }, { key: 'date', descending: true }),
    );
    const searchFiltered = medianOf(5, () => reopened.searchResults({ query: '电子商务', filters: { force: 'inForce' } }));
    rows.push([
      `时效性 of ${round(size)} policies (${round(repealed)} repealed by a later one): first computation / later; status filter over the list / in search`,
      `${round(statusesFirst)} ms / ${round(statusesLater, 1)} ms; ${round(filterMs, 1)} ms / ${round(searchFiltered, 1)} ms`,
      `${round(readAll)} ms reading every document`,
      `first ≤ 2× baseline ${mark(statusesFirst <= 2 * readAll)}, filter ≤ 50 ms ${mark(Math.max(filterMs, searchFiltered) <= 50)}`,
    ]);
    reopened.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-bench-'));
  const library = Library.open({ dataDir: dir });
  // A second long plan from other sections, under its own number and title (else it would be a new version of the first).
  const other = syntheticLongPolicy(200_000, 4);
  const second = other.text.replace('〔2020〕99号', '〔2021〕7号').replace('全面推进', '加快推进');
  const [a, b] = [
    { name: 'long-a.txt', text: syntheticLongPolicy(200_000, 3).text },
    { name: 'long-b.txt', text: second },
  ].map((p) => {
    const outcome = library.importBytes(Buffer.from(p.text), p.name);
    if (outcome.status !== 'imported') throw new Error(`long policy not imported: ${outcome.status}`);
    return outcome.id;
  }) as [string, string];
  const compare = medianOf(3, () => library.compare(a, b));
  const [docA, docB] = [library.get(a), library.get(b)];
  const align = medianOf(3, () => alignSections(docA, docB));
  const pairs = library.compare(a, b).pairs;
  rows.push([
    `compare two ${round(docA.text.length / 1000)} k / ${round(docB.text.length / 1000)} k-character documents (${pairs.length} section pairs), differences marked`,
    `${round(compare)} ms`,
    `${round(align)} ms aligning alone`,
    `≤ 1,000 ms ${mark(compare <= 1000)}`,
  ]);
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}
