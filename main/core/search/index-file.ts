// The stored part of the search index (the documents of its last build) in a file beside the
// library, so that a start opens it instead of building it. Opening reads and checks only what every
// search needs (the keys, the pairs and their slot groups); the postings' documents and the texts
// stay in the file and are read as searches ask for them — a pair's documents when flexsearch first
// imports the pair, a text when a phrase is confirmed in it — each block checked against its own
// checksum when read. So a start answers its first search without reading hundreds of megabytes,
// and a piece damaged on disk is noticed where it is used.
//
// Layout: 16 bytes (magic, header length, CRC-32 of the header and the arrays read at opening,
// reserved), a JSON header, then the typed arrays as they are in memory, each padded to 8 bytes.
import fs from 'node:fs';
import { threadId } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import type { PostingsDocs, SortedPostings } from './pair-index.js';
import type { StoredIndex, TextList } from './search-index.js';

const MAGIC = 'PRSI';
const PREFIX_BYTES = 16;
/** Bumped whenever the fold, the postings or this layout change: an older file is rebuilt. */
export const INDEX_FORMAT = 4;
/** Texts read in order are read and checked this many documents at a time, postings' documents this many at a time. */
const DOCUMENTS_PER_CHUNK = 64;
/** How far past the last text asked for the next may lie and still count as reading in order. */
const READ_AHEAD_GAP = 4;
const POSTINGS_PER_BLOCK = 16_384;

/** A piece of the index file did not match its checksum, or could not be read: the index must be rebuilt. */
export class IndexFileDamaged extends Error {
  constructor(what: string) {
    super(`the search index file is damaged (${what})`);
    this.name = 'IndexFileDamaged';
  }
}

interface Header {
  format: number;
  hashes: string[];
  textLengths: number[];
  headingLengths: number[];
  arrays: Array<{ name: string; bytes: number }>;
}

type Typed = Int32Array | Uint32Array | Uint16Array | Uint8Array;

