// Text copied out of a PDF viewer, or saved by an editor that wraps, breaks every paragraph where
// the page's line ended (GB/T 9704 sets 28 characters to a line): an addressee list, a long title
// or a sentence with a date in it arrives in pieces. Such a text is recognised by its lines: many
// end at one width, most of them in the middle of a sentence. Its lines that reach that width are
// joined to the next, as a PDF's own text layer is joined (positioned-text.ts). A text whose lines
// are its paragraphs is returned as it is.
import { genreEndingSource } from '../../../shared/genre.js';
import { headingMarker } from './headings.js';
import { labelField } from './page-lines.js';

/** The widths (in full-width characters) at which a wrapped text can break its lines. */
const MIN_WRAP_WIDTH = 16;
const MAX_WRAP_WIDTH = 70;
/** A line this close to the wrap width reached it (a PDF's justification and half-width digits vary the count). */
const EDGE_TOLERANCE = 2;
/** Of the lines at least half the wrap width long, at least this share must reach it. */
const MIN_EDGE_SHARE = 0.3;
const MIN_EDGE_LINES = 6;
/** Of those lines, at most this share may run past it (a headline, a table row, a web address). */
const MAX_OVERLONG_SHARE = 0.1;
/** Of the lines that reach it, at least this share must break inside a sentence. */
const MIN_MID_SENTENCE_SHARE = 0.6;

/** A line ends a sentence, a list's lead-in (各…：) or a bracketed note here, so the next line is its own. */
const ENDS_LINE = /[。！？!?；;：:]$/u;
/** A line that starts something of its own: a heading, an attachment, a page number, a date alone. */
const STARTS_ITEM = /^(?:附件|附：|附:|[-—－–]\s*\d+\s*[-—－–]$|(?:\d{4}|[〇○零OＯ一二三四五六七八九]{4})\s*年[^，,。]{0,8}日$)/u;

/** A title's last line (…的通知): what follows is its own line, a subtitle or the addressees. */
const ENDS_TITLE = new RegExp(`的(?:${genreEndingSource()})$`, 'u');
/** The text's first line ends as a title with its genre, 的 or not: "…1998年国民经济和社会发展统计公报". */
const ENDS_FIRST_TITLE = new RegExp(`(?:${genreEndingSource()})$`, 'u');

/** A row of a table as text carries it (索引号: | … |, cells between tabs or runs of spaces), never part of a paragraph. */
const TABLE_ROW = /[|｜\t]|\S[ \u3000]{2,}\S/u;

/** A paragraph's first line is indented (two characters in a 公文); a copy's single stray space is no indent. */
function isIndented(line: string): boolean {
  const indent = line.slice(0, line.length - line.trimStart().length);
  return width(indent) >= 1;
}

/** Whether a line ends its paragraph's sentence or lead-in; a colon inside brackets ("（责任单位：") does not. */
function endsLine(line: string): boolean {
  if (!ENDS_LINE.test(line)) return false;
  if (!/[：:]$/.test(line)) return true;
  const opened = Math.max(...['（', '(', '[', '［', '【'].map((c) => line.lastIndexOf(c)));
  return opened <= Math.max(...['）', ')', ']', '］', '】'].map((c) => line.lastIndexOf(c)));
}

/** Share of paragraph starts that must be indented for indentation alone to mark paragraphs. */
const MIN_INDENTED_SHARE = 0.5;

/**
 * Whether the text indents its paragraphs: then a full line that ends a sentence still goes on
 * unless the next is indented, as a PDF's layout reads. A copy that lost its indentation falls
 * back on the punctuation: a full line ending a sentence ends its paragraph.
 */
function indentsParagraphs(lines: readonly string[], edge: number): boolean {
  let starts = 0;
  let indented = 0;
  let previous = '';
  for (const line of lines) {
    const w = width(line.trimEnd());
    const afterBreak = previous.trim() === '' || width(previous.trimEnd()) < edge - EDGE_TOLERANCE;
    if (w >= edge / 2 && afterBreak) {
      starts++;
      if (isIndented(line)) indented++;
    }
    previous = line;
  }
  return starts >= MIN_EDGE_LINES / 2 && indented >= starts * MIN_INDENTED_SHARE;
}

