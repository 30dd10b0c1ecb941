import type { ReadingPosition } from '../../../shared/settings.js';

/** An element's top in the scroll container's content coordinates, whatever its offsetParent. */
export function topWithin(container: HTMLElement, el: Pick<Element, 'getBoundingClientRect'>): number {
  return el.getBoundingClientRect().top - container.getBoundingClientRect().top + container.scrollTop;
}

/** Index of the first element (in document order) for which `isBelow` holds, by binary search. */
function firstWhere(elements: HTMLElement[], isBelow: (el: HTMLElement) => boolean): number {
  let low = 0;
  let high = elements.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isBelow(elements[mid] as HTMLElement)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The drawn pieces of the groups around a height in the body: the group that reaches below `y` and
 * the next. Groups away from the view are not laid out (content-visibility), and measuring a piece
 * inside one lays it out; measuring the groups themselves does not, so a search by height goes
 * through the groups first and lays out only the one or two it lands in.
 */
function piecesAround(
  container: HTMLElement,
  body: HTMLElement,
  y: number,
): { pieces: HTMLElement[]; group: number; groups: HTMLElement[] } {
  const groups = [...body.children] as HTMLElement[];
  const group = Math.min(
    groups.length - 1,
    firstWhere(groups, (g) => topWithin(container, g) + g.offsetHeight > y),
  );
  const pieces = groups.slice(Math.max(0, group), group + 2).flatMap((g) => [...g.children] as HTMLElement[]);
  return { pieces, group, groups };
}

/** The start of the document: the head and everything above the first block. */
const AT_START: ReadingPosition = { block: 0, fraction: 0 };

/** Where a scroll container stands in a document body whose pieces carry data-block. */
export function positionAt(container: HTMLElement, body: HTMLElement): ReadingPosition {
  const y = container.scrollTop;
  const first = body.querySelector<HTMLElement>(':scope > .doc-group > [data-block]');
  if (!first || y <= topWithin(container, first)) return AT_START;
  const { pieces } = piecesAround(container, body, y);
  const at = Math.min(
    pieces.length - 1,
    firstWhere(pieces, (el) => topWithin(container, el) + el.offsetHeight > y),
  );
  const el = pieces[at] as HTMLElement;
  const fraction = el.offsetHeight > 0 ? (y - topWithin(container, el)) / el.offsetHeight : 0;
  return { block: Number(el.dataset.block ?? 0), fraction: Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 1000 };
}

/**
 * The drawn piece that holds a block: the one named for it, else the last before it (a paragraph
 * that opens with a run-in heading is named for the heading).
 */
export function pieceElement(body: HTMLElement, block: number): HTMLElement | null {
  const own = body.querySelector<HTMLElement>(`:scope > .doc-group > [data-block="${block}"]`);
  if (own) return own;
  const pieces = [...body.querySelectorAll<HTMLElement>(':scope > .doc-group > [data-block]')];
  return pieces.findLast((el) => Number(el.dataset.block) <= block) ?? null;
}

/** The scroll offset that shows a saved position. */
export function scrollTopFor(container: HTMLElement, body: HTMLElement, position: ReadingPosition): number {
  if (position.block === AT_START.block && position.fraction === AT_START.fraction) return 0;
  const el = pieceElement(body, position.block);
  return el ? topWithin(container, el) + position.fraction * el.offsetHeight : 0;
}

/**
 * The last heading at or above the top of the view (plus a margin), or null before the first. Only
 * the groups around the view are measured: a heading in a group above them is above the view.
 */
export function currentHeading(container: HTMLElement, body: HTMLElement, margin = 24): number | null {
  const y = container.scrollTop + margin;
  const { group, groups } = piecesAround(container, body, y);
  for (let g = Math.min(groups.length - 1, group + 1); g >= 0; g--) {
    const headings = [...(groups[g] as HTMLElement).querySelectorAll<HTMLElement>('[id^="b-"]')];
    const measured = g >= group ? headings.filter((el) => topWithin(container, el) <= y) : headings;
    const last = measured.at(-1);
    if (last) return Number(last.id.slice(2));
  }
  return null;
}

/** The first piece that starts in view, and how far below the view's top it starts (in pixels). */
export interface ViewAnchor {
  block: number;
  offset: number;
}

/**
 * What the reader sees first: the first drawn piece whose top is in view (a heading just scrolled
 * to, not the end of the paragraph above it), to hold in place when a setting moves the text.
 */
export function anchorAt(container: HTMLElement, body: HTMLElement): ViewAnchor | null {
  const y = container.scrollTop;
  const { pieces } = piecesAround(container, body, y);
  const el = pieces[firstWhere(pieces, (piece) => topWithin(container, piece) >= y - 1)];
  return el ? { block: Number(el.dataset.block ?? 0), offset: topWithin(container, el) - y } : null;
}

/** The scroll offset that puts an anchored piece where it was in the view. */
export function scrollTopForAnchor(container: HTMLElement, body: HTMLElement, anchor: ViewAnchor): number {
  const el = pieceElement(body, anchor.block);
  return el ? topWithin(container, el) - anchor.offset : container.scrollTop;
}
