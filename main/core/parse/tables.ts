// Tables in the canonical text: the extractors write a data table's cells joined by tabs and its
// rows by line breaks, and text copied out of a table in Word or a browser comes the same way.
import type { Block } from '../../../shared/policy.js';
import type { Line } from './lines.js';

/** Fewer rows than this are a line with tabs in it, not a table. */
const MIN_ROWS = 2;

/**
 * Runs of consecutive body lines with tabs in them, by the index of their first line. `isBody`
 * says whether a line is body text (not the head, the sign-off or an attachment's title).
 */
export function findTables(lines: readonly Line[], isBody: (line: Line) => boolean): Map<number, Line[]> {
  const tables = new Map<number, Line[]>();
  let run: Line[] = [];
  const close = () => {
    if (run.length >= MIN_ROWS) tables.set(run[0]?.index ?? 0, run);
    run = [];
  };
  for (const line of lines) {
    if (isBody(line) && line.text.includes('\t')) run.push(line);
    else close();
  }
  close();
  return tables;
}

/** The table block of a run of rows; empty cells at a row's edges (tabs the line's span leaves out) are kept. */
export function tableBlock(text: string, rows: readonly Line[]): Block {
  let start = rows[0]?.start ?? 0;
  let end = rows.at(-1)?.end ?? start;
  const lead = /[ \t\u3000]*$/.exec(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))?.[0] ?? '';
  if (lead.includes('\t')) start -= lead.length;
  const lineEnd = text.indexOf('\n', end);
  const trail = /^[ \t\u3000]*/.exec(text.slice(end, lineEnd === -1 ? text.length : lineEnd))?.[0] ?? '';
  if (trail.includes('\t')) end += trail.length;
  return { kind: 'table', start, end, text: text.slice(start, end) };
}
