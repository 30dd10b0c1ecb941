// What a PDF's streams unpack to, measured before pdf.js reads them. pdf.js unpacks a stream whole
// into memory and works through a page's operators without a pause that anything could use to stop
// it, so a content stream packed 1,000 to 1 would cost minutes and gigabytes. Streams are found by
// their keywords, without the object graph, and delimited as pdf.js delimits them; images and
// attached files are left alone, since reading text never unpacks them.
import zlib from 'node:zlib';
import { ReaderError } from '../../../shared/errors.js';
import { formatBytes, MAX_PDF_FONT_BYTES, MAX_PDF_STREAM_BYTES, MAX_PDF_UNPACKED_BYTES } from '../../../shared/limits.js';

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');
/** How far before its keyword a stream's dictionary is looked for. */
const MAX_DICTIONARY = 1024;
const FONT_PROGRAM = /\/Length[123]\b|\/Subtype\s*\/(?:Type1C|CIDFontType0C|OpenType)\b/;

export function checkPdfStreams(bytes: Uint8Array): void {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ends = new EndFinder(file);
  const objects = new ObjectFinder(file);
  let total = 0;
  for (let at = file.indexOf(STREAM); at !== -1; at = file.indexOf(STREAM, at + STREAM.length)) {
    // Every "stream" is looked at, even inside another stream's data, where a cross-reference table may point too.
    const found = dictionaryBefore(file, at);
    if (!found) continue;
    const filters = filtersOf(found.dictionary);
    // Other filters (LZW, ASCII85 …) are rare in PDFs of text and are left to pdf.js.
    if (readForText(found.dictionary) && filters.every((name) => name === 'FlateDecode' || name === 'Fl')) {
      const start = dataStart(file, at + STREAM.length);
      const end = dataEnd(file, start, lengthOf(found.dictionary, objects), ends);
      const limit = FONT_PROGRAM.test(found.dictionary) ? MAX_PDF_FONT_BYTES : MAX_PDF_STREAM_BYTES;
      const size = unpackedSize(file.subarray(start, end), filters.length, limit);
      if (size > limit) throw new ReaderError('PART_TOO_LARGE', { part: found.name, limit: formatBytes(limit) });
      total += size;
      if (total > MAX_PDF_UNPACKED_BYTES)
        throw new ReaderError('UNPACKED_TOO_LARGE', { limit: formatBytes(MAX_PDF_UNPACKED_BYTES) });
    }
  }
}

/** Not an image (or a thumbnail, which has a size but no subtype), an attached file or metadata. */
function readForText(dictionary: string): boolean {
  return (
    !/\/Subtype\s*\/Image\b|\/Type\s*\/(?:EmbeddedFile|Metadata)\b/.test(dictionary) &&
    !(/\/Width\b/.test(dictionary) && /\/Height\b/.test(dictionary))
  );
}

/**
 * The dictionary a "stream" keyword follows ("12 0 obj << … >> stream"): what stands between it and
 * the object's "obj", and the object's name. Null where no dictionary ends right before the keyword
 * (the "stream" of "endstream", or of a name).
 */
function dictionaryBefore(file: Buffer, keyword: number): { dictionary: string; name: string } | null {
  let end = keyword;
  while (end > 0 && isSpace(file[end - 1] ?? 0)) end--;
  if (end < 2 || file[end - 1] !== 0x3e || file[end - 2] !== 0x3e) return null;
  const text = file.toString('latin1', Math.max(0, end - MAX_DICTIONARY), end);
  let object: RegExpMatchArray | null = null;
  for (const m of text.matchAll(/(\d+)\s+(\d+)\s+obj\b/g)) object = m;
  return {
    dictionary: object ? text.slice((object.index ?? 0) + object[0].length) : text,
    name: object ? `${object[1]} ${object[2]} obj` : 'stream',
  };
}

function filtersOf(dictionary: string): string[] {
  const filter = /\/Filter\s*(\/[^\s/[\]<>()]+|\[[^\]]*\])/.exec(dictionary)?.[1] ?? '';
  return [...filter.matchAll(/\/([^\s/[\]<>()]+)/g)].map((m) => m[1] ?? '');
}

/** A direct /Length, or an indirect one read where its object stands ("7 0 obj 1234 endobj"). */
function lengthOf(dictionary: string, objects: ObjectFinder): number | null {
  const m = /\/Length\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(dictionary);
  if (!m) return null;
  if (m[2] === undefined) return Number(m[1]);
  const value = /^\s*(\d+)\s*endobj/.exec(objects.textAfter(`${m[1]} ${m[2]}`, 64));
  return value ? Number(value[1]) : null;
}

/** The data begins after the keyword's end of line (CR LF, LF, or a lone CR that some writers put). */
function dataStart(file: Buffer, after: number): number {
  if (file[after] === 0x0d) return file[after + 1] === 0x0a ? after + 2 : after + 1;
  return file[after] === 0x0a ? after + 1 : after;
}

/** Where pdf.js takes the data to end: at /Length where "endstream" stands there, else at the next "endstream". */
function dataEnd(file: Buffer, start: number, length: number | null, ends: EndFinder): number {
  if (length !== null && start + length <= file.length) {
    let at = start + length;
    while (at < file.length && isSpace(file[at] ?? 0)) at++;
    if (file.subarray(at, at + ENDSTREAM.length).equals(ENDSTREAM)) return start + length;
  }
  return ends.after(start);
}

/** The next "endstream" after a position, each search going on from the last: linear over the file however many streams lack one. */
class EndFinder {
  private found = -1;
  private searchedFrom = Number.POSITIVE_INFINITY;
  constructor(private readonly file: Buffer) {}

  after(start: number): number {
    if (start < this.searchedFrom || (this.found !== -1 && this.found < start)) {
      this.found = this.file.indexOf(ENDSTREAM, start);
      this.searchedFrom = start;
    }
    return this.found === -1 ? this.file.length : this.found;
  }
}

/** Where objects stand ("7 0 obj"), indexed on the first question. */
class ObjectFinder {
  private offsets: Map<string, number> | null = null;
  constructor(private readonly file: Buffer) {}

  textAfter(id: string, length: number): string {
    if (!this.offsets) {
      this.offsets = new Map();
      for (const m of this.file.toString('latin1').matchAll(/(?<!\d)(\d+)\s+(\d+)\s+obj\b/g))
        this.offsets.set(`${m[1]} ${m[2]}`, (m.index ?? 0) + m[0].length);
    }
    const at = this.offsets.get(id);
    return at === undefined ? '' : this.file.toString('latin1', at, at + length);
  }
}

/** The size after `times` inflations, or limit + 1 once it passes the limit. Damaged data counts what unpacks. */
function unpackedSize(data: Uint8Array, times: number, limit: number): number {
  let unpacked: Uint8Array = data;
  for (let i = 0; i < times; i++) {
    try {
      unpacked = zlib.inflateSync(unpacked, { maxOutputLength: limit + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } catch (error) {
      if (error instanceof RangeError) return limit + 1;
      // Not zlib data (an encrypted file's, or a broken one): pdf.js decides what it is.
      return unpacked.length;
    }
  }
  return unpacked.length;
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
}
