import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { onIdle } from '../common/idle.js';

const FIRST = 80;
const CHUNK = 120;

/**
 * How many of a long document's pieces to draw: enough for the first screens at once, the rest in
 * chunks while the browser is idle, so that opening a 200,000-character policy paints quickly and
 * no task blocks scrolling. `ensure(n)` draws up to piece n at once (for jumps).
 */
export function useProgressiveCount(total: number, start = 0): [number, (upTo: number) => void] {
  const [count, setCount] = useState(() => Math.min(total, Math.max(FIRST, start + FIRST)));
  useEffect(() => {
    if (count >= total) return;
    return onIdle(() => setCount((c) => Math.min(total, c + CHUNK)));
  }, [count, total]);
  const ensure = useCallback(
    (upTo: number) => {
      if (upTo < count) return;
      flushSync(() => setCount(Math.min(total, upTo + FIRST)));
    },
    [count, total],
  );
  return [Math.min(count, total), ensure];
}