/** How wide a line is set: full-width characters count one, half-width ones (digits, Latin) a half. */
function width(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) w += line.charCodeAt(i) < 0x2e80 ? 0.5 : 1;
  return w;
}

/** The width the text's lines were wrapped at, or null when its lines are its paragraphs. */
export function wrapWidth(all: readonly string[]): number | null {
  // A table of contents sets its lines to one width by its leaders, and breaks none of them.
  const lines = all.filter((l) => !CONTENTS_LINE.test(l.trimEnd()));
  const widths = lines.map((l) => width(l.trimEnd())).filter((w) => w >= MIN_WRAP_WIDTH / 2);
  if (widths.length < MIN_EDGE_LINES * 2) return null;
  const sorted = [...widths].sort((a, b) => a - b);
  const edge = sorted[Math.max(0, Math.ceil(sorted.length * 0.9) - 1)] as number;
  if (edge < MIN_WRAP_WIDTH || edge > MAX_WRAP_WIDTH) return null;
  const long = lines.filter((l) => width(l.trimEnd()) >= edge / 2);
  const atEdge = long.filter((l) => width(l.trimEnd()) >= edge - EDGE_TOLERANCE);
  if (atEdge.length < MIN_EDGE_LINES || atEdge.length < long.length * MIN_EDGE_SHARE) return null;
  const overlong = long.filter((l) => width(l.trimEnd()) > edge + EDGE_TOLERANCE);
  if (overlong.length > long.length * MAX_OVERLONG_SHARE) return null;
  const midSentence = atEdge.filter((l) => !ENDS_LINE.test(l.trimEnd())).length;
  return midSentence >= atEdge.length * MIN_MID_SENTENCE_SHARE ? edge : null;
}

/** A table of contents' line: the entry, its leader, its page ("1.1编制目的…………1"). */
const CONTENTS_LINE = /(?:…{2,}|\.{4,}|·{4,}|．{4,}|-{4,})\s*\d{1,3}$/u;

/** A line that ends in a whole document number (…函〔2014〕32号): what follows is a line of its own. */
const ENDS_NUMBER = /[〔［[【﹝(（]\s*(?:19|20)\d{2}\s*[〕］\]】﹞)）]\s*第?\s*\d{1,5}\s*[号號]$/u;

/** A page's number as a 公文 prints it at its foot (— 2 —, -3-, 第 4 页 共 9 页), alone on its line. */
const PAGE_NUMBER_LINE =
  /^[ \t\u3000]*(?:[-—－–―]{1,2}[ \t\u3000]*\d{1,3}[ \t\u3000]*[-—－–―]{1,2}|第[ \t\u3000]*\d{1,3}[ \t\u3000]*[页頁](?:[ \t\u3000]*[,，]?[ \t\u3000]*共[ \t\u3000]*\d{1,3}[ \t\u3000]*[页頁])?)[ \t\u3000]*$/;

/** The text without the page numbers a copy of a PDF carries between its paragraphs. */
export function withoutPageNumbers(text: string): string {
  if (!/\d/.test(text)) return text;
  const lines = text.split('\n');
  const kept = lines.filter((line) => !PAGE_NUMBER_LINE.test(line));
  return kept.length === lines.length ? text : kept.join('\n');
}

/**
 * A table row the wrap cut inside a cell: "名称 | 云南省税务局关于…提取比" / "例的通知 | ||" — the row's line ends
 * in no cell border and the next line closes the cell with one. (A field's line, "标题:…", is cutLabelledValue's.)
 */
function cutTableRow(line: string, next: string): boolean {
  const row = line.trimEnd();
  if (!/[|｜]/.test(row) || /[|｜]$/.test(row) || !/[|｜]$/.test(next)) return false;
  return !/[:：]/.test(next.split(/[|｜]/)[0] ?? '');
}

/** A document number's year and serial at a line's start, its code begun on the line before: "…的批复 国" / "函〔2015〕208号 …". */
const NUMBER_GOES_ON = /^[\u4e00-\u9fff]{0,8}[〔［[【﹝(（]\s*(?:19|20)\d{2}\s*[〕］\]】﹞)）]\s*第?\s*\d{1,5}\s*[号號]/u;

