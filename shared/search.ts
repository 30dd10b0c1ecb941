// Library search as the API carries it. Offsets are canonical, like every other position.
import type { ForceStatus, ForceSummary } from './force.js';
import type { Script } from './policy.js';

export interface SearchFilters {
  issuer?: string;
  /** YYYY */
  year?: string;
  script?: Script;
  /** A department named in the document's responsibility spans (牵头 / 负责 / 配合). */
  department?: string;
  /** 时效性 today. */
  force?: ForceStatus;
}

export interface SearchRequest {
  query: string;
  /** Documents to return, best first (default 20). */
  limit?: number;
  filters?: SearchFilters;
}

/** One hit with the text around it, within its block. */
export interface SearchSnippet {
  block: number;
  start: number;
  end: number;
  before: string;
  match: string;
  after: string;
}

export interface SearchResult {
  id: string;
  title: string;
  issuer: string | null;
  date: string | null;
  docNumber: string | null;
  script: Script;
  /** A term occurs in the title or a heading. */
  inHeading: boolean;
  /** Occurrences of the query's terms in the text. */
  hits: number;
  /** The first hits, in text order. */
  snippets: SearchSnippet[];
  /** 时效性 today (null where the library has not judged it). */
  force: ForceSummary | null;
}

export interface Facet {
  value: string;
  count: number;
}

/** The best documents for a query, without counting the rest (what a view shows first). */
export interface SearchResults {
  /** The query's terms as searched (what to mark), and those excluded. */
  terms: string[];
  excluded: string[];
  results: SearchResult[];
  /** Time the core took, in milliseconds. */
  took: number;
}

/** How many documents match a query, and how they fall into facets: counted after the best are shown. */
export interface SearchTotal {
  /** Documents that match, of which the results are the best. */
  total: number;
  /** Over all matching documents: how many per issuer, year, script, responsible department and 时效性. */
  facets: { issuer: Facet[]; year: Facet[]; script: Facet[]; department: Facet[]; force: Facet[] };
  /** Time the core took, in milliseconds. */
  took: number;
}

/** Results and count at once (the CLI's answer). */
export type SearchResponse = SearchResults & SearchTotal;
