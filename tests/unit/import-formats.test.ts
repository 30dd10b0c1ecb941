import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../main/core/extract/index.js';
import { Library } from '../../main/core/library/library.js';
import { parsePolicy } from '../../main/core/parse/index.js';
import { pdfFont } from '../../main/core/pdf/fonts.js';
import { formatError } from '../../shared/errors.js';
import type { PolicyDocument } from '../../shared/policy.js';
import { asDocx, asGb18030, asGovernmentPage, asMarkdown, asPdf } from '../fixtures/formats.js';
import { SEED_FILES, type SeedName, seedText } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

const seeds = Object.keys(SEED_FILES) as SeedName[];
const ROOT = path.resolve(import.meta.dirname, '../..');

/** What must come out the same whatever the file's format. */
function essentials(doc: PolicyDocument) {
  return {
    title: doc.title,
    docNumber: doc.docNumber,
    issuer: doc.issuer,
    date: doc.date,
    script: doc.script,
    headings: doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text),
    subheadings: doc.blocks.filter((b) => b.kind === 'heading' && b.level === 2).length,
  };
}

describe('importing the formats officials receive', () => {
  const formats: Array<[string, (seed: SeedName) => Promise<Buffer> | Buffer]> = [
    ['docx', (seed) => asDocx(seedText(seed))],
    ['html', (seed) => asGovernmentPage(seedText(seed))],
    ['pdf', (seed) => asPdf(seedText(seed))],
    ['md', (seed) => asMarkdown(seedText(seed))],
    ['txt', (seed) => asGb18030(seedText(seed))],
  ];
  describe.each(formats)('.%s', (ext, make) => {
    it.each(seeds)('parses %s to the same metadata and headings as its text file', async (seed) => {
      const library = Library.open({ dataDir: tempDir() });
      const bytes = await make(seed);
      const outcome = await library.importFile(bytes, `${seed}.${ext}`);
      if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
      const doc = library.get(outcome.id);
      expect(essentials(doc)).toEqual(essentials(parsePolicy(seedText(seed))));
      const original = library.original(outcome.id);
      expect(original.format).toBe(ext);
      expect(Buffer.from(original.bytes).equals(Buffer.from(bytes))).toBe(true);
      library.close();
    });
  });
});

describe('a 公文 set out as GB/T 9704 prints it, by LibreOffice (scripts/make-official-layout-fixtures.mjs)', () => {
  it.each(['pdf', 'docx', 'doc'])('reads its head, sign-off and 版记 from the .%s alike', async (ext) => {
    const library = Library.open({ dataDir: tempDir() });
    const file = path.join(ROOT, 'tests/fixtures/official', `gb9704-reply.${ext}`);
    const outcome = await library.importFile(fs.readFileSync(file), path.basename(file));
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    const doc = library.get(outcome.id);
    expect([doc.title, doc.docNumber, doc.issuer, doc.date, doc.genre, doc.addressees]).toEqual([
      '国务院关于同意建立国务院职业教育工作部际联席会议制度的批复',
      '国函〔2018〕144号',
      '国务院',
      '2018-11-20',
      '批复',
      '教育部',
    ]);
    // The footer's page numbers are no text; the 版记's 印发 date dates the printing, not the document.
    expect(doc.text).not.toMatch(/—\s*\d+\s*—/);
    const roleOf = (start: string) => doc.blocks.find((b) => b.text.replace(/\s/g, '').startsWith(start))?.role;
    expect([roleOf('抄送'), roleOf('国务院办公厅'), roleOf('（此件公开发布）')]).toEqual(['cc', 'cc', 'note']);
    // The attachment is a section of its own, its headings under it.
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text.replace(/\s/g, '')]);
    expect(headings).toEqual([
      [1, '附件国务院职业教育工作部际联席会议制度'],
      [2, '一、主要职能'],
      [2, '二、成员单位'],
      [2, '三、工作规则'],
      [2, '四、工作要求'],
    ]);
    library.close();
  });
});

/** Text without white space: a format's text against the seed's, line breaks and spacing aside. */
const bare = (text: string) => text.replace(/\s/g, '');

