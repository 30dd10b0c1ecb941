import type { ConversionTarget, DisplayScript } from '../../../shared/display-script.js';
import type { Block, Script } from '../../../shared/policy.js';
import { onIdle } from '../common/idle.js';
import { convertedView, originalView, type ShownDocument } from './shown-text.js';

type ConversionModule = typeof import('../../../shared/script-conversion.js');

let loading: Promise<ConversionModule> | null = null;

/** The converters and their dictionaries, fetched the first time a document is shown converted. */
export function loadConverters(): Promise<ConversionModule> {
  loading ??= import('../../../shared/script-conversion.js');
  return loading;
}

/**
 * Loads the converters and builds the dictionaries of the likeliest switch while the reader is idle:
 * a traditional document to simplified, any other to Taiwan standard (which shares most of its
 * dictionaries with the other traditional targets).
 */
export function prepareWhenIdle(original: Script): () => void {
  return onIdle(() => {
    void loadConverters().then(({ prepareConversion }) =>
      onIdle(() => prepareConversion(original === 'traditional' ? 'cn' : 'tw')),
    );
  });
}

/** A document's blocks as shown in a script; the original needs no converter and comes at once. */
export async function showIn(blocks: readonly Block[], script: DisplayScript): Promise<ShownDocument> {
  if (script === 'original') return originalView(blocks);
  return convertedView(blocks, script satisfies ConversionTarget, await loadConverters());
}
