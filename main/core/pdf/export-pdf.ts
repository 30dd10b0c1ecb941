// A document with its highlights and notes as a PDF, set in the bundled fonts: the text as read
// (in the chosen script), highlights drawn in their colours and also written as real /Highlight
// (or /Underline) annotations with the note as contents, notes numbered in the margin where they fit
// and all of them in a 批注 section at the end, bookmarks from the headings, and the same bytes
// for the same input and date.
import type { Annotation, HighlightColor } from '../../../shared/annotations.js';
import type { DisplayScript } from '../../../shared/display-script.js';
import { layoutBlocks, outlineText, type TableCell, tableCells } from '../../../shared/document-layout.js';
import { FORCE_STATUS_LABELS, type ForceSummary } from '../../../shared/force.js';
import type { StoredDocument } from '../../../shared/library.js';
import type { MissingCharacter, PdfLayout } from '../../../shared/pdf.js';
import type { Block } from '../../../shared/policy.js';
import { type Conversion, convertText, convertWithMap, toShown } from '../../../shared/script-conversion.js';
import { type FontName, type PdfFont, pdfFont } from './fonts.js';
import { breakLines, type Line, placeLine } from './line-break.js';
import { A4, MM, openPdf, PLACEHOLDER } from './pdf-file.js';

export interface PdfExportOptions {
  script: DisplayScript;
  layout: PdfLayout;
  /** The creation date written into the file; fixed, it makes the bytes reproducible. */
  date: Date;
  colorNames: Record<HighlightColor, string>;
  /** The document's 时效性 as of the export date, printed under its head. */
  force?: ForceSummary & { asOf: string };
  /** Called as pages are set, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface PdfExport {
  bytes: Buffer;
  pages: number;
  missing: MissingCharacter[];
}

interface Geometry {
  left: number;
  top: number;
  width: number;
  bottom: number;
  size: number;
  leading: number;
  body: FontName;
  heading: FontName;
  title: FontName;
  titleSize: number;
  /** Space before a paragraph and before a heading, in lines. */
  paragraphSpace: number;
  headingSpace: number;
  /** The column beside the text for each passage's number and, where there is room, its note. */
  notes: MarginColumn;
}

interface MarginColumn {
  x: number;
  width: number;
  size: number;
  /** The 公文 layout's margin (26 mm) holds the numbers only; the notes are in the 批注 section. */
  numbersOnly?: boolean;
}

const GEOMETRY: Record<PdfLayout, Geometry> = {
  reading: {
    left: 22 * MM,
    top: 26 * MM,
    width: 118 * MM,
    bottom: A4[1] - 22 * MM,
    size: 11,
    leading: 20,
    body: 'serif',
    heading: 'serifBold',
    title: 'serifBold',
    titleSize: 18,
    paragraphSpace: 0.25,
    headingSpace: 0.5,
    notes: { x: 146 * MM, width: 44 * MM, size: 7.5 },
  },
  // GB/T 9704-2012: A4, type area 156 mm × 225 mm from 37 mm top and 28 mm left, 22 lines of 28
  // characters. The body should be FangSong; no OFL FangSong ships on npm, so LXGW WenKai (a Kai,
  // the nearest style) stands in, with headings in bold Song for 黑体 and the title for 小标宋.
  gongwen: {
    left: 28 * MM,
    top: 37 * MM,
    width: 156 * MM,
    bottom: 37 * MM + 225 * MM,
    size: (156 * MM) / 28,
    leading: (225 * MM) / 22,
    body: 'kai',
    heading: 'serifBold',
    title: 'serifBold',
    titleSize: 22,
    // Every line on the standard's grid: no space between paragraphs or before headings.
    paragraphSpace: 0,
    headingSpace: 0,
    notes: { x: 186 * MM, width: 20 * MM, size: 8, numbersOnly: true },
  },
};

/** Rows of up to this many lines go whole to the next page rather than split. */
const MAX_UNSPLIT_ROW = 8;

