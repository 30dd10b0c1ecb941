/**
 * Scrolls a container so that `offset(container)` pixels of content sit at its top, correcting over
 * a few frames: blocks away from the view are not laid out (content-visibility) and take their
 * real height only as they come into view, which moves the target.
 */
export function settleScroll(container: HTMLElement, offset: (container: HTMLElement) => number | null, frames = 6): void {
  const step = (left: number) => {
    const wanted = offset(container);
    if (wanted === null) return;
    const delta = wanted - container.scrollTop;
    if (Math.abs(delta) > 1) container.scrollTop = wanted;
    if (left > 0 && Math.abs(delta) > 1) requestAnimationFrame(() => step(left - 1));
  };
  step(frames);
}
