// A web page saved from a government site → the article's text: scripts, styles, navigation,
// headers, footers, share buttons and the like dropped (nothing is ever run), the article body
// found by the containers government CMSs use or else by where the text is, and its paragraphs
// kept one to a line. Pages can nest elements deeper than the call stack reaches, so every walk over
// the tree is a loop with a stack of its own, and whatever is measured of an element is measured
// once, bottom-up.
import { type ChildNode, type Element, isTag, isText, type ParentNode } from 'domhandler';
import { ReaderError } from '../../../shared/errors.js';
import { decodePolicyBytes, normaliseNewlines } from '../parse/decode.js';
import { labelField, type PageFields } from '../parse/page-lines.js';
import { parseHtml } from './html-parse.js';

const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'svg',
  'button',
  'select',
  'input',
  'object',
  'embed',
  'head',
]);
/** Class or id words of page chrome. */
const CHROME =
  /(^|[-_\s])(nav|navbar|menu|header|footer|foot|breadcrumbs?|crumbs?|share|bshare|social|sidebar|side|banner|toolbar|tools|print|copyright|related|recommend|comment|search|login|topbar|bottom|position|location|weizhi|dqwz|fenxiang)([-_\s]|$)/i;
/** Article containers of common government CMSs (TRS, UCAP, 开普云 …), in order of preference. */
const ARTICLE = [
  /^zoom$/i,
  /TRS_Editor/i,
  /^UCAP-CONTENT$/i,
  /article[-_]?(content|body|con)/i,
  /^(pages?_content|xxgk_content|content_text|news_content|con_text|wzcon|TRS_UEDITOR)$/i,
  /^(article|content|main-content|detail|details)$/i,
];
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'tr',
  'table',
  'section',
  'article',
  'blockquote',
  'pre',
  'center',
  'dd',
  'dt',
  'ul',
  'ol',
  'hr',
]);

function charsetOf(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function decodeHtml(bytes: Uint8Array): string {
  const charset = charsetOf(bytes);
  if (charset && !/^utf-?8$/.test(charset)) {
    try {
      return normaliseNewlines(new TextDecoder(/^(gb2312|gbk|x-gbk)$/.test(charset) ? 'gb18030' : charset).decode(bytes));
    } catch {
      // An unknown label: fall back on sniffing.
    }
  }
  return decodePolicyBytes(bytes).text;
}

const attr = (el: Element, name: string) => el.attribs[name] ?? '';
const chrome = new WeakMap<Element, boolean>();
function isChrome(el: Element): boolean {
  let known = chrome.get(el);
  if (known === undefined) {
    known =
      DROPPED.has(el.name) ||
      CHROME.test(attr(el, 'class')) ||
      CHROME.test(attr(el, 'id')) ||
      attr(el, 'role') === 'navigation' ||
      'hidden' in el.attribs ||
      /display\s*:\s*none/i.test(attr(el, 'style'));
    chrome.set(el, known);
  }
  return known;
}

/** Pushes nodes so that they pop off in document order. */
function pushReversed<T>(stack: Array<T | ChildNode>, nodes: ChildNode[]): void {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node) stack.push(node);
  }
}

/** Every element, in document order: each after its ancestors. */
function elementsOf(nodes: ChildNode[]): Element[] {
  const all: Element[] = [];
  const stack: ChildNode[] = [];
  pushReversed(stack, nodes);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isTag(node)) continue;
    all.push(node);
    pushReversed(stack, node.children);
  }
  return all;
}

interface Measures {
  /** Text outside links and chrome: a measure of how much of an element is content rather than navigation. */
  content: Map<Element, number>;
  /** The element and the elements inside it. */
  size: Map<Element, number>;
}

function measure(all: Element[]): Measures {
  const content = new Map<Element, number>();
  const size = new Map<Element, number>();
  // Backwards through document order, an element's children are measured before it.
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i];
    if (!el) continue;
    let length = 0;
    let count = 1;
    for (const child of el.children) {
      if (isText(child)) length += child.data.replace(/\s+/g, '').length;
      else if (isTag(child)) {
        length += content.get(child) ?? 0;
        count += size.get(child) ?? 0;
      }
    }
    content.set(el, isChrome(el) || el.name === 'a' ? 0 : length);
    size.set(el, count);
  }
  return { content, size };
}

