import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignSections, PAIRING_THRESHOLD } from '../../main/core/intel/compare.js';
import { normaliseDepartments, regionOf } from '../../main/core/intel/departments.js';
import { findTargets } from '../../main/core/intel/targets.js';
import { Library } from '../../main/core/library/library.js';
import { parsePolicy } from '../../main/core/parse/index.js';
import { NATIONAL_TEXT, NATIONAL_TITLE } from '../fixtures/national.js';
import { SEED_FILES, SEEDS_DIR, type SeedName, seedText } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

const poppler = spawnSync('pdftotext', ['-v']).status === 0;

/** The seeds, and the national document three of them implement. */
function libraryWithNational() {
  const library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR });
  const national = library.importBytes(Buffer.from(NATIONAL_TEXT), 'national.txt');
  if (national.status !== 'imported') throw new Error(JSON.stringify(national));
  const idOf = (start: string) => library.list().find((d) => d.title.startsWith(start))?.id ?? '';
  return { library, national: national.id, jiangsu: idOf('省政府办公厅'), hubei: idOf('關于'), jiangxi: idOf('江西省') };
}

const regionOfSeed = (name: SeedName) => regionOf(parsePolicy(seedText(name)));

describe('departments across documents', () => {
  it('knows where each seed comes from', () => {
    expect(Object.fromEntries((Object.keys(SEED_FILES) as SeedName[]).map((name) => [name, regionOfSeed(name)]))).toMatchObject({
      jiangsu: { province: '江苏省' },
      jiangxi: { province: '江西省' },
      guangdong: { province: '广东省' },
      hubei: { province: '湖北省' },
      lishui: { city: '丽水市' },
    });
  });

  it('carries a list’s prefix to its items, merges aliases and names the province', () => {
    const jiangsu = { province: '江苏省', city: null };
    expect(normaliseDepartments(['省经济和信息化委', '发展改革委', '商务厅', '各设区市人民政府'], jiangsu)).toEqual([
      '江苏省经济和信息化委',
      '江苏省发展改革委',
      '江苏省商务厅',
      '江苏省各设区市人民政府',
    ]);
    const jiangxi = { province: '江西省', city: null };
    for (const alias of ['省发改委', '省发展改革委', '省发展和改革委员会', '省發展改革委']) {
      expect(normaliseDepartments([alias], jiangxi)).toEqual(['江西省发展改革委']);
    }
    expect(normaliseDepartments(['市商务局', '人社局'], { province: '浙江省', city: '丽水市' })).toEqual([
      '丽水市商务局',
      '丽水市人力资源社会保障局',
    ]);
  });

  it('indexes the seeds: each province’s commerce department with the tasks it leads or joins', () => {
    const library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR });
    const entries = library.departments();
    const names = entries.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '江苏省商务厅',
        '江西省商务厅',
        '广东省商务厅',
        '湖北省商务厅',
        '江西省发展改革委',
        '广东省发展改革委',
      ]),
    );
    expect(names.filter((n) => n.endsWith('商务厅') && !/^(江苏|江西|广东|湖北)省/.test(n))).toEqual([]);
    const jiangsu = entries.find((e) => e.name === '江苏省商务厅');
    expect(jiangsu?.tasks.some((t) => t.text.startsWith('四、加强智慧物流建设') || t.text.includes('智慧物流'))).toBe(true);
    // Two spans in one paragraph are two tasks: the second starts after the first span.
    const jiangxi = entries.find((e) => e.name === '江西省商务厅')?.tasks ?? [];
    expect(jiangxi[0]?.text.startsWith('(一)加快传统流通行业转型。')).toBe(true);
    expect(jiangxi[1]?.block).toBe(jiangxi[0]?.block);
    expect(jiangxi[1]?.text.startsWith('支持老字号等传统优势品牌')).toBe(true);
    expect(new Set(jiangsu?.tasks.map((t) => t.title))).toEqual(new Set(['省政府办公厅关于深入实施“互联网+流通”行动计划的意见']));
    library.close();
  });
});

