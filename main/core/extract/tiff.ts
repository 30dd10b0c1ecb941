// TIFF page images, as scanners and fax software write them: often several pages in one file,
// often CCITT-compressed black and white. Read with UTIF (utif2); each page handed on to the
// recogniser as its pixels.
import UTIF from 'utif2';
import { ReaderError } from '../../../shared/errors.js';
import { MAX_SCANNED_PAGES } from '../../../shared/limits.js';
import type { PagePixels } from './ocr.js';

/** Pixels a page may have: A4 at 600 dpi is 35 million; more is a decompression bomb, not a scan. */
const MAX_PAGE_PIXELS = 64_000_000;

export interface TiffPages {
  count: number;
  /** Page `n` (from 1), decoded. */
  page(n: number): Promise<PagePixels>;
}

/** TIFF's byte order mark and magic number, little- or big-endian ("II*\0" / "MM\0*"). */
export function isTiff(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(4, bytes.byteLength)).toString('latin1');
  return head === 'II*\0' || head === 'MM\0*';
}

export function readTiff(bytes: Uint8Array): TiffPages {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pages: UTIF.IFD[];
  try {
    // Thumbnails and masks ride along as sub-images without a size of their own: the pages are those with one.
    pages = UTIF.decode(buffer).filter((ifd) => ifd.t256 !== undefined && ifd.t257 !== undefined);
  } catch (error) {
    throw damaged(error);
  }
  if (pages.length === 0) throw damaged('no page image');
  if (pages.length > MAX_SCANNED_PAGES)
    throw new ReaderError('TOO_MANY_SCANNED_PAGES', { count: pages.length, limit: MAX_SCANNED_PAGES });
  for (const ifd of pages) {
    const [width, height] = [tagNumber(ifd.t256), tagNumber(ifd.t257)];
    if (!(width > 0 && height > 0) || width * height > MAX_PAGE_PIXELS) throw damaged(`a page of ${width} × ${height} pixels`);
  }
  return {
    count: pages.length,
    async page(n) {
      const ifd = pages[n - 1] as UTIF.IFD;
      let rgba: Uint8Array;
      try {
        UTIF.decodeImage(buffer, ifd);
        rgba = UTIF.toRGBA8(ifd);
      } catch (error) {
        throw damaged(error);
      }
      // The decoded page is let go: a long scan keeps one page in memory at a time.
      ifd.data = new Uint8Array();
      const size = ifd.width * ifd.height * 4;
      return { width: ifd.width, height: ifd.height, rgba: new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, size) };
    },
  };
}

/** A tag's first value as a number (UTIF gives tags as arrays). */
function tagNumber(tag: unknown): number {
  return Array.isArray(tag) ? Number(tag[0]) : Number.NaN;
}

function damaged(error: unknown): ReaderError {
  return new ReaderError('DAMAGED_FILE', { format: 'TIFF', reason: error instanceof Error ? error.message : String(error) });
}
