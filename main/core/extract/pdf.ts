// A PDF → its text in reading order. With a text layer: lines rebuilt from the positioned text and
// joined into paragraphs (positioned-text.ts). Without one — a scan — each page is rendered at
// 300 dpi and recognised (ocr.ts), up to a bound of pages.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { ReaderError } from '../../../shared/errors.js';
import { MAX_SCANNED_PAGES } from '../../../shared/limits.js';
import { type PagePixels, type Recognised, type RecognitionProgress, recognisePages } from './ocr.js';
import { openPdf, readPdfLines } from './pdf-lines.js';
import { linesToText } from './positioned-text.js';

/** Dots per inch a scanned page is rendered at: what tesseract reads best. */
const SCAN_DPI = 300;

export interface PdfText {
  text: string;
  /** Set when the text was recognised from the page images. */
  recognised?: Recognised;
}

export async function pdfToText(bytes: Uint8Array, progress: RecognitionProgress = {}): Promise<PdfText> {
  const { lines, pages, heights } = await readPdfLines(bytes);
  const text = linesToText(lines, pages, heights);
  if (text) return { text };
  const recognised = await recognisePdf(bytes, pages, progress);
  if (!recognised.text) throw new ReaderError('NO_TEXT_LAYER');
  return { text: recognised.text, recognised };
}

/**
 * A scan's pages, recognised. A scan has an image on every page (a long file is judged by its first
 * pages); a PDF of drawing alone, or of nothing, has no text to recognise.
 */
async function recognisePdf(bytes: Uint8Array, pages: number, progress: RecognitionProgress): Promise<Recognised> {
  const pdf = await openPdf(bytes);
  try {
    if (!(await hasPageImages(pdf, Math.min(pages, pages > MAX_SCANNED_PAGES ? 3 : pages))))
      throw new ReaderError('NO_TEXT_LAYER');
    if (pages > MAX_SCANNED_PAGES) throw new ReaderError('TOO_MANY_SCANNED_PAGES', { count: pages, limit: MAX_SCANNED_PAGES });
    return await recognisePages(pages, async (n) => (await scannedImage(pdf, n)) ?? renderPage(pdf, n, SCAN_DPI), progress);
  } finally {
    await pdf.destroy();
  }
}

/** A PDF opens with its header, "%PDF-". */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(5, bytes.byteLength)).toString('latin1') === '%PDF-';
}

/** Dots per inch a page is shown at beside the text read from it: legible, and light to send. */
const VIEW_DPI = 110;

/** A page of a PDF as a PNG, to be looked at (a scanned page beside what was recognised of it). */
export async function pdfPageImage(bytes: Uint8Array, page: number): Promise<Buffer> {
  const pdf = await openPdf(bytes);
  try {
    if (page < 1 || page > pdf.numPages) throw new ReaderError('NOT_FOUND', { what: `page ${page}` });
    return await renderPage(pdf, page, VIEW_DPI);
  } finally {
    await pdf.destroy();
  }
}

/** Pixel data pdf.js hands over for an image: 1 bit grey, 8-bit RGB or RGBA (its ImageKind). */
interface PdfImage {
  width: number;
  height: number;
  kind: 1 | 2 | 3;
  data: Uint8Array | Uint8ClampedArray;
}

/**
 * A scanner's page: one image filling the page, taken as it is (scaled up to SCAN_DPI where it is
 * coarser) rather than drawn by pdf.js, which took seconds a page. Null for a page of another make.
 */
async function scannedImage(pdf: Awaited<ReturnType<typeof openPdf>>, n: number): Promise<PagePixels | null> {
  const page = await pdf.getPage(n);
  try {
    return await pixelsOfScan(page);
  } finally {
    page.cleanup();
  }
}

async function pixelsOfScan(
  page: Awaited<ReturnType<Awaited<ReturnType<typeof openPdf>>['getPage']>>,
): Promise<PagePixels | null> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { fnArray, argsArray } = await page.getOperatorList();
  const painted = fnArray.flatMap((op, i) => (op === OPS.paintImageXObject ? [argsArray[i]?.[0] as string] : []));
  const drawsText = fnArray.some((op) => op === OPS.showText);
  if (painted.length !== 1 || drawsText) return null;
  const image = await new Promise<PdfImage | null>((resolve) => page.objs.get(painted[0] as string, resolve));
  const viewport = page.getViewport({ scale: SCAN_DPI / 72 });
  if (!image?.data || ![1, 2, 3].includes(image.kind)) return null;
  // The image fills the page (its shape is the page's), or it is not a scan of it.
  if (Math.abs(image.width / image.height - viewport.width / viewport.height) > 0.02) return null;
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  toRgba(image, rgba);
  if (image.width >= viewport.width) return { width: image.width, height: image.height, rgba };
  const { createCanvas } = await import('@napi-rs/canvas');
  const source = createCanvas(image.width, image.height);
  const pixels = source.getContext('2d').createImageData(image.width, image.height);
  pixels.data.set(rgba);
  source.getContext('2d').putImageData(pixels, 0, 0);
  const [width, height] = [Math.ceil(viewport.width), Math.ceil(viewport.height)];
  const scaled = createCanvas(width, height);
  scaled.getContext('2d').drawImage(source, 0, 0, width, height);
  return { width, height, rgba: scaled.getContext('2d').getImageData(0, 0, width, height).data };
}

function toRgba({ width, height, kind, data }: PdfImage, out: Uint8ClampedArray): void {
  const count = width * height;
  if (kind === 3) out.set(data.subarray(0, count * 4));
  else if (kind === 2)
    for (let i = 0, j = 0; i < count; i++, j += 3) {
      out[i * 4] = data[j] ?? 255;
      out[i * 4 + 1] = data[j + 1] ?? 255;
      out[i * 4 + 2] = data[j + 2] ?? 255;
      out[i * 4 + 3] = 255;
    }
  else {
    // Rows of bits, each row padded to a whole byte; a set bit is white.
    const rowBytes = Math.ceil(width / 8);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const white = ((data[y * rowBytes + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
        const i = (y * width + x) * 4;
        out[i] = out[i + 1] = out[i + 2] = white ? 255 : 0;
        out[i + 3] = 255;
      }
  }
}

async function renderPage(pdf: Awaited<ReturnType<typeof openPdf>>, n: number, dpi: number): Promise<Buffer> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const page = await pdf.getPage(n);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  type Context = NonNullable<Parameters<typeof page.render>[0]['canvasContext']>;
  await page.render({ canvas: null, canvasContext: context as unknown as Context, viewport }).promise;
  page.cleanup();
  return canvas.toBuffer('image/png');
}

async function hasPageImages(pdf: PDFDocumentProxy, pages: number): Promise<boolean> {
  const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const images = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat]);
  for (let n = 1; n <= pages; n++) {
    const page = await pdf.getPage(n);
    const { fnArray } = await page.getOperatorList();
    // The page with images is kept as it is: its images, decoded, are what is recognised next.
    if (fnArray.some((op) => images.has(op))) return true;
    page.cleanup();
  }
  return false;
}
