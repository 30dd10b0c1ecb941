import { asciiDigits } from './chinese-numbers.js';

/** Brackets that officials and OCR put around the year of a document number. */
const YEAR_OPEN = '〔［\\[（(【﹝〖';
const YEAR_CLOSE = '〕］\\]）)】﹞〗';

/** 发文字号: issuing-authority code, year in brackets, serial number — 赣府厅发〔2016〕52号. */
export const DOC_NUMBER_SOURCE = `[\\u4e00-\\u9fff]{1,16}[${YEAR_OPEN}]\\s*[0-9０-９]{4}\\s*[${YEAR_CLOSE}]\\s*第?[0-9０-９]{1,5}\\s*[号號]`;

const whole = new RegExp(`^${DOC_NUMBER_SOURCE}$`);
const parts = new RegExp(
  `^([\\u4e00-\\u9fff]{1,16})[${YEAR_OPEN}]\\s*([0-9０-９]{4})\\s*[${YEAR_CLOSE}]\\s*(第?)([0-9０-９]{1,5})\\s*([号號])$`,
);

export function isDocNumber(text: string): boolean {
  return whole.test(text.trim());
}

/** One spelling for every variant: 〔〕 brackets, ASCII digits, no spaces. */
export function normaliseDocNumber(text: string): string {
  const m = parts.exec(text.trim());
  if (!m) return text.trim();
  const [, code = '', year = '', di = '', serial = '', hao = ''] = m;
  return `${code}〔${asciiDigits(year)}〕${di}${asciiDigits(serial)}${hao}`;
}

/** The one-character abbreviations provincial document numbers open with (苏政办发, 赣府厅发 …). */
export const PROVINCE_OF_ABBREVIATION: Readonly<Record<string, string>> = {
  京: '北京市',
  津: '天津市',
  沪: '上海市',
  渝: '重庆市',
  冀: '河北省',
  晋: '山西省',
  内: '内蒙古自治区',
  辽: '辽宁省',
  吉: '吉林省',
  黑: '黑龙江省',
  苏: '江苏省',
  浙: '浙江省',
  皖: '安徽省',
  闽: '福建省',
  赣: '江西省',
  鲁: '山东省',
  豫: '河南省',
  鄂: '湖北省',
  湘: '湖南省',
  粤: '广东省',
  桂: '广西壮族自治区',
  琼: '海南省',
  川: '四川省',
  蜀: '四川省',
  黔: '贵州省',
  贵: '贵州省',
  云: '云南省',
  滇: '云南省',
  藏: '西藏自治区',
  陕: '陕西省',
  甘: '甘肃省',
  陇: '甘肃省',
  青: '青海省',
  宁: '宁夏回族自治区',
  新: '新疆维吾尔自治区',
};

const TRADITIONAL_CODE_CHARS: Record<string, string> = {
  國: '国',
  辦: '办',
  發: '发',
  廳: '厅',
  蘇: '苏',
  黔: '黔',
  魯: '鲁',
  湘: '湘',
  閩: '闽',
  遼: '辽',
  寧: '宁',
  陝: '陕',
  貴: '贵',
  雲: '云',
};

/**
 * The authority behind a document number's code, for the State Council and the provincial
 * governments, whose codes follow one pattern (省简称 + 府/政 + 办/厅 + 发/函/字):
 * 国办发 → 国务院办公厅, 赣府厅发 → 江西省人民政府办公厅, 鄂政发 → 湖北省人民政府.
 * Codes of departments and cities are too many to list; they return null.
 */
export function issuerFromDocNumber(docNumber: string): string | null {
  const m = parts.exec(docNumber.trim());
  if (!m) return null;
  const code = [...(m[1] ?? '')].map((c) => TRADITIONAL_CODE_CHARS[c] ?? c).join('');
  const state = /^国(办)?(?:发|函|明电)$/.exec(code);
  if (state) return state[1] ? '国务院办公厅' : '国务院';
  const provincial = /^(.)(?:府|政)(办|厅)?(?:发|函|字|明电|发电)?$/.exec(code);
  const province = provincial ? PROVINCE_OF_ABBREVIATION[provincial[1] ?? ''] : undefined;
  if (!provincial || !province) return null;
  return `${province}人民政府${provincial[2] ? '办公厅' : ''}`;
}
