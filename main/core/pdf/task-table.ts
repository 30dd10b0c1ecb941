// A department's 责任分工表 as a PDF: a title, then a ruled table (序号, 任务, 分工, 文件) whose
// head repeats on every page; a row too tall for what is left of a page goes on over the next.
import type { DepartmentTask } from '../../../shared/intel.js';
import { ROLE_NAMES } from '../intel/task-list.js';
import { type PdfFont, pdfFont } from './fonts.js';
import { breakLines } from './line-break.js';
import { A4, MM, openPdf, PLACEHOLDER } from './pdf-file.js';

const LEFT = 18 * MM;
const TOP = 20 * MM;
const BOTTOM = A4[1] - 18 * MM;
const SIZE = 9.5;
const LEADING = 15;
const PAD = 2.2 * MM;

interface Column {
  head: string;
  width: number;
  cell: (task: DepartmentTask, n: number) => string;
}

const COLUMNS: Column[] = [
  { head: '序号', width: 12 * MM, cell: (_, n) => String(n) },
  { head: '任务', width: 104 * MM, cell: (t) => t.text },
  { head: '分工', width: 16 * MM, cell: (t) => ROLE_NAMES[t.role ?? 'none'] },
  { head: '文件', width: 42 * MM, cell: (t) => t.title },
];
const TABLE_WIDTH = COLUMNS.reduce((w, c) => w + c.width, 0);

export interface TaskTableOptions {
  department: string;
  tasks: readonly DepartmentTask[];
  /** Written into the file and under the title; fixed, it makes the bytes reproducible. */
  date: Date;
}

export async function exportTaskTable({ department, tasks, date }: TaskTableOptions): Promise<{ bytes: Buffer; pages: number }> {
  const serif = pdfFont('serif');
  const bold = pdfFont('serifBold');
  const title = `${department}责任分工表`;
  const { pdf, finish } = await openPdf({ lang: 'zh-Hans', title, date, fonts: [serif, bold] });

  let y = 0;
  const drawRow = (cells: string[][], font: PdfFont, fill: string | null, from: number[]): void => {
    const lines = Math.max(...cells.map((c, i) => c.length - (from[i] ?? 0)));
    const height = lines * LEADING + 2 * PAD;
    if (fill) pdf.rect(LEFT, y, TABLE_WIDTH, height).fillColor(fill).fill();
    let x = LEFT;
    pdf.font(font.name).fontSize(SIZE).fillColor('#111111');
    COLUMNS.forEach((column, i) => {
      (cells[i] ?? []).slice(from[i], (from[i] ?? 0) + lines).forEach((line, k) => {
        pdf.text(line, x + PAD, y + PAD + k * LEADING + (LEADING - SIZE) / 2, { lineBreak: false });
      });
      pdf.rect(x, y, column.width, height).lineWidth(0.5).strokeColor('#555555').stroke();
      x += column.width;
    });
    y += height;
  };
  const head = COLUMNS.map((c) => [c.head]);
  const newPage = () => {
    pdf.addPage({ size: A4, margin: 0 });
    y = TOP;
    drawRow(head, bold, '#eeeeee', [0, 0, 0, 0]);
  };

  pdf.addPage({ size: A4, margin: 0 });
  pdf.font('serifBold').fontSize(16).fillColor('#111111');
  pdf.text(title, LEFT, TOP, { width: TABLE_WIDTH, align: 'center' });
  pdf.font('serif').fontSize(9).fillColor('#555555');
  pdf.text(`共 ${tasks.length} 项　导出于 ${date.toISOString().slice(0, 10)}`, LEFT, TOP + 30, {
    width: TABLE_WIDTH,
    align: 'center',
  });
  y = TOP + 52;
  drawRow(head, bold, '#eeeeee', [0, 0, 0, 0]);

  tasks.forEach((task, n) => {
    const cells = COLUMNS.map((column) => wrap(column.cell(task, n + 1), serif, column.width - 2 * PAD));
    const from = cells.map(() => 0);
    // A row goes on over as many pages as it needs, its head repeated.
    for (;;) {
      const left = Math.max(...cells.map((c, i) => c.length - (from[i] ?? 0)));
      const room = Math.floor((BOTTOM - y - 2 * PAD) / LEADING);
      if (room < Math.min(left, 2)) {
        newPage();
        continue;
      }
      const take = Math.min(left, room);
      drawRow(
        cells.map((c, i) => c.slice(0, (from[i] ?? 0) + take)),
        serif,
        null,
        from,
      );
      for (let i = 0; i < from.length; i++) from[i] = (from[i] ?? 0) + take;
      if (take === left) break;
      newPage();
    }
  });

  const pages = pdf.bufferedPageRange().count;
  for (let page = 0; page < pages; page++) {
    pdf.switchToPage(page);
    pdf.font('serif').fontSize(8).fillColor('#666666');
    pdf.text(`${title}　第 ${page + 1} / ${pages} 页`, LEFT, A4[1] - 12 * MM, {
      width: TABLE_WIDTH,
      align: 'center',
      lineBreak: false,
    });
  }
  return { bytes: await finish(), pages };
}

/** A cell's text in lines that fit its width, characters the font lacks drawn as 〓. */
function wrap(text: string, font: PdfFont, width: number): string[] {
  const drawable = [...text.replace(/\s+/g, ' ')]
    .map((c) => (font.has(c.codePointAt(0) ?? 0) ? c : String.fromCodePoint(PLACEHOLDER)))
    .join('');
  const widths = new Float64Array(drawable.length);
  for (let i = 0; i < drawable.length; i++) widths[i] = font.advance(drawable.codePointAt(i) ?? 0) * SIZE;
  return breakLines(drawable, widths, width).map((line) => drawable.slice(line.start, line.end));
}
