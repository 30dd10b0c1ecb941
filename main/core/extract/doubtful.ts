// Where the lines a recognition was unsure of lie in the document's canonical text. The canonical
// text is the recognised one tidied (paragraphs joined, punctuation in full width, line breaks
// restored), so a line is found by its longest run of Chinese characters, which tidying leaves
// alone, and spans the line's length around it.
import type { DoubtfulSpan } from '../../../shared/policy.js';
import type { DoubtfulLine } from './ocr.js';

/** Characters of an anchor: fewer could be found in the wrong place. */
const MIN_ANCHOR = 4;

export function placeDoubtfulLines(text: string, lines: readonly DoubtfulLine[]): DoubtfulSpan[] {
  const spans: DoubtfulSpan[] = [];
  let from = 0;
  for (const line of lines) {
    const anchor = longestHanRun(line.text);
    if (anchor.length < MIN_ANCHOR) continue;
    const at = text.indexOf(anchor, from);
    if (at === -1) continue;
    const before = line.text.indexOf(anchor);
    const start = Math.max(0, lineStartBefore(text, at, before));
    const end = Math.min(text.length, lineEndAfter(text, at + anchor.length, line.text.length - before - anchor.length));
    spans.push({ start, end, page: line.page, confidence: line.confidence });
    from = at + anchor.length;
  }
  return spans;
}

function longestHanRun(text: string): string {
  return (text.match(/[\u4e00-\u9fff]+/g) ?? []).reduce((best, run) => (run.length > best.length ? run : best), '');
}

/** `count` characters back from `at`, not past the start of its line. */
function lineStartBefore(text: string, at: number, count: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return Math.max(lineStart, at - count);
}

/** `count` characters on from `at`, not past the end of its line. */
function lineEndAfter(text: string, at: number, count: number): number {
  const lineEnd = text.indexOf('\n', at);
  return Math.min(lineEnd === -1 ? text.length : lineEnd, at + count);
}
