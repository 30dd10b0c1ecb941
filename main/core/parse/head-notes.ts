// A regulation's or a decree's note under its title (题注): when the text was adopted, revised or
// promulgated, by which body, under which decree — "（2019年3月11日…常务委员会第十六次会议通过）",
// "(1993年11月12日 市政府令第37号)", "(2001年1月14日…通过 2018年7月27日…修订)". The head reads its date,
// issuer and number from it.
import { dayInWords, parseDateLine } from '../../../shared/dates.js';
import type { Line } from './lines.js';
import { isDepartment } from './responsibilities.js';

/** "（2019年3月11日滁州市琅琊区第六届人民代表大会常务委员会第十六次会议通过）": a congress's act, dated and named. */
const ADOPTION =
  /^(?:[（(]|—{1,2})?\s*(\S{1,6}年[^\s月]{1,3}月[^\s日]{1,3}日)\s*(?:经|經)?([\u4e00-\u9fff]{2,40}?(?:人民代表大会|人民代表大會|政治协商会议[\u4e00-\u9fff]{0,12}?委员会|政治協商會議[\u4e00-\u9fff]{0,12}?委員會)(?:常务委员会|常務委員會)?)((?:第\S{1,5}?次(?:会议|會議))?)第\S{1,5}?次(?:会议|會議|全体会议|全體會議)(?:通过|通過|批准)\s*[)）]?$/;

/** The adopting body; a congress's session itself where a plenary of it adopted the text (…第三次会议第四次全体会议通过). */
export function readAdoption(text: string): { date: string; body: string } | null {
  const m = ADOPTION.exec(text);
  const date = m?.[1] ? parseDateLine(m[1]) : null;
  return m?.[2] && date ? { date, body: `${m[2]}${m[3] ?? ''}` } : null;
}

/**
 * A bracketed note under a title that dates it: （1999年12月10日…会议通过）, (1993年11月12日 市政府令第37号),
 * (山东省人民政府令第6号 1990年6月29日), (…常务会议审议通过 1998年2月6日深圳市人民政府令第68号发布) — the
 * date the note gives the document, not one it cites (（根据2011年1月8日《…》修订）).
 */
export function headNoteDate(text: string): string | null {
  // Doubled by a copy: "((1990年11月16日))".
  const inner = /^[（(]{1,2}(.{6,120}?)[)）]{1,2}$/.exec(text)?.[1]?.trim();
  if (!inner || /^根据/.test(inner)) return null;
  const at = /^(\S{1,6}年\S{1,3}月\S{1,3}日)/.exec(inner)?.[1];
  // Adopted on one day and promulgated by decree on another ("…会议通过, 1992年10月22日省人民政府令第18号
  // 发布"): the decree's day is the document's.
  const decreed = [...inner.matchAll(new RegExp(WRITTEN_DATE.source, 'g'))].find(
    (m) => (m.index ?? 0) > 0 && /^[^，,。；]{0,30}?(?:令\s*第|发布|發布|公布)/.test(inner.slice((m.index ?? 0) + m[0].length)),
  );
  if (at && decreed) return parseDateLine(decreed[0]);
  if (at) return parseDateLine(at);
  const written = WRITTEN_DATE.exec(inner);
  if (!written || /《/.test(inner.slice(0, written.index))) return null;
  const after = inner.slice(written.index + written[0].length).trim();
  return after === '' || NOTE_ACT.test(after) ? parseDateLine(written[0]) : null;
}

/** A written date, in figures or in Chinese numerals. */
const WRITTEN_DATE =
  /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零○ＯO一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日/;
/** What a head note says was done on its date: adopted, issued, published, the decree that did it. */
const NOTE_ACT = /^[^，。；]{0,40}?(?:通过|通過|发布|發布|公布|印发|印發|施行|批准|令\s*第?\s*[0-9０-９])/;