/** A seed's fixture in a format reads to the seed's text up to white space, and parses to its metadata. */
async function expectSeedRead(folder: string, format: 'doc' | 'ofd', seed: SeedName): Promise<void> {
  const file = `${SEED_FILES[seed].replace(/\.txt$/, '')}.${format}`;
  const extracted = await extractText(fs.readFileSync(path.join(ROOT, 'tests/fixtures', folder, file)), file);
  expect(extracted.format).toBe(format);
  expect(bare(extracted.text)).toBe(bare(seedText(seed)));
  expect(essentials(parsePolicy(extracted.text, extracted))).toEqual(essentials(parsePolicy(seedText(seed))));
}

const wordFixture = (name: string) => fs.readFileSync(path.join(ROOT, 'tests/fixtures/word', name));

describe('Word 97–2003 and WPS files (made by LibreOffice, scripts/make-word-fixtures.mjs)', () => {
  it.each(seeds)('reads %s.doc to the seed’s text and metadata', (seed) => expectSeedRead('word', 'doc', seed));

  it('imports a .wps and keeps it as the original', async () => {
    const library = Library.open({ dataDir: tempDir() });
    const bytes = wordFixture('jiangxi-2016-internet-plus-circulation.wps');
    const outcome = await library.importFile(bytes, '通知.wps');
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    expect(library.get(outcome.id)).toMatchObject({ docNumber: '赣府厅发〔2016〕52号' });
    expect(Buffer.from(library.original(outcome.id).bytes).equals(bytes)).toBe(true);
    library.close();
  });

  it('reads a table, a cell of two paragraphs whole and an empty cell kept', async () => {
    const extracted = await extractText(wordFixture('table.doc'), 'table.doc');
    const doc = parsePolicy(extracted.text);
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.text).toBe(
      [
        '序号\t重点工作\t牵头单位\t配合单位',
        '1\t建设县域物流中心\t县商务局\t县交通运输局',
        '2\t整治农贸市场\t县市场监管局\t',
        '3\t改造农贸市场 提升冷链能力\t县商务局\t县财政局',
      ].join('\n'),
    );
    expect(doc.responsibilities.filter((r) => r.role === 'lead').map((r) => r.departments)).toEqual([
      ['县商务局'],
      ['县市场监管局'],
      ['县商务局'],
    ]);
  });
});

const ofdFixture = (name: string) => fs.readFileSync(path.join(ROOT, 'tests/fixtures/ofd', name));

describe('OFD files (GB/T 33190, written by scripts/make-ofd-fixtures.mjs)', () => {
  it.each(seeds)('reads %s.ofd to the seed’s text and metadata', (seed) => expectSeedRead('ofd', 'ofd', seed));

  it('reads the first document of a package of two, with its DocInfo title as evidence, and says so', async () => {
    const extracted = await extractText(ofdFixture('two-documents.ofd'), 'two.ofd');
    expect(extracted.table?.title).toBe('省政府办公厅关于深入实施“互联网+流通”行动计划的意见');
    expect(bare(extracted.text)).toBe(bare(seedText('jiangsu')));
    expect(extracted.notices).toEqual([{ code: 'OFD_FIRST_OF_MANY', params: { count: 2 } }]);
    const library = Library.open({ dataDir: tempDir() });
    const file = await library.importFile(ofdFixture('two-documents.ofd'), 'two.ofd');
    expect(file).toMatchObject({ status: 'imported', notices: [{ code: 'OFD_FIRST_OF_MANY', params: { count: 2 } }] });
    const dir = tempDir();
    fs.copyFileSync(path.join(ROOT, 'tests/fixtures/ofd/two-documents.ofd'), path.join(dir, 'two.ofd'));
    fs.copyFileSync(path.join(ROOT, 'tests/fixtures/ofd/lishui-2015-ecommerce.ofd'), path.join(dir, 'lishui.ofd'));
    const { outcomes } = await library.importPaths([dir]);
    expect(outcomes.map((o) => [o.status, 'notices' in o ? o.notices : undefined])).toEqual([
      ['imported', undefined],
      ['duplicate', undefined],
    ]);
    library.close();
    const fresh = Library.open({ dataDir: tempDir() });
    const folder = await fresh.importPaths([dir]);
    expect(folder.outcomes.find((o) => o.source.endsWith('two.ofd'))).toMatchObject({ notices: [{ code: 'OFD_FIRST_OF_MANY' }] });
    fresh.close();
  });

  it('imports through the library like any file, keeping the OFD as the original', async () => {
    const library = Library.open({ dataDir: tempDir() });
    const bytes = ofdFixture('lishui-2015-ecommerce.ofd');
    const outcome = await library.importFile(bytes, '丽水.ofd');
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    expect(library.get(outcome.id).title).toBe('关于促进电子商务发展的实施意见');
    expect(library.original(outcome.id).format).toBe('ofd');
    library.close();
  });
});

