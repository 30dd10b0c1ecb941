// A PDF with a text layer → its text in reading order: lines rebuilt from the positioned text,
// running headers, footers and page numbers dropped, and paragraphs joined again (a paragraph's
// first line is indented, or the line before it ends short of the column).
import { ReaderError } from '../../../shared/errors.js';
import { readPdfLines } from './pdf-lines.js';
import { linesToText } from './positioned-text.js';

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const { lines, pages, heights } = await readPdfLines(bytes);
  const text = linesToText(lines, pages, heights);
  if (!text) throw new ReaderError('NO_TEXT_LAYER');
  return text;
}
