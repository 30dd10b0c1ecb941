import { DEFAULT_COLOR_NAMES, type HighlightColor } from './annotations.js';
import type { DisplayScript } from './display-script.js';
import type { Locale } from './errors.js';

export type Theme = 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans' | 'kai';
/** A preset overrides the typography: 公文 follows GB/T 9704 (centred title, FangSong-style body, heiti/kaiti headings). */
export type TypographyPreset = 'custom' | 'gongwen';
export type LibrarySortKey = 'date' | 'title' | 'issuer';

export interface ReaderSettings {
  uiLanguage: Locale;
  /** Body text size in CSS pixels. */
  fontSize: number;
  lineHeight: number;
  /** Width of the text column in characters. */
  pageWidth: number;
  theme: Theme;
  fontFamily: FontFamily;
  preset: TypographyPreset;
  librarySort: { key: LibrarySortKey; descending: boolean };
  /** The meaning of each highlight colour, as the user names it. */
  colorNames: Record<HighlightColor, string>;
  /** The script documents are shown in unless the reader chose another for one of them. */
  defaultScript: DisplayScript;
}

export const SETTINGS_LIMITS = {
  fontSize: { min: 14, max: 32, step: 1 },
  lineHeight: { min: 1.4, max: 2.4, step: 0.1 },
  pageWidth: { min: 24, max: 60, step: 2 },
} as const;

export const DEFAULT_SETTINGS: ReaderSettings = {
  uiLanguage: 'zh-CN',
  fontSize: 19,
  lineHeight: 1.9,
  pageWidth: 36,
  theme: 'light',
  fontFamily: 'serif',
  preset: 'custom',
  librarySort: { key: 'date', descending: true },
  colorNames: DEFAULT_COLOR_NAMES,
  defaultScript: 'original',
};

/** Where a reader left a document: the block at the top of the view and how far into it. */
export interface ReadingPosition {
  block: number;
  /** Fraction of that block scrolled past, 0 to 1. */
  fraction: number;
}