const COLORS: Record<HighlightColor, [number, number, number]> = {
  red: [239, 68, 68],
  yellow: [250, 204, 21],
  green: [34, 197, 94],
  blue: [59, 130, 246],
  purple: [168, 85, 247],
};
/**
 * Text in a highlight's colour (its number in the margin, its quote in the 批注 section): a deeper
 * shade of each, at least 4.5 : 1 against white (WCAG AA for text; the highlight colours themselves
 * are as low as 1.5 : 1 for yellow).
 */
const INKS: Record<HighlightColor, [number, number, number]> = {
  red: [185, 28, 28],
  yellow: [133, 77, 14],
  green: [21, 128, 61],
  blue: [29, 78, 216],
  purple: [126, 34, 206],
};
const NOTE_INK = '#333333';

/** One annotation placed in the shown text of a block. */
interface Mark {
  number: number;
  annotation: Annotation;
  start: number;
  end: number;
}

/** A paragraph to set: its shown text, font, size, alignment and the marks on it. */
interface Paragraph {
  text: string;
  font: FontName;
  size: number;
  leading: number;
  indent: number;
  align: 'justify' | 'center' | 'right';
  spaceBefore: number;
  marks: Mark[];
  /** Text up to this offset is set in `boldUntilFont` (a run-in heading). */
  boldUntil?: number;
  outline?: { level: number; title: string };
  color?: [number, number, number];
}

/** Where each annotation's rectangles went, per page, for its PDF annotation and its margin note. */
interface Placed {
  mark: Mark;
  /** Page → rectangles [x, top, width, height] in PDFKit's top-down coordinates. */
  rects: Map<number, Array<[number, number, number, number]>>;
  firstPage: number;
  firstTop: number;
}

/** 时效性：已废止　截至2026-11-27　自2021-01-01　依据《…》（…号） */
function forceLine(force: ForceSummary & { asOf: string }): string {
  const by = force.by ? `依据《${force.by.title}》${force.by.docNumber ? `（${force.by.docNumber}）` : ''}` : '';
  const parts = [
    `时效性：${FORCE_STATUS_LABELS['zh-CN'][force.status]}${force.source === 'user' ? '（手动设定）' : ''}`,
    `截至${force.asOf}`,
    force.since && `自${force.since}`,
    by,
  ];
  return parts.filter(Boolean).join('　');
}

