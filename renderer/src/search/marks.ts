import { foldForSearch } from '../../../shared/search-fold.js';

/** A text cut into plain and marked pieces where any of the (folded) terms occur. */
export function markTerms(text: string, terms: readonly string[]): Array<{ text: string; marked: boolean }> {
  const folded = foldForSearch(text);
  const marks = new Uint8Array(text.length);
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length))
      marks.fill(1, at, at + term.length);
  }
  const pieces: Array<{ text: string; marked: boolean }> = [];
  let from = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marks[i] !== marks[from]) {
      if (i > from) pieces.push({ text: text.slice(from, i), marked: marks[from] === 1 });
      from = i;
    }
  }
  return pieces;
}
