// Find in the document as it is shown, whatever its script: the shown text and the query are both
// put in search form (which keeps lengths), so 商务厅 finds 商務廳 and offsets stay shown offsets.
import type { Block } from '../../../shared/policy.js';
import { foldForSearch } from '../../../shared/search-fold.js';
import type { ShownDocument } from '../script/shown-text.js';

/** A match in a block's shown text. */
export interface FindMatch {
  block: number;
  start: number;
  end: number;
}

const folded = new WeakMap<ShownDocument, string[]>();

function foldedBlocks(shown: ShownDocument, count: number): string[] {
  let texts = folded.get(shown);
  if (!texts) {
    texts = Array.from({ length: count }, (_, i) => foldForSearch(shown.block(i).text));
    folded.set(shown, texts);
  }
  return texts;
}

/** Every match of the query (taken as one phrase), in reading order, without overlaps. */
export function findAll(shown: ShownDocument, blockCount: number, query: string, limit = 10_000): FindMatch[] {
  const key = foldForSearch(query.normalize('NFKC').trim());
  if (!key) return [];
  const matches: FindMatch[] = [];
  foldedBlocks(shown, blockCount).forEach((text, block) => {
    for (let at = text.indexOf(key); at !== -1 && matches.length < limit; at = text.indexOf(key, at + key.length)) {
      matches.push({ block, start: at, end: at + key.length });
    }
  });
  return matches;
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
