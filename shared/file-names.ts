/**
 * A file name from a document's title: the characters file systems refuse (and path separators,
 * so that it can never lead out of the folder chosen) taken out, kept short.
 */
export function fileNameFor(title: string, extension: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '')
    .trim()
    .slice(0, 80);
  return `${safe || 'document'}.${extension}`;
}
