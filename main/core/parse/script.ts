import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import type { Script } from '../../../shared/policy.js';

const TRADITIONAL = 1;
const SIMPLIFIED = 2;

let table: Uint8Array | undefined;

/**
 * For each character of the Basic Multilingual Plane: TRADITIONAL when only the traditional
 * script writes it (國), SIMPLIFIED when only the simplified one does (国), from OpenCC's
 * character tables. Characters that map to themselves among other forms (干, 于 …) say nothing.
 */
function scriptTable(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000);
  markDistinctive(table, TSCharacters, TRADITIONAL);
  markDistinctive(table, STCharacters, SIMPLIFIED);
  return table;
}

function markDistinctive(target: Uint8Array, dictionary: string, mark: number): void {
  for (const entry of dictionary.split('|')) {
    const [source, ...targets] = entry.split(' ');
    if (source?.length === 1 && !targets.includes(source)) target[source.charCodeAt(0)] = mark;
  }
}

export interface CharacterCensus {
  /** Characters other than white space. */
  visible: number;
  /** CJK ideographs. */
  cjk: number;
  traditional: number;
  simplified: number;
}

/** One pass over a text counting what the parser needs to judge its script and its nature. */
export function characterCensus(text: string): CharacterCensus {
  const marks = scriptTable();
  // Counted in locals: a hot loop over every character of every import.
  let visible = 0;
  let cjk = 0;
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0x3000) continue;
    visible++;
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
    const mark = marks[c];
    if (mark === TRADITIONAL) traditional++;
    else if (mark === SIMPLIFIED) simplified++;
  }
  return { visible, cjk, traditional, simplified };
}

/** Below this many distinctive characters a text is too short to call; it is taken as simplified. */
const MIN_EVIDENCE = 8;
/** Share of the minority script above which a text counts as mixed. */
const MIXED_SHARE = 0.15;

export function detectScript({ traditional, simplified }: CharacterCensus): Script {
  const evidence = traditional + simplified;
  if (evidence < MIN_EVIDENCE) return traditional > simplified ? 'traditional' : 'simplified';
  if (Math.min(traditional, simplified) / evidence > MIXED_SHARE) return 'mixed';
  return traditional > simplified ? 'traditional' : 'simplified';
}
