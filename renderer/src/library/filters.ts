import { FORCE_STATUSES, type ForceStatus, isOutOfForce } from '../../../shared/force.js';
import type { DocumentSummary } from '../../../shared/library.js';
import { GENRES, type Genre, needsReview, type Script } from '../../../shared/policy.js';
import { foldForSearch } from '../../../shared/search-fold.js';
import type { LibrarySortKey } from '../../../shared/settings.js';

export interface LibraryFilters {
  title: string;
  issuer: string | null;
  year: string | null;
  script: Script | null;
  genre: Genre | null;
  /** A 主题分类 such as "财政、金融、审计\税务", or a top-level class ("财政、金融、审计") that takes in its subclasses. */
  topic: string | null;
  /** Only the documents with a field that was inferred or not found (待核对). */
  review: boolean;
  /** 时效性: only the documents with this status (as of `asOf`). */
  force: ForceStatus | null;
  /** The day statuses are judged by; null for today. */
  asOf: string | null;
}

export const NO_FILTERS: LibraryFilters = {
  title: '',
  issuer: null,
  year: null,
  script: null,
  genre: null,
  topic: null,
  review: false,
  force: null,
  asOf: null,
};

export function hasFilters(filters: LibraryFilters): boolean {
  return (Object.keys(NO_FILTERS) as Array<keyof LibraryFilters>).some((key) => filters[key] !== NO_FILTERS[key]);
}

export interface LibrarySort {
  key: LibrarySortKey;
  descending: boolean;
}

const collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true });

/** Portals write 主题分类 as class\subclass. */
const TOPIC_SEPARATOR = '\\';

function topicWithin(topic: string | null, chosen: string): boolean {
  return topic !== null && (topic === chosen || topic.startsWith(`${chosen}${TOPIC_SEPARATOR}`));
}

const folded = new WeakMap<DocumentSummary, string>();

/** What the filter box matches in, as search folds it (script, width, case): title, 发文字号, issuer. */
function filterText(d: DocumentSummary): string {
  let text = folded.get(d);
  if (text === undefined) {
    text = foldForSearch([d.title, d.docNumber ?? '', d.issuer ?? ''].join('\n').normalize('NFKC'));
    folded.set(d, text);
  }
  return text;
}

/** The documents that pass every filter, in the chosen order; documents without the sort key go last. */
export function filterAndSort(docs: DocumentSummary[], filters: LibraryFilters, sort: LibrarySort): DocumentSummary[] {
  // Each word typed must occur, as in search: "湘政發 2016" finds 湘政发〔2016〕….
  const needles = foldForSearch(filters.title.normalize('NFKC')).split(/\s+/).filter(Boolean);
  const { topic } = filters;
  const kept = docs.filter(
    (d) =>
      (needles.length === 0 || needles.every((needle) => filterText(d).includes(needle))) &&
      (filters.issuer === null || d.issuer === filters.issuer) &&
      (filters.year === null || d.date?.slice(0, 4) === filters.year) &&
      (filters.script === null || d.script === filters.script) &&
      (filters.genre === null || d.genre === filters.genre) &&
      (topic === null || topicWithin(d.topic, topic)) &&
      (!filters.review || needsReview(d.provenance)) &&
      (filters.force === null || d.force.status === filters.force),
  );
  // What no longer (or not yet) applies goes after what does, whatever the order chosen.
  const outOfForce = (d: DocumentSummary) => (isOutOfForce(d.force.status) ? 1 : 0);
  const value = (d: DocumentSummary): string | null => (sort.key === 'date' ? d.date : sort.key === 'title' ? d.title : d.issuer);
  return kept.sort((a, b) => {
    const group = outOfForce(a) - outOfForce(b);
    if (group !== 0) return group;
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = collator.compare(x, y);
    return sort.descending ? -order : order;
  });
}

export interface FilterChoices {
  issuers: string[];
  /** Newest first. */
  years: string[];
  /** In the order of GENRES. */
  genres: Genre[];
  /** Every 主题分类 with its top-level class before it, so a class can be chosen whole. */
  topics: string[];
  /** How many documents are 待核对. */
  toReview: number;
  /** The statuses documents have, in the order of FORCE_STATUSES, with how many have each. */
  forces: Array<{ status: ForceStatus; count: number }>;
}

/** The values the filters offer, from the documents in the library. */
export function filterChoices(docs: DocumentSummary[]): FilterChoices {
  const issuers = new Set<string>();
  const years = new Set<string>();
  const genres = new Set<Genre>();
  const topics = new Set<string>();
  let toReview = 0;
  const forces = new Map<ForceStatus, number>();
  for (const d of docs) {
    forces.set(d.force.status, (forces.get(d.force.status) ?? 0) + 1);
    if (d.issuer) issuers.add(d.issuer);
    if (d.date) years.add(d.date.slice(0, 4));
    if (d.genre) genres.add(d.genre);
    if (d.topic) {
      const parts = d.topic.split(TOPIC_SEPARATOR);
      for (let i = 1; i <= parts.length; i++) topics.add(parts.slice(0, i).join(TOPIC_SEPARATOR));
    }
    if (needsReview(d.provenance)) toReview++;
  }
  return {
    issuers: [...issuers].sort(collator.compare),
    years: [...years].sort().reverse(),
    genres: GENRES.filter((genre) => genres.has(genre)),
    topics: [...topics].sort(collator.compare),
    toReview,
    forces: FORCE_STATUSES.filter((status) => forces.has(status)).map((status) => ({ status, count: forces.get(status) ?? 0 })),
  };
}