describe('citations across the library', () => {
  it('lists the national documents the seeds implement, merged across scripts, with the seeds that cite them', () => {
    const library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR });
    const cited = library.citations();
    const titleOf = (id: string) => library.get(id).title;
    const byNumber = new Map(cited.map((c) => [c.docNumber, c]));
    expect(cited[0]?.docNumber).toBe('国办发〔2016〕24号');
    expect(new Set(byNumber.get('国办发〔2016〕24号')?.citedBy.map((d) => titleOf(d.id)))).toEqual(
      new Set([
        '關于深入實施“互聯網+流通”行動計劃的實施意見',
        '省政府办公厅关于深入实施“互联网+流通”行动计划的意见',
        '江西省人民政府办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的实施意见',
      ]),
    );
    expect(byNumber.get('国办发〔2016〕24号')?.title).toBe('国务院办公厅关于深入实施“互联网+流通”行动计划的意见');
    expect(byNumber.get('国办发〔2015〕72号')?.citedBy).toHaveLength(2);
    expect(byNumber.get('国发〔2015〕24号')?.citedBy.map((d) => titleOf(d.id))).toEqual([
      '广东省大力发展电子商务加快培育经济新动力的实施方案',
    ]);
    expect(cited.every((c) => c.inLibrary === null)).toBe(true);
    library.close();
  });
});

describe('targets', () => {
  it('takes each quantitative goal with its year, indicator and value', () => {
    expect(findTargets(seedText('jiangxi')).map((t) => [t.year, t.indicator, t.value])).toEqual([
      [2020, '电子商务交易额', '突破1万亿元'],
      [2020, '网络零售额', '达到2000亿元'],
    ]);
    expect(findTargets(seedText('guangdong')).map((t) => [t.indicator, t.value])).toEqual([
      ['电子商务交易额', '年均增长20%左右'],
      ['跨境电子商务进出口额', '年均增长30%左右'],
      ['农产品电子商务交易额', '年均增长38%左右'],
    ]);
    expect(findTargets(seedText('lishui')).map((t) => [t.year, t.indicator, t.value])).toEqual([
      [2018, '省示范电子商务企业', '培育3~4家'],
      [2018, '省示范电子商务平台', '培育1~3家'],
      [2018, '省示范电子商务产业基地', '培育1~2家'],
    ]);
    const text = seedText('jiangxi');
    const first = findTargets(text)[0];
    expect(text.slice(first?.start, first?.end)).toBe('电子商务交易额突破1万亿元');
  });
});

describe('comparing two implementations of the same national document', () => {
  it('pairs Jiangsu’s 四、加强智慧物流建设 with Hubei’s 三、深入推進智慧物流服務體系建設, in order', () => {
    const pairs = alignSections(parsePolicy(seedText('jiangsu')), parsePolicy(seedText('hubei')));
    const logistics = pairs.find((p) => p.a?.heading === '四、加强智慧物流建设');
    expect(logistics?.b?.heading).toBe('三、深入推進智慧物流服務體系建設');
    expect(logistics?.score).toBeGreaterThan(0.4);
    const paired = pairs.filter((p) => p.a && p.b);
    expect(paired.map((p) => p.b?.block)).toEqual([...paired.map((p) => p.b?.block)].sort((x, y) => (x ?? 0) - (y ?? 0)));
    // The openings (what each implements) come first; every pair is at least PAIRING_THRESHOLD alike.
    expect(paired).toHaveLength(9);
    expect(pairs[0]?.a?.heading).toBe('');
    expect(pairs[0]?.b?.heading).toBe('');
    expect(pairs[0]?.score).toBeGreaterThan(0.5);
    expect(Math.min(...paired.map((p) => p.score))).toBeGreaterThanOrEqual(PAIRING_THRESHOLD);
    // Hubei's 一、 is alike Jiangsu's first sections in words more than in subject (0.36 at most): it stands alone.
    expect(pairs.filter((p) => p.b && !p.a).map((p) => p.b?.heading)).toEqual(['一、深入推進流通轉型升級']);
  });

  it('compares a document in chapters part by part: Jiangxi’s （四） beside Jiangsu’s 八、', () => {
    const pairs = alignSections(parsePolicy(seedText('jiangxi')), parsePolicy(seedText('jiangsu')));
    const heads = pairs.filter((p) => p.a && p.b).map((p) => [p.a?.heading, p.b?.heading]);
    expect(heads).toContainEqual(['(四)大力发展农村电子商务', '八、大力发展农村电子商务']);
    expect(heads).toContainEqual(['(一)加大财税支持力度', '十一、加大财税支持力度']);
    // Jiangxi's 发展思路 shares the subject's words with Jiangsu's 一、 (0.23), not its subject.
    expect(heads.find(([a]) => a === '(一)发展思路')).toBeUndefined();
    // The first part of a chapter carries the chapter's heading with it.
    const text = seedText('jiangxi');
    const first = pairs.find((p) => p.a?.heading === '(一)发展思路')?.a;
    expect(text.slice(first?.start, first?.end).startsWith('一、总体要求')).toBe(true);
  });
});

