// Which documents hold each pair of adjacent characters, and about how often: one flexsearch
// `Index` per kind of text (bodies; titles + headings). Chinese has no spaces to cut words at, so
// a phrase is found through its character pairs: every document that contains 商务厅 contains
// 商务 and 务厅 at least as often as the phrase, which bounds the phrase's count in it.
//
// A document's terms for flexsearch are its DISTINCT pairs (a custom `encode`), and a custom
// `score` puts the document into the resolution slot 255 − min(count, 255) of each pair: slot s
// of a pair holds the documents where it occurs 255 − s times (slot 0: 255 times or more, a count
// left to the text). So a pair's slot arrays are its postings with their counts, best first.
import { Index, type Resolver } from 'flexsearch';

export const RESOLUTION = 256;
/** The bound of a count that saturated (slot 0): unknown, so counted in the text. */
export const SATURATED = 1 << 24;

/** The ids of one slot: JS arrays where flexsearch added them, Int32Array views where they were imported. */
type Slots = Array<ArrayLike<number> | null | undefined>;

const slotOf = (count: number) => RESOLUTION - 1 - Math.min(count, RESOLUTION - 1);
const boundOf = (slot: number) => (slot === 0 ? SATURATED : RESOLUTION - 1 - slot);
const pairString = (code: number) => String.fromCharCode(code >>> 16, code & 0xffff);

/** A text's distinct pairs as 32-bit codes, ascending, with each one's count. */
function distinctPairs(text: string): { codes: Uint32Array; counts: Uint32Array } {
  const all = new Uint32Array(Math.max(0, text.length - 1));
  for (let i = 0; i < all.length; i++) all[i] = ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) distinct++;
  const codes = new Uint32Array(distinct);
  const counts = new Uint32Array(distinct);
  let k = -1;
  for (let i = 0; i < all.length; i++) {
    if (i === 0 || all[i] !== all[i - 1]) codes[++k] = all[i] as number;
    counts[k] = (counts[k] as number) + 1;
  }
  return { codes, counts };
}

/** The encoder's terms: the distinct pairs, carrying each one's slot for the score to read back. */
type Encoded = string[] & { slots?: Uint8Array };

function encode(text: string): Encoded {
  const { codes, counts } = distinctPairs(text);
  const terms: Encoded = new Array<string>(codes.length);
  const slots = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    terms[i] = pairString(codes[i] as number);
    slots[i] = slotOf(counts[i] as number);
  }
  terms.slots = slots;
  return terms;
}

const score = (content: string[], _term: string, i: number) => ((content as Encoded).slots?.[i] as number) ?? 0;

/**
 * Postings sorted by pair, then slot, then document: what an index file holds and what a build
 * hands to flexsearch's import, so that ten thousand documents are not added one by one.
 */
export interface SortedPostings {
  /** The distinct pairs' codes, ascending. */
  pairs: Uint32Array;
  /** The groups of pairs[k] are groupStart[k] … groupStart[k + 1] - 1; a group is one slot of one pair. */
  groupStart: Uint32Array;
  groupSlot: Uint8Array;
  /** The documents of group g are docs positions groupEnd[g - 1] … groupEnd[g] - 1, ascending. */
  groupEnd: Uint32Array;
  docs: PostingsDocs;
}

/** The documents of all groups end to end: in memory, or in an index file read as they are asked for. */
export interface PostingsDocs {
  readonly length: number;
  /** Positions from … to - 1 (a view where it can be one). */
  range(from: number, to: number): Int32Array;
}

export class MemoryDocs implements PostingsDocs {
  constructor(readonly all: Int32Array) {}

  get length(): number {
    return this.all.length;
  }

  range(from: number, to: number): Int32Array {
    return this.all.subarray(from, to);
  }
}

