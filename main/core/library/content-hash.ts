import { createHash } from 'node:crypto';

/**
 * A document's identity: the SHA-256 of its canonical text without white space, so that the same
 * policy from a text file, a Word file, a web page or a PDF — whose line breaks and spaces differ —
 * is one document.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, '')).digest('hex');
}
