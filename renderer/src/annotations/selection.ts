/**
 * Canonical offsets of the user's selection within a document body. Every run of document text is
 * drawn in an element whose data-s holds the canonical offset of its first character; text outside
 * such runs (the head, drawn from metadata) is not part of the canonical text and is skipped.
 */
export function selectionOffsets(body: HTMLElement, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.commonAncestorContainer) && !range.intersectsNode(body)) return null;
  const start = boundaryOffset(body, range.startContainer, range.startOffset, 'forward');
  const end = boundaryOffset(body, range.endContainer, range.endOffset, 'backward');
  return start !== null && end !== null && end > start ? { start, end } : null;
}

function runOf(node: Node): HTMLElement | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as HTMLElement);
  return element?.closest<HTMLElement>('[data-s]') ?? null;
}

function boundaryOffset(body: HTMLElement, container: Node, offset: number, direction: 'forward' | 'backward'): number | null {
  if (container.nodeType === Node.TEXT_NODE) {
    const run = runOf(container);
    if (run && body.contains(run)) return Number(run.dataset.s) + offset;
  }
  // A boundary between elements, or in text that is not document text: take the nearest run in the
  // direction the selection extends.
  const point = document.createRange();
  point.setStart(container, offset);
  const runs = [...body.querySelectorAll<HTMLElement>('[data-s]')];
  const after = runs.findIndex((run) => point.comparePoint(run, 0) >= 0 && !run.contains(container));
  if (direction === 'forward') {
    const run = after === -1 ? null : runs[after];
    return run ? Number(run.dataset.s) : null;
  }
  const run = after === -1 ? runs.at(-1) : after > 0 ? runs[after - 1] : null;
  return run ? Number(run.dataset.s) + (run.textContent?.length ?? 0) : null;
}
