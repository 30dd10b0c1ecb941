// Files built to exhaust the importer (issue 16): each is refused with its own reason, or read,
// quickly and without running the process out of memory or stack. The time bounds here only guard
// against a hang; what the limits cost a genuine file is measured where they are set (shared/limits.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocxLimits } from '../../main/core/extract/docx-limits.js';
import { htmlToText } from '../../main/core/extract/html.js';
import { extractText } from '../../main/core/extract/index.js';
import { markdownToText } from '../../main/core/extract/markdown.js';
import { pdfToText } from '../../main/core/extract/pdf.js';
import { compareDocuments } from '../../main/core/intel/compare.js';
import { departmentIndex } from '../../main/core/intel/departments.js';
import { findTargets } from '../../main/core/intel/targets.js';
import { canonicalText } from '../../main/core/parse/canonical.js';
import { parsePolicy } from '../../main/core/parse/index.js';
import { formatError, isReaderError } from '../../shared/errors.js';
import {
  deepDocx,
  docx,
  HOSTILE_FILES,
  many,
  manyPagesPdf,
  nestedDivsHtml,
  plainDocx,
  streamBombPdf,
  zip,
} from '../fixtures/hostile/generate.js';

const HANG_GUARD_MS = 5_000;
const MEMORY_GUARD_BYTES = 200 * 1024 * 1024;
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../fixtures/hostile', name));

interface Outcome<T> {
  value?: T;
  code?: string;
  message?: string;
  ms: number;
  grown: number;
}

/** Runs `work`, with its refusal's code and English message, its time and what it added to the process's memory. */
async function attempt<T>(work: () => Promise<T> | T): Promise<Outcome<T>> {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  const done = (outcome: Omit<Outcome<T>, 'ms' | 'grown'>): Outcome<T> => ({
    ...outcome,
    ms: performance.now() - start,
    grown: process.memoryUsage().rss - rss,
  });
  try {
    return done({ value: await work() });
  } catch (error) {
    if (!isReaderError(error)) throw error;
    return done({ code: error.code, message: formatError(error.code, error.params, 'en') });
  }
}

function expectRefusal<T>(outcome: Outcome<T>, code: string, says: RegExp): void {
  expect(outcome.code).toBe(code);
  expect(outcome.message).toMatch(says);
  expect(outcome.ms).toBeLessThan(HANG_GUARD_MS);
  expect(outcome.grown).toBeLessThan(MEMORY_GUARD_BYTES);
}

describe('the committed hostile files', () => {
  it('are what the generator makes', () => {
    for (const [name, make] of Object.entries(HOSTILE_FILES)) expect(make().equals(fixture(name)), name).toBe(true);
  });
});