const bytesOf = (array: Typed) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** CRC-32 over several pieces. (zlib's crc32 answers 0 for an empty array, whatever the running value, so those are skipped.) */
function checksum(parts: readonly Uint8Array[], initial = 0): number {
  let crc = initial;
  for (const part of parts) if (part.length > 0) crc = crc32(part, crc);
  return crc;
}

const utf16 = (text: string) => {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
};

/** Each text as UTF-16 code units, with the checksum of each. */
function textArrays(texts: TextList): { units: Uint16Array; checks: Uint32Array; lengths: number[] } {
  const lengths = Array.from({ length: texts.length }, (_, doc) => texts.get(doc).length);
  const units = new Uint16Array(lengths.reduce((n, length) => n + length, 0));
  const checks = new Uint32Array(texts.length);
  let at = 0;
  for (let doc = 0; doc < texts.length; doc++) {
    // One text's units at a time: copies of them all beside `units` would double the memory a save takes.
    const one = utf16(texts.get(doc));
    units.set(one, at);
    checks[doc] = checksum([bytesOf(one)]);
    at += one.length;
  }
  return { units, checks, lengths };
}

const pad8 = (n: number) => (8 - (n % 8)) % 8;

/** The checksum of each block of postings' documents. */
function blockChecks(docs: Int32Array): Uint32Array {
  const checks = new Uint32Array(Math.ceil(docs.length / POSTINGS_PER_BLOCK));
  for (let b = 0; b < checks.length; b++) {
    checks[b] = checksum([bytesOf(docs.subarray(b * POSTINGS_PER_BLOCK, (b + 1) * POSTINGS_PER_BLOCK))]);
  }
  return checks;
}

const postingsArrays = (name: string, postings: SortedPostings, docs: Int32Array): Array<[string, Typed]> => [
  [`${name}.pairs`, postings.pairs],
  [`${name}.groupStart`, postings.groupStart],
  [`${name}.groupSlot`, postings.groupSlot],
  [`${name}.groupEnd`, postings.groupEnd],
  [`${name}.checks`, blockChecks(docs)],
];

/** Writes the stored index next to the library; a crash mid-write leaves the previous file in place. */
export function saveIndex(file: string, stored: StoredIndex): void {
  const texts = textArrays(stored.bodies);
  const headings = textArrays(stored.headings);
  const bodyDocs = stored.body.docs.range(0, stored.body.docs.length);
  const headsDocs = stored.heads.docs.range(0, stored.heads.docs.length);
  const eager: Array<[string, Typed]> = [
    ['keys', stored.keys],
    ...postingsArrays('body', stored.body, bodyDocs),
    ...postingsArrays('heads', stored.heads, headsDocs),
    ['texts.checks', texts.checks],
    ['headingTexts.checks', headings.checks],
  ];
  const lazy: Array<[string, Typed]> = [
    ['body.docs', bodyDocs],
    ['heads.docs', headsDocs],
    ['texts', texts.units],
    ['headingTexts', headings.units],
  ];
  const header: Header = {
    format: INDEX_FORMAT,
    hashes: stored.hashes,
    textLengths: texts.lengths,
    headingLengths: headings.lengths,
    arrays: [...eager, ...lazy].map(([name, array]) => ({ name, bytes: array.byteLength })),
  };
  const json = Buffer.from(JSON.stringify(header));
  const padded = (array: Typed) => [bytesOf(array), new Uint8Array(pad8(array.byteLength))];
  const opening = [json, new Uint8Array(pad8(PREFIX_BYTES + json.length)), ...eager.flatMap(([, array]) => padded(array))];
  const prefix = Buffer.alloc(PREFIX_BYTES);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(json.length, 4);
  prefix.writeUInt32LE(checksum(opening), 8);
  // (Named by thread too: a worker may build the file while this thread saves its own.)
  const temporary = `${file}.${process.pid}.${threadId}.tmp`;
  const fd = fs.openSync(temporary, 'w');
  try {
    for (const part of [prefix, ...opening, ...lazy.flatMap(([, array]) => padded(array))]) {
      for (let done = 0; done < part.length; ) done += fs.writeSync(fd, part, done, part.length - done);
    }
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
}

/** An open index file: reads pieces of it by position. */
class IndexFile {
  private fd: number | null;

  constructor(fd: number) {
    this.fd = fd;
  }

  /** The bytes, in a buffer of their own (not zero-filled first: every byte is read into it). */
  read(at: number, length: number): Uint8Array {
    if (this.fd === null) throw new IndexFileDamaged('read after closing');
    const bytes = new Uint8Array(Buffer.allocUnsafeSlow(length).buffer, 0, length);
    for (let done = 0; done < length; ) {
      const n = fs.readSync(this.fd, bytes, done, length - done, at + done);
      if (n === 0) throw new IndexFileDamaged('cut short');
      done += n;
    }
    return bytes;
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }
}

/**
 * The stored index in an index file, or null if there is none, it is not one this version reads, or
 * what opening reads of it is damaged. The file stays open for the texts read later; the stored
 * index's `close` closes it.
 */
export function loadIndex(file: string): StoredIndex | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  const reader = new IndexFile(fd);
  try {
    const stored = openIndex(reader, fs.fstatSync(fd).size);
    if (!stored) reader.close();
    return stored;
  } catch {
    reader.close();
    return null;
  }
}

function openIndex(reader: IndexFile, size: number): StoredIndex | null {
  if (size < PREFIX_BYTES) return null;
  const prefix = Buffer.from(reader.read(0, PREFIX_BYTES));
  if (prefix.toString('latin1', 0, 4) !== MAGIC) return null;
  const jsonBytes = reader.read(PREFIX_BYTES, prefix.readUInt32LE(4));
  let crc = checksum([jsonBytes]);
  const header = JSON.parse(Buffer.from(jsonBytes).toString('utf8')) as Header;
  if (header.format !== INDEX_FORMAT) return null;
  let at = PREFIX_BYTES + jsonBytes.length;
  crc = checksum([new Uint8Array(pad8(at))], crc);
  at += pad8(at);

  const eager = new Map<string, ArrayBuffer>();
  const lazyAt = new Map<string, number>();
  for (const { name, bytes } of header.arrays) {
    if (name.endsWith('.docs') || name === 'texts' || name === 'headingTexts') lazyAt.set(name, at);
    else {
      const array = reader.read(at, bytes);
      crc = checksum([array, new Uint8Array(pad8(bytes))], crc);
      eager.set(name, array.buffer as ArrayBuffer);
    }
    at += bytes + pad8(bytes);
  }
  if (at !== size || crc !== prefix.readUInt32LE(8)) return null;

  const view = <T extends Typed>(name: string, Type: { new (b: ArrayBuffer): T }): T => {
    const buffer = eager.get(name);
    if (!buffer) throw new Error(`index file lacks ${name}`);
    return new Type(buffer);
  };
  const position = (name: string) => {
    const found = lazyAt.get(name);
    if (found === undefined) throw new Error(`index file lacks ${name}`);
    return found;
  };
  const postings = (name: string): SortedPostings => {
    const groupEnd = view(`${name}.groupEnd`, Uint32Array);
    return {
      pairs: view(`${name}.pairs`, Uint32Array),
      groupStart: view(`${name}.groupStart`, Uint32Array),
      groupSlot: view(`${name}.groupSlot`, Uint8Array),
      groupEnd,
      docs: new FileDocs(reader, position(`${name}.docs`), groupEnd.at(-1) ?? 0, view(`${name}.checks`, Uint32Array)),
    };
  };
  return {
    keys: view('keys', Int32Array),
    hashes: header.hashes,
    bodies: new FileTexts(reader, position('texts'), header.textLengths, view('texts.checks', Uint32Array)),
    headings: new FileTexts(reader, position('headingTexts'), header.headingLengths, view('headingTexts.checks', Uint32Array)),
    body: postings('body'),
    heads: postings('heads'),
    close: () => reader.close(),
  };
}

/** Postings' documents read from the file a block at a time, checked, and kept. */
class FileDocs implements PostingsDocs {
  private readonly blocks = new Map<number, Int32Array>();

  constructor(
    private readonly reader: IndexFile,
    private readonly at: number,
    readonly length: number,
    private readonly checks: Uint32Array,
  ) {}

  range(from: number, to: number): Int32Array {
    const first = Math.floor(from / POSTINGS_PER_BLOCK);
    const last = Math.floor(Math.max(from, to - 1) / POSTINGS_PER_BLOCK);
    if (first === last) {
      const base = first * POSTINGS_PER_BLOCK;
      return this.block(first).subarray(from - base, to - base);
    }
    // A pair's documents across blocks: copied into one array of their own.
    const docs = new Int32Array(to - from);
    for (let b = first; b <= last; b++) {
      const base = b * POSTINGS_PER_BLOCK;
      const block = this.block(b);
      const start = Math.max(from, base);
      const end = Math.min(to, base + block.length);
      docs.set(block.subarray(start - base, end - base), start - from);
    }
    return docs;
  }

  private block(b: number): Int32Array {
    const kept = this.blocks.get(b);
    if (kept) return kept;
    const count = Math.min(POSTINGS_PER_BLOCK, this.length - b * POSTINGS_PER_BLOCK);
    const bytes = this.reader.read(this.at + b * POSTINGS_PER_BLOCK * 4, count * 4);
    if (checksum([bytes]) !== this.checks[b]) throw new IndexFileDamaged(`postings, block ${b}`);
    const block = new Int32Array(bytes.buffer, 0, count);
    this.blocks.set(b, block);
    return block;
  }
}

/**
 * Texts read from the file as they are asked for, each checked: one document where a search picks
 * them here and there, a chunk of documents ahead where they are read in order (a total's scan). A
 * chunk becomes one string (large, so V8 places it where the collector does not copy it about) and
 * each document a slice of it: a first search over thousands of documents then costs the reading,
 * not the collector's time.
 */
class FileTexts implements TextList {
  private readonly texts: Array<string | undefined>;
  private readonly offsets: Float64Array;

  constructor(
    private readonly reader: IndexFile,
    private readonly at: number,
    private readonly lengths: readonly number[],
    private readonly checks: Uint32Array,
  ) {
    this.texts = new Array(lengths.length);
    this.offsets = new Float64Array(lengths.length + 1);
    lengths.forEach((length, doc) => {
      this.offsets[doc + 1] = (this.offsets[doc] as number) + length;
    });
  }

  get length(): number {
    return this.lengths.length;
  }

  /** The last document asked for: a scan in document order reads ahead, a search's scattered picks one at a time. */
  private last = -1;

  get(doc: number): string {
    const text = this.texts[doc];
    const sequential = doc > this.last && doc - this.last <= READ_AHEAD_GAP;
    this.last = doc;
    if (text !== undefined) return text;
    if (doc < 0 || doc >= this.lengths.length) throw new RangeError(`no text ${doc} in the index`);
    this.readRange(doc, sequential ? Math.min(this.lengths.length, doc + DOCUMENTS_PER_CHUNK) : doc + 1);
    return this.texts[doc] as string;
  }

  private readRange(from: number, to: number): void {
    const first = this.offsets[from] as number;
    const bytes = this.reader.read(this.at + first * 2, ((this.offsets[to] as number) - first) * 2);
    const chunk = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const span = (doc: number): [number, number] => [
      (this.offsets[doc] as number) - first,
      (this.offsets[doc + 1] as number) - first,
    ];
    for (let doc = from; doc < to; doc++) {
      const [start, end] = span(doc);
      if (checksum([chunk.subarray(start * 2, end * 2)]) !== this.checks[doc]) throw new IndexFileDamaged(`text ${doc}`);
    }
    const all = chunk.toString('utf16le');
    for (let doc = from; doc < to; doc++) this.texts[doc] ??= all.slice(...span(doc));
  }
}
