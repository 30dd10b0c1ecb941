/** A non-blank line of the canonical text, with surrounding white space excluded from its span. */
export interface Line {
  /** Position among the non-blank lines. */
  index: number;
  start: number;
  end: number;
  text: string;
}

const LINE = /[^\n]+/g;
const LEADING_SPACE = /^[\s\u3000\ufeff]+/;
const TRAILING_SPACE = /[\s\u3000\ufeff]+$/;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const m of text.matchAll(LINE)) {
    const raw = m[0];
    const lead = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
    if (lead === raw.length) continue;
    const trail = TRAILING_SPACE.exec(raw)?.[0].length ?? 0;
    const start = (m.index ?? 0) + lead;
    const end = (m.index ?? 0) + raw.length - trail;
    lines.push({ index: lines.length, start, end, text: text.slice(start, end) });
  }
  return lines;
}
