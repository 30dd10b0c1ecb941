// Find in the document as it is shown, whatever its script: the shown text and the query are both
// put in search form (which keeps lengths), so 商务厅 finds 商務廳 and offsets stay shown offsets. The
// query is read as the search box reads it, so a search hit opens with the same hits marked.
import type { Block } from '../../../shared/policy.js';
import { foldForSearch } from '../../../shared/search-fold.js';
import { parseQuery } from '../../../shared/search-query.js';
import type { ShownDocument } from '../script/shown-text.js';

/** A match in a block's shown text. */
export interface FindMatch {
  block: number;
  start: number;
  end: number;
}

const folded = new WeakMap<ShownDocument, string[]>();

/** The shown text in search form, made once per view: find's first keystroke in a compilation need not make it. */
export function foldedBlocks(shown: ShownDocument, count: number): string[] {
  let texts = folded.get(shown);
  if (!texts) {
    texts = Array.from({ length: count }, (_, i) => foldForSearch(shown.block(i).text));
    folded.set(shown, texts);
  }
  return texts;
}

/**
 * What each of the query's terms is found by in a view: the term in search form as typed, and as the
 * view phrases it (互联网 is 網際網路 in the 台灣用語 view). Terms as the search box reads them: words
 * apart, "quoted phrases" whole, exclusions left out (a document found holds none of them).
 */
export function findKeys(shown: ShownDocument, query: string): string[][] {
  return parseQuery(query).include.map((term) => [
    ...new Set([term.key, foldForSearch(shown.phrase(term.text).normalize('NFKC'))].filter(Boolean)),
  ]);
}

/**
 * Every match of the query's terms, in reading order: each term's occurrences without overlaps,
 * counted as search counts a document's hits, so the find bar and the results agree.
 */
export function findAll(shown: ShownDocument, blockCount: number, query: string): FindMatch[] {
  const terms = findKeys(shown, query);
  if (terms.length === 0) return [];
  const matches: FindMatch[] = [];
  foldedBlocks(shown, blockCount).forEach((text, block) => {
    const inBlock: FindMatch[] = [];
    for (const keys of terms) {
      for (let from = 0; ; ) {
        let at = -1;
        let length = 0;
        for (const key of keys) {
          const found = text.indexOf(key, from);
          if (found !== -1 && (at === -1 || found < at)) [at, length] = [found, key.length];
        }
        if (at === -1) break;
        inBlock.push({ block, start: at, end: at + length });
        from = at + length;
      }
    }
    if (terms.length > 1) inBlock.sort((a, b) => a.start - b.start || a.end - b.end);
    matches.push(...inBlock);
  });
  return matches;
}

/** The first match in a block at or after `block` (the one in view), or the last match. */
export function firstMatchFrom(matches: readonly FindMatch[], block: number): number {
  let [low, high] = [0, matches.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((matches[middle]?.block ?? 0) < block) low = middle + 1;
    else high = middle;
  }
  return Math.min(low, matches.length - 1);
}

/** The first match at or after a canonical position (a search hit), else the last before it. */
export function matchAt(matches: readonly FindMatch[], blocks: readonly Block[], shown: ShownDocument, position: number): number {
  if (matches.length === 0) return -1;
  const block = blocks.findIndex((b) => b.end > position);
  if (block === -1) return matches.length - 1;
  const start = blocks[block] as Block;
  const offset = shown.block(block).toShown(Math.max(0, position - start.start), 'start');
  const at = matches.findIndex((m) => m.block > block || (m.block === block && m.end > offset));
  return at === -1 ? matches.length - 1 : at;
}
