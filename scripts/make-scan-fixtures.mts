// Makes the scanned-page fixtures in tests/fixtures/scans, once: the first page of two seeds' PDFs
// (tests/fixtures/formats.ts) rasterised by poppler's pdftoppm at 200 and 300 dpi, turned 1°, with
// speckle noise and a red seal stamped over the text, saved as JPEG inside a PDF (as a scanner
// writes it), the 200 dpi pages as bare JPEGs too, a worn copy (120 dpi, dusty, a coarse JPEG) whose
// lines are read with little confidence, and two pages as one JPEG-compressed TIFF (pdftoppm's pages joined
// by libtiff's tiffcp, as scanning software files them). Needs poppler-utils and libtiff-tools; the
// results are committed.
//   npx tsx scripts/make-scan-fixtures.mts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import PDFDocument from 'pdfkit';
import { asPdf } from '../tests/fixtures/formats.js';
import { random } from '../tests/fixtures/random.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'tests/fixtures/scans');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'scans-'));
fs.mkdirSync(OUT, { recursive: true });

async function scan(seedFile: string, dpi: number, seed: number, worn = false): Promise<Buffer> {
  const pdf = path.join(work, 'seed.pdf');
  fs.writeFileSync(pdf, await asPdf(fs.readFileSync(path.join(ROOT, 'seeds', seedFile), 'utf8')));
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-png', '-singlefile', pdf, path.join(work, 'page')]);
  const page = await loadImage(fs.readFileSync(path.join(work, 'page.png')));
  const canvas = createCanvas(page.width, page.height);
  const c = canvas.getContext('2d');
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, page.width, page.height);
  // Turned a degree about the centre, as a sheet lies on the glass.
  c.translate(page.width / 2, page.height / 2);
  c.rotate((1 * Math.PI) / 180);
  c.drawImage(page, -page.width / 2, -page.height / 2);
  c.setTransform(1, 0, 0, 1, 0, 0);
  // Speckles of dust and toner.
  const next = random(seed);
  c.fillStyle = '#222222';
  for (let i = 0; i < (worn ? 6000 : 1500); i++)
    c.fillRect(next() * page.width, next() * page.height, 1 + next() * 2, 1 + next() * 2);
  // A red seal over the text in the lower half of the page.
  const r = dpi * 0.8;
  const x = page.width * 0.65;
  const y = page.height * 0.55;
  c.strokeStyle = 'rgba(220, 30, 30, 0.85)';
  c.lineWidth = dpi / 25;
  c.beginPath();
  c.arc(x, y, r, 0, Math.PI * 2);
  c.stroke();
  c.fillStyle = 'rgba(220, 30, 30, 0.85)';
  c.font = `${Math.round(dpi / 4)}px sans-serif`;
  c.textAlign = 'center';
  c.fillText('★', x, y + dpi / 12);
  return canvas.toBuffer('image/jpeg', worn ? 35 : 80);
}

async function asScannedPdf(jpeg: Buffer, dpi: number): Promise<Buffer> {
  const image = await loadImage(jpeg);
  const doc = new PDFDocument({
    size: [(image.width * 72) / dpi, (image.height * 72) / dpi],
    margin: 0,
    info: { CreationDate: new Date('2026-01-01') },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.image(jpeg, 0, 0, { width: (image.width * 72) / dpi, height: (image.height * 72) / dpi });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

const seeds: Array<[string, string]> = [
  ['jiangsu', 'jiangsu-2016-internet-plus-circulation.txt'],
  ['hubei', 'hubei-2016-internet-plus-circulation-traditional.txt'],
];
for (const [name, file] of seeds) {
  for (const dpi of [200, 300]) {
    const jpeg = await scan(file, dpi, dpi);
    fs.writeFileSync(path.join(OUT, `${name}-${dpi}dpi.pdf`), await asScannedPdf(jpeg, dpi));
    if (dpi === 200) fs.writeFileSync(path.join(OUT, `${name}-${dpi}dpi.jpg`), jpeg);
  }
}
// A worn copy: the traditional seed at 120 dpi, dusty and saved as a coarse JPEG, where some lines
// are recognised with little confidence.
const worn = await scan('hubei-2016-internet-plus-circulation-traditional.txt', 120, 120, true);
fs.writeFileSync(path.join(OUT, 'hubei-worn-120dpi.pdf'), await asScannedPdf(worn, 120));
fs.rmSync(work, { recursive: true, force: true });
console.log(
  fs
    .readdirSync(OUT)
    .map((f) => `${f} ${fs.statSync(path.join(OUT, f)).size}`)
    .join('\n'),
);

// Two pages of the Jiangsu seed's 200 dpi scan as one TIFF: the second the first page again, as a
// batch scanner files a document with its copy.
const scanned = path.join(OUT, 'jiangsu-200dpi.pdf');
execFileSync('pdftoppm', ['-r', '200', '-tiff', '-tiffcompression', 'lzw', '-singlefile', scanned, path.join(work, 'tiff-page')]);
const single = path.join(work, 'tiff-page.tif');
execFileSync('tiffcp', ['-c', 'jpeg:85', '-r', '16', single, single, path.join(OUT, 'jiangsu-200dpi-2pages.tif')]);
