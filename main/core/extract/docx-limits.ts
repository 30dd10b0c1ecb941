// What a Word file must keep to before mammoth reads it. Mammoth unpacks each part it reads whole
// and builds two trees of it, some 20 KB of memory for every paragraph, so a 69 KB file of eight
// million empty paragraphs would take minutes and gigabytes before failing. The zip's directory is
// read first (free, and an honest bomb declares itself there); then every part is unpacked as a
// stream and thrown away, since a directory can lie about sizes, with its XML's elements,
// paragraphs and depth counted on the way.
import { ReaderError } from '../../../shared/errors.js';
import {
  formatBytes,
  MAX_COMPRESSION_RATIO,
  MAX_DOCX_ELEMENTS,
  MAX_DOCX_PARAGRAPHS,
  MAX_DOCX_PART_BYTES,
  MAX_DOCX_PARTS,
  MAX_DOCX_UNPACKED_BYTES,
  MAX_XML_DEPTH,
} from '../../../shared/limits.js';
import { XmlCensus } from './xml-census.js';
import { readZipDirectory, unpackedChunks, type ZipEntry } from './zip-archive.js';

/** Below this, a part's compression ratio says nothing (a small part of repeated markup packs well). */
const RATIO_FROM_BYTES = 1024 * 1024;

export async function checkDocxLimits(bytes: Uint8Array): Promise<void> {
  const entries = readZipDirectory(bytes, MAX_DOCX_PARTS);
  let claimed = 0;
  for (const entry of entries) {
    checkPartSize(entry, entry.claimedSize);
    claimed += entry.claimedSize;
  }
  if (claimed > MAX_DOCX_UNPACKED_BYTES)
    throw new ReaderError('UNPACKED_TOO_LARGE', { limit: formatBytes(MAX_DOCX_UNPACKED_BYTES) });
  const census = new XmlCensus();
  let total = 0;
  for (const entry of entries) {
    let size = 0;
    let kind: 'unknown' | 'xml' | 'other' = 'unknown';
    census.startPart();
    for await (const chunk of unpackedChunks(bytes, entry)) {
      size += chunk.length;
      total += chunk.length;
      checkPartSize(entry, size);
      if (total > MAX_DOCX_UNPACKED_BYTES)
        throw new ReaderError('UNPACKED_TOO_LARGE', { limit: formatBytes(MAX_DOCX_UNPACKED_BYTES) });
      if (kind === 'unknown') kind = kindOf(chunk, size === chunk.length);
      if (kind === 'xml') {
        census.scan(chunk);
        checkCensus(census);
      }
    }
  }
}

function checkPartSize(entry: ZipEntry, size: number): void {
  if (size > MAX_DOCX_PART_BYTES)
    throw new ReaderError('PART_TOO_LARGE', { part: entry.name, limit: formatBytes(MAX_DOCX_PART_BYTES) });
  const ratio = size / Math.max(1, entry.packedSize);
  if (size > RATIO_FROM_BYTES && ratio > MAX_COMPRESSION_RATIO)
    throw new ReaderError('SUSPICIOUS_COMPRESSION', { part: entry.name, ratio: Math.ceil(ratio), limit: MAX_COMPRESSION_RATIO });
}

function checkCensus(census: XmlCensus): void {
  if (census.deepest > MAX_XML_DEPTH) throw new ReaderError('TOO_DEEPLY_NESTED', { limit: MAX_XML_DEPTH });
  if (census.paragraphs > MAX_DOCX_PARAGRAPHS) throw new ReaderError('TOO_MANY_PARAGRAPHS', { limit: MAX_DOCX_PARAGRAPHS });
  if (census.elements > MAX_DOCX_ELEMENTS) throw new ReaderError('TOO_MANY_ELEMENTS', { limit: MAX_DOCX_ELEMENTS });
}

/**
 * XML when its first character other than white space (and a byte-order mark) is "<", whatever the
 * part is called: the main document's name is whatever the package's relationships say.
 */
function kindOf(chunk: Uint8Array, first: boolean): 'unknown' | 'xml' | 'other' {
  let i = first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  while (i < chunk.length && (chunk[i] === 0x20 || chunk[i] === 0x09 || chunk[i] === 0x0a || chunk[i] === 0x0d)) i++;
  if (i === chunk.length) return 'unknown';
  return chunk[i] === 0x3c ? 'xml' : 'other';
}
