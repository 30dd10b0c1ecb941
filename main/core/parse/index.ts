import { tableDate } from '../../../shared/dates.js';
import { ReaderError } from '../../../shared/errors.js';
import type { ClauseTarget, ForceClauses } from '../../../shared/force.js';
import type { Block, Citation, HeadingLevel, PolicyDocument, Recognition, Responsibility } from '../../../shared/policy.js';
import { type ArticleStructure, articleStructure, chapterOrSection } from './articles.js';
import { findAttachments } from './attachments.js';
import { findCitations } from './citations.js';
import { decodePolicyBytes } from './decode.js';
import { findForceClauses } from './force-clauses.js';
import { analyseFrame, type Frame } from './frame.js';
import { completeHead } from './head-pieces.js';
import { headingLength, headingMarker } from './headings.js';
import { type Line, splitLines, withPlainSpaces } from './lines.js';
import { resolveMetadata } from './metadata.js';
import type { PageFields } from './page-lines.js';
import { findResponsibilities, findTableResponsibilities } from './responsibilities.js';
import { characterCensus, detectScript } from './script.js';
import { findTables, tableBlock } from './tables.js';

export { decodePolicyBytes } from './decode.js';

/** Parses the bytes of a text file: decoding, then `parsePolicy`. */
export function parsePolicyBytes(bytes: Uint8Array): PolicyDocument {
  return parsePolicy(decodePolicyBytes(bytes).text);
}

/** What a file said about itself besides its text: a web page's information table. */
export interface SourceEvidence {
  table?: PageFields;
  /** The text was recognised from scanned pages. */
  recognised?: Recognition;
}

/**
 * Parses a policy's canonical text, with what its file said about it. Any text with Chinese in it
 * is a document; text without any is refused (ReaderError NO_CHINESE_TEXT).
 */
export function parsePolicy(text: string, evidence: SourceEvidence = {}): PolicyDocument {
  const census = characterCensus(text);
  if (census.cjk === 0) throw new ReaderError('NO_CHINESE_TEXT');
  const lines = splitLines(withPlainSpaces(text));
  const frame = analyseFrame(lines, evidence.table);
  const blocks = buildBlocks(text, lines, frame);
  const headFrame = completeHead(lines, frame, evidence.table);
  const body = lines.filter((line) => !frame.roles.has(line.index));
  const responsibilities: Responsibility[] = [
    ...body.flatMap((line) => findResponsibilities(line.text, line.start)),
    ...findTableResponsibilities(body),
  ].sort((a, b) => a.start - b.start);
  const script = detectScript(census);
  const citations = findCitations(text);
  const table = { ...frame.page, ...evidence.table };
  const metadata = resolveMetadata({
    frame: headFrame,
    table,
    body,
    text,
    citations,
    script,
  });
  return {
    ...metadata,
    recognition: evidence.recognised ?? null,
    script,
    text,
    blocks,
    responsibilities,
    citations: citations.filter((c) => !isOwn(c, metadata)),
    force: withTableDates(withoutOwn(findForceClauses(text, metadata.title), metadata), table),
  };
}

/**
 * A document does not cite itself: not its own number or title, nor the text it issues (the 《…》 of
 * its own title: 关于印发《X》的通知 issues X, whose number a copy may print beside it).
 */
function isOwn(citation: Citation, own: { title: string; docNumber: string | null }): boolean {
  const bare = (title: string) => title.replace(/\s/g, '');
  if (own.docNumber && citation.docNumber === own.docNumber) return true;
  const title = bare(citation.title);
  return title === bare(own.title) || [...own.title.matchAll(/《([^《》]+)》/g)].some((m) => bare(m[1] ?? '') === title);
}

/**
 * A document repeals or amends others, never itself: its own number, its title, or the text it issues
 * (the X of 关于印发《X》的通知, its subtitle) named in a clause is its head's. The X of 关于修改《X》的决定
 * is what it amends.
 */
function withoutOwn(force: ForceClauses, own: Pick<PolicyDocument, 'title' | 'subtitle' | 'docNumber'>): ForceClauses {
  const bare = (title: string) => title.replace(/\s/g, '').replace(/〈/g, '《').replace(/〉/g, '》');
  const issued = [...own.title.matchAll(/(?:印发|印發|颁布|頒布|发布|發布|转发|轉發)《([^《》]+)》/g)].map((m) =>
    bare(m[1] ?? ''),
  );
  const ownTitles = new Set([bare(own.title), ...(own.subtitle ? [bare(own.subtitle)] : []), ...issued]);
  const isOwnTarget = (t: ClauseTarget) =>
    (own.docNumber !== null && t.docNumber === own.docNumber) || (t.title !== null && ownTitles.has(bare(t.title)));
  const seen = new Set<string>();
  const relations = force.relations.flatMap((r) => {
    const targets = [...new Map(r.targets.filter((t) => !isOwnTarget(t)).map((t) => [JSON.stringify(t), t])).values()];
    const key = JSON.stringify([r.relation, targets]);
    if (targets.length === 0 || seen.has(key)) return [];
    seen.add(key);
    return [{ ...r, targets }];
  });
  return { ...force, relations };
}

