// A zip archive read the cheap way: its central directory, at the end of the file, lists every
// entry with its sizes without unpacking anything; an entry's data is then inflated a chunk at a
// time, so that whoever reads it can stop as soon as it has seen enough.
import zlib from 'node:zlib';
import { ReaderError } from '../../../shared/errors.js';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else no reader of Word files unpacks. */
  method: number;
  packedSize: number;
  /** The size the directory claims, which a hostile file can make up. */
  claimedSize: number;
  localHeader: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;

function damaged(reason: string): ReaderError {
  return new ReaderError('DAMAGED_FILE', { format: 'Word (.docx)', reason });
}

/**
 * The entries the central directory lists; throws DAMAGED_FILE where it is not there or not whole,
 * and TOO_MANY_PARTS, before reading them, where it lists more than `maxEntries`.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const end64 = Number(view.getBigUint64(locator + 8, true));
    if (end64 + 56 > view.byteLength || view.getUint32(end64, true) !== ZIP64_END) throw damaged('bad ZIP64 directory');
    count = Number(view.getBigUint64(end64 + 32, true));
    offset = Number(view.getBigUint64(end64 + 48, true));
  }
  if (count > maxEntries) throw new ReaderError('TOO_MANY_PARTS', { count, limit: maxEntries });
  const entries: ZipEntry[] = [];
  const names = new TextDecoder();
  for (let at = offset, i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw damaged('bad central directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > view.byteLength) throw damaged('bad central directory');
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      packedSize: view.getUint32(at + 20, true),
      claimedSize: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    };
    readZip64Sizes(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at = next;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw damaged('no central directory');
}

/** Sizes and offsets too large for 32 bits stand in the ZIP64 extra field, in this order. */
function readZip64Sizes(view: DataView, from: number, length: number, entry: ZipEntry): void {
  const wide = 0xffffffff;
  for (let at = from; at + 4 <= from + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const take = () => {
        const value = field + 8 <= at + 4 + size ? Number(view.getBigUint64(field, true)) : wide;
        field += 8;
        return value;
      };
      if (entry.claimedSize === wide) entry.claimedSize = take();
      if (entry.packedSize === wide) entry.packedSize = take();
      if (entry.localHeader === wide) entry.localHeader = take();
      return;
    }
    at += 4 + size;
  }
}

/** An entry's packed bytes, found through its local header (whose sizes may be left blank). */
export function packedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) throw damaged(`bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.packedSize > view.byteLength) throw damaged(`${entry.name} runs past the end of the file`);
  return bytes.subarray(start, start + entry.packedSize);
}

/**
 * An entry's unpacked bytes, a chunk at a time; breaking out of the loop stops the inflating. A
 * method other than stored or deflated yields nothing (the Word reader reports it later).
 */
export async function* unpackedChunks(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const packed = packedData(bytes, entry);
  if (entry.method === 0) {
    yield packed;
    return;
  }
  if (entry.method !== 8) return;
  const inflater = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  inflater.end(packed);
  try {
    for await (const chunk of inflater) yield chunk as Buffer;
  } catch (error) {
    throw damaged(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    inflater.destroy();
  }
}
