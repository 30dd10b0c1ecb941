import { ReaderError } from '../../../shared/errors.js';
import type { Block, PolicyDocument, Responsibility } from '../../../shared/policy.js';
import { findCitations } from './citations.js';
import { decodePolicyBytes } from './decode.js';
import { analyseFrame, type Frame } from './frame.js';
import { headingLength, headingMarker } from './headings.js';
import { resolveIssuer } from './issuer.js';
import { type Line, splitLines } from './lines.js';
import { findResponsibilities } from './responsibilities.js';
import { type CharacterCensus, characterCensus, detectScript } from './script.js';
import { deriveTitle } from './title.js';

export { decodePolicyBytes } from './decode.js';

/** Parses the bytes of a text file: decoding, then `parsePolicy`. */
export function parsePolicyBytes(bytes: Uint8Array): PolicyDocument {
  return parsePolicy(decodePolicyBytes(bytes).text);
}

/**
 * Parses a policy's canonical text. Throws ReaderError NOT_A_POLICY for text that has none of
 * the marks of an official document.
 */
export function parsePolicy(text: string): PolicyDocument {
  const lines = splitLines(text);
  const frame = analyseFrame(lines);
  const blocks = buildBlocks(text, lines, frame);
  const body = lines.filter((line) => !frame.roles.has(line.index));
  const responsibilities: Responsibility[] = body.flatMap((line) => findResponsibilities(line.text, line.start));
  const census = characterCensus(text);
  const script = detectScript(census);

  const titleText = joinTitle(frame.titleLines);
  const bodyStart = body
    .slice(0, 4)
    .map((l) => l.text)
    .join('\n');
  const issuer = resolveIssuer(frame, titleText, bodyStart);
  const preamble = body.find((line) => headingMarker(line.text) === null)?.text ?? '';

  const document: PolicyDocument = {
    title: titleText || deriveTitle(preamble, { issuer, docNumber: frame.docNumber, script }),
    titleDerived: titleText === '',
    docNumber: frame.docNumber,
    issuer,
    date: frame.date,
    addressees: frame.addressees,
    script,
    text,
    blocks,
    responsibilities,
    citations: findCitations(text),
  };
  if (!looksLikePolicy(document, census, preamble)) throw new ReaderError('NOT_A_POLICY');
  return document;
}

/** A title broken over lines is joined without the breaks; its lines carry no spaces of meaning. */
function joinTitle(lines: Line[]): string {
  return lines.map((line) => line.text.trim()).join('');
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

/** Marks of an official document; a text with fewer than two of them is something else. */
function looksLikePolicy(doc: PolicyDocument, { cjk, visible }: CharacterCensus, preamble: string): boolean {
  if (cjk < 20 || cjk / visible < 0.3) return false;
  const marks = [
    doc.docNumber !== null,
    !doc.titleDerived,
    doc.addressees !== null,
    doc.date !== null,
    doc.blocks.filter((b) => b.kind === 'heading').length >= 2,
    doc.responsibilities.length > 0,
    /(?:提出|制定|制订|印发|通知)(?:如下|以下|本)/.test(preamble),
  ];
  return marks.filter(Boolean).length >= 2;
}
