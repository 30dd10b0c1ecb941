import type { Citation } from '../../../shared/policy.js';
import { DOC_NUMBER_SOURCE, normaliseDocNumber } from './doc-number.js';

/** 《title》 followed by its document number, bare or in brackets: 《…》(国办发〔2016〕24号). */
const CITATION = new RegExp(
  `《([^《》\\n]{2,120})》\\s*(?:[（(]\\s*(${DOC_NUMBER_SOURCE})\\s*[)）]|(${DOC_NUMBER_SOURCE}))`,
  'g',
);

export function findCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  for (const m of text.matchAll(CITATION)) {
    const start = m.index ?? 0;
    citations.push({
      start,
      end: start + m[0].length,
      title: (m[1] ?? '').trim(),
      docNumber: normaliseDocNumber(m[2] ?? m[3] ?? ''),
    });
  }
  return citations;
}
