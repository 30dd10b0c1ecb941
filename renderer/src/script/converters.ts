import type { ConversionTarget, DisplayScript } from '../../../shared/display-script.js';
import type { Block, Script } from '../../../shared/policy.js';
import { onIdle } from '../common/idle.js';
import { type ConversionModule, convertedView, originalView, type ShownDocument } from './shown-text.js';

let loading: Promise<ConversionModule> | null = null;

/** The converters and their dictionaries, fetched the first time a document is shown converted. */
export function loadConverters(): Promise<ConversionModule> {
  loading ??= import('../../../shared/script-conversion.js');
  return loading;
}

/**
 * Loads the converters and builds the dictionaries of the likeliest switch once the document has
 * been on screen a moment and the reader is idle: a traditional document to simplified, any other
 * to Taiwan standard (which shares most of its dictionaries with the other traditional targets).
 * Not sooner: compiling the dictionaries would hold up the document's first paint.
 */
export function prepareWhenIdle(original: Script, delay = 1500): () => void {
  let cancelIdle = () => {};
  const timer = window.setTimeout(() => {
    cancelIdle = onIdle(() => {
      void loadConverters().then(({ prepareConversion }) => {
        cancelIdle = onIdle(() => prepareConversion(original === 'traditional' ? 'cn' : 'tw'));
      });
    });
  }, delay);
  return () => {
    window.clearTimeout(timer);
    cancelIdle();
  };
}

/** A document's blocks as shown in a script; the original needs no converter and comes at once. */
export async function showIn(blocks: readonly Block[], script: DisplayScript): Promise<ShownDocument> {
  if (script === 'original') return originalView(blocks);
  return convertedView(blocks, script satisfies ConversionTarget, await loadConverters());
}
