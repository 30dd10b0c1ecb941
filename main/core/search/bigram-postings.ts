// Which documents hold each pair of adjacent characters, and how often. Chinese has no spaces to cut
// words at, so a phrase is found through its character pairs: every document that contains 商务厅
// contains 商务 and 务厅 at least as often as the phrase, which bounds the phrase's count in it.
// The phrase itself is then confirmed in the document's text.

/** The pair starting at i, as one 32-bit number. */
export function pairAt(text: string, i: number): number {
  return ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
}

/** Postings: document numbers (positions in the segment), ascending, with the occurrences of the pair in each, saturating at 65,535. */
export interface Postings {
  docs: Int32Array;
  counts: Uint16Array;
}

/** The pairs and where each one's postings lie, always in memory. */
export interface PairTable {
  /** The distinct pairs, sorted. */
  pairs: Uint32Array;
  /** Postings of pairs[k] are start[k] … start[k + 1] - 1 of the postings arrays. */
  start: Int32Array;
}

export type PostingsArrays = PairTable & Postings;

/** Where the postings are held: in memory, or in an index file read as they are asked for. */
export interface PostingsStore {
  /** The postings of pairs[k]. */
  list(k: number): Postings;
  /** The whole postings arrays (a file reads them all). */
  whole(): Postings;
}

const EMPTY: Postings = { docs: new Int32Array(0), counts: new Uint16Array(0) };

class MemoryPostings implements PostingsStore {
  constructor(
    private readonly start: Int32Array,
    private readonly postings: Postings,
  ) {}

  list(k: number): Postings {
    const from = this.start[k] as number;
    const to = this.start[k + 1] as number;
    return { docs: this.postings.docs.subarray(from, to), counts: this.postings.counts.subarray(from, to) };
  }

  whole(): Postings {
    return this.postings;
  }
}

export class BigramPostings {
  readonly pairs: Uint32Array;
  readonly start: Int32Array;
  private readonly store: PostingsStore;

  constructor(table: PairTable, store: PostingsStore | Postings) {
    this.pairs = table.pairs;
    this.start = table.start;
    this.store = 'list' in store ? store : new MemoryPostings(table.start, store);
  }

  /** Every array, as an index file holds them. */
  get arrays(): PostingsArrays {
    return { pairs: this.pairs, start: this.start, ...this.store.whole() };
  }

  /** Counting sort over all documents: one pass to count the pairs, one to place the postings. */
  static build(texts: readonly string[]): BigramPostings {
    // Per document: its pairs sorted, then run-length counted into (pair, count).
    const perDoc: Array<{ pairs: Uint32Array; counts: Uint16Array }> = [];
    const distinct = new Map<number, number>();
    for (const text of texts) {
      const all = new Uint32Array(Math.max(0, text.length - 1));
      for (let i = 0; i + 1 < text.length; i++) all[i] = pairAt(text, i);
      all.sort();
      let n = 0;
      for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) n++;
      const pairs = new Uint32Array(n);
      const counts = new Uint16Array(n);
      let k = -1;
      for (let i = 0; i < all.length; i++) {
        if (i === 0 || all[i] !== all[i - 1]) {
          pairs[++k] = all[i] as number;
          distinct.set(all[i] as number, (distinct.get(all[i] as number) ?? 0) + 1);
        }
        if ((counts[k] as number) < 0xffff) counts[k] = (counts[k] as number) + 1;
      }
      perDoc.push({ pairs, counts });
    }
    const pairs = Uint32Array.from(distinct.keys()).sort();
    const start = new Int32Array(pairs.length + 1);
    const slot = new Map<number, number>();
    pairs.forEach((pair, k) => {
      slot.set(pair, k);
      start[k + 1] = (start[k] as number) + (distinct.get(pair) as number);
    });
    const fill = start.slice(0, pairs.length);
    const docs = new Int32Array(start[pairs.length] as number);
    const counts = new Uint16Array(docs.length);
    perDoc.forEach((doc, d) => {
      for (let i = 0; i < doc.pairs.length; i++) {
        const k = slot.get(doc.pairs[i] as number) as number;
        const at = fill[k] as number;
        docs[at] = d;
        counts[at] = doc.counts[i] as number;
        fill[k] = at + 1;
      }
    });
    return new BigramPostings({ pairs, start }, { docs, counts });
  }

  /** The postings of one pair; none if no document has it. */
  of(pair: number): Postings {
    const { pairs } = this;
    let low = 0;
    let high = pairs.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const value = pairs[mid] as number;
      if (value === pair) return this.store.list(mid);
      if (value < pair) low = mid + 1;
      else high = mid - 1;
    }
    return EMPTY;
  }

  /** Every pair that starts with a character: how a one-character term is looked up. */
  startingWith(char: number): Postings[] {
    const { pairs } = this;
    const first = (char << 16) >>> 0;
    let low = 0;
    let high = pairs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((pairs[mid] as number) < first) low = mid + 1;
      else high = mid;
    }
    const found: Postings[] = [];
    for (let k = low; k < pairs.length && (pairs[k] as number) >>> 16 === char; k++) found.push(this.store.list(k));
    return found;
  }
}
