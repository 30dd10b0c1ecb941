// Search over the library: keeps the index in step with the documents (loading it from its file,
// building it when there is none), applies filters, and cuts snippets from the canonical text.
import fs from 'node:fs';
import path from 'node:path';
import { FORCE_STATUSES, type ForceSummary } from '../../../shared/force.js';
import type {
  Facet,
  SearchFilters,
  SearchRequest,
  SearchResponse,
  SearchResult,
  SearchResults,
  SearchSnippet,
  SearchTotal,
} from '../../../shared/search.js';
import { foldForSearch } from '../../../shared/search-fold.js';
import { parseQuery } from '../../../shared/search-query.js';
import type { DocumentFacts, SearchSource } from '../store/search-source.js';
import { IndexFileDamaged, loadIndex, saveIndex } from './index-file.js';
import { type RankedDocument, REBUILD_AFTER, SearchIndex } from './search-index.js';

export const INDEX_FILE = 'search-index.bin';
const NOT_JUDGED: ReadonlyMap<string, ForceSummary> = new Map();
const DEFAULT_LIMIT = 20;
const SNIPPETS = 3;
const CONTEXT_BEFORE = 24;
const CONTEXT_AFTER = 48;
/** Newly added documents go into the pair index once searches have paused this long … */
const SETTLE_AFTER_MS = 300;
/** … a slice of this long at a time, so that a request waits for one slice at most. */
const SETTLE_SLICE_MS = 20;

export class LibrarySearch {
  private index: SearchIndex | null = null;
  private facts = new Map<number, DocumentFacts>();
  private factsRead = false;
  private readonly facetValues = {
    issuer: new FacetValues(),
    year: new FacetValues(),
    script: new FacetValues(),
    department: new FacetValues(),
  };
  /** Each document's facet numbers by its key, dropped when its facts are read again. */
  private facetCodes: Array<FacetCodes | undefined> = [];
  /** What changed since the index last caught up: the documents this process named, or anything. */
  private stale: Set<string> | 'all' = 'all';
  /** The library's data version when the index last caught up: another process's commit changes it. */
  private seenVersion = -1;
  private readonly file: string;
  /** The file failed a checksum: it is rebuilt rather than opened again. */
  private fileDamaged = false;
  private settling: NodeJS.Timeout | undefined;
  /** The build of the index file under way on another thread, if any. */
  private building: Promise<void> | null = null;

  constructor(
    private readonly source: SearchSource,
    dataDir: string,
    /**
     * Every document's 时效性 today, by id (see intel/force.ts), asked once a search: null where
     * they are not judged yet and the search does not need them (a first search does not wait).
     */
    private readonly forceToday: (needed: boolean) => ReadonlyMap<string, ForceSummary> | null = () => null,
    /**
     * Builds the index file from the library on another thread; without it (the command line, with no
     * one else to answer) the index is built here when it must be.
     */
    private readonly buildElsewhere?: (file: string) => Promise<void>,
  ) {
    this.file = path.join(dataDir, INDEX_FILE);
  }

  /**
   * Waits, without holding up this thread, for an index file that has (nearly) every document: where
   * there is none, or the library outgrew it by more than a merge takes (a command line imported
   * thousands), it is built on another thread. Searches that follow then find it ready.
   */
  async ready(): Promise<void> {
    if (!this.buildElsewhere) return;
    let behind: boolean;
    try {
      behind = this.behind();
    } catch (error) {
      if (!(error instanceof IndexFileDamaged)) throw error;
      this.close();
      this.fileDamaged = true;
      behind = true;
    }
    if (!behind) return;
    this.building ??= this.buildElsewhere(this.file)
      .then(
        () => {
          // The next search loads the new file and catches up with what changed while it was built.
          this.close();
          this.fileDamaged = false;
        },
        (error: unknown) => console.warn(`policy-reader: the search index was not built apart: ${(error as Error).message}`),
      )
      .finally(() => {
        this.building = null;
      });
    await this.building;
  }

  /** The index lacks its file, or more documents than it would take in by merging. */
  private behind(): boolean {
    const index = this.loaded();
    if (!index) return true;
    // Only a start, or another process's commit, can leave it that far behind.
    if (this.stale !== 'all' && this.source.dataVersion() === this.seenVersion) return false;
    let missing = 0;
    for (const { key, hash } of this.source.live()) if (!index.holds(key, hash) && ++missing > REBUILD_AFTER) return true;
    return false;
  }