/**
 * A page table's value the wrap cut: "名  稱: 惠州市人民政府關于印發《惠州市行政" / "機關規范性文件制定程序規定》的通知" —
 * a field's line whose next line opens with no label of its own.
 */
function cutLabelledValue(line: string, next: string): boolean {
  const label = /^[\s\u3000]*([^:：|｜]{1,12})[:：]\s*\S/.exec(line)?.[1];
  if (!label || labelField(label) === null) return false;
  const nextLabel = /^[\s\u3000]*([^:：|｜\s]{1,12})[:：]/.exec(next)?.[1];
  return nextLabel === undefined || labelField(nextLabel) === null;
}

/** A number cut in its year or serial: "…宜政办发〔2017〕1" / "19号", "…〔2017" / "〕129号", "…〔2021〕37" / "号". */
const FIGURES_CUT = /[〔［[【﹝(（]\s*\d{1,4}\s*(?:[〕］\]】﹞)）]\s*第?\s*\d{0,4})?$/u;
const FIGURES_GO_ON = /^\s*(?:\d{1,4}\s*(?:[号號]|[〕］\]】﹞)）])|[〕］\]】﹞)）]\s*第?\s*\d{1,5}\s*[号號]|[号號])/u;
/** A body's name ends a line of its own: a number on the next line is under it, not cut from it. */
const ENDS_BODY = /(?:人民政府|政府|办公室|辦公室|办公厅|辦公廳|委员会|委員會|文件|局|厅|廳|委|部|院|会|會|处|處|室|司|中心)$/u;

/**
 * A document number the wrap cut inside its code ("…的批复 国" / "函〔2015〕208号") or its figures; not a
 * number under a title, a masthead or a body's name that ends at the width.
 */
function cutNumber(line: string, next: string): boolean {
  const end = line.trimEnd();
  if (FIGURES_CUT.test(end) && FIGURES_GO_ON.test(next)) return true;
  return /[\u4e00-\u9fff]$/.test(end) && !ENDS_TITLE.test(end) && !ENDS_BODY.test(end) && NUMBER_GOES_ON.test(next);
}

/** The text with each line that ran to the wrap width joined to the line after it. */
export function rejoinWrappedLines(text: string): string {
  const lines = text.split('\n');
  const edge = wrapWidth(lines);
  if (edge === null) return text;
  const indents = indentsParagraphs(lines, edge);
  const paragraphs: string[] = [];
  // The line last joined into the paragraph: whether it reached the edge decides the next join.
  let lastLine = '';
  for (const line of lines) {
    const next = line.trim();
    const at = paragraphs.length - 1;
    const paragraph = paragraphs[at];
    const atEdge = paragraph !== undefined && next !== '' && Math.abs(width(lastLine.trimEnd()) - edge) <= EDGE_TOLERANCE;
    const continues =
      atEdge &&
      (cutTableRow(lastLine, next) ||
        cutLabelledValue(lastLine, next) ||
        cutNumber(lastLine, next) ||
        (!isIndented(line) &&
          (indents || !endsLine(lastLine.trimEnd())) &&
          !ENDS_TITLE.test(lastLine.trimEnd()) &&
          !(at === 0 && ENDS_FIRST_TITLE.test(lastLine.trimEnd())) &&
          !ENDS_NUMBER.test(lastLine.trimEnd()) &&
          !STARTS_ITEM.test(next) &&
          !TABLE_ROW.test(lastLine) &&
          !TABLE_ROW.test(next) &&
          headingMarker(next) === null));
    if (continues) {
      const joined = paragraph.trimEnd();
      // A typesetter breaks English between words, and keeps a figure or a code (O2O, 2.5) whole.
      const space = /[A-Za-z,.;:]$/.test(joined) && /^[A-Za-z]/.test(next) ? ' ' : '';
      paragraphs[at] = `${joined}${space}${line.trimEnd()}`;
    } else paragraphs.push(line);
    lastLine = line;
  }
  return paragraphs.join('\n');
}
