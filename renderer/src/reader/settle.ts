const USER_SCROLL = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** The settling under way in each container: a new jump ends the one before. */
const active = new WeakMap<HTMLElement, () => void>();

/**
 * Scrolls a container so that `offset(container)` pixels of content sit at its top, and keeps it
 * there while the content above changes size: blocks away from the view are not laid out
 * (content-visibility) and take their real height only later, and a long document is drawn in
 * chunks. Holds for `holdMs` at most, and stops as soon as the reader acts by wheel, touch, pointer
 * or key, so that it never fights them.
 */
export function settleScroll(container: HTMLElement, offset: (container: HTMLElement) => number | null, holdMs = 1500): void {
  active.get(container)?.();
  let stopped = false;
  const apply = () => {
    const wanted = stopped ? null : offset(container);
    if (wanted === null) return stop();
    if (Math.abs(wanted - container.scrollTop) > 1) container.scrollTop = wanted;
  };
  const observer = new ResizeObserver(apply);
  const timer = window.setTimeout(() => stop(), holdMs);
  function stop() {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    window.clearTimeout(timer);
    for (const type of USER_SCROLL) window.removeEventListener(type, stop, { capture: true });
    if (active.get(container) === stop) active.delete(container);
  }
  active.set(container, stop);
  // Anywhere in the window: keys that scroll reach the page, not the container.
  for (const type of USER_SCROLL) window.addEventListener(type, stop, { capture: true, passive: true });
  for (const child of container.children) observer.observe(child);
  apply();
}