export async function exportPdf(
  doc: StoredDocument,
  annotations: readonly Annotation[],
  options: PdfExportOptions,
): Promise<PdfExport> {
  const g = GEOMETRY[options.layout];
  const fonts = { serif: pdfFont('serif'), serifBold: pdfFont('serifBold'), kai: pdfFont('kai') };
  const phrase = (text: string) => (options.script === 'original' ? text : convertText(text, options.script));
  const placed = annotations.filter((a) => !a.orphaned).sort((a, b) => a.start - b.start || a.end - b.end);
  const numbered = new Map(placed.map((a, i) => [a.id, i + 1]));
  const tags = [...new Set(placed.flatMap((a) => a.tags))];

  const { pdf, finish } = await openPdf({
    lang:
      options.script === 'original'
        ? doc.script === 'traditional'
          ? 'zh-Hant'
          : 'zh-Hans'
        : options.script === 'cn'
          ? 'zh-Hans'
          : 'zh-Hant',
    title: phrase(doc.title),
    author: doc.issuer ? phrase(doc.issuer) : '',
    keywords: tags.join(', '),
    date: options.date,
    fonts: Object.values(fonts),
  });

  const missing = new Map<string, number>();
  const setter = new Setter(pdf, g, fonts, missing);

  // The head: number, title, issuer and date.
  const head: Paragraph[] = [];
  if (doc.docNumber) head.push(plain(phrase(doc.docNumber), g.body, g.size, g.leading, 'center', 0));
  head.push({ ...plain(phrase(doc.title), g.title, g.titleSize, g.titleSize * 1.6, 'center', g.leading * 0.5) });
  const byline = [doc.issuer && phrase(doc.issuer), doc.date].filter(Boolean).join('　');
  if (byline) head.push(plain(byline, g.body, g.size * 0.9, g.leading, 'center', g.leading * 0.3));
  if (options.force) head.push(plain(phrase(forceLine(options.force)), g.body, g.size * 0.8, g.leading, 'center', 0));
  setter.newPage();
  for (const p of head) setter.set(p);
  setter.rule();

  // The body, block by block, with each annotation's part in the block.
  const pieces = layoutBlocks(doc.blocks);
  pieces.forEach((piece, i) => {
    options.onProgress?.(i, pieces.length);
    if (piece.kind === 'heading') {
      const shown = showBlock(piece.block, options.script);
      setter.set({
        ...plain(
          shown.text,
          g.heading,
          piece.level === 1 ? g.size * 1.1 : g.size,
          g.leading,
          'justify',
          g.leading * g.headingSpace,
        ),
        indent: piece.level === 1 ? 0 : 2 * g.size,
        marks: marksIn(piece.block, shown, placed, numbered),
        outline: { level: piece.level, title: outlineText(shown.text) },
      });
    } else if (piece.kind === 'paragraph') {
      const own = showBlock(piece.block, options.script);
      const runIn = piece.runIn ? showBlock(piece.runIn.block, options.script) : null;
      const offset = runIn?.text.length ?? 0;
      setter.set({
        ...plain((runIn?.text ?? '') + own.text, g.body, g.size, g.leading, 'justify', g.leading * g.paragraphSpace),
        indent: 2 * g.size,
        marks: [
          ...(runIn && piece.runIn ? marksIn(piece.runIn.block, runIn, placed, numbered) : []),
          ...marksIn(piece.block, own, placed, numbered).map((m) => ({ ...m, start: m.start + offset, end: m.end + offset })),
        ],
        ...(runIn && { boldUntil: offset }),
        ...(runIn && piece.runIn && { outline: { level: piece.runIn.level, title: outlineText(runIn.text) } }),
      });
    } else if (piece.kind === 'table') {
      const shown = showBlock(piece.block, options.script);
      setter.table(shown.text, marksIn(piece.block, shown, placed, numbered));
    } else {
      const shown = showBlock(piece.block, options.script);
      const right = piece.role === 'signature' || piece.role === 'date';
      setter.set({
        ...plain(shown.text, g.body, g.size, g.leading, right ? 'right' : 'justify', g.leading * g.paragraphSpace),
        indent: piece.role === 'note' || piece.role === 'attachments' ? 2 * g.size : 0,
        marks: marksIn(piece.block, shown, placed, numbered),
      });
    }
  });
  options.onProgress?.(pieces.length, pieces.length);

  // Every annotation in the 批注 section; notes also in the margin where they fit.
  if (setter.placed.length > 0) {
    setter.section('批注');
    for (const p of setter.placed) {
      const a = p.mark.annotation;
      const quote = phrase(a.exact.length > 120 ? `${a.exact.slice(0, 120)}…` : a.exact);
      setter.set({
        ...plain(
          `[${p.mark.number}]　第 ${p.firstPage + 1} 页　「${quote}」`,
          g.body,
          g.size * 0.9,
          g.leading * 0.9,
          'justify',
          g.leading * 0.4,
        ),
        color: INKS[a.color],
      });
      const meta = [options.colorNames[a.color], a.kind === 'underline' ? '下划线' : '', ...a.tags.map((t) => `#${t}`)]
        .filter(Boolean)
        .join('　');
      if (a.note.trim()) {
        for (const line of a.note.split('\n'))
          setter.set(plain(line || ' ', g.body, g.size * 0.9, g.leading * 0.9, 'justify', 0, 2 * g.size));
      }
      setter.set(plain(meta, g.body, g.size * 0.8, g.leading * 0.8, 'justify', 0, 2 * g.size));
    }
  }

  // The passes below go back to earlier pages; nothing is set after them.
  setter.marginNotes(g.notes);
  setter.annotate(options.date);
  setter.runningHeads(phrase(doc.title));
  const pages = setter.pageCount;
  return {
    bytes: await finish(),
    pages,
    missing: [...missing].map(([char, count]) => ({ char, count })).sort((a, b) => b.count - a.count),
  };
}

