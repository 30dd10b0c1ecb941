// Replays the failures of a shared, unlucky library: Undo after another process opened it, two
// processes writing at once, search that must see another process's imports, a damaged index file,
// and annotation files with hostile document ids.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createReaderApi, dispatch } from '../../main/core/api/reader-api.js';
import { Library } from '../../main/core/library/library.js';
import { INDEX_FILE } from '../../main/core/search/library-search.js';
import { BUSY_DEADLINE_MS, SHELL_BLOCKING_WAIT_MS } from '../../main/core/store/busy.js';
import type { ApiResponse } from '../../shared/api.js';
import { isReaderError } from '../../shared/errors.js';
import { holdWriteLock } from '../fixtures/lock-holder.js';
import { SEEDS_DIR, seedText } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'bin/policy-reader.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, POLICY_READER_LANG: 'zh-CN' },
  });

beforeAll(() => {
  spawnSync(process.execPath, ['scripts/build.mjs', '--no-renderer'], { cwd: ROOT });
});

const DAY = 24 * 60 * 60 * 1000;

function codeOf(action: () => unknown): string | null {
  try {
    action();
    return null;
  } catch (error) {
    return isReaderError(error) ? error.code : String(error);
  }
}

describe('Undo after another process opened the library', () => {
  it('restores a deleted document and annotation until they are a week old, and lists them in the 回收站', () => {
    const dataDir = tempDir();
    // Starts now: the CLI below runs on the real clock and purges by it.
    let clock = new Date();
    const app = Library.open({ dataDir, seedsDir: SEEDS_DIR, now: () => clock });
    const [doc, other] = app.list();
    if (!doc || !other) throw new Error('no seeds');
    const kept = app.createAnnotation({ docId: doc.id, start: 10, end: 20, kind: 'highlight', color: 'red', note: '要点' });
    const note = app.createAnnotation({ docId: other.id, start: 5, end: 9, kind: 'underline', color: 'blue' });
    app.delete(doc.id);
    app.deleteAnnotation(note.id);

    // The CLI opens the same library meanwhile.
    expect(cli('list', '--data-dir', dataDir).status).toBe(0);
    const trash = app.trashContents();
    expect(trash.documents.map((d) => [d.id, d.annotations])).toEqual([[doc.id, 1]]);
    expect(trash.annotations.map((a) => [a.id, a.docId])).toEqual([[note.id, other.id]]);
    app.restore(doc.id);
    expect(app.annotations(doc.id).map((a) => [a.id, a.note])).toEqual([[kept.id, '要点']]);
    expect(app.restoreAnnotation(note.id).exact).toBe(note.exact);
    expect(app.trashContents()).toEqual({ documents: [], annotations: [] });
    app.close();

    // A week later, what was deleted then is gone for good when any process opens the library.
    const again = Library.open({ dataDir, now: () => clock });
    again.delete(other.id);
    again.close();
    clock = new Date(clock.getTime() + 6 * DAY);
    const sixDays = Library.open({ dataDir, now: () => clock });
    expect(sixDays.trashContents().documents.map((d) => d.id)).toEqual([other.id]);
    sixDays.close();
    clock = new Date(clock.getTime() + 2 * DAY);
    const eightDays = Library.open({ dataDir, now: () => clock });
    expect(eightDays.trashContents().documents).toEqual([]);
    expect(codeOf(() => eightDays.restore(other.id))).toBe('NOT_FOUND');
    eightDays.close();
  });

  it('empties the 回收站 on request, all of it or the entries named', () => {
    const library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR });
    const [a, b] = library.list();
    if (!a || !b) throw new Error('no seeds');
    library.delete(a.id);
    library.delete(b.id);
    expect(library.emptyTrash({ documents: [a.id] })).toBe(1);
    expect(library.trashContents().documents.map((d) => d.id)).toEqual([b.id]);
    expect(library.emptyTrash()).toBe(1);
    expect(library.trashContents().documents).toEqual([]);
    expect(library.list()).toHaveLength(3);
    library.close();
  });
});

