/** Canonical offsets of a stretch of text. */
interface Span {
  start: number;
  end: number;
}

/**
 * Splits stretches of text further at the edges of ranges (sorted, not overlapping), each piece
 * with the range that covers it, if any. Without ranges the stretches come back as they are: a
 * document is drawn again at every change of script, and most blocks have no range.
 */
export function splitByRanges<S extends Span, R extends Span>(
  stretches: readonly S[],
  ranges: readonly R[],
): ReadonlyArray<S & { range?: R | null }> {
  if (ranges.length === 0) return stretches;
  const out: Array<S & { range: R | null }> = [];
  for (const stretch of stretches) {
    const inside = ranges.filter((r) => r.end > stretch.start && r.start < stretch.end);
    if (inside.length === 0) {
      out.push({ ...stretch, range: null });
      continue;
    }
    let at = stretch.start;
    for (const range of inside) {
      if (range.start > at) out.push({ ...stretch, start: at, end: range.start, range: null });
      const end = Math.min(range.end, stretch.end);
      out.push({ ...stretch, start: Math.max(at, range.start), end, range });
      at = end;
    }
    if (at < stretch.end) out.push({ ...stretch, start: at, end: stretch.end, range: null });
  }
  return out;
}
