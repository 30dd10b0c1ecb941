import { type RefObject, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Block } from '../../../shared/policy.js';
import type { FindTarget } from '../app/routes.js';
import { onIdle } from '../common/idle.js';
import type { ShownDocument } from '../script/shown-text.js';
import { type FindMatch, findAll, firstMatchFrom, foldedBlocks, matchAt } from './find.js';
import { clearMatches, MARKED_MATCHES, rangeOf, showCurrent, showMatches } from './find-highlights.js';
import { topWithin } from './positions.js';
import { settleScroll } from './settle.js';

interface Options {
  blocks: readonly Block[];
  shown: ShownDocument;
  scroller: RefObject<HTMLElement | null>;
  /** Draws the document up to a block. */
  reveal: (block: number) => void;
  /** A new value whenever the drawn text may have been redrawn (more pieces, annotations, script). */
  redrawn: object;
  initial?: FindTarget;
}

/** How long a scroll rests before the matches in view are marked. */
const SCROLL_REST_MS = 120;

/** Find in the document: matches marked live, a current one scrolled to, stepping with wrap-around. */
export function useFind({ blocks, shown, scroller, reveal, redrawn, initial }: Options) {
  const [open, setOpen] = useState(initial !== undefined);
  const [query, setQuery] = useState(initial?.query ?? '');
  // (The find bar hands the query over in a transition: typing is never held up by the search.)
  const matches = useMemo(() => (open ? findAll(shown, blocks.length, query) : []), [open, shown, blocks.length, query]);
  const [current, setCurrent] = useState(0);
  // The match the marks are drawn around: the current one, or the first in view after a scroll.
  const [around, setAround] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const body = () => scroller.current?.querySelector<HTMLElement>('.doc-body') ?? null;

  // The latest reveal, without making every render a new scrollTo.
  const revealNow = useRef(reveal);
  revealNow.current = reveal;
  const scrollTo = useCallback(
    (match: FindMatch) => {
      revealNow.current(match.block);
      requestAnimationFrame(() => {
        const container = scroller.current;
        const element = body();
        const range = element && rangeOf(element, match, blocks);
        if (!container || !range) return;
        const marker = { getBoundingClientRect: () => range.getBoundingClientRect() } as HTMLElement;
        settleScroll(container, (c) => topWithin(c, marker) - c.clientHeight / 3);
      });
    },
    [scroller, blocks],
  );

  // A new query starts at its first match; the search hit the document was opened at holds until
  // the reader types or steps (so a switch of script stays on it too).
  const target = useRef(initial?.at);
  useLayoutEffect(() => {
    if (matches.length === 0) return setCurrent(0);
    const at = target.current !== undefined ? matchAt(matches, blocks, shown, target.current) : 0;
    setCurrent(at);
    setAround(at);
    scrollTo(matches[at] as FindMatch);
  }, [matches, blocks, shown, scrollTo]);

  // The view's text in search form is made while the bar waits for the first keystroke.
  useEffect(() => (open ? onIdle(() => foldedBlocks(shown, blocks.length)) : undefined), [open, shown, blocks.length]);

  // `redrawn` stands for the DOM the ranges are made in: marked anew whenever it may have changed.
  // The current match and the counter come first; the matches around it are marked once the
  // browser is idle (in a compilation, finding every drawn run costs more than a frame).
  useLayoutEffect(() => {
    const element = body();
    if (!open || !element || matches.length === 0) {
      clearMatches();
      return;
    }
    return onIdle(() => showMatches(element, matches, blocks, around));
  }, [open, matches, redrawn, blocks, around]);

  // A reader who scrolls far from the marked matches finds the ones in view marked once the scroll rests.
  useEffect(() => {
    const container = scroller.current;
    if (!open || !container || matches.length <= MARKED_MATCHES) return;
    let timer = 0;
    const rest = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const box = container.getBoundingClientRect();
        const seen = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 3)?.closest('[data-block]');
        const block = Number((seen as HTMLElement | null)?.dataset.block ?? Number.NaN);
        if (Number.isNaN(block)) return;
        const first = firstMatchFrom(matches, block);
        setAround((now) => (Math.abs(first - now) > MARKED_MATCHES / 4 ? first : now));
      }, SCROLL_REST_MS);
    };
    container.addEventListener('scroll', rest, { passive: true });
    return () => {
      window.clearTimeout(timer);
      container.removeEventListener('scroll', rest);
    };
  }, [open, matches, scroller]);
  useLayoutEffect(() => {
    const element = body();
    if (open && element && matches.length > 0) showCurrent(element, matches[current], blocks);
  }, [open, matches, current, redrawn, blocks]);
  useLayoutEffect(() => clearMatches, []);

  const step = (direction: 1 | -1) => {
    target.current = undefined;
    if (matches.length === 0) return;
    const next = (current + direction + matches.length) % matches.length;
    setCurrent(next);
    setAround((now) => (Math.abs(next - now) > MARKED_MATCHES / 4 ? next : now));
    scrollTo(matches[next] as FindMatch);
  };

  return {
    open,
    query,
    current,
    total: matches.length,
    input,
    setQuery: (next: string) => {
      target.current = undefined;
      setQuery(next);
    },
    step,
    show: () => {
      setOpen(true);
      requestAnimationFrame(() => {
        input.current?.focus();
        input.current?.select();
      });
    },
    close: () => {
      setOpen(false);
      clearMatches();
    },
  };
}
