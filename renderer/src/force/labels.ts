import type { Locale } from '../../../shared/errors.js';
import { FORCE_STATUS_LABELS, type ForceStatus } from '../../../shared/force.js';

const LOCALES = new Set<string>(['zh-CN', 'zh-TW', 'en']);

/** A status as the app's language writes it (现行有效, 已废止 …). */
export function forceLabel(status: ForceStatus, language: string): string {
  const locale = (LOCALES.has(language) ? language : 'zh-CN') as Locale;
  return FORCE_STATUS_LABELS[locale][status];
}