  /** The index in memory, or loaded from its file; null where there is no sound file. */
  private loaded(): SearchIndex | null {
    if (!this.index && !this.fileDamaged && fs.existsSync(this.file)) {
      const stored = loadIndex(this.file);
      if (stored) {
        this.index = new SearchIndex(stored);
        this.stale = 'all';
      }
    }
    return this.index;
  }

  /** The library changed (import, delete, restore, new version, metadata): the index catches up before the next search. */
  changed(id?: string): void {
    if (id === undefined) this.stale = 'all';
    else if (this.stale !== 'all') this.stale.add(id);
  }

  /**
   * Loads (or builds) the index ahead of the first query; the shells call it once the window shows.
   * An index that must be built anew is built on another thread.
   */
  prepare(): void {
    if (this.buildElsewhere) {
      this.ready()
        .then(() => this.withSoundIndex(() => this.current()))
        .catch((error: unknown) => console.warn(`policy-reader: the search index was not prepared: ${(error as Error).message}`));
      return;
    }
    this.withSoundIndex(() => this.current());
  }

  /** Lets go of the index file. */
  close(): void {
    clearTimeout(this.settling);
    this.index?.close();
    this.index = null;
  }

  search(request: SearchRequest): SearchResponse {
    const results = this.results(request);
    const total = this.total(request);
    return { ...results, ...total, took: Math.round((results.took + total.took) * 100) / 100 };
  }

  /** The best documents, ranked; only as many are counted exactly as could still make the top. */
  results(request: SearchRequest): SearchResults {
    return this.withSoundIndex(() => {
      const started = performance.now();
      const index = this.current();
      const query = parseQuery(request.query);
      const force = this.forceToday(Boolean(request.filters?.force)) ?? NOT_JUDGED;
      const accept = this.acceptor(request.filters, force);
      const ranked = index.search(query, {
        limit: request.limit ?? DEFAULT_LIMIT,
        ...(accept && { accept }),
        dateOf: (key) => this.facts.get(key)?.date ?? null,
      });
      return {
        terms: query.include.map((t) => t.key),
        excluded: query.exclude.map((t) => t.key),
        results: ranked.map((r) => this.result(index, r, force)),
        took: elapsedSince(started),
      };
    });
  }

  /** Every matching document counted, and counted into facets. */
  total(request: SearchRequest): SearchTotal {
    return this.withSoundIndex(() => {
      const started = performance.now();
      const force = this.forceToday(Boolean(request.filters?.force)) ?? NOT_JUDGED;
      const matching = this.current().matching(parseQuery(request.query), this.acceptor(request.filters, force));
      return { total: matching.length, facets: this.facetsOf(matching, force), took: elapsedSince(started) };
    });
  }

  private acceptor(
    filters: SearchFilters = {},
    force: ReadonlyMap<string, ForceSummary>,
  ): ((key: number) => boolean) | undefined {
    return hasFilters(filters) ? (key: number) => this.passes(key, filters, force) : undefined;
  }

