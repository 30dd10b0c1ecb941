// A set of documents searched together: their text in search form and the character-pair postings
// of their bodies and of their headings (titles included).
import { foldForSearch } from '../../../shared/search-fold.js';
import { BigramPostings, pairAt } from './bigram-postings.js';

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

/** One term's candidates in a segment: document numbers, ascending, with an upper bound of its count in each. */
export interface Candidates {
  docs: Int32Array;
  bounds: Int32Array;
}

const NONE: Candidates = { docs: new Int32Array(0), bounds: new Int32Array(0) };

/** A segment's texts by document number: in memory, or in an index file read as they are asked for. */
export interface TextList {
  readonly length: number;
  /** The whole text. */
  get(doc: number): string;
  /** Where the key next occurs in the text at or after `from`, or -1 (UTF-16 code units, as string offsets). */
  indexOf(doc: number, key: string, from?: number): number;
}

export class MemoryTexts implements TextList {
  constructor(private readonly texts: readonly string[]) {}

  get length(): number {
    return this.texts.length;
  }

  get(doc: number): string {
    return this.texts[doc] as string;
  }

  indexOf(doc: number, key: string, from = 0): number {
    return (this.texts[doc] as string).indexOf(key, from);
  }
}

export interface SegmentData {
  keys: Int32Array;
  hashes: string[];
  /** Folded texts, each ending in a line break so that its last character starts a pair too. */
  texts: TextList;
  headingTexts: TextList;
  body: BigramPostings;
  heads: BigramPostings;
  /** Lets go of the file the segment reads from, if it has one. */
  close?: () => void;
}

export class Segment {
  readonly size: number;
  private positions: Map<number, number> | undefined;

  constructor(readonly data: SegmentData) {
    this.size = data.keys.length;
  }

  close(): void {
    this.data.close?.();
  }

  /** The document number of a library key, or -1. */
  positionOf(key: number): number {
    this.positions ??= new Map(Array.from(this.data.keys, (k, i) => [k, i]));
    return this.positions.get(key) ?? -1;
  }

  static build(documents: readonly IndexedDocument[]): Segment {
    // A title the text lacks follows it, so that it is found; its hits lie past the text's end.
    const texts = documents.map((d) => {
      const title = d.title && !d.text.includes(d.title) ? `${d.title}\n` : '';
      return `${foldForSearch(d.text)}\n${foldForSearch(title)}`;
    });
    const headingTexts = documents.map((d) => `${foldForSearch(d.headings.join('\n'))}\n`);
    return new Segment({
      keys: Int32Array.from(documents.map((d) => d.key)),
      hashes: documents.map((d) => d.hash),
      texts: new MemoryTexts(texts),
      headingTexts: new MemoryTexts(headingTexts),
      body: BigramPostings.build(texts),
      heads: BigramPostings.build(headingTexts),
    });
  }

  /** Documents whose body may hold the term, with a bound on how often. */
  candidates(key: string): Candidates {
    return candidatesIn(this.data.body, key, this.size);
  }

  headingCandidates(key: string): Candidates {
    return candidatesIn(this.data.heads, key, this.size);
  }

  /** Whether the term really occurs in the document (the pairs only say it may). */
  contains(doc: number, key: string): boolean {
    return this.data.texts.indexOf(doc, key) !== -1;
  }

  inHeadings(doc: number, key: string): boolean {
    return this.data.headingTexts.indexOf(doc, key) !== -1;
  }

  /** Where the term occurs, without overlaps, as offsets into the canonical text. */
  occurrences(doc: number, key: string, limit = Number.POSITIVE_INFINITY): number[] {
    const { texts } = this.data;
    const found: number[] = [];
    for (let at = texts.indexOf(doc, key); at !== -1 && found.length < limit; at = texts.indexOf(doc, key, at + key.length)) {
      found.push(at);
    }
    return found;
  }

  count(doc: number, key: string): number {
    const { texts } = this.data;
    let n = 0;
    for (let at = texts.indexOf(doc, key); at !== -1; at = texts.indexOf(doc, key, at + key.length)) n++;
    return n;
  }
}

/** One character: every pair it starts, summed per document (exact). Longer terms: the intersection of their pairs' postings, bounded by the rarest. */
function candidatesIn(postings: BigramPostings, key: string, size: number): Candidates {
  if (key.length === 0) return NONE;
  if (key.length === 1) return singleCharacter(postings, key.charCodeAt(0), size);
  const lists = [];
  for (let i = 0; i + 1 < key.length; i++) {
    const list = postings.of(pairAt(key, i));
    if (list.docs.length === 0) return NONE;
    lists.push(list);
  }
  lists.sort((a, b) => a.docs.length - b.docs.length);
  const [driver, ...others] = lists;
  if (!driver) return NONE;
  const docs = new Int32Array(driver.docs.length);
  const bounds = new Int32Array(driver.docs.length);
  const cursors = new Int32Array(others.length);
  let n = 0;
  outer: for (let i = 0; i < driver.docs.length; i++) {
    const doc = driver.docs[i] as number;
    let bound = driver.counts[i] as number;
    for (let k = 0; k < others.length; k++) {
      const list = others[k] as (typeof lists)[number];
      let c = cursors[k] as number;
      while (c < list.docs.length && (list.docs[c] as number) < doc) c++;
      cursors[k] = c;
      if (c === list.docs.length) break outer;
      if (list.docs[c] !== doc) continue outer;
      bound = Math.min(bound, list.counts[c] as number);
    }
    docs[n] = doc;
    bounds[n] = bound;
    n++;
  }
  return { docs: docs.subarray(0, n), bounds: bounds.subarray(0, n) };
}

function singleCharacter(postings: BigramPostings, char: number, size: number): Candidates {
  const sums = new Int32Array(size);
  let n = 0;
  for (const list of postings.startingWith(char)) {
    for (let i = 0; i < list.docs.length; i++) {
      const doc = list.docs[i] as number;
      if (sums[doc] === 0) n++;
      sums[doc] = (sums[doc] as number) + (list.counts[i] as number);
    }
  }
  const docs = new Int32Array(n);
  const bounds = new Int32Array(n);
  let k = 0;
  for (let doc = 0; doc < size; doc++) {
    if (sums[doc]) {
      docs[k] = doc;
      bounds[k++] = sums[doc] as number;
    }
  }
  return { docs, bounds };
}
