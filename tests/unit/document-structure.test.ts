// Document structure as officials meet it (issue 17): regulations outlined by their chapters,
// sections and articles, and text that lost its line breaks read like its well-formed twin.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../main/core/extract/index.js';
import { departmentIndex } from '../../main/core/intel/departments.js';
import { parsePolicy } from '../../main/core/parse/index.js';
import { outlineOf, tableCells } from '../../shared/document-layout.js';
import type { Block, PolicyDocument } from '../../shared/policy.js';
import { CORPORA } from '../eval/evaluate.js';
import { SEED_FILES, type SeedName, seedText } from '../fixtures/seeds.js';

const SEEDS = Object.keys(SEED_FILES) as SeedName[];
const DIGITS = '零一二三四五六七八九';
/** 1 → 一, 10 → 十, 21 → 二十一, 120 → 一百二十, 105 → 一百零五 (up to 999). */
function chineseNumeral(n: number): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  let out = hundreds ? `${DIGITS[hundreds]}百` : '';
  if (tens) out += `${hundreds || tens > 1 ? DIGITS[tens] : ''}十`;
  else if (hundreds && units) out += '零';
  if (units) out += DIGITS[units];
  return out;
}

const outline = (doc: PolicyDocument) => doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text]);
const ARTICLE_LINE = /^第[一二三四五六七八九十百零〇两]{1,6}[条條](?=[\s\u3000])/;

describe('regulations', () => {
  it('outline chapters, sections and articles at the levels the document has, the items inside articles as text', () => {
    const doc = parsePolicy(
      [
        '某某市养犬管理办法',
        '第一章 总则',
        '第一节 一般规定',
        '第一条为了规范养犬行为，制定本办法。',
        '第二条本办法适用于下列区域：',
        '（一）城市建成区；',
        '（二）县人民政府所在地。',
        '第二节 管理职责',
        '第三条 公安机关负责养犬登记。有下列情形之一的，依照本办法',
        '第十条规定处理。',
        '第二章 附则',
        '第四条 本办法自2024年1月1日起施行。',
      ].join('\n'),
    );
    expect(outline(doc)).toEqual([
      [1, '第一章 总则'],
      [2, '第一节 一般规定'],
      [3, '第一条'],
      [3, '第二条'],
      [2, '第二节 管理职责'],
      [3, '第三条'],
      [1, '第二章 附则'],
      [3, '第四条'],
    ]);
    const item = doc.blocks.find((b) => b.text.startsWith('（一）'));
    expect(item?.kind).toBe('paragraph');
    expect(doc.blocks.find((b) => b.text === '第十条规定处理。')?.kind).toBe('paragraph');
    expect(doc.blocks.find((b) => b.start > 0 && b.text.startsWith('为了规范'))?.text).toBe('为了规范养犬行为，制定本办法。');
  });

  it('numbers articles up to 第三百条, at level 1 where there are no chapters, and starts again at 第一条 in an attachment', () => {
    const articles = Array.from({ length: 300 }, (_, i) => `第${chineseNumeral(i + 1)}条　第${i + 1}项规定。`);
    const doc = parsePolicy(
      ['某省条例', ...articles, '附件', '某省实施细则', '第一条　细则的第一条。', '第二条　细则的第二条。'].join('\n'),
    );
    const labels = doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.label]);
    expect(labels).toHaveLength(303);
    expect(labels[299]).toEqual([1, '第三百条']);
    expect(labels[119]).toEqual([1, '第一百二十条']);
    expect(labels.slice(300)).toEqual([
      [1, '附件'],
      [2, '第一条'],
      [2, '第二条'],
    ]);
  });

  it('keeps 第X条 cited at the start of a line as text where it breaks the run of articles', () => {
    const doc = parsePolicy(
      '某某办法\n第一条　为了管理，制定本办法。\n第二条　违反本办法\n第五条规定的，予以处罚。\n第三条　本办法自公布之日起施行。\n',
    );
    expect(outline(doc).map(([, text]) => text)).toEqual(['第一条', '第二条', '第三条']);
  });

  it('lists every article of every regulation among the gov.cn pages and the seeds', async () => {
    const govcn = CORPORA.find((c) => c.name.startsWith('govcn'))?.dir ?? '';
    const pages = fs.readdirSync(govcn).filter((f) => f.endsWith('.html'));
    let regulations = 0;
    for (const file of pages) {
      const extracted = await extractText(fs.readFileSync(path.join(govcn, file)), file);
      const doc = parsePolicy(extracted.text, extracted);
      const lines = doc.text.split('\n').map((line) => line.trim());
      const articleLines = lines.filter((line) => ARTICLE_LINE.test(line));
      if (articleLines.length < 2) continue;
      regulations++;
      const headings = doc.blocks.filter((b) => b.kind === 'heading' && /[条條]$/.test(b.label ?? '')).map((b) => b.label);
      expect(headings, file).toEqual(articleLines.map((line) => ARTICLE_LINE.exec(line)?.[0]));
    }
    expect(regulations).toBeGreaterThanOrEqual(1);
    for (const seed of SEEDS)
      expect(
        seedText(seed)
          .split('\n')
          .filter((l) => ARTICLE_LINE.test(l.trim())),
      ).toEqual([]);
  });
});

