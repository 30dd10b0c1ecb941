// Two documents side by side: their sections paired by what they say, across scripts —
// as provinces implementing the same national document order and name their sections differently.
import type { ComparedPair, Section, SectionPair, TextRange } from '../../../shared/intel.js';
import type { Block, PolicyDocument } from '../../../shared/policy.js';
import { foldForSearch } from '../../../shared/search-fold.js';

type Doc = Pick<PolicyDocument, 'blocks' | 'text'>;

/**
 * The units two documents are compared in: each level-1 section, or, where one is divided into
 * level-2 parts ("（一）发展思路"), each part — the first taking the level-1 heading with it — so
 * that a document written in chapters lines up with one written in sections. The text before the
 * first heading comes first, with an empty heading.
 */
export function sectionsOf(doc: Doc): Section[] {
  const body = doc.blocks.map((b, i) => ({ b, i })).filter(({ b }) => !b.role);
  // For each body block, the next heading of level 1 or 2 after it: found in one pass from the end.
  const nextHeading: Array<(typeof body)[number] | undefined> = [];
  for (let k = body.length - 1, next: (typeof body)[number] | undefined; k >= 0; k--) {
    nextHeading[k] = next;
    const x = body[k];
    if (x?.b.kind === 'heading' && (x.b.level === 1 || x.b.level === 2)) next = x;
  }
  const starts: Array<{ from: number; head: number }> = [];
  body.forEach(({ b, i }, k) => {
    if (b.kind !== 'heading') return;
    if (b.level === 1) {
      const next = nextHeading[k];
      starts.push({ from: i, head: next?.b.level === 2 ? next.i : i });
    } else if (b.level === 2 && starts.length > 0 && starts.at(-1)?.head !== i) starts.push({ from: i, head: i });
  });
  // The text before the first heading (导语: what the document implements and why) is a unit too.
  const opening = body.find(({ b }) => b.kind === 'paragraph');
  if (opening && (starts.length === 0 || opening.i < (starts[0]?.from ?? 0))) starts.unshift({ from: opening.i, head: -1 });
  const lastBlock = body.at(-1)?.b;
  return starts.map(({ from, head }, k) => {
    const next = starts[k + 1];
    const first = doc.blocks[from] as Block;
    const last = next ? (doc.blocks[next.from - 1] ?? first) : (lastBlock ?? first);
    const heading = head === -1 ? '' : (doc.blocks[head] as Block).text.replace(/[。．.]$/, '');
    return { block: head === -1 ? from : head, heading, start: first.start, end: Math.max(first.end, last.end) };
  });
}

/** Counts of each pair of adjacent characters in the folded text, punctuation and digits left out. */
function pairVector(text: string): Map<string, number> {
  const vector = new Map<string, number>();
  for (const pair of hanPairs(text)) vector.set(pair, (vector.get(pair) ?? 0) + 1);
  return vector;
}

function* hanPairs(text: string): Generator<string> {
  const folded = foldForSearch(text).replace(/[^\p{Script=Han}]/gu, ' ');
  for (let i = 0; i + 1 < folded.length; i++) {
    const pair = folded.slice(i, i + 2);
    if (!pair.includes(' ')) yield pair;
  }
}

/**
 * Sections pair from this similarity on. Two documents on one subject share much of their wording
 * (电子商务, 推进, 发展), so unrelated sections of the seeds score up to 0.37 (基本原则 ⇄ 农村电子商务
 * 0.34) and related ones from 0.42; below it a section stands alone. (Weighing pairs by rarity was
 * tried: with twenty sections a side it spreads the scores less, not more.)
 */
export const PAIRING_THRESHOLD = 0.4;

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
 * More sections than this on a side are paired in runs: the alignment takes time and memory in the
 * product of the two counts (two documents of 20,000 headings each would need gigabytes).
 */
const MAX_ALIGNED = 400;

/** Consecutive sections merged into at most MAX_ALIGNED runs, each under its first heading. */
function inRuns(sections: Section[]): Section[] {
  if (sections.length <= MAX_ALIGNED) return sections;
  const size = Math.ceil(sections.length / MAX_ALIGNED);
  const runs: Section[] = [];
  for (let k = 0; k < sections.length; k += size) {
    const first = sections[k] as Section;
    const last = sections[Math.min(k + size, sections.length) - 1] ?? first;
    runs.push({ ...first, end: Math.max(first.end, last.end) });
  }
  return runs;
}

