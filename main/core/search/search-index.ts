// The library's search index, on flexsearch: pair indexes (pair-index.ts) of the documents' bodies
// and of their titles + headings find the candidates and bound their hits; this class ranks them and
// confirms phrases in the folded texts. Documents present at a build come in through flexsearch's
// import; those imported later go through its add / update / remove into a second, growing pair
// index, and a document of the imported set that is removed or replaced is struck out of it until
// the next build (flexsearch removes only with its fastupdate register, which over the whole library
// costs more memory than a rebuild now and then costs time). Ranking: documents with a term in the
// title or a heading first, then by the number of hits, then newer first.
import { foldForSearch } from '../../../shared/search-fold.js';
import type { ParsedQuery } from '../../../shared/search-query.js';
import { NO_BOUNDS, PairIndex, SATURATED, Scratch, type SortedPostings, sortPostings } from './pair-index.js';

/** A document as the index takes it. */
export interface IndexedDocument {
  /** The library's integer key of the document. */
  key: number;
  /** Its content hash; an index file is checked against the library by key and hash. */
  hash: string;
  /** The canonical text. */
  text: string;
  /** The title and the headings, which rank a document above those that mention a term only in passing. */
  headings: string[];
  /** The title as the library lists it; searched too where the text does not hold it (derived or corrected titles). */
  title?: string;
}

export interface RankedDocument {
  key: number;
  /** A term occurs in the title or a heading. */
  inHeading: boolean;
  /** Occurrences of all the query's terms together. */
  hits: number;
  /** Where the terms occur, in text order, as canonical offsets (the first `MAX_OFFSETS`). */
  offsets: Array<{ start: number; end: number }>;
}

export interface SearchOptions {
  limit: number;
  /** Filters by document key (issuer, year …); every document when absent. */
  accept?: (key: number) => boolean;
  /** The date that breaks ties between documents with as many hits (YYYY-MM-DD, or null). */
  dateOf: (key: number) => string | null;
}

/** Folded texts by document number: in memory, or in an index file read as they are asked for. */
export interface TextList {
  readonly length: number;
  get(doc: number): string;
}

export class MemoryTexts implements TextList {
  constructor(private readonly texts: readonly string[]) {}

  get length(): number {
    return this.texts.length;
  }

  get(doc: number): string {
    return this.texts[doc] as string;
  }
}

/** What a build makes and an index file holds: the documents present then, their texts and sorted postings. */
export interface StoredIndex {
  keys: Int32Array;
  hashes: string[];
  /** Folded bodies, each ending in a line break so that its last character starts a pair too. */
  bodies: TextList;
  /** Folded titles and headings, likewise. */
  headings: TextList;
  body: SortedPostings;
  heads: SortedPostings;
  /** Lets go of the file the texts are read from, if they are. */
  close?: () => void;
}

const MAX_OFFSETS = 200;
/** Documents imported, replaced or removed since the build beyond which the index is built anew. */
export const REBUILD_AFTER = 500;

/** The folded body: a title the text lacks follows it, so that it is found; its hits lie past the text's end. */
export function bodyText(d: IndexedDocument): string {
  const title = d.title && !d.text.includes(d.title) ? `${d.title}\n` : '';
  return `${foldForSearch(d.text)}\n${foldForSearch(title)}`;
}

export const headingText = (d: IndexedDocument) => `${foldForSearch(d.headings.join('\n'))}\n`;

export class SearchIndex {
  /** Keys and hashes by document number: the stored ones, then the ones added since. */
  private readonly keyOf: number[];
  private readonly hashOf: string[];
  /** The document number of each live key. */
  private readonly positions = new Map<number, number>();
  /** Stored documents removed or replaced since the build. */
  private readonly struck = new Set<number>();
  private readonly stored: StoredIndex;
  private readonly body: PairIndex;
  private readonly heads: PairIndex;
  private grown: { body: PairIndex; heads: PairIndex } | null = null;
  private readonly addedBodies = new Map<number, string>();
  private readonly addedHeadings = new Map<number, string>();
  /**
   * Documents added but not yet in the growing pair index: their texts are searched as they are
   * until `settle` adds them, so that a start which finds documents newer than the index file, or a
   * search right after an import, does not wait for flexsearch's add.
   */
  private readonly unsettled = new Set<number>();
  private readonly scratch = new Scratch();

  constructor(stored: StoredIndex) {
    this.stored = stored;
    this.keyOf = Array.from(stored.keys);
    this.hashOf = [...stored.hashes];
    this.keyOf.forEach((key, doc) => {
      this.positions.set(key, doc);
    });
    this.body = PairIndex.stored(stored.body);
    this.heads = PairIndex.stored(stored.heads);
  }