describe('relations of one document', () => {
  it('links each seed’s citation to the national document in the library, which lists them as its implementations', () => {
    const { library, national, jiangsu, hubei, jiangxi } = libraryWithNational();
    const relations = library.relations(national);
    expect(relations.national).toBe(true);
    expect(new Set(relations.citedBy.map((d) => d.id))).toEqual(new Set([jiangsu, hubei, jiangxi]));
    expect(relations.cites).toEqual([]);

    const own = library.relations(jiangsu);
    expect(own.national).toBe(false);
    // Hubei and Jiangxi cite what Jiangsu cites; the national document itself cites nothing.
    expect(new Set(own.siblings)).toEqual(new Set([hubei, jiangxi]));
    expect(own.citedBy).toEqual([]);
    const link = own.cites.find((c) => c.docNumber === '国办发〔2016〕24号');
    expect(link?.target).toEqual({ id: national, title: NATIONAL_TITLE, docNumber: '国办发〔2016〕24号' });
    const text = library.get(jiangsu).text;
    expect(text.slice(link?.start, link?.end)).toContain(`《${NATIONAL_TITLE}》`);
    // Cited but not in the library: no link.
    expect(own.cites.find((c) => c.docNumber === '国办发〔2015〕72号')?.target).toBeNull();
    // The traditional-script citation finds the simplified copy.
    expect(library.relations(hubei).cites.find((c) => c.docNumber.includes('24'))?.target?.id).toBe(national);
    expect(library.citations().find((c) => c.docNumber === '国办发〔2016〕24号')?.inLibrary).toBe(national);
    library.close();
  });
});

describe('differences between two paired sections', () => {
  it('marks the wording only one side has, across scripts, and leaves the shared wording', () => {
    const { library, jiangsu, hubei } = libraryWithNational();
    const comparison = library.compare(jiangsu, hubei);
    expect([comparison.a.id, comparison.b.id]).toEqual([jiangsu, hubei]);
    const logistics = comparison.pairs.find((p) => p.a?.heading === '四、加强智慧物流建设');
    const [ta, tb] = [library.get(jiangsu).text, library.get(hubei).text];
    const onlyA = logistics?.onlyA.map((r) => ta.slice(r.start, r.end)) ?? [];
    const onlyB = logistics?.onlyB.map((r) => tb.slice(r.start, r.end)) ?? [];
    expect(onlyA).toContain('加大流通基础设施投入，规划建设');
    expect(onlyB.some((t) => t.startsWith('推進標準倉儲建設'))).toBe(true);
    // 物流基地 and 城市配送车辆 are in both (Hubei writes 城市配送車輛).
    expect(onlyA.some((t) => t.includes('物流基地') || t.includes('城市配送车辆'))).toBe(false);
    expect(onlyB.some((t) => t.includes('物流基地') || t.includes('城市配送車輛'))).toBe(false);
    for (const r of logistics?.onlyA ?? []) {
      expect(r.start).toBeGreaterThanOrEqual(logistics?.a?.start ?? 0);
      expect(r.end).toBeLessThanOrEqual(logistics?.a?.end ?? 0);
    }
    // A section with no partner is different as a whole.
    const alone = comparison.pairs.find((p) => p.a?.heading === '三、加快商品批发市场转型升级');
    expect(alone?.b).toBeNull();
    expect(alone?.onlyA.length).toBeGreaterThan(0);

    const same = library.compare(jiangsu, jiangsu);
    expect(same.pairs.every((p) => p.score === 1 && p.onlyA.length === 0 && p.onlyB.length === 0)).toBe(true);
    library.close();
  });
});

