import { ReaderError } from '../../../shared/errors.js';
import type { Block, PolicyDocument, Responsibility } from '../../../shared/policy.js';
import { findCitations } from './citations.js';
import { decodePolicyBytes } from './decode.js';
import { analyseFrame, type Frame } from './frame.js';
import { completeHead } from './head-pieces.js';
import { headingLength, headingMarker } from './headings.js';
import { type Line, splitLines } from './lines.js';
import { resolveMetadata } from './metadata.js';
import type { PageFields } from './page-lines.js';
import { findResponsibilities } from './responsibilities.js';
import { characterCensus, detectScript } from './script.js';

export { decodePolicyBytes } from './decode.js';

/** Parses the bytes of a text file: decoding, then `parsePolicy`. */
export function parsePolicyBytes(bytes: Uint8Array): PolicyDocument {
  return parsePolicy(decodePolicyBytes(bytes).text);
}

/** What a file said about itself besides its text: a web page's information table. */
export interface SourceEvidence {
  table?: PageFields;
}

/**
 * Parses a policy's canonical text, with what its file said about it. Any text with Chinese in it
 * is a document; text without any is refused (ReaderError NO_CHINESE_TEXT).
 */
export function parsePolicy(text: string, evidence: SourceEvidence = {}): PolicyDocument {
  const census = characterCensus(text);
  if (census.cjk === 0) throw new ReaderError('NO_CHINESE_TEXT');
  const lines = splitLines(text);
  const frame = analyseFrame(lines, evidence.table);
  const blocks = buildBlocks(text, lines, frame);
  const headFrame = completeHead(lines, frame, evidence.table);
  const body = lines.filter((line) => !frame.roles.has(line.index));
  const responsibilities: Responsibility[] = body.flatMap((line) => findResponsibilities(line.text, line.start));
  const script = detectScript(census);
  const citations = findCitations(text);
  const metadata = resolveMetadata({
    frame: headFrame,
    table: { ...frame.page, ...evidence.table },
    body,
    text,
    citations,
    script,
  });
  return { ...metadata, script, text, blocks, responsibilities, citations };
}

function buildBlocks(text: string, lines: Line[], frame: Frame): Block[] {
  const blocks: Block[] = [];
  const title = frame.titleLines;
  for (const line of lines) {
    const role = frame.roles.get(line.index);
    if (role === 'title' && title.length > 1 && title.includes(line)) {
      // A title over several lines is one block, breaks and all.
      if (line === title[0]) {
        const end = title[title.length - 1]?.end ?? line.end;
        blocks.push({ kind: 'paragraph', role, start: line.start, end, text: text.slice(line.start, end) });
      }
      continue;
    }
    if (role) {
      blocks.push({ kind: 'paragraph', role, start: line.start, end: line.end, text: line.text });
      continue;
    }
    blocks.push(...bodyBlocks(line));
  }
  return blocks;
}

/** A body line: a heading, a run-in heading followed by its paragraph, or a paragraph. */
function bodyBlocks(line: Line): Block[] {
  const marker = headingMarker(line.text);
  const length = marker ? headingLength(line.text, marker) : 0;
  if (!marker || length === 0) return [{ kind: 'paragraph', start: line.start, end: line.end, text: line.text }];
  const headingText = line.text.slice(0, length).trimEnd();
  const heading: Block = {
    kind: 'heading',
    level: marker.level,
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
