import { createContext, useContext, useEffect, useState } from 'react';
import type { DisplayScript } from '../../../shared/display-script.js';
import { loadConverters } from './converters.js';
import { phraseConverter } from './shown-text.js';

type Phrase = (text: string) => string;
const asIs: Phrase = (text) => text;

const ShownTextContext = createContext<Phrase>(asIs);

/** Provides how text about a document (annotation quotes, snippets) is shown to the views below. */
export const ShownTextProvider = ShownTextContext.Provider;

/** Text of or about the document in the script it is shown in. */
export function useShownText(): Phrase {
  return useContext(ShownTextContext);
}

/** Short texts in a script, for views not tied to one document; as they are until the converters load. */
export function usePhrases(script: DisplayScript): Phrase {
  const [phrase, setPhrase] = useState<{ script: DisplayScript; convert: Phrase }>({ script: 'original', convert: asIs });
  useEffect(() => {
    if (script === 'original') return setPhrase({ script, convert: asIs });
    let live = true;
    void loadConverters().then(({ convertText }) => {
      if (live) setPhrase({ script, convert: phraseConverter(convertText, script) });
    });
    return () => {
      live = false;
    };
  }, [script]);
  return phrase.convert;
}