  static build(documents: readonly IndexedDocument[]): SearchIndex {
    return new SearchIndex(storedIndexOf(documents));
  }

  /** What an index file saves: the documents of the last build. */
  get storedIndex(): StoredIndex {
    return this.stored;
  }

  /** Lets go of the index file the texts are read from. */
  close(): void {
    this.stored.close?.();
  }

  add(document: IndexedDocument): void {
    const known = this.positions.get(document.key);
    if (known !== undefined && known < this.stored.keys.length) this.struck.add(known);
    let doc = known;
    if (doc === undefined || doc < this.stored.keys.length) {
      doc = this.keyOf.length;
      this.keyOf.push(document.key);
      this.hashOf.push(document.hash);
      this.positions.set(document.key, doc);
    }
    this.hashOf[doc] = document.hash;
    const body = bodyText(document);
    const heading = headingText(document);
    this.addedBodies.set(doc, body);
    this.addedHeadings.set(doc, heading);
    // A replaced document's old pairs leave the growing index now; its new ones come in when settled.
    this.grown?.body.remove(doc);
    this.grown?.heads.remove(doc);
    this.unsettled.add(doc);
  }

  /** How many added documents are still searched by reading their texts. */
  get unsettledCount(): number {
    return this.unsettled.size;
  }

  /** Adds unsettled documents to the growing pair index until the time is up (at least one); returns how many are left. */
  settle(budgetMs: number): number {
    const until = performance.now() + budgetMs;
    for (const doc of this.unsettled) {
      this.grown ??= { body: PairIndex.growing(), heads: PairIndex.growing() };
      this.grown.body.add(doc, this.addedBodies.get(doc) ?? '');
      this.grown.heads.add(doc, this.addedHeadings.get(doc) ?? '');
      this.unsettled.delete(doc);
      if (performance.now() >= until) break;
    }
    return this.unsettled.size;
  }

  remove(key: number): void {
    const doc = this.positions.get(key);
    if (doc === undefined) return;
    this.positions.delete(key);
    if (doc < this.stored.keys.length) {
      this.struck.add(doc);
      return;
    }
    this.grown?.body.remove(doc);
    this.grown?.heads.remove(doc);
    this.addedBodies.delete(doc);
    this.addedHeadings.delete(doc);
    this.unsettled.delete(doc);
  }

  /** Whether the index holds a document with this key and hash. */
  holds(key: number, hash: string): boolean {
    const doc = this.positions.get(key);
    return doc !== undefined && this.hashOf[doc] === hash;
  }

  /** A piece of a document's folded text (same offsets as its canonical text), or null if the index lacks the document. */
  foldedPart(key: number, start: number, end: number): string | null {
    const doc = this.positions.get(key);
    return doc === undefined ? null : this.bodyOf(doc).slice(start, end);
  }

  /** Keys of every document the index holds. */
  keys(): number[] {
    return [...this.positions.keys()];
  }

  /** Enough has changed since the build that building anew is worth it (and then a new index file). */
  needsRebuild(): boolean {
    return this.struck.size + this.addedBodies.size > REBUILD_AFTER;
  }

  private bodyOf(doc: number): string {
    return doc < this.stored.keys.length ? this.stored.bodies.get(doc) : (this.addedBodies.get(doc) ?? '');
  }

  private headingOf(doc: number): string {
    return doc < this.stored.keys.length ? this.stored.headings.get(doc) : (this.addedHeadings.get(doc) ?? '');
  }

  /** A term's candidates in both pair indexes of a kind of text. */
  private candidates(kind: 'body' | 'heads', key: string, bound: Int32Array): Uint8Array {
    const n = this.keyOf.length;
    const mark = this.scratch.bytes(n);
    this[kind].candidates(key, n, this.scratch, mark, bound);
    this.grown?.[kind].candidates(key, n, this.scratch, mark, bound);
    const added = kind === 'body' ? this.addedBodies : this.addedHeadings;
    const withBounds = bound.length > 0;
    for (const doc of this.unsettled) {
      // Counted exactly, which bounds the hits as the pairs' counts do.
      const found = occurrences(added.get(doc) ?? '', key);
      if (found === 0) continue;
      mark[doc] = 1;
      if (withBounds) bound[doc] = Math.min(SATURATED, (bound[doc] as number) + found);
    }
    return mark;
  }

