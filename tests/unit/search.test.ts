import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../main/core/library/library.js';
import { parsePolicy } from '../../main/core/parse/index.js';
import { loadIndex, saveIndex } from '../../main/core/search/index-file.js';
import { INDEX_FILE } from '../../main/core/search/library-search.js';
import type { IndexedDocument } from '../../main/core/search/search-index.js';
import { SearchIndex } from '../../main/core/search/search-index.js';
import { foldForSearch } from '../../shared/search-fold.js';
import { parseQuery } from '../../shared/search-query.js';
import { syntheticLibrary } from '../bench/synthetic.js';
import { random } from '../fixtures/random.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

const GUANGDONG = '广东省大力发展电子商务加快培育经济新动力的实施方案';
const JIANGSU = '省政府办公厅关于深入实施“互联网+流通”行动计划的意见';
const JIANGXI = '江西省人民政府办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的实施意见';
const HUBEI = '關于深入實施“互聯網+流通”行動計劃的實施意見';
const LISHUI = '关于促进电子商务发展的实施意见';

function openLibrary() {
  const dataDir = tempDir();
  return { library: Library.open({ dataDir, seedsDir: SEEDS_DIR }), dataDir };
}

const titles = (library: Library, query: string) => library.search({ query }).results.map((r) => r.title);

