// Ranges over the drawn text of a document: each block is drawn as runs (elements with data-b and
// data-s, and data-v where a script conversion moved them), each run holding one text node, its
// own or its citation link's. Find marks and annotation highlights are drawn on these ranges.
import { shownStartOf } from './runs.js';

/** The text node a drawn run holds. */
export function textOf(run: HTMLElement): Node | null {
  return run.firstChild instanceof Element ? run.firstChild.firstChild : run.firstChild;
}

/** The DOM position of a shown offset in a block, from its runs. */
export function pointIn(runs: readonly HTMLElement[], offset: number, blockStart: number): [Node, number] | null {
  for (const run of runs) {
    const from = shownStartOf(run, blockStart);
    const text = textOf(run);
    const length = text?.textContent?.length ?? 0;
    if (text && offset >= from && offset <= from + length) return [text, offset - from];
  }
  return null;
}

/** The range of a block's drawn text between two shown offsets, or null where it is not drawn. */
export function shownRange(runs: readonly HTMLElement[], blockStart: number, start: number, end: number): Range | null {
  const from = pointIn(runs, start, blockStart);
  const to = pointIn(runs, end, blockStart);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}

/** Every drawn run by block in one pass: a query per block would read a 2 M-character body 8,000 times. */
export function drawnRuns(body: HTMLElement): Map<number, HTMLElement[]> {
  const runsOf = new Map<number, HTMLElement[]>();
  for (const run of body.querySelectorAll<HTMLElement>('[data-b]')) {
    const block = Number(run.dataset.b);
    const runs = runsOf.get(block);
    if (runs) runs.push(run);
    else runsOf.set(block, [run]);
  }
  return runsOf;
}

/** Whether the browser draws ranges as highlights (the CSS Custom Highlight API, Chromium ≥ 105). */
export const canHighlight = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS;
