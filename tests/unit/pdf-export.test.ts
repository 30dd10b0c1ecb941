import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { Library } from '../../main/core/library/library.js';
import type { Annotation } from '../../shared/annotations.js';
import { convertText } from '../../shared/script-conversion.js';
import { SEEDS_DIR, seedText } from '../fixtures/seeds.js';
import { TABLE_NOTICE_TITLE, tableNotice, taskOf } from '../fixtures/table-notice.js';
import { tempDir } from '../fixtures/temp.js';

const DATE = new Date('2026-11-23T00:00:00Z');
const MM = 72 / 25.4;
const poppler = spawnSync('pdftotext', ['-v']).status === 0;
if (!poppler)
  console.log('pdf-export: poppler-utils (pdftotext, pdffonts) is not installed; its checks are skipped (.ci/run installs it).');

function annotatedGuangdong() {
  const library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR });
  const id = library.list().find((d) => d.title.startsWith('广东省'))?.id ?? '';
  const text = library.get(id).text;
  const annotate = (quote: string, fields: Partial<Pick<Annotation, 'kind' | 'color' | 'note' | 'tags'>>) => {
    const start = text.indexOf(quote);
    return library.createAnnotation({ docId: id, start, end: start + quote.length, kind: 'highlight', color: 'red', ...fields });
  };
  annotate('跨境电子商务进出口额年均增长30%左右', { note: '目标值：年均三成\n需与商务厅核对', tags: ['指标'] });
  annotate('农产品电子商务交易额年均增长38%左右', { color: 'yellow' });
  annotate('加快制定物流(快递)配送车辆专用', {
    kind: 'underline',
    color: 'green',
    note: '请交通运输厅研究。'.repeat(30),
    tags: ['物流'],
  });
  return { library, id, text };
}

async function readPdf(bytes: Buffer) {
  return getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
}

/** The text set in the body column of every page, in the order it was drawn. */
async function bodyText(bytes: Buffer, column: { left: number; right: number; top: number }) {
  const pdf = await readPdf(bytes);
  let text = '';
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const height = page.view[3] as number;
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item)) continue;
      const [, , , , x, y] = item.transform as number[];
      if ((x as number) >= column.left - 1 && (x as number) < column.right && height - (y as number) > column.top - 14)
        text += item.str;
    }
  }
  return text.replace(/\s/g, '');
}

function pdftotextIn(file: string, page: number, quad: number[], height: number): string {
  const [x1, y1, x2, , , y3] = quad as [number, number, number, number, number, number];
  const area = [
    '-x',
    `${Math.ceil(x1 + 1)}`,
    '-y',
    `${Math.floor(height - y1)}`,
    '-W',
    `${Math.floor(x2 - x1 - 2)}`,
    '-H',
    `${Math.ceil(y1 - y3)}`,
  ];
  return execFileSync('pdftotext', ['-f', `${page}`, '-l', `${page}`, ...area, file, '-'])
    .toString()
    .replace(/\s/g, '');
}

/** WCAG contrast of a colour ("#rrggbb") against white. */
function contrastOnWhite(hex: string): number {
  const channel = (at: number) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 1.05 / (0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5) + 0.05);
}

/** The fill colours text is drawn in on a page. */
async function textColours(bytes: Buffer, pageNumber: number): Promise<Set<string>> {
  const page = await (await readPdf(bytes)).getPage(pageNumber);
  const { fnArray, argsArray } = await page.getOperatorList();
  const colours = new Set<string>();
  let fill = '#000000';
  fnArray.forEach((fn, i) => {
    if (fn === OPS.setFillRGBColor) fill = String(argsArray[i]?.[0] ?? fill);
    if (fn === OPS.showText || fn === OPS.showSpacedText) colours.add(fill);
  });
  return colours;
}

