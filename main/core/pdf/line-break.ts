// Chinese line breaking for the PDF: any two CJK characters may be split, but punctuation that
// closes (。，、；：？！）》” …) never starts a line and punctuation that opens (（《“ …) never ends
// one (禁则, after GB/T 15834 and the W3C's clreq); Latin words and numbers (2016, 30%) stay whole.
// Lines are justified by spacing their units evenly.

/** Never at the start of a line. */
const NO_START = new Set([...'。，、；：？！）》〉」』】〕〗〙〛’”…—·．,.;:?!)]}%‰℃～・']);
/** Never at the end of a line. */
const NO_END = new Set([...'（《〈「『【〔〖〘〚‘“([{']);
/** Characters of a word that must not be split. */
const WORD = /[A-Za-z0-9\u00C0-\u024F_.%+\-/@#&']/;

/** Never split: one character (a surrogate pair counts as one), or a Latin word or number. */
interface Unit {
  start: number;
  end: number;
  width: number;
}

export interface Line {
  /** Offsets into the paragraph's text. */
  start: number;
  end: number;
  /** Width of the characters as set, before justification. */
  width: number;
  /** Space added after every unit but the last, to justify the line (0 on a paragraph's last line). */
  spacing: number;
  /** The first line's indent. */
  indent: number;
}

/** Width of each code unit of a text as it will be drawn (the low half of a surrogate pair: 0). */
export type Widths = ArrayLike<number>;

function units(text: string, widths: Widths, from = 0, to = text.length): Unit[] {
  const out: Unit[] = [];
  let i = from;
  while (i < to) {
    const size = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    if (WORD.test(text[i] as string)) {
      let end = i + 1;
      let width = widths[i] as number;
      while (end < to && WORD.test(text[end] as string)) width += widths[end++] as number;
      out.push({ start: i, end, width });
      i = end;
      continue;
    }
    out.push({ start: i, end: i + size, width: widths[i] as number });
    i += size;
  }
  return out;
}

/**
 * Breaks a paragraph into lines at most `width` wide (the first after `indent`). A closing mark that
 * would start a line takes the previous character down with it; an opening mark that would end one
 * goes down to the next line.
 */
export function breakLines(text: string, widths: Widths, width: number, indent = 0): Line[] {
  const all = units(text, widths);
  const lines: Line[] = [];
  let from = 0;
  while (from < all.length) {
    const lineIndent = lines.length === 0 ? indent : 0;
    const room = width - lineIndent;
    let to = from;
    let used = 0;
    while (to < all.length && (to === from || used + (all[to] as Unit).width <= room + 1e-6)) {
      used += (all[to] as Unit).width;
      to++;
    }
    if (to < all.length) {
      let cut = to;
      const startsWrong = (k: number) => NO_START.has(text[(all[k] as Unit).start] as string);
      const endsWrong = (k: number) => NO_END.has(text[(all[k] as Unit).end - 1] as string);
      while (cut - 1 > from && (startsWrong(cut) || endsWrong(cut - 1))) cut--;
      // Where pulling down cannot help, the closing mark hangs into the line's end.
      if (cut - 1 === from && startsWrong(to)) cut = to + 1;
      to = cut;
    }
    let lineWidth = 0;
    for (let k = from; k < to; k++) lineWidth += (all[k] as Unit).width;
    const gaps = to - from - 1;
    const spacing = to < all.length && gaps > 0 ? Math.max(0, (room - lineWidth) / gaps) : 0;
    lines.push({
      start: (all[from] as Unit).start,
      end: (all[to - 1] as Unit).end,
      width: lineWidth,
      spacing,
      indent: lineIndent,
    });
    from = to;
  }
  return lines;
}

export interface PlacedChar {
  /** Offset into the paragraph's text. */
  offset: number;
  /** Code units: 2 for a surrogate pair. */
  size: number;
  x: number;
  width: number;
}

/** Where each character of a line is drawn, relative to the line's left edge, justified. */
export function placeLine(text: string, line: Line, widths: Widths): PlacedChar[] {
  const out: PlacedChar[] = [];
  let x = line.indent;
  const all = units(text, widths, line.start, line.end);
  all.forEach((unit, k) => {
    let cx = x;
    for (let i = unit.start; i < unit.end; ) {
      const size = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      const w = widths[i] as number;
      out.push({ offset: i, size, x: cx, width: w });
      cx += w;
      i += size;
    }
    x += unit.width + (k < all.length - 1 ? line.spacing : 0);
  });
  return out;
}
