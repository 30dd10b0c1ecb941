// What a document can be shown in, without the converters (which load only when a conversion is asked for).
import type { Script } from './policy.js';

export const CONVERSION_TARGETS = ['cn', 'tw', 'hk', 'twp'] as const;
/** cn: 简体 (mainland); tw: 繁體 (Taiwan standard); hk: 繁體 (Hong Kong); twp: 繁體 with Taiwan phrases. */
export type ConversionTarget = (typeof CONVERSION_TARGETS)[number];

/** 'original' shows the text as imported. */
export const DISPLAY_SCRIPTS = ['original', ...CONVERSION_TARGETS] as const;
export type DisplayScript = (typeof DISPLAY_SCRIPTS)[number];

/** The BCP 47 tag of the text as shown, which picks the right glyph forms and line-breaking. */
export function shownLanguage(script: DisplayScript, original: Script): string {
  switch (script) {
    case 'cn':
      return 'zh-Hans';
    case 'tw':
    case 'twp':
      return 'zh-Hant-TW';
    case 'hk':
      return 'zh-Hant-HK';
    case 'original':
      return original === 'traditional' ? 'zh-Hant' : 'zh-Hans';
  }
}

/** The next choice in the order the script menu lists them, for a shortcut that cycles through them. */
export function nextDisplayScript(script: DisplayScript, direction: 1 | -1 = 1): DisplayScript {
  const at = DISPLAY_SCRIPTS.indexOf(script);
  return DISPLAY_SCRIPTS[(at + direction + DISPLAY_SCRIPTS.length) % DISPLAY_SCRIPTS.length] as DisplayScript;
}