  /** The best `limit` documents, ranked; only as many are counted exactly as could still make the top. */
  search(query: ParsedQuery, options: SearchOptions): RankedDocument[] {
    if (query.include.length === 0) return [];
    const include = query.include.map((t) => t.key);
    const exclude = query.exclude.map((t) => t.key);
    const n = this.keyOf.length;
    this.scratch.reset(n);
    const seen = this.scratch.bytes(n);
    const bounds = this.scratch.ints(n);
    const perTerm = include.map((key) => {
      const bound = this.scratch.ints(n);
      count(this.candidates('body', key, bound), seen, n);
      addBounds(bound, bounds, n);
      return bound;
    });
    // The headings' pairs bound the tier (a phrase beyond two characters may still be missing from
    // the headings): it orders the candidates, and is confirmed only for those examined.
    const maybeHeading = this.scratch.bytes(n);
    const headMarks = include.map((key) => {
      const mark = this.candidates('heads', key, NO_BOUNDS);
      for (let doc = 0; doc < n; doc++) if (mark[doc]) maybeHeading[doc] = 1;
      return mark;
    });
    const maybeExcluded = exclude.map((key) => this.candidates('body', key, NO_BOUNDS));
    const pool = this.pool(seen, include.length, options.accept);
    const order = rankingOrder(pool, bounds, maybeHeading);

    // Among equal ranks, the order examined (larger bound, then smaller document number) decides.
    type Entry = { key: number; doc: number; inHeading: boolean; hits: number; date: string | null; bound: number };
    const ranked: Entry[] = [];
    const before = (a: Entry, b: Entry) =>
      Number(b.inHeading) - Number(a.inHeading) ||
      b.hits - a.hits ||
      compareDates(b.date, a.date) ||
      b.bound - a.bound ||
      a.doc - b.doc;
    for (const doc of order) {
      const tierBound = maybeHeading[doc] as number;
      const bound = bounds[doc] as number;
      const last = ranked.length >= options.limit ? ranked[options.limit - 1] : undefined;
      // Nothing further down can outrank the last of the top: its (tier, hits) bound is below the last's.
      if (last && (tierBound < Number(last.inHeading) || (tierBound === Number(last.inHeading) && bound < last.hits))) break;
      const text = lazily(() => this.bodyOf(doc));
      if (this.excluded(doc, exclude, maybeExcluded, text)) continue;
      let hits = 0;
      let missing = false;
      include.forEach((key, t) => {
        const termBound = (perTerm[t] as Int32Array)[doc] as number;
        // One character, or two different ones, is counted exactly by its pairs' slots.
        const exact = termBound < SATURATED && (key.length === 1 || (key.length === 2 && key[0] !== key[1]));
        const c = exact ? termBound : occurrences(text(), key);
        if (c === 0) missing = true;
        hits += c;
      });
      if (missing) continue;
      let inHeading = false;
      if (tierBound) {
        const heading = lazily(() => this.headingOf(doc));
        inHeading = include.some(
          (key, t) => (headMarks[t] as Uint8Array)[doc] === 1 && (key.length <= 2 || heading().includes(key)),
        );
      }
      const key = this.keyOf[doc] as number;
      const entry = { key, doc, inHeading, hits, date: options.dateOf(key), bound };
      if (last && before(entry, last) >= 0) continue;
      let at = ranked.length;
      while (at > 0 && before(entry, ranked[at - 1] as Entry) < 0) at--;
      ranked.splice(at, 0, entry);
      if (ranked.length > options.limit) ranked.pop();
    }
    return ranked.map(({ key, doc, inHeading, hits }) => ({
      key,
      inHeading,
      hits,
      offsets: offsetsOf(this.bodyOf(doc), include),
    }));
  }

  /** Keys of every document that matches, each confirmed: for the number of results and the facets. */
  matching(query: ParsedQuery, accept?: (key: number) => boolean): Int32Array {
    if (query.include.length === 0) return new Int32Array(0);
    const include = query.include.map((t) => t.key);
    const exclude = query.exclude.map((t) => t.key);
    const n = this.keyOf.length;
    this.scratch.reset(n);
    const seen = this.scratch.bytes(n);
    for (const key of include) count(this.candidates('body', key, NO_BOUNDS), seen, n);
    const maybeExcluded = exclude.map((key) => this.candidates('body', key, NO_BOUNDS));
    // Terms of one or two characters are proved by the pairs that found them; longer ones by the text.
    const long = include.filter((key) => key.length > 2);
    const keys: number[] = [];
    for (const doc of this.pool(seen, include.length, accept)) {
      let text: string | null = null;
      let matches = true;
      for (let t = 0; matches && t < long.length; t++) {
        text ??= this.bodyOf(doc);
        matches = text.includes(long[t] as string);
      }
      for (let t = 0; matches && t < exclude.length; t++) {
        if (!(maybeExcluded[t] as Uint8Array)[doc]) continue;
        const key = exclude[t] as string;
        if (key.length > 2) text ??= this.bodyOf(doc);
        matches = key.length > 2 && !(text as string).includes(key);
      }
      if (matches) keys.push(this.keyOf[doc] as number);
    }
    return Int32Array.from(keys);
  }

