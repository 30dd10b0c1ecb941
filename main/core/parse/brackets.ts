const PAIRS: Record<string, string> = { '(': ')', '（': '）', '[': ']', '［': '］', '【': '】', '〔': '〕' };
const CLOSERS = new Set(Object.values(PAIRS));

export interface BracketGroup {
  /** Offset of the opening bracket within the scanned string. */
  open: number;
  /** Offset of the closing bracket. */
  close: number;
  inner: string;
}

/**
 * Outermost bracket groups of a line, with nesting respected: "[责任单位:市商务局,各县(市、区)人民政府]"
 * is one group. Any closing bracket closes the innermost open group, since full- and half-width
 * brackets are often mixed in one pair; an unmatched closer is ignored.
 */
export function outerBracketGroups(line: string): BracketGroup[] {
  const groups: BracketGroup[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (ch in PAIRS) {
      if (depth === 0) open = i;
      depth++;
    } else if (CLOSERS.has(ch) && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ open, close: i, inner: line.slice(open + 1, i) });
    }
  }
  return groups;
}

/** Splits at separators that are not inside brackets; returns each piece with its offset. */
export function splitOutside(text: string, separators: RegExp): Array<{ text: string; offset: number }> {
  const pieces: Array<{ text: string; offset: number }> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch in PAIRS) depth++;
    else if (CLOSERS.has(ch) && depth > 0) depth--;
    else if (depth === 0 && separators.test(ch)) {
      pieces.push({ text: text.slice(from, i), offset: from });
      from = i + 1;
    }
  }
  pieces.push({ text: text.slice(from), offset: from });
  return pieces;
}
