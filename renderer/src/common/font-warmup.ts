import { COMMON_CHARACTERS } from './common-characters.js';
import { onIdle } from './idle.js';

/** The faces the reading view sets a document in, by the font setting (body and title weights). */
const READING_FACES: Readonly<Record<string, readonly string[]>> = {
  serif: ['400 1em "Noto Serif SC"', '700 1em "Noto Serif SC"'],
  sans: ['400 1em "Noto Sans SC"', '700 1em "Noto Sans SC"'],
  kai: ['500 1em "LXGW WenKai"', '700 1em "Noto Serif SC"'],
};

/**
 * Loads the pieces of the reading font that the commonest characters of official documents fall in,
 * once the library is drawn and the page idle: the bundled fonts come in a hundred Unicode-range
 * pieces, and the first document opened would otherwise wait for most of them. Returns a cancel function.
 */
export function warmReadingFont(fontFamily: string): () => void {
  return onIdle(() => {
    for (const face of READING_FACES[fontFamily] ?? READING_FACES.serif ?? []) {
      document.fonts.load(face, COMMON_CHARACTERS).catch(() => {});
    }
  });
}
