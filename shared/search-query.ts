// The search box's language: terms separated by spaces must all occur; "quoted phrases" (ASCII or
// Chinese quotation marks) may hold spaces; a leading minus excludes. Every term is a phrase —
// its characters must occur in sequence, as Chinese readers expect.
import { foldForSearch } from './search-fold.js';

export interface QueryTerm {
  /** As typed. */
  text: string;
  /** In search form (simplified, half-width, lower case). */
  key: string;
}

export interface ParsedQuery {
  include: QueryTerm[];
  exclude: QueryTerm[];
}

const OPENING = '"“「『';
const CLOSING: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』' };
const SPACE = /\s/;

export function parseQuery(input: string): ParsedQuery {
  const include: QueryTerm[] = [];
  const exclude: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (text: string, excluded: boolean) => {
    const key = foldForSearch(text.normalize('NFKC'));
    if (!key.trim() || seen.has(`${excluded}${key}`)) return;
    seen.add(`${excluded}${key}`);
    (excluded ? exclude : include).push({ text, key });
  };
  let i = 0;
  while (i < input.length) {
    const c = input[i] as string;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    let excluded = false;
    if ((c === '-' || c === '－') && i + 1 < input.length && !SPACE.test(input[i + 1] as string)) {
      excluded = true;
      i++;
    }
    const open = input[i] as string;
    if (OPENING.includes(open)) {
      const close = input.indexOf(CLOSING[open] as string, i + 1);
      const end = close === -1 ? input.length : close;
      add(input.slice(i + 1, end), excluded);
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !SPACE.test(input[end] as string)) end++;
    add(input.slice(i, end), excluded);
    i = end;
  }
  return { include, exclude };
}
