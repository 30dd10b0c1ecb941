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

/**
 * Who cites whom in a library: each citation resolved to the library's copy of what it cites (by
 * number, else by title, both folded so that scripts do not matter), and for each document the
 * documents citing it. Built once from every document's citations; a document's relations are then
 * lookups.
 */
export class CitationGraph {
  private readonly byNumber: Map<string, CitingDocument>;
  private readonly byTitle: Map<string, CitingDocument>;
  private readonly citing = new Map<string, DocumentRef[]>();
  /** Cited document (its key) → the ids of the documents citing it. */
  private readonly byCited = new Map<string, Set<string>>();
  private readonly byId: Map<string, CitingDocument>;

  constructor(readonly documents: readonly CitingDocument[]) {
    this.byNumber = new Map(documents.filter((d) => d.docNumber).map((d) => [key(d.docNumber ?? ''), d]));
    this.byTitle = new Map(documents.map((d) => [key(d.title), d]));
    this.byId = new Map(documents.map((d) => [d.id, d]));
    for (const doc of documents) {
      for (const c of doc.citations) {
        const k = key(c.docNumber);
        this.byCited.set(k, (this.byCited.get(k) ?? new Set()).add(doc.id));
      }
      const targets = new Set(doc.citations.map((c) => this.resolve(c)?.id ?? doc.id));
      targets.delete(doc.id);
      for (const target of targets) {
        const list = this.citing.get(target) ?? [];
        list.push(refOf(doc));
        this.citing.set(target, list);
      }
    }
  }

  /** The library's copy of a cited document, if it has one. */
  resolve(c: Pick<Citation, 'title' | 'docNumber'>): CitingDocument | null {
    return this.byNumber.get(key(c.docNumber)) ?? this.byTitle.get(key(c.title)) ?? null;
  }

  /** What one document cites (each resolved) and which documents cite it. */
  relationsOf(id: string): DocumentRelations {
    const doc = this.byId.get(id);
    if (!doc) return { cites: [], citedBy: [], siblings: [], national: false };
    const cites: CitationLink[] = doc.citations.map((c) => {
      const target = this.resolve(c);
      return {
        start: c.start,
        end: c.end,
        title: c.title,
        docNumber: c.docNumber,
        target: target && target.id !== id ? refOf(target) : null,
        force: null,
      };
    });
    const siblings = new Set(doc.citations.flatMap((c) => [...(this.byCited.get(key(c.docNumber)) ?? [])]));
    siblings.delete(id);
    return { cites, citedBy: this.citing.get(id) ?? [], siblings: [...siblings], national: isNational(doc) };
  }

  /** Every document the library cites, the most cited first. */
  index(): CitedDocument[] {
    const cited = new Map<string, CitedDocument>();
    for (const doc of this.documents) {
      for (const c of doc.citations) {
        const k = key(c.docNumber);
        const entry = cited.get(k) ?? {
          docNumber: foldForSearch(c.docNumber),
          title: foldForSearch(c.title),
          inLibrary: this.resolve(c)?.id ?? null,
          citedBy: [],
          national: isNational({ issuer: null, docNumber: c.docNumber }),
        };
        if (!entry.citedBy.some((d) => d.id === doc.id)) entry.citedBy.push(refOf(doc));
        cited.set(k, entry);
      }
    }
    return [...cited.values()].sort(
      (a, b) => b.citedBy.length - a.citedBy.length || a.docNumber.localeCompare(b.docNumber, 'zh'),
    );
  }
}

/** Issued by the State Council, a ministry or the Party centre: 国发, 国办发, 商建发, 中发 … */
export function isNational(doc: Pick<CitingDocument, 'issuer' | 'docNumber'>): boolean {
  const issuer = foldForSearch(doc.issuer ?? '');
  return /^(国务院|国家|中共中央|中央|全国)|部$/.test(issuer) || /^(国|中)/.test(foldForSearch(doc.docNumber ?? ''));
}
