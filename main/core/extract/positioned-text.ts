// Text placed on pages — a PDF's text layer, an OFD's text objects — read back in reading order:
// pieces into lines, lines into paragraphs. One home for both formats.

/** A run of text where a page puts it: y up from the page's foot, in the page's own unit. */
export interface TextPiece {
  x: number;
  y: number;
  w: number;
  size: number;
  str: string;
}

export interface TextLine {
  page: number;
  y: number;
  x0: number;
  x1: number;
  size: number;
  text: string;
}

/** Top to bottom, then left to right; pieces within half a character of height share a line. */
export function pageLines(page: number, pieces: TextPiece[]): TextLine[] {
  const lines: TextLine[] = [];
  pieces.sort((m, n) => n.y - m.y || m.x - n.x);
  let line: (TextLine & { parts: TextPiece[] }) | null = null;
  const flush = () => {
    if (!line) return;
    line.parts.sort((m, n) => m.x - n.x);
    const text = line.parts
      .map((part) => part.str)
      .join('')
      .trim();
    if (text) lines.push({ page: line.page, y: line.y, x0: line.x0, x1: line.x1, size: line.size, text });
  };
  for (const piece of pieces) {
    if (line && Math.abs(line.y - piece.y) <= piece.size * 0.5) {
      line.parts.push(piece);
      line.x0 = Math.min(line.x0, piece.x);
      line.x1 = Math.max(line.x1, piece.x + piece.w);
      line.size = Math.max(line.size, piece.size);
    } else {
      flush();
      line = { page, y: piece.y, x0: piece.x, x1: piece.x + piece.w, size: piece.size, text: '', parts: [piece] };
    }
  }
  flush();
  return lines;
}

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

/**
 * Positioned lines of pages (y up from the page's foot) → paragraphs, a line each: running heads,
 * feet and page numbers dropped; a paragraph starts where a line is indented, follows a line that
 * ends short, stands apart from the left edge, or changes size. Empty when no line is left.
 */
export function linesToText(all: TextLine[], pages: number, heights: number[]): string {
  const lines = dropRunningLines(all, pages, heights);
  if (lines.length === 0) return '';
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
    // (A first line indented its two characters is not apart.)
    const previousApart = previous !== null && previous.x0 > left + size * 2.5;
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