describe('text that lost its line breaks', () => {
  const essentials = (doc: PolicyDocument) => ({
    title: doc.title,
    docNumber: doc.docNumber,
    date: doc.date,
    issuer: doc.issuer,
    headings: doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text.replace(/\s/g, '')),
  });

  for (const seed of SEEDS)
    for (const [name, joiner] of [
      ['run together', ''],
      ['joined by spaces', ' '],
    ] as const)
      it(`reads the ${seed} seed ${name} on one line like the seed`, async () => {
        const text = seedText(seed);
        const expected = essentials(parsePolicy(text));
        const oneLine = text
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '')
          .join(joiner);
        const extracted = await extractText(Buffer.from(oneLine), `${seed}.txt`);
        expect(extracted.text.split('\n').length).toBeGreaterThan(10);
        expect(essentials(parsePolicy(extracted.text, extracted))).toEqual(expected);
      });

  it('leaves a document that kept its lines as it is', async () => {
    const text = seedText(SEEDS[0] as SeedName);
    expect((await extractText(Buffer.from(text), 'seed.txt')).text).toBe(text.replace(/\r\n?/g, '\n'));
  });
});

describe('citations', () => {
  it('never lists the document itself or the text it issues, and keeps what it cites', () => {
    const doc = parsePolicy(
      [
        '江西省人民政府办公厅关于印发《江西省电子商务发展办法》的通知',
        '赣府厅发〔2016〕52号',
        '各市、县（区）人民政府，省政府各部门：',
        '根据《国务院办公厅关于深入实施“互联网+流通”行动计划的意见》（国办发〔2016〕24号），现将《江西省电子商务发展办法》（赣府厅发〔2016〕52号）印发给你们，请认真贯彻执行。',
        '本通知即《江西省人民政府办公厅关于印发〈江西省电子商务发展办法〉的通知》（赣府厅发〔2016〕52号）。',
        '江西省人民政府办公厅',
        '2016年9月1日',
      ].join('\n'),
    );
    expect(doc.docNumber).toBe('赣府厅发〔2016〕52号');
    expect(doc.citations.map((c) => [c.title, c.docNumber])).toEqual([
      ['国务院办公厅关于深入实施“互联网+流通”行动计划的意见', '国办发〔2016〕24号'],
    ]);
  });
});