describe('PDF export', () => {
  it('prints a margin note in one colour with its own lines, text in inks of AA contrast, the 公文 grid without gaps', async () => {
    const { library, id } = annotatedGuangdong();
    const reading = await library.exportPdf(id, { script: 'original', layout: 'reading', date: DATE });
    const pdf = await readPdf(reading.bytes);
    const first = await pdf.getPage(1);
    const margin = (await first.getTextContent()).items
      .filter((item) => 'str' in item && (item.transform[4] as number) >= 145 * MM && item.str.trim())
      .map((item) => ('str' in item ? item.str : ''));
    expect(margin.join('|')).toContain('目标值：年均三成|需与商务厅核对');
    for (const page of [1, pdf.numPages]) {
      for (const colour of await textColours(reading.bytes, page))
        expect(contrastOnWhite(colour), `${colour} on page ${page}`).toBeGreaterThanOrEqual(4.5);
    }
    // GB/T 9704 sets 22 lines a page with no space between paragraphs: page 1 reaches 一、.
    const gongwen = await library.exportPdf(id, { script: 'original', layout: 'gongwen', date: DATE });
    const page1 = await (await (await readPdf(gongwen.bytes)).getPage(1)).getTextContent();
    expect(page1.items.map((item) => ('str' in item ? item.str : '')).join('')).toContain('一、总体要求');
  });

  it('sets every block in reading order, in the chosen script, with the head and bookmarks and metadata', async () => {
    const { library, id, text } = annotatedGuangdong();
    for (const script of ['original', 'tw'] as const) {
      const { bytes, pages } = await library.exportPdf(id, { script, layout: 'reading', date: DATE });
      expect(pages).toBeGreaterThan(5);
      const body = await bodyText(bytes, { left: 22 * MM, right: 140 * MM, top: 26 * MM });
      let at = 0;
      for (const line of text.split('\n').filter((l) => l.trim())) {
        const shown = (script === 'tw' ? convertText(line, 'tw') : line).replace(/\s/g, '');
        const found = body.indexOf(shown, at);
        expect(found, `${script}: ${line.slice(0, 30)}`).toBeGreaterThanOrEqual(at);
        at = found + shown.length;
      }
      const pdf = await readPdf(bytes);
      const outline = await pdf.getOutline();
      expect(outline.map((o) => o.title).slice(0, 2)).toEqual(
        script === 'tw' ? ['一、總體要求', '二、優化電子商務發展環境'] : ['一、总体要求', '二、优化电子商务发展环境'],
      );
      expect(outline[0]?.items.map((o) => o.title)).toEqual(
        script === 'tw' ? ['(一)指導思想', '(二)發展目標'] : ['(一)指导思想', '(二)发展目标'],
      );
      expect(outline.at(-1)?.title).toBe('批注');
      const info = (await pdf.getMetadata()).info as unknown as Record<string, string>;
      expect(info).toMatchObject({ Author: script === 'tw' ? '廣東省人民政府' : '广东省人民政府', Keywords: '指标, 物流' });
    }
  });

  it('writes each highlight as a PDF annotation over its characters, with the note as contents', async () => {
    const { library, id } = annotatedGuangdong();
    const { bytes } = await library.exportPdf(id, { script: 'original', layout: 'reading', date: DATE });
    const file = path.join(tempDir(), 'guangdong.pdf');
    fs.writeFileSync(file, bytes);
    const pdf = await readPdf(bytes);
    const found: Array<{ page: number; subtype: string; color: number[]; contents: string; quads: number[][]; height: number }> =
      [];
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      for (const a of await page.getAnnotations()) {
        const q = Array.from(a.quadPoints as Float32Array);
        found.push({
          page: p,
          subtype: a.subtype,
          color: Array.from(a.color as Uint8ClampedArray),
          contents: a.contentsObj?.str ?? '',
          quads: Array.from({ length: q.length / 8 }, (_, i) => q.slice(i * 8, i * 8 + 8)),
          height: page.view[3] as number,
        });
      }
    }
    expect(found.map((a) => [a.subtype, a.color, a.contents.split('\n')[0]?.slice(0, 12)])).toEqual([
      ['Highlight', [239, 68, 68], '[1] 目标值：年均三成'],
      ['Highlight', [250, 204, 21], '[2]'],
      ['Underline', [34, 197, 94], '[3] 请交通运输厅研究'],
    ]);
    expect(found[0]?.contents).toBe('[1] 目标值：年均三成\n需与商务厅核对\n#指标');
    expect(found[1]?.quads).toHaveLength(2);
    if (poppler) {
      const under = (a: (typeof found)[number]) => a.quads.map((q) => pdftotextIn(file, a.page, q, a.height)).join('');
      expect(found.map(under)).toEqual([
        '跨境电子商务进出口额年均增长30%左右',
        '农产品电子商务交易额年均增长38%左右',
        '加快制定物流(快递)配送车辆专用',
      ]);
      const fonts = execFileSync('pdffonts', [file]).toString().split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
      const plain = execFileSync('pdftotext', [file, '-']).toString();
      expect(plain).toContain('批注');
      expect(plain).toContain('目标值：年均三成');
    }
  });

  it('gives the same bytes for the same input and date, from a traditional seed in the 公文 layout too', async () => {
    const { library, id } = annotatedGuangdong();
    const first = await library.exportPdf(id, { script: 'twp', layout: 'gongwen', date: DATE });
    const second = await library.exportPdf(id, { script: 'twp', layout: 'gongwen', date: DATE });
    expect(first.bytes.equals(second.bytes)).toBe(true);
    // No character of any seed is missing from the fonts, in either layout or any script.
    for (const doc of library.list()) {
      for (const layout of ['reading', 'gongwen'] as const) {
        for (const script of ['original', 'cn', 'tw', 'hk', 'twp'] as const) {
          expect(
            (await library.exportPdf(doc.id, { script, layout, date: DATE })).missing,
            `${doc.title} ${layout} ${script}`,
          ).toEqual([]);
        }
      }
    }
    const hubei = library.list().find((d) => d.script === 'traditional')?.id ?? '';
    const { bytes } = await library.exportPdf(hubei, { script: 'original', layout: 'gongwen', date: DATE });
    const body = await bodyText(bytes, { left: 28 * MM, right: 184 * MM, top: 37 * MM });
    expect(body).toContain(
      seedText('hubei')
        .split('\n')
        .find((l) => l.startsWith('為貫徹落實'))
        ?.replace(/\s/g, ''),
    );
    // 28 characters to the line: no line of the type area is wider than 156 mm.
    const pdf = await readPdf(bytes);
    const page = await pdf.getPage(2);
    for (const item of (await page.getTextContent()).items) {
      if ('str' in item && (item.transform[4] as number) >= 28 * MM - 1)
        expect((item.transform[4] as number) + item.width).toBeLessThanOrEqual(184 * MM + 0.5);
    }
  });

  it('survives 5,000 annotations, a 10,000-character note and characters no font has', async () => {
    const library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR });
    const body = Array.from(
      { length: 400 },
      (_, i) => `（${i + 1}）推进电子商务与物流快递协同发展，提高物流效率😀，𠀀字与𪚥字也要印出来。`,
    ).join('\n');
    const outcome = library.importBytes(
      Buffer.from(`关于压力测试的通知\n各单位：\n${body}\n某某市人民政府\n2020年1月2日\n`),
      'stress.txt',
    );
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    const text = library.get(outcome.id).text;
    let start = text.indexOf('推进');
    for (let i = 0; i < 5000; i++) {
      const s = text.indexOf('物流', start + 1);
      start = s === -1 ? text.indexOf('物流') : s;
      library.createAnnotation({
        docId: outcome.id,
        start,
        end: start + 2,
        kind: i % 7 ? 'highlight' : 'underline',
        color: 'blue',
        ...(i === 0 && { note: '长'.repeat(10_000) }),
      });
    }
    const { bytes, pages, missing } = await library.exportPdf(outcome.id, { script: 'original', layout: 'reading', date: DATE });
    expect(pages).toBeGreaterThan(20);
    expect(missing.map((m) => m.char).sort()).toEqual(['😀', '𠀀'].sort());
    expect(missing.find((m) => m.char === '😀')?.count).toBe(400);
    const pdf = await readPdf(bytes);
    let count = 0;
    for (let p = 1; p <= pdf.numPages; p++) count += (await (await pdf.getPage(p)).getAnnotations()).length;
    expect(count).toBe(5000);
    const all = await bodyText(bytes, { left: 22 * MM, right: 140 * MM, top: 26 * MM });
    expect(all).toContain('提高物流效率〓，〓字与𪚥字也要印出来。');
  });
});

