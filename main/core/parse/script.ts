import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import type { Script } from '../../../shared/policy.js';

interface ScriptCharacters {
  traditionalOnly: Set<string>;
  simplifiedOnly: Set<string>;
}

let characters: ScriptCharacters | undefined;

/**
 * Characters that only one script writes, from OpenCC's character tables: a traditional
 * character whose every simplified form differs from it (國), and the reverse (国). Characters
 * that map to themselves among other forms (干, 于 …) say nothing and are left out.
 */
function scriptCharacters(): ScriptCharacters {
  characters ??= {
    traditionalOnly: distinctiveSources(TSCharacters),
    simplifiedOnly: distinctiveSources(STCharacters),
  };
  return characters;
}

function distinctiveSources(dictionary: string): Set<string> {
  const result = new Set<string>();
  for (const entry of dictionary.split('|')) {
    const [source, ...targets] = entry.split(' ');
    if (source && [...source].length === 1 && !targets.includes(source)) result.add(source);
  }
  return result;
}

/** Below this many distinctive characters a text is too short to call; it is taken as simplified. */
const MIN_EVIDENCE = 8;
/** Share of the minority script above which a text counts as mixed. */
const MIXED_SHARE = 0.15;

export function detectScript(text: string): Script {
  const { traditionalOnly, simplifiedOnly } = scriptCharacters();
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (traditionalOnly.has(ch)) traditional++;
    else if (simplifiedOnly.has(ch)) simplified++;
  }
  const evidence = traditional + simplified;
  if (evidence < MIN_EVIDENCE) return traditional > simplified ? 'traditional' : 'simplified';
  const minority = Math.min(traditional, simplified) / evidence;
  if (minority > MIXED_SHARE) return 'mixed';
  return traditional > simplified ? 'traditional' : 'simplified';
}
