import { type RefObject, useCallback, useEffect, useState } from 'react';
import { onIdle } from '../common/idle.js';
import type { ShownDocument } from '../script/shown-text.js';

/** Groups brought to a new script each time the browser is idle. */
const GROUPS_PER_IDLE = 6;

interface Stagger {
  /** The view the document is switching to. */
  shown: ShownDocument;
  /** The view every group not yet brought over still shows. */
  settled: ShownDocument;
  /** Groups that show `shown` already. */
  upgraded: ReadonlySet<number>;
  /** Groups drawn when the switch began; those drawn later are drawn in the new view from the start. */
  drawn: number;
}

/** The groups of the document body (its children) that stand in the scroller's view, or near it. */
function groupsInView(scroller: HTMLElement | null): number[] {
  const body = scroller?.querySelector<HTMLElement>('.doc-body');
  if (!scroller || !body) return [];
  const view = scroller.getBoundingClientRect();
  const margin = view.height;
  const groups = [...body.children];
  const inView: number[] = [];
  groups.forEach((group, i) => {
    const box = group.getBoundingClientRect();
    if (box.bottom >= view.top - margin && box.top <= view.bottom + margin) inView.push(i);
  });
  return inView;
}

/**
 * A switch of script shown where the reader looks first: the groups in view take the new view in the
 * frame that shows the switch, and the others follow while the browser is idle, or as soon as they
 * scroll into view. A 2 M-character compilation then switches in the time of a screen, not of every
 * paragraph drawn. Returns the view each group shows, and a value that changes whenever a group
 * changed view (its text was drawn anew).
 */
export function useStaggeredView(
  shown: ShownDocument,
  groupCount: number,
  scroller: RefObject<HTMLElement | null>,
): { viewOf: (group: number) => ShownDocument; version: Stagger } {
  const [stagger, setStagger] = useState<Stagger>(() => ({ shown, settled: shown, upgraded: new Set(), drawn: 0 }));
  if (stagger.shown !== shown) {
    // Adjusted while rendering, so that the first frame of the switch already shows the view in the
    // new script. A view of more blocks in the same script (the rest of a long document come in)
    // is taken at once: the view before may not hold the blocks drawn now.
    const sameScript = shown.script === stagger.shown.script;
    setStagger(
      sameScript
        ? { shown, settled: shown, upgraded: new Set(), drawn: 0 }
        : { shown, settled: stagger.settled, upgraded: new Set(groupsInView(scroller.current)), drawn: groupCount },
    );
  }
  const switching = stagger.settled !== stagger.shown;

  const bringOver = useCallback((groups: number[]) => {
    setStagger((s) => {
      const fresh = groups.filter((g) => !s.upgraded.has(g));
      if (fresh.length === 0) return s;
      const upgraded = new Set([...s.upgraded, ...fresh]);
      return upgraded.size >= s.drawn ? { ...s, settled: s.shown, upgraded: new Set(), drawn: 0 } : { ...s, upgraded };
    });
  }, []);

  // The rest while idle, a few groups at a time.
  useEffect(() => {
    if (!switching) return;
    return onIdle(() => {
      const next: number[] = [];
      for (let g = 0; g < stagger.drawn && next.length < GROUPS_PER_IDLE; g++) if (!stagger.upgraded.has(g)) next.push(g);
      bringOver(next);
    });
  }, [switching, stagger, bringOver]);

  // Any that scroll into view before then, at once.
  useEffect(() => {
    const container = scroller.current;
    if (!switching || !container) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => bringOver(groupsInView(container)));
    };
    container.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      container.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [switching, scroller, bringOver]);

  const viewOf = useCallback(
    (group: number) =>
      stagger.settled === stagger.shown || group >= stagger.drawn || stagger.upgraded.has(group)
        ? stagger.shown
        : stagger.settled,
    [stagger],
  );
  return { viewOf, version: stagger };
}
