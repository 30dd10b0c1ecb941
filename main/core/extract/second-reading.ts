// A traditional page read by the traditional model, checked against the simplified model's reading of
// the same page. The traditional model is the weaker of tesseract's two Chinese models: it reads 積極
// as 積森 and 商貿 as 商買 where the simplified model reads the same strokes right, and the two seldom
// err on the same character. Where they differ, each reading of the character is put among its
// neighbours and the one that makes likelier Chinese is kept — likelier by the word frequencies of
// jieba's dictionary (@node-rs/jieba), the best division of the stretch into words. The confidences
// tesseract gives each character do not tell the two apart: a misread character is as "sure" as a
// right one.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { convertText } from '../../../shared/script-conversion.js';
import { foldForSearch } from '../../../shared/search-fold.js';

const require = createRequire(import.meta.url);

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The parts of tesseract's page this reads and writes (its `blocks` output). */
export interface ReadPage {
  text: string;
  blocks: Array<{ paragraphs: Array<{ lines: ReadLine[] }> }> | null;
}
interface ReadLine {
  text: string;
  bbox: Box;
  words: Array<{ text: string; symbols: Array<{ text: string }> }>;
}

/** How much likelier (natural log) the second reading must make its stretch to replace the first's. */
const LIKELIER_BY = 2;
/** Characters either side of a doubted one that take part in judging it. */
const CONTEXT = 4;
/** The longest word looked up. */
const LONGEST_WORD = 6;
/** Share of their union two lines' boxes must share to be one line read twice. */
const SAME_LINE = 0.5;

const isHan = (c: string | undefined) => c !== undefined && /^\p{Script=Han}$/u.test(c);

interface Dictionary {
  counts: Map<string, number>;
  logTotal: number;
}
let dictionary: Dictionary | null = null;

/** jieba's words (in simplified form, as search folds them) with their counts; read on first use. */
function words(): Dictionary {
  if (dictionary) return dictionary;
  const counts = new Map<string, number>();
  let total = 0;
  // Lines of "word count part-of-speech".
  for (const line of fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8').split('\n')) {
    const space = line.indexOf(' ');
    if (space < 1 || space > LONGEST_WORD) continue;
    const n = Number.parseInt(line.slice(space + 1), 10);
    if (!(n > 0)) continue;
    const folded = foldForSearch(line.slice(0, space));
    counts.set(folded, (counts.get(folded) ?? 0) + n);
    total += n;
  }
  dictionary = { counts, logTotal: Math.log(total) };
  return dictionary;
}

/** The log probability of the likeliest division of a stretch of Chinese into the dictionary's words. */
function likelihood(chars: readonly string[]): number {
  const { counts, logTotal } = words();
  const best = new Float64Array(chars.length + 1).fill(Number.NEGATIVE_INFINITY);
  best[0] = 0;
  for (let end = 1; end <= chars.length; end++)
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
      const count = counts.get(foldForSearch(chars.slice(start, end).join('')));
      // A character the dictionary lacks still stands, as the rarest word would.
      const p = count ? Math.log(count) - logTotal : end - start === 1 ? Math.log(0.5) - logTotal : Number.NEGATIVE_INFINITY;
      const reached = (best[start] as number) + p;
      if (reached > (best[end] as number)) best[end] = reached;
    }
  return best[chars.length] as number;
}

/** How well the `length` characters from `at` sit among their Chinese neighbours. */
function fit(chars: readonly string[], at: number, length: number): number {
  let from = at;
  let to = at + length;
  while (from > 0 && at - from < CONTEXT && isHan(chars[from - 1])) from--;
  while (to < chars.length && to - (at + length) < CONTEXT && isHan(chars[to])) to++;
  return likelihood(chars.slice(from, to));
}

/** The most differing characters judged together (their readings' combinations are each tried). */
const LONGEST_RUN = 4;

/** Substitutions grouped into runs of those near each other (a character apart at most) in both readings. */
function runsOf(differing: ReadonlyArray<[number, number]>): Array<Array<[number, number]>> {
  const runs: Array<Array<[number, number]>> = [];
  for (const d of [...differing].sort((a, b) => a[0] - b[0])) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && run.length < LONGEST_RUN && d[0] - last[0] <= 2 && d[1] - last[1] === d[0] - last[0]) run.push(d);
    else runs.push([d]);
  }
  return runs;
}