describe('two processes on one library', () => {
  it('waits for another process’s write without blocking other requests, then succeeds', async () => {
    const dataDir = tempDir();
    const library = Library.open({ dataDir, seedsDir: SEEDS_DIR, blockingWaitMs: SHELL_BLOCKING_WAIT_MS });
    const api = createReaderApi(library);
    const docId = library.list()[0]?.id ?? '';
    const { done } = await holdWriteLock(dataDir, 1500);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const started = Date.now();
    const created = await dispatch(api, 'createAnnotation', { docId, start: 10, end: 20, kind: 'highlight', color: 'red' });
    clearInterval(ticker);
    await done;
    expect(created.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThan(1000);
    // The event loop ran meanwhile: other clients were answered.
    expect(ticks).toBeGreaterThan(20);
    library.close();
  });

  it('lets the CLI list and search while the app holds a long write', async () => {
    const dataDir = tempDir();
    Library.open({ dataDir, seedsDir: SEEDS_DIR }).close();
    const { done } = await holdWriteLock(dataDir, 8000);
    const started = Date.now();
    const list = cli('list', '--data-dir', dataDir);
    const search = cli('search', '电子商务', '--data-dir', dataDir);
    expect(Date.now() - started).toBeLessThan(6000);
    await done;
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toContain('电子商务');
    expect(search.status, search.stderr).toBe(0);
  });

  it('tells the CLI user the library is busy instead of crashing', async () => {
    const dataDir = tempDir();
    Library.open({ dataDir, seedsDir: SEEDS_DIR }).close();
    const file = path.join(dataDir, 'extra.txt');
    fs.writeFileSync(file, seedText('jiangxi').replace('江西', '江北'));
    const { done } = await holdWriteLock(dataDir, BUSY_DEADLINE_MS + 8000);
    const result = cli('import', file, '--data-dir', dataDir);
    await done;
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('文库正被另一个程序');
  }, 60_000);
});

describe('search across processes', () => {
  it('finds a document another process imported, and a title another process changed', () => {
    const dataDir = tempDir();
    const app = Library.open({ dataDir, seedsDir: SEEDS_DIR });
    expect(app.search({ query: '江北' }).total).toBe(0);
    const file = path.join(tempDir(), 'extra.txt');
    fs.writeFileSync(file, seedText('jiangxi').replaceAll('江西', '江北'));
    expect(cli('import', file, '--data-dir', dataDir).status).toBe(0);
    const found = app.search({ query: '江北' });
    expect(found.total).toBe(1);
    const id = found.results[0]?.id ?? '';
    const other = Library.open({ dataDir });
    other.updateMetadata(id, { title: '江北省冷链物流专项方案' });
    other.close();
    expect(app.search({ query: '冷链物流专项' }).results.map((r) => [r.id, r.inHeading])).toEqual([[id, true]]);
    app.close();
  });
});

describe('a damaged search index', () => {
  it('is noticed by its checksum and rebuilt', () => {
    const dataDir = tempDir();
    const first = Library.open({ dataDir, seedsDir: SEEDS_DIR });
    const expected = first.search({ query: '电子商务' });
    first.close();
    const file = path.join(dataDir, INDEX_FILE);
    const bytes = fs.readFileSync(file);
    // Values overwritten inside the arrays, the header left intact.
    for (let i = 0; i < 2000; i++) bytes[bytes.length - 1 - ((i * 7919) % (bytes.length / 2))] = i & 0xff;
    fs.writeFileSync(file, bytes);
    const second = Library.open({ dataDir });
    const again = second.search({ query: '电子商务' });
    expect(again.total).toBe(expected.total);
    expect(again.results.map((r) => r.id)).toEqual(expected.results.map((r) => r.id));
    second.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(false);
  });
});

describe('a search index that must be built anew', () => {
  it('is built on another thread: the shells answer other requests while the first search waits for it', async () => {
    const dataDir = tempDir();
    const first = Library.open({ dataDir, seedsDir: SEEDS_DIR });
    const expected = first.search({ query: '电子商务' });
    first.close();
    const file = path.join(dataDir, INDEX_FILE);
    fs.rmSync(file);
    const library = Library.open({ dataDir });
    const api = createReaderApi(library);
    const order: string[] = [];
    const searched = dispatch(api, 'searchResults', { query: '电子商务' }).then((response) => {
      const typed = response as ApiResponse<'searchResults'>;
      order.push('search');
      return typed;
    });
    const listed = dispatch(api, 'listDocuments', undefined).then((response) => {
      order.push('list');
      return response;
    });
    const [found, list] = await Promise.all([searched, listed]);
    expect(list.ok).toBe(true);
    expect(order).toEqual(['list', 'search']);
    if (!found.ok) throw new Error(found.error.code);
    expect(found.result.results.map((r) => [r.id, r.hits])).toEqual(expected.results.map((r) => [r.id, r.hits]));
    // The worker saved the file the search then loaded.
    expect(fs.existsSync(file)).toBe(true);
    library.close();
  }, 60_000);

  it('gives the department view its index built on another thread too, the same as built in place', async () => {
    const inPlace = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR });
    const expected = inPlace.departmentOverview().departments.map((d) => [d.name, d.tasks]);
    inPlace.close();
    const library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR });
    const overview = (await dispatch(createReaderApi(library), 'departments', {})) as ApiResponse<'departments'>;
    if (!overview.ok) throw new Error(overview.error.code);
    expect(overview.result.departments.map((d) => [d.name, d.tasks])).toEqual(expected);
    expect(expected.length).toBeGreaterThan(10);
    library.close();
  }, 60_000);
});

