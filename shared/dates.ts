import { asciiDigits, chineseNumberValue, chineseYearValue } from './chinese-numbers.js';
import { remembered } from './remembered.js';

const CN_DIGIT = '〇零○ＯOoΟ0０一二三四五六七八九';
const CN_SMALL = '一二三四五六七八九十';
const ARABIC = '[0-9０-９]';

/** No date line is longer: （二〇一六年十二月三十一日） with spaces is about 30. */
const MAX_DATE_LINE = 40;
// A line that is a date alone may have lost its last 日 (2018年5月21).
// (Its 日 mistyped as 曰, or as 月 again: "2019年3月11月".)
const arabicDate = new RegExp(`^(${ARABIC}{4})\\s*年\\s*(${ARABIC}{1,2})\\s*月\\s*(${ARABIC}{1,2})\\s*[日曰月]?$`);
// A page whose encoding has no 〇 prints a question mark for it (二?一?年五月七日).
// (Or a space: "二 一二年一月十三日"; a space may also just set the figures apart, "二 OO八年".)
const chineseDate = new RegExp(
  `^([${CN_DIGIT}?？](?: ?[${CN_DIGIT}?？ ]){3})\\s*年\\s*([${CN_SMALL}]{1,3})\\s*月\\s*([${CN_SMALL}]{1,3})\\s*日$`,
);
const isoDate = new RegExp(`^(${ARABIC}{4})[-./](${ARABIC}{1,2})[-./](${ARABIC}{1,2})$`);
/** A year in Chinese numerals with the month and day in figures: 二O一一年5月16日. */
const mixedDate = new RegExp(`^([${CN_DIGIT}]{4})\\s*年\\s*(${ARABIC}{1,2})\\s*月\\s*(${ARABIC}{1,2})\\s*日$`);
/** 月 mistyped 日 or 年, which leaves one reading: 2018年10日11日, 2025年2年28日. */
const monthTypedAsDay = new RegExp(`^(${ARABIC}{4})\\s*年\\s*(${ARABIC}{1,2})\\s*[日年]\\s*(${ARABIC}{1,2})\\s*日?$`);

/**
 * A line that is a date and nothing else, optionally in brackets: 2016年5月11日, (2015年7月29 日),
 * 二〇一六年五月十一日, 2016-05-11. Returns YYYY-MM-DD, or null when the line is anything else.
 */
export const parseDateLine = remembered(readDateLine);

function readDateLine(line: string): string | null {
  if (line.length > MAX_DATE_LINE) return null;
  // A sign-off's date a copy ended with a stop: "2020年6月3日。".
  const inner = line
    .trim()
    // A figure one typed as the letter l or I (2007年8月l5日).
    .replace(/(?<=[0-9年月])[lI](?=[0-9日月])|(?<=[0-9])[lI]|[lI](?=[0-9])/g, '1')
    .replace(/(?<=日)[。.]$/, '')
    // Or a news agency's end mark after it: "2003年4月26日(完)".
    .replace(/(?<=日)\s*[（(]完[)）]$/, '')
    .replace(/^[（(]\s*(.*?)\s*[)）]$/, '$1')
    .trim();
  let m = arabicDate.exec(inner) ?? isoDate.exec(inner) ?? monthTypedAsDay.exec(inner);
  if (m) return toIso(Number(asciiDigits(m[1] ?? '')), Number(asciiDigits(m[2] ?? '')), Number(asciiDigits(m[3] ?? '')));
  m = mixedDate.exec(inner);
  if (m) return toIso(chineseYearValue(m[1] ?? ''), Number(asciiDigits(m[2] ?? '')), Number(asciiDigits(m[3] ?? '')));
  m = chineseDate.exec(inner);
  if (m) return toIso(chineseYearValue(yearFigures(m[1] ?? '')), chineseNumberValue(m[2] ?? ''), chineseNumberValue(m[3] ?? ''));
  return compactDate(inner) ?? spacedDate(inner) ?? yearRunIntoMonth(inner);
}