describe('hostile OFD files', () => {
  async function ofdWith(content: string): Promise<Buffer> {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file(
      'OFD.xml',
      '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
    );
    zip.file(
      'Doc_0/Document.xml',
      '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
    );
    zip.file('Doc_0/Pages/Page_0/Content.xml', content);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  it('entities of a DTD are not expanded (a billion laughs stays a few bytes)', async () => {
    const laughs = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY l0 "哈">${laughs}]><ofd:Page xmlns:ofd="x"><ofd:Content><ofd:Layer><ofd:TextObject Boundary="28 37 156 6" Size="5.6"><ofd:TextCode X="0" Y="5">关于某事的通知&l10;</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>`;
    const bytes = await ofdWith(xml);
    const outcome = await attempt(() => extractText(bytes, 'laughs.ofd'));
    expect(outcome.ms).toBeLessThan(HANG_GUARD_MS);
    expect(outcome.grown).toBeLessThan(MEMORY_GUARD_BYTES);
    const extracted = outcome.value;
    expect(extracted?.text.length).toBeLessThan(100);
    expect(extracted?.text).not.toContain('哈哈');
  });

  it('a zip bomb under an OFD name is refused before it is unpacked', async () => {
    const outcome = await attempt(() => extractText(fixture('zip-bomb.docx'), 'bomb.ofd'));
    expectRefusal(outcome, 'PART_TOO_LARGE', /more than 50\.0 MB/);
  });

  it('a page whose text is a TextCode repeated a million times in DeltaX is bounded', async () => {
    const xml = `<ofd:Page xmlns:ofd="x"><ofd:Content><ofd:Layer><ofd:TextObject Boundary="28 37 156 6" Size="5.6"><ofd:TextCode X="0" Y="5" DeltaX="g 100000000 5.6">关于某事的通知</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>`;
    const bytes = await ofdWith(xml);
    const outcome = await attempt(() => extractText(bytes, 'deltas.ofd'));
    expect(outcome.ms).toBeLessThan(HANG_GUARD_MS);
    expect(outcome.grown).toBeLessThan(MEMORY_GUARD_BYTES);
  });
});

describe('hostile Word 97 files are refused before any reader follows their chains', () => {
  const word = () =>
    fs.readFileSync(path.join(import.meta.dirname, '../fixtures/word/jiangsu-2016-internet-plus-circulation.doc'));
  /** The FAT entry of a sector (512-byte sectors, the FAT's first sector from the header). */
  const fatEntry = (bytes: Buffer, sector: number) => 512 + bytes.readUInt32LE(0x4c) * 512 + sector * 4;

  it('a directory chain that loops back on itself', async () => {
    const bytes = word();
    const directory = bytes.readUInt32LE(0x30);
    bytes.writeUInt32LE(directory, fatEntry(bytes, directory));
    const outcome = await attempt(() => extractText(bytes, 'loop.doc'));
    expectRefusal(outcome, 'DAMAGED_FILE', /broken sector chain/);
  });

  it('a stream that claims 2 GB', async () => {
    const bytes = word();
    // The WordDocument stream's entry: the directory's second entry in LibreOffice's files, found by name.
    const directory = 512 + bytes.readUInt32LE(0x30) * 512;
    const name = Buffer.from('WordDocument', 'utf16le');
    const entry = bytes.indexOf(name, directory);
    bytes.writeUInt32LE(0x7fffffff, entry + 0x78);
    const outcome = await attempt(() => extractText(bytes, 'huge.doc'));
    expectRefusal(outcome, 'DAMAGED_FILE', /longer than its sectors/);
  });
});

describe('hostile Word files are refused before mammoth reads them', () => {
  it('8,000,000 empty paragraphs in 69 KB: a zip bomb by its compression ratio', async () => {
    const outcome = await attempt(() => extractText(fixture('paragraph-bomb.docx'), 'bomb.docx'));
    expectRefusal(outcome, 'SUSPICIOUS_COMPRESSION', /word\/document\.xml .* compressed \d+ to 1/);
  });

  it('400 MB of XML declared in the zip directory: too large unpacked', async () => {
    const outcome = await attempt(() => extractText(fixture('zip-bomb.docx'), 'bomb.docx'));
    expectRefusal(outcome, 'PART_TOO_LARGE', /word\/document\.xml .* more than 50\.0 MB/);
  });

  it('100 MB of XML the directory calls 100 KB: caught while unpacking', async () => {
    const outcome = await attempt(() => extractText(fixture('lying-zip-bomb.docx'), 'bomb.docx'));
    expectRefusal(outcome, 'SUSPICIOUS_COMPRESSION', /word\/document\.xml/);
  });

  it('text nested 100,000 elements deep: too deeply nested', async () => {
    const outcome = await attempt(() => extractText(fixture('deep-nesting.docx'), 'deep.docx'));
    expectRefusal(outcome, 'TOO_DEEPLY_NESTED', /more than 256 levels/);
  });

  it('50,001 distinct paragraphs (a ratio of a real document): too many paragraphs', async () => {
    const xml = Array.from({ length: 50_001 }, (_, i) => `<w:p><w:r><w:t>第${i}段</w:t></w:r></w:p>`).join('');
    const outcome = await attempt(() => extractText(docx([xml]), 'long.docx'));
    expectRefusal(outcome, 'TOO_MANY_PARAGRAPHS', /more than 50000/);
  });

  it('500,001 elements in few paragraphs: too complex', async () => {
    const runs = Array.from({ length: 250_001 }, (_, i) => `<w:r><w:t>${i.toString(36)}</w:t></w:r>`).join('');
    const outcome = await attempt(() => extractText(docx([`<w:p>${runs}</w:p>`]), 'runs.docx'));
    expectRefusal(outcome, 'TOO_MANY_ELEMENTS', /more than 500000 elements/);
  });

  it('10,001 parts: too many parts', async () => {
    const parts = Array.from({ length: 10_001 }, (_, i) => ({ name: `word/media/${i}.bin`, content: [`${i}`] }));
    const outcome = await attempt(() => extractText(zip(parts), 'parts.docx'));
    expectRefusal(outcome, 'TOO_MANY_PARTS', /10001; the limit is 10000/);
  });

  it('parts that declare more than 200 MB together: too large unpacked', async () => {
    // Hexadecimal noise packs 2 to 1, so that each part's declared ratio stays believable.
    const noise = (seed: number) => {
      let state = seed + 1;
      return Array.from({ length: 40_000 }, () => {
        state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
        return state.toString(16).padStart(8, '0');
      }).join('');
    };
    const parts = Array.from({ length: 5 }, (_, i) => ({
      name: `word/part${i}.xml`,
      content: [noise(i)],
      claimedSize: 45 << 20,
    }));
    const outcome = await attempt(() => extractText(zip(parts), 'parts.docx'));
    expectRefusal(outcome, 'UNPACKED_TOO_LARGE', /more than 200\.0 MB/);
  });

  it('lets an honest document through, and a table of identical empty rows that packs 190 to 1', async () => {
    expect((await extractText(plainDocx(), 'plain.docx')).text).toContain('关于加强政务公开工作的通知');
    const cell = '<w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p></w:tc>';
    const table = `<w:tbl>${many(`<w:tr>${cell.repeat(6)}</w:tr>`, 2_000)
      .map((piece) => (typeof piece === 'string' ? piece : piece.repeat.repeat(piece.times)))
      .join('')}</w:tbl>`;
    await expect(checkDocxLimits(docx([table]))).resolves.toBeUndefined();
    await expect(checkDocxLimits(deepDocx(100))).resolves.toBeUndefined();
  });

  it('refuses a Word file whose text is over 10 MB', async () => {
    const text = Array.from({ length: 700_000 }, (_, i) => `第${i}条规定`).join('');
    const outcome = await attempt(() => extractText(docx([`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`]), 'text.docx'));
    expect(outcome.code).toBe('TEXT_TOO_LARGE');
  });
});

describe('hostile PDFs', () => {
  it('2,001 tiny pages: refused as it opens', async () => {
    const outcome = await attempt(() => extractText(fixture('many-pages.pdf'), 'pages.pdf'));
    expectRefusal(outcome, 'TOO_MANY_PAGES', /2001; the limit is 2000/);
  });

  it('reads 2,000 tiny pages in time that grows with the pages, not their square', async () => {
    const outcome = await attempt(async () => (await pdfToText(manyPagesPdf(2_000))).text);
    expect(outcome.value).toContain('Line 2000.');
    expect(outcome.ms).toBeLessThan(4 * HANG_GUARD_MS);
  });

  it('a content stream that unpacks to 200 MB: refused before pdf.js reads it', async () => {
    const outcome = await attempt(() => extractText(fixture('stream-bomb.pdf'), 'bomb.pdf'));
    expectRefusal(outcome, 'PART_TOO_LARGE', /5 0 obj .* more than 16\.0 MB/);
  });

  it('a page of a million pieces of text: given up at the bound, not read to its end', async () => {
    const outcome = await attempt(() => extractText(streamBombPdf(15, '1 0 0 1 20 100 Tm (a) Tj\n'), 'pieces.pdf'));
    expectRefusal(outcome, 'TOO_MANY_ELEMENTS', /more than 50000 elements/);
  });
});

describe('hostile web pages', () => {
  it('100,000 nested divs (1 MB): refused in well under a second, with no stack overflow', async () => {
    const outcome = await attempt(() => extractText(Buffer.from(nestedDivsHtml()), 'deep.html'));
    expectRefusal(outcome, 'TOO_DEEPLY_NESTED', /more than 1000 levels/);
  });

  it('330,000 unclosed styling tags (1 MB): read, the tags dropped', async () => {
    const html = `<html><body><p>关于加强政务公开工作的通知</p>${'<b>'.repeat(330_000)}<p>关于做好政务公开工作的意见</p></body></html>`;
    const outcome = await attempt(() => htmlToText(Buffer.from(html)));
    expect(outcome.value?.text).toBe('关于加强政务公开工作的通知\n关于做好政务公开工作的意见\n');
    expect(outcome.ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('reads a page’s text and information table 900 elements deep', () => {
    const html = `<html><body>${'<div>'.repeat(900)}<p>索引号：</p><p>000014349/2018-00218</p><p>${'政策正文内容'.repeat(40)}</p></body></html>`;
    const { text, table } = htmlToText(Buffer.from(html));
    expect(text).toContain('政策正文内容');
    expect(table.indexNumber).toBe('000014349/2018-00218');
  });

  it('reads 50,000 label cells in linear time', async () => {
    const rows = '<tr><td>索引号</td><td>000014349/2018-00218</td></tr>'.repeat(50_000);
    const outcome = await attempt(() => htmlToText(Buffer.from(`<html><body><table>${rows}</table></body></html>`)));
    expect(outcome.value?.table.indexNumber).toBe('000014349/2018-00218');
    expect(outcome.ms).toBeLessThan(HANG_GUARD_MS);
  });
});

const prose = '为进一步加强政务公开工作，推动政策落地见效，现就有关事项通知如下。';
const fill = (n: number, text = prose) => text.repeat(Math.ceil(n / text.length)).slice(0, n);
const head = '关于加强政务公开工作的通知\n各区人民政府：\n';

describe('hostile text parses in linear time', () => {
  const texts: Array<[string, string]> = [
    ['2,000 unmatched “ in a 200,000-character line ending 印发', `${'“'.concat(fill(99)).repeat(2_000)}印发`],
    ['2,000 unmatched 《 in a 200,000-character line ending 印发', `${'《'.concat(fill(99)).repeat(2_000)}印发`],
    ['2,000 lines opening an unmatched “', head + Array.from({ length: 2_000 }, () => `“${fill(99)}`).join('\n')],
    ['200,000 spaces inside a head line', `关于加强政务公开工作的通知${' '.repeat(200_000)}x\n${prose}`],
    ['200,000 ideographic spaces inside a body line', `${head}${prose}${'\u3000'.repeat(200_000)}。`],
    ['40,000 bracket groups on one line', head + '（市商务局）'.repeat(40_000)],
    ['20,000 牵头 in one bracket', `${head}${prose}（${'市商务局牵头，'.repeat(20_000)}）`],
    ['a cited title of 25,000 关于', `为贯彻落实《${'关于加强'.repeat(25_000)}》，提出如下实施意见。`],
    ['200,000 characters without a newline', fill(200_000)],
    ['100,000 lines of one character', '通\n'.repeat(100_000)],
    ['50,000 headings', head + Array.from({ length: 50_000 }, (_, i) => (i % 2 ? '（一）加强领导' : '一、总体要求')).join('\n')],
    ['200,000 unclosed 〔', head + '〔'.repeat(200_000)],
    ['25,000 sign-offs', head + '某某市人民政府\n2024年1月2日\n'.repeat(25_000)],
    ['200,000 spaces in a table cell before its separator', `文件字號 |\n${' '.repeat(200_000)}x |\n${head}${prose}`],
    [
      '200,000 spaces in a signature before its seal mark',
      `${head}${prose}\n某某村民选举委员会${' '.repeat(200_000)}x(章)\n2024年1月2日\n`,
    ],
    [
      '200,000 spaces after an e-mail address before a sign-off',
      `${head}${prose}a@b.cn${' '.repeat(200_000)}某某指挥部\n2024年1月2日\n`,
    ],
    ['200,000 question marks for a lost indent', `${'?'.repeat(200_000)}x\n${head}${prose}`],
    ['a 200,000-character line ending in a stray cell border', `${head}${fill(200_000)} |`],
    // Forms read since the fiftieth collection: a head note listing acts, a series number, a year lost.
    [
      'a head note of 10,000 revisions',
      `宁海县某某条例\n（${'2001年1月14日宁海县人民代表大会常务委员会第四次会议修订 '.repeat(10_000)}）\n${prose}`,
    ],
    ['a head note of 200,000 characters without a date', `宁海县某某条例\n（修订${fill(200_000)}）\n${prose}`],
    ['50,000 公告 in a number line', `${'某某指挥部公告'.repeat(50_000)}〔2021〕第3号通告\n${prose}`],
    ['200,000 〔 before a number that lost its year', `${'〔'.repeat(200_000)}〕11号\n${prose}`],
    ['a 200,000-character title with a decree in brackets', `${fill(200_000)}办法(某某部令2024年第13号)\n${prose}`],
    // Forms read since the fifty-seventh collection: lost spaces, toneless notes, glued heads, site titles.
    ['200,000 question marks after a signature, not at its end', `${head}${prose}\n某某省人民政府${'?'.repeat(200_000)}x\n`],
    ['50,000 toneless pinyin notes', `${head}${'直(zhi)轄(xia)'.repeat(25_000)}`],
    ['100,000 brackets around a number line', `关于${'('.repeat(100_000)}某发〔2021〕3号${')'.repeat(100_000)}\n${prose}`],
    ['a page title of 40 separators', `${'关于加强某项工作的通知-'.repeat(40)}某某网\n${prose}`],
    ['a web address of 200,000 letters before a title', `某 http://${'a'.repeat(200_000)}关于某事的通知\n${prose}`],
    ['5,000 titles run into their numbers on one line', `${'关于某事的通知某发〔2017〕5号'.repeat(5_000)}各单位:\n`],
    ['a journal abstract of 200,000 各 after its number', `<正>某发[2017]95号${'各'.repeat(200_000)}\n`],
    // Forms read since the seventy-ninth collection: stacked mastheads, source tags, spaced question marks.
    ['10,000 bodies stacked over 文件', `${'某某省财政厅\n'.repeat(10_000)}某某省人民政府文件\n${prose}`],
    ['a source tag of 200,000 characters before a headline', `${'某'.repeat(200_000)}镇:断道施工通告\n${prose}`],
    [
      '100,000 spaced question marks between two signers',
      `${head}${prose}\n某某省财政厅${'? '.repeat(100_000)}某某省住房和城乡建设厅\n2024年11月1日\n`,
    ],
    ['a lead of 200,000 quotes before 全文如下', `某某网发布${'《'.repeat(200_000)}某某关于某事的通知》全文如下\n${prose}`],
    ['200,000 文号 run into a number', `• ${'文号'.repeat(100_000)}某发〔2025〕2号\n${prose}`],
    // Forms read since the eighty-sixth collection: a colon after a title, bodies before a quote, a run-on note.
    ['200,000 公告 before a colon', `${'公告'.repeat(100_000)}:\n${prose}`],
    ['a title quoting after 100,000 bodies', `${'某某省公安厅、'.repeat(100_000)}《关于某事的意见》\n${prose}`],
    [
      'a head note run on for 200,000 characters',
      `某某办法\n(1988年12月16日某某市人民代表大会常务委员会第八次会议通过${'1'.repeat(200_000)})\n${prose}`,
    ],
    // Forms read since the ninety-third collection: delivery notes, download titles, posting days, lost characters.
    ['a delivery note of 200,000 characters', `政府工作报告\n——2022年1月12日在${'某'.repeat(200_000)}\n${prose}`],
    ['a download link named by 200,000 characters', `下载:${'关于'.repeat(100_000)}的通知 |\n${prose}`],
    ['a title with 200,000 spaces before its posting day', `关于某事的通知${' '.repeat(200_000)}2021-04-16\n${prose}`],
    ['a title ending in 200,000 question marks', `关于某事的通知${'?'.repeat(200_000)}\n${prose}`],
    ['50,000 dates over publication notes', `${head}${prose}\n${'2019年9月3日\n(联系人:某某)\n'.repeat(50_000)}`],
    ['a report that names 50,000 reports', `${'形成《关于某事的报告'.repeat(50_000)}》。现将有关情况报告如下\n`],
    ['a 200,000-character table label in brackets', `[ ${'成文日期 '.repeat(40_000)}] 2023-02-21\n${prose}`],
    [
      '100,000 bodies of a county after 举报电话',
      `县人民政府关于某事的通告\n${prose}\n${'举报电话:某某县农业局'.repeat(20_000)}`,
    ],
    // Forms read since the hundred-and-seventh collection: bylines, centres, bodies in brackets, 解读 pages.
    ['a byline of 200,000 characters before its hour', `${'某'.repeat(200_000)} 2020-02-18 11:51\n${prose}`],
    ['a title of 10,000 places before its centre', `2022年${'广州市'.repeat(10_000)}招聘公告\n${prose}`],
    ['a sign-off with 200,000 characters in its brackets', `${head}${prose}\n某某中心(${'某'.repeat(200_000)})\n2024年1月2日\n`],
    ['an interpretation of a title 200,000 characters long', `文稿解读:《${'关于'.repeat(100_000)}的通知》\n${prose}`],
    ['a 公告 number after 200,000 spaced bodies', `${'海关总署 '.repeat(40_000)}公告2020年第85号(关于某事的公告)\n${prose}`],
  ];
  it.each(texts)('%s', (_name, text) => {
    const start = performance.now();
    expect(parsePolicy(text).text).toBe(text);
    expect(performance.now() - start).toBeLessThan(HANG_GUARD_MS);
  });

  // The line breaks a copy lost are restored before a text is parsed: the same limits hold.
  const runTogether: Array<[string, string]> = [
    ['one body addressed with 200,000 characters run on', `某某馆:你馆${'某'.repeat(200_000)}`],
    [
      'a paragraph with 200,000 spaces before its sign-off',
      `${head}${fill(300)}。${' '.repeat(200_000)}某某市人民政府 2024年1月2日`,
    ],
    ['a title run into 200,000 characters before addressees', `关于某事的通知${'县直'.repeat(100_000)}各部门:${prose}`],
    ['200,000 sentences each ending in a sign-off', `${head}${`${fill(120)} 某某市人民政府 2024年1月2日`.repeat(2_000)}`],
  ];
  it.each(runTogether)('%s', (_name, text) => {
    const start = performance.now();
    const canonical = canonicalText(text);
    expect(canonical.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    parsePolicy(canonical);
    expect(performance.now() - start).toBeLessThan(HANG_GUARD_MS);
  });

  // Text files carrying markup are read through it: the same limits hold.
  const marked: Array<[string, string]> = [
    ['BBCode with 200,000 spaces inside a block', `[align=center][b]标题[/b][/align][p]${' '.repeat(200_000)}x[/p][/align]`],
    ['BBCode of 50,000 unclosed [size=', `[/b][/b][/b]${'[size='.repeat(50_000)}`],
    ['HTML paragraphs with 200,000 spaces', `<p>标题</p><p>${' '.repeat(200_000)}x</p><p>正文</p>`],
    // A PDF viewer's copy: every line runs to the edge, and every line is rejoined.
    ['50,000 lines hard-wrapped at 28 characters', `${head}${(fill(28 * 50_000).match(/.{28}/g) ?? []).join('\n')}`],
    ['50,000 page numbers', `${head}${`${prose}\n— 1 —\n`.repeat(50_000)}`],
    // A law database's attributes run into the text, and converters' broken characters, many times over.
    ['50,000 bracketed attributes on one line', `${head}${'•【发布日期】2014.03.17'.repeat(50_000)}正文${prose}`],
    ['100,000 broken characters', `${head}${'?xiàng)l'.repeat(100_000)}`],
  ];
  it.each(marked)('a text file of %s', async (_name, text) => {
    const start = performance.now();
    await extractText(Buffer.from(text), 'pasted.txt');
    expect(performance.now() - start).toBeLessThan(HANG_GUARD_MS);
  });

  const markdown: Array<[string, string]> = [
    ['100,000 unclosed [', '['.repeat(100_000)],
    ['50,000 unclosed ![', '!['.repeat(50_000)],
    ['25,000 links without their )', '[a]('.repeat(25_000)],
    ['100,000 spaces before a line’s end', `标题${' '.repeat(100_000)}x`],
  ];
  it.each(markdown)('Markdown: %s', (_name, source) => {
    const start = performance.now();
    markdownToText(source);
    expect(performance.now() - start).toBeLessThan(HANG_GUARD_MS);
  });

  it('keeps what Markdown marks mean', () => {
    expect(markdownToText('## 标题 ##\n[链接](http://x.cn/a) 与 ![图](x.png)\n**粗体** 和 *斜体*')).toBe(
      '标题\n链接 与 图\n粗体 和 斜体',
    );
  });
});

describe('what the library derives from hostile documents takes linear time', () => {
  const timed = <T>(work: () => T) => {
    const start = performance.now();
    const value = work();
    return { value, ms: performance.now() - start };
  };

  it('compares two documents of 20,000 headings each', () => {
    const doc = parsePolicy(
      head + Array.from({ length: 20_000 }, (_, i) => (i % 2 ? '（一）加强领导' : '一、总体要求')).join('\n'),
    );
    expect(timed(() => compareDocuments(doc, doc)).ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('indexes the departments of 100,000 responsibilities', () => {
    const doc = parsePolicy(head + '为加强工作。（市商务局、市发改委）\n'.repeat(100_000));
    const { value, ms } = timed(() => departmentIndex([{ id: 'x', ...doc }]));
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(value[0]?.tasks).toHaveLength(100_000);
  });

  it('finds targets beside a run of 40,000 digits', () => {
    expect(timed(() => findTargets(`到2020年，${'1'.repeat(40_000)}，网络零售额达到2000亿元`)).ms).toBeLessThan(HANG_GUARD_MS);
    expect(findTargets('到2020年，网络零售额达到2000亿元')[0]?.value).toBe('达到2000亿元');
  });
});
