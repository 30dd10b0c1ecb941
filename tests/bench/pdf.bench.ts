// PDF export: the largest seed with 50 annotations and a 200,000-character policy with 1,000, in
// both layouts, against PDFKit setting the same text with its own line wrapping (one font, no
// highlights, notes or bookmarks) in the same run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { Library } from '../../main/core/library/library.js';
import { pdfFont } from '../../main/core/pdf/fonts.js';
import { HIGHLIGHT_COLORS } from '../../shared/annotations.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';
import { tableNotice } from '../fixtures/table-notice.js';
import { syntheticLongPolicy } from './synthetic.js';
import { type BenchRow, median, round } from './table.js';

const DATE = new Date('2026-11-23T00:00:00Z');

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

/** PDFKit's own text layout of the same text, for comparison. */
async function baseline(text: string): Promise<void> {
  const pdf = new PDFDocument({ size: 'A4', margin: 62, info: { CreationDate: DATE } });
  pdf.registerFont('serif', pdfFont('serif').data);
  const done = new Promise<void>((resolve) => {
    pdf.on('data', () => {});
    pdf.on('end', resolve);
  });
  pdf.font('serif').fontSize(11).text(text, { lineGap: 9 });
  pdf.end();
  await done;
}

/** Annotations every `step` characters, a note on every third. */
function annotate(library: Library, id: string, count: number): void {
  const text = library.get(id).text;
  const step = Math.floor(text.length / (count + 1));
  for (let i = 0; i < count; i++) {
    const start = step * (i + 1);
    library.createAnnotation({
      docId: id,
      start,
      end: start + 12,
      kind: i % 5 === 4 ? 'underline' : 'highlight',
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length] ?? 'red',
      ...(i % 3 === 0 && { note: `第 ${i + 1} 条批注：核对口径，与有关部门衔接。` }),
      tags: i % 4 === 0 ? ['重点'] : [],
    });
  }
}

export async function pdfBench(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-bench-pdf-'));
  const library = Library.open({ dataDir: dir, seedsDir: SEEDS_DIR });
  try {
    const seed = library.list().find((d) => d.title.startsWith('广东省'))?.id ?? '';
    annotate(library, seed, 50);
    const long = syntheticLongPolicy(200_000);
    const outcome = library.importBytes(Buffer.from(long.text), long.name);
    if (outcome.status !== 'imported') throw new Error(`synthetic import: ${outcome.status}`);
    annotate(library, outcome.id, 1000);
    const table = library.importBytes(Buffer.from(tableNotice(60)), '分工.txt');
    if (table.status !== 'imported') throw new Error(`table notice import: ${table.status}`);
    annotate(library, table.id, 10);
    pdfFont('serif');
    pdfFont('serifBold');
    pdfFont('kai');

    const rows: BenchRow[] = [];
    const cases = [
      { label: 'largest seed (Guangdong, 6.7 k chars), 50 annotations', id: seed, runs: 5, limit: 2000 },
      { label: `synthetic ${round(long.text.length / 1000)} k chars, 1,000 annotations`, id: outcome.id, runs: 3, limit: 10_000 },
      { label: 'a notice with a 60-row table, 10 annotations', id: table.id, runs: 5, limit: 2000 },
    ];
    for (const c of cases) {
      const text = library.get(c.id).text;
      const base: number[] = [];
      for (let i = 0; i < c.runs; i++) base.push((await timed(() => baseline(text))).ms);
      for (const layout of ['reading', 'gongwen'] as const) {
        const times: number[] = [];
        let size = 0;
        let pages = 0;
        for (let i = 0; i < c.runs; i++) {
          const { value, ms } = await timed(() => library.exportPdf(c.id, { script: 'original', layout, date: DATE }));
          times.push(ms);
          size = value.bytes.length;
          pages = value.pages;
        }
        const t = median(times);
        const sizeNote = c.id === seed ? `; file ≤ 1.5 MB ${size <= 1.5e6 ? '✓' : '✗'}` : '';
        rows.push([
          `export ${c.label} as PDF, ${layout} layout`,
          `${round(t)} ms, ${pages} pages, ${round(size / 1024)} KB`,
          `${round(median(base))} ms (PDFKit text() of the same text, one font, no annotations)`,
          `≤ ${c.limit / 1000} s ${t <= c.limit ? '✓' : '✗'}${sizeNote}`,
        ]);
      }
    }
    return rows;
  } finally {
    library.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
