import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { effectiveDate, expiryDate } from '../../main/core/intel/force.js';
import { Library } from '../../main/core/library/library.js';
import { findForceClauses } from '../../main/core/parse/force-clauses.js';
import { parsePolicy, parsePolicyBytes } from '../../main/core/parse/index.js';
import { LIBRARY_FILE } from '../../main/core/store/database.js';
import type { ForceClauses, ForceStatus } from '../../shared/force.js';
import { AMENDMENT, ORIGINAL, REPLACEMENT } from '../fixtures/force-generations.js';
import { SEEDS_DIR, seedText } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

interface Expected {
  effective: { from: string; date: string | null; afterDays: number | null; trial: boolean } | null;
  term: { years: number | null; months: number | null; until: string | null } | null;
  relations: Array<{ relation: string; partial: boolean; targets: Array<{ title: string | null; docNumber: string | null }> }>;
}

interface RealClause {
  text: string;
  url: string;
  script: 'simplified' | 'traditional';
  negative?: boolean;
  expect: Expected;
}

const FIXTURE = path.join(import.meta.dirname, '../fixtures/validity-clauses.json');
const REAL_CLAUSES = (fs.existsSync(FIXTURE) ? JSON.parse(fs.readFileSync(FIXTURE, 'utf8')) : []) as RealClause[];

/** The clauses found, in the shape the fixture writes them. */
function asExpected(found: ForceClauses): Expected {
  return {
    effective: found.effective && {
      from: found.effective.from,
      date: found.effective.date,
      afterDays: found.effective.afterDays,
      trial: found.effective.trial,
    },
    term: found.term && { years: found.term.years, months: found.term.months, until: found.term.until },
    relations: found.relations.map((r) => ({
      relation: r.relation,
      partial: r.partial,
      targets: r.targets.map((t) => ({ title: t.title, docNumber: t.docNumber })),
    })),
  };
}

