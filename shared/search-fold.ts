// Search compares texts in one form: simplified script, half-width, NFKC, lower case. The fold is
// character for character and keeps the length, so a position in folded text is the same position
// in the text it came from — canonical or shown alike.
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

let table: Uint16Array | undefined;

/** Rewrites the table through an OpenCC character dictionary ("源 目标 …|…"), single characters only. */
function applyDictionary(target: Uint16Array, dictionary: string): void {
  for (const entry of dictionary.split('|')) {
    const [source, to] = entry.split(' ');
    if (source?.length === 1 && to?.length === 1) target[source.charCodeAt(0)] = target[to.charCodeAt(0)] as number;
  }
}

/** For each UTF-16 code unit, the unit it folds to. */
function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) {
      table[code] = code;
      continue;
    }
    // NFKC folds full-width forms (Ａ１，) and compatibility ideographs to their ordinary characters.
    const normal = String.fromCharCode(code).normalize('NFKC').toLowerCase();
    table[code] = normal.length === 1 ? normal.charCodeAt(0) : code;
  }
  // Taiwan and Hong Kong variants to OpenCC's standard forms, then traditional to simplified.
  applyDictionary(table, TSCharacters);
  const variants = new Uint16Array(table);
  applyDictionary(variants, TWVariantsRev);
  applyDictionary(variants, HKVariantsRev);
  table = variants;
  return table;
}

const utf16 = new TextDecoder('utf-16le');

/** The text in search form, of the same length. */
export function foldForSearch(text: string): string {
  const fold = foldTable();
  let i = 0;
  while (i < text.length && fold[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === text.length) return text;
  const units = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) units[k] = fold[text.charCodeAt(k)] as number;
  return utf16.decode(units);
}
