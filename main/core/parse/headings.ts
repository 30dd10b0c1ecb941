import type { HeadingLevel } from '../../../shared/policy.js';

const CN = '一二三四五六七八九十百零〇两';
const DIGIT = '0-9０-９';

/** Markers of the four levels of GB/T 9704-2012, tried in order. */
const MARKERS: ReadonlyArray<{ level: HeadingLevel; pattern: RegExp }> = [
  { level: 1, pattern: new RegExp(`^[${CN}]{1,4}[、．.]`) },
  // (一), or the one character some fonts and converters give it (㈠ … ㈩).
  { level: 2, pattern: new RegExp(`^(?:[（(]\\s*[${CN}]{1,4}\\s*[)）]|[\u3220-\u3229])`) },
  { level: 3, pattern: new RegExp(`^[${DIGIT}]{1,3}\\s*(?:[、]|[.．](?![${DIGIT}]))`) },
  // (1) … (12); not a telephone area code such as (028).
  { level: 4, pattern: new RegExp(`^[（(]\\s*[1-9１-９][${DIGIT}]{0,2}\\s*[)）]`) },
  // Regulations: 第一章 (chapter) and 第一节 (section) head their parts like 一、 and （一）.
  { level: 1, pattern: new RegExp(`^第[${CN}]{1,4}章(?![程节])`) },
  { level: 2, pattern: new RegExp(`^第[${CN}]{1,4}[节節]`) },
  // Articles (第一条　…, 第一条为了…): the article's number alone is its heading, run in before its
  // text; which lines head articles is the document's run of them (articles.ts).
  { level: 3, pattern: new RegExp(`^第[${CN}]{1,5}[条條]`) },
];
const ARTICLE = /^第.+[条條]$/;

export interface HeadingMarker {
  level: HeadingLevel;
  /** The marker as written. */
  label: string;
}

export function headingMarker(line: string): HeadingMarker | null {
  for (const { level, pattern } of MARKERS) {
    const m = pattern.exec(line);
    if (m) return { level, label: m[0] };
  }
  return null;
}

/** A heading standing alone on its line is short and not a sentence run on with commas. */
const MAX_HEADING_CHARS = 60;
/** A run-in heading ("(一)发展思路。牢固树立…") is a short first sentence. */
const MAX_RUN_IN_CHARS = 40;
const SENTENCE_END = /[。！？!?]/;

/**
 * Length of the heading at the start of a line that carries a marker, or 0 when the line is
 * a numbered paragraph. An article's heading is its number (第一条). A whole line counts when it is
 * short and holds no full stop before its end; otherwise a short first sentence ending in 。 is a
 * run-in heading.
 */
export function headingLength(line: string, marker: HeadingMarker): number {
  if (ARTICLE.test(marker.label)) return marker.label.length;
  const body = line.slice(marker.label.length);
  const stop = body.search(SENTENCE_END);
  if (stop === -1 || stop === body.trimEnd().length - 1) {
    // An item that introduces a list (…是指：) or is a sentence with a clause (…，…。) is text.
    const item = /[:：]$/.test(body.trimEnd()) || (stop !== -1 && /[，,]/.test(body));
    return line.length <= MAX_HEADING_CHARS && !/[；;]/.test(body) && !item ? line.length : 0;
  }
  const first = marker.label.length + stop + 1;
  return first <= MAX_RUN_IN_CHARS + marker.label.length && !/[，,；;]/.test(body.slice(0, stop)) ? first : 0;
}
