// A Word 97–2003 (.doc) or WPS (.wps) file → its text, a paragraph to a line and a table row to a
// line of tab-separated cells. Both are OLE compound files holding a WordDocument stream; cfb opens
// the container (to tell an encrypted file or a Microsoft Works document from a Word one) and
// word-extractor reads the text.
import { ReaderError } from '../../../shared/errors.js';
import { checkCompoundFile } from './compound-file.js';
import { docxToText } from './docx.js';

const FORMAT = 'Word / WPS (.doc, .wps)';
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The FIB's magic number and its flag for an encrypted document (fEncrypted). */
const WORD_MAGIC = 0xa5ec;
const ENCRYPTED_FLAG = 0x0100;
/** Lines a table cell's paragraphs may take before the cell mark that closes its row. */
const MAX_CELL_LINES = 8;

export async function docToText(bytes: Uint8Array): Promise<string> {
  // A .docx saved under an old name is read as what it is.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return docxToText(bytes);
  if (!COMPOUND_FILE.every((b, i) => bytes[i] === b))
    throw new ReaderError('DAMAGED_FILE', { format: FORMAT, reason: 'not an OLE compound file' });
  checkCompoundFile(bytes);
  // Loaded when such a file is first imported, not when the app starts.
  const [{ default: CFB }, { default: WordExtractor }] = await Promise.all([import('cfb'), import('word-extractor')]);
  checkWordStream(CFB, bytes);
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // Word's own quotes and dashes as written (the library's default filter makes them ASCII).
    body = (doc as unknown as { getBody(options: { filterUnicode: boolean }): string }).getBody({ filterUnicode: false });
  } catch (error) {
    throw new ReaderError('DAMAGED_FILE', { format: FORMAT, reason: reasonOf(error) });
  }
  const text = tableRows(body.replace(/\r\n?/g, '\n'))
    .map((line) => line.replace(/^[ \u3000]+|[ \u3000]+$/g, ''))
    .filter((line) => line.replace(/\t/g, '').trim() !== '')
    .join('\n');
  if (!text) throw new ReaderError('EMPTY_FILE');
  return `${text}\n`;
}

/** The container holds a Word document, not encrypted: else the reason it cannot be read. */
function checkWordStream(CFB: typeof import('cfb'), bytes: Uint8Array): void {
  let stream: Uint8Array | undefined;
  try {
    const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
    const entry = CFB.find(container, 'WordDocument');
    stream = entry?.content ? Uint8Array.from(entry.content as ArrayLike<number>) : undefined;
  } catch (error) {
    throw new ReaderError('DAMAGED_FILE', { format: FORMAT, reason: reasonOf(error) });
  }
  // Microsoft Works and other programs write compound files without Word's stream.
  if (!stream || stream.length < 12) throw new ReaderError('NOT_WORD_DOCUMENT');
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  if (view.getUint16(0, true) !== WORD_MAGIC) throw new ReaderError('NOT_WORD_DOCUMENT');
  if ((view.getUint16(0x0a, true) & ENCRYPTED_FLAG) !== 0) throw new ReaderError('ENCRYPTED');
}

/**
 * Word ends each table cell with a mark that word-extractor turns into a tab, so a row is a line
 * ending with a tab; a cell of several paragraphs breaks its row over lines, which are joined back
 * (with a space, as a web page's cell is) up to the line that ends the row.
 */
function tableRows(body: string): string[] {
  const out: string[] = [];
  let pending: string[] = [];
  let cells = 0;
  const tabs = (line: string) => line.split('\t').length - 1;
  for (const line of body.split('\n')) {
    if (line.endsWith('\t')) {
      // The lines held back are the row's first cells when together they make a row as wide as the last.
      const joined = [...pending, line].join(' ');
      if (pending.length > 0 && tabs(joined) !== cells) out.push(...pending, line.slice(0, -1));
      else out.push(joined.slice(0, -1));
      cells = tabs(line.endsWith('\t') && pending.length === 0 ? line : joined);
      pending = [];
    } else if ((cells > 0 || line.includes('\t') || pending.length > 0) && pending.length < MAX_CELL_LINES) {
      pending.push(line);
    } else {
      out.push(...pending, line);
      pending = [];
      cells = 0;
    }
  }
  return [...out, ...pending];
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
