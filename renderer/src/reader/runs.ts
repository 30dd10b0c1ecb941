/**
 * Where a drawn run of text starts in its block's shown text: data-v where the script conversion
 * moved it, else its canonical offset within the block (data-s less the block's start).
 */
export function shownStartOf(run: HTMLElement, blockStart: number): number {
  const v = run.dataset.v;
  return v === undefined ? Number(run.dataset.s) - blockStart : Number(v);
}
