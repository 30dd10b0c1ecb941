import { COMMON_CHARACTERS, COMMON_TRADITIONAL } from './common-characters.js';
import { onIdle } from './idle.js';

/** The faces the reading view sets a document in, by the font setting (body and title weights). */
const READING_FACES: Readonly<Record<string, readonly string[]>> = {
  serif: ['400 1em "Noto Serif SC"', '700 1em "Noto Serif SC"'],
  sans: ['400 1em "Noto Sans SC"', '700 1em "Noto Sans SC"'],
  kai: ['500 1em "LXGW WenKai"', '700 1em "Noto Serif SC"'],
};

/** The interface's own face, in which the reader's toolbar, outline and panels are set. */
const INTERFACE_FACES: readonly string[] = ['400 1em "Noto Sans SC"', '700 1em "Noto Sans SC"'];
/** Figures and Latin letters, which come in a piece of their own. */
const LATIN = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Loads the pieces of the reading font and the interface's that the commonest characters of official
 * documents fall in, once the library is drawn and the page idle: the bundled fonts come in a hundred
 * Unicode-range pieces, and the first document opened (and its first switch to traditional script)
 * would otherwise wait for most of them. Returns a cancel function.
 */
export function warmReadingFont(fontFamily: string): () => void {
  return onIdle(() => {
    const reading = READING_FACES[fontFamily] ?? READING_FACES.serif ?? [];
    const faces = [...new Set([...reading, ...INTERFACE_FACES])];
    // The traditional forms after: a first document waits on the simplified, a first switch of script on these.
    Promise.all(faces.map((face) => document.fonts.load(face, `${COMMON_CHARACTERS}${LATIN}`)))
      .then(() => Promise.all(faces.map((face) => document.fonts.load(face, COMMON_TRADITIONAL))))
      .catch(() => {});
  });
}
