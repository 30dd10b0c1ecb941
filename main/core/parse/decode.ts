import { isUtf8 } from 'node:buffer';
import { ReaderError } from '../../../shared/errors.js';
import { MAX_TEXT_BYTES, tooLargeParams } from '../../../shared/limits.js';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: SourceEncoding;
}

/**
 * Bytes of a text file → canonical text. UTF-8 (with or without BOM) and UTF-16 with a BOM are
 * recognised by their marks; anything else that is not valid UTF-8 is read as GB18030, the
 * superset of GBK that Chinese Windows saves. Newlines become "\n".
 */
export function decodePolicyBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ReaderError('EMPTY_FILE');
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new ReaderError('TOO_LARGE', tooLargeParams(bytes.length));
  }
  const { text, encoding } = decodeByMark(bytes) ?? decodeWithoutMark(bytes);
  if (looksBinary(text)) throw new ReaderError('BINARY_FILE');
  const canonical = normaliseNewlines(text);
  if (canonical.trim() === '') throw new ReaderError('EMPTY_FILE');
  return { text: canonical, encoding };
}

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function decodeByMark(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strictDecode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strictDecode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  }
  return null;
}

function decodeWithoutMark(bytes: Uint8Array): DecodedText {
  if (hasNulBytes(bytes)) throw new ReaderError('BINARY_FILE');
  try {
    return { text: strictDecode('utf-8', bytes), encoding: 'utf-8' };
  } catch {
    return { text: strictDecode('gb18030', bytes), encoding: 'gb18030' };
  }
}

function strictDecode(encoding: SourceEncoding, bytes: Uint8Array): string {
  // UTF-8, the common case, checked and decoded natively: TextDecoder's fatal mode took longer than parsing.
  if (encoding === 'utf-8') {
    if (!isUtf8(bytes)) throw new ReaderError('UNDECODABLE');
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ReaderError('UNDECODABLE');
  }
}

function hasNulBytes(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

/** Control characters other than tab, newline, form feed and carriage return mark binary data. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0xfffd) controls++;
  }
  return controls > 0 && controls / sample.length > 0.01;
}
