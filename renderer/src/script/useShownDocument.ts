import { useEffect, useState } from 'react';
import type { DisplayScript } from '../../../shared/display-script.js';
import type { Block } from '../../../shared/policy.js';
import { showIn } from './converters.js';
import type { ShownDocument } from './shown-text.js';

/**
 * The document as shown in a script, and the blocks it shows. After a switch the previous script
 * stays on screen until the new one is ready (the converters may still be loading), so the reader
 * never sees a blank page; when more blocks arrive (a long document opens on its first ones), the
 * view takes them in once it can show them.
 */
export function useShownDocument<Blocks extends readonly Block[]>(
  blocks: Blocks,
  script: DisplayScript,
  initial: ShownDocument,
  onError: (error: unknown) => void,
): { shown: ShownDocument; blocks: Blocks; pending: boolean } {
  const [view, setView] = useState({ shown: initial, blocks });
  const pending = view.shown.script !== script;
  const stale = pending || view.blocks !== blocks;
  useEffect(() => {
    if (!stale) return;
    let live = true;
    showIn(blocks, script).then((shown) => live && setView({ shown, blocks }), onError);
    return () => {
      live = false;
    };
  }, [blocks, script, stale, onError]);
  return { shown: view.shown, blocks: view.blocks, pending };
}