describe('clauses of force in real documents', () => {
  it('covers every form in both scripts and widths', () => {
    expect(REAL_CLAUSES.length).toBeGreaterThanOrEqual(100);
    expect(REAL_CLAUSES.filter((c) => c.script === 'traditional').length).toBeGreaterThanOrEqual(8);
    expect(REAL_CLAUSES.filter((c) => c.negative).length).toBeGreaterThanOrEqual(12);
    expect(REAL_CLAUSES.some((c) => /[（）〔〕：，]/.test(c.text))).toBe(true);
    expect(REAL_CLAUSES.some((c) => /[(),:]/.test(c.text))).toBe(true);
    expect(REAL_CLAUSES.some((c) => /[０-９]/.test(c.text))).toBe(true);
    const forms = REAL_CLAUSES.map((c) => c.expect);
    for (const from of ['issued', 'published', 'date']) expect(forms.some((f) => f.effective?.from === from)).toBe(true);
    expect(forms.some((f) => f.effective?.afterDays)).toBe(true);
    for (const relation of ['repeals', 'amends', 'suspends']) {
      expect(forms.some((f) => f.relations.some((r) => r.relation === relation))).toBe(true);
    }
    expect(forms.some((f) => f.relations.some((r) => r.partial))).toBe(true);
    expect(forms.some((f) => f.relations.some((r) => r.targets.length > 1))).toBe(true);
    expect(forms.some((f) => f.term?.years)).toBe(true);
    expect(forms.some((f) => f.term?.until)).toBe(true);
    expect(forms.filter((f) => f.effective?.trial).length).toBeGreaterThanOrEqual(4);
    expect(forms.filter((f) => f.relations.some((r) => r.relation === 'suspends')).length).toBeGreaterThanOrEqual(6);
  });

  // Forms the collected pages did not hold, in the genre's own wording.
  it.each([
    [
      '本方案自2023年6月起试行，试行期两年。',
      { from: 'date', date: '2023-06-01', trial: true },
      { years: 2, months: null, until: null },
    ],
    [
      '第八条　本办法自印发之日起试行6个月。',
      { from: 'issued', date: null, trial: true },
      { years: null, months: 6, until: null },
    ],
    [
      '本通知自印发之日起施行，有效期至2025年底。',
      { from: 'issued', date: null, trial: false },
      { years: null, months: null, until: '2025-12-31' },
    ],
    [
      '本措施自發布之日起施行，有效期為３年。',
      { from: 'published', date: null, trial: false },
      { years: 3, months: null, until: null },
    ],
    [
      '本意见自二〇二四年一月一日起实施，有效期五年。',
      { from: 'date', date: '2024-01-01', trial: false },
      { years: 5, months: null, until: null },
    ],
  ])('%s', (text, effective, term) => {
    const found = findForceClauses(text, '');
    expect(found.effective).toMatchObject(effective);
    expect(found.term).toMatchObject(term);
  });

  it.each(REAL_CLAUSES.map((c, i) => [i, c.text.slice(0, 40), c] as const))('#%i %s', (_i, _head, clause) => {
    expect(asExpected(findForceClauses(clause.text, ''))).toEqual(clause.expect);
  });

  it('keeps the evidence’s offsets in the canonical text, whatever its script and width', () => {
    const text = '第三十条 本辦法自２０２４年１月１日起施行，有效期至2028年12月31日。';
    const found = findForceClauses(text, '');
    expect(found.effective).toMatchObject({ from: 'date', date: '2024-01-01' });
    expect(text.slice(found.effective?.start, found.effective?.end)).toBe(text);
    expect(found.term?.until).toBe('2028-12-31');
  });

  it('notes 试行 and 暂行 from the title', () => {
    expect(findForceClauses('本办法自印发之日起施行。', '某某管理暂行办法').provisional).toBe('interim');
    expect(findForceClauses('本办法自印发之日起施行。', '某某管理办法（试行）').provisional).toBe('trial');
  });

  it('reads the lishui seed’s 执行期限 and dates it from its 成文日期', () => {
    const doc = parsePolicy(seedText('lishui'));
    expect(doc.force.effective).toMatchObject({ from: 'published' });
    expect(doc.force.term).toMatchObject({ years: 5 });
    const entry = { date: doc.date, publishedDate: doc.publishedDate, clauses: doc.force };
    expect(effectiveDate(entry)).toBe('2015-07-29');
    expect(expiryDate(entry)).toBe('2020-07-28');
  });
});

describe('a portal’s own dates of force', () => {
  const fixture = (dir: string, file: string) => fs.readFileSync(path.join(import.meta.dirname, '../fixtures', dir, file));

  it('reads 失效日期 and 废止日期 from the information table, and an empty one takes no line after it', () => {
    const zengcheng = parsePolicyBytes(
      fixture('real-forms-10', '09_zengcheng-old-village-renewal-opinions-notice-big5mirror.txt'),
    );
    expect(zengcheng.force.table).toEqual({ effective: '2020-06-05', expires: '2023-06-04', repealed: null });
    const taihu = parsePolicyBytes(fixture('real-forms-21', '17_anhui-taihu-county-gov-work-rules-notice.txt'));
    expect(taihu.force.table).toEqual({ effective: null, expires: null, repealed: '2020-01-23' });
    // Its 废止时间 line is the table's, not a sentence repealing the document's own issued rules.
    expect(taihu.force.relations).toEqual([]);
    const sichuan = parsePolicyBytes(fixture('real-forms-12', '02_sichuan-govt-work-rules-2025.txt'));
    expect(sichuan.force.table).toBeUndefined();
    expect(sichuan.title).toBe('四川省人民政府关于印发《四川省人民政府工作规则》的通知');
  });

  it('judges by them where the text says nothing', () => {
    const library = Library.open({ dataDir: tempDir() });
    const imported = (dir: string, file: string) => {
      const outcome = library.importBytes(fixture(dir, file), file);
      if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
      return outcome.id;
    };
    const zengcheng = imported('real-forms-10', '09_zengcheng-old-village-renewal-opinions-notice-big5mirror.txt');
    const taihu = imported('real-forms-21', '17_anhui-taihu-county-gov-work-rules-notice.txt');
    expect(library.forceStatuses('2022-01-01')[zengcheng]).toMatchObject({ status: 'inForce', source: 'text' });
    expect(library.forceStatuses('2024-01-01')[zengcheng]).toMatchObject({ status: 'expired', since: '2023-06-05' });
    expect(library.forceStatuses('2019-06-01')[taihu]?.status).toBe('inForce');
    expect(library.forceStatuses('2021-01-01')[taihu]).toMatchObject({
      status: 'repealed',
      source: 'table',
      since: '2020-01-23',
    });
    library.close();
  });
});

