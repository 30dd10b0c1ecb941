import { asciiDigits, chineseNumberValue } from '../../../shared/chinese-numbers.js';
import { genreEndingSource } from '../../../shared/genre.js';

/** Brackets that officials, web pages and OCR put around the year of a document number. */
const YEAR_OPEN = '〔［\\[（(【﹝〖{｛<＜„『「';
const YEAR_CLOSE = '〕］\\]）)】﹞〗}｝>＞‟』」';
const DIGITS = '[0-9０-９]';
const YEAR = `(?:19|20|１９|２０)${DIGITS}{2}`;
/** A year typed with the letter O for a zero (国函[20O0]31号): taken only inside brackets. */
const MISTYPED_YEAR = '(?:19|20)(?:[0-9][Oo]|[Oo][0-9])';
/** Inside brackets a year may have two figures, as numbers of the 1980s and 1990s print it (政秘〔93〕3号). */
const BRACKETED_YEAR = `(?:${YEAR}|${MISTYPED_YEAR}|${DIGITS}{2})`;

/**
 * 发文字号: issuing-authority code, year in brackets, serial number — 赣府厅发〔2016〕52号,
 * 沧政办字[2009]120号, 京政办发（2016）26号; with the brackets lost, 甘区政办发201756号.
 */
// (A price bureau's class of matter may follow the year: 闽价[2000]商字295号.)
export const DOC_NUMBER_SOURCE = `[\\u4e00-\\u9fff]{1,16}\\s?(?:[${YEAR_OPEN}]\\s*${BRACKETED_YEAR}\\s*[${YEAR_CLOSE}](?:[\\u4e00-\\u9fff]{1,2}字)?|${YEAR}(?=\\s*(?:第\\s*)?${DIGITS}{1,5}\\s*[号號]))\\s*(?:第\\s*)?${DIGITS}{1,5}\\s*[号號]`;

const atStart = new RegExp(`^${DOC_NUMBER_SOURCE}`);
const parts = new RegExp(
  `^([\\u4e00-\\u9fff]{1,16}?)\\s?[${YEAR_OPEN}]?\\s*(${YEAR}|(?<=[${YEAR_OPEN}]\\s*)(?:${MISTYPED_YEAR}|${DIGITS}{2})(?=\\s*[${YEAR_CLOSE}]))\\s*[${YEAR_CLOSE}]?\\s*(?:(第)\\s*)?(${DIGITS}{1,5})\\s*([号號])$`,
);

export function isDocNumber(text: string): boolean {
  const trimmed = text.trim();
  return atStart.exec(trimmed)?.[0].length === trimmed.length;
}

/** A document number at the start of a line: its normal spelling and how many characters it takes. */
export function findDocNumberAtStart(text: string): { value: string; length: number } | null {
  const m = atStart.exec(text);
  // An authority code is an abbreviation: words of a sentence (…的通知内政发〔2024〕19号) are not one.
  if (!m || /的|之|关于|通知/.test(/^[\u4e00-\u9fff]+/.exec(m[0])?.[0] ?? '')) return null;
  return { value: normaliseDocNumber(m[0]), length: m[0].length };
}

/** One spelling for every variant: 〔〕 brackets, ASCII digits, no spaces; a decree's without a year. */
/** A number that lost its 号 to the copy, as printed: "内统字﹝2019﹞80", "镜政〔2006〕21". */
export function lostItsHao(text: string): boolean {
  return HAO_LOST.test(text.trim()) && !/的|之|关于|關於|附件/.test(text);
}
const HAO_LOST = /^[\u4e00-\u9fff]{1,10}[〔［[【﹝]\s*(?:19|20)\d{2}\s*[〕］\]】﹞]\s*[0-9０-９]{1,5}$/;