function plain(
  text: string,
  font: FontName,
  size: number,
  leading: number,
  align: Paragraph['align'],
  spaceBefore: number,
  indent = 0,
): Paragraph {
  return { text, font, size, leading, indent, align, spaceBefore, marks: [] };
}

interface ShownBlock {
  text: string;
  conversion: Conversion | null;
}

function showBlock(block: Block, script: DisplayScript): ShownBlock {
  if (script === 'original') return { text: block.text, conversion: null };
  const conversion = convertWithMap(block.text, script);
  return { text: conversion.text, conversion };
}

/** The annotations overlapping a block, as shown offsets within it. */
function marksIn(block: Block, shown: ShownBlock, annotations: readonly Annotation[], numbered: Map<string, number>): Mark[] {
  const marks: Mark[] = [];
  for (const a of annotations) {
    if (a.end <= block.start || a.start >= block.end) continue;
    const from = Math.max(a.start, block.start) - block.start;
    const to = Math.min(a.end, block.end) - block.start;
    const start = shown.conversion ? toShown(shown.conversion, from, 'start') : from;
    const end = shown.conversion ? toShown(shown.conversion, to, 'end') : to;
    if (end > start) marks.push({ number: numbered.get(a.id) ?? 0, annotation: a, start, end });
  }
  return marks;
}

