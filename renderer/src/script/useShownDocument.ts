import { useEffect, useState } from 'react';
import type { DisplayScript } from '../../../shared/display-script.js';
import type { Block } from '../../../shared/policy.js';
import { showIn } from './converters.js';
import type { ShownDocument } from './shown-text.js';

/**
 * The document as shown in a script. After a switch the previous script stays on screen until the
 * new one is ready (the converters may still be loading), so the reader never sees a blank page.
 */
export function useShownDocument(
  blocks: readonly Block[],
  script: DisplayScript,
  initial: ShownDocument,
  onError: (error: unknown) => void,
): { shown: ShownDocument; pending: boolean } {
  const [shown, setShown] = useState(initial);
  const stale = shown.script !== script;
  useEffect(() => {
    if (!stale) return;
    let live = true;
    showIn(blocks, script).then((next) => live && setShown(next), onError);
    return () => {
      live = false;
    };
  }, [blocks, script, stale, onError]);
  return { shown, pending: stale };
}
