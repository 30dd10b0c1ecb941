const PAIRS: Record<string, string> = { '(': ')', '（': '）', '[': ']', '［': '］', '【': '】', '〔': '〕' };
const OPENERS = new Set(Object.keys(PAIRS));
const CLOSERS = new Set(Object.values(PAIRS));
/** Every bracket character, so that scans jump from one to the next instead of visiting each character. */
const ANY_BRACKET = /[()（）[\]［］【】〔〕]/g;

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
  for (const m of line.matchAll(ANY_BRACKET)) {
    const i = m.index ?? 0;
    if (OPENERS.has(m[0])) {
      if (depth === 0) open = i;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) groups.push({ open, close: i, inner: line.slice(open + 1, i) });
    }
  }
  return groups;
}

/** Splits at separator characters that are not inside brackets; returns each piece with its offset. */
export function splitOutside(text: string, separators: string): Array<{ text: string; offset: number }> {
  const pieces: Array<{ text: string; offset: number }> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (OPENERS.has(ch)) depth++;
    else if (depth > 0 && CLOSERS.has(ch)) depth--;
    else if (depth === 0 && separators.includes(ch)) {
      pieces.push({ text: text.slice(from, i), offset: from });
      from = i + 1;
    }
  }
  pieces.push({ text: text.slice(from), offset: from });
  return pieces;
}
