// A Word (.docx) file → its text, a paragraph to a line and a table row to a line of tab-separated
// cells: mammoth reads the document part into HTML, which is read as a web page's article is.
import { ReaderError } from '../../../shared/errors.js';
import { checkDocxLimits } from './docx-limits.js';
import { htmlStringToText } from './html.js';

/** An OLE compound file: what Word writes for an encrypted .docx (and for an old .doc). */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function docxToText(bytes: Uint8Array): Promise<string> {
  if (COMPOUND_FILE.every((b, i) => bytes[i] === b)) throw new ReaderError('ENCRYPTED');
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new ReaderError('DAMAGED_FILE', { format: 'Word (.docx)', reason: 'not a zip archive' });
  await checkDocxLimits(bytes);
  let value: string;
  try {
    // Loaded when a Word file is first imported, not when the app starts.
    const { default: mammoth } = await import('mammoth');
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    value = html.trim() === '' ? '' : htmlStringToText(`<body>${html}</body>`).text;
  } catch (error) {
    if (error instanceof ReaderError && error.code === 'EMPTY_FILE') throw error;
    throw new ReaderError('DAMAGED_FILE', {
      format: 'Word (.docx)',
      reason: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
    });
  }
  const text = value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
  if (!text) throw new ReaderError('EMPTY_FILE');
  return `${text}\n`;
}
