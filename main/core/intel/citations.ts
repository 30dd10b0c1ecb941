// What cites what: the documents the library's policies cite (《title》 with its number), merged by
// number across scripts, each with the library's documents that cite it — for a national document
// cited by several provincial ones, its implementations — and the library's own copy if it has one.
import type { CitationLink, CitedDocument, DocumentRef, DocumentRelations } from '../../../shared/intel.js';
import type { Citation } from '../../../shared/policy.js';
import { foldForSearch } from '../../../shared/search-fold.js';

export interface CitingDocument extends DocumentRef {
  issuer: string | null;
  citations: ReadonlyArray<Citation>;
}

const key = (s: string) => foldForSearch(s).replace(/\s+/g, '');
/** Just the reference, for lists that link to a document. */
export const refOf = ({ id, title, docNumber }: DocumentRef): DocumentRef => ({ id, title, docNumber });

/** Finds the library's copy of a cited document: by its number, else by its title. */
function resolver(documents: readonly CitingDocument[]): (c: Pick<Citation, 'title' | 'docNumber'>) => CitingDocument | null {
  const byNumber = new Map(documents.filter((d) => d.docNumber).map((d) => [key(d.docNumber ?? ''), d]));
  const byTitle = new Map(documents.map((d) => [key(d.title), d]));
  return (c) => byNumber.get(key(c.docNumber)) ?? byTitle.get(key(c.title)) ?? null;
}

/** Every document the library cites, the most cited first. */
export function citationIndex(documents: readonly CitingDocument[]): CitedDocument[] {
  const resolve = resolver(documents);
  const cited = new Map<string, CitedDocument>();
  for (const doc of documents) {
    for (const c of doc.citations) {
      const k = key(c.docNumber);
      const entry = cited.get(k) ?? {
        docNumber: foldForSearch(c.docNumber),
        title: foldForSearch(c.title),
        inLibrary: resolve(c)?.id ?? null,
        citedBy: [],
        national: isNational({ issuer: null, docNumber: c.docNumber }),
      };
      if (!entry.citedBy.some((d) => d.id === doc.id)) entry.citedBy.push(refOf(doc));
      cited.set(k, entry);
    }
  }
  return [...cited.values()].sort((a, b) => b.citedBy.length - a.citedBy.length || a.docNumber.localeCompare(b.docNumber, 'zh'));
}

/** Issued by the State Council, a ministry or the Party centre: 国发, 国办发, 商建发, 中发 … */
export function isNational(doc: Pick<CitingDocument, 'issuer' | 'docNumber'>): boolean {
  const issuer = foldForSearch(doc.issuer ?? '');
  return /^(国务院|国家|中共中央|中央|全国)|部$/.test(issuer) || /^(国|中)/.test(foldForSearch(doc.docNumber ?? ''));
}

/** What one document cites (each resolved to the library's copy) and which documents cite it. */
export function relationsOf(id: string, documents: readonly CitingDocument[]): DocumentRelations {
  const resolve = resolver(documents);
  const doc = documents.find((d) => d.id === id);
  if (!doc) return { cites: [], citedBy: [], national: false };
  const cites: CitationLink[] = doc.citations.map((c) => {
    const target = resolve(c);
    return {
      start: c.start,
      end: c.end,
      title: c.title,
      docNumber: c.docNumber,
      target: target && target.id !== id ? refOf(target) : null,
    };
  });
  const citedBy = documents.filter((d) => d.id !== id && d.citations.some((c) => resolve(c)?.id === id)).map(refOf);
  return { cites, citedBy, national: isNational(doc) };
}
