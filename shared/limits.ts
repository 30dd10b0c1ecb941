/** Larger than any real policy; guards the parser and the library against runaway input. */
export const MAX_TEXT_BYTES = 10 * 1024 * 1024;
/** The largest file an import reads: Word files and PDFs carry far more than their text. */
export const MAX_FILE_BYTES = 60 * 1024 * 1024;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

/** The error a file over the limit gets, wherever it is caught first. */
export function tooLargeParams(size: number, limit = MAX_TEXT_BYTES): { size: string; limit: string } {
  return { size: formatBytes(size), limit: formatBytes(limit) };
}
