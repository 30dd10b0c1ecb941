import type { Annotation } from '../../../shared/annotations.js';
import type { Block } from '../../../shared/policy.js';

/** A run of a block's text with the annotations that cover all of it (latest last). */
export interface Segment {
  start: number;
  end: number;
  annotations: Annotation[];
}

/** Splits a block's range at every annotation boundary inside it. */
export function segmentsOf(block: Block, annotations: readonly Annotation[]): Segment[] {
  if (annotations.length === 0) return [{ start: block.start, end: block.end, annotations: [] }];
  const cuts = new Set([block.start, block.end]);
  for (const a of annotations) {
    if (a.start > block.start && a.start < block.end) cuts.add(a.start);
    if (a.end > block.start && a.end < block.end) cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = annotations.filter((a) => a.start <= start && a.end >= end);
    covering.sort((x, y) => x.createdAt.localeCompare(y.createdAt));
    segments.push({ start, end, annotations: covering });
  }
  return segments;
}

const EMPTY: readonly Annotation[] = [];

/**
 * For each block index, the placed annotations that overlap it. Annotations come sorted by start;
 * each is handed to the blocks it spans, so the cost is the number of (annotation, block) pairs.
 */
export function annotationsByBlock(
  blocks: readonly Block[],
  annotations: readonly Annotation[],
): (i: number) => readonly Annotation[] {
  const byBlock = new Map<number, Annotation[]>();
  const starts = blocks.map((b) => b.start);
  for (const a of annotations) {
    if (a.orphaned) continue;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((blocks[mid] as Block).end <= a.start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < blocks.length && (blocks[i] as Block).start < a.end; i++) {
      const list = byBlock.get(i) ?? [];
      list.push(a);
      byBlock.set(i, list);
    }
  }
  return (i) => byBlock.get(i) ?? EMPTY;
}
