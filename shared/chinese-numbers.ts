const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  O: 0,
  o: 0,
  Ο: 0,
  '0': 0,
  '０': 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Value of a Chinese numeral as used in headings and dates: 三, 十二, 二十四, 一百零五. */
export function chineseNumberValue(numeral: string): number | null {
  if (numeral === '') return null;
  let total = 0;
  let digit = -1;
  for (const ch of numeral) {
    if (ch === '十' || ch === '拾') {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else if (ch === '百' || ch === '佰') {
      total += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else if (ch in DIGITS) {
      // Digits in a row are read one by one (二一九 → 219); 零 after a unit holds no place (一百零五).
      digit = digit < 0 ? (DIGITS[ch] ?? 0) : digit * 10 + (DIGITS[ch] ?? 0);
    } else {
      return null;
    }
  }
  return total + Math.max(digit, 0);
}

/** A year written digit by digit: 二〇一六 → 2016. */
export function chineseYearValue(numeral: string): number | null {
  if (numeral.length !== 4) return null;
  let year = 0;
  for (const ch of numeral) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    year = year * 10 + d;
  }
  return year;
}

/** Full-width digits ０-９ → ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}
