// Heads whose line breaks do not fall where a 公文's do: a copy where head and body run on in one
// line ("…的通知 信政〔2018〕17号 各县、区人民政府,…: 2017年,在市委…"), a number glued to the title
// ("…有关事项的通知教材厅函〔2017〕2号"), a date and number on one line. Where the lines as they are
// leave a head field unread, the head is read again from the pieces its opening lines fall into; the
// lines themselves stay as they are in the text.
import { genreEndingSource } from '../../../shared/genre.js';
import { gluedNumberAt } from './doc-number.js';
import { analyseFrame, type Frame, SOURCE_TAG, titleBeforeFields } from './frame.js';
import type { Line } from './lines.js';
import type { PageFields } from './page-lines.js';

/** The opening lines a head can be in (a portal's table and chrome among them are left out). */
const HEAD_LINES = 12;
/** How far into a run-on line a head can reach. */
const HEAD_REACH = 1500;
/** Longer than this, a line with a link in it is the document's own text (文件从www.….cn下载). */
const MAX_LINK_LINE = 120;

/** The frame as the lines give it, with what they left of the head unread taken from their pieces. */
export function completeHead(lines: Line[], frame: Frame, table?: PageFields): Frame {
  if (!headIncomplete(frame)) return frame;
  // Page matter is no head; a date line the lines already read is not read again as a sign-off of the pieces.
  const read = (role: string) => role === 'info' || role === 'chrome' || (role === 'date' && frame.headDate !== null);
  const pageLines = new Set([...frame.roles].filter(([, role]) => read(role)).map(([index]) => index));
  // A database's title and fields with the text run on after them were read as a table.
  for (const line of lines.slice(0, HEAD_LINES)) if (titleBeforeFields(line.text)) pageLines.add(line.index);
  return withHeadOf(analyseFrame(headPieces(lines, pageLines), table), frame);
}

function headIncomplete(frame: Frame): boolean {
  return !headOnLines(frame) || frame.docNumber === null || frame.addressees === null;
}

/** The lines gave the head's title lines, or for a decree the regulation's it promulgates. */
function headOnLines(frame: Frame): boolean {
  return frame.titleLines.length > 0 || (frame.decree !== null && frame.issuedTitleLines.length > 0);
}

/** The head as the lines give it, with what they left unread taken from their pieces. */
function withHeadOf(pieces: Frame, whole: Frame): Frame {
  const hasTitle = headOnLines(whole);
  // A title read beside the document number stands: a piece of it is no title.
  const titled = hasTitle || whole.headlineTitle !== null;
  return {
    ...whole,
    titleLines: titled ? whole.titleLines : pieces.titleLines,
    headlineTitle: whole.headlineTitle ?? pieces.headlineTitle,
    docNumber: whole.docNumber ?? pieces.docNumber,
    decree: whole.decree ?? pieces.decree,
    masthead: whole.masthead ?? pieces.masthead,
    // Pieces of a head the lines did not give; once the lines gave the head, a colon in the body is no addressee.
    addressees: whole.addressees ?? (whole.docNumber === null || !hasTitle ? pieces.addressees : null),
    headDate: whole.headDate ?? pieces.headDate,
    headIssuer: whole.headIssuer.length > 0 ? whole.headIssuer : pieces.headIssuer,
    signature: whole.signature.length > 0 ? whole.signature : pieces.signature,
    signOffDate: whole.signOffDate ?? pieces.signOffDate,
  };
}

/**
 * The pieces of the opening lines, as lines of their own: parted at spaces, after a colon (the
 * addressees' end), after a sentence, between a title's 文种 and addressees that follow it unspaced
 * (…的通知各省、自治区…:), and before a document number glued to what precedes it.
 */
function headPieces(lines: Line[], pageLines: ReadonlySet<number>): Line[] {
  const pieces: Line[] = [];
  const afterGenre = new RegExp(`(?<=${genreEndingSource()})(?=各|全|有关|廣大|广大|为切实|為切實|根据|根據)`, 'g');
  for (const line of lines.slice(0, HEAD_LINES)) {
    if (pageLines.has(line.index)) continue;
    // (A line with a link is a page's, or a spam line's: 北京某医院 http://….)
    if (line.text.length <= MAX_LINK_LINE && /https?:\/\/|www\./i.test(line.text)) continue;
    const text = line.text.slice(0, HEAD_REACH);
    const cuts = new Set<number>([0, text.length]);
    // Not the space a PDF copy leaves inside a number (〔2022〕60 号) or a date (2022 年 2 月).
    for (const m of text.matchAll(/(?<![0-9０-９〕\]］】])[\s\u3000]+|[\s\u3000]+(?![号號年月日\s\u3000])/g)) {
      cuts.add(m.index ?? 0);
      cuts.add((m.index ?? 0) + m[0].length);
    }
    // (Not after a portal's source tag before the headline: "磨溪镇:断道施工通告".)
    const tag = SOURCE_TAG.exec(text)?.[0].length ?? -1;
    for (const m of text.matchAll(/[:：。](?=[\u4e00-\u9fff])/g)) if ((m.index ?? 0) + 1 !== tag) cuts.add((m.index ?? 0) + 1);
    for (const m of text.matchAll(afterGenre)) cuts.add(m.index ?? 0);
    // A number run into the addressees after it: "…的通知淮政发〔2015〕122号各县区人民政府,…:".
    for (const m of text.matchAll(/[〔［[][0-9]{4}[〕］\]]\s*第?[0-9]{1,5}\s*[号號](?=各|全|有关|有關)/g))
      cuts.add((m.index ?? 0) + m[0].length);
    // A journal abstract's number, date and addressees run together: "赣府厅字[2018]87号2018年9月18日各市、县(区)人民政府,…:".
    for (const m of text.matchAll(
      /[号號](?=(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?=各|全|有关|有關)/g,
    ))
      cuts.add((m.index ?? 0) + m[0].length);
    const glued = gluedNumberAt(text);
    if (glued > 0) cuts.add(glued);
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
