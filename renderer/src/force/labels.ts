import type { Locale } from '../../../shared/errors.js';
import { FORCE_STATUS_LABELS, type ForceStatus } from '../../../shared/force.js';

/** A status as the app's language writes it (现行有效, 已废止 …). */
export function forceLabel(status: ForceStatus, language: string): string {
  return FORCE_STATUS_LABELS[language as Locale][status];
}