describe('PDF export of a table', () => {
  it('draws every cell, the header again on every page it goes on to, a highlight in a cell over its text', async () => {
    const library = Library.open({ dataDir: tempDir() });
    const outcome = library.importBytes(Buffer.from(tableNotice(60)), '分工.txt');
    if (outcome.status !== 'imported') throw new Error('not imported');
    const doc = library.get(outcome.id);
    expect(doc.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
    const quote = '重点任务第45项';
    const start = doc.text.indexOf(quote);
    library.createAnnotation({
      docId: outcome.id,
      start,
      end: start + quote.length,
      kind: 'highlight',
      color: 'blue',
      note: '表内批注',
    });

    for (const layout of ['reading', 'gongwen'] as const) {
      const { bytes, pages } = await library.exportPdf(outcome.id, { script: 'original', layout, date: DATE });
      const pdf = await readPdf(bytes);
      expect(pages, layout).toBeGreaterThanOrEqual(3);
      const pageTexts: string[] = [];
      for (let p = 1; p <= pdf.numPages; p++) {
        const items = (await (await pdf.getPage(p)).getTextContent()).items;
        pageTexts.push(
          items
            .map((item) => ('str' in item ? item.str : ''))
            .join('')
            .replace(/\s/g, ''),
        );
      }
      const all = pageTexts.join('');
      for (let i = 1; i <= 60; i++) if (i !== 31) expect(all, `${layout}: row ${i}`).toContain(`重点任务第${i}项`);
      // Row 31 goes on over a page break: its text reads whole without the running head and the header repeated.
      const running = new RegExp(`${TABLE_NOTICE_TITLE}第\\d+/\\d+页$`);
      const flowing = pageTexts.map((t) => t.replace(running, '').replace(/^序号重点任务牵头单位配合单位/, '')).join('');
      // (Where it is split, the page before holds the first lines of each of its cells.)
      expect(flowing.replaceAll('市商务局市发展改革委、市财政局', ''), layout).toContain(`31${taskOf(31)}`);
      // Every page the table goes on to starts with its header.
      const tablePages = pageTexts.filter((t) => /重点任务第\d+项市商务局/.test(t));
      expect(tablePages.length, layout).toBeGreaterThanOrEqual(2);
      for (const t of tablePages) expect(t, layout).toContain('序号重点任务牵头单位配合单位');
      const annotations = [];
      for (let p = 1; p <= pdf.numPages; p++)
        for (const a of await (await pdf.getPage(p)).getAnnotations()) annotations.push({ page: p, a });
      expect(annotations.map(({ a }) => a.contentsObj?.str)).toEqual(['[1] 表内批注']);
      if (poppler && layout === 'reading') {
        const file = path.join(tempDir(), 'table.pdf');
        fs.writeFileSync(file, bytes);
        const { page, a } = annotations[0] as (typeof annotations)[number];
        const q = Array.from(a.quadPoints as Float32Array);
        const height = (await pdf.getPage(page)).view[3] as number;
        expect(pdftotextIn(file, page, q, height)).toBe(quote);
      }
    }
    library.close();
  });
});