/** A decree's or a series' number in a bracketed head note: (…市政府令第37号), (县疫情防控指挥部第1号). */
export function headNoteNumber(text: string): string | null {
  const undated = text.replace(new RegExp(WRITTEN_DATE.source, 'g'), ' ');
  // A history of versions names each one's; the last is the text's as it now reads.
  const last = (pattern: RegExp) => [...undated.matchAll(pattern)].at(-1) ?? null;
  const m =
    last(/([\u4e00-\u9fff]{1,12}令\s*第?\s*[0-9０-９]{1,5}\s*[号號])/g) ??
    // A congress's 公告 that promulgated it: "以延边…常务委员会公告第4号公布", "…公告[14届]第3号".
    last(/(?<=以)([\u4e00-\u9fff]{2,40}?公告\s*(?:[〔［[(（][^〕］\])）]{1,6}[〕］\])）])?\s*第\s*[0-9０-９]{1,5}\s*[号號])/g) ??
    /^[（(]\s*([\u4e00-\u9fff]{0,16}第\s*(?:[0-9０-９]{1,5}|[一二三四五六七八九十]{1,4})\s*[号號])\s*[)）]$/.exec(text);
  return m?.[1] ? m[1].replace(/\s+/g, '') : null;
}

/** A bracketed note that dates the document or names its decree, not a value of a table. */
export function isHeadNote(text: string): boolean {
  return /^[（(]/.test(text) && (headNoteDate(text) !== null || headNoteNumber(text) !== null);
}

/** Lines a bracketed head note may be wrapped over. */
const NOTE_LINES = 6;

/**
 * A bracketed note wrapped over lines, as PDFs and databases print it: "(2023年5月31日甘肃省第十四届人民代表大会
 * / 常务委员会第三次会议通过)", joined back into one; null where line i is not such a note's start.
 */
export function wrappedHeadNote(lines: Line[], i: number): { text: string; lines: number } | null {
  const first = lines[i]?.text ?? '';
  const unbracketed = unbracketedNote(first, lines[i + 1]?.text ?? '');
  if (unbracketed) return unbracketed;
  if (!/^[（(][^)）]*$/.test(first)) return null;
  // A note whose closing bracket the copy lost, the articles straight after it.
  if (first.length <= 120 && /^第[一二三四五六七八九十百〇零0-9]+[章条條]/.test(lines[i + 1]?.text ?? ''))
    return { text: `${first})`, lines: 1 };
  let text = first;
  for (let k = 1; k < NOTE_LINES; k++) {
    const next = lines[i + k]?.text ?? '';
    if (/[（(]/.test(next) || text.length + next.length > 120) return null;
    text += next;
    if (/[)）]$/.test(next)) return { text, lines: k + 1 };
    if (/[)）]/.test(next)) return null;
  }
  return null;
}

/**
 * A congress's adoption note a copy printed without its brackets, or lost the first of them:
 * "2017年3月29日眉山市第四屆人民代表大會第二次會議" / "第二次全體會議通過", "2019219日弥渡县…会议通过)".
 */
function unbracketedNote(line: string, next: string): { text: string; lines: number } | null {
  if (!/^(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}|\d{3,4})日\S{2,60}(?:会议|會議)/.test(line) || line.length > 120) return null;
  // Its date may have lost its 年月 too (2019219日): written out again where it reads one way.
  const compact = /^((?:19|20)\d{5,6})日/.exec(line);
  const iso = compact?.[1] ? parseDateLine(compact[1]) : null;
  const first = iso && compact ? `${dayInWords(iso, 'zh')}${line.slice(compact[0].length)}` : line;
  const adopted = /(?:通过|通過|批准)[)）]?$/;
  if (adopted.test(first)) return { text: `(${first.replace(/[)）]$/, '')})`, lines: 1 };
  if (next.length <= 30 && adopted.test(next)) return { text: `(${first}${next.replace(/[)）]$/, '')})`, lines: 2 };
  return null;
}

/**
 * What a head note says made the text: its adoption, its last revision, or the first of the acts it lists
 * ("(…会议通过，2018年1月23日经山东省…批准)"); the body only where the note names a congress.
 */
