// Text recognition of the scanned fixtures (tests/fixtures/scans): time a page, the character error
// rate against the text printed on the page, and the process's peak memory. Baseline in the same
// run: reading the seed's own PDF, text layer and all.
import fs from 'node:fs';
import path from 'node:path';
import { extractText } from '../../main/core/extract/index.js';
import { readPdfLines } from '../../main/core/extract/pdf-lines.js';
import { characterErrorRate } from '../fixtures/char-errors.js';
import { asPdf, asScannedPdf } from '../fixtures/formats.js';
import { type SeedName, seedText } from '../fixtures/seeds.js';
import { type BenchRow, round } from './table.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export async function ocrBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const cases: Array<[string, SeedName, number, number]> = [
    ['jiangsu-300dpi.pdf', 'jiangsu', 300, 0.01],
    ['jiangsu-200dpi.pdf', 'jiangsu', 200, 0.03],
    ['hubei-300dpi.pdf', 'hubei', 300, 0.01],
    ['hubei-200dpi.pdf', 'hubei', 200, 0.03],
  ];
  for (const [file, seed, dpi, goal] of cases) {
    const pdf = await asPdf(seedText(seed));
    const base = performance.now();
    const { lines } = await readPdfLines(pdf);
    const baseline = performance.now() - base;
    const printed = lines
      .filter((line) => line.page === 1)
      .map((line) => line.text)
      .join('\n');
    const start = performance.now();
    const extracted = await extractText(fs.readFileSync(path.join(ROOT, 'tests/fixtures/scans', file)), file);
    const ms = performance.now() - start;
    const cer = characterErrorRate(extracted.text, printed);
    rows.push([
      `recognise a one-page scan end to end (both models started and tried on it), ${seed === 'hubei' ? 'traditional' : 'simplified'}, ${dpi} dpi (1°, specks, red seal): time / CER / peak RSS`,
      `${round(ms)} ms / ${round(cer * 100, 2)} % / ${round(process.resourceUsage().maxRSS / 1024)} MB`,
      `${round(baseline)} ms reading its text layer`,
      `≤ 4 s ${ms <= 4000 ? '✓' : '✗'}; CER ≤ ${goal * 100} % ${cer <= goal ? '✓' : '✗'}`,
    ]);
  }
  rows.push(await laterPages('jiangsu-200dpi.jpg', 'simplified'), await laterPages('hubei-200dpi.jpg', 'traditional'));
  return rows;
}

/**
 * A scan's pages after the first, as a long scan is read: the models are started and chosen on the
 * first page, and each later page is taken from the file, cleaned and read by the model that fits it
 * (a traditional page by both, the simplified model checking the traditional one, a core each).
 */
async function laterPages(image: string, script: string): Promise<BenchRow> {
  const page = fs.readFileSync(path.join(ROOT, 'tests/fixtures/scans', image));
  const file = await asScannedPdf([page, page, page, page]);
  const reached: number[] = [];
  const start = performance.now();
  const extracted = await extractText(file, 'scan.pdf', { onPage: () => reached.push(performance.now()) });
  const end = performance.now();
  const first = (reached[1] ?? end) - start;
  const later = (end - (reached[1] ?? end)) / Math.max(1, (extracted.recognised?.pages ?? 1) - 1);
  return [
    `recognise a four-page scanned PDF (${script}, 200 dpi, as a JPEG a page): each page after the first`,
    `${round(later)} ms a page (the first, with both models started and tried: ${round(first)} ms)`,
    '—',
    `≤ 4 s ${later <= 4000 ? '✓' : '✗'}`,
  ];
}
