// A PDF with a text layer → its text in reading order: lines rebuilt from the positioned text,
// running headers, footers and page numbers dropped, and paragraphs joined again (a paragraph's
// first line is indented, or the line before it ends short of the column).
import { ReaderError } from '../../../shared/errors.js';
import { readPdfLines, type TextLine } from './pdf-lines.js';

const PAGE_NUMBER = /^[-—－–\s]*(第\s*)?\d+(\s*[/／]\s*\d+)?\s*(页|頁)?[-—－–\s]*$/;
/** Lines within this share of the page's height from its top or bottom may be running heads or feet. */
const MARGIN_BAND = 0.1;

/** Running heads and feet: the same text (numbers aside) near the top or bottom of most pages, and bare page numbers. */
function dropRunningLines(lines: TextLine[], pages: number, heights: number[]): TextLine[] {
  const inBand = (l: TextLine) => {
    const h = heights[l.page - 1] ?? 842;
    return l.y > h * (1 - MARGIN_BAND) || l.y < h * MARGIN_BAND;
  };
  const key = (l: TextLine) => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const seen = new Map<string, Set<number>>();
  for (const l of lines) if (inBand(l)) seen.set(key(l), (seen.get(key(l)) ?? new Set()).add(l.page));
  const repeated = (l: TextLine) => (seen.get(key(l))?.size ?? 0) >= Math.max(2, Math.ceil(pages * 0.5));
  return lines.filter((l) => !(inBand(l) && (PAGE_NUMBER.test(l.text) || (pages > 1 && repeated(l)))));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const { lines: all, pages, heights } = await readPdfLines(bytes);
  const lines = dropRunningLines(all, pages, heights);
  if (lines.length === 0) throw new ReaderError('NO_TEXT_LAYER');
  const size = median(lines.map((l) => l.size)) || 12;
  const left = median(lines.map((l) => l.x0));
  // The right edge most lines reach: the 90th percentile of their ends (a few overlong lines aside).
  const ends = lines.map((l) => l.x1).sort((a, b) => a - b);
  const right = ends[Math.max(1, Math.ceil(lines.length * 0.9)) - 1] ?? 0;
  const paragraphs: string[] = [];
  let previous: TextLine | null = null;
  for (const line of lines) {
    const large = line.size > size * 1.15;
    const indented = line.x0 > left + size * 1.2;
    const endedShort = previous !== null && previous.x1 < right - size * 1.5;
    // A line set apart from the left edge (centred, or right-aligned like a signature or date) stands alone.
    const previousApart = previous !== null && previous.x0 > left + size * 2;
    // A title set large on several lines is one paragraph.
    const titleGoesOn = previous !== null && large && Math.abs(line.size - previous.size) < 0.5;
    const newParagraph =
      previous === null ||
      (titleGoesOn ? false : indented || endedShort || previousApart || large || previous.size > size * 1.15);
    if (newParagraph) paragraphs.push(line.text);
    else {
      const last = paragraphs.length - 1;
      const joined = paragraphs[last] ?? '';
      const space = /[A-Za-z0-9,.;:]$/.test(joined) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '';
      paragraphs[last] = joined + space + line.text;
    }
    previous = line;
  }
  return `${paragraphs.join('\n')}\n`;
}