describe('status across three generations of one policy', () => {
  function generations() {
    const library = Library.open({ dataDir: tempDir() });
    const id = (text: string, name: string) => {
      const outcome = library.importBytes(Buffer.from(text), name);
      if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
      return outcome.id;
    };
    return {
      library,
      original: id(ORIGINAL, 'original.txt'),
      amendment: id(AMENDMENT, 'amendment.txt'),
      replacement: id(REPLACEMENT, 'replacement.txt'),
    };
  }

  it.each<[string, ForceStatus, ForceStatus, ForceStatus]>([
    ['2016-07-01', 'pending', 'pending', 'pending'],
    ['2017-03-01', 'inForce', 'pending', 'pending'],
    ['2018-05-20', 'inForce', 'pending', 'pending'],
    ['2018-07-01', 'amended', 'inForce', 'pending'],
    ['2020-12-20', 'amended', 'inForce', 'pending'],
    ['2021-03-01', 'repealed', 'inForce', 'inForce'],
    ['2026-11-27', 'repealed', 'inForce', 'expired'],
  ])('as of %s: %s, %s, %s', (asOf, original, amendment, replacement) => {
    const g = generations();
    const statuses = g.library.forceStatuses(asOf);
    expect([statuses[g.original]?.status, statuses[g.amendment]?.status, statuses[g.replacement]?.status]).toEqual([
      original,
      amendment,
      replacement,
    ]);
    g.library.close();
  });

  it('gives the chain of evidence: who repealed and amended it, when, and in which sentence', () => {
    const g = generations();
    const report = g.library.forceReport(g.original, '2022-01-01');
    expect(report).toMatchObject({ status: 'repealed', source: 'library', since: '2021-01-01', provisional: 'interim' });
    expect(report.by?.id).toBe(g.replacement);
    expect(report.effective.date).toBe('2016-08-01');
    expect(report.expires.date).toBe('2021-07-31');
    expect(report.actedOnBy.map((e) => [e.kind, e.by.id, e.date])).toEqual([
      ['amends', g.amendment, '2018-06-01'],
      ['repeals', g.replacement, '2021-01-01'],
    ]);
    const repeal = report.actedOnBy[1];
    const replacementText = g.library.get(g.replacement).text;
    expect(replacementText.slice(repeal?.evidence.start, repeal?.evidence.end)).toContain('同时废止');
    const amend = report.actedOnBy[0];
    expect(g.library.get(g.amendment).text.slice(amend?.evidence.start, amend?.evidence.end)).toContain('作如下修改');
    const lineage = g.library.forceReport(g.replacement, '2022-01-01');
    expect(lineage.actsOn[0]?.resolved[0]?.id).toBe(g.original);
    g.library.close();
  });

  it('lets a status set by hand win, marked, and kept across a restart', () => {
    const dataDir = tempDir();
    let library = Library.open({ dataDir });
    const outcome = library.importBytes(Buffer.from(ORIGINAL), 'original.txt');
    if (outcome.status !== 'imported') throw new Error('not imported');
    expect(library.forceStatuses('2018-01-01')[outcome.id]?.status).toBe('inForce');
    library.setForceStatus(outcome.id, 'repealed', '省政府2017年第5次常务会议决定废止');
    library.close();
    library = Library.open({ dataDir });
    const report = library.forceReport(outcome.id, '2018-01-01');
    expect(report).toMatchObject({ status: 'repealed', source: 'user', manual: { note: '省政府2017年第5次常务会议决定废止' } });
    expect(library.list()[0]?.force.source).toBe('user');
    library.setForceStatus(outcome.id, null);
    expect(library.forceReport(outcome.id, '2018-01-01').status).toBe('inForce');
    library.close();
  });

  it('lists the seeds with the lishui measure expired and the rest in force', () => {
    const library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR, now: () => new Date('2026-11-27T09:00:00') });
    const byTitle = Object.fromEntries(library.list().map((d) => [d.title.slice(0, 8), d.force]));
    expect(byTitle.关于促进电子商务).toMatchObject({ status: 'expired', since: '2020-07-29', source: 'text' });
    expect(Object.values(byTitle).filter((f) => f.status === 'inForce')).toHaveLength(4);
    library.close();
  });

  it('lets search and the departments view leave out what is no longer in force', () => {
    const library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR, now: () => new Date('2026-11-27T09:00:00') });
    const lishui = library.list().find((d) => d.title === '关于促进电子商务发展的实施意见')?.id;
    const all = library.search({ query: '电子商务' });
    expect(all.results.find((r) => r.id === lishui)?.force).toMatchObject({ status: 'expired' });
    expect(all.facets.force).toEqual([
      { value: 'inForce', count: all.total - 1 },
      { value: 'expired', count: 1 },
    ]);
    const expired = library.search({ query: '电子商务', filters: { force: 'expired' } });
    expect(expired.results.map((r) => r.id)).toEqual([lishui]);
    expect(expired.total).toBe(1);
    const lishuiTasks = library.departmentOverview({ docId: lishui }).departments.reduce((n, d) => n + d.tasks, 0);
    expect(lishuiTasks).toBeGreaterThan(0);
    const count = (filter: { inForce?: boolean }) =>
      library.departmentOverview(filter).departments.reduce((n, d) => n + d.tasks, 0);
    expect(count({ inForce: true })).toBe(count({}) - lishuiTasks);
    library.close();
  });

  it('prints the status as of the export date in the PDF’s head, in the script exported', async () => {
    const g = generations();
    const firstPage = async (bytes: Buffer) => {
      const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
      const content = await (await pdf.getPage(1)).getTextContent();
      return content.items.map((item) => ('str' in item ? item.str : '')).join('');
    };
    const then = await g.library.exportPdf(g.original, {
      script: 'original',
      layout: 'reading',
      date: new Date('2019-03-01T12:00:00'),
    });
    // The ideographic spaces between the parts come out of the PDF as gaps.
    const head = async (bytes: Buffer) => (await firstPage(bytes)).replace(/\s+/g, ' ');
    expect(await head(then.bytes)).toContain('时效性：已修改 截至2019-03-01 自2018-06-01 依据《江西省人民政府辦公廳關於修改');
    const later = await g.library.exportPdf(g.original, {
      script: 'tw',
      layout: 'reading',
      date: new Date('2022-03-01T12:00:00'),
    });
    expect(await head(later.bytes)).toContain(
      '時效性：已廢止 截至2022-03-01 自2021-01-01 依據《江西省人民政府辦公廳關於印發江西省公共資源交易管理辦法的通知》（贛府廳發〔2020〕30號）',
    );
    g.library.close();
  });

  it('judges a document whose clauses are missing (left as an older parser read it) as presumed in force, and takes a hand setting for it', () => {
    const dataDir = tempDir();
    let library = Library.open({ dataDir });
    const outcome = library.importBytes(Buffer.from(ORIGINAL), 'original.txt');
    if (outcome.status !== 'imported') throw new Error('not imported');
    library.close();
    const db = new Database(path.join(dataDir, LIBRARY_FILE));
    db.exec('DELETE FROM document_force');
    db.close();
    library = Library.open({ dataDir });
    expect(library.list()[0]?.force).toMatchObject({ status: 'inForce', source: 'presumed' });
    expect(library.setForceStatus(outcome.id, 'repealed', '已由新办法替代')).toMatchObject({
      status: 'repealed',
      source: 'user',
    });
    library.close();
  });
});
