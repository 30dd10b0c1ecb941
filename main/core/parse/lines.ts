/** A non-blank line of the canonical text, with surrounding white space excluded from its span. */
export interface Line {
  /** Position among the non-blank lines. */
  index: number;
  start: number;
  end: number;
  text: string;
}

const LINE = /[^\n]+/g;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const m of text.matchAll(LINE)) {
    const raw = m[0];
    // trimStart and trimEnd take off what \s matches (U+3000 and U+FEFF among it), in linear time;
    // a regex such as /\s+$/ retries from every space of a long run and takes quadratic time.
    const lead = raw.length - raw.trimStart().length;
    if (lead === raw.length) continue;
    const trail = raw.length - raw.trimEnd().length;
    const start = (m.index ?? 0) + lead;
    const end = (m.index ?? 0) + raw.length - trail;
    lines.push({ index: lines.length, start, end, text: text.slice(start, end) });
  }
  return lines;
}