describe('files that cannot be imported', () => {
  it('refuses each with a clear reason and leaves the library as it was', async () => {
    const library = Library.open({ dataDir: tempDir() });
    const zip = new JSZip();
    zip.file('photo.jpg', 'not really a photo');
    const notDocx = await zip.generateAsync({ type: 'nodebuffer' });
    const encrypted = await pdfWith({ userPassword: 'secret' }, (pdf) => pdf.text('加密的文件', 72, 72));
    const scanned = await pdfWith({}, (pdf) => pdf.rect(72, 72, 300, 400).fill('#888888'));
    const cases: Array<[string, Buffer, string]> = [
      ['政策.docx', notDocx, 'DAMAGED_FILE'],
      ['政策.docx', Buffer.from('this is a plain text file renamed'), 'DAMAGED_FILE'],
      ['加密.pdf', encrypted, 'ENCRYPTED'],
      ['扫描件.pdf', scanned, 'NO_TEXT_LAYER'],
      ['损坏.pdf', Buffer.from('%PDF-1.7\n%%EOF'), 'DAMAGED_FILE'],
      ['截断.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'DAMAGED_FILE'],
      ['加密.doc', wordFixture('encrypted.doc'), 'ENCRYPTED'],
      ['Works.wps', wordFixture('works.wps'), 'NOT_WORD_DOCUMENT'],
      ['格式.rtf', Buffer.from('{\\rtf1 }'), 'LEGACY_FORMAT'],
      ['截断.ofd', Buffer.from('PK\u0003\u0004 not an archive'), 'DAMAGED_FILE'],
      ['空白.html', Buffer.from('<html><body><script>alert(1)</script></body></html>'), 'EMPTY_FILE'],
    ];
    for (const [name, bytes, code] of cases) {
      expect(await library.importFile(bytes, name), name).toMatchObject({ status: 'failed', error: { code } });
    }
    expect(formatError('LEGACY_FORMAT', { ext: '.rtf' })).toContain('另存为”.docx');
    expect(formatError('NOT_WORD_DOCUMENT')).toContain('Microsoft Works');
    expect(formatError('NO_TEXT_LAYER')).toContain('扫描页面');
    expect(library.list()).toHaveLength(0);
  });

  it('refuses a 200 MB PDF before reading it', async () => {
    const library = Library.open({ dataDir: tempDir() });
    const file = path.join(tempDir(), 'huge.pdf');
    fs.writeFileSync(file, '%PDF-1.7\n');
    fs.truncateSync(file, 200 * 1024 * 1024);
    const { outcomes } = await library.importPaths([file]);
    expect(outcomes[0]).toMatchObject({
      status: 'failed',
      error: { code: 'TOO_LARGE', params: { size: '200.0 MB', limit: '60.0 MB' } },
    });
    expect(library.list()).toHaveLength(0);
  });

  it('keeps the article of a government page and none of its chrome or scripts', async () => {
    const library = Library.open({ dataDir: tempDir() });
    const outcome = await library.importFile(asGovernmentPage(seedText('jiangsu'), 'gb2312'), 'jiangsu.htm');
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    const { text } = library.get(outcome.id);
    const paragraphs = (t: string) =>
      t
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    expect(paragraphs(text)).toEqual(paragraphs(seedText('jiangsu')));
    for (const chrome of [
      'alert',
      'document.write',
      '首页',
      '当前位置',
      '分享到',
      '版权所有',
      '相关文件',
      '浏览次数',
      '请输入关键字',
    ]) {
      expect(text, chrome).not.toContain(chrome);
    }
  });
});

function pdfWith(options: PDFKit.PDFDocumentOptions, draw: (pdf: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', ...options });
  pdf.registerFont('kai', pdfFont('kai').data);
  pdf.font('kai');
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  draw(pdf);
  pdf.end();
  return done;
}