/**
 * A data table's row: two cells or more (序号 / 重点任务 / 牵头单位 …), as opposed to a layout table's
 * single cell holding paragraphs. Its cells are one line, joined by tabs, so that the table reads as
 * one in the canonical text (rows by line breaks).
 */
function dataCells(el: Element): Element[] | null {
  if (el.name !== 'tr') return null;
  const cells = el.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th') && !isChrome(c));
  return cells.length >= 2 ? cells : null;
}

/** Columns still covered by cells of rows above (rowspan), per table section. */
type Spans = Map<ParentNode | null, number[]>;

const span = (el: Element, name: string, most: number) => Math.min(most, Math.max(1, Number.parseInt(attr(el, name), 10) || 1));

/**
 * A row's cells joined by tabs. A merged cell keeps the grid: the columns it spans (colspan) and
 * the places it covers in the rows below (rowspan) are empty cells, so every row has its columns.
 */
function rowText(row: Element, cells: Element[], spans: Spans): string {
  const covered = spans.get(row.parent) ?? [];
  spans.set(row.parent, covered);
  const out: string[] = [];
  let column = 0;
  const pass = () => {
    for (; (covered[column] ?? 0) > 0; column++) {
      covered[column] = (covered[column] ?? 1) - 1;
      out.push('');
    }
  };
  for (const cell of cells) {
    pass();
    const text: string[] = [];
    textOf(cell.children, text, spans);
    out.push(text.join('').replace(/\s+/g, ' ').trim());
    const across = span(cell, 'colspan', 50);
    const down = span(cell, 'rowspan', 1000);
    for (let k = 0; k < across; k++) {
      if (k > 0) out.push('');
      if (down > 1) covered[column + k] = down - 1;
    }
    column += across;
  }
  for (; column < covered.length; column++) {
    if ((covered[column] ?? 0) > 0) covered[column] = (covered[column] ?? 1) - 1;
    out.push('');
  }
  return out.join('\t');
}

function textOf(nodes: ChildNode[], out: string[], spans: Spans = new Map()): void {
  // '\n' on the stack closes a block element once its children are out.
  const stack: Array<ChildNode | '\n'> = [];
  pushReversed(stack, nodes);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === '\n') out.push('\n');
    else if (isText(node)) out.push(node.data.replace(/[ \t\r\n\f]+/g, ' '));
    else if (isTag(node) && !isChrome(node)) {
      const cells = dataCells(node);
      if (cells) out.push('\n', rowText(node, cells, spans), '\n');
      else {
        if (BLOCKS.has(node.name)) {
          out.push('\n');
          stack.push('\n');
        }
        pushReversed(stack, node.children);
      }
    }
  }
}

/** A line of the text without the spaces at its edges; a table row keeps the tabs of its empty edge cells. */
function tidyLine(line: string): string {
  const text = line.replace(/\u00a0/g, ' ');
  const trimmed = text.trim();
  if (trimmed === '' || !text.includes('\t')) return trimmed;
  const tabs = (edge: string) => edge.replace(/[^\t]/g, '');
  return tabs(text.slice(0, text.length - text.trimStart().length)) + trimmed + tabs(text.slice(text.trimEnd().length));
}

/** A page's article text, and the fields of its information table (索引号, 发文机关 …) where it has one. */
export interface HtmlExtract {
  text: string;
  table: PageFields;
}

export function htmlToText(bytes: Uint8Array): HtmlExtract {
  return htmlStringToText(decodeHtml(bytes));
}

