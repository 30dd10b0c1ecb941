// Marks find matches with the CSS Custom Highlight API: ranges over the drawn text, no change to the
// DOM, so that marking thousands of matches as the user types stays cheap.
import type { Block } from '../../../shared/policy.js';
import { canHighlight, drawnRuns, shownRange } from './dom-ranges.js';
import type { FindMatch } from './find.js';

const ALL = 'find-match';
const CURRENT = 'find-current';

/** A match's range in the drawn text; `runsOf` holds every drawn block's runs where the caller has them. */
export function rangeOf(
  body: HTMLElement,
  match: FindMatch,
  blocks: readonly Block[],
  runsOf?: ReadonlyMap<number, HTMLElement[]>,
): Range | null {
  const blockStart = blocks[match.block]?.start ?? 0;
  const runs = runsOf ? (runsOf.get(match.block) ?? []) : [...body.querySelectorAll<HTMLElement>(`[data-b="${match.block}"]`)];
  return shownRange(runs, blockStart, match.start, match.end);
}

/** Matches marked at once, around the one read: a compilation holds tens of thousands. */
export const MARKED_MATCHES = 1_500;

/**
 * Marks the drawn matches around match `around` (the current one, or the first in view); blocks not
 * drawn yet are marked once they are. Stepping from match to match marks only the current one anew
 * (`showCurrent`).
 */
export function showMatches(body: HTMLElement, matches: readonly FindMatch[], blocks: readonly Block[], around = 0): void {
  if (!canHighlight()) return;
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
  if (!canHighlight()) return;
  const range = match && rangeOf(body, match, blocks);
  const now = range ? new Highlight(range) : new Highlight();
  now.priority = 1;
  CSS.highlights.set(CURRENT, now);
}

export function clearMatches(): void {
  if (!canHighlight()) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
}
