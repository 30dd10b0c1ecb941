// Any importable file → the text the parser reads, with paragraph boundaries as line breaks.

import { ReaderError } from '../../../shared/errors.js';
import { extensionOf, FORMAT_OF_EXTENSION, LEGACY_EXTENSIONS, type SourceFormat } from '../../../shared/import-formats.js';
import type { ImportNotice } from '../../../shared/library.js';
import { formatBytes, MAX_FILE_BYTES, MAX_TEXT_BYTES, tooLargeParams } from '../../../shared/limits.js';
import type { Recognition } from '../../../shared/policy.js';
import { canonicalText } from '../parse/canonical.js';
import { decodePolicyBytes } from '../parse/decode.js';
import type { PageFields } from '../parse/page-lines.js';
import { bbcodeToText, isBbcode } from './bbcode.js';
import { docxToText } from './docx.js';
import { placeDoubtfulLines } from './doubtful.js';
import { htmlStringToText, htmlToText } from './html.js';
import { markdownToText } from './markdown.js';
import { type DoubtfulLine, type RecognitionProgress, recognisePages } from './ocr.js';
import { ofdToText } from './ofd.js';
import { pdfToText } from './pdf.js';
import { isTiff, readTiff } from './tiff.js';
import { docToText } from './word-binary.js';

export interface Extracted {
  text: string;
  /** The text's encoding in the file ('utf-8' for formats that fix it). */
  encoding: string;
  format: SourceFormat;
  /** A web page's information table. */
  table?: PageFields;
  /** Set when the text was recognised from page images (a scan). */
  recognised?: Recognition;
  /** What the user should be told of the file: that only part of it was read. */
  notices?: ImportNotice[];
}

export function formatOf(name: string): SourceFormat {
  const ext = extensionOf(name);
  if (LEGACY_EXTENSIONS.has(ext)) throw new ReaderError('LEGACY_FORMAT', { ext });
  const format = FORMAT_OF_EXTENSION[ext];
  if (!format) throw new ReaderError('UNSUPPORTED_FORMAT', { ext: ext || name });
  return format;
}

export async function extractText(bytes: Uint8Array, name: string, progress: RecognitionProgress = {}): Promise<Extracted> {
  const format = formatOf(name);
  if (bytes.length === 0) throw new ReaderError('EMPTY_FILE');
  if (bytes.length > MAX_FILE_BYTES) throw new ReaderError('TOO_LARGE', tooLargeParams(bytes.length, MAX_FILE_BYTES));
  const extracted = await extractFormat(bytes, format, progress);
  // A Word file or a PDF can unpack to more text than any file of text may hold.
  if (Buffer.byteLength(extracted.text) > MAX_TEXT_BYTES)
    throw new ReaderError('TEXT_TOO_LARGE', { limit: formatBytes(MAX_TEXT_BYTES) });
  // Text that lost its line breaks (copied out of a PDF viewer) gets them back, and sites' pinyin notes go: the canonical text.
  const { doubtfulLines, ...found } = extracted;
  const text = canonicalText(found.text);
  if (!found.recognised) return { ...found, text };
  return { ...found, text, recognised: { ...found.recognised, doubtful: placeDoubtfulLines(text, doubtfulLines ?? []) } };
}

/** Text that holds paragraphs of HTML: three or more closing paragraph, line-break or block tags. */
function isMarkup(text: string): boolean {
  return (text.match(/<\/p>|<br\s*\/?>|<\/div>/gi)?.length ?? 0) >= 3;
}

async function extractFormat(
  bytes: Uint8Array,
  format: SourceFormat,
  progress: RecognitionProgress,
): Promise<Extracted & { doubtfulLines?: DoubtfulLine[] }> {
  switch (format) {
    case 'txt': {
      const decoded = decodePolicyBytes(bytes);
      // A page's markup pasted into a text file ("<p class="ql-block">…</p>") is read as the page;
      // the text's own line breaks between the tags stay breaks.
      if (isMarkup(decoded.text))
        return { text: htmlStringToText(decoded.text.replace(/\n/g, '<br>')).text, encoding: decoded.encoding, format };
      // A forum's BBCode likewise ("[align=center][b]…[/b][/align]").
      if (isBbcode(decoded.text)) return { text: bbcodeToText(decoded.text), encoding: decoded.encoding, format };
      return { ...decoded, format };
    }
    case 'md': {
      const decoded = decodePolicyBytes(bytes);
      return { text: markdownToText(decoded.text), encoding: decoded.encoding, format };
    }
    case 'html':
      return { ...htmlToText(bytes), encoding: 'utf-8', format };
    case 'docx':
      return { text: await docxToText(bytes), encoding: 'utf-8', format };
    case 'doc':
      return { text: await docToText(bytes), encoding: 'utf-8', format };
    case 'pdf': {
      const { text, recognised } = await pdfToText(bytes, progress);
      return {
        text,
        encoding: 'utf-8',
        format,
        ...(recognised && {
          recognised: { confidence: recognised.confidence, pages: recognised.pages },
          doubtfulLines: recognised.doubtful,
        }),
      };
    }
    case 'image': {
      const tiff = isTiff(bytes) ? readTiff(bytes) : null;
      const recognised = tiff
        ? await recognisePages(tiff.count, (n) => tiff.page(n), progress)
        : await recognisePages(1, async () => bytes, progress);
      if (!recognised.text) throw new ReaderError('NO_CHINESE_TEXT');
      return {
        text: recognised.text,
        encoding: 'utf-8',
        format,
        recognised: { confidence: recognised.confidence, pages: recognised.pages },
        doubtfulLines: recognised.doubtful,
      };
    }
    case 'ofd': {
      const { text, table, documents } = await ofdToText(bytes);
      // A package of several documents: the first is taken, and the user told so.
      const notices = documents > 1 ? [{ code: 'OFD_FIRST_OF_MANY' as const, params: { count: documents } }] : undefined;
      return { text, encoding: 'utf-8', format, table, ...(notices && { notices }) };
    }
  }
}
