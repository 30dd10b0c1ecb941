import { describe, expect, it } from 'vitest';
import { parsePolicyBytes } from '../../main/core/parse/index.js';
import { hashOf, type Route, routeOf } from '../../renderer/src/app/routes.js';
import { filterAndSort, filterChoices, hasFilters, type LibraryFilters, NO_FILTERS } from '../../renderer/src/library/filters.js';
import { genreInLine, valueFromLine } from '../../renderer/src/library/line-to-field.js';
import { findDate } from '../../shared/dates.js';
import { layoutBlocks, outlineOf } from '../../shared/document-layout.js';
import type { DocumentSummary } from '../../shared/library.js';
import type { Provenance } from '../../shared/policy.js';
import { seedBytes } from '../fixtures/seeds.js';

const CERTAIN: Provenance = {
  title: 'head',
  docNumber: 'head',
  issuer: 'signoff',
  date: 'signoff',
  genre: 'head',
  addressees: 'head',
};

const summary = (
  title: string,
  date: string | null,
  issuer: string | null,
  script: DocumentSummary['script'] = 'simplified',
  more: Partial<DocumentSummary> = {},
): DocumentSummary => ({
  id: title,
  title,
  titleDerived: false,
  subtitle: null,
  docNumber: null,
  issuer,
  issuers: issuer ? [issuer] : [],
  date,
  genre: null,
  addressees: null,
  publishedDate: null,
  indexNumber: null,
  topic: null,
  validity: null,
  forwarded: null,
  recognition: null,
  provenance: CERTAIN,
  script,
  sourceName: `${title}.txt`,
  importedAt: '2026-01-01',
  force: { status: 'inForce', source: 'presumed', since: null, by: null },
  ...more,
});

