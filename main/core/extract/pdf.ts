// A PDF → its text in reading order. With a text layer: lines rebuilt from the positioned text and
// joined into paragraphs (positioned-text.ts). Without one — a scan — each page is rendered at
// 300 dpi and recognised (ocr.ts), up to a bound of pages.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { ReaderError } from '../../../shared/errors.js';
import { MAX_SCANNED_PAGES } from '../../../shared/limits.js';
import { type Recognised, type RecognitionProgress, recognisePages } from './ocr.js';
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
    return await recognisePages(pages, (n) => renderPage(pdf, n, SCAN_DPI), progress);
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
    page.cleanup();
    if (fnArray.some((op) => images.has(op))) return true;
  }
  return false;
}
