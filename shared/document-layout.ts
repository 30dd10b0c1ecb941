// How a document is laid out for reading, on screen and in a PDF alike.
import type { Block, BlockRole, HeadingLevel } from './policy.js';

/**
 * What the reading view draws: a heading, a paragraph (which may open with a run-in heading,
 * "(一)发展思路。牢固树立…", drawn in bold at its start), or a line of the document's frame.
 */
export type Piece =
  | { kind: 'heading'; index: number; block: Block; level: HeadingLevel }
  | { kind: 'paragraph'; index: number; block: Block; runIn?: { index: number; block: Block; level: HeadingLevel } }
  | { kind: 'frame'; index: number; block: Block; role: BlockRole }
  | { kind: 'table'; index: number; block: Block };

/** Frame lines the document head shows from the (editable) metadata instead. */
const IN_HEAD: ReadonlySet<BlockRole> = new Set(['masthead', 'docNumber', 'title']);
/** Lines of the web page around the document: its information table (shown as fields) and site chrome. */
const NOT_TEXT: ReadonlySet<BlockRole> = new Set(['info', 'chrome']);

export function layoutBlocks(blocks: Block[]): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.role) {
      if (NOT_TEXT.has(block.role)) continue;
      if (!IN_HEAD.has(block.role) || pieces.length > 0) pieces.push({ kind: 'frame', index: i, block, role: block.role });
      continue;
    }
    const next = blocks[i + 1];
    if (block.kind === 'heading' && next && next.kind === 'paragraph' && !next.role && next.start === block.end) {
      pieces.push({ kind: 'paragraph', index: i + 1, block: next, runIn: { index: i, block, level: block.level ?? 1 } });
      i++;
      continue;
    }
    if (block.kind === 'heading') pieces.push({ kind: 'heading', index: i, block, level: block.level ?? 1 });
    else if (block.kind === 'table') pieces.push({ kind: 'table', index: i, block });
    else pieces.push({ kind: 'paragraph', index: i, block });
  }
  return pieces;
}

export interface OutlineEntry {
  /** Index of the heading block. */
  index: number;
  level: HeadingLevel;
  text: string;
}

/** A heading as an outline or a bookmark names it: on one line, without its closing stop. */
export function outlineText(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[。．.]$/, '');
}

/** The headings of a document; `textOf` gives a block's text as shown. */
export function outlineOf(blocks: Block[], textOf: (index: number) => string): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' && !block.role) {
      entries.push({
        index,
        level: block.level ?? 1,
        text: textOf(index)
          .replace(/\s*\n\s*/g, ' ')
          .replace(/[。．.]$/, ''),
      });
    }
  });
  return entries;
}

/** The block a canonical offset falls in (the last one for an offset past the end). */
export function blockAt(blocks: ReadonlyArray<Pick<Block, 'end'>>, position: number): number {
  const index = blocks.findIndex((b) => b.end > position);
  return index === -1 ? blocks.length - 1 : index;
}

/** A table cell's span: offsets relative to the start of the table's text, spaces at its edges left out. */
export interface TableCell {
  start: number;
  end: number;
}

/**
 * A table's rows of cells from its text (rows by line breaks, cells by tabs); blank lines between
 * rows are no rows. Rows may have fewer cells than the widest: the cells they lack are empty.
 */
export function tableCells(text: string): TableCell[][] {
  const rows: TableCell[][] = [];
  let rowStart = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      const row: TableCell[] = [];
      let cellStart = rowStart;
      for (const cell of line.split('\t')) {
        const lead = cell.length - cell.trimStart().length;
        const start = cellStart + lead;
        row.push({ start, end: Math.max(start, cellStart + cell.trimEnd().length) });
        cellStart += cell.length + 1;
      }
      rows.push(row);
    }
    rowStart += line.length + 1;
  }
  return rows;
}
