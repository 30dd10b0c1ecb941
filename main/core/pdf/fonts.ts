// The fonts a PDF is set in, from the npm packages the app ships (OFL): Noto Serif SC (Source Han
// Serif) regular and bold as TrueType, and LXGW WenKai, whose WOFF is unwrapped once per process.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { woffToSfnt } from './woff.js';

export type FontName = 'serif' | 'serifBold' | 'kai';

export interface PdfFont {
  name: FontName;
  data: Buffer;
  /** Whether the font draws a code point. */
  has(codePoint: number): boolean;
  /** Advance width of a code point in ems (0 where the font lacks it). */
  advance(codePoint: number): number;
}

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

const FILES: Record<FontName, () => Buffer> = {
  serif: () =>
    fs.readFileSync(path.join(packageDir('@expo-google-fonts/noto-serif-sc'), '400Regular/NotoSerifSC_400Regular.ttf')),
  serifBold: () => fs.readFileSync(path.join(packageDir('@expo-google-fonts/noto-serif-sc'), '700Bold/NotoSerifSC_700Bold.ttf')),
  // Fontsource's "latin" file of LXGW WenKai is in fact the whole font.
  kai: () =>
    woffToSfnt(fs.readFileSync(path.join(packageDir('@fontsource/lxgw-wenkai'), 'files/lxgw-wenkai-latin-500-normal.woff'))),
};

const loaded = new Map<FontName, PdfFont>();

export function pdfFont(name: FontName): PdfFont {
  let font = loaded.get(name);
  if (!font) {
    const data = FILES[name]();
    const face = fontkit.create(data) as fontkit.Font;
    const scale = 1 / face.unitsPerEm;
    const advances = new Map<number, number>();
    font = {
      name,
      data,
      has: (codePoint) => face.hasGlyphForCodePoint(codePoint),
      advance: (codePoint) => {
        let width = advances.get(codePoint);
        if (width === undefined) {
          width = face.hasGlyphForCodePoint(codePoint) ? face.glyphForCodePoint(codePoint).advanceWidth * scale : 0;
          advances.set(codePoint, width);
        }
        return width;
      },
    };
    loaded.set(name, font);
  }
  return font;
}
