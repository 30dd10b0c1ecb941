// The library's search index: a large segment built once (and kept in a file) plus a small one for
// documents added since, rebuilt when needed; removed and replaced documents are struck out until
// the next merge. Ranking: documents with a term in the title or a heading first, then by the
// number of hits, then newer first.
import type { ParsedQuery } from '../../../shared/search-query.js';
import { type Candidates, type IndexedDocument, Segment } from './segment.js';

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

const MAX_OFFSETS = 200;
/** Documents added since the large segment was built are merged into it beyond this many. */
const MERGE_AFTER = 500;
/** Small segments kept apart before they are folded into one. */
const MAX_SMALL_SEGMENTS = 8;

export class SearchIndex {
  private main: Segment;
  /**
   * Small segments of the documents added since the large one was built, one per batch of
   * additions (so that a search after an import indexes that import alone), folded into one when
   * there are too many. Each has the keys struck out of it since.
   */
  private small: Array<{ segment: Segment; struck: Set<number> }> = [];
  /** Documents added since the last search, awaiting a small segment. */
  private pending = new Map<number, IndexedDocument>();
  /** Documents held by the small segments, by key, with the segment that holds each. */
  private recentDocuments = new Map<number, { document: IndexedDocument; segment: Segment }>();
  /** Keys struck out of the large segment: removed, or replaced by a newer text. */
  private struck = new Set<number>();

  constructor(main: Segment) {
    this.main = main;
  }

  static build(documents: readonly IndexedDocument[]): SearchIndex {
    return new SearchIndex(Segment.build(documents));
  }

  /** Lets go of the index file the large segment reads from. */
  close(): void {
    this.main.close();
  }

  /** The large segment, which is what an index file holds. */
  get mainSegment(): Segment {
    return this.main;
  }

  /** Documents held outside the large segment; a merge folds them in. */
  get unmerged(): number {
    return this.pending.size + this.recentDocuments.size;
  }

  add(document: IndexedDocument): void {
    this.remove(document.key);
    this.pending.set(document.key, document);
  }

  remove(key: number): void {
    this.struck.add(key);
    this.pending.delete(key);
    const recent = this.recentDocuments.get(key);
    if (!recent) return;
    this.recentDocuments.delete(key);
    this.small.find((s) => s.segment === recent.segment)?.struck.add(key);
  }

  /** Whether the index holds a document with this key and hash. */
  holds(key: number, hash: string): boolean {
    if (this.pending.get(key)?.hash === hash || this.recentDocuments.get(key)?.document.hash === hash) return true;
    if (this.struck.has(key)) return false;
    const at = this.main.positionOf(key);
    return at !== -1 && this.main.data.hashes[at] === hash;
  }

  /** Keys of every document the index holds. */
  keys(): number[] {
    const keys = [...this.main.data.keys].filter((key) => !this.struck.has(key));
    return [...keys, ...this.recentDocuments.keys(), ...this.pending.keys()];
  }

  /** Rebuilds the large segment from every live document, folding in the small ones (then worth a new index file). */
  merge(all: readonly IndexedDocument[]): void {
    const previous = this.main;
    this.main = Segment.build(all);
    previous.close();
    this.small = [];
    this.pending.clear();
    this.recentDocuments.clear();
    this.struck.clear();
  }

  needsMerge(): boolean {
    return this.unmerged > MERGE_AFTER;
  }

  private segments(): Segment[] {
    if (this.pending.size > 0) {
      this.hold(Segment.build([...this.pending.values()]), [...this.pending.values()]);
      this.pending.clear();
    }
    if (this.small.length > MAX_SMALL_SEGMENTS) {
      const live = [...this.recentDocuments.values()].map((r) => r.document);
      this.small = [];
      this.hold(Segment.build(live), live);
    }
    return [this.main, ...this.small.map((s) => s.segment)];
  }

  private hold(segment: Segment, documents: readonly IndexedDocument[]): void {
    this.small.push({ segment, struck: new Set() });
    for (const document of documents) this.recentDocuments.set(document.key, { document, segment });
  }

  /** The best `limit` documents, ranked; only as many are counted exactly as could still make the top. */
  search(query: ParsedQuery, options: SearchOptions): RankedDocument[] {
    const pool = this.candidates(query, options, true);
    const order = rankingOrder(pool);
    type Entry = RankedDocument & { date: string | null };
    const ranked: Entry[] = [];
    const before = (a: Entry, b: Entry) =>
      Number(b.inHeading) - Number(a.inHeading) || b.hits - a.hits || (b.date ?? '').localeCompare(a.date ?? '');
    for (const i of order) {
      const { segment, doc, key } = pool.at(i);
      const tier = pool.tiers[i] as number;
      const last = ranked.length >= options.limit ? ranked[options.limit - 1] : undefined;
      // Nothing further down can outrank the last of the top: a lower tier, or a bound under its hits.
      if (last && (tier < Number(last.inHeading) || (pool.bounds[i] as number) < last.hits)) break;
      if (query.exclude.some((term) => segment.contains(doc, term.key))) continue;
      let hits = 0;
      let missing = false;
      for (const term of query.include) {
        const n = segment.count(doc, term.key);
        if (n === 0) missing = true;
        hits += n;
      }
      if (missing) continue;
      ranked.push({ key, inHeading: tier === 1, hits, offsets: offsetsOf(segment, doc, query), date: options.dateOf(key) });
      ranked.sort(before);
      if (ranked.length > options.limit) ranked.pop();
    }
    return ranked.map(({ date: _, ...rest }) => rest);
  }