/** Sets paragraphs line by line onto pages, drawing highlights under the text they cover. */
class Setter {
  private page = -1;
  private y = 0;
  readonly placed: Placed[] = [];
  private readonly byId = new Map<string, Placed>();
  private readonly outlineStack: Array<{ level: number; item: PDFKit.PDFOutline }> = [];

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly g: Geometry,
    private readonly fonts: Record<FontName, PdfFont>,
    private readonly missing: Map<string, number>,
  ) {}

  get pageCount(): number {
    return this.page + 1;
  }

  newPage(): void {
    this.pdf.addPage({ size: A4, margin: 0 });
    this.page++;
    this.y = this.g.top;
  }

  rule(): void {
    this.y += this.g.leading * 0.4;
    this.pdf
      .moveTo(this.g.left, this.y)
      .lineTo(this.g.left + this.g.width, this.y)
      .lineWidth(0.6)
      .strokeColor('#b91c1c')
      .stroke();
    this.y += this.g.leading * 0.6;
  }

  section(title: string): void {
    if (this.y + this.g.leading * 4 > this.g.bottom) this.newPage();
    else this.y += this.g.leading;
    this.set({ ...plain(title, this.g.heading, this.g.size * 1.1, this.g.leading, 'justify', 0), outline: { level: 1, title } });
  }

  /** The font that draws a character: the paragraph's own, else WenKai, else none (a placeholder). */
  private fontFor(code: number, own: FontName): FontName | null {
    if (this.fonts[own].has(code)) return own;
    if (this.fonts.kai.has(code)) return 'kai';
    return null;
  }

  /** Per code unit of a paragraph's text: the font it is drawn in and its width. */
  private measure(p: Paragraph): { fontsOf: Array<FontName | null>; widths: Float64Array } {
    const { text } = p;
    const fontsOf: Array<FontName | null> = new Array(text.length).fill(null);
    const widths = new Float64Array(text.length);
    for (let i = 0; i < text.length; ) {
      const code = text.codePointAt(i) ?? 0;
      const size = code > 0xffff ? 2 : 1;
      const own = p.boldUntil !== undefined && i < p.boldUntil ? this.g.heading : p.font;
      const font = /\s/.test(text[i] as string) ? own : this.fontFor(code, own);
      fontsOf[i] = font;
      widths[i] = (font ? this.fonts[font].advance(code) : this.fonts[own].advance(PLACEHOLDER)) * p.size;
      if (!font) {
        const char = text.slice(i, i + size);
        this.missing.set(char, (this.missing.get(char) ?? 0) + 1);
      }
      i += size;
    }
    return { fontsOf, widths };
  }

  set(p: Paragraph): void {
    const { text } = p;
    if (!text) return;
    const { fontsOf, widths } = this.measure(p);
    const lines =
      p.align === 'justify'
        ? breakLines(text, widths, this.g.width, p.indent)
        : breakLines(text, widths, this.g.width, 0).map((l) => ({ ...l, spacing: 0 }));
    this.y += p.spaceBefore;
    // A heading keeps its first line with the next paragraph's first two lines.
    const keep = p.outline ? 3 : 1;
    lines.forEach((line, n) => {
      if (this.y + p.leading * (n === 0 ? keep : 1) > this.g.bottom) this.newPage();
      const baseline = this.y + p.leading * 0.5 + p.size * 0.36;
      if (n === 0 && p.outline) this.bookmark(p.outline);
      this.drawLine(p, text, line, widths, fontsOf, baseline);
      this.y += p.leading;
    });
  }

  /**
   * A table, ruled, its columns as wide as their text asks within the type area. Its first row is
   * its header, drawn again at the top of every page the table goes on to; a row too tall for what is
   * left of a page goes on over the next.
   */
  table(text: string, marks: Mark[]): void {
    const rows = tableCells(text);
    const columns = Math.max(0, ...rows.map((r) => r.length));
    if (columns === 0) return;
    const size = this.g.size * 0.82;
    const leading = size * 1.55;
    const pad = 1.5 * MM;
    const cellOf = (cell: TableCell | undefined, bold: boolean): Paragraph => {
      const p = plain(
        cell ? text.slice(cell.start, cell.end) : '',
        bold ? this.g.heading : this.g.body,
        size,
        leading,
        'justify',
        0,
      );
      if (!cell) return p;
      const inCell = marks
        .filter((m) => m.end > cell.start && m.start < cell.end)
        .map((m) => ({ ...m, start: Math.max(m.start, cell.start) - cell.start, end: Math.min(m.end, cell.end) - cell.start }));
      return { ...p, marks: inCell };
    };
    const cells = rows.map((row, r) => Array.from({ length: columns }, (_, c) => cellOf(row[c], r === 0)));
    const measured = cells.map((row) => row.map((p) => ({ p, ...this.measure(p) })));
    const widths = this.columnWidths(
      measured.map((row) => row.map((m) => m.widths)),
      columns,
      pad,
    );
    const lefts = widths.map((_, c) => this.g.left + widths.slice(0, c).reduce((a, b) => a + b, 0));
    const laid = measured.map((row) =>
      row.map((m, c) => ({
        ...m,
        lines: breakLines(m.p.text, m.widths, (widths[c] ?? 0) - 2 * pad, 0).map((l) => ({ ...l, spacing: 0 })),
      })),
    );

    const header = rows.length > 1 ? laid[0] : undefined;
    const drawRow = (row: (typeof laid)[number], from: number, count: number, fill: string | null) => {
      const height = count * leading + 2 * pad;
      const width = widths.reduce((a, b) => a + b, 0);
      if (fill) this.pdf.save().rect(this.g.left, this.y, width, height).fillColor(fill).fill().restore();
      row.forEach((cell, c) => {
        const box = { left: (lefts[c] ?? 0) + pad, width: (widths[c] ?? 0) - 2 * pad };
        cell.lines.slice(from, from + count).forEach((line, k) => {
          const baseline = this.y + pad + k * leading + leading * 0.5 + size * 0.36;
          this.drawLine(cell.p, cell.p.text, line, cell.widths, cell.fontsOf, baseline, box);
        });
        this.pdf
          .save()
          .rect(lefts[c] ?? 0, this.y, widths[c] ?? 0, height)
          .lineWidth(0.5)
          .strokeColor('#666666')
          .stroke()
          .restore();
      });
      this.y += height;
    };
    const linesOf = (row: (typeof laid)[number]) => Math.max(1, ...row.map((c) => c.lines.length));
    const headerHeight = header ? linesOf(header) * leading + 2 * pad : 0;
    const roomOnNewPage = Math.floor((this.g.bottom - this.g.top - headerHeight - 2 * pad) / leading);
    const newPage = () => {
      this.newPage();
      if (header) drawRow(header, 0, linesOf(header), '#eeeeee');
    };

    this.y += this.g.leading * 0.3;
    // The header keeps with the first row's first lines.
    const first = laid[header ? 1 : 0];
    const opening = headerHeight + Math.min(2, first ? linesOf(first) : 1) * leading + 2 * pad;
    if (this.y + opening > this.g.bottom) this.newPage();
    if (header) drawRow(header, 0, linesOf(header), '#eeeeee');
    for (const row of laid.slice(header ? 1 : 0)) {
      const total = linesOf(row);
      let from = 0;
      while (from < total) {
        const room = Math.floor((this.g.bottom - this.y - 2 * pad) / leading);
        const left = total - from;
        // A row is split only when it is tall, and then not before its second line.
        if (room < Math.min(left, 2) || (left > room && left <= MAX_UNSPLIT_ROW && room < roomOnNewPage)) {
          newPage();
          continue;
        }
        const take = Math.min(left, room);
        drawRow(row, from, take, null);
        from += take;
        if (from < total) newPage();
      }
    }
    this.y += this.g.leading * 0.3;
  }

  /**
   * Column widths that fill the type area, as a browser lays out a table: a column whose widest cell
   * fits its fair share of what is left gets that width; the columns left share the rest in
   * proportion to their widest cells, never below two characters.
   */
  private columnWidths(widths: Float64Array[][], columns: number, pad: number): number[] {
    const sum = (w: Float64Array) => w.reduce((a, b) => a + b, 0);
    const widest = (c: number) => Math.max(0, ...widths.map((row) => sum(row[c] ?? new Float64Array())));
    const natural = Array.from({ length: columns }, (_, c) => widest(c) + 2 * pad);
    const least = Array.from({ length: columns }, (_, c) =>
      Math.min(natural[c] ?? 0, 2 * Math.max(0, ...widths.flatMap((row) => [...(row[c] ?? [])])) + 2 * pad),
    );
    const result: Array<number | null> = natural.map(() => null);
    let room = this.g.width;
    for (let settled = true; settled; ) {
      settled = false;
      const open = result.flatMap((w, c) => (w === null ? [c] : []));
      if (open.length === 0) break;
      const fair = room / open.length;
      for (const c of open) {
        if ((natural[c] ?? 0) <= fair) {
          result[c] = natural[c] ?? 0;
          room -= result[c] ?? 0;
          settled = true;
        }
      }
    }
    const open = result.flatMap((w, c) => (w === null ? [c] : []));
    const wanted = open.reduce((total, c) => total + (natural[c] ?? 0), 0) || 1;
    for (const c of open) result[c] = Math.max(least[c] ?? 0, (room * (natural[c] ?? 0)) / wanted);
    // Columns that all fit leave room over: spread it evenly.
    const used = result.reduce<number>((a, b) => a + (b ?? 0), 0);
    const spread = open.length === 0 ? (this.g.width - used) / columns : 0;
    const out = result.map((w) => (w ?? 0) + spread);
    const total = out.reduce((a, b) => a + b, 0);
    return total > this.g.width ? out.map((w) => (w * this.g.width) / total) : out;
  }

  private bookmark({ level, title }: { level: number; title: string }): void {
    while (this.outlineStack.length > 0 && (this.outlineStack.at(-1)?.level ?? 0) >= level) this.outlineStack.pop();
    const parent = this.outlineStack.at(-1)?.item ?? this.pdf.outline;
    const item = parent.addItem(title, { pageNumber: this.page, top: this.y, left: A4[0], fit: false } as never);
    this.outlineStack.push({ level, item });
  }

  private drawLine(
    p: Paragraph,
    text: string,
    line: Line,
    widths: Float64Array,
    fontsOf: Array<FontName | null>,
    baseline: number,
    box: { left: number; width: number } = this.g,
  ): void {
    const chars = placeLine(text, line, widths);
    const last = chars.at(-1);
    if (!last) return;
    const lineWidth = last.x + last.width;
    const x0 = box.left + (p.align === 'center' ? (box.width - lineWidth) / 2 : p.align === 'right' ? box.width - lineWidth : 0);
    const top = baseline - p.size * 0.9;
    const height = p.size * 1.2;

    // Highlights under the text; underlines below it.
    for (const mark of p.marks) {
      const covered = chars.filter((c) => c.offset >= mark.start && c.offset < mark.end);
      const first = covered[0];
      const end = covered.at(-1);
      if (!first || !end) continue;
      const x = x0 + first.x;
      const w = end.x + end.width - first.x;
      const color = COLORS[mark.annotation.color];
      if (mark.annotation.kind === 'underline') {
        this.pdf
          .save()
          .moveTo(x, baseline + p.size * 0.14)
          .lineTo(x + w, baseline + p.size * 0.14)
          .lineWidth(0.9)
          .strokeColor(color)
          .stroke()
          .restore();
      } else {
        this.pdf.save().rect(x, top, w, height).fillOpacity(0.32).fill(color).restore();
      }
      this.record(mark, [x, top, w, height]);
    }

    // The text, in runs of one font and one spacing.
    this.pdf.fillColor(p.color ?? '#1a1a1a').fillOpacity(1);
    let i = 0;
    while (i < chars.length) {
      const head = chars[i] as (typeof chars)[number];
      const font = fontsOf[head.offset] ?? null;
      let j = i + 1;
      const gap = j < chars.length ? (chars[j] as (typeof chars)[number]).x - (head.x + head.width) : 0;
      while (j < chars.length) {
        const prev = chars[j - 1] as (typeof chars)[number];
        const next = chars[j] as (typeof chars)[number];
        if ((fontsOf[next.offset] ?? null) !== font || Math.abs(next.x - (prev.x + prev.width) - gap) > 1e-6) break;
        j++;
      }
      const run = chars.slice(i, j);
      const str = font
        ? run.map((c) => text.slice(c.offset, c.offset + c.size)).join('')
        : String.fromCodePoint(PLACEHOLDER).repeat(run.length);
      this.pdf
        .font(font ?? p.font)
        .fontSize(p.size)
        .text(str, x0 + head.x, baseline, { lineBreak: false, baseline: 'alphabetic', characterSpacing: gap, continued: false });
      i = j;
    }
  }

  private record(mark: Mark, rect: [number, number, number, number]): void {
    let placed = this.byId.get(mark.annotation.id);
    if (!placed) {
      placed = { mark, rects: new Map(), firstPage: this.page, firstTop: rect[1] };
      this.byId.set(mark.annotation.id, placed);
      this.placed.push(placed);
    }
    const list = placed.rects.get(this.page) ?? [];
    list.push(rect);
    placed.rects.set(this.page, list);
  }

  /** A margin note's lines: each of its own lines broken to the column's width. */
  private noteLines(text: string, column: MarginColumn): string[] {
    return text.split(/\r?\n/).flatMap((paragraph) => {
      const line = paragraph.trim();
      if (!line) return [];
      const widths = Float64Array.from(
        { length: line.length },
        (_, i) => this.fonts.serif.advance(line.codePointAt(i) ?? 0) * column.size,
      );
      return breakLines(line, widths, column.width).map((piece) => line.slice(piece.start, piece.end));
    });
  }

  /** Numbers and notes in the margin column beside the first line of each passage, where they fit. */
  marginNotes(column: MarginColumn): void {
    const leading = column.size * 1.45;
    const bottoms = new Map<number, number>();
    for (const p of this.placed) {
      const a = p.mark.annotation;
      const number = `[${p.mark.number}]`;
      const note = a.note.trim();
      const y = Math.max(p.firstTop, bottoms.get(p.firstPage) ?? 0);
      // The note's own line breaks kept; its number in the highlight's ink, its words in one colour.
      let lines = note && !column.numbersOnly ? this.noteLines(`${number} ${note}`, column) : [];
      // A note that does not fit leaves its number here and is read in the 批注 section.
      if (lines.length === 0 || y + lines.length * leading > this.g.bottom) lines = this.noteLines(number, column);
      if (y + lines.length * leading > this.g.bottom) continue;
      this.pdf.switchToPage(p.firstPage);
      lines.forEach((line, n) => {
        const baseline = y + n * leading + column.size;
        const options = { lineBreak: false, baseline: 'alphabetic' } as const;
        this.pdf.font('serif').fontSize(column.size);
        if (n === 0) {
          this.pdf.fillColor(INKS[a.color]).text(number, column.x, baseline, options);
          const rest = line.slice(number.length);
          if (rest) this.pdf.fillColor(NOTE_INK).text(rest, column.x + this.pdf.widthOfString(number), baseline, options);
        } else this.pdf.fillColor(NOTE_INK).text(line, column.x, baseline, options);
      });
      bottoms.set(p.firstPage, y + lines.length * leading + column.size * 0.6);
    }
  }

  /** Each placed passage as a PDF annotation per page: /Highlight or /Underline over its characters, the note as contents. */
  annotate(date: Date): void {
    const stamp = pdfDate(date);
    for (const p of this.placed) {
      const a = p.mark.annotation;
      const contents = [`[${p.mark.number}] ${a.note}`.trim(), a.tags.length ? a.tags.map((t) => `#${t}`).join(' ') : '']
        .filter(Boolean)
        .join('\n');
      for (const [page, rects] of p.rects) {
        this.pdf.switchToPage(page);
        const height = this.pdf.page.height;
        const quads = rects.flatMap(([x, top, w, h]) => [
          x,
          height - top,
          x + w,
          height - top,
          x,
          height - top - h,
          x + w,
          height - top - h,
        ]);
        const left = Math.min(...rects.map((r) => r[0]));
        const right = Math.max(...rects.map((r) => r[0] + r[2]));
        const top = Math.min(...rects.map((r) => r[1]));
        const bottom = Math.max(...rects.map((r) => r[1] + r[3]));
        this.pdf.annotate(left, top, right - left, bottom - top, {
          Subtype: a.kind === 'underline' ? 'Underline' : 'Highlight',
          QuadPoints: quads,
          Contents: new String(contents),
          T: new String('政策阅读器'),
          NM: new String(a.id),
          M: new String(stamp),
          F: 4,
          CA: 0.5,
          color: COLORS[a.color],
        } as never);
      }
    }
  }

  /** Title and "第 X / Y 页" above the text on every page. */
  runningHeads(title: string): void {
    const total = this.pageCount;
    const size = 8;
    const y = this.g.top - 12 * MM;
    for (let page = 0; page < total; page++) {
      this.pdf.switchToPage(page);
      const label = `第 ${page + 1} / ${total} 页`;
      const labelWidth = [...label].reduce((w, c) => w + this.fonts.serif.advance(c.codePointAt(0) ?? 0) * size, 0);
      let shown = title;
      const room = this.g.width - labelWidth - 4 * size;
      const widthOf = (s: string) => [...s].reduce((w, c) => w + this.fonts.serif.advance(c.codePointAt(0) ?? 0) * size, 0);
      while (shown.length > 1 && widthOf(shown) > room) shown = `${shown.slice(0, -2)}…`;
      this.pdf.font('serif').fontSize(size).fillColor('#666666').fillOpacity(1);
      this.pdf.text(shown, this.g.left, y, { lineBreak: false, baseline: 'alphabetic' });
      this.pdf.text(label, this.g.left + this.g.width - labelWidth, y, { lineBreak: false, baseline: 'alphabetic' });
      this.pdf
        .moveTo(this.g.left, y + 3)
        .lineTo(this.g.left + this.g.width, y + 3)
        .lineWidth(0.4)
        .strokeColor('#999999')
        .stroke();
    }
  }
}

/** D:YYYYMMDDHHmmSSZ */
function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}
