import type { Locale } from '../../shared/errors.js';

/** The CLI speaks the user's language: Traditional or Simplified Chinese, or English. */
export function cliLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const lang = env.POLICY_READER_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  if (/^zh[_-](TW|HK|MO|Hant)/i.test(lang)) return 'zh-TW';
  if (/^en/i.test(lang)) return 'en';
  return 'zh-CN';
}
