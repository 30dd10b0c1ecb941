// Two documents side by side: their level-1 sections paired by what they say, across scripts —
// as provinces implementing the same national document order and name their sections differently.
import type { PolicyDocument } from '../../../shared/policy.js';
import { foldForSearch } from '../../../shared/search-fold.js';

export interface Section {
  /** The heading block's index. */
  block: number;
  heading: string;
  start: number;
  end: number;
}

export interface SectionPair {
  a: Section | null;
  b: Section | null;
  /** Cosine similarity of the two sections' character pairs, 0 to 1 (0 for an unpaired section). */
  score: number;
}

/** Level-1 sections: each heading with everything up to the next one. */
export function sectionsOf(doc: Pick<PolicyDocument, 'blocks' | 'text'>): Section[] {
  const heads = doc.blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === 'heading' && b.level === 1 && !b.role);
  return heads.map(({ b, i }, k) => {
    const next = heads[k + 1];
    const last = next ? (doc.blocks[next.i - 1] ?? b) : (doc.blocks.filter((x) => !x.role).at(-1) ?? b);
    return { block: i, heading: b.text.replace(/[。．.]$/, ''), start: b.start, end: Math.max(b.end, last.end) };
  });
}

/** Counts of each pair of adjacent characters in the folded text, punctuation and digits left out. */
function pairVector(text: string): Map<string, number> {
  const folded = foldForSearch(text).replace(/[^\p{Script=Han}]/gu, ' ');
  const vector = new Map<string, number>();
  for (let i = 0; i + 1 < folded.length; i++) {
    const pair = folded.slice(i, i + 2);
    if (pair.includes(' ')) continue;
    vector.set(pair, (vector.get(pair) ?? 0) + 1);
  }
  return vector;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Pairs the sections of two documents in order (an alignment, like a diff, that maximises the sum
 * of similarities); pairs below `threshold` stay apart, each section on its own.
 */
export function alignSections(
  a: Pick<PolicyDocument, 'blocks' | 'text'>,
  b: Pick<PolicyDocument, 'blocks' | 'text'>,
  threshold = 0.25,
): SectionPair[] {
  const sa = sectionsOf(a);
  const sb = sectionsOf(b);
  const va = sa.map((s) => pairVector(a.text.slice(s.start, s.end)));
  const vb = sb.map((s) => pairVector(b.text.slice(s.start, s.end)));
  const sim = va.map((x) => vb.map((y) => cosine(x, y)));
  // best[i][j]: the best total for the first i sections of a and the first j of b.
  const best = Array.from({ length: sa.length + 1 }, () => new Float64Array(sb.length + 1));
  for (let i = 1; i <= sa.length; i++) {
    for (let j = 1; j <= sb.length; j++) {
      const s = sim[i - 1]?.[j - 1] ?? 0;
      const row = best[i] as Float64Array;
      row[j] = Math.max(
        (best[i - 1] as Float64Array)[j] as number,
        row[j - 1] as number,
        s >= threshold ? ((best[i - 1] as Float64Array)[j - 1] as number) + s : 0,
      );
    }
  }
  const pairs: SectionPair[] = [];
  let i = sa.length;
  let j = sb.length;
  while (i > 0 || j > 0) {
    const s = i > 0 && j > 0 ? (sim[i - 1]?.[j - 1] ?? 0) : 0;
    const here = (best[i] as Float64Array)[j] as number;
    if (i > 0 && j > 0 && s >= threshold && Math.abs(here - (((best[i - 1] as Float64Array)[j - 1] as number) + s)) < 1e-12) {
      pairs.push({ a: sa[i - 1] ?? null, b: sb[j - 1] ?? null, score: Math.round(s * 1000) / 1000 });
      i--;
      j--;
    } else if (i > 0 && (j === 0 || here === (best[i - 1] as Float64Array)[j])) {
      pairs.push({ a: sa[i - 1] ?? null, b: null, score: 0 });
      i--;
    } else {
      pairs.push({ a: null, b: sb[j - 1] ?? null, score: 0 });
      j--;
    }
  }
  return pairs.reverse();
}
