// An OFD file (GB/T 33190-2016, the national format of electronic official documents) → its text
// in reading order. OFD is a zip of XML parts: OFD.xml names each document's root and its DocInfo;
// Document.xml lists the pages (and the template pages they are drawn on); each page's Content.xml
// holds TextObjects placed by Boundary, each with TextCodes at X / Y and the advance of every
// character after the first (DeltaX, with "g n d" for n times d). The pieces are read back into
// lines and paragraphs as a PDF's are. Signatures, seals and annotations are parts of their own
// and are not read. The zip's sizes and the XML's depth and size are checked before anything is parsed
// (docx-limits), and the XML is read with htmlparser2, which expands no entities of a DTD.
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { ReaderError } from '../../../shared/errors.js';
import { isTitleEnd } from '../../../shared/genre.js';
import type { PageFields } from '../parse/page-lines.js';
import { checkDocxLimits } from './docx-limits.js';
import { linesToText, pageLines, type TextLine, type TextPiece } from './positioned-text.js';
import { readZipDirectory, unpackedChunks, type ZipEntry } from './zip-archive.js';

const FORMAT = 'OFD';
/** A4 in millimetres, the page box where a document gives none. */
const A4_HEIGHT = 297;
const MAX_PARTS = 10_000;

export interface OfdExtract {
  text: string;
  /** What DocInfo says: a title that reads as one, and the author as who put the file out. */
  table: PageFields;
  /** Documents in the package; only the first is read. */
  documents: number;
}

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Element[];
  text: string;
}

function damaged(reason: string): never {
  throw new ReaderError('DAMAGED_FILE', { format: FORMAT, reason });
}

/** Small XML parts (OFD.xml, Document.xml) as a tree of local names. */
function parseXml(xml: string): Element {
  const root: Element = { name: '', attrs: {}, children: [], text: '' };
  const stack = [root];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const element = { name: localName(name), attrs, children: [], text: '' };
        stack.at(-1)?.children.push(element);
        stack.push(element);
      },
      ontext(text) {
        const top = stack.at(-1);
        if (top) top.text += text;
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return root;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function find(element: Element, name: string): Element | undefined {
  for (const child of element.children) {
    if (child.name === name) return child;
    const deeper = find(child, name);
    if (deeper) return deeper;
  }
  return undefined;
}

function findAll(element: Element, name: string, out: Element[] = []): Element[] {
  for (const child of element.children) {
    if (child.name === name) out.push(child);
    findAll(child, name, out);
  }
  return out;
}

/** "0 0 210 297" → its four numbers. */
function box(value: string | undefined): number[] {
  return (value ?? '').trim().split(/\s+/).map(Number);
}

/** DeltaX / DeltaY: numbers, and "g n d" for d repeated n times. */
export function deltas(value: string | undefined): number[] {
  const tokens = (value ?? '').trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'g') {
      const times = Math.min(Number(tokens[i + 1]), 100_000);
      const step = Number(tokens[i + 2]);
      for (let k = 0; k < times; k++) out.push(step);
      i += 2;
    } else out.push(Number(tokens[i]));
  }
  return out.map((d) => (Number.isFinite(d) ? d : 0));
}

export async function ofdToText(bytes: Uint8Array): Promise<OfdExtract> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) damaged('not a zip archive');
  try {
    return await readOfd(bytes);
  } catch (error) {
    // The zip reader, shared with Word files, names the format it was written for.
    if (error instanceof ReaderError && error.code === 'DAMAGED_FILE' && error.params.format !== FORMAT)
      damaged(String(error.params.reason ?? ''));
    throw error;
  }
}