describe('attachments', () => {
  const notice = [
    '某省财政厅关于印发《某省奖补资金管理办法》等两个办法的通知',
    '某财规〔2020〕3号',
    '各市财政局：',
    '现将《某省奖补资金管理办法》《某省创新券管理办法》印发给你们，请遵照执行。',
    '附件：1.某省奖补资金管理办法',
    '      2.某省创新券管理办法',
    '某省财政厅',
    '2020年5月19日',
    '（此件公开发布）',
    '附件1',
    '某省奖补资金管理办法',
    '第一章 总则',
    '第一条 为规范奖补资金管理，制定本办法。',
    '第二条 本办法自印发之日起施行。',
    '附件2：某省创新券管理办法',
    '一、总体要求',
    '（一）适用范围。本办法适用于全省。',
  ].join('\n');

  it('marks the list after the body, and starts a titled section at each attachment, its headings under it', () => {
    const doc = parsePolicy(notice);
    expect(doc.title).toBe('某省财政厅关于印发《某省奖补资金管理办法》等两个办法的通知');
    expect(doc.blocks.filter((b) => b.role === 'attachments').map((b) => b.text.trim())).toEqual([
      '附件：1.某省奖补资金管理办法',
      '2.某省创新券管理办法',
    ]);
    expect(outline(doc)).toEqual([
      [1, '附件1\n某省奖补资金管理办法'],
      [2, '第一章 总则'],
      [3, '第一条'],
      [3, '第二条'],
      [1, '附件2：某省创新券管理办法'],
      [2, '一、总体要求'],
      [3, '（一）适用范围。'],
    ]);
    const entries = outlineOf(doc.blocks, (i) => doc.blocks[i]?.text ?? '');
    expect(entries[0]?.text).toBe('附件1 某省奖补资金管理办法');
  });
});

/** A county notice made as a Word file with a table of the given rows between its addressees and its signature. */
async function wordNoticeWithTable(rows: string[][]): Promise<Buffer> {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = await import('docx');
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const file = new Document({
    sections: [
      {
        children: [
          new Paragraph('某县人民政府办公室关于印发重点工作分工的通知'),
          new Paragraph('各乡镇人民政府：'),
          new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map(cell) })) }),
          new Paragraph('某县人民政府办公室'),
          new Paragraph('2021年5月6日'),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}

describe('tables in web pages', () => {
  const page = `<html><head><meta charset="utf-8"><title>分工方案</title></head><body>
    <table class="layout"><tr><td>
      <h1>某市人民政府办公室关于印发重点任务分工方案的通知</h1>
      <p>各区人民政府，市政府各部门：</p>
      <p>现将重点任务分工印发给你们，请认真落实。</p>
      <table border="1">
        <tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr>
        <tr><td>1</td><td><p>推进跨境电子商务</p><p>综合试验区建设</p></td><td>市商务局</td><td>市发展改革委、南京海关</td></tr>
        <tr><td>2</td><td>完善农村物流体系</td><td>市交通运输局</td><td>市邮政管理局</td></tr>
      </table>
      <p>某市人民政府办公室</p><p>2020年3月1日</p>
    </td></tr></table></body></html>`;

  it('keeps a data table as rows of tab-separated cells, and a layout table’s paragraphs as lines', async () => {
    const { text } = await extractText(Buffer.from(page), '分工.html');
    const lines = text.split('\n');
    expect(lines).toContain('序号\t重点任务\t牵头单位\t配合单位');
    expect(lines).toContain('1\t推进跨境电子商务 综合试验区建设\t市商务局\t市发展改革委、南京海关');
    expect(lines).toContain('现将重点任务分工印发给你们，请认真落实。');
  });

  it('gives each row’s 牵头单位 and 配合单位 their roles, the row being the task', async () => {
    const extracted = await extractText(Buffer.from(page), '分工.html');
    const doc = parsePolicy(extracted.text, extracted);
    expect(doc.responsibilities.map((r) => [r.role, r.departments])).toEqual([
      ['lead', ['市商务局']],
      ['cooperating', ['市发展改革委', '南京海关']],
      ['lead', ['市交通运输局']],
      ['cooperating', ['市邮政管理局']],
    ]);
    const first = doc.responsibilities[0];
    expect(doc.text.slice(first?.start, first?.end)).toBe('市商务局');
    // Every body the row names has the row's task.
    const tasks = departmentIndex([{ ...doc, id: 'doc' }]).map((d) => [d.name, d.tasks.map((t) => [t.role, t.text])]);
    expect(tasks).toContainEqual(['南京海关', [['cooperating', '1 推进跨境电子商务 综合试验区建设']]]);
    expect(tasks).toContainEqual(['市交通运输局', [['lead', '2 完善农村物流体系']]]);
  });
});