/** The places where a least-edit alignment of `a` with `b` puts a different character of b for one of a. */
function substitutions(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const width = b.length + 1;
  const d = new Uint16Array((a.length + 1) * width);
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  const cost = (i: number, j: number) => (a[i - 1] === b[j - 1] ? 0 : 1);
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i * width + j] = Math.min(
        (d[(i - 1) * width + j] as number) + 1,
        (d[i * width + j - 1] as number) + 1,
        (d[(i - 1) * width + j - 1] as number) + cost(i, j),
      );
  const found: Array<[number, number]> = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (d[i * width + j] === (d[(i - 1) * width + j - 1] as number) + cost(i, j)) {
      if (cost(i, j)) found.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (d[i * width + j] === (d[(i - 1) * width + j] as number) + 1) i--;
    else j--;
  }
  return found;
}

function area(b: Box): number {
  return Math.max(0, b.x1 - b.x0) * Math.max(0, b.y1 - b.y0);
}

function sharedShare(a: Box, b: Box): number {
  const common = area({ x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) });
  return common / Math.max(1, area(a) + area(b) - common);
}

const charactersOf = (line: ReadLine) => line.words.flatMap((w) => w.symbols.map((s) => s.text));

/**
 * The first reading with each character the second reads better put right, in the first reading's
 * layout (words, lines, paragraphs as tesseract gives them). A character taken from the simplified
 * reading is written in traditional form where its line reads as traditional.
 */
export function checkedReading<P extends ReadPage>(first: P, second: ReadPage): P {
  if (!first.blocks || !second.blocks) return first;
  const others = second.blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
  let corrected = 0;
  const blocks = first.blocks.map((block) => ({
    ...block,
    paragraphs: block.paragraphs.map((paragraph) => {
      const read = paragraph.lines.map(charactersOf);
      paragraph.lines.forEach((line, l) => {
        const twin = others.reduce<ReadLine | null>(
          (best, o) =>
            sharedShare(o.bbox, line.bbox) > Math.max(SAME_LINE, best ? sharedShare(best.bbox, line.bbox) : 0) ? o : best,
          null,
        );
        if (twin) corrected += checkLine(read, l, charactersOf(twin));
      });
      return { ...paragraph, lines: paragraph.lines.map((line, l) => rewritten(line, read[l] as string[])) };
    }),
  }));
  if (corrected === 0) return first;
  const text = blocks
    .flatMap((b) => b.paragraphs.map((p) => p.lines.map((l) => l.words.map((w) => w.text).join(' ')).join('\n')))
    .join('\n\n');
  return { ...first, blocks, text };
}

/**
 * Puts right line `l` of a paragraph's characters (`read`, changed in place) by the second reading of
 * the line; the number of characters changed. Differing characters near each other are judged together
 * (必公斤 for 办公厅): whichever combination of their readings makes the likeliest stretch, with the
 * paragraph's other lines as context.
 */
function checkLine(read: string[][], l: number, theirs: readonly string[]): number {
  const mine = read[l] as string[];
  const before = read.slice(0, l).reduce((n, r) => n + r.length, 0);
  const traditional = mine.some((c) => isHan(c) && foldForSearch(c) !== c);
  const differing = substitutions(mine.map(foldForSearch), theirs.map(foldForSearch)).filter(
    ([i, j]) => isHan(mine[i]) && isHan(theirs[j]),
  );
  let changed = 0;
  for (const run of runsOf(differing)) {
    const chars = read.flat();
    const from = before + (run[0] as [number, number])[0];
    const length = before + (run.at(-1) as [number, number])[0] + 1 - from;
    let best = fit(chars, from, length) + LIKELIER_BY;
    let chosen = 0;
    for (let mask = 1; mask < 1 << run.length; mask++) {
      const tried = [...chars];
      run.forEach(([i, j], k) => {
        if (mask & (1 << k)) tried[before + i] = theirs[j] as string;
      });
      const likelihood = fit(tried, from, length);
      if (likelihood > best) [best, chosen] = [likelihood, mask];
    }
    run.forEach(([i, j], k) => {
      if (!(chosen & (1 << k))) return;
      mine[i] = traditional ? convertText(theirs[j] as string, 'tw') : (theirs[j] as string);
      changed++;
    });
  }
  return changed;
}

/** A line with its characters replaced, its words and text made of them. */
function rewritten(line: ReadLine, chars: readonly string[]): ReadLine {
  let next = 0;
  const words = line.words.map((word) => {
    const symbols = word.symbols.map((symbol) => ({ ...symbol, text: chars[next++] ?? symbol.text }));
    return { ...word, symbols, text: symbols.map((s) => s.text).join('') };
  });
  return { ...line, words, text: words.map((w) => w.text).join(' ') };
}
