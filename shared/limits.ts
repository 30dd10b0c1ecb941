/** Larger than any real policy; guards the parser and the library against runaway input. */
export const MAX_TEXT_BYTES = 10 * 1024 * 1024;
/** The largest file an import reads: Word files and PDFs carry far more than their text. */
export const MAX_FILE_BYTES = 60 * 1024 * 1024;

// What a file may unpack to, checked before the heavy work (mammoth, pdf.js) and while it runs:
// each bound lies far above the largest genuine policy and far below what exhausts the process.

/** A Word file's parts unpacked, all together and each. */
export const MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_DOCX_PART_BYTES = 50 * 1024 * 1024;
/** Parts in a Word file (a real one has a few dozen, with its images). */
export const MAX_DOCX_PARTS = 10_000;
/**
 * Unpacked to packed size of a part over a megabyte: Word's XML packs 5–20 to 1, a table of ten
 * thousand identical empty rows under 200 to 1; a zip bomb packs 700–1,000 to 1.
 */
export const MAX_COMPRESSION_RATIO = 500;
/**
 * Paragraphs and XML elements of a Word file (a 300-page report has some 10,000 and 200,000).
 * Mammoth takes about 2 KB of memory for each element and more for each paragraph: at these
 * bounds about a gigabyte and six seconds.
 */
export const MAX_DOCX_PARAGRAPHS = 50_000;
export const MAX_DOCX_ELEMENTS = 500_000;
/** Nesting of a Word file's XML: mammoth reads it recursively and overflows the stack a few thousand deep. */
export const MAX_XML_DEPTH = 256;
/** Nesting of a web page's elements (unclosed styling tags are dropped before this counts). */
export const MAX_HTML_DEPTH = 1_000;
/**
 * What a PDF's streams may unpack to: one content stream (a page's text and drawing; a dense page
 * has some 100 KB, a detailed map a few MB), one embedded font, and all of them together. pdf.js
 * works through some 5–15 MB of operators a second.
 */
export const MAX_PDF_STREAM_BYTES = 16 * 1024 * 1024;
export const MAX_PDF_FONT_BYTES = 64 * 1024 * 1024;
export const MAX_PDF_UNPACKED_BYTES = 256 * 1024 * 1024;
/** Pages of a PDF. */
export const MAX_PDF_PAGES = 2_000;
/** Pages of a scan recognised in one import: some 3 s a page on two cores, within the task's time. */
export const MAX_SCANNED_PAGES = 40;
/** Pieces of text pdf.js finds on one page, and in the whole file (a dense page set glyph by glyph has a few thousand). */
export const MAX_PDF_PAGE_ITEMS = 50_000;
export const MAX_PDF_ITEMS = 2_000_000;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

/** The error a file over the limit gets, wherever it is caught first. */
export function tooLargeParams(size: number, limit = MAX_TEXT_BYTES): { size: string; limit: string } {
  return { size: formatBytes(size), limit: formatBytes(limit) };
}
