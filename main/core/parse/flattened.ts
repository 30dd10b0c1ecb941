// Pages that lose their line breaks: a copy where head and body run on in one line ("…的通知
// 信政〔2018〕17号 各县、区人民政府,…: 2017年,在市委…"). The head is read from the pieces such a line
// falls into; the line itself stays one paragraph of the text.
import { genreEndingSource } from '../../../shared/genre.js';
import type { Line } from './lines.js';

/** A line this long cannot be a head line of its own. */
const FLATTENED = 200;
/** How far into a run-on line a head can reach. */
const HEAD_REACH = 1500;

/** Whether the text opens with a run-on line where its head should be. */
export function isFlattened(lines: Line[]): boolean {
  return lines.slice(0, 4).some((line) => line.text.length > FLATTENED);
}

/**
 * The pieces of the opening lines, as lines of their own: parted at spaces, after a colon (the
 * addressees' end), after a sentence, and between a title's 文种 and addressees that follow it
 * unspaced (…的通知各省、自治区…:).
 */
export function splitFlattened(lines: Line[]): Line[] {
  const pieces: Line[] = [];
  const afterGenre = new RegExp(`(?<=${genreEndingSource()})(?=各|全|有关|廣大|广大)`, 'g');
  for (const line of lines.slice(0, 6)) {
    const text = line.text.slice(0, HEAD_REACH);
    const cuts = new Set<number>([0, text.length]);
    for (const m of text.matchAll(/[\s\u3000]+/g)) {
      cuts.add(m.index ?? 0);
      cuts.add((m.index ?? 0) + m[0].length);
    }
    for (const m of text.matchAll(/[:：。](?=[\u4e00-\u9fff])/g)) cuts.add((m.index ?? 0) + 1);
    for (const m of text.matchAll(afterGenre)) cuts.add(m.index ?? 0);
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      const from = sorted[i] ?? 0;
      const to = sorted[i + 1] ?? 0;
      const piece = text.slice(from, to);
      if (piece.trim() === '') continue;
      pieces.push({ index: pieces.length, start: line.start + from, end: line.start + to, text: piece });
    }
  }
  return pieces;
}