describe('a department’s task list (责任分工表)', () => {
  it('exports as CSV that Excel reads: a BOM, a head, one quoted row per task, filtered by document and role', async () => {
    const { library, jiangsu } = libraryWithNational();
    const tasks = library.departmentTasks('江苏省商务厅');
    const { filename, bytes } = await library.exportTasks('江苏省商务厅', 'csv');
    expect(filename).toBe('江苏省商务厅责任分工表.csv');
    const csv = bytes.toString('utf8');
    expect(csv.startsWith('\uFEFF序号,责任单位,分工,任务,文件\r\n')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(tasks.length + 1);
    const logistics = rows.find((r) => r.includes('四、加强智慧物流建设'));
    expect(logistics).toMatch(/^\d+,江苏省商务厅,未注明,"?四、加强智慧物流建设。积极推进物联网/);
    expect(logistics?.endsWith(',省政府办公厅关于深入实施“互联网+流通”行动计划的意见')).toBe(true);

    expect(library.departmentTasks('江苏省商务厅', { docId: jiangsu })).toHaveLength(tasks.length);
    const overview = library.departmentOverview({ docId: jiangsu });
    expect(overview.departments).toContainEqual({ name: '江苏省商务厅', tasks: tasks.length });
    expect(overview.departments.every((d) => !d.name.startsWith('江西'))).toBe(true);
    expect(overview.documents.map((d) => d.id)).toContain(jiangsu);
    // The index follows the library: gone with the document, back with it.
    library.delete(jiangsu);
    expect(library.departmentOverview().departments.some((d) => d.name === '江苏省商务厅')).toBe(false);
    library.restore(jiangsu);
    expect(library.departmentOverview().departments.some((d) => d.name === '江苏省商务厅')).toBe(true);
    expect(library.departmentTasks('江苏省商务厅', { role: 'lead' })).toEqual(tasks.filter((t) => t.role === 'lead'));
    expect(() => library.departmentTasks('不存在的部门')).toThrow(/不存在的部门/);
    library.close();
  });

  it.skipIf(!poppler)('exports as a PDF table whose head repeats on every page and whose text reads back', async () => {
    const { library } = libraryWithNational();
    const name = library.departments()[0]?.name ?? '';
    const tasks = library.departmentTasks(name);
    const { filename, bytes } = await library.exportTasks(name, 'pdf', {}, new Date('2026-11-23T00:00:00Z'));
    expect(filename).toBe(`${name}责任分工表.pdf`);
    const file = path.join(tempDir(), filename);
    fs.writeFileSync(file, bytes);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = execFileSync('pdftotext', ['-f', `${page}`, '-l', `${page}`, file, '-']).toString();
      expect(text).toMatch(/序号[\s\S]*任务[\s\S]*分工[\s\S]*文件/);
      expect(text.replace(/\s+/g, '')).toContain(`第${page}/${pages}页`);
    }
    const all = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, '');
    expect(all).toContain(`${name}责任分工表`);
    expect(all).toContain(`共${tasks.length}项导出于2026-11-23`);
    // Every task's first words are in the table, in order.
    let at = 0;
    for (const task of tasks) {
      const next = all.indexOf(task.text.replace(/\s+/g, '').slice(0, 12), at);
      expect(next, task.text.slice(0, 12)).toBeGreaterThanOrEqual(at);
      at = next + 1;
    }
    const again = await library.exportTasks(name, 'pdf', {}, new Date('2026-11-23T00:00:00Z'));
    expect(again.bytes.equals(bytes)).toBe(true);
    library.close();
  });
});

describe('shading in a comparison', () => {
  it('never holds one half of a bracket pair without the other', () => {
    const { library, jiangsu, hubei, jiangxi } = libraryWithNational();
    let runs = 0;
    for (const [a, b] of [
      [jiangsu, hubei],
      [jiangxi, jiangsu],
      [hubei, jiangxi],
    ] as const) {
      const comparison = library.compare(a, b);
      const [ta, tb] = [library.get(a).text, library.get(b).text];
      for (const pair of comparison.pairs) {
        for (const [text, ranges] of [
          [ta, pair.onlyA],
          [tb, pair.onlyB],
        ] as const) {
          for (const range of ranges) {
            runs++;
            const shaded = text.slice(range.start, range.end);
            for (const [open, close] of [
              [/[（(]/g, /[）)]/g],
              [/《/g, /》/g],
            ] as const) {
              expect(shaded.match(open)?.length ?? 0, shaded).toBe(shaded.match(close)?.length ?? 0);
            }
          }
        }
      }
    }
    expect(runs).toBeGreaterThan(100);
    library.close();
  });
});
