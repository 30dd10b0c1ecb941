import type { DocumentSummary } from '../../../shared/library.js';
import type { Script } from '../../../shared/policy.js';
import type { LibrarySortKey } from '../../../shared/settings.js';

export interface LibraryFilters {
  title: string;
  issuer: string | null;
  year: string | null;
  script: Script | null;
}

export const NO_FILTERS: LibraryFilters = { title: '', issuer: null, year: null, script: null };

export interface LibrarySort {
  key: LibrarySortKey;
  descending: boolean;
}

const collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true });

/** The documents that pass every filter, in the chosen order; documents without the sort key go last. */
export function filterAndSort(docs: DocumentSummary[], filters: LibraryFilters, sort: LibrarySort): DocumentSummary[] {
  const needle = filters.title.trim().toLowerCase();
  const kept = docs.filter(
    (d) =>
      (needle === '' || d.title.toLowerCase().includes(needle) || (d.docNumber ?? '').toLowerCase().includes(needle)) &&
      (filters.issuer === null || d.issuer === filters.issuer) &&
      (filters.year === null || d.date?.slice(0, 4) === filters.year) &&
      (filters.script === null || d.script === filters.script),
  );
  const value = (d: DocumentSummary): string | null => (sort.key === 'date' ? d.date : sort.key === 'title' ? d.title : d.issuer);
  return kept.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = collator.compare(x, y);
    return sort.descending ? -order : order;
  });
}

/** The values the issuer and year filters offer, from the documents in the library. */
export function filterChoices(docs: DocumentSummary[]): { issuers: string[]; years: string[] } {
  const issuers = new Set<string>();
  const years = new Set<string>();
  for (const d of docs) {
    if (d.issuer) issuers.add(d.issuer);
    if (d.date) years.add(d.date.slice(0, 4));
  }
  return { issuers: [...issuers].sort(collator.compare), years: [...years].sort().reverse() };
}