/** The portal's own dates of the document's force, where its table prints them. */
function withTableDates(force: ForceClauses, table: PageFields): ForceClauses {
  const dates = {
    effective: tableDate(table.effectiveOn),
    expires: tableDate(table.expiresOn),
    repealed: tableDate(table.repealedOn),
  };
  return dates.effective || dates.expires || dates.repealed ? { ...force, table: dates } : force;
}

function buildBlocks(text: string, lines: Line[], frame: Frame): Block[] {
  const blocks: Block[] = [];
  const title = frame.titleLines;
  const attachments = findAttachments(lines, frame.roles);
  const articles = articleStructure(
    lines.filter((line) => !frame.roles.has(line.index)),
    [...attachments.sections.keys()],
  );
  const titleLines = new Set([...attachments.sections.values()].map((s) => s.titleLine));
  const isBody = (line: Line) =>
    !frame.roles.has(line.index) &&
    !attachments.sections.has(line.index) &&
    !attachments.list.has(line.index) &&
    !titleLines.has(line.index);
  const tables = findTables(lines, isBody);
  let inTable = -1;
  let inAttachment = false;
  for (const line of lines) {
    const table = tables.get(line.index);
    if (table) {
      blocks.push(tableBlock(text, table));
      inTable = table.at(-1)?.index ?? -1;
      continue;
    }
    if (line.index <= inTable) continue;
    const role = frame.roles.get(line.index);
    if (role === 'title' && title.length > 1 && title.includes(line)) {
      // A title over several lines is one block, breaks and all.
      if (line === title[0]) {
        const end = title[title.length - 1]?.end ?? line.end;
        blocks.push({ kind: 'paragraph', role, start: line.start, end, text: text.slice(line.start, end) });
      }
      continue;
    }
    const section = attachments.sections.get(line.index);
    if (role && !section && !titleLines.has(line.index)) {
      blocks.push({ kind: 'paragraph', role, start: line.start, end: line.end, text: line.text });
      continue;
    }
    if (attachments.list.has(line.index)) {
      blocks.push({ kind: 'paragraph', role: 'attachments', start: line.start, end: line.end, text: line.text });
      continue;
    }
    if (section) {
      // An attachment heads a section of its own: its mark, and its title when that is the next line.
      inAttachment = true;
      const titleLine = section.titleLine === undefined ? undefined : lines[section.titleLine];
      const end = titleLine?.end ?? line.end;
      const label = line.text.replace(/\s/g, '').replace(/[:：].*$/, '');
      blocks.push({ kind: 'heading', level: 1, label, start: line.start, end, text: text.slice(line.start, end) });
      continue;
    }
    if (titleLines.has(line.index)) continue;
    // Within an attachment, its own headings sit a level under its mark.
    const body = bodyBlocks(line, articles);
    blocks.push(...(inAttachment ? body.map(deeper) : body));
  }
  return blocks;
}

function deeper(block: Block): Block {
  if (block.kind !== 'heading') return block;
  return { ...block, level: Math.min(4, (block.level ?? 1) + 1) as HeadingLevel };
}

/**
 * A body line: a heading, a run-in heading followed by its paragraph, or a paragraph. In a
 * document of articles, the chapters, sections and articles are the headings (at the levels the
 * document has), and the 一、（一）1. within articles are items of text.
 */
function bodyBlocks(line: Line, articles: ArticleStructure | null): Block[] {
  const paragraph: Block = { kind: 'paragraph', start: line.start, end: line.end, text: line.text };
  const marker = headingMarker(line.text);
  if (!marker) return [paragraph];
  let level = marker.level;
  if (/[条條]$/.test(marker.label)) {
    if (!articles?.articles.has(line.index)) return [paragraph];
    level = articles.levels.article;
  } else if (articles) {
    const part = chapterOrSection(marker.label);
    if (part) level = articles.levels[part];
    else if (articles.holdsItems(line.index)) return [paragraph];
  }
  const length = headingLength(line.text, marker);
  if (length === 0) return [paragraph];
  const headingText = line.text.slice(0, length).trimEnd();
  const heading: Block = {
    kind: 'heading',
    level,
    label: marker.label.trim(),
    start: line.start,
    end: line.start + headingText.length,
    text: headingText,
  };
  const rest = line.text.slice(length);
  const lead = rest.length - rest.trimStart().length;
  if (rest.trim() === '') return [heading];
  const start = line.start + length + lead;
  return [heading, { kind: 'paragraph', start, end: line.end, text: rest.slice(lead) }];
}