describe('tables in Word files', () => {
  it('come in as rows of tab-separated cells, each row a task of its 牵头单位', async () => {
    const file = await wordNoticeWithTable([
      ['序号', '重点工作', '责任单位'],
      ['1', '建设县域物流中心', '县商务局、县交通运输局'],
    ]);
    const extracted = await extractText(file, '分工.docx');
    expect(extracted.text.split('\n')).toEqual([
      '某县人民政府办公室关于印发重点工作分工的通知',
      '各乡镇人民政府：',
      '序号\t重点工作\t责任单位',
      '1\t建设县域物流中心\t县商务局、县交通运输局',
      '某县人民政府办公室',
      '2021年5月6日',
      '',
    ]);
    const doc = parsePolicy(extracted.text, extracted);
    expect(doc.responsibilities.map((r) => [r.role, r.departments])).toEqual([['responsible', ['县商务局', '县交通运输局']]]);
  });
});

/** A table block's cells as text, row by row. */
function cellTexts(table: Block | undefined): string[][] {
  if (!table) return [];
  return tableCells(table.text).map((row) => row.map((cell) => table.text.slice(cell.start, cell.end)));
}

describe('table blocks', () => {
  const merged = `<html><body><div class="article">
    <h1>某市人民政府办公室关于印发重点任务分工方案的通知</h1>
    <p>各区人民政府，市政府各部门：</p><p>现将重点任务分工印发给你们，请认真落实。</p>
    <table border="1">
      <tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th></tr>
      <tr><td rowspan="2">1</td><td>推进跨境电子商务</td><td colspan="2">市商务局</td></tr>
      <tr><td>完善农村物流体系</td><td>市交通运输局</td><td>市邮政管理局</td></tr>
      <tr><td></td><td>合计</td><td></td><td>3项</td></tr>
    </table>
    <p>某市人民政府办公室</p><p>2020年3月1日</p></div></body></html>`;

  it('are one block per table of a web page, merged cells kept in their columns', async () => {
    const extracted = await extractText(Buffer.from(merged), '分工.html');
    const doc = parsePolicy(extracted.text, extracted);
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const table = tables[0] as Block;
    expect(doc.text.slice(table.start, table.end)).toBe(table.text);
    expect(cellTexts(table)).toEqual([
      ['序号', '重点任务', '牵头单位', '配合单位'],
      ['1', '推进跨境电子商务', '市商务局', ''],
      ['', '完善农村物流体系', '市交通运输局', '市邮政管理局'],
      ['', '合计', '', '3项'],
    ]);
    // The text around the table is the document's as before.
    expect(doc.blocks.map((b) => b.role ?? b.kind)).toEqual(['title', 'addressees', 'paragraph', 'table', 'signature', 'date']);
    expect(doc.date).toBe('2020-03-01');
  });

  it('come from a Word file’s tables', async () => {
    const file = await wordNoticeWithTable([
      ['序号', '重点工作', '责任单位'],
      ['1', '建设县域物流中心', '县商务局'],
      ['2', '改造农贸市场', '县市场监管局'],
    ]);
    const extracted = await extractText(file, '分工.docx');
    const doc = parsePolicy(extracted.text, extracted);
    expect(cellTexts(doc.blocks.find((b) => b.kind === 'table'))).toEqual([
      ['序号', '重点工作', '责任单位'],
      ['1', '建设县域物流中心', '县商务局'],
      ['2', '改造农贸市场', '县市场监管局'],
    ]);
  });

  it('come from rows copied as tab-separated text, and a single line with a tab stays a paragraph', () => {
    const doc = parsePolicy(
      [
        '某县人民政府关于重点工作分工的通知',
        '各乡镇人民政府：',
        '一、分工如下。',
        '\t重点工作\t责任单位',
        '1\t建设物流中心\t县商务局',
        '2\t改造农贸市场\t',
        '二、工作要求',
        '联系人\t张三',
        '某县人民政府',
        '2021年5月6日',
      ].join('\n'),
    );
    const table = doc.blocks.find((b) => b.kind === 'table');
    // The empty first and last cells are kept: every row has its three columns.
    expect(cellTexts(table)).toEqual([
      ['', '重点工作', '责任单位'],
      ['1', '建设物流中心', '县商务局'],
      ['2', '改造农贸市场', ''],
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['一、分工如下。', '二、工作要求']);
    expect(doc.blocks.find((b) => b.text === '联系人\t张三')?.kind).toBe('paragraph');
  });
});