/** The same, of HTML already decoded (what mammoth makes of a Word file). */
export function htmlStringToText(html: string): HtmlExtract {
  // A fragment without <body> (an article copied alone) is read as the body it was taken from.
  const document = parseHtml(/<body[\s>]/i.test(html) ? html : `<body>${html}</body>`);
  const all = elementsOf(document.children);
  const measures = measure(all);
  const contentLength = (el: Element) => measures.content.get(el) ?? 0;
  const table = readInfoTable(all, measures);
  let article: Element | undefined;
  for (const pattern of ARTICLE) {
    article = all.find(
      (el) =>
        !isChrome(el) &&
        (pattern.test(attr(el, 'id')) ||
          attr(el, 'class')
            .split(/\s+/)
            .some((c) => pattern.test(c))) &&
        contentLength(el) > 50,
    );
    if (article) break;
  }
  // Else the element holding the most text that is not links, preferring the innermost that holds most of it;
  // a fragment pasted alone is its article whole (the title line before its first paragraph too).
  const fragment = !/<body[\s>]/i.test(html);
  if (!article) {
    const body = all.find((el) => el.name === 'body') ?? all[0];
    let best = body;
    const total = best ? contentLength(best) : 0;
    let descended = true;
    while (!fragment && best && descended) {
      descended = false;
      for (const child of best.children) {
        if (isTag(child) && contentLength(child) > total * 0.6) {
          best = child;
          descended = true;
          break;
        }
      }
    }
    article = best;
  }
  if (!article) throw new ReaderError('EMPTY_FILE');
  const out: string[] = [];
  // The title often stands above the article container.
  const heading =
    all.find((el) => el.name === 'h1' && !isChrome(el)) ??
    all.find((el) => /^(ArticleTitle|title)$/i.test(attr(el, 'name')) && el.name === 'meta');
  const title = heading ? (heading.name === 'meta' ? attr(heading, 'content') : textOfElement(heading)) : '';
  if (title && !textOfElement(article).includes(title)) out.push(title, '\n');
  textOf(article.children, out);
  const text = out.join('').split('\n').map(tidyLine).filter(Boolean).join('\n');
  if (!text) throw new ReaderError('EMPTY_FILE');
  return { text: `${text}\n`, table };
}

const CELLS = new Set(['td', 'th', 'dt', 'dd', 'span', 'b', 'strong', 'label', 'li', 'p', 'div', 'em', 'font']);
/**
 * A table cell, label or value, holds a few elements at most. Reading the text of larger ones too
 * would read a deep page's text once for every element it nests: quadratic time.
 */
const MAX_CELL_ELEMENTS = 64;

/**
 * The information table portals print above a document: cells holding a label (索 引 号：) with the
 * value in the next cell, or "label：value" in one cell. The first value of each field is kept.
 */
function readInfoTable(all: Element[], { size }: Measures): PageFields {
  const table: PageFields = {};
  const isCell = (el: Element) => (size.get(el) ?? 0) <= MAX_CELL_ELEMENTS;
  for (const el of all) {
    if (!CELLS.has(el.name) || !isCell(el)) continue;
    const own = textOfElement(el);
    if (own.length === 0 || own.length > 200) continue;
    const inline = /^([^:：]{2,12})[:：]\s*(.*)$/.exec(own);
    const field = labelField(inline ? (inline[1] ?? '') : own);
    if (!field || field === 'other' || table[field] !== undefined) continue;
    // An element whose label heads a longer text of several fields is a row, not a cell.
    if (inline?.[2] && /[:：]/.test(inline[2])) continue;
    const next = nextElement(el);
    const value = inline?.[2] || (next === null ? own : isCell(next) ? textOfElement(next) : '');
    if (value && value !== own && !labelField(value.replace(/[:：].*$/, ''))) table[field] = value;
  }
  return table;
}

function nextElement(el: Element): Element | null {
  for (let at: Element | null = el; at !== null; ) {
    for (let node = at.nextSibling; node; node = node.nextSibling) {
      if (isTag(node)) return node;
      if (isText(node) && node.data.trim() !== '') return null;
    }
    // A label in a <b> inside its cell: the value is the cell after the parent.
    const parent: ParentNode | null = at.parent;
    at = parent && isTag(parent) && parent.children.filter(isTag).length === 1 ? parent : null;
  }
  return null;
}

function textOfElement(el: Element): string {
  const out: string[] = [];
  textOf(el.children, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}