export function noteAct(text: string): { date: string; body: string | null } | null {
  // (A copy may run the approval on without a space: "…第八次会议通过1989年2月28日…批准".)
  const first = /^([（(]?[^，,。；;)）]{6,120}?(?:通过|通過))[\s\u3000，,；;]*(?:经|經)?(?:19|20)\d{2}年/.exec(text)?.[1];
  return readAdoption(text) ?? latestVersion(text) ?? (first ? readAdoption(first) : null);
}

/** An act a head note records, dated: "2018年7月27日河北省…常务委员会第四次会议修订", "2009年6月19日以…公告第4号公布". */
const NOTE_EVENT = new RegExp(`(${WRITTEN_DATE.source})([^]*?)(?=${WRITTEN_DATE.source}|$)`, 'g');
/** The acts that make the text as it now reads: a revision, or the promulgation of a revised text. */
const NEW_VERSION = /(?:修订|修訂|修正|修改|公布|公佈|发布|發布)(?:施行)?[\s，,。;；)）]*(?:(?:并|並)?自)?$/;
const CONGRESS_BODY =
  /[\u4e00-\u9fff]{2,30}?(?:人民代表大会|人民代表大會)(?:常务委员会|常務委員會)?|[\u4e00-\u9fff]{2,20}?人民政府/;

/**
 * A regulation's note of its history, when it was revised: the date of the text as it now reads — its
 * last revision or the promulgation of it — and the body that made it (adopted in 2001, revised in 2018:
 * 2018). Null for a note of one version, which is dated by its adoption.
 */
function latestVersion(text: string): { date: string; body: string | null } | null {
  if (!/修订|修訂|修正|修改/.test(text)) return null;
  const events = [...text.matchAll(NOTE_EVENT)].filter((m) => NEW_VERSION.test(m[2] ?? '') && !/批准的?$/.test(m[2] ?? ''));
  const last = events.at(-1);
  const date = last?.[1] ? parseDateLine(last[1]) : null;
  if (!last || !date) return null;
  const named = CONGRESS_BODY.exec((last[2] ?? '').replace(/^以/, ''))?.[0];
  return { date, body: named ? named.replace(/第[一二三四五六七八九十]{1,4}[届屆](?=人民代表)/, '') : null };
}

/**
 * A report's or a speech's note under its title: where it was delivered ("2018年3月7日在庆元县第十六届
 * 人民代表大会第二次会议上"), its date the document's.
 */
export function deliveredOn(text: string): string | null {
  const m = DELIVERED.exec(withoutNoteMarks(text));
  return m?.[1] ? parseDateLine(m[1]) : null;
}
// (The 上 may be lost: "2019年2月26日在镇第十四届人民代表大会第三次会议".)
const DELIVERED =
  /^(\S{1,6}年\S{1,3}月\S{1,3}日)\s*在\S{4,60}?(?:会议|會議|大会|大會)上?(?:的?(?:讲话|講話|报告|報告|发言|發言))?$/;

/** A note's brackets, and the dash or bullet a report's note opens with ("——2022年1月12日在…"). */
function withoutNoteMarks(text: string): string {
  return text.replace(/^[\s\u3000•·]*(?:[—–―━-]{1,2}\s*)?|\s+$/g, '').replace(/^[（(]\s*|\s*[)）]$/g, '');
}

/** Whether a line opens a delivery note that goes on on the next one ("2025年3月21日在汉滨区第十九届"). */
export function opensDeliveryNote(text: string): boolean {
  const note = withoutNoteMarks(text);
  return /^\S{1,6}年\S{1,3}月\S{1,3}日\s*在[\u4e00-\u9fff]{2,40}$/.test(note) && !DELIVERED.test(note);
}

