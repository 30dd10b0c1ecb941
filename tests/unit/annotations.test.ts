import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { W3C_CONTEXT } from '../../main/core/annotations/w3c.js';
import { Library } from '../../main/core/library/library.js';
import { SEEDS_DIR, seedText } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

const now = () => new Date('2026-11-23T09:30:00Z');

function libraryWithSeeds() {
  const library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR, now });
  const id = (title: string) => library.list().find((d) => d.title.startsWith(title))?.id ?? '';
  return { library, id };
}

function annotate(
  library: Library,
  docId: string,
  quote: string,
  extra: { color?: 'red' | 'yellow' | 'green'; note?: string; tags?: string[] } = {},
) {
  const text = library.get(docId).text;
  const start = text.indexOf(quote);
  return library.createAnnotation({
    docId,
    start,
    end: start + quote.length,
    kind: 'highlight',
    color: extra.color ?? 'red',
    note: extra.note,
    tags: extra.tags,
  });
}

describe('annotations in the library', () => {
  it('are stored with their selectors and read back in reading order', () => {
    const { library, id } = libraryWithSeeds();
    const jiangsu = id('省政府办公厅');
    const later = annotate(library, jiangsu, '加强智慧物流建设', { note: '重点关注物流', tags: ['物流'] });
    const earlier = annotate(library, jiangsu, '推动流通企业创新发展', { color: 'yellow' });
    expect(later).toMatchObject({ exact: '加强智慧物流建设', prefix: expect.stringMatching(/）\n+四、$/), orphaned: false });
    expect(library.annotations(jiangsu).map((a) => a.id)).toEqual([earlier.id, later.id]);
    const text = library.get(jiangsu).text;
    expect(text.slice(later.start, later.end)).toBe('加强智慧物流建设');
  });

  it('refuses an empty or out-of-range selection', () => {
    const { library, id } = libraryWithSeeds();
    const doc = id('广东省');
    expect(() => library.createAnnotation({ docId: doc, start: 10, end: 10, kind: 'highlight', color: 'red' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_RANGE' }) as Error,
    );
    expect(() =>
      library.createAnnotation({ docId: doc, start: 0, end: 10_000_000, kind: 'highlight', color: 'red' }),
    ).toThrowError(expect.objectContaining({ code: 'INVALID_RANGE' }) as Error);
  });

  it('change colour, note and tags, and delete with undo', () => {
    const { library, id } = libraryWithSeeds();
    const a = annotate(library, id('广东省'), '跨境电子商务');
    const changed = library.updateAnnotation(a.id, { color: 'green', note: '第一行\n第二行', tags: ['跨境', '外贸'] });
    expect(changed).toMatchObject({ color: 'green', note: '第一行\n第二行', tags: ['跨境', '外贸'] });
    library.deleteAnnotation(a.id);
    expect(library.annotations(id('广东省'))).toEqual([]);
    expect(library.restoreAnnotation(a.id)).toMatchObject({ id: a.id, note: '第一行\n第二行' });
  });

  it('are filtered across the library by colour, tag and text', () => {
    const { library, id } = libraryWithSeeds();
    annotate(library, id('广东省'), '跨境电子商务', { color: 'red', tags: ['外贸'] });
    annotate(library, id('省政府办公厅'), '跨境电商业务', { color: 'yellow', note: '与广东对照' });
    annotate(library, id('江西省'), '农村电子商务', { color: 'green', tags: ['农村'] });
    expect(library.queryAnnotations({}).total).toBe(3);
    expect(library.queryAnnotations({ color: 'red' }).items.map((a) => a.exact)).toEqual(['跨境电子商务']);
    expect(library.queryAnnotations({ tag: '农村' }).items[0]?.docTitle).toContain('江西省');
    expect(library.queryAnnotations({ text: '广东' }).total).toBe(2);
    expect(library.queryAnnotations({}).tags).toEqual(['农村', '外贸']);
  });

  it('are found by quote and note in either script and either width', () => {
    const { library, id } = libraryWithSeeds();
    const hubei = annotate(library, id('關于深入'), '商務廳', { note: '核对ＧＤＰ口径' });
    annotate(library, id('广东省'), '跨境电子商务');
    expect(library.queryAnnotations({ text: '商务厅' }).items.map((a) => a.id)).toEqual([hubei.id]);
    expect(library.queryAnnotations({ text: '跨境電子商務' }).items.map((a) => a.exact)).toEqual(['跨境电子商务']);
    expect(library.queryAnnotations({ text: 'gdp' }).items.map((a) => a.id)).toEqual([hubei.id]);
    library.updateAnnotation(hubei.id, { note: '改为核对增速' });
    expect(library.queryAnnotations({ text: 'GDP' }).total).toBe(0);
    expect(library.queryAnnotations({ text: '增速' }).total).toBe(1);
  });
});

describe('a new version of an annotated document', () => {
  it('replaces the old text and moves its annotations, keeping orphans with their notes', () => {
    const { library, id } = libraryWithSeeds();
    const docId = id('江西省');
    const moved = annotate(library, docId, '推进南昌、赣州两市在电子商务政策制度', { note: '示范城市' });
    const lost = annotate(library, docId, '推进行业协会商会改革', { note: '协会改革要跟进' });
    const revised = seedText('jiangxi')
      .split('\n')
      .filter((line) => !line.startsWith('(六)发挥行业组织作用'))
      .join('\n')
      .replace('提出如下实施意见:', '提出如下实施意见:现将有关要求补充说明如下。')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）');
    const outcome = library.importBytes(Buffer.from(revised), 'jiangxi-revised.txt');
    expect(outcome).toMatchObject({ status: 'updated', id: docId, moved: 1, orphaned: 1 });
    expect(library.list()).toHaveLength(5);
    const doc = library.get(docId);
    expect(doc.text).toBe(revised);
    const [first, second] = library.annotations(docId);
    expect(first).toMatchObject({ id: moved.id, orphaned: false, note: '示范城市' });
    expect(doc.text.slice(first?.start, first?.end)).toBe('推进南昌、赣州两市在电子商务政策制度');
    expect(second).toMatchObject({ id: lost.id, orphaned: true, note: '协会改革要跟进', exact: '推进行业协会商会改革' });
  });

  it('keeps the metadata the user corrected', () => {
    const { library, id } = libraryWithSeeds();
    const docId = id('江西省');
    library.updateMetadata(docId, { date: '2016-05-20' });
    library.importBytes(Buffer.from(`${seedText('jiangxi')}\n`), 'again.txt');
    expect(library.get(docId)).toMatchObject({ date: '2016-05-20', docNumber: '赣府厅发〔2016〕52号' });
  });
});

describe('W3C Web Annotation export and import', () => {
  it('exports JSON-LD that a colleague’s library merges without duplicates', () => {
    const mine = libraryWithSeeds();
    const gd = mine.id('广东省');
    annotate(mine.library, gd, '跨境电子商务进出口额年均增长30%左右', { note: '目标值', tags: ['指标'] });
    const exported = mine.library.exportAnnotations(gd, 'w3c');
    const json = JSON.parse(exported.content);
    expect(json['@context']).toBe(W3C_CONTEXT);
    expect(json.first.items[0]).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      target: {
        source: gd,
        selector: [{ type: 'TextPositionSelector' }, { type: 'TextQuoteSelector', exact: '跨境电子商务进出口额年均增长30%左右' }],
      },
    });

    const colleague = libraryWithSeeds();
    expect(colleague.library.importAnnotations(exported.content)).toEqual({ added: 1, duplicates: 0, pending: {}, orphaned: 0 });
    expect(colleague.library.importAnnotations(exported.content)).toEqual({ added: 0, duplicates: 1, pending: {}, orphaned: 0 });
    expect(colleague.library.annotations(gd)[0]).toMatchObject({ note: '目标值', tags: ['指标'], color: 'red' });
  });

  it('accepts an annotation with only a TextQuoteSelector, and keeps aside those for documents not in the library', () => {
    const { library, id } = libraryWithSeeds();
    const hubei = id('關于');
    const file = JSON.stringify([
      {
        '@context': W3C_CONTEXT,
        type: 'Annotation',
        body: { type: 'TextualBody', value: '繁体文件的批注' },
        target: { source: hubei, selector: { type: 'TextQuoteSelector', exact: '深入推進智慧物流服務體系建設' } },
      },
      { type: 'Annotation', target: { source: 'ffffffffffff', selector: { type: 'TextQuoteSelector', exact: '某段文字' } } },
    ]);
    expect(library.importAnnotations(file)).toEqual({ added: 1, duplicates: 0, pending: { ffffffffffff: 1 }, orphaned: 0 });
    const [a] = library.annotations(hubei);
    expect(library.get(hubei).text.slice(a?.start, a?.end)).toBe('深入推進智慧物流服務體系建設');
    expect(a?.note).toBe('繁体文件的批注');
  });

  it.each([
    ['not JSON', '{"@context": ', /not JSON/],
    ['a foreign JSON file', JSON.stringify({ '@context': 'https://schema.org', name: 'x' }), /@context/],
    [
      'an annotation without a quote',
      JSON.stringify([{ type: 'Annotation', target: { source: 'abcabcabcabc', selector: { type: 'CssSelector', value: 'p' } } }]),
      /annotation 1: the target has no TextQuoteSelector/,
    ],
    [
      'a second entry without a target',
      JSON.stringify([
        { type: 'Annotation', target: { source: 'a', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
        { type: 'Annotation' },
      ]),
      /annotation 2: target/,
    ],
  ])('refuses %s and changes nothing', (_, content, reason) => {
    const { library } = libraryWithSeeds();
    expect(() => library.importAnnotations(content)).toThrowError(
      expect.objectContaining({ code: 'INVALID_ANNOTATIONS', params: { reason: expect.stringMatching(reason) } }) as Error,
    );
    expect(library.queryAnnotations({}).total).toBe(0);
  });
});

describe('Markdown export', () => {
  it('groups by part with quote, sub-section, colour, note, tags and the document’s metadata', () => {
    const { library, id } = libraryWithSeeds();
    const jx = id('江西省');
    annotate(library, jx, '电子商务交易额突破1万亿元', { note: '量化目标', tags: ['指标'] });
    annotate(library, jx, '推进南昌、赣州两市', { color: 'green' });
    const md = library.exportAnnotations(jx, 'md').content;
    expect(md).toContain('# 江西省人民政府办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的实施意见');
    expect(md).toContain('- 发文字号：赣府厅发〔2016〕52号');
    expect(md).toMatch(
      /## 一、总体要求\n\n> 电子商务交易额突破1万亿元\n\n- 位置：\(二\)目标任务\n- 颜色：重点（红）\n- 批注：量化目标\n- 标签：#指标/,
    );
    expect(md).toMatch(/## 二、重点任务\n\n> 推进南昌、赣州两市\n\n- 位置：\(七\)推广示范试点经验成效\n- 颜色：待办（绿）/);
  });
});

describe('policy-reader annotations', () => {
  it('exports and imports from the command line', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    execFileSync(process.execPath, ['scripts/build.mjs', '--no-renderer'], { cwd: root });
    const bin = path.join(root, 'bin/policy-reader.js');
    const dataDir = tempDir();
    const library = Library.open({ dataDir, seedsDir: SEEDS_DIR });
    const gd = library.list().find((d) => d.title.startsWith('广东省'))?.id ?? '';
    const text = library.get(gd).text;
    const start = text.indexOf('农村电子商务');
    library.createAnnotation({ docId: gd, start, end: start + 6, kind: 'underline', color: 'blue', note: '命令行' });
    library.close();
    const out = path.join(tempDir(), 'notes.jsonld');
    const env = { ...process.env, POLICY_READER_LANG: 'zh-CN' };
    const exported = spawnSync(
      process.execPath,
      [bin, 'annotations', 'export', '--all', '--format', 'w3c', '--out', out, '--data-dir', dataDir],
      { env, encoding: 'utf8' },
    );
    expect(exported.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).total).toBe(1);
    const other = tempDir();
    const imported = spawnSync(process.execPath, [bin, 'annotations', 'import', out, '--data-dir', other], {
      env,
      encoding: 'utf8',
    });
    expect(imported.stdout.trim()).toBe('新增批注 1 条，重复 0 条，无法定位 0 条。');
    const bad = path.join(tempDir(), 'bad.json');
    fs.writeFileSync(bad, '{"@context": "https://schema.org"}');
    const refused = spawnSync(process.execPath, [bin, 'annotations', 'import', bad, '--data-dir', other], {
      env,
      encoding: 'utf8',
    });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('批注文件无效：@context is not http://www.w3.org/ns/anno.jsonld');
  });
});
