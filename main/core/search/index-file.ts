// The large segment in a file beside the library, so that a start loads the index instead of
// rebuilding it: 12 bytes (magic, header length, CRC-32 of all that follows), a JSON header, then the
// typed arrays as they are in memory. A file damaged on disk fails the checksum and is rebuilt.
import fs from 'node:fs';
import { crc32 } from 'node:zlib';
import { BigramPostings, type PostingsArrays } from './bigram-postings.js';
import { Segment } from './segment.js';

const MAGIC = 'PRSI';
/** Bumped whenever the fold, the postings or this layout change: an older file is rebuilt. */
export const INDEX_FORMAT = 2;

interface Header {
  format: number;
  hashes: string[];
  textLengths: number[];
  headingLengths: number[];
  arrays: Array<{ name: string; bytes: number }>;
}

type Typed = Int32Array | Uint32Array | Uint16Array;

function arraysOf(segment: Segment): Array<[string, Typed]> {
  const { keys, texts, headingTexts, body, heads } = segment.data;
  const utf16 = (parts: string[]) => {
    const all = parts.join('');
    const units = new Uint16Array(all.length);
    for (let i = 0; i < all.length; i++) units[i] = all.charCodeAt(i);
    return units;
  };
  const postings = (prefix: string, p: PostingsArrays): Array<[string, Typed]> => [
    [`${prefix}.pairs`, p.pairs],
    [`${prefix}.start`, p.start],
    [`${prefix}.docs`, p.docs],
    [`${prefix}.counts`, p.counts],
  ];
  return [
    ['keys', keys],
    ['texts', utf16(texts)],
    ['headingTexts', utf16(headingTexts)],
    ...postings('body', body.arrays),
    ...postings('heads', heads.arrays),
  ];
}

const pad8 = (n: number) => (8 - (n % 8)) % 8;

/** Writes the segment next to the library; a crash mid-write leaves the previous file in place. */
export function saveSegment(file: string, segment: Segment): void {
  const arrays = arraysOf(segment);
  const header: Header = {
    format: INDEX_FORMAT,
    hashes: segment.data.hashes,
    textLengths: segment.data.texts.map((t) => t.length),
    headingLengths: segment.data.headingTexts.map((t) => t.length),
    arrays: arrays.map(([name, array]) => ({ name, bytes: array.byteLength })),
  };
  const json = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(12);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(json.length, 4);
  const parts: Buffer[] = [json, Buffer.alloc(pad8(12 + json.length))];
  for (const [, array] of arrays) {
    parts.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength), Buffer.alloc(pad8(array.byteLength)));
  }
  prefix.writeUInt32LE(
    parts.reduce((crc, part) => crc32(part, crc), 0),
    8,
  );
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, Buffer.concat([prefix, ...parts]));
  fs.renameSync(temporary, file);
}

/** The segment in an index file, or null if there is none, it is not one this version reads, or it is damaged. */
export function loadSegment(file: string): Segment | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return null;
  }
  if (bytes.length < 12 || bytes.toString('latin1', 0, 4) !== MAGIC) return null;
  if (crc32(bytes.subarray(12)) !== bytes.readUInt32LE(8)) return null;
  const jsonLength = bytes.readUInt32LE(4);
  let header: Header;
  try {
    header = JSON.parse(bytes.toString('utf8', 12, 12 + jsonLength)) as Header;
  } catch {
    return null;
  }
  if (header.format !== INDEX_FORMAT) return null;
  // Typed arrays need aligned offsets: a pooled or sliced buffer is copied first.
  const buffer = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  let at = 12 + jsonLength;
  at += pad8(at);
  const views = new Map<string, { offset: number; bytes: number }>();
  for (const { name, bytes: size } of header.arrays) {
    views.set(name, { offset: buffer.byteOffset + at, bytes: size });
    at += size + pad8(size);
  }
  if (at > buffer.length) return null;
  const view = <T extends Typed>(
    name: string,
    Type: { new (b: ArrayBuffer, o: number, l: number): T; BYTES_PER_ELEMENT: number },
  ): T => {
    const v = views.get(name);
    if (!v) throw new Error(`index file lacks ${name}`);
    // A copy, so that the file's buffer (texts included, which are decoded into strings) can go.
    return new Type(buffer.buffer as ArrayBuffer, v.offset, v.bytes / Type.BYTES_PER_ELEMENT).slice() as T;
  };
  const strings = (name: string, lengths: number[]) => {
    const all = new TextDecoder('utf-16le').decode(view(name, Uint16Array));
    const out: string[] = [];
    let from = 0;
    for (const length of lengths) {
      out.push(all.slice(from, from + length));
      from += length;
    }
    return out;
  };
  const postings = (prefix: string) =>
    new BigramPostings({
      pairs: view(`${prefix}.pairs`, Uint32Array),
      start: view(`${prefix}.start`, Int32Array),
      docs: view(`${prefix}.docs`, Int32Array),
      counts: view(`${prefix}.counts`, Uint16Array),
    });
  try {
    return new Segment({
      keys: view('keys', Int32Array),
      hashes: header.hashes,
      texts: strings('texts', header.textLengths),
      headingTexts: strings('headingTexts', header.headingLengths),
      body: postings('body'),
      heads: postings('heads'),
    });
  } catch {
    return null;
  }
}