/** Counting sort of every text's distinct pairs by (pair, slot); documents stay ascending inside a group. */
export function sortPostings(texts: readonly string[]): SortedPostings {
  const perDoc = texts.map(distinctPairs);
  const pairIndex = new Map<number, number>();
  for (const { codes } of perDoc) for (const code of codes) pairIndex.set(code, 0);
  const pairs = Uint32Array.from(pairIndex.keys()).sort();
  pairs.forEach((code, k) => {
    pairIndex.set(code, k);
  });
  // One cell per (pair, slot): its number of documents, then where its documents start.
  const cells = new Uint32Array(pairs.length * RESOLUTION + 1);
  const cellsOf = perDoc.map(({ codes, counts }) => {
    const own = new Uint32Array(codes.length);
    for (let i = 0; i < codes.length; i++) {
      const cell = (pairIndex.get(codes[i] as number) as number) * RESOLUTION + slotOf(counts[i] as number);
      own[i] = cell;
      cells[cell + 1] = (cells[cell + 1] as number) + 1;
    }
    return own;
  });
  let groups = 0;
  for (let c = 1; c < cells.length; c++) if (cells[c]) groups++;
  const groupStart = new Uint32Array(pairs.length + 1);
  const groupSlot = new Uint8Array(groups);
  const groupEnd = new Uint32Array(groups);
  const fill = new Uint32Array(cells.length - 1);
  let g = 0;
  let at = 0;
  for (let k = 0; k < pairs.length; k++) {
    groupStart[k] = g;
    for (let s = 0; s < RESOLUTION; s++) {
      const n = cells[k * RESOLUTION + s + 1] as number;
      if (!n) continue;
      fill[k * RESOLUTION + s] = at;
      at += n;
      groupSlot[g] = s;
      groupEnd[g++] = at;
    }
  }
  groupStart[pairs.length] = g;
  const docs = new Int32Array(at);
  cellsOf.forEach((own, doc) => {
    for (const cell of own) {
      docs[fill[cell] as number] = doc;
      fill[cell] = (fill[cell] as number) + 1;
    }
  });
  return { pairs, groupStart, groupSlot, groupEnd, docs: new MemoryDocs(docs) };
}

/** The slot arrays of pairs[k], as flexsearch's map holds them. */
function slotsOfPair(p: SortedPostings, k: number): Slots {
  const first = p.groupStart[k] as number;
  const last = (p.groupStart[k + 1] as number) - 1;
  const slots: Slots = new Array((p.groupSlot[last] as number) + 1);
  for (let g = first; g <= last; g++) {
    const from = g === 0 ? 0 : (p.groupEnd[g - 1] as number);
    slots[p.groupSlot[g] as number] = p.docs.range(from, p.groupEnd[g] as number);
  }
  return slots;
}

/** Where a pair is among the sorted pairs, or -1. */
function pairPosition(pairs: Uint32Array, code: number): number {
  let low = 0;
  let high = pairs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = pairs[mid] as number;
    if (value === code) return mid;
    if (value < code) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/**
 * Per-document typed arrays lent to one query and taken back at its end, so that a query
 * allocates (and the collector frees) no arrays of the library's size.
 */
export class Scratch {
  private bytesLent: Uint8Array[] = [];
  private intsLent: Int32Array[] = [];
  private usedBytes = 0;
  private usedInts = 0;
  private capacity = 0;

  /** Takes back the previous query's arrays; sizes them for n documents. */
  reset(n: number): void {
    if (n > this.capacity) {
      this.capacity = Math.max(n, Math.ceil(this.capacity * 1.5));
      this.bytesLent = [];
      this.intsLent = [];
    }
    this.usedBytes = 0;
    this.usedInts = 0;
  }

  /** A zeroed array of n bytes. */
  bytes(n: number): Uint8Array {
    this.bytesLent[this.usedBytes] ??= new Uint8Array(this.capacity);
    const array = this.bytesLent[this.usedBytes++] as Uint8Array;
    array.fill(0, 0, n);
    return array;
  }

  /** A zeroed array of n 32-bit integers. */
  ints(n: number): Int32Array {
    this.intsLent[this.usedInts] ??= new Int32Array(this.capacity);
    const array = this.intsLent[this.usedInts++] as Int32Array;
    array.fill(0, 0, n);
    return array;
  }
}

export const NO_BOUNDS = new Int32Array(0);

/**
 * One flexsearch Index of documents' distinct pairs. Either it holds a build's (or an index file's)
 * sorted postings, handed to flexsearch's import a pair at a time as queries first ask for it — so a
 * start reads no postings it does not search, and memory holds the pairs searched — or documents
 * are added to it and removed from it one at a time by flexsearch's own add / update / remove,
 * which keep a register of each document's entries for removal (the documents imported since).
 */
export class PairIndex {
  private readonly index: Index;
  /** Each character's pairs, as a one-character term finds them, noted as documents are added. */
  private readonly grownPairs: Map<number, Set<string>> | null;
  /** The stored pairs already imported into flexsearch. */
  private readonly imported: Uint8Array;

  private constructor(
    private readonly stored: SortedPostings | null,
    fastupdate: boolean,
  ) {
    this.index = new Index({ tokenize: 'strict', resolution: RESOLUTION, encode, score, fastupdate, cache: false });
    this.grownPairs = stored ? null : new Map();
    this.imported = new Uint8Array(stored ? stored.pairs.length : 0);
  }

  /** An index of stored postings; flexsearch imports each pair's when it is first searched. */
  static stored(postings: SortedPostings): PairIndex {
    return new PairIndex(postings, false);
  }

  /** An index documents are added to and removed from one at a time. */
  static growing(): PairIndex {
    return new PairIndex(null, true);
  }

  add(doc: number, text: string): void {
    const table = this.grownPairs;
    if (!table) throw new Error('a stored pair index is not added to');
    if (this.index.contain(doc)) this.index.update(doc, text);
    else this.index.add(doc, text);
    for (const pair of encode(text)) {
      const char = pair.charCodeAt(0);
      const set = table.get(char);
      if (set) set.add(pair);
      else table.set(char, new Set([pair]));
    }
  }

  remove(doc: number): void {
    this.index.remove(doc);
  }

  /** A pair's slot arrays: documents by how often it occurs in them. */
  private slots(pair: string): Slots {
    if (this.stored) this.importPair(pair);
    const found = this.index.search(pair, { resolve: false }) as unknown as Resolver;
    return ((found as unknown as { result?: Slots }).result ?? []) as Slots;
  }

  /** Hands a stored pair's postings to flexsearch, through its import of map entries, the first time it is searched. */
  private importPair(pair: string): void {
    const stored = this.stored as SortedPostings;
    const k = pairPosition(stored.pairs, ((pair.charCodeAt(0) << 16) | pair.charCodeAt(1)) >>> 0);
    if (k === -1 || this.imported[k]) return;
    // Index.import takes parsed map entries as well as its own JSON, and adds them to the map it has.
    this.index.import('map', [[pair, slotsOfPair(stored, k)]] as unknown as string);
    this.imported[k] = 1;
  }

  /** Every pair that starts with the character (each text ends in a line break, so every character starts one). */
  private pairsStartingWith(char: number): Iterable<string> {
    if (this.grownPairs) return this.grownPairs.get(char) ?? [];
    const { pairs } = this.stored as SortedPostings;
    const first = (char << 16) >>> 0;
    let low = 0;
    let high = pairs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((pairs[mid] as number) < first) low = mid + 1;
      else high = mid;
    }
    const found: string[] = [];
    for (let k = low; k < pairs.length && (pairs[k] as number) >>> 16 === char; k++) found.push(pairString(pairs[k] as number));
    return found;
  }

  /**
   * Marks the documents that may hold the term and, where `bound` is not empty, adds to it an upper
   * bound of the term's count in each. One character: the sum over the pairs it starts (exact up to
   * saturation). Two: the pair's own slot (exact). Longer: the pairs ANDed, the rarest count kept.
   */
  candidates(key: string, n: number, scratch: Scratch, mark: Uint8Array, bound: Int32Array): void {
    if (key.length === 1) {
      for (const pair of this.pairsStartingWith(key.charCodeAt(0))) addSlots(this.slots(pair), mark, bound);
      return;
    }
    if (key.length === 2) {
      addSlots(this.slots(key), mark, bound);
      return;
    }
    const lists: Slots[] = [];
    for (let i = 0; i + 1 < key.length; i++) {
      const slots = this.slots(key.slice(i, i + 2));
      if (slots.length === 0) return;
      lists.push(slots);
    }
    andSlots(lists, n, scratch, mark, bound);
  }
}