/** A year in Chinese figures, its lost 〇 (printed ? or a space) restored and its spacing gone. */
function yearFigures(year: string): string {
  const unspaced = year.replace(/ /g, '');
  return (unspaced.length === 4 ? unspaced : year.replace(/ /g, '〇')).replace(/[?？]/g, '〇');
}

/** A date whose 年 (and 日) a copy lost, its month still marked: "20213月18" is 2021-03-18. */
function yearRunIntoMonth(text: string): string | null {
  const m = /^((?:19|20)\d{2})(\d{1,2})月(\d{1,2})日?$/.exec(text);
  return m ? toIso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * A date whose 年月日 (or 月日) a web page lost: "2017821" is 2017-08-21 and "2019年1123" 2019-11-23,
 * taken only where the digits split one way into a valid date ("2017111" could be January 11 or
 * November 1, and is no date).
 */
function compactDate(text: string): string | null {
  const readings = compactDateReadings(text);
  return readings.length === 1 ? (readings[0] ?? null) : null;
}

/** Every date a line of figures that lost its 年月日 may be: "2024118" is 2024-01-18 or 2024-11-08. */
function compactDateReadings(text: string): string[] {
  // (Its year may stand apart from the rest: "2016 1217".)
  const m = /^((?:19|20)\d{2})(?:年|\s)?(\d{2,4})日?$/.exec(text.trim());
  if (!m) return [];
  const [year, rest = ''] = [Number(m[1]), m[2]];
  return [1, 2]
    .filter((k) => rest.length - k >= 1 && rest.length - k <= 2)
    .map((k) => toIso(year, Number(rest.slice(0, k)), Number(rest.slice(k))))
    .filter((date): date is string => date !== null && !/-0?0-|-00$/.test(date));
}

/**
 * A date line that reads two ways (2024118), read by a date known to come after it — the day the page
 * went up: the latest reading not after it. Null where no reading fits or the line is no such date.
 */
export function compactDateBefore(line: string, after: string | null): string | null {
  const readings = compactDateReadings(line);
  if (!after || readings.length < 2) return null;
  return readings.filter((date) => date <= after).at(-1) ?? null;
}

/**
 * A date whose 年月日 a copy from Word lost and left as spaces, with a stray brace of the field it
 * sat in: "{ 2017 6 23".
 */
function spacedDate(text: string): string | null {
  const m = /^[{}]?\s*((?:19|20)\d{2})\s+(\d{1,2})\s+(\d{1,2})\s*[{}]?$/.exec(text);
  return m ? toIso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function toIso(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null || month === null || day === null) return null;
  if (year < 1949 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date as a table cell gives it, with a time or trailing words after it: "2024年04月06日 16:40". */
export function tableDate(value: string | undefined): string | null {
  if (!value) return null;
  return parseDateLine(value) ?? parseDateLine(/^\S+?日|^[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}/.exec(value.trim())?.[0] ?? '');
}

/** The first date a line writes, in any of the forms above (2018年12月18日, 二〇一六年五月二十日, 二O一一年5月16日, 2018-12-18). */
export function findDate(line: string): string | null {
  const text = line.normalize('NFKC');
  const written = new RegExp(
    `[0-9]{4}\\s*年\\s*[0-9]{1,2}\\s*月\\s*[0-9]{1,2}\\s*日|[${CN_DIGIT}]{4}\\s*年\\s*(?:[${CN_SMALL}]{1,3}\\s*月\\s*[${CN_SMALL}]{1,3}|[0-9]{1,2}\\s*月\\s*[0-9]{1,2})\\s*日|[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}`,
  ).exec(text);
  return written ? parseDateLine(written[0]) : null;
}

/** The day a moment falls on by the reader's clock, YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A day as the reader's language writes it: 2021年3月1日, or 2021-03-01 in English. */
export function dayInWords(iso: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || language === 'en') return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}