async function readOfd(bytes: Uint8Array): Promise<OfdExtract> {
  await checkDocxLimits(bytes);
  const entries = new Map<string, ZipEntry>();
  for (const entry of readZipDirectory(bytes, MAX_PARTS)) entries.set(entry.name.replace(/^\/+/, ''), entry);
  const read = async (name: string): Promise<string> => {
    const entry = entries.get(name.replace(/^\/+/, ''));
    if (!entry) damaged(`no part ${name}`);
    const chunks: Uint8Array[] = [];
    for await (const chunk of unpackedChunks(bytes, entry)) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  };

  const ofd = parseXml(await read('OFD.xml'));
  const bodies = findAll(ofd, 'DocBody');
  const body = bodies[0] ?? damaged('OFD.xml names no document');
  const rootPath = find(body, 'DocRoot')?.text.trim() ?? damaged('OFD.xml names no document root');
  const document = parseXml(await read(rootPath));
  const base = path.posix.dirname(rootPath);
  const resolve = (loc: string, from = base) => (loc.startsWith('/') ? loc.slice(1) : path.posix.join(from, loc));

  const pageHeight = (page: Element | undefined) =>
    box(find(page ?? { name: '', attrs: {}, children: [], text: '' }, 'PhysicalBox')?.text)[3] ||
    box(find(document, 'PhysicalBox')?.text)[3] ||
    A4_HEIGHT;
  const templates = new Map(
    findAll(document, 'TemplatePage').map((t) => [t.attrs.ID ?? '', resolve(t.attrs.BaseLoc ?? '')] as const),
  );

  const lines: TextLine[] = [];
  const heights: number[] = [];
  const pages = findAll(find(document, 'Pages') ?? document, 'Page');
  if (pages.length === 0) damaged('the document has no pages');
  for (const [n, page] of pages.entries()) {
    const loc = resolve(page.attrs.BaseLoc ?? '');
    const content = await read(loc);
    const pageElement = parseXml(content);
    const height = pageHeight(pageElement);
    heights.push(height);
    const pieces: TextPiece[] = [];
    // The template a page is drawn on first (a red head may be on it), then the page's own text.
    for (const template of findAll(pageElement, 'Template')) {
      const templateLoc = templates.get(template.attrs.TemplateID ?? '');
      if (templateLoc && entries.has(templateLoc)) pieces.push(...textPieces(await read(templateLoc), height));
    }
    pieces.push(...textPieces(content, height));
    lines.push(...pageLines(n + 1, pieces));
  }
  const text = linesToText(lines, pages.length, heights);
  if (!text) throw new ReaderError('NO_TEXT_LAYER');

  const info = find(body, 'DocInfo');
  const title = find(info ?? body, 'Title')?.text.trim() ?? '';
  const author = find(info ?? body, 'Author')?.text.trim() ?? '';
  const table: PageFields = {};
  if (/[\u4e00-\u9fff]/.test(title) && isTitleEnd(title)) table.title = title;
  if (/[\u4e00-\u9fff]/.test(author)) table.publisher = author;
  return { text, table, documents: bodies.length };
}

/** A page's (or template's) text objects as pieces placed on the page, y up from its foot. */
function textPieces(xml: string, height: number): TextPiece[] {
  const pieces: TextPiece[] = [];
  let object: { x: number; y: number; size: number } | null = null;
  let code: { x: number; y: number; dx: number[]; text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const local = localName(name);
        if (local === 'TextObject') {
          const [x = 0, y = 0] = box(attrs.Boundary);
          object = { x, y, size: Number(attrs.Size) || 3.5 };
        } else if (local === 'TextCode' && object) {
          code = { x: Number(attrs.X) || 0, y: Number(attrs.Y) || 0, dx: deltas(attrs.DeltaX), text: '' };
        }
      },
      ontext(text) {
        if (code) code.text += text;
      },
      onclosetag(name) {
        const local = localName(name);
        if (local === 'TextCode' && code && object) {
          const chars = [...code.text];
          let x = object.x + code.x;
          const y = height - (object.y + code.y);
          // Each character where its advance puts it: a run with gaps (a justified line) stays one piece per character.
          chars.forEach((char, i) => {
            pieces.push({ x, y, w: object?.size ?? 0, size: object?.size ?? 0, str: char });
            x += code?.dx[i] ?? object?.size ?? 0;
          });
          code = null;
        } else if (local === 'TextObject') object = null;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return pieces;
}
