import { describe, expect, it } from 'vitest';
import { alignSections } from '../../main/core/intel/compare.js';
import { normaliseDepartments, regionOf } from '../../main/core/intel/departments.js';
import { findTargets } from '../../main/core/intel/targets.js';
import { Library } from '../../main/core/library/library.js';
import { parsePolicy } from '../../main/core/parse/index.js';
import { SEED_FILES, SEEDS_DIR, type SeedName, seedText } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

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
      '各设区市人民政府',
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
    // Every Hubei section finds its Jiangsu counterpart; Jiangsu's extra sections stand alone.
    expect(paired).toHaveLength(9);
    expect(pairs.filter((p) => p.b && !p.a)).toHaveLength(0);
  });
});