  /** Keys of every document that matches, each confirmed in its text: for the number of results and the facets. */
  matching(query: ParsedQuery, accept?: (key: number) => boolean): Int32Array {
    const pool = this.candidates(query, { limit: 0, dateOf: () => null, ...(accept && { accept }) }, false);
    const keys: number[] = [];
    for (let i = 0; i < pool.size; i++) {
      const { segment, doc, key } = pool.at(i);
      // A two-character term is one pair: the postings that found the document are its proof.
      if (
        query.include.every((term) => term.key.length === 2 || segment.contains(doc, term.key)) &&
        !query.exclude.some((term) => segment.contains(doc, term.key))
      )
        keys.push(key);
    }
    return Int32Array.from(keys);
  }

  /** Every document holding all the query's character pairs, in every segment, with its bound and tier. */
  private candidates(query: ParsedQuery, options: SearchOptions, withTiers: boolean): CandidatePool {
    const pool = new CandidatePool();
    if (query.include.length === 0) return pool;
    for (const segment of this.segments()) {
      const bound = intersect(
        query.include.map((term) => segment.candidates(term.key)),
        segment.size,
      );
      if (bound.docs.length === 0) continue;
      const heading = new Uint8Array(segment.size);
      if (withTiers) {
        for (const term of query.include) {
          const { docs } = segment.headingCandidates(term.key);
          for (let i = 0; i < docs.length; i++) {
            const doc = docs[i] as number;
            if (!heading[doc] && segment.inHeadings(doc, term.key)) heading[doc] = 1;
          }
        }
      }
      const struck = segment === this.main ? this.struck : this.small.find((s) => s.segment === segment)?.struck;
      const skip = struck && struck.size > 0 ? struck : null;
      pool.add(segment, bound, heading, (key) => !skip?.has(key) && (options.accept?.(key) ?? true));
    }
    return pool;
  }
}

/** Candidates of all segments in flat arrays. */
class CandidatePool {
  private segmentsOf: Segment[] = [];
  private which: number[] = [];
  private docsOf: number[] = [];
  bounds: number[] = [];
  tiers: number[] = [];

  get size(): number {
    return this.docsOf.length;
  }

  add(segment: Segment, candidates: Candidates, heading: Uint8Array, keep: (key: number) => boolean): void {
    const s = this.segmentsOf.push(segment) - 1;
    const keys = segment.data.keys;
    for (let i = 0; i < candidates.docs.length; i++) {
      const doc = candidates.docs[i] as number;
      if (!keep(keys[doc] as number)) continue;
      this.which.push(s);
      this.docsOf.push(doc);
      this.bounds.push(candidates.bounds[i] as number);
      this.tiers.push(heading[doc] as number);
    }
  }

  at(i: number): { segment: Segment; doc: number; key: number } {
    const segment = this.segmentsOf[this.which[i] as number] as Segment;
    const doc = this.docsOf[i] as number;
    return { segment, doc, key: segment.data.keys[doc] as number };
  }
}

/** Candidate positions, best possible first (heading tier, then bound), by counting sort: bounds are small integers. */
function rankingOrder(pool: CandidatePool): Int32Array {
  let maxBound = 0;
  for (const b of pool.bounds) if (b > maxBound) maxBound = b;
  const buckets = (maxBound + 1) * 2;
  const counts = new Int32Array(buckets + 1);
  const bucketOf = (i: number) => buckets - 1 - ((pool.tiers[i] as number) * (maxBound + 1) + (pool.bounds[i] as number));
  for (let i = 0; i < pool.size; i++) counts[bucketOf(i) + 1] = (counts[bucketOf(i) + 1] as number) + 1;
  for (let b = 0; b < buckets; b++) counts[b + 1] = (counts[b + 1] as number) + (counts[b] as number);
  const order = new Int32Array(pool.size);
  for (let i = 0; i < pool.size; i++) {
    const b = bucketOf(i);
    order[counts[b] as number] = i;
    counts[b] = (counts[b] as number) + 1;
  }
  return order;
}

function intersect(lists: Candidates[], size: number): Candidates {
  if (lists.length === 1) return lists[0] as Candidates;
  const seen = new Int32Array(size);
  const sums = new Int32Array(size);
  for (const list of lists) {
    for (let i = 0; i < list.docs.length; i++) {
      const doc = list.docs[i] as number;
      seen[doc] = (seen[doc] as number) + 1;
      sums[doc] = (sums[doc] as number) + (list.bounds[i] as number);
    }
  }
  const docs: number[] = [];
  const bounds: number[] = [];
  for (let doc = 0; doc < size; doc++) {
    if (seen[doc] === lists.length) {
      docs.push(doc);
      bounds.push(sums[doc] as number);
    }
  }
  return { docs: Int32Array.from(docs), bounds: Int32Array.from(bounds) };
}

/** Every term's occurrences in text order; where terms overlap, the earlier wins. */
function offsetsOf(segment: Segment, doc: number, query: ParsedQuery): Array<{ start: number; end: number }> {
  const all = query.include.flatMap((term) =>
    segment.occurrences(doc, term.key, MAX_OFFSETS).map((start) => ({ start, end: start + term.key.length })),
  );
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
