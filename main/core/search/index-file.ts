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
    parts.reduce((crc, part) => (part.length > 0 ? crc32(part, crc) : crc), 0),
    8,
  );
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, Buffer.concat([prefix, ...parts]));
  fs.renameSync(temporary, file);
}

/**
 * The segment in an index file, or null if there is none, it is not one this version reads, or it is
 * damaged. Each array is read into a buffer of its own (the checksum computed as they come), so that
 * loading never holds the whole file and copies of it at once.
 */
export function loadSegment(file: string): Segment | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    return readSegment(fd, fs.fstatSync(fd).size);
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

function readSegment(fd: number, size: number): Segment | null {
  let at = 0;
  let crc = 0;
  /** The next `length` bytes of the file, in an ArrayBuffer of their own, counted into the checksum. */
  const next = (length: number, checked = true): Uint8Array => {
    if (at + length > size) throw new Error('the index file is cut short');
    const bytes = new Uint8Array(new ArrayBuffer(length));
    for (let done = 0; done < length; ) done += fs.readSync(fd, bytes, done, length - done, at + done);
    at += length;
    // (zlib's crc32 answers 0 for an empty array over an empty buffer, whatever the running value.)
    if (checked && length > 0) crc = crc32(bytes, crc);
    return bytes;
  };
  const prefix = Buffer.from(next(12, false).buffer);
  if (prefix.toString('latin1', 0, 4) !== MAGIC) return null;
  const json = next(prefix.readUInt32LE(4));
  const header = JSON.parse(Buffer.from(json.buffer).toString('utf8')) as Header;
  if (header.format !== INDEX_FORMAT) return null;
  next(pad8(at));
  const arrays = new Map<string, ArrayBuffer>();
  for (const { name, bytes } of header.arrays) {
    arrays.set(name, next(bytes).buffer as ArrayBuffer);
    next(pad8(bytes));
  }
  if (at !== size || crc !== prefix.readUInt32LE(8)) return null;
  const view = <T extends Typed>(name: string, Type: { new (b: ArrayBuffer): T }): T => {
    const buffer = arrays.get(name);
    if (!buffer) throw new Error(`index file lacks ${name}`);
    return new Type(buffer);
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
  return new Segment({
    keys: view('keys', Int32Array),
    hashes: header.hashes,
    texts: strings('texts', header.textLengths),
    headingTexts: strings('headingTexts', header.headingLengths),
    body: postings('body'),
    heads: postings('heads'),
  });
}
