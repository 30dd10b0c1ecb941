// Anchoring annotations in a document's canonical text, after the W3C Web Annotation model as the
// Hypothesis client applies it: a TextPositionSelector (start, end) and a TextQuoteSelector
// (exact, prefix, suffix). Re-anchoring tries, in order: the position, if its text still equals
// the quote; the exact quote nearest the old position (context breaking ties); a fuzzy match of
// the quote with its context (approx-string-match, Myers' bit-vector algorithm). Otherwise the
// annotation is an orphan — shown to the user, never dropped.
import search from 'approx-string-match';

export const CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextSelector extends QuoteSelector {
  /** Absent for annotations that arrive with a TextQuoteSelector only. */
  start?: number;
  end?: number;
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/** Full-width ASCII forms and the ideographic space folded to their half-width forms, one for one. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** The selectors that describe a range of a text. */
export function describeRange(text: string, start: number, end: number): Required<TextSelector> {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

/** Quotes shorter than this are matched exactly or not at all: a fuzzy match of two characters means nothing. */
const MIN_FUZZY_LENGTH = 6;
/** Share of a quote that may differ in a fuzzy match. */
const MAX_ERROR_SHARE = 0.25;
/** A fuzzy match must score at least this (1 = quote, context and position all identical). */
const MIN_FUZZY_SCORE = 0.6;

export function anchorSelector(text: string, selector: TextSelector): Anchor | null {
  const { exact } = selector;
  if (exact.length === 0) return null;
  const folded = foldWidth(text);
  const quote = foldWidth(exact);
  if (selector.start !== undefined && folded.slice(selector.start, selector.start + quote.length) === quote) {
    return { start: selector.start, end: selector.start + exact.length, method: 'position' };
  }
  const exactHit = bestExact(folded, quote, selector);
  if (exactHit !== null) return { start: exactHit, end: exactHit + exact.length, method: 'quote' };
  if (quote.length < MIN_FUZZY_LENGTH) return null;
  return bestFuzzy(folded, quote, selector);
}

function contextScore(text: string, start: number, end: number, selector: QuoteSelector): number {
  const prefix = foldWidth(selector.prefix);
  const suffix = foldWidth(selector.suffix);
  let score = 0;
  const before = text.slice(Math.max(0, start - prefix.length), start);
  const after = text.slice(end, end + suffix.length);
  for (let i = 1; i <= prefix.length && before[before.length - i] === prefix[prefix.length - i]; i++) score++;
  for (let i = 0; i < suffix.length && after[i] === suffix[i]; i++) score++;
  return score;
}

function bestExact(text: string, quote: string, selector: TextSelector): number | null {
  let best: number | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    const distance = selector.start === undefined ? 0 : Math.abs(at - selector.start) / Math.max(1, text.length);
    const score = contextScore(text, at, at + quote.length, selector) - distance;
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}

function similarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  const [match] = search(b, a, a.length);
  return match ? 1 - match.errors / a.length : 0;
}

function bestFuzzy(text: string, quote: string, selector: TextSelector): Anchor | null {
  const maxErrors = Math.min(256, Math.floor(quote.length * MAX_ERROR_SHARE));
  const prefix = foldWidth(selector.prefix);
  const suffix = foldWidth(selector.suffix);
  let best: Anchor | null = null;
  let bestScore = MIN_FUZZY_SCORE;
  for (const match of search(text, quote, maxErrors)) {
    const quoteScore = 1 - match.errors / quote.length;
    const prefixScore = similarity(prefix, text.slice(Math.max(0, match.start - prefix.length), match.start));
    const suffixScore = similarity(suffix, text.slice(match.end, match.end + suffix.length));
    const position = selector.start === undefined ? 1 : 1 - Math.abs(match.start - selector.start) / Math.max(1, text.length);
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * position) / 92;
    if (score > bestScore) {
      best = { start: match.start, end: match.end, method: 'fuzzy' };
      bestScore = score;
    }
  }
  return best;
}
