// Marks find matches with the CSS Custom Highlight API: ranges over the drawn text, no change to the
// DOM, so that marking thousands of matches as the user types stays cheap.
import type { Block } from '../../../shared/policy.js';
import type { FindMatch } from './find.js';
import { shownStartOf } from './runs.js';

const ALL = 'find-match';
const CURRENT = 'find-current';

/** The DOM position of a shown offset in a block, from its runs (data-b, data-v). */
function pointIn(runs: readonly HTMLElement[], offset: number, blockStart: number): [Node, number] | null {
  for (const run of runs) {
    const from = shownStartOf(run, blockStart);
    // A run's text, or a citation link's inside it.
    const text = run.firstChild instanceof Element ? run.firstChild.firstChild : run.firstChild;
    const length = text?.textContent?.length ?? 0;
    if (text && offset >= from && offset <= from + length) return [text, offset - from];
  }
  return null;
}

/** A match's range in the drawn text; `runsOf` holds every drawn block's runs where the caller has them. */
export function rangeOf(
  body: HTMLElement,
  match: FindMatch,
  blocks: readonly Block[],
  runsOf?: ReadonlyMap<number, HTMLElement[]>,
): Range | null {
  const blockStart = blocks[match.block]?.start ?? 0;
  const runs = runsOf ? (runsOf.get(match.block) ?? []) : [...body.querySelectorAll<HTMLElement>(`[data-b="${match.block}"]`)];
  const start = pointIn(runs, match.start, blockStart);
  const end = pointIn(runs, match.end, blockStart);
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(start[0], start[1]);
  range.setEnd(end[0], end[1]);
  return range;
}

/** Every drawn run by block in one pass: a query per block would read a 2 M-character body 8,000 times. */
function drawnRuns(body: HTMLElement): Map<number, HTMLElement[]> {
  const runsOf = new Map<number, HTMLElement[]>();
  for (const run of body.querySelectorAll<HTMLElement>('[data-b]')) {
    const block = Number(run.dataset.b);
    const runs = runsOf.get(block);
    if (runs) runs.push(run);
    else runsOf.set(block, [run]);
  }
  return runsOf;
}

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS;

/** Matches marked at once, around the one read: a compilation holds tens of thousands. */
export const MARKED_MATCHES = 1_500;

/**
 * Marks the drawn matches around match `around` (the current one, or the first in view); blocks not
 * drawn yet are marked once they are. Stepping from match to match marks only the current one anew
 * (`showCurrent`).
 */
export function showMatches(body: HTMLElement, matches: readonly FindMatch[], blocks: readonly Block[], around = 0): void {
  if (!supported()) return;
  const runsOf = drawnRuns(body);
  const from = Math.max(0, Math.min(around - MARKED_MATCHES / 2, matches.length - MARKED_MATCHES));
  const all = new Highlight();
  for (const match of matches.slice(from, from + MARKED_MATCHES)) {
    const range = rangeOf(body, match, blocks, runsOf);
    if (range) all.add(range);
  }
  CSS.highlights.set(ALL, all);
}

/** Marks the current match over the others. */
export function showCurrent(body: HTMLElement, match: FindMatch | undefined, blocks: readonly Block[]): void {
  if (!supported()) return;
  const range = match && rangeOf(body, match, blocks);
  const now = range ? new Highlight(range) : new Highlight();
  now.priority = 1;
  CSS.highlights.set(CURRENT, now);
}

export function clearMatches(): void {
  if (!supported()) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
}