export function normaliseDocNumber(text: string): string {
  // No code holds the word 文件: a red head's or a page column's name glued on before it (妇联文件四妇发〔2017〕5号).
  const filed = /^[\u4e00-\u9fff]{0,12}文件(?=[\u4e00-\u9fff]{1,10}\s?[〔［[【﹝(（]\s*(?:19|20)\d{2})/.exec(text.trim());
  if (filed) return normaliseDocNumber(text.trim().slice(filed[0].length));
  // A joint decree's heads side by side, each with the state's name: "中华人民共和国卫生部令 中华人民共和国交通部令 2004年第2号".
  const joint = jointDecreeHead(text.trim());
  if (joint !== text.trim()) return normaliseDocNumber(joint);
  // The State Council's decree goes by its short number (中华人民共和国国务院令第238号 is 国令第238号), a
  // ministry's without the state's name (中华人民共和国交通部令 is 交通部令).
  const state = /^(?:中华人民共和国|中華人民共和國)?(?:国务院|國務院)令\s*(第\s*[0-9０-９]{1,5}\s*[号號])$/.exec(text.trim());
  if (state?.[1]) return `国令${asciiDigits(state[1].replace(/\s+/g, ''))}`;
  const ministry = /^(?:中华人民共和国|中華人民共和國)(\S+令.*)$/.exec(text.trim())?.[1];
  if (ministry) return normaliseDocNumber(ministry);
  // A number within its term, bracketed either way: "主席令(九届第37号)" is 主席令〔九届〕第37号.
  const termed =
    /^(\S+令)[（(〔［[]\s*([一二三四五六七八九十]{1,4}[届屆])\s*[〕］\]]?\s*(第\s*[0-9０-９]{1,5}\s*[号號])\s*[)）]?$/.exec(
      text.trim(),
    );
  if (termed) return `${termed[1]}〔${termed[2]}〕${asciiDigits((termed[3] ?? '').replace(/\s+/g, ''))}`;
  // A decree's number runs on across years: a database's "人民政府令2016年第116号" is 令第116号.
  const decree = /^(\S+令)\s*[（(]?\s*(?:19|20)\d{2}\s*年\s*(第\s*[0-9０-９]{1,5}\s*[号號])\s*[)）]?$/.exec(text.trim());
  if (decree) return `${decree[1]}${asciiDigits((decree[2] ?? '').replace(/\s+/g, ''))}`;
  const m = parts.exec(text.trim());
  if (!m)
    return (
      text
        .trim()
        .replace(/[\s\u3000]+/g, '')
        // A 公告's number in brackets or its term in square ones: 公告(第5号), 公告[五届]第33号.
        .replace(/(公告|令)[（(](第[^（()）]{1,8}[号號])[)）]$/, '$1$2')
        // A year before the code, in brackets of any kind: (75)農林(漁)字第34號 is 〔75〕農林(漁)字第34號.
        .replace(/^[（(［[【]((?:19|20)?\d{2})[)）］\]】](?=[\u4e00-\u9fff])/, '〔$1〕')
        .replace(/[［[【]([一二三四五六七八九十]{1,4}[届屆])[］\]】]/, '〔$1〕')
        .replace(/第([〇零一二三四五六七八九十百]{1,8})([号號])$/, (all, serial: string, hao: string) => {
          const value = chineseNumberValue(serial);
          return value === null ? all : `第${value}${hao}`;
        })
    );
  const [, code = '', year = '', di = '', serial = '', hao = ''] = m;
  return `${code}〔${asciiDigits(year.replace(/[Oo]/g, '0'))}〕${di}${asciiDigits(serial)}${hao}`;
}

/** Decree heads printed side by side ("中华人民共和国卫生部令 中华人民共和国交通部令…") as one joint head: 卫生部、交通部令…. */
function jointDecreeHead(text: string): string {
  const state = '(?:中华人民共和国|中華人民共和國)?';
  const m = new RegExp(`^((?:${state}[\\u4e00-\\u9fff]{2,16}?令[\\s\\u3000、]*){2,6})(.*)$`).exec(text);
  if (!m?.[1]) return text;
  const bodies = m[1]
    .split(/令[\s\u3000、]*/)
    .filter(Boolean)
    .map((body) => body.replace(new RegExp(`^${state}`), ''));
  return `${bodies.join('、')}令${m[2] ?? ''}`;
}

/** A decree's head: the issuing body's 令 and its number (国令第707号, 广东省人民政府令第290号). */
export interface DecreeHead {
  /** The number as cited: 国令第707号 for the State Council, else the body's 令 and number. */
  number: string;
  /** The body issuing it: 国务院, 广东省人民政府, 财政部; null where only a code names it (渝府令). */
  issuer: string | null;
  /** 1 when head and number share a line, 2 when the number is on the next. */
  lines: 1 | 2 | 3;
}

/** A registration of a filed document (规范性文件备案号: 渝文备〔2016〕264号), not its own number. */
export function isFilingNumber(number: string): boolean {
  return /^[\u4e00-\u9fff]{1,4}(?:文备|文備|备|備)[〔［[(（﹝]/.test(number);
}

/** A decree's head: one body's (国务院令), or several bodies' jointly (卫生部、交通部令). */
const DECREE = /^(?:中华人民共和国|中華人民共和國)?([\u4e00-\u9fff]{2,24}?(?:、[\u4e00-\u9fff]{2,24}?){0,5})令$/;
/**
 * "第707号", "(第52号)", a ministry's "2006 年第 8 号" (its year no part of the number as cited), a
 * congress's "〔十五届〕第20号" (its term part of it).
 */
const DECREE_NUMBER = new RegExp(
  `^[(（]?\\s*(?:(?:19|20)\\d{2}\\s*年\\s*)?([〔［\\[][一二三四五六七八九十]{1,4}[届屆][〕］\\]]|[一二三四五六七八九十]{1,4}[届屆])?\\s*第\\s*(${DIGITS}{1,5}|[〇零一二三四五六七八九十百]{1,8})\\s*[号號]\\s*[)）]?$`,
);
/** A numbered 公告 that promulgates as a decree does: a congress's, or a government office's (德宏州人民政府办公室公告 / 第8号). */
const CONGRESS_NOTICE =
  /^([\u4e00-\u9fff]{2,24}?(?:人民代表大会常务委员会(?:办公室|办公厅)?|人民代表大會常務委員會(?:辦公室|辦公廳)?|人大常委会(?:办公室|办公厅)?|人民代表大会|人民政府办公室|人民政府辦公室|人民政府办公厅|人民政府辦公廳))公告$/;
const DECREE_BODY =
  /(?:国务院|國務院|主席|政府|部|委员会|委員會|委|局|署|行|院|办公室|辦公室|办公厅|辦公廳|总河长|總河長|总林长|總林長|总湖长|總湖長)$/;

/**
 * A decree head's first line: "江西省人民政府令", "中华人民共和国国务院令", a congress's
 * "深圳市人民代表大会常务委员会公告" (its number on the next).
 */
export function isDecreeLine(text: string): boolean {
  const bare = text.replace(/[\s\u3000]+/g, '');
  const body = DECREE.exec(bare)?.[1] ?? CONGRESS_NOTICE.exec(bare)?.[1];
  return body !== undefined && DECREE_BODY.test(body);
}

/** A code and its decree number: 渝府令第121号, 粤府令第290号. */
function codedDecree(text: string): DecreeHead | null {
  const coded = new RegExp(`^([\\u4e00-\\u9fff]{1,6}令)第(${DIGITS}{1,5})([号號])$`).exec(text);
  return coded?.[1] ? { number: `${coded[1]}第${asciiDigits(coded[2] ?? '')}${coded[3]}`, issuer: null, lines: 1 } : null;
}

/**
 * "中华人民共和国国务院令" with "第707号" on the same line or the next, "国令第707号", "XX省人民政府令
 * 第N号"; null for anything else.
 */
export function readDecreeHead(line: string, next: string): DecreeHead | null {
  // (A head in brackets of its own: "(中華人民共和國交通運輸部令2023年第3號)".)
  const text = jointDecreeHead(line.trim())
    .replace(/[\s\u3000]+/g, '')
    .replace(/^[（(](.+令(?:(?:19|20)\d{2}年)?第[^（()）]+)[)）]$/, '$1');
  const short = new RegExp(`^国令第(${DIGITS}{1,5})号$`).exec(text);
  if (short?.[1]) return { number: `国令第${asciiDigits(short[1])}号`, issuer: '国务院', lines: 1 };
  // The President's by his term and number: "中华人民共和国主席令(九届第37号)".
  // Or a congress's 公告 with its number in brackets: "沈阳市人民代表大会常务委员会办公室公告(第7号)".
  const inline =
    /^(.+令)[（(]?((?:(?:19|20)\d{2}年)?(?:[一二三四五六七八九十]{1,4}[届屆])?第[^（()）]+?)[)）]?$/.exec(text) ??
    /^(.+公告)[（(]((?:[一二三四五六七八九十]{1,4}[届屆])?第[^（()）]+?)[)）]$/.exec(text) ??
    // (Or run on without brackets: "深圳市第六屆人民代表大會常務委員會公告第二一九號".)
    /^(.+公告)((?:[一二三四五六七八九十]{1,4}[届屆])?第[0-9０-９一二三四五六七八九十百零〇]{1,6}[号號])$/.exec(text);
  const head = inline ? (inline[1] ?? '') : text;
  const numberText = inline ? (inline[2] ?? '') : next.replace(/[\s\u3000]+/g, '');
  // A people's congress promulgates by a numbered 公告 as a government does by a 令.
  const body = DECREE.exec(head)?.[1] ?? (inline && head.endsWith('令') ? undefined : CONGRESS_NOTICE.exec(head)?.[1]);
  const [, term = '', serial] = DECREE_NUMBER.exec(numberText) ?? [];
  if (!body || !serial || !body.split('、').every((b) => DECREE_BODY.test(b))) return codedDecree(text);
  const value = /^[0-9０-９]+$/.test(serial) ? asciiDigits(serial) : String(chineseNumberValue(serial) ?? serial);
  const kind = head.endsWith('令') ? '令' : '公告';
  // In the script it is printed in: 重慶市人民政府令第303號.
  const hao = numberText.includes('號') ? '號' : '号';
  // A term in brackets of either kind or none (〔十五届〕, [十五届], 九届) is written 〔…〕.
  const bracketedTerm = term === '' ? '' : `〔${term.replace(/^[〔［[]|[〕］\]]$/g, '')}〕`;
  // The President is the state's: 中华人民共和国主席.
  const named = body === '主席' ? '中华人民共和国主席' : body.replace(/^國務院$/, '国务院');
  // A ministry's head printed with the state's name (中华人民共和国民政部令) names its issuer so; its
  // number is cited without it (民政部令第47号).
  const stateName = /^(?:中华人民共和国|中華人民共和國)/.exec(head)?.[0] ?? '';
  const state = named === '国务院' || named.startsWith('中华人民共和国') ? '' : stateName;
  const number = named === '国务院' ? `国令第${value}${hao}` : `${named}${kind}${bracketedTerm}第${value}${hao}`;
  // The body that issues is the congress, whichever its term (无锡市第十四届人民代表大会常务委员会).
  const issuer = `${state}${named.replace(/第[一二三四五六七八九十]{1,4}届(?=人民代表大会)/, '')}`;
  return { number, issuer, lines: inline ? 1 : 2 };
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

/** Traditional forms of the characters authority codes are made of. */
export const TRADITIONAL_CODE_CHARS: Readonly<Record<string, string>> = {
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
  // A decree's number names its body: 广西壮族自治区人民政府令第119号.
  const decree = /^(?:中华人民共和国|中華人民共和國)?([\u4e00-\u9fff]{2,24}?)令第/.exec(docNumber.trim())?.[1];
  if (decree && DECREE_BODY.test(decree)) return decree;
  // So does a numbered 公告's: 海关总署公告2017年第26号.
  const announcing = /^([\u4e00-\u9fff]{2,20}?)公告\s*(?:(?:19|20)\d{2}\s*年)?\s*第/.exec(docNumber.trim())?.[1];
  if (announcing && DECREE_BODY.test(announcing)) return announcing;
  if (/^国令第/.test(docNumber.trim())) return '国务院';
  const m = parts.exec(docNumber.trim());
  if (!m) return null;
  const code = [...(m[1] ?? '')].map((c) => TRADITIONAL_CODE_CHARS[c] ?? c).join('');
  const state = /^国(办)?(?:发|函|明电)$/.exec(code);
  if (state) return state[1] ? '国务院办公厅' : '国务院';
  const provincial = /^(.)(府|政)(办|厅)?(?:发|函|字|明电|发电)?$/.exec(code);
  const province = provincial ? PROVINCE_OF_ABBREVIATION[provincial[1] ?? ''] : undefined;
  if (!provincial || !province) return null;
  // (Jiangsu's government numbers its documents 苏政; 苏府 and 苏府办 are Suzhou's.)
  if (provincial[1] === '苏' && provincial[2] === '府') return null;
  return `${province}人民政府${provincial[3] ? '办公厅' : ''}`;
}

/** Where a document number that ends a short line begins, after the 文种 it is glued to; 0 for none. */
/** A number a copy printed without its year (青政办〔〕11号, 献防告〔〕2号): the number as printed. */
export function isYearLostNumber(text: string): boolean {
  return /^[\u4e00-\u9fff]{1,10}[〔［[]\s*[〕］\]]\s*[0-9０-９]{1,5}\s*[号號]$/.test(text) && !/的|之|关于|關於/.test(text);
}

export function gluedNumberAt(text: string): number {
  if (text.length > 120 || !/[号號]$/.test(text)) return 0;
  // A number whose code ends in a genre's word (国知办函保字〔2020〕20号) is one number, not a title and a number.
  if (findDocNumberAtStart(text)?.length === text.length) return 0;
  const ending = new RegExp(`${genreEndingSource()}$`);
  for (let at = 2; at < text.length - 4; at++) {
    if (!ending.test(text.slice(0, at))) continue;
    const number = findDocNumberAtStart(text.slice(at));
    if ((number && number.length === text.length - at) || isYearLostNumber(text.slice(at))) return at;
  }
  return 0;
}