describe('library search on the seeds', () => {
  it('finds a phrase in either script, in documents of either script, counted as in the text', () => {
    const { library } = openLibrary();
    const simplified = library.search({ query: '商务厅' });
    expect(simplified.results.map((r) => [r.title, r.hits])).toEqual([
      [JIANGXI, 23],
      [GUANGDONG, 17],
      [JIANGSU, 15],
      [HUBEI, 10],
      [LISHUI, 1],
    ]);
    const traditional = library.search({ query: '商務廳' });
    expect(traditional.results).toEqual(simplified.results);
    expect(titles(library, '互聯網+流通')).toEqual(titles(library, '互联网+流通'));
    expect(titles(library, '互联网+流通')).toContain(HUBEI);
    const hubei = simplified.results.find((r) => r.title === HUBEI);
    expect(hubei?.snippets[0]?.match).toBe('商務廳');
  });

  it('folds full-width and half-width forms together', () => {
    const { library } = openLibrary();
    const half = library.search({ query: '30%左右' });
    const full = library.search({ query: '３０％左右' });
    expect(full.total).toBeGreaterThan(0);
    expect(full.results).toEqual(half.results);
    expect(half.results[0]?.snippets[0]?.match).toBe('30%左右');
  });

  it('ranks a document with the phrase in a heading above those with more hits in the body', () => {
    const { library } = openLibrary();
    // Hubei and Jiangsu name 智慧物流 in a heading, once each (the newer first); Guangdong has it
    // three times, in the body only.
    const response = library.search({ query: '智慧物流' });
    expect(response.results.map((r) => [r.title, r.inHeading, r.hits])).toEqual([
      [HUBEI, true, 1],
      [JIANGSU, true, 1],
      [GUANGDONG, false, 3],
      [JIANGXI, false, 1],
    ]);
  });

  it('requires every term, honours quoted phrases and exclusions, and never matches characters apart', () => {
    const { library } = openLibrary();
    const both = library.search({ query: '跨境电子商务 冷链' });
    for (const r of both.results)
      expect(library.search({ query: `"跨境电子商务" "冷链"` }).results.map((x) => x.id)).toContain(r.id);
    const without = library.search({ query: '商务厅 -跨境' });
    expect(without.results.map((r) => r.title)).toEqual([HUBEI]);
    expect(without.excluded).toEqual(['跨境']);

    library.importBytes(
      Buffer.from('关于加强协作的通知\n各单位：\n请市商务局与住建厅加强协作，按期报送。\n\n某某市人民政府\n2020年1月2日\n'),
      'apart.txt',
    );
    expect(titles(library, '商务厅')).not.toContain('关于加强协作的通知');
    expect(titles(library, '商务 厅')).toContain('关于加强协作的通知');
  });

  it('cuts snippets where the hits are, after characters beyond the BMP as well', () => {
    const { library } = openLibrary();
    const text =
      '关于𠮷𡈼地名用字的通知\n各乡镇：\n𠮷𡈼两字须按规范书写，地名标牌由民政办统一制作。\n\n某某县人民政府\n2021年3月4日\n';
    library.importBytes(Buffer.from(text), 'astral.txt');
    const found = library.search({ query: '民政办' });
    const hit = found.results.find((r) => r.title === '关于𠮷𡈼地名用字的通知');
    expect(hit?.snippets).toHaveLength(1);
    const snippet = hit?.snippets[0];
    const doc = library.list().find((d) => d.title === '关于𠮷𡈼地名用字的通知');
    const stored = doc && library.get(doc.id)?.text;
    expect(snippet?.match).toBe('民政办');
    expect(stored?.slice(snippet?.start, snippet?.end)).toBe('民政办');
    expect(snippet?.before).toBe('𠮷𡈼两字须按规范书写，地名标牌由');
    expect(snippet?.after).toBe('统一制作。');
  });

  it('filters by issuer, year, script and responsible department, with facets over the matches', () => {
    const { library } = openLibrary();
    const all = library.search({ query: '物流' });
    expect(all.total).toBe(5);
    expect(all.facets.script).toEqual([
      { value: 'simplified', count: 4 },
      { value: 'traditional', count: 1 },
    ]);
    expect(all.facets.year.map((f) => f.value)).toEqual(['2016', '2015']);
    const traditional = library.search({ query: '物流', filters: { script: 'traditional' } });
    expect(traditional.results.map((r) => r.title)).toEqual([HUBEI]);
    expect(library.search({ query: '物流', filters: { year: '2015' } }).results.map((r) => r.title)).toEqual([LISHUI]);
    const department = all.facets.department[0];
    expect(department?.count).toBeGreaterThan(0);
    const byDepartment = library.search({ query: '物流', filters: { department: department?.value ?? '' } });
    expect(byDepartment.total).toBe(department?.count);
  });

  it('gives the best documents and the count apart, as a view asks for them, agreeing with the whole answer', () => {
    const { library } = openLibrary();
    for (const request of [
      { query: '物流 -冷链' },
      { query: '"电子商务"', filters: { script: 'simplified' as const } },
      { query: '流通', limit: 2 },
    ]) {
      const whole = library.search(request);
      const results = library.searchResults(request);
      const total = library.searchTotal(request);
      expect(results.results).toEqual(whole.results);
      expect([results.terms, results.excluded]).toEqual([whole.terms, whole.excluded]);
      expect([total.total, total.facets]).toEqual([whole.total, whole.facets]);
      expect(total.total).toBeGreaterThanOrEqual(results.results.length);
    }
    expect(library.searchTotal({ query: '物流' }).total).toBe(5);
  });

  it('follows deletes, restores, new versions and title edits, and keeps its index in a file', () => {
    const { library, dataDir } = openLibrary();
    const lishui = library.list().find((d) => d.title === LISHUI)?.id ?? '';
    library.delete(lishui);
    expect(titles(library, '商务厅')).not.toContain(LISHUI);
    library.restore(lishui);
    expect(titles(library, '商务厅')).toContain(LISHUI);

    library.updateMetadata(lishui, { title: '丽水市电子商务冷链专项意见' });
    const retitled = library.search({ query: '冷链专项' });
    expect(retitled.results.map((r) => [r.title, r.inHeading])).toEqual([['丽水市电子商务冷链专项意见', true]]);

    expect(fs.existsSync(path.join(dataDir, INDEX_FILE))).toBe(true);
    // The file reads back whole (an empty section included), so a start loads it rather than rebuilding:
    // the large segment built at the first search, after Lishui was deleted (restored, it is held apart).
    const saved = loadIndex(path.join(dataDir, INDEX_FILE));
    expect(saved?.keys.length).toBe(4);
    saved?.close?.();
    const before = library.search({ query: '跨境电子商务' });
    library.close();
    const reopened = Library.open({ dataDir, seedsDir: SEEDS_DIR });
    // A first search after a start does not wait for the statuses (the idle preparation judges them).
    const first = reopened.search({ query: '跨境电子商务' }).results;
    expect(first.map((r) => r.force)).toEqual(first.map(() => null));
    const unjudged = before.results.map((r) => ({ ...r, force: null }));
    expect(first).toEqual(unjudged);
    reopened.prepareIndexes();
    expect(reopened.search({ query: '跨境电子商务' }).results).toEqual(before.results);
    reopened.close();
  });

  it('answers empty and exclusion-only queries with nothing, and single characters exactly', () => {
    const { library } = openLibrary();
    expect(library.search({ query: '   ' }).total).toBe(0);
    expect(library.search({ query: '-物流' }).total).toBe(0);
    expect(library.search({ query: '没有这个词组合' }).total).toBe(0);
    const tax = library.search({ query: '税' });
    expect(tax.total).toBeGreaterThan(0);
    for (const r of tax.results) expect(r.snippets.every((s) => foldForSearch(s.match) === '税')).toBe(true);
  });
});

