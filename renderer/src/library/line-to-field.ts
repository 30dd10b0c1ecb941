// What a line of the document gives each field of 编辑信息 when the user picks it.
import { findDate } from '../../../shared/dates.js';
import { genreOfTitle } from '../../../shared/genre.js';
import type { Genre } from '../../../shared/policy.js';

export const EDITABLE_FIELDS = ['title', 'docNumber', 'issuer', 'date', 'genre'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** The label a portal's information table or a header puts before a value (发文字号：…). */
const LABEL = /^(?:标\s*题|名\s*称|文\s*号|发文字号|发文机关|发布机构|成文日期|发文日期|发布日期)\s*[:：]\s*/;

/** The 文种 a title ends with (…的通知 → 通知, …批覆 → 批复); a decree's head (…国务院令) is a 命令. */
export function genreInLine(line: string): Genre | null {
  const text = line.replace(/[\s。.]+$/, '');
  return /令$/.test(text) ? '命令' : genreOfTitle(text);
}

/**
 * The value a picked line gives a field: the line without a label such as "发文字号：", a date in
 * the form the field takes, or a 文种; appended to the field's value when `append` (a title over
 * two lines). For 文种, null when the line names none.
 */
export function valueFromLine(field: EditableField, line: string, current: string, append: boolean): string | null {
  const text = line.trim().replace(LABEL, '');
  switch (field) {
    case 'date':
      return findDate(text) ?? text;
    case 'genre':
      return genreInLine(text);
    default:
      return append ? `${current}${text}` : text;
  }
}