/** Where each array of an index file starts: its header lists them in file order, each padded to 8 bytes. */
function sectionsOf(file: string): Map<string, { at: number; bytes: number }> {
  const data = fs.readFileSync(file);
  const headerLength = data.readUInt32LE(4);
  const header = JSON.parse(data.toString('utf8', 16, 16 + headerLength)) as { arrays: Array<{ name: string; bytes: number }> };
  const pad = (n: number) => (8 - (n % 8)) % 8;
  let at = 16 + headerLength;
  at += pad(at);
  const sections = new Map<string, { at: number; bytes: number }>();
  for (const { name, bytes } of header.arrays) {
    sections.set(name, { at, bytes });
    at += bytes + pad(bytes);
  }
  return sections;
}

describe('an index file damaged while the app has it open', () => {
  for (const section of ['body.docs', 'texts', 'headingTexts'])
    it(`notices damaged ${section} when a search reads them, and answers from a rebuilt index`, () => {
      const dataDir = tempDir();
      const first = Library.open({ dataDir, seedsDir: SEEDS_DIR });
      const expected = first.search({ query: '电子商务' });
      first.close();
      const file = path.join(dataDir, INDEX_FILE);
      const app = Library.open({ dataDir });
      app.prepareSearch();
      // Written in place, as a failing disk would: the app reads the same file on.
      const { at, bytes } = sectionsOf(file).get(section) ?? { at: 0, bytes: 0 };
      expect(bytes).toBeGreaterThan(64);
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(bytes, 0x5a), 0, bytes, at);
      fs.closeSync(fd);
      const damaged = fs.readFileSync(file);
      const again = app.search({ query: '电子商务' });
      expect(again.total).toBe(expected.total);
      expect(again.results.map((r) => [r.id, r.hits])).toEqual(expected.results.map((r) => [r.id, r.hits]));
      app.close();
      // The rebuilt index was saved over the damaged file.
      expect(fs.readFileSync(file).equals(damaged)).toBe(false);
      const reopened = Library.open({ dataDir });
      expect(reopened.search({ query: '电子商务' }).total).toBe(expected.total);
      reopened.close();
    });
});

describe('annotation files with hostile document ids', () => {
  it('reports annotations for `constructor` and `__proto__` as kept aside, counted right', () => {
    const library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR });
    const item = (source: string, exact: string) => ({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      target: { source, selector: { type: 'TextQuoteSelector', exact } },
    });
    const report = library.importAnnotations(
      JSON.stringify([item('constructor', '一'), item('constructor', '二'), item('__proto__', '三'), item('toString', '四')]),
    );
    expect(report).toEqual({ added: 0, duplicates: 0, orphaned: 0, pending: { constructor: 2, ['__proto__']: 1, toString: 1 } });
    expect(Object.keys(report.pending)).toEqual(['constructor', '__proto__', 'toString']);
    library.close();
  });

  it('refuses an imported note longer than the editor allows', () => {
    const library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR });
    const docId = library.list()[0]?.id ?? '';
    const file = JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      bodyValue: '注'.repeat(20_001),
      target: { source: docId, selector: { type: 'TextQuoteSelector', exact: '一' } },
    });
    expect(codeOf(() => library.importAnnotations(file))).toBe('INVALID_ANNOTATIONS');
    library.close();
  });
});