/**
 * Pairs the sections of two documents in order (an alignment, like a diff, that maximises the sum
 * of similarities); pairs below `threshold` stay apart, each section on its own.
 */
export function alignSections(a: Doc, b: Doc, threshold = PAIRING_THRESHOLD): SectionPair[] {
  const sa = inRuns(sectionsOf(a));
  const sb = inRuns(sectionsOf(b));
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

/** A text's Han characters, folded (so that scripts compare), each with its offset in the text. */
function hanOf(text: string): { chars: string; at: number[] } {
  const folded = foldForSearch(text);
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const char = folded[i] as string;
    if (HAN.test(char)) {
      chars += char;
      at.push(i);
    }
  }
  return { chars, at };
}
const HAN = /\p{Script=Han}/u;

function trigrams(chars: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3));
  return grams;
}

/**
 * What one text says that the other does not: the runs of its Han characters (punctuation and
 * digits skipped) not covered by any three-character sequence the other text also has. Both are
 * folded, so a change of script is not a difference; runs of one character are noise, and a run
 * ends at a line's end.
 */
function differences(text: string, offset: number, other: Set<string>): TextRange[] {
  const { chars, at } = hanOf(text);
  const covered = new Uint8Array(chars.length);
  for (let i = 0; i + 3 <= chars.length; i++) {
    if (other.has(chars.slice(i, i + 3))) covered.fill(1, i, i + 3);
  }
  const ranges: TextRange[] = [];
  let from = -1;
  const close = (to: number) => {
    if (from >= 0 && to - from >= 2)
      ranges.push({ start: offset + (at[from] as number), end: offset + (at[to - 1] as number) + 1 });
    from = -1;
  };
  for (let i = 0; i < chars.length; i++) {
    if (from >= 0 && text.slice(at[i - 1], at[i]).includes('\n')) close(i);
    if (covered[i]) close(i);
    else if (from < 0) from = i;
  }
  close(chars.length);
  // Taken in, a bracket's other half may reach into the run before: runs that overlap are one.
  const whole: TextRange[] = [];
  for (const range of ranges.map((r) => wholeBrackets(text, offset, r)).sort((x, y) => x.start - y.start)) {
    const last = whole.at(-1);
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else whole.push({ ...range });
  }
  return whole;
}

/** Bracket pairs, each half in either width: documents close a （ with ) often enough. */
const BRACKETS: ReadonlyArray<[string, string]> = [
  ['（(', '）)'],
  ['《', '》'],
  ['“', '”'],
  ['〔［[', '〕］]'],
];
/** How far a shaded run reaches out for the other half of a bracket pair it holds one half of. */
const BRACKET_REACH = 300;

/** A shaded run never holds one half of a bracket pair alone: it takes in the other half, if on its line. */
function wholeBrackets(text: string, offset: number, range: TextRange): TextRange {
  let start = range.start - offset;
  let end = range.end - offset;
  for (const [opens, closes] of BRACKETS) {
    let depth = 0;
    let unopened = false;
    for (let i = start; i < end; i++) {
      if (opens.includes(text[i] as string)) depth++;
      else if (closes.includes(text[i] as string)) {
        if (depth === 0) unopened = true;
        else depth--;
      }
    }
    // The other half is looked for on the same line, at most BRACKET_REACH characters away.
    if (depth > 0) {
      for (let i = end; i < text.length && i - end <= BRACKET_REACH && text[i] !== '\n'; i++) {
        if (closes.includes(text[i] as string)) {
          end = i + 1;
          break;
        }
      }
    }
    if (unopened) {
      for (let i = start - 1; i >= 0 && start - i <= BRACKET_REACH && text[i] !== '\n'; i--) {
        if (opens.includes(text[i] as string)) {
          start = i;
          break;
        }
      }
    }
  }
  return { start: start + offset, end: end + offset };
}

/**
 * The sections paired (see alignSections), each pair with what each side says that the other does
 * not (see differences); a section without a partner is different as a whole.
 */
export function compareDocuments(a: Doc, b: Doc): ComparedPair[] {
  return alignSections(a, b).map((pair) => {
    const ta = pair.a ? a.text.slice(pair.a.start, pair.a.end) : '';
    const tb = pair.b ? b.text.slice(pair.b.start, pair.b.end) : '';
    const onlyA = pair.a ? differences(ta, pair.a.start, trigrams(hanOf(tb).chars)) : [];
    const onlyB = pair.b ? differences(tb, pair.b.start, trigrams(hanOf(ta).chars)) : [];
    return { ...pair, onlyA, onlyB };
  });
}