  /** Work over the index; if a piece of its file fails its checksum as it is read, the index is built anew and the work done again. */
  private withSoundIndex<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (!(error instanceof IndexFileDamaged)) throw error;
      this.close();
      this.fileDamaged = true;
      return work();
    } finally {
      // The pause that lets added documents settle is counted from the end of the last search.
      if ((this.index?.unsettledCount ?? 0) > 0) this.settleLater(SETTLE_AFTER_MS);
    }
  }

  private current(): SearchIndex {
    let index = this.loaded();
    if (!index) {
      index = SearchIndex.build(this.source.documents());
      this.save(index);
      this.index = index;
      this.stale = 'all';
    }
    // Another process's commit may have changed anything; this process's changes are named.
    const version = this.source.dataVersion();
    if (version !== this.seenVersion) this.stale = 'all';
    if (this.stale === 'all') this.catchUp(index);
    else if (this.stale.size > 0) this.catchUpWith(index, this.stale);
    this.stale = new Set();
    this.seenVersion = version;
    if (index.needsRebuild()) index = this.rebuild(index);
    return index;
  }

  /** Adds the documents the index still searches by their texts to its pair index, between requests. */
  private settleLater(delay: number): void {
    clearTimeout(this.settling);
    this.settling = setTimeout(() => {
      if ((this.index?.settle(SETTLE_SLICE_MS) ?? 0) > 0) this.settleLater(0);
    }, delay);
    this.settling.unref();
  }

  /**
   * Strikes what the library no longer has, adds what the index lacks (a document changed counts as
   * lacking), merges when the additions grow large. The facts are read whole once, then only for
   * the documents that changed: a search right after an import reads one document, not ten thousand.
   */
  private catchUp(index: SearchIndex): void {
    // The first catch-up reads every document's facts, which carry their stamps too.
    const everyFact = this.factsRead ? null : this.source.facts();
    const live = everyFact
      ? new Map([...everyFact].map(([key, facts]) => [key, facts.hash]))
      : new Map(this.source.live().map((d) => [d.key, d.hash]));
    for (const key of index.keys()) {
      if (live.has(key)) continue;
      index.remove(key);
      this.facts.delete(key);
      this.facetCodes[key] = undefined;
    }
    const missing = [...live].filter(([key, hash]) => !index.holds(key, hash)).map(([key]) => key);
    for (const document of this.source.documents(missing)) index.add(document);
    if (everyFact) {
      this.facts = everyFact;
      this.facetCodes = [];
      this.factsRead = true;
    } else
      for (const [key, facts] of this.source.facts(missing)) {
        this.facts.set(key, facts);
        this.facetCodes[key] = undefined;
      }
  }

  /** The documents this process changed, and only those: a search right after an import reads one. */
  private catchUpWith(index: SearchIndex, ids: ReadonlySet<string>): void {
    const changed: number[] = [];
    for (const id of ids) {
      const stamp = this.source.stampOf(id);
      if (!stamp) continue;
      if (!stamp.live) {
        index.remove(stamp.key);
        this.facts.delete(stamp.key);
        this.facetCodes[stamp.key] = undefined;
      } else if (!index.holds(stamp.key, stamp.hash)) changed.push(stamp.key);
    }
    for (const document of this.source.documents(changed)) index.add(document);
    for (const [key, facts] of this.source.facts(changed)) {
      this.facts.set(key, facts);
      this.facetCodes[key] = undefined;
    }
  }

  /** Builds the index anew from every live document, and saves it. */
  private rebuild(previous: SearchIndex): SearchIndex {
    previous.close();
    const index = SearchIndex.build(this.source.documents());
    this.index = index;
    this.save(index);
    return index;
  }

  /** The file only saves a rebuild at the next start: failing to write it (a full disk, another process holding it) costs that, nothing more. */
  private save(index: SearchIndex): void {
    try {
      saveIndex(this.file, index.storedIndex);
      this.fileDamaged = false;
    } catch (error) {
      console.warn(`policy-reader: the search index file was not saved: ${(error as Error).message}`);
    }
  }

  private result(index: SearchIndex, ranked: RankedDocument, force: ReadonlyMap<string, ForceSummary>): SearchResult {
    const facts = this.facts.get(ranked.key);
    if (!facts) throw new Error(`search found document ${ranked.key}, which the library does not list`);
    const blocks = this.source.blocks(ranked.key);
    const textEnd = blocks.at(-1)?.end ?? 0;
    // Hits in a title that the text does not hold lie past its end: the title shows them.
    const inText = ranked.offsets.filter((o) => o.end <= textEnd);
    // Each snippet's stretch is cut from the text where it lies; the whole text is read only if a cut
    // does not match the index's folded copy (a character beyond the BMP before it).
    let whole: string | undefined;
    const stretch = (from: number, to: number): string => {
      if (whole === undefined) {
        const part = this.source.part(ranked.key, from, to);
        if (foldForSearch(part) === index.foldedPart(ranked.key, from, to)) return part;
        whole = this.source.text(ranked.key);
      }
      return whole.slice(from, to);
    };
    const snippets: SearchSnippet[] = inText.slice(0, SNIPPETS).map(({ start, end }) => {
      const block = blockAt(blocks, start);
      const { start: blockStart, end: blockEnd } = blocks[block] ?? { start: 0, end: textEnd };
      const from = Math.max(blockStart, start - CONTEXT_BEFORE);
      const text = stretch(from, Math.max(end, Math.min(blockEnd, end + CONTEXT_AFTER)));
      return {
        block,
        start,
        end,
        before: text.slice(0, start - from),
        match: text.slice(start - from, end - from),
        after: text.slice(end - from),
      };
    });
    return {
      id: facts.id,
      title: facts.title,
      issuer: facts.issuer,
      date: facts.date,
      docNumber: facts.docNumber,
      script: facts.script,
      inHeading: ranked.inHeading,
      hits: ranked.hits,
      snippets,
      force: force.get(facts.id) ?? null,
    };
  }

  /**
   * Counts of every issuer, year, script and department over the matching documents. Each value has
   * a number, given once per document and kept with its facts, so that counting ten thousand
   * documents is typed-array increments rather than map updates.
   */
  private facetsOf(keys: Int32Array, force: ReadonlyMap<string, ForceSummary>): SearchResponse['facets'] {
    const { issuer, year, script, department } = this.facetValues;
    const codes: FacetCodes[] = [];
    for (const key of keys) {
      const known = this.facetCodes[key];
      if (known) codes.push(known);
      else {
        const facts = this.facts.get(key);
        if (facts) codes.push(this.codesOf(key, facts));
      }
    }
    // Every value has its number now: the tallies are sized once.
    const counts = {
      issuer: new Int32Array(issuer.list.length),
      year: new Int32Array(year.list.length),
      script: new Int32Array(script.list.length),
      department: new Int32Array(department.list.length),
    };
    const forces = new Int32Array(FORCE_STATUSES.length);
    const judged = force.size > 0;
    for (const code of codes) {
      if (code.issuer >= 0) bump(counts.issuer, code.issuer);
      if (code.year >= 0) bump(counts.year, code.year);
      if (code.script >= 0) bump(counts.script, code.script);
      for (const d of code.departments) bump(counts.department, d);
      if (judged) {
        if (code.forceOf !== force) {
          const status = force.get(code.id)?.status;
          code.force = status ? FORCE_STATUSES.indexOf(status) : -1;
          code.forceOf = force;
        }
        if (code.force >= 0) bump(forces, code.force);
      }
    }
    const sorted = (values: FacetValues, tally: Int32Array): Facet[] => {
      const facets: Facet[] = [];
      tally.forEach((count, code) => {
        if (count > 0) facets.push({ value: values.list[code] as string, count });
      });
      return facets.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    };
    return {
      issuer: sorted(issuer, counts.issuer),
      year: sorted(year, counts.year).sort((a, b) => b.value.localeCompare(a.value)),
      script: sorted(script, counts.script),
      department: sorted(department, counts.department),
      force: FORCE_STATUSES.flatMap((value, code) => (forces[code] ? [{ value, count: forces[code] as number }] : [])),
    };
  }

  private codesOf(key: number, facts: DocumentFacts): FacetCodes {
    const { issuer, year, script, department } = this.facetValues;
    const codes: FacetCodes = {
      id: facts.id,
      issuer: issuer.code(facts.issuer),
      year: year.code(facts.date?.slice(0, 4)),
      script: script.code(facts.script),
      departments: Int32Array.from(JSON.parse(this.departmentsOf(facts)) as string[], (d) => department.code(d)),
      force: -1,
      forceOf: null,
    };
    this.facetCodes[key] = codes;
    return codes;
  }

  /** A document's departments: the first asked for reads every document's. */
  private departmentsOf(facts: DocumentFacts): string {
    if (facts.departments === null) this.source.addDepartments(this.facts);
    return facts.departments ?? '[]';
  }

  private passes(key: number, filters: SearchFilters, force: ReadonlyMap<string, ForceSummary>): boolean {
    const facts = this.facts.get(key);
    if (!facts) return false;
    if (filters.issuer && facts.issuer !== filters.issuer) return false;
    if (filters.year && facts.date?.slice(0, 4) !== filters.year) return false;
    if (filters.script && facts.script !== filters.script) return false;
    if (filters.department) {
      const codes = this.facetCodes[key] ?? this.codesOf(key, facts);
      if (!codes.departments.includes(this.facetValues.department.find(filters.department))) return false;
    }
    if (filters.force && force.get(facts.id)?.status !== filters.force) return false;
    return true;
  }
}

interface FacetCodes {
  id: string;
  issuer: number;
  year: number;
  script: number;
  departments: Int32Array;
  /** The document's 时效性 (an index of FORCE_STATUSES, -1 for none) in the statuses `forceOf`: they change once a day. */
  force: number;
  forceOf: ReadonlyMap<string, ForceSummary> | null;
}

/** The values of one facet, each with its number. */
class FacetValues {
  readonly list: string[] = [];
  private readonly codes = new Map<string, number>();

  /** The value's number, or -1 if no document has it. */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }

  code(value: string | null | undefined): number {
    if (!value) return -1;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.list.length;
      this.list.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

function bump(tally: Int32Array, code: number): void {
  tally[code] = (tally[code] as number) + 1;
}

function hasFilters(filters: SearchFilters): boolean {
  return Boolean(filters.issuer || filters.year || filters.script || filters.department || filters.force);
}

/** The block holding a position (blocks in text order). */
function blockAt(blocks: ReadonlyArray<{ start: number; end: number }>, position: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((blocks[mid] as { start: number }).start <= position) low = mid;
    else high = mid - 1;
  }
  return low;
}

function elapsedSince(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}
