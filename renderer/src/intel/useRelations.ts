import { useEffect, useMemo, useState } from 'react';
import { blockAt } from '../../../shared/document-layout.js';
import type { CitationLink, DocumentRelations } from '../../../shared/intel.js';
import type { ReaderDocument } from '../../../shared/library.js';
import { useApi } from '../app/ApiContext.js';

const NONE: readonly CitationLink[] = [];
const NO_CITATIONS = () => NONE;

/**
 * What a document cites and what cites it, fetched after the document is drawn (the first paint
 * does not wait for it), with each block's citations for the links in the text.
 */
export function useRelations(doc: ReaderDocument): {
  relations: DocumentRelations | null;
  citationsOf: (block: number) => readonly CitationLink[];
} {
  const api = useApi();
  const [relations, setRelations] = useState<DocumentRelations | null>(null);
  useEffect(() => {
    let live = true;
    api.relations({ id: doc.id }).then(
      (result) => live && setRelations(result),
      // Without them the text reads the same, only without links.
      () => live && setRelations({ cites: [], citedBy: [], siblings: [], national: false }),
    );
    return () => {
      live = false;
    };
  }, [api, doc.id]);
  const cites = relations?.cites;
  // A document without citations keeps the same function, so nothing is drawn again when they come.
  const citationsOf = useMemo(() => {
    if (!cites || cites.length === 0) return NO_CITATIONS;
    const byBlock = new Map<number, CitationLink[]>();
    for (const link of cites) {
      const block = blockAt(doc.blocks, link.start);
      byBlock.set(block, [...(byBlock.get(block) ?? []), link]);
    }
    return (block: number) => byBlock.get(block) ?? NONE;
  }, [cites, doc.blocks]);
  return { relations, citationsOf };
}
