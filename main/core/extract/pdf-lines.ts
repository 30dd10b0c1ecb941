// A PDF's text as lines placed on its pages, read with pdf.js within bounds. The file is refused as
// soon as it is seen to pass one: its streams' unpacked sizes before pdf.js reads it, its pages once
// it is open, its pieces of text and their bytes while pdf.js streams them out of a page — so a
// content stream that unpacks to millions of pieces is given up at the bound, not read to its end.
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { ReaderError } from '../../../shared/errors.js';
import { formatBytes, MAX_PDF_ITEMS, MAX_PDF_PAGE_ITEMS, MAX_PDF_PAGES, MAX_TEXT_BYTES } from '../../../shared/limits.js';
import { checkPdfStreams } from './pdf-streams.js';
import { pageLines, type TextLine, type TextPiece } from './positioned-text.js';

export interface PdfLines {
  lines: TextLine[];
  pages: number;
  heights: number[];
}

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
type TextReader = ReadableStreamDefaultReader<TextContent>;

/** What the pages read so far have taken of the file's bounds. */
interface Taken {
  items: number;
  bytes: number;
}

export async function readPdfLines(bytes: Uint8Array): Promise<PdfLines> {
  checkPdfStreams(bytes);
  const pdf = await openPdf(bytes);
  const lines: TextLine[] = [];
  const heights: number[] = [];
  const taken: Taken = { items: 0, bytes: 0 };
  let reading: TextReader | null = null;
  try {
    if (pdf.numPages > MAX_PDF_PAGES) throw new ReaderError('TOO_MANY_PAGES', { count: pdf.numPages, limit: MAX_PDF_PAGES });
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      heights.push(page.view[3] as number);
      reading = page.streamTextContent().getReader() as TextReader;
      for (const line of pageLines(p, await pageText(reading, taken))) lines.push(line);
      reading = null;
      page.cleanup();
    }
    return { lines, pages: pdf.numPages, heights };
  } finally {
    await close(pdf, reading);
  }
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  // pdf.js is large: loaded when a PDF is first imported, not when the app starts.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    return await getDocument({
      data: new Uint8Array(bytes),
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new ReaderError('ENCRYPTED');
    throw new ReaderError('DAMAGED_FILE', { format: 'PDF', reason: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Destroys the document. pdf.js ends a page's task, and with it the destroying, only once it can go
 * on reading the page and sees it is stopped: a page given up half read is drained until then.
 */
async function close(pdf: PDFDocumentProxy, reading: TextReader | null): Promise<void> {
  const destroyed = pdf.destroy();
  if (reading) {
    const stopped = destroyed.then(
      () => ({ done: true }) as const,
      () => ({ done: true }) as const,
    );
    const next = () => Promise.race([reading.read().catch(() => ({ done: true }) as const), stopped]);
    let chunk = await next();
    while (!chunk.done) chunk = await next();
  }
  await destroyed;
}

/** A page's pieces of text, read as pdf.js streams them, until the page ends or a bound is passed. */
async function pageText(reader: TextReader, taken: Taken): Promise<TextPiece[]> {
  const pieces: TextPiece[] = [];
  let onPage = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    for (const item of chunk.value.items) {
      if (!('str' in item) || !item.str) continue;
      taken.bytes += Buffer.byteLength(item.str);
      const [a, b, , , x, y] = item.transform as number[];
      pieces.push({ x: x as number, y: y as number, w: item.width, size: Math.hypot(a as number, b as number), str: item.str });
    }
    onPage += chunk.value.items.length;
    taken.items += chunk.value.items.length;
    if (onPage > MAX_PDF_PAGE_ITEMS) throw new ReaderError('TOO_MANY_ELEMENTS', { limit: MAX_PDF_PAGE_ITEMS });
    if (taken.items > MAX_PDF_ITEMS) throw new ReaderError('TOO_MANY_ELEMENTS', { limit: MAX_PDF_ITEMS });
    if (taken.bytes > MAX_TEXT_BYTES) throw new ReaderError('TEXT_TOO_LARGE', { limit: formatBytes(MAX_TEXT_BYTES) });
  }
  return pieces;
}
