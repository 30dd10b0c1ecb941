import type { Block } from '../../../shared/policy.js';
import type { Side } from '../../../shared/script-conversion.js';
import { shownStartOf } from '../reader/runs.js';
import type { ShownDocument } from '../script/shown-text.js';

/**
 * Canonical offsets of the user's selection within a document body. Every run of document text is
 * drawn in an element that names its block (data-b) and where the run starts (see shownStartOf);
 * text outside such runs (the head, drawn from metadata) is not part of the canonical
 * text and is skipped. In a converted script a selection that cuts a converted word takes all of it.
 */
export function selectionOffsets(
  body: HTMLElement,
  selection: Selection | null,
  blocks: readonly Block[],
  shown: ShownDocument,
): { start: number; end: number } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.commonAncestorContainer) && !range.intersectsNode(body)) return null;
  const canonicalAt = (run: HTMLElement, offset: number, side: Side): number => {
    const index = Number(run.dataset.b);
    const block = blocks[index] as Block;
    return block.start + shown.block(index).toCanonical(shownStartOf(run, block.start) + offset, side);
  };
  const start = boundaryOffset(body, range.startContainer, range.startOffset, 'start', canonicalAt);
  const end = boundaryOffset(body, range.endContainer, range.endOffset, 'end', canonicalAt);
  return start !== null && end !== null && end > start ? { start, end } : null;
}

type CanonicalAt = (run: HTMLElement, offset: number, side: Side) => number;

function runOf(node: Node): HTMLElement | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
  return element?.closest<HTMLElement>('[data-b]') ?? null;
}

function boundaryOffset(body: HTMLElement, container: Node, offset: number, side: Side, canonicalAt: CanonicalAt): number | null {
  if (container.nodeType === Node.TEXT_NODE) {
    const run = runOf(container);
    if (run && body.contains(run)) return canonicalAt(run, offset, side);
  }
  // A boundary between elements, or in text that is not document text: take the nearest run in the
  // direction the selection extends.
  const point = document.createRange();
  point.setStart(container, offset);
  const runs = [...body.querySelectorAll<HTMLElement>('[data-b]')];
  const after = runs.findIndex((run) => point.comparePoint(run, 0) >= 0 && !run.contains(container));
  if (side === 'start') {
    const run = after === -1 ? null : runs[after];
    return run ? canonicalAt(run, 0, side) : null;
  }
  const run = after === -1 ? runs.at(-1) : after > 0 ? runs[after - 1] : null;
  return run ? canonicalAt(run, run.textContent?.length ?? 0, side) : null;
}