describe('library filters and sorting', () => {
  const docs = [
    summary('乙方案', '2016-05-11', '广东省人民政府'),
    summary('甲意见', null, '江西省人民政府办公厅'),
    summary('丙通知', '2015-07-29', null, 'traditional'),
  ];
  const sort = { key: 'date', descending: true } as const;

  it('folds script and width in the filter box as search does, and matches 发文字号 and issuer too', () => {
    const library = [
      summary('湖南省人民政府关于优化营商环境的意见', '2016-05-11', '湖南省人民政府', 'simplified', {
        docNumber: '湘政发〔2016〕12号',
      }),
      summary('關於促進跨境電子商務發展的通知', '2017-03-01', '廣東省人民政府', 'traditional', { docNumber: '粵府〔2017〕3號' }),
    ];
    const titles = (title: string) => filterAndSort(library, { ...NO_FILTERS, title }, sort).map((d) => d.title.slice(0, 4));
    expect(titles('湘政發')).toEqual(['湖南省人']);
    expect(titles('營商環境')).toEqual(['湖南省人']);
    expect(titles('跨境电子商务')).toEqual(['關於促進']);
    expect(titles('广东省人民政府')).toEqual(['關於促進']);
    expect(titles('ＧＤ')).toEqual([]);
    expect(titles('粤府 ２０１７')).toEqual(['關於促進']);
    expect(titles('粤府 2016')).toEqual([]);
  });

  it('sorts by date, newest first, undated last', () => {
    expect(filterAndSort(docs, NO_FILTERS, sort).map((d) => d.title)).toEqual(['乙方案', '丙通知', '甲意见']);
  });

  it('sorts titles in pinyin order', () => {
    expect(filterAndSort(docs, NO_FILTERS, { key: 'title', descending: false }).map((d) => d.title)).toEqual([
      '丙通知',
      '甲意见',
      '乙方案',
    ]);
  });

  it('filters by title text, issuer, year and script', () => {
    expect(filterAndSort(docs, { ...NO_FILTERS, title: '意见' }, sort).map((d) => d.title)).toEqual(['甲意见']);
    expect(filterAndSort(docs, { ...NO_FILTERS, issuer: '广东省人民政府' }, sort)).toHaveLength(1);
    expect(filterAndSort(docs, { ...NO_FILTERS, year: '2015' }, sort).map((d) => d.title)).toEqual(['丙通知']);
    expect(filterAndSort(docs, { ...NO_FILTERS, script: 'traditional' }, sort).map((d) => d.title)).toEqual(['丙通知']);
    expect(filterChoices(docs)).toEqual({
      issuers: ['广东省人民政府', '江西省人民政府办公厅'],
      years: ['2016', '2015'],
      genres: [],
      topics: [],
      toReview: 0,
      forces: [{ status: 'inForce', count: 3 }],
    });
  });

  it('lists what is in force before what is not, in any order, and filters by 时效性', () => {
    const repealed = { status: 'repealed', source: 'library', since: '2021-01-01', by: null } as const;
    const judged = docs.map((d) => (d.title === '乙方案' ? { ...d, force: repealed } : d));
    expect(filterAndSort(judged, NO_FILTERS, sort).map((d) => d.title)).toEqual(['丙通知', '甲意见', '乙方案']);
    expect(filterAndSort(judged, NO_FILTERS, { key: 'title', descending: true }).map((d) => d.title)).toEqual([
      '甲意见',
      '丙通知',
      '乙方案',
    ]);
    expect(filterAndSort(judged, { ...NO_FILTERS, force: 'repealed' }, sort).map((d) => d.title)).toEqual(['乙方案']);
    expect(filterChoices(judged).forces).toEqual([
      { status: 'inForce', count: 2 },
      { status: 'repealed', count: 1 },
    ]);
  });

  describe('文种, 主题分类 and 待核对', () => {
    const portal = [
      summary('个人所得税法实施条例', '2018-12-18', '国务院', 'simplified', {
        genre: '条例',
        topic: '财政、金融、审计\\税务',
        provenance: { ...CERTAIN, title: 'table', docNumber: 'table', issuer: 'table', date: 'table', genre: 'table' },
      }),
      summary('关于预算管理的通知', '2019-01-02', '国务院办公厅', 'simplified', {
        genre: '通知',
        topic: '财政、金融、审计\\财政',
      }),
      summary('关于科技节水建议的复函', '2010-06-01', '国务院办公厅', 'simplified', { genre: '复函', topic: '其他' }),
      // A text without a title: the title is composed, the date and 文种 are not stated.
      summary('赣府厅发〔2016〕52号文件', null, '江西省人民政府办公厅', 'simplified', {
        docNumber: '赣府厅发〔2016〕52号',
        provenance: { ...CERTAIN, title: 'inferred', issuer: 'inferred', date: 'missing', genre: 'missing' },
      }),
      // Only its addressees are missing, which is no reason to check it.
      summary('关于同意建立联席会议制度的批复', '2019-03-01', '国务院', 'simplified', {
        genre: '批复',
        provenance: { ...CERTAIN, addressees: 'missing' },
      }),
      // Corrected by the user: confirmed, whatever the parser had.
      summary('关于推进线上线下互动的实施意见', '2016-05-20', '江西省人民政府办公厅', 'simplified', {
        genre: '意见',
        provenance: { ...CERTAIN, title: 'user', date: 'user', genre: 'inferred' },
      }),
    ];
    const titles = (filters: Partial<LibraryFilters>) =>
      filterAndSort(portal, { ...NO_FILTERS, ...filters }, sort).map((d) => d.title);

    it('offers the 文种 present in the order of GENRES, every topic after its class, and the count to check', () => {
      expect(filterChoices(portal)).toMatchObject({
        genres: ['意见', '通知', '批复', '复函', '条例'],
        topics: ['财政、金融、审计', '财政、金融、审计\\财政', '财政、金融、审计\\税务', '其他'],
        toReview: 2,
      });
    });

    it('filters by 文种', () => {
      expect(titles({ genre: '条例' })).toEqual(['个人所得税法实施条例']);
      expect(titles({ genre: '决定' })).toEqual([]);
    });

    it('filters by a topic, or by its class with every subclass', () => {
      expect(titles({ topic: '财政、金融、审计\\税务' })).toEqual(['个人所得税法实施条例']);
      expect(titles({ topic: '财政、金融、审计' })).toEqual(['关于预算管理的通知', '个人所得税法实施条例']);
      // A class is matched whole, not as the start of another name.
      expect(titles({ topic: '财政' })).toEqual([]);
    });

    it('keeps the documents with a reviewed field inferred or missing (待核对), with the other filters', () => {
      expect(titles({ review: true })).toEqual(['关于推进线上线下互动的实施意见', '赣府厅发〔2016〕52号文件']);
      expect(titles({ review: true, genre: '意见' })).toEqual(['关于推进线上线下互动的实施意见']);
      expect(titles({ review: true, year: '2016' })).toEqual(['关于推进线上线下互动的实施意见']);
    });

    it('knows when any filter is set', () => {
      expect(hasFilters(NO_FILTERS)).toBe(false);
      expect(hasFilters({ ...NO_FILTERS })).toBe(false);
      expect(hasFilters({ ...NO_FILTERS, review: true })).toBe(true);
      expect(hasFilters({ ...NO_FILTERS, topic: '其他' })).toBe(true);
    });
  });
});