const foldedTexts = new Map<string, string>();
const folded = (text: string) => foldedTexts.get(text) ?? foldedTexts.set(text, foldForSearch(text)).get(text) ?? '';

/** The reference: every document's folded text searched term by term, ranked as the issue asks. */
function bruteForce(documents: Array<IndexedDocument & { date: string | null }>, query: string, limit: number) {
  const { include, exclude } = parseQuery(query);
  const count = (text: string, key: string) => {
    let n = 0;
    for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + key.length)) n++;
    return n;
  };
  const matches = documents
    .map((d) => {
      const text = folded(d.text);
      const headings = folded(d.headings.join('\n'));
      const counts = include.map((t) => count(text, t.key));
      const excluded = exclude.some((t) => text.includes(t.key));
      return {
        d,
        ok: include.length > 0 && !excluded && counts.every((n) => n > 0),
        hits: counts.reduce((a, b) => a + b, 0),
        inHeading: include.some((t) => headings.includes(t.key)),
      };
    })
    .filter((m) => m.ok);
  matches.sort(
    (a, b) =>
      Number(b.inHeading) - Number(a.inHeading) ||
      b.hits - a.hits ||
      (b.d.date ?? '').localeCompare(a.d.date ?? '') ||
      a.d.key - b.d.key,
  );
  return {
    total: matches.length,
    top: matches.slice(0, limit).map((m) => ({ key: m.d.key, hits: m.hits, inHeading: m.inHeading })),
  };
}

/** Synthetic policies parsed as an import parses them, with the dates that break ties. */
function indexedLibrary(size: number, seed: number) {
  return syntheticLibrary(size, seed).map((p, i) => {
    const doc = parsePolicy(p.text);
    return {
      key: i + 1,
      hash: String(i),
      text: doc.text,
      headings: [doc.title, ...doc.blocks.filter((b) => b.kind === 'heading' || b.role === 'title').map((b) => b.text)],
      date: doc.date,
    };
  });
}

type Indexed = ReturnType<typeof indexedLibrary>[number];

/** Named queries, then random phrases of the live documents, some with an exclusion. */
function queriesOf(live: readonly Indexed[], count: number, seed: number): string[] {
  const next = random(seed);
  const queries = ['商务厅', '跨境电子商务 -冷链', '"农村电子商务" 物流', '税', '電子商務', '物流配送体系', '。', '的', '，，'];
  for (let i = 0; i < count; i++) {
    const doc = live[Math.floor(next() * live.length)] as Indexed;
    const at = Math.floor(next() * (doc.text.length - 8));
    const phrase = doc.text.slice(at, at + 2 + Math.floor(next() * 5)).replace(/\s/g, '');
    if (phrase) queries.push(next() < 0.3 ? `${phrase} -${doc.text.slice(at + 40, at + 42)}` : phrase);
  }
  return queries;
}

function expectBruteForceAnswers(index: SearchIndex, live: readonly Indexed[], queries: readonly string[]): void {
  const dates = new Map(live.map((d) => [d.key, d.date]));
  for (const query of queries) {
    const expected = bruteForce([...live], query, 20);
    const parsed = parseQuery(query);
    const ranked = index.search(parsed, { limit: 20, dateOf: (key) => dates.get(key) ?? null });
    expect(index.matching(parsed).length, query).toBe(expected.total);
    // Equal rank keys may come in either order; the hits and tiers must agree place by place.
    expect(
      ranked.map((r) => [r.inHeading, r.hits]),
      query,
    ).toEqual(expected.top.map((r) => [r.inHeading, r.hits]));
    for (const r of ranked) {
      const text = foldForSearch(live.find((d) => d.key === r.key)?.text ?? '');
      for (const o of r.offsets) expect(parsed.include.map((t) => t.key)).toContain(text.slice(o.start, o.end));
    }
  }
}

