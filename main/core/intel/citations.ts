// What cites what: the documents the library's policies cite (《title》 with its number), merged by
// number across scripts, each with the library's documents that cite it — for a national document
// cited by several provincial ones, its implementations — and the library's own copy if it has one.
import { foldForSearch } from '../../../shared/search-fold.js';

export interface CitedDocument {
  docNumber: string;
  title: string;
  /** The library's document with this number or title, if there is one. */
  inLibrary: string | null;
  citedBy: Array<{ id: string; title: string }>;
}

interface CitingDocument {
  id: string;
  title: string;
  docNumber: string | null;
  citations: ReadonlyArray<{ title: string; docNumber: string }>;
}

/** Every document the library cites, the most cited first. */
export function citationIndex(documents: readonly CitingDocument[]): CitedDocument[] {
  const key = (s: string) => foldForSearch(s).replace(/\s+/g, '');
  const byNumber = new Map(documents.filter((d) => d.docNumber).map((d) => [key(d.docNumber ?? ''), d.id]));
  const byTitle = new Map(documents.map((d) => [key(d.title), d.id]));
  const cited = new Map<string, CitedDocument>();
  for (const doc of documents) {
    for (const c of doc.citations) {
      const k = key(c.docNumber);
      const entry = cited.get(k) ?? {
        docNumber: foldForSearch(c.docNumber),
        title: foldForSearch(c.title),
        inLibrary: byNumber.get(k) ?? byTitle.get(key(c.title)) ?? null,
        citedBy: [],
      };
      if (!entry.citedBy.some((d) => d.id === doc.id)) entry.citedBy.push({ id: doc.id, title: doc.title });
      cited.set(k, entry);
    }
  }
  return [...cited.values()].sort((a, b) => b.citedBy.length - a.citedBy.length || a.docNumber.localeCompare(b.docNumber, 'zh'));
}