  /** Whether an excluded term is in the document: settled by its pairs up to two characters, by the text beyond. */
  private excluded(doc: number, exclude: string[], maybe: Uint8Array[], text: () => string): boolean {
    return exclude.some((key, t) => (maybe[t] as Uint8Array)[doc] === 1 && (key.length <= 2 || text().includes(key)));
  }

  /** Live documents found by every term and accepted by the filters. */
  private pool(seen: Uint8Array, terms: number, accept: ((key: number) => boolean) | undefined): Int32Array {
    const n = this.keyOf.length;
    const pool = this.scratch.ints(n);
    let size = 0;
    for (let doc = 0; doc < n; doc++) {
      if (seen[doc] !== terms || this.struck.has(doc)) continue;
      if (accept && !accept(this.keyOf[doc] as number)) continue;
      pool[size++] = doc;
    }
    return pool.subarray(0, size);
  }
}

/** A build's stored part: the documents' folded texts and the sorted postings of their pairs. */
function storedIndexOf(documents: readonly IndexedDocument[]): StoredIndex {
  const bodies = documents.map(bodyText);
  const headings = documents.map(headingText);
  // The texts as made are concatenations pointing into the documents' strings; one search through
  // each makes V8 flatten it here, rather than in the first query that reads it.
  for (const text of bodies) text.indexOf('\u0000');
  return {
    keys: Int32Array.from(documents, (d) => d.key),
    hashes: documents.map((d) => d.hash),
    bodies: new MemoryTexts(bodies),
    headings: new MemoryTexts(headings),
    body: sortPostings(bodies),
    heads: sortPostings(headings),
  };
}

function lazily(read: () => string): () => string {
  let text: string | undefined;
  return () => {
    text ??= read();
    return text;
  };
}

/** One more term found the marked documents. */
function count(mark: Uint8Array, seen: Uint8Array, n: number): void {
  for (let doc = 0; doc < n; doc++) if (mark[doc]) seen[doc] = (seen[doc] as number) + 1;
}

function addBounds(bound: Int32Array, total: Int32Array, n: number): void {
  for (let doc = 0; doc < n; doc++)
    if (bound[doc]) total[doc] = Math.min(SATURATED, (total[doc] as number) + (bound[doc] as number));
}

/** ISO dates (YYYY-MM-DD) compare as strings; none sorts below any. */
function compareDates(a: string | null, b: string | null): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function occurrences(text: string, key: string): number {
  let n = 0;
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + key.length)) n++;
  return n;
}

/** The pool by the upper bound of each candidate's rank (heading tier, then bound), best first, by counting sort; document number ascending within. */
function rankingOrder(pool: Int32Array, bounds: Int32Array, heading: Uint8Array): Int32Array {
  let maxBound = 0;
  for (const doc of pool) {
    const b = bounds[doc] as number;
    if (b < SATURATED && b > maxBound) maxBound = b;
  }
  // A saturated bound goes to the top bucket of its tier.
  const width = maxBound + 2;
  const buckets = width * 2;
  const bucketOf = new Int32Array(pool.length);
  const counts = new Int32Array(buckets + 1);
  pool.forEach((doc, i) => {
    const b = bounds[doc] as number;
    const k = buckets - 1 - ((heading[doc] as number) * width + (b >= SATURATED ? maxBound + 1 : b));
    bucketOf[i] = k;
    counts[k + 1] = (counts[k + 1] as number) + 1;
  });
  for (let b = 0; b < buckets; b++) counts[b + 1] = (counts[b + 1] as number) + (counts[b] as number);
  const order = new Int32Array(pool.length);
  pool.forEach((doc, i) => {
    const k = bucketOf[i] as number;
    order[counts[k] as number] = doc;
    counts[k] = (counts[k] as number) + 1;
  });
  return order;
}

/** Every term's occurrences in text order; where terms overlap, the earlier wins. */
function offsetsOf(text: string, include: string[]): Array<{ start: number; end: number }> {
  const all: Array<{ start: number; end: number }> = [];
  for (const key of include) {
    let found = 0;
    for (let at = text.indexOf(key); at !== -1 && found < MAX_OFFSETS; at = text.indexOf(key, at + key.length)) {
      all.push({ start: at, end: at + key.length });
      found++;
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Array<{ start: number; end: number }> = [];
  for (const hit of all) {
    const last = kept.at(-1);
    if (last && hit.start < last.end) continue;
    kept.push(hit);
    if (kept.length === MAX_OFFSETS) break;
  }
  return kept;
}
