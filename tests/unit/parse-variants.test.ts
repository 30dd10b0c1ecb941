import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../main/core/parse/canonical.js';
import { decodePolicyBytes } from '../../main/core/parse/decode.js';
import { parsePolicy, parsePolicyBytes } from '../../main/core/parse/index.js';
import { rejoinWrappedLines, wrapWidth } from '../../main/core/parse/wrapped-lines.js';
import type { PolicyDocument } from '../../shared/policy.js';
import { SEED_FILES, type SeedName, seedBytes, seedText, swapWidth } from '../fixtures/seeds.js';
import { tableNotice } from '../fixtures/table-notice.js';
import { asCopiedFromPdf } from '../fixtures/text-variants.js';

const seeds = Object.keys(SEED_FILES) as SeedName[];

/** What a parse says about a document, with punctuation width folded away. */
function shape(doc: PolicyDocument) {
  const fold = (s: string | null) => (s === null ? null : swapWidth(s, 'half'));
  return {
    title: fold(doc.title),
    titleDerived: doc.titleDerived,
    docNumber: doc.docNumber,
    issuer: doc.issuer,
    date: doc.date,
    addressees: fold(doc.addressees),
    script: doc.script,
    blocks: doc.blocks.map((b) => ({ ...b, text: fold(b.text), label: b.label && fold(b.label) })),
    responsibilities: doc.responsibilities.map((r) => ({ ...r, text: fold(r.text), departments: r.departments.map(fold) })),
    citations: doc.citations,
  };
}

function reproduces(doc: PolicyDocument): boolean {
  let rebuilt = '';
  let position = 0;
  for (const block of doc.blocks) {
    const gap = doc.text.slice(position, block.start);
    if (gap.trim() !== '' || doc.text.slice(block.start, block.end) !== block.text) return false;
    rebuilt += gap + block.text;
    position = block.end;
  }
  rebuilt += doc.text.slice(position);
  return rebuilt === doc.text && doc.text.slice(position).trim() === '';
}

describe.each(seeds)('%s seed variants', (name) => {
  const original = parsePolicyBytes(seedBytes(name));

  it('blocks reproduce the canonical text exactly, gaps holding only white space', () => {
    expect(reproduces(original)).toBe(true);
  });

  it('parses identically with CRLF newlines', () => {
    const crlf = Buffer.from(seedText(name).replace(/\n/g, '\r\n'), 'utf8');
    expect(parsePolicyBytes(crlf)).toEqual(original);
  });

  it('parses identically from GB18030, UTF-8 with BOM and UTF-16 LE/BE with BOM', () => {
    const text = seedText(name);
    const encodings = [
      iconv.encode(text, 'gb18030'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      iconv.encode(text, 'utf-16le', { addBOM: true }),
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]),
    ];
    expect(decodePolicyBytes(encodings[0] as Buffer).encoding).toBe('gb18030');
    for (const bytes of encodings) expect(parsePolicyBytes(bytes)).toEqual(original);
  });

  it.each(['full', 'half'] as const)('parses identically with %s-width punctuation', (width) => {
    const variant = parsePolicy(swapWidth(original.text, width));
    expect(shape(variant)).toEqual(shape(original));
    expect(reproduces(variant)).toBe(true);
  });
});

describe.each(seeds)('%s seed hard-wrapped as a PDF copy', (name) => {
  const original = parsePolicy(canonicalText(seedText(name)));

  it('is recognised as wrapped at 28 characters and reads with the same head, headings and paragraphs', () => {
    const copied = asCopiedFromPdf(seedText(name));
    expect(wrapWidth(copied.split('\n'))).toBeGreaterThanOrEqual(27);
    const variant = parsePolicy(canonicalText(copied));
    const head = (d: PolicyDocument) => [d.title, d.docNumber, d.issuer, d.date, d.addressees, d.genre];
    expect(head(variant)).toEqual(head(original));
    const headings = (d: PolicyDocument) => d.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings(variant)).toEqual(headings(original));
    // Every paragraph of the original is whole again (the indentation aside).
    const paragraphs = (d: PolicyDocument) => d.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.trim());
    expect(paragraphs(variant)).toEqual(paragraphs(original));
  });
});