/** Marks a pair's documents, adding the slot's count to their bound (saturating). */
function addSlots(slots: Slots, mark: Uint8Array, bound: Int32Array): void {
  const withBounds = bound.length > 0;
  for (let s = 0; s < slots.length; s++) {
    const ids = slots[s];
    if (!ids) continue;
    const b = boundOf(s);
    for (let i = 0; i < ids.length; i++) {
      const doc = ids[i] as number;
      mark[doc] = 1;
      if (withBounds) bound[doc] = Math.min(SATURATED, (bound[doc] as number) + b);
    }
  }
}

/** The documents in every pair's slot arrays, rarest pair first, each with the smallest of its counts. */
function andSlots(lists: Slots[], n: number, scratch: Scratch, mark: Uint8Array, bound: Int32Array): void {
  const size = (slots: Slots) => slots.reduce((sum, ids) => sum + (ids ? ids.length : 0), 0);
  lists.sort((a, b) => size(a) - size(b));
  const seen = scratch.ints(n);
  const worst = scratch.ints(n);
  for (let l = 0; l < lists.length; l++) {
    const slots = lists[l] as Slots;
    for (let s = 0; s < slots.length; s++) {
      const ids = slots[s];
      if (!ids) continue;
      const b = boundOf(s);
      for (let i = 0; i < ids.length; i++) {
        const doc = ids[i] as number;
        if (seen[doc] !== l) continue;
        seen[doc] = l + 1;
        if (l === 0 || b < (worst[doc] as number)) worst[doc] = b;
      }
    }
  }
  const withBounds = bound.length > 0;
  for (let doc = 0; doc < n; doc++) {
    if (seen[doc] !== lists.length) continue;
    mark[doc] = 1;
    if (withBounds) bound[doc] = Math.min(SATURATED, (bound[doc] as number) + (worst[doc] as number));
  }
}
