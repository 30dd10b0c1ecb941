// What pages add to a document's text that is no part of it, taken out before the text is read:
// images a Markdown copy left empty, the random salt some sites sprinkle over their lines, and the
// marks others scatter between words.

/** A page copied through Markdown keeps its images as "![]()" with nothing to read, bars between them. */
export function withoutEmptyImages(text: string): string {
  return text.includes('![') ? text.replace(/(?:!\[[^\]\n]{0,80}\]\([^)\n]{0,300}\)[\s\u3000]*[|｜]?[ \u3000]*)+/g, '') : text;
}

/** A run of printable ASCII as a site salts its lines with: symbols among letters ("q9Q*d`(Q8LY8@e8Q0"). */
// (Unspaced: a forum's spaced salt, "; D, [, x; t) Z6", is read apart line by line.)
const NOISE = /[\x21-\x7e]{6,40}/g;
/** Salted pages carry it on most lines; a text with fewer runs than this has none. */
const MIN_NOISE_RUNS = 5;
/** How often a site's own name stands in a salted text before it is taken for part of the salt. */
const MIN_WATERMARKS = 3;

/** A short piece of salt ("9k", "-u", "fn"), not a placeholder (xx市). */
function isSaltLeft(run: string): boolean {
  return /[A-Za-z]/.test(run) && !/^[\sxX]+$/.test(run);
}

function isNoise(run: string): boolean {
  return (
    (run.match(/[^A-Za-z0-9\s]/g)?.length ?? 0) >= 2 &&
    /[A-Za-z]/.test(run) &&
    // (Not markup a copy kept: charset=gb_2312-80">.)
    !/[=<>]/.test(run) &&
    !/https?:|www\.|@[a-z0-9-]+\.|\.(?:com|cn|net|org|gov|html?|pdf|docx?|xlsx?)\b/i.test(run)
  );
}

/**
 * Some sites salt each line with random ASCII and their own name against copying ("…收悉。中国古建筑营造网3BI4c]_D"):
 * where a text carries such runs on many lines, they go, and the name they came with.
 */
export function withoutScrapingNoise(text: string): string {
  let runs = 0;
  for (const m of text.matchAll(NOISE)) if (isNoise(m[0]) && ++runs >= MIN_NOISE_RUNS) break;
  if (runs < MIN_NOISE_RUNS) return text;
  const cleaned = text
    .replace(NOISE, (run) => (isNoise(run) ? '' : run))
    // What is left of the salt, shorter: a line of it alone ("9k", "-u"), or at a line's edge ("北京市文物局:_4K#c").
    .replace(/^[\x21-\x7e ]{1,12}$/gm, (run) => (isSaltLeft(run) ? '' : run))
    .replace(/(?<=[\u4e00-\u9fff：:，。])[ ]{0,4}[\x21-\x7e][\x21-\x7e ]{0,11}$/gm, (run) => (isSaltLeft(run) ? '' : run))
    .replace(/^[\x21-\x7e ]{1,16}(?=[ \u3000]{0,4}[\u4e00-\u9fff])/gm, (run) => (isSaltLeft(run) ? '' : run));
  const counts = new Map<string, number>();
  for (const m of cleaned.matchAll(/[\u4e00-\u9fff]{2,10}(?:网|網)(?![\u4e00-\u9fff])/g))
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  let result = cleaned;
  for (const [name, count] of counts) if (count >= MIN_WATERMARKS) result = result.split(name).join('');
  return result;
}

/** A run of marks a site scatters between a text's words against copying ("各市@@@@、县委@@,…落实@@@@。"). */
const SCATTERED_MARKS = /@{2,8}/g;
/** A text with fewer such runs than this has none: an address's or a template's @ stays. */
const MIN_SCATTERED_MARKS = 8;

/** The text without marks scattered between its words, where it has many. */
export function withoutScatteredMarks(text: string): string {
  if (!text.includes('@@')) return text;
  let runs = 0;
  for (const m of text.matchAll(SCATTERED_MARKS)) {
    const before = text[(m.index ?? 0) - 1] ?? '';
    if (/[\u4e00-\u9fff，,。、：:；;》”)）]/.test(before) && ++runs >= MIN_SCATTERED_MARKS) break;
  }
  return runs >= MIN_SCATTERED_MARKS ? text.replace(SCATTERED_MARKS, '') : text;
}

/** How many lines must end in one site's stamp before it is taken for one, and the share of the text's lines. */
const MIN_STAMPED_LINES = 5;
const MIN_STAMPED_SHARE = 0.3;
/** The stamp's last characters, by which lines ending in it are found, and the longest it is followed back. */
const STAMP_KEY = 12;
const MAX_STAMP = 80;
const MAX_STAMPED_READ = 200;

/**
 * Some sites stamp their name and slogan on the end of every line ("…请认真贯彻落实。tHC筑傲网-做装配式的人都聚集在这里!
 * 装配式建筑专业网站"): where most lines end in one such stamp, it goes.
 */
export function withoutStampedTails(text: string): string {
  const lines = text.split('\n');
  const counts = new Map<string, number>();
  let filled = 0;
  for (const line of lines) {
    const kept = line.trimEnd();
    if (kept.trim() !== '') filled++;
    if (kept.length >= STAMP_KEY) counts.set(kept.slice(-STAMP_KEY), (counts.get(kept.slice(-STAMP_KEY)) ?? 0) + 1);
  }
  let key = '';
  let most = 0;
  for (const [tail, count] of counts) if (count > most) [key, most] = [tail, count];
  if (most < MIN_STAMPED_LINES || most < filled * MIN_STAMPED_SHARE) return text;
  // (Followed back on the first lines that carry it: a huge text's every line need not be read again.)
  const stamped = lines
    .map((line) => line.trimEnd())
    .filter((line) => line.endsWith(key))
    .slice(0, MAX_STAMPED_READ);
  let stamp = key;
  const shortest = stamped.reduce((least, line) => Math.min(least, line.length), MAX_STAMP);
  while (stamp.length < shortest) {
    const next = (line: string) => line[line.length - stamp.length - 1];
    const c = next(stamped[0] ?? '');
    if (c === undefined || !stamped.every((line) => next(line) === c)) break;
    stamp = c + stamp;
  }
  // A site's stamp names it (…网, a web address, its letters); a column of lines that end alike in words is text,
  // and so is a title printed again and again: a stamp comes after the text of the lines it is on.
  if (!/[A-Za-z]|网|網|www|\.com|\.cn/.test(stamp)) return text;
  const stampedText = stamped.filter((line) => /[\u4e00-\u9fff]{4}/.test(line.slice(0, -stamp.length))).length;
  if (stampedText * 2 < stamped.length) return text;
  return lines.map((line) => (line.trimEnd().endsWith(stamp) ? line.trimEnd().slice(0, -stamp.length) : line)).join('\n');
}
