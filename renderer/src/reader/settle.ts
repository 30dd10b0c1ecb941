const USER_SCROLL = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Scrolls a container so that `offset(container)` pixels of content sit at its top, correcting over
 * a few frames: blocks away from the view are not laid out (content-visibility) and take their
 * real height only as they come into view, which moves the target. Stops as soon as the reader
 * scrolls by wheel, touch, pointer or key, so that it never fights them.
 */
export function settleScroll(container: HTMLElement, offset: (container: HTMLElement) => number | null, frames = 6): void {
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  for (const type of USER_SCROLL) container.addEventListener(type, stop, { once: true, passive: true });
  const done = () => {
    for (const type of USER_SCROLL) container.removeEventListener(type, stop);
  };
  const step = (left: number) => {
    const wanted = stopped ? null : offset(container);
    if (wanted === null) return done();
    const delta = wanted - container.scrollTop;
    if (Math.abs(delta) > 1) container.scrollTop = wanted;
    if (left > 0 && Math.abs(delta) > 1) requestAnimationFrame(() => step(left - 1));
    else done();
  };
  step(frames);
}