describe('filling 编辑信息 from a line of the document', () => {
  it('writes a date the way the field takes it', () => {
    expect(findDate('2018年12月18日')).toBe('2018-12-18');
    expect(findDate('成文日期：２０１６年５月２０日')).toBe('2016-05-20');
    expect(findDate('二〇一六年五月二十日')).toBe('2016-05-20');
    expect(findDate('二〇一五年十二月三十一日')).toBe('2015-12-31');
    expect(findDate('2019.1.8')).toBe('2019-01-08');
    expect(findDate('2018年2月30日')).toBeNull();
    expect(findDate('第707号')).toBeNull();
  });

  it('finds the 文种 a title ends with, the longest that fits', () => {
    expect(genreInLine('国务院办公厅关于科技节水建议的复函')).toBe('复函');
    expect(genreInLine('部门联合“双随机、一公开”监管的意见')).toBe('意见');
    expect(genreInLine('中华人民共和国国务院令')).toBe('命令');
    expect(genreInLine('各市人民政府，省政府各部门：')).toBeNull();
  });

  it('takes a line without its label, appends on request, and leaves a 文种 alone when the line has none', () => {
    expect(valueFromLine('docNumber', '发文字号：国发〔2019〕5号', '', false)).toBe('国发〔2019〕5号');
    expect(valueFromLine('title', '部门联合“双随机、一公开”监管的意见', '国务院关于在市场监管领域全面推行', true)).toBe(
      '国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见',
    );
    expect(valueFromLine('title', ' 江西省人民政府办公厅 ', 'X', false)).toBe('江西省人民政府办公厅');
    expect(valueFromLine('date', '2016年5月20日', '', false)).toBe('2016-05-20');
    expect(valueFromLine('date', '五月', '', false)).toBe('五月');
    expect(valueFromLine('genre', '关于加快发展的通知', '', false)).toBe('通知');
    expect(valueFromLine('genre', '一、总体要求', '意见', false)).toBeNull();
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
      { view: 'trash' },
      { view: 'departments', query: {} },
      { view: 'departments', query: { name: '江苏省商务厅', doc: id, role: 'lead' } },
      { view: 'compare', a: id, b: other },
      { view: 'document', id, block: 10 },
      { view: 'document', id, find: { query: '物流', at: 12 } },
      { view: 'search', query: '营商环境 -厦门' },
      { view: 'search', query: '"优化营商环境"', filters: { issuer: '湖南省人民政府', year: '2016', script: 'traditional' } },
    ];
    for (const route of routes) expect(routeOf(hashOf(route))).toEqual(route);
  });

  it('drops what it does not recognise instead of trusting it', () => {
    expect(routeOf('#/departments?name=X&doc=../../etc&role=boss')).toEqual({ view: 'departments', query: { name: 'X' } });
    expect(routeOf('#/compare/abc/def')).toEqual({ view: 'library' });
    expect(routeOf(`#/doc/${id}?b=-3`)).toEqual({ view: 'document', id });
    expect(routeOf('#/search?q=物流&year=16&script=cyrillic&department=商务厅')).toEqual({
      view: 'search',
      query: '物流',
      filters: { department: '商务厅' },
    });
  });
});
