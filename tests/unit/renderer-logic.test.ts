import { describe, expect, it } from 'vitest';
import { parsePolicyBytes } from '../../main/core/parse/index.js';
import { hashOf, type Route, routeOf } from '../../renderer/src/app/routes.js';
import { filterAndSort, filterChoices, NO_FILTERS } from '../../renderer/src/library/filters.js';
import { layoutBlocks, outlineOf } from '../../shared/document-layout.js';
import type { DocumentSummary } from '../../shared/library.js';
import { seedBytes } from '../fixtures/seeds.js';

const summary = (
  title: string,
  date: string | null,
  issuer: string | null,
  script: DocumentSummary['script'] = 'simplified',
): DocumentSummary => ({
  id: title,
  title,
  titleDerived: false,
  docNumber: null,
  issuer,
  date,
  addressees: null,
  script,
  sourceName: `${title}.txt`,
  importedAt: '2026-01-01',
});

describe('library filters and sorting', () => {
  const docs = [
    summary('乙方案', '2016-05-11', '广东省人民政府'),
    summary('甲意见', null, '江西省人民政府办公厅'),
    summary('丙通知', '2015-07-29', null, 'traditional'),
  ];

  it('sorts by date, newest first, undated last', () => {
    expect(filterAndSort(docs, NO_FILTERS, { key: 'date', descending: true }).map((d) => d.title)).toEqual([
      '乙方案',
      '丙通知',
      '甲意见',
    ]);
  });

  it('sorts titles in pinyin order', () => {
    expect(filterAndSort(docs, NO_FILTERS, { key: 'title', descending: false }).map((d) => d.title)).toEqual([
      '丙通知',
      '甲意见',
      '乙方案',
    ]);
  });

  it('filters by title text, issuer, year and script', () => {
    const sort = { key: 'date', descending: true } as const;
    expect(filterAndSort(docs, { ...NO_FILTERS, title: '意见' }, sort).map((d) => d.title)).toEqual(['甲意见']);
    expect(filterAndSort(docs, { ...NO_FILTERS, issuer: '广东省人民政府' }, sort)).toHaveLength(1);
    expect(filterAndSort(docs, { ...NO_FILTERS, year: '2015' }, sort).map((d) => d.title)).toEqual(['丙通知']);
    expect(filterAndSort(docs, { ...NO_FILTERS, script: 'traditional' }, sort).map((d) => d.title)).toEqual(['丙通知']);
    expect(filterChoices(docs)).toEqual({ issuers: ['广东省人民政府', '江西省人民政府办公厅'], years: ['2016', '2015'] });
  });
});

describe('reading layout', () => {
  it('draws run-in headings inside their paragraphs and keeps the frame lines the head does not show', () => {
    const doc = parsePolicyBytes(seedBytes('jiangsu'));
    const pieces = layoutBlocks(doc.blocks);
    expect(pieces[0]).toMatchObject({ kind: 'frame', role: 'addressees' });
    const runIn = pieces.find((p) => p.kind === 'paragraph' && p.runIn);
    expect(runIn?.kind === 'paragraph' && runIn.runIn?.block.text).toBe('一、推动流通企业创新发展。');
    expect(pieces.filter((p) => p.kind === 'frame').map((p) => (p.kind === 'frame' ? p.role : ''))).toEqual([
      'addressees',
      'signature',
      'date',
      'note',
    ]);
    const drawn = pieces.flatMap((p) => (p.kind === 'paragraph' && p.runIn ? [p.runIn.index, p.index] : [p.index]));
    const hidden = doc.blocks.map((_, i) => i).filter((i) => !drawn.includes(i));
    expect(hidden.map((i) => doc.blocks[i]?.role)).toEqual(['title']);
  });

  it('keeps the issued document’s title in the body of a cover notice', () => {
    const doc = parsePolicyBytes(seedBytes('guangdong'));
    const titles = layoutBlocks(doc.blocks).filter((p) => p.kind === 'frame' && p.role === 'title');
    expect(titles.map((p) => p.block.text)).toEqual(['广东省大力发展电子商务加快培育经济新动力的实施方案']);
  });

  it('builds the outline from the headings, without trailing full stops', () => {
    const { blocks } = parsePolicyBytes(seedBytes('jiangsu'));
    const outline = outlineOf(blocks, (i) => blocks[i]?.text ?? '');
    expect(outline).toHaveLength(16);
    expect(outline[3]).toMatchObject({ level: 1, text: '四、加强智慧物流建设' });
  });
});

describe('routes in the address', () => {
  const id = '1cf42a7036eb';
  const other = '2ad34f03b91f';
  it('round-trips every view through the hash', () => {
    const routes: Route[] = [
      { view: 'library' },
      { view: 'citations' },
      { view: 'departments', query: {} },
      { view: 'departments', query: { name: '江苏省商务厅', doc: id, role: 'lead' } },
      { view: 'compare', a: id, b: other },
      { view: 'document', id, block: 10 },
      { view: 'document', id, find: { query: '物流', at: 12 } },
    ];
    for (const route of routes) expect(routeOf(hashOf(route))).toEqual(route);
  });

  it('drops what it does not recognise instead of trusting it', () => {
    expect(routeOf('#/departments?name=X&doc=../../etc&role=boss')).toEqual({ view: 'departments', query: { name: 'X' } });
    expect(routeOf('#/compare/abc/def')).toEqual({ view: 'library' });
    expect(routeOf(`#/doc/${id}?b=-3`)).toEqual({ view: 'document', id });
  });
});