describe('search index against a brute-force scan', () => {
  const documents = indexedLibrary(300, 5);
  const dates = new Map(documents.map((d) => [d.key, d.date]));
  const index = SearchIndex.build(documents.slice(0, 250));
  for (const d of documents.slice(250)) index.add(d);
  index.remove(7);
  const live = documents.filter((d) => d.key !== 7);

  it('finds the same documents, ranked the same, for random phrases and term combinations', () => {
    const queries = queriesOf(live, 60, 42);
    // The fifty added documents are searched by their texts, then from the pair index once settled.
    expect(index.unsettledCount).toBe(50);
    expectBruteForceAnswers(index, live, queries);
    expect(index.settle(Number.POSITIVE_INFINITY)).toBe(0);
    expectBruteForceAnswers(index, live, queries);
  });

  it('answers the same over 2,000 policies, and again once saved and loaded from its file', () => {
    const large = indexedLibrary(2000, 11);
    const built = SearchIndex.build(large);
    const queries = queriesOf(large, 80, 7);
    expectBruteForceAnswers(built, large, queries);
    const file = path.join(tempDir(), INDEX_FILE);
    saveIndex(file, built.storedIndex);
    const stored = loadIndex(file);
    expect(stored?.keys.length).toBe(2000);
    const loaded = new SearchIndex(stored as NonNullable<typeof stored>);
    expectBruteForceAnswers(loaded, large, queries.slice(0, 30));
    loaded.close();
  });

  it('counts a term past the 255 occurrences a pair slot holds, in the text', () => {
    const many = { key: 1, hash: 'a', text: `第一条 ${'推进冷链物流。'.repeat(300)}`, headings: ['冷链'], date: '2020-01-01' };
    const few = { key: 2, hash: 'b', text: `第一条 ${'推进冷链物流。'.repeat(40)}`, headings: ['物流'], date: '2021-01-01' };
    const small = SearchIndex.build([few, many]);
    const ranked = small.search(parseQuery('冷链'), { limit: 20, dateOf: () => null });
    expect(ranked.map((r) => [r.key, r.hits])).toEqual([
      [1, 300],
      [2, 40],
    ]);
    expect(small.search(parseQuery('冷链物流'), { limit: 20, dateOf: () => null }).map((r) => r.hits)).toEqual([300, 40]);
  });

  it('answers the same when documents arrive a few at a time between searches, some removed or replaced', () => {
    // Each batch goes through flexsearch's add, update and remove beside the imported documents.
    const growing = SearchIndex.build(documents.slice(0, 200));
    const held = new Map(documents.slice(0, 200).map((d) => [d.key, d]));
    const check = (query: string) => {
      const expected = bruteForce([...held.values()], query, 20);
      const parsed = parseQuery(query);
      expect(growing.matching(parsed).length, query).toBe(expected.total);
      const ranked = growing.search(parsed, { limit: 20, dateOf: (key) => dates.get(key) ?? null });
      expect(
        ranked.map((r) => [r.inHeading, r.hits]),
        query,
      ).toEqual(expected.top.map((r) => [r.inHeading, r.hits]));
    };
    for (let batch = 0; batch < 12; batch++) {
      for (const d of documents.slice(200 + batch * 8, 208 + batch * 8)) {
        growing.add(d);
        held.set(d.key, d);
      }
      // A document of an earlier small segment removed, another replaced by a changed text.
      const gone = 200 + batch * 8 - 3;
      growing.remove(gone);
      held.delete(gone);
      const old = documents[195 + batch] as (typeof documents)[number];
      const changed = { ...old, hash: `${old.hash}'`, text: `${old.text}\n新增段落：推进冷链物流与农村电子商务。` };
      growing.add(changed);
      held.set(changed.key, changed);
      // One document revised again and again, settled into the pair index in between or not.
      const base = documents[199] as (typeof documents)[number];
      const revised = { ...base, hash: `r${batch}`, text: `${base.text}\n第${batch}次修订：冷链物流${'电子商务'.repeat(batch)}` };
      growing.add(revised);
      held.set(revised.key, revised);
      for (const query of ['电子商务', '冷链物流', '农村电子商务', '商务厅 -冷链']) check(query);
      if (batch % 3 !== 2)
        expect(growing.settle(batch % 3 === 0 ? Number.POSITIVE_INFINITY : 0)).toBe(batch % 3 === 0 ? 0 : growing.unsettledCount);
      for (const query of ['电子商务', '冷链物流', '次修订', '商务厅 -冷链']) check(query);
    }
  });
});