describe('texts whose lines are their paragraphs', () => {
  it.each(seeds)('%s seed is left as it is', (name) => {
    expect(rejoinWrappedLines(seedText(name))).toBe(seedText(name));
  });

  it('a portal’s table row the wrap cut inside its title cell is whole again, its title read', () => {
    // The 沁县 page of the forty-seventh collection, its table and text as a PDF viewer copies them.
    const page = [
      '索引号:000014349/2023-31622 | |',
      '发文字号:沁政办发〔2023〕8号 | 著录时间:2023-06-20 |',
      '发文机关:沁县自然资源局 | 主题词: |',
      '标题:沁县人民政府办公室关于印发沁县2023年度地质灾害防治方案的通知 | |',
      '主题分类:国土资源能源 | 发布日期:2023-06-20 |',
      '各乡、镇人民政府,县直各有关单位:',
      '　　《沁县2023年度地质灾害防治方案》已经县人民政府同意,现印发给你们,请认真组织实施,抓好工作落实。',
      '沁县人民政府办公室',
      '2023年6月13日',
      '沁县2023年度地质灾害防治方案',
      `　　${'为切实做好我县2023年度地质灾害防治工作,最大限度地避免和减轻地质灾害造成的损失,确保人民群众生命财产安全,结合我县实际,制定本方案。'.repeat(6)}`,
    ].join('\n');
    const copied = asCopiedFromPdf(page);
    expect(copied).toContain('地质灾害\n防治方案的通知 | |');
    expect(parsePolicy(canonicalText(copied)).title).toBe('沁县人民政府办公室关于印发沁县2023年度地质灾害防治方案的通知');
  });

  it('a table field’s value the wrap cut is whole again, the next field apart', () => {
    const page = [
      '索 引 號: 11441300007187648G/2017-00096',
      '發布機構: 惠州市人民政府辦公室',
      '名  稱: 惠州市人民政府關于印發《惠州市行政機關規范性文件制定程序規定》的通知',
      '文  號: 惠府〔2017〕46號',
      '各縣、區人民政府,市政府各部門:',
      `　　${'現將《惠州市行政機關規范性文件制定程序規定》印發給你們,請認真貫徹執行,執行中遇到的問題請徑向市法制局反映。'.repeat(6)}`,
    ].join('\n');
    const copied = asCopiedFromPdf(page);
    expect(copied).toContain('機關規范性\n文件制定程序規定》的通知');
    const doc = parsePolicy(canonicalText(copied));
    expect([doc.title, doc.docNumber]).toEqual([
      '惠州市人民政府關于印發《惠州市行政機關規范性文件制定程序規定》的通知',
      '惠府〔2017〕46號',
    ]);
  });

  it('a document number the wrap cut in its code, year or serial is whole again', () => {
    const body = `　　${'为切实做好本年度各项工作,最大限度地避免和减轻各类损失,确保人民群众生命财产安全,结合本地实际,制定本方案。'.repeat(8)}`;
    const cuts: Array<[string, string]> = [
      ['　　国务院关于同意云南省调整玉溪市部分行政区划的批复 国函〔2015〕208号', '国函〔2015〕208号'],
      ['　　主题词: 发布机构: 博州政府 文    号: 博州政发〔2017〕129号', '博州政发〔2017〕129号'],
      ['　　统一编号: ZJSP07-2021-0005 文  号: 浙公通〔2021〕37号', '浙公通〔2021〕37号'],
    ];
    for (const [line, number] of cuts) {
      const copied = asCopiedFromPdf(`${line}\n各有关单位:\n${body}\n`);
      expect(copied).not.toContain(number);
      expect(canonicalText(copied)).toContain(number);
    }
  });

  it('a table set out with tabs keeps a row to a line, though its rows are of one width', () => {
    expect(rejoinWrappedLines(tableNotice(60))).toBe(tableNotice(60));
  });
});