/**
 * The body a report's speaker heads, from the line that names them ("庆元县人民政府县长 胡献如",
 * "大埔县县长熊锋松", "汉滨区人民政府代区长 向诗兵"): the government, or null. A speaker who leaves
 * off the place (市人民政府市长, 自治区代主席) is placed by the meeting the note names
 * (在黄山市第八届人民代表大会…).
 */
export function speakersBody(text: string, note = ''): string | null {
  const line = text.replace(/[\s\u3000]+/g, '');
  // A department's head gives its report for the government (县财政局局长 陈远熙), or the department alone is named (鳳慶縣財政局).
  const head = DEPARTMENT_HEAD.exec(line)?.[1] ?? (line.length <= 20 ? line : '');
  // (A government named alone under the note gives the report itself: 南宁市邕宁区人民政府.)
  if (
    head &&
    isDepartment(head) &&
    (!/政府$/.test(head) || /^[\u4e00-\u9fff]{2,16}(?:省|市|县|縣|区|區|州|旗|盟)人民政府$/.test(head))
  )
    return head;
  const m = SPEAKER.exec(line);
  if (!m?.[1]) return null;
  const own = m[1].replace(/(?:人民政府|政府)$/, '');
  const unit = /^(?:省|市|县|縣|区|區|州|旗|盟|镇|鎮|乡|鄉|自治区|自治區)$/.test(own) ? own : null;
  const meeting = CONGRESS_PLACE.exec(note)?.[1];
  const place = unit && meeting?.endsWith(unit) ? meeting : own;
  return PLACE_END.test(place) && place !== unit ? `${place}人民政府` : null;
}
/** The place whose congress a note names: "在黄山市第八届人民代表大会…". */
const CONGRESS_PLACE = /在([\u4e00-\u9fff]{2,20}?)第[一二三四五六七八九十]{1,4}[届屆]/;
const PLACE_END = /(?:省|市|县|縣|区|區|州|旗|盟|镇|鎮|乡|鄉)$/;

/**
 * The government whose work report a text opens (its title 政府工作报告 alone): the one its speaker heads
 * (东乌旗人民政府代旗长 周玉龙, 呼和浩特市市长冯玉臻), else the one of the place whose congress hears it
 * (在伊金霍洛镇第四届人民代表大会…上).
 */
export function reportingGovernment(opening: string): string | null {
  for (const line of opening.split('\n').slice(0, REPORT_OPENING_LINES)) {
    const own = SPEAKER.exec(line.replace(/[\s\u3000]+/g, '').replace(/^[—–―-]+/, ''))?.[1]?.replace(/(?:人民政府|政府)$/, '');
    if (own && PLACE_END.test(own) && own.length > 1) return `${own}人民政府`;
  }
  const place = CONGRESS_PLACE.exec(opening)?.[1];
  return place && PLACE_END.test(place) ? `${place}人民政府` : null;
}
const REPORT_OPENING_LINES = 8;

/** Where a report was given, run on after its title or before it (…在…会议上 / ——2018年1月6日在…会议上…). */
export const DELIVERED_AFTER = /[\s\u3000]*[—━-]*[\s\u3000]*在[\u4e00-\u9fff]{2,40}?(?:会议|會議)上$/;
export const DELIVERED_BEFORE =
  /^[—━-]*[\s\u3000]*(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?在[\u4e00-\u9fff]{2,40}?(?:会议|會議)上[\s\u3000]*/;

const DEPARTMENT_HEAD =
  /^([\u4e00-\u9fff]{2,20}?(?:局|厅|廳|委员会|委員會))(?:代理|代)?(?:副)?(?:局长|局長|厅长|廳長|主任)[\u4e00-\u9fff·]{2,6}$/;
const SPEAKER =
  /^([\u4e00-\u9fff]{1,20}?)(?:代理|代)?(?:常务)?(?:副)?(?:省长|省長|市长|市長|县长|縣長|区长|區長|州长|州長|旗长|旗長|盟长|盟長|镇长|鎮長|乡长|鄉長|主席)[\u4e00-\u9fff·]{2,6}$/;
