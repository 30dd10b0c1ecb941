import { asciiDigits } from '../../../shared/chinese-numbers.js';
import { compactDateBefore, findDate, parseDateLine, tableDate } from '../../../shared/dates.js';
import {
  genreEndingSource,
  genreOfTitle,
  INTERPRETATION_LABEL,
  isClosingFormula,
  isTitleEnd,
  pressAnswerers,
  withoutNumberNotes,
  withoutYearTag,
} from '../../../shared/genre.js';
import type { BlockRole } from '../../../shared/policy.js';
import { remembered } from '../../../shared/remembered.js';
import { foldForSearch } from '../../../shared/search-fold.js';
import { charactersInOrder } from './characters-in-order.js';
import {
  type DecreeHead,
  findDocNumberAtStart,
  gluedNumberAt,
  isDecreeLine,
  isDocNumber,
  isFilingNumber,
  isYearLostNumber,
  lostItsHao,
  normaliseDocNumber,
  readDecreeHead,
} from './doc-number.js';
import {
  DELIVERED_AFTER,
  DELIVERED_BEFORE,
  deliveredOn,
  headNoteDate,
  headNoteNumber,
  isHeadNote,
  noteAct,
  opensDeliveryNote,
  readAdoption,
  speakersBody,
  wrappedHeadNote,
} from './head-notes.js';
import { headingMarker } from './headings.js';
import type { Line } from './lines.js';
import {
  gazetteIssueOf,
  isBreadcrumbLabel,
  isChromeLine,
  isContactLine,
  isSiteColumn,
  labelField,
  type PageFields,
  type PageLine,
  readBracketedRun,
  readLabelRow,
  readPageLine,
  withoutLabelBrackets,
} from './page-lines.js';
import { isDepartment } from './responsibilities.js';
import { originalTitleNote } from './title.js';

/**
 * The frame of an official document around its body (GB/T 9704-2012) as it reaches a reader: a
 * portal's information table and site chrome copied with it; masthead, document number (or a
 * decree's number), title and addressees at the top — with web copies repeating some of them, and
 * a site headline before them; signature and date, notes and distribution lines after the body;
 * and, in a cover notice or a decree, a sign-off in the middle followed by the issued document's
 * own title.
 */
export interface Frame {
  roles: Map<number, BlockRole>;
  /** The lines of the document's title at its head (may be empty). */
  titleLines: Line[];
  /** The issued document's title after a sign-off (a cover notice's X, a decree's regulation). */
  issuedTitleLines: Line[];
  /** A title read only from a headline such as "京政办发〔2016〕26号《…的通知》". */
  headlineTitle: string | null;
  /** The name a document-sharing site gives the file it shares: the uploader's, not the head's. */
  sharedTitle: string | null;
  docNumber: string | null;
  decree: DecreeHead | null;
  masthead: string | null;
  addressees: string | null;
  /** The issuing bodies that sign the first sign-off. */
  signature: string[];
  /** Date of the first sign-off. */
  signOffDate: string | null;
  /** A date line in the head (（2016年5月11日）under a title). */
  headDate: string | null;
  /** An issuer named on a line of its own in the head (above a title without it, or beside a date). */
  headIssuer: string[];
  /** The issuer a page's box of title, number, issuer and date names above the text (a wiki's). */
  boxIssuer: string[];
  /** The date of a distribution line (…2016年5月12日印发). */
  printedDate: string | null;
  /** The office that printed it, from the same line (舞钢市交通运输局办公室 2017年8月16日印发). */
  printedBy: string | null;
  /** Fields of a portal's information table copied with the text. */
  page: PageFields;
}

/** Joint documents can carry a score of signatures (a 14-body plan of ministries and provinces). */
const MAX_SIGNERS = 24;
/** A page's posting stamp: a date in figures and dashes, or written out with the hour (2019年03月03日 10:19). */
const POSTED_AT =
  /^((?:19|20)\d{2}-\d{1,2}-\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?[?？]?)?\s*|^((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[\s\u3000]*\d{1,2}:\d{2}(?::\d{2})?\s*/;
const POSTED_WITH_BYLINE =
  /^(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}[ \u3000]+\d{1,2}:\d{2}:\d{2}|\d{1,2}-\d{1,2}[ \u3000]+\d{1,2}:\d{2})[ \u3000]+[^\s。，,]{2,40}$|^(?:19|20)\d{2}-\d{1,2}-\d{1,2}[ \u3000]+[\u4e00-\u9fff]{2,30}(?:政府|厅|廳|局|委|办|辦|网|網|报|報)(?:[ \u3000]+\d{1,7})?$/;
/** A portal's mark of a document's force, in brackets before its number or after its title: (已废止), (沿用). */
const FORCE_MARKS = '已?废止|已?廢止|已?失效|沿用|继续有效|繼續有效|现行有效|現行有效|有效';
const FORCE_MARK_BEFORE = new RegExp(`^[（(](?:${FORCE_MARKS})[)）]\\s*`);
const FORCE_MARK_AFTER = new RegExp(`[\\s\u3000]*[（(](?:${FORCE_MARKS}|全文)[)）]$`);
/**
 * The page's byline: the body that put it up and the hour it did ("深圳市住房公积金管理中心 2020-02-18 11:51"),
 * or the hour first, then the body and the reads, set apart by bars ("2018-09-27 10:39 ?|? 咸寧市知識產權局 ?|? 344").
 */
function readByline(text: string): { body: string; date: string } | null {
  const named = BYLINE_POSTED.exec(text);
  if (named?.[1] && named[2] && isDepartment(named[1])) return { body: named[1], date: named[2] };
  const barred = BARRED_BYLINE.exec(text);
  return barred?.[1] && barred[2] && isDepartment(barred[2]) ? { body: barred[2], date: barred[1] } : null;
}
const BARRED_BYLINE =
  /^((?:19|20)\d{2}-\d{1,2}-\d{1,2})[ T]\d{1,2}:\d{2}(?::\d{2})?[\s?？]*[|｜][\s?？]*([\u4e00-\u9fff（）()]{4,30})[\s?？]*[|｜][\s?？]*\d{1,7}$/;
const BYLINE_POSTED = /^([\u4e00-\u9fff]{4,30})[ \u3000]+((?:19|20)\d{2}-\d{1,2}-\d{1,2})[ T]\d{1,2}:\d{2}(?::\d{2})?$/;
const TERMINAL_PUNCTUATION = /[。：:；;，,！!？?]$/;
const MAX_TITLE_LINE = 80;
const MAX_TITLE_LINES = 5;
/**
 * Longer than any line of a head (a number with the title beside it, a dated note under a title):
 * a longer line is prose, and the head's readers, whose patterns are meant for short lines, skip it.
 */
const MAX_HEAD_LINE = 300;
/** How far down a head can reach (web copies put tables, headlines and repeats above it). */
const HEAD_LINES = 60;
/** Lines at the top where a site prints the column a page sits in. */
const COLUMN_LINES = 12;
/** How far from the end site chrome and tables are looked for. */
const TAIL_LINES = 15;
const MASTHEAD_LINE = /^([^，,。：:]{2,60})文件$/;
/** 份号, 密级 and 紧急程度 of GB/T 9704's 版头. */
const HEAD_MARK = /^(?:[0-9０-９]{6}|(?:绝密|机密|秘密|絕密|機密)(?:[★☆*].*)?|特急|加急|特提|平急|急件)$/;
/**
 * A law database's "title / issuer / title again" where the title names no 关于 (国务院 / 生猪屠宰管理条例):
 * the issuer's line read into the repeat is the issuer's, not the title's.
 */
function splitIssuerLines(candidates: TitleCandidate[], kinds: Map<number, HeadKind>, frame: Frame): void {
  for (const candidate of candidates) {
    const [issuerLine, ...rest] = candidate.lines;
    if (!issuerLine || rest.length === 0) continue;
    const text = joinLines(rest);
    const names = OPENS_TITLE.test(text) ? null : signatureNames(issuerLine.text);
    if (!names || !candidates.some((other) => other !== candidate && comparable(other.text) === comparable(text))) continue;
    if (frame.headIssuer.length === 0) frame.headIssuer = names;
    frame.roles.set(issuerLine.index, 'info');
    kinds.set(issuerLine.index, 'other');
    candidate.lines = rest;
    candidate.text = text;
  }
}

/** Lines below a site's list entry where the headline it lists may stand again. */
const LISTED_HEADLINE_REACH = 4;

/** A site's list entry of the page's headline ("1. 2022天津市…通告", the headline again below it): no heading. */
function listsHeadline(lines: Line[], i: number): boolean {
  const entry = /^\d{1,2}[.、．]\s*(\S.{3,})$/.exec(lines[i]?.text ?? '')?.[1];
  if (!entry || !isTitleEnd(entry)) return false;
  return lines.slice(i + 1, i + 1 + LISTED_HEADLINE_REACH).some((line) => comparable(line.text) === comparable(entry));
}

/** A numbered line of five or more short words run together with commas and no sentence: a spam site's keyword list. */
function isKeywordRun(text: string, first = false): boolean {
  const words = text.split(/[,，]/);
  if (/[。；;：:、]/.test(text) || !words.every((w) => w.trim().length <= 16)) return false;
  // (Unnumbered, a longer run of its keywords over a hijacked page: 国产一区91,国内外精品…,… — no addressees;
  // a shorter one as the page's first line.)
  const unnumbered =
    words.length >= (first ? 4 : 6) && !words.some((w) => /^各|(?:单位|單位|政府|部门|部門|局|委)$/.test(w.trim()));
  return (headingMarker(text) !== null && words.length >= 5) || unnumbered;
}

/**
 * A title that names its place, year or school first: "甘肃省2015年度…公告", "2021年第1期浙江省药品质量公告",
 * "吉林大学学生违纪处分规定".
 */
/** The title after a news agency's dateline, without a full stop or a footnote's mark after it. */
const DATELINE_TITLE =
  /^(?:新华社|新華社|中新社|人民网|人民網)[\u4e00-\u9fff]{0,8}[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|電)\s{0,4}(?:题|題)\s{0,4}[:：]\s{0,4}(\S.{3,150}?)([。.]?(?:\[\d{1,2}\])?)$/;
const PLACED_TITLE =
  /^(?:[\u4e00-\u9fff]{2,8}?(?:省|自治区|自治區|市|县|縣|区|區|州|盟|旗)|(?:19|20)\d{2}年|[\u4e00-\u9fff]{2,14}?(?:大学|大學|学院|學院))/;

/**
 * How many lines over a title's last line are no part of it: where that line is a title whole on its
 * own, led by its place or year, and nothing above it opens a title or runs on into it.
 */
function linesOverPlacedTitle(title: Line[]): number {
  if (title.length < 2) return 0;
  const last = title.at(-1)?.text.trim() ?? '';
  // (Nor over a title of answers to the press, which names its own bodies: 司法部负责人就《…》答记者问.)
  if (last.length >= 8 && pressAnswerers(last.replace(/[\s\u3000]+/g, '')) !== null) return title.length - 1;
  if (last.length < 8 || !PLACED_TITLE.test(last) || !isTitleEnd(last) || signatureNames(last) !== null) return 0;
  const over = title.slice(0, -1).map((l) => l.text.replace(/[\s\u3000]+/g, ''));
  const runsOn = (text: string) =>
    /关于|關於|关於|關于|转发|轉發|印发|印發|批转|批轉|[的和及与與、《“（(—-]$/.test(text) ||
    PLACED_TITLE.test(text) ||
    signatureNames(text) !== null;
  return over.some(runsOn) ? 0 : over.length;
}

/** How many lines of number and labels a page's box under the title holds before its issuer and date. */
const MAX_HEAD_BOX_LINES = 12;
/** How far down a report's lead may run before the text it reprints. */
const REPORT_LEAD_LINES = 6;
const FULL_TEXT_FOLLOWS = /(?:全文|原文)如下[:：]?$|^以下(?:为|為|是)[\u4e00-\u9fff]{0,12}(?:全文|原文)[:：]?$/;

/** A dated note in brackets that the text runs on from: "(1985年5月4日皖政〔1985〕38号)  根据…". */
const DATED_NOTE_START = /^[（(]\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^（()）]{0,30}[)）]/;
/** Whether a line opens with such a note; its number (皖政〔1985〕38号), after its date, is the document's. */
function readDatedNote(text: string, frame: Frame): boolean {
  const note = DATED_NOTE_START.exec(text)?.[0];
  if (!note) return false;
  const rest = note.replace(/^[（(]\s*\S{4,6}年\S{1,3}月\S{1,3}日[\s,，]*/, '').replace(/[)）]$/, '');
  const found = findDocNumberAtStart(rest);
  frame.docNumber ??= found && found.length === rest.trim().length ? found.value : headNoteNumber(note);
  return true;
}

/** The line with only its last `text` kept, where a site's tag or a body's name before it is cut off. */
function lineEndingWith(line: Line, text: string): Line {
  return { ...line, start: line.end - text.length, text };
}

/** The index of the next line with text from `from` in the direction of `step` (past the ends when none). */
function filledLine(lines: Line[], from: number, step: 1 | -1): number {
  let j = from + step;
  while (j >= 0 && j < lines.length && (lines[j]?.text.trim() ?? '') === '') j += step;
  return j;
}
const BODY_COLON_TITLE = /^([\u4e00-\u9fff（）()]{4,30})[:：][\s\u3000]*((?:关于|關於|关於|關于)[^。，,；;：:]{4,100})$/;

/** A normative document's registration code as portals print it: XXDR-2013-01025, HBPR-2019-03001. */
const REGISTRATION_CODE = /^[A-Z]{2,8}[-－]\d{4}[-－]\d{3,8}$/;

const SITE_SUFFIX = /(?:相关信息|相關信息|详细信息|詳細信息|详情|詳情)$/;

const DECREE_NOTE =
  /^(\S{1,6}年\S{1,3}月\S{1,3}日)[\s\u3000]*([\u4e00-\u9fff]{2,30}?(?:令[\s\u3000]*第[\s\u3000]*[0-9０-９]{1,5}[\s\u3000]*[号號]|第[\s\u3000]*[0-9０-９]{1,5}[\s\u3000]*[号號]令))[\s\u3000]*(?:发布|發布|公布)$/;

/** A cover's date, to the month or the day: "2021 年 9 月". */
const COVER_DATE = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/;

function balancedQuotes(text: string): boolean {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  return count(/“/g) === count(/”/g) && count(/《/g) === count(/》/g) && count(/[(（]/g) === count(/[)）]/g);
}

/** A title as compared with a copy of it that may have lost a quote or a bracket. */
function withoutPairs(text: string): string {
  return comparable(text).replace(/[()（）“”《》]/g, '');
}

/** A serial number alone on its line: "第153号". */
/** A command's serial: "2号令", "第3号令". */
const COMMAND_SERIAL = /^第?[0-9０-９]{1,4}\s*[号號]令$/;
const SERVED_COMMAND =
  /^[\u4e00-\u9fff]{4,40}?(?:指挥部|指揮部|委员会|委員會|领导小组|領導小組|人民政府)([0-9０-９]{1,4}[号號]令)$/;
/** Or a notice's, its serial before 通告 (…指挥部第六十四号通告, …指挥部3号通告): the serial alone is its number. */
const SERVED_NOTICE =
  /^[\u4e00-\u9fff]{4,40}?(?:指挥部|指揮部|委员会|委員會|领导小组|領導小組|人民政府|办公室|辦公室)(第?(?:[0-9０-９]{1,4}|[〇零一二三四五六七八九十百]{1,5})[号號])(?:通告|公告)$/;
const COMMUNIQUE_SERIAL = /^[\s\u3000]*[（(]第[〇零一二三四五六七八九十0-9０-９]{1,4}[号號][)）][\s\u3000]*$/;
const SERIAL_LINE = /^第\s*(?:[0-9０-９]{1,5}|[〇零一二三四五六七八九十百]{1,5})\s*[号號]$/;
/** A notice's number in its year's series: "2023年第10号". */
const YEAR_SERIAL = /^(?:19|20)\d{2}\s*年\s*第\s*[0-9０-９]{1,4}\s*[号號]$/;
/** A bulletin's issue under its title: "2021年第5期", "第十七期". */
const ISSUE_LINE = /^(?:(?:19|20)\d{2}\s*年\s*)?第\s*(?:[0-9０-９]{1,4}|[〇零一二三四五六七八九十百]{1,5})\s*期$/;

/** A page's row of links to articles or chapters ("第十一條 第二十一條 第三十一條"): nothing but the markers. */
const MARKER_ROW = /^(?:第[一二三四五六七八九十百零〇○]{1,6}[条條章节節][\s\u3000]*){2,}$/;

/** A news agency's dateline: "新华社北京3月16日电", "新华网北京3月16日电（记者 王某）". */
const DATELINE = /^[\u4e00-\u9fff]{2,12}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|電)(?:[（(][^（()）]{0,20}[)）])?[\s\u3000]*/;
/** 签发人 and what follows it are cut off a number line. */
const SIGNER = /(?:签发人|簽發人|签发|簽發)[:：]/;
const NOTE = /^[（(](?:此件|本件|此文|本文)[^（()）]{1,30}[)）]$|^(?:此件|本件)(?:主动|主動)?(?:公开|公開)(?:发布|發布)?[。.]?$/;
/** A ministry's note of how the document is published, after its date: "2020 年 9 月 17 日(信息公开形式:主动公开)". */
const NOTE_AFTER = /[（(](?:信息公开|信息公開|公开方式|公開方式|公开属性|公開屬性|此件|本件)[^（()）]{0,30}[)）][\s\u3000]*$/;
const NOTE_BESIDE = /^[（(](?:此件|本件|此文|本文)[^（()）]{1,30}[)）][\s\u3000]+/;
/** A note a garbled copy no longer spells: a short line ending its bracket ("?。ù思鲃庸_)" for (此件主动公开)). */
const GARBLED_NOTE = /^\S{1,12}[)）]$/;
const DISTRIBUTION = /^(?:抄送|抄报|分送|抄報)[:：]|印发$|印發$/;
const ADDRESSEE_HINT =
  /各|群众|群眾|居民|市民|村民|农牧民|農牧民|用户|用戶|纳税人|納稅人|朋友|人员|人員|政府|部|署|主席|主任|省长|省長|市长|市長|县长|縣長|书记|書記|局长|局長|厅长|廳長|总理|總理|部门|部門|单位|單位|机构|機構|委|厅|廳|局|办|辦|院|同志|代表|委员|委員|先生|女士|公司|中心|学校|學校|学院|學院|大学|大學|医院|醫院|银行|銀行|协会|協會|商会|商會|企业|企業|会员|會員|职工|職工|员工|員工|考生|学生|學生|家长|家長|缴存人|繳存人|^[\u4e00-\u9fff]{2,12}(?:会|會|馆|館)[:：]$/;
/** Townships, communities and households addressed in a short line ("杨家园则镇:", "…社区及有关农户:"). */
const PLACE_ADDRESSEE = /^(?=[^，,。]*(?:镇|鎮|乡|鄉|街道|社区|社區|农户|農戶))[^，,。]{2,40}[:：]$/;
/** A salutation to the public: 广大居民朋友:, 尊敬的企业家朋友:, 各位村民:. */
const MEETING_GREETING =
  /^(?:各位(?:代表|委员|委員|领导|領導|同志)|同志们|同志們)[、，,\s\u3000]*(?:各位\S{1,4}|同志们|同志們)?[:：]$/;
const SALUTATION = /^(?:广大|廣大|尊敬的|各位|亲爱的|親愛的|全体|全體)[^:：]{1,24}[:：]$/;
const PREAMBLE_START =
  /^(?:为|為|爲|根据|根據|按照|现将|現將|经|經|近年来|近年來|当前|當前|依据|依據|你|您|现就|現就|现予|現予|兹|茲|关于|關於)/;
/** People addressed by name and office: 王爱珍代表, 贺文国、佟金菊委员, 纪占斌等3名代表. */
const NAMED_PERSONS = /^[\u4e00-\u9fff、，,0-9]{2,30}(?:代表|委员|委員|同志|先生|女士)[:：]?$/;
/** A body's head signing for it: 交通运输部部长 李小鹏, 国家市场监督管理总局局长 肖亚庆. */
const BODY_HEAD_SIGNATURE =
  /^([\u4e00-\u9fff]{2,24}?(?:部|委员会|委員會|委|总局|總局|局|署|银行|銀行|院|办公室|辦公室))(?:部长|部長|主任|主席|局长|局長|署长|署長|行长|行長|院长|院長)[\u4e00-\u9fff·]{2,5}$/;
/** A person signing a decree: 总理 李克强, 省长 马兴瑞. */
const OFFICIAL_SIGNATURE =
  /^(?:国务院)?(?:总理|總理|代总理|省长|省長|代省长|市长|市長|代市长|县长|縣長|区长|區長|州长|盟长|主席|自治区主席|部长|部長|主任|局长|局長|署长|署長|行长|行長|院长|院長|书记|書記|委员长|委員長|秘书长|秘書長|指挥长|指揮長)(?:[\u4e00-\u9fff·]{2,5})?$/;

export function analyseFrame(lines: Line[], table: PageFields = {}): Frame {
  const roles = new Map<number, BlockRole>();
  const frame: Frame = {
    roles,
    titleLines: [],
    issuedTitleLines: [],
    headlineTitle: null,
    sharedTitle: null,
    docNumber: null,
    decree: null,
    masthead: null,
    addressees: null,
    signature: [],
    signOffDate: null,
    headDate: null,
    headIssuer: [],
    boxIssuer: [],
    printedDate: null,
    printedBy: null,
    page: {},
  };
  readPageLines(lines, frame);
  const posted =
    tableDate(frame.page.publishedDate ?? frame.page.generatedDate) ?? tableDate(table.publishedDate ?? table.generatedDate);
  const found = findSignOffs(lines, roles, posted);
  const bodyFrom = readHead(lines, frame, table);
  if (frame.titleLines.length === 0) spacedGenreTitle(lines, frame);
  // A name over a date above the title is a portal's table (广东省人民政府 / 2007-06-18), not a sign-off;
  // so is a name over a date in figures right under it, before any of the text (…的通知 /
  // 金华市生态环境局…分局 / 2024-03-01).
  const titleAt = frame.titleLines[0]?.index ?? -1;
  const titleEnd = frame.titleLines.at(-1)?.index ?? -1;
  const signatureFrom = (signOff: SignOff) => {
    let j = signOff.dateLine;
    while (j > 0 && roles.get(j - 1) === 'signature') j--;
    return j;
  };
  // (Or in words, where the text's own sign-off follows: a wiki's box of title, number, issuer and date.)
  const lastSigned = found.reduce((last, s) => (s.signature.length > 0 ? Math.max(last, s.dateLine) : last), -1);
  const underTitle = (signOff: SignOff) =>
    titleEnd >= 0 &&
    (/^\d{4}-\d{1,2}-\d{1,2}$/.test(lines[signOff.dateLine]?.text.trim() ?? '') || lastSigned > signOff.dateLine + 2) &&
    signatureFrom(signOff) - titleEnd <= MAX_HEAD_BOX_LINES &&
    lines
      .slice(titleEnd + 1, signatureFrom(signOff))
      .every((line) => roles.has(line.index) && roles.get(line.index) !== 'signature');
  const isSignOff = (signOff: SignOff) => signOff.dateLine > titleAt && !underTitle(signOff);
  const signOffs = found.filter(isSignOff);
  for (const signOff of found) {
    if (isSignOff(signOff)) continue;
    for (let j = signOff.dateLine; j >= 0 && (roles.get(j) === 'signature' || j === signOff.dateLine); j--) roles.set(j, 'info');
    // The issuer such a box names, perhaps in full where the sign-off shortens it.
    if (signOff.dateLine > titleAt) frame.boxIssuer = signOff.signature;
  }
  const tailNames = signedTail(lines, titleAt, roles)?.names;
  frame.signature = signOffs[0]?.signature ?? (tailNames?.length ? tailNames : undatedSignature(lines, roles, titleAt));
  frame.signOffDate = signOffs[0]?.date ?? closingDate(lines, roles, titleAt, posted);

  readAddressees(lines, bodyFrom, frame);
  // Or under a portal's table that the site's own lines kept apart from the head.
  const tableEnd = lastInfoLine(lines, roles);
  if (frame.addressees === null && tableEnd > bodyFrom) readAddressees(lines, tableEnd + 1, frame);
  // Or as the 版记 at the foot names them: "主送:各乡镇人民政府、街道办事处,县府各部门。"
  if (frame.addressees === null) sentToInFooter(lines, frame);

  // The issued document's title after a sign-off: a cover notice's X, a decree's regulation.
  for (const signOff of signOffs) {
    let next = signOff.dateLine + 1;
    while (next < lines.length && (NOTE.test(lines[next]?.text ?? '') || roles.get(next) === 'chrome')) next++;
    const issued = readTitle(lines, next);
    // An attachment (附件1 / …目录) is no document the sign-off issued, nor is anything after it.
    if (/^附[\s\u3000]*件/.test(issued[0]?.text ?? '')) break;
    if (issued.length === 0) continue;
    // A congress's resolution approving what the 公告 promulgates (…关于批准《…条例》的决议) is not that document.
    if (frame.decree && /(?:关于|關於)批准《[^《》]+》的(?:决议|決議|决定|決定)$/.test(joinLines(issued))) continue;
    // Nor is a draft it publishes for comment (…条例(草案)): the 公告 is titled by its own head.
    if (frame.decree && /[（(](?:草案|征求意见稿|徵求意見稿)[)）]$/.test(joinLines(issued))) continue;
    for (const line of issued) roles.set(line.index, frame.titleLines.length > 0 ? 'subtitle' : 'title');
    if (frame.issuedTitleLines.length === 0) frame.issuedTitleLines = issued;
  }

  for (const line of lines) if (NOTE.test(line.text)) roles.set(line.index, 'note');
  markClosing(lines, frame);
  return frame;
}

/** What a table's 有效性 holds: 有效, 失效, 已废止, 现行有效, 是 / 否 and the like, never a name. */
const VALIDITY_VALUE =
  /^[\s\u3000]*\S{0,4}(?:有效|失效|废止|廢止|修改|修正|修订|修訂|现行|現行|是|否|暂行|暫行)\S{0,4}[\s\u3000]*$/;

/** The table's dates of a document's force: often printed empty. */
const FORCE_DATE_FIELDS: ReadonlySet<keyof PageFields> = new Set(['effectiveOn', 'expiresOn', 'repealedOn']);

/** Information-table lines and chrome near the top and the bottom. */
function readPageLines(lines: Line[], frame: Frame): void {
  readUnlabelledTable(lines, frame);
  const gazette = lines.slice(0, COLUMN_LINES).find((line) => gazetteIssueOf(line.text) !== null);
  if (gazette) frame.page.gazetteIssue ??= gazette.text.trim();
  readNumberedTrail(lines, frame);
  const near = (i: number) => i < HEAD_LINES || i >= lines.length - TAIL_LINES;
  let pending: keyof PageFields | null = null;
  for (const line of lines) {
    if (!near(line.index)) continue;
    if (pending) {
      // "索 引 号：" on one line and its value on the next, as a copied table gives them.
      // A title's bracketed note is the head's, not an empty label's ("发布文号：" / "(…会议通过)").
      // A date's label (失效日期：) left empty hands on nothing but a date: the title may follow it.
      // And a label left empty hands nothing to the label under it ("[ 有效性 ]" / "[ 成文日期 ]").
      // A validity left empty hands on only a validity (有效, 失效): the head may follow it.
      const fits =
        pending === 'validity' ? VALIDITY_VALUE.test(line.text) : !FORCE_DATE_FIELDS.has(pending) || findDate(line.text) !== null;
      const takes = fits && !isBareLabel(line.text);
      if (takes && readPageLine(line.text) === null && line.text.length <= 100 && !isHeadNote(line.text)) {
        // The value may have the table's next labels after it ("…的通知 - 文 号:发布日期: 2024-09-20").
        const { value, rest } = valueBeforeLabels(cellText(line.text));
        if (value !== '') frame.page[pending] ??= value;
        for (const [field, more] of rest?.fields ?? []) if (field !== 'other' && more !== '') frame.page[field] ??= more;
        frame.roles.set(line.index, 'info');
        pending = null;
        continue;
      }
      pending = null;
    }
    if (readValueRows(lines, line, frame)) continue;
    // A document-sharing site's line naming the file it shares: "《…实施方案.docx》由会员分享,可在线阅读…".
    const shared = SHARED_FILE.exec(line.text)?.[1];
    if (shared) {
      frame.roles.set(line.index, 'chrome');
      if (isTitleEnd(shared)) frame.sharedTitle ??= shared;
      // A file named with its decree's note: "《…试行办法》(2009年11月27日甘肃省人民政府令第63号公布).docx".
      const note = /[（(][^（()）]{6,80}[)）]$/.exec(shared)?.[0];
      if (note) readHeadNote(note, frame);
      continue;
    }
    // A portal's download link named by the document's number: "文件下载:苏政复〔2003〕109号.doc".
    const download = DOWNLOAD_NAME.exec(line.text)?.[1];
    if (download && isDocNumber(download)) {
      frame.page.docNumber ??= download;
      frame.roles.set(line.index, 'chrome');
      continue;
    }
    // Or by its title: "下载:关于印发2014年农业机械购置补贴实施方案的通知 |".
    const downloadTitle = DOWNLOAD_TITLE.exec(line.text.trim())?.[1];
    if (downloadTitle && isTitleEnd(downloadTitle)) {
      frame.sharedTitle ??= downloadTitle;
      frame.roles.set(line.index, 'chrome');
      continue;
    }
    if (bareLabelOf(lines, line.index)) {
      // "索引号" on a line of its own: the next line is its value; the table runs on label, value, label.
      frame.roles.set(line.index, 'info');
      const field = labelField(labelText(line.text));
      pending = field && field !== 'other' && field !== 'summary' ? field : null;
      if (!pending) frame.roles.set(line.index + 1, 'info');
      continue;
    }
    // A law database's title with its fields run on after it: "…自治条例(2006年修正本)制定机关: … 公布日期: …".
    const titled = titleBeforeFields(line.text);
    if (titled) {
      // A line that runs on into the text itself stays the text's.
      if (line.text.length <= MAX_TITLED_FIELDS_LINE) frame.roles.set(line.index, 'info');
      frame.headlineTitle ??= titled.title;
      for (const [field, value] of titled.fields) if (field !== 'other' && value !== '') frame.page[field] ??= value;
      continue;
    }
    // "2011-06-18 00:00:00 来源: 本站原创": the posting time, then the page's labels.
    const posted = POSTED_AT.exec(line.text);
    const page = readPageLine(posted ? line.text.slice(posted[0].length) : line.text);
    if (posted && (page || line.text.length === posted[0].length)) frame.page.publishedDate ??= posted[1] ?? posted[2];
    const headline = page ? null : postedUnder(line.text);
    const browserTitle = page || headline !== null || line.index >= COLUMN_LINES ? null : siteTitled(line.text);
    // (A summary that is no title, "摘 要: | 山东省人民政府:你省…", is the text's, its addressees and all.)
    const summaryText =
      page?.fields.length === 1 &&
      page.fields[0]?.[0] === 'summary' &&
      /^[^。，,；;：:]{2,80}[:：]/.test(page.fields[0][1] ?? '');
    if (page && summaryText) continue;
    if (page) {
      frame.roles.set(line.index, 'info');
      // Only a line that is a label alone ("索 引 号：") hands its value to the next line.
      const labelAlone = page.fields.length === 1 && !/[|｜]/.test(line.text);
      for (const [field, value] of page.fields) {
        // A number under a label kept for something else (a law database's 【字号】) is the number.
        if (field === 'other' && isDocNumber(value)) frame.page.docNumber ??= value;
        if (field === 'other') continue;
        // (A placeholder after it, 暂无信息, is its value: nothing.)
        // (A summary's value is read beside its label only: "摘要:" over the text is no cell.)
        if (value === '' && labelAlone && /[:：】\]］]\s*$/.test(line.text)) pending = field === 'summary' ? null : field;
        // A table whose cells slipped (【时 效 性】 鄂政发[2006]30号): a number is the number, under any label.
        else if (value !== '') frame.page[field !== 'docNumber' && isDocNumber(value) ? 'docNumber' : field] ??= value;
      }
    } else if (headline !== null) {
      frame.roles.set(line.index, 'chrome');
      // What stands before the labels may be the title itself (祝东村致村民选举的公开信 发布日期:…), not a news headline (…!大同區最新公告).
      if (isTitleEnd(headline) && !/[!！?？]/.test(headline)) frame.headlineTitle ??= headline;
      // Or the document's number (-琼地税发〔2014〕155号 发布时间:…).
      const numbered = readNumberLine(headline);
      if (numbered && numbered.title === null) frame.docNumber ??= numbered.number;
    } else if (browserTitle) {
      frame.roles.set(line.index, 'chrome');
      frame.headlineTitle ??= browserTitle;
    } else if (isChromeLine(line.text) || (line.index < COLUMN_LINES && isSiteColumn(line.text))) {
      frame.roles.set(line.index, 'chrome');
      // A trail's last step may be the document's title (首页 » 问答 » 鹤壁市淇滨区关于…的通告).
      const step =
        line.text
          .split(/[>＞»→]/)
          .at(-1)
          ?.trim() ?? '';
      if (step.length >= MIN_SITE_TITLE && step !== line.text.trim() && ABOUT.test(step) && isTitleEnd(step)) {
        frame.headlineTitle ??= step;
      }
      // The column's name printed above its trail (统计公报 / 当前位置:首页 > … > 统计公报): chrome too.
      const above = lines[line.index - 1];
      if (above && step !== line.text.trim() && above.text.trim() === step && step.length <= 12)
        frame.roles.set(above.index, 'chrome');
      // The trail under a breadcrumb's label: a category, not the title's first line.
      const trail = lines[line.index + 1];
      // (A copy that lost the trail has the title there: …关于…的决议.)
      // (Or a body's numbered notice titled by its head: …人民代表大会常务委员会公告.)
      const titled =
        isTitleEnd(trail?.text ?? '') &&
        (/关于|關於|的[\u4e00-\u9fff]{1,3}$/.test(trail?.text ?? '') ||
          (/.{4,}(?:公告|通告)$/.test(trail?.text.trim() ?? '') && !isSiteColumn(trail?.text ?? '')));
      if (trail && isBreadcrumbLabel(line.text) && trail.text.length <= 40 && !/[。，,；;]/.test(trail.text) && !titled) {
        frame.roles.set(trail.index, 'chrome');
      }
    } else {
      for (const [field, value] of readBracketedRun(line.text)?.fields ?? []) if (field !== 'other') frame.page[field] ??= value;
    }
  }
}

const POSTED_AFTER_TITLE = /^(\S.{3,120}?)[ \u3000]+((?:19|20)\d{2}-\d{1,2}-\d{1,2})$/;

/**
 * A breadcrumb a site prints as a numbered list, a step a line, from 首页 to 正文 (1. 首页 / 2. 目标考核 /
 * 3. 目标管理 / 4. 正文): page matter, not numbered headings.
 */
function readNumberedTrail(lines: Line[], frame: Frame): void {
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
    if (!TRAIL_START.test(lines[i]?.text.trim() ?? '')) continue;
    let end = i + 1;
    while (end < lines.length && end - i <= MAX_TRAIL_STEPS && TRAIL_STEP.test(lines[end]?.text.trim() ?? '')) end++;
    // The trail ends at the page it leads to (正文, 详情) or at its last step before the text.
    if (end - i < 2) continue;
    for (let k = i; k < end; k++) frame.roles.set(k, 'chrome');
    return;
  }
}
const TRAIL_START = /^1[.、．]\s*(?:首页|首頁|网站首页|網站首頁|当前位置[:：]?|當前位置[:：]?|您的位置[:：]?)$/;
/** (A step's name may be cut short: "4. 县规范性文...".) */
const TRAIL_STEP = /^\d{1,2}[.、．]\s*[>＞»]?\s*[\u4e00-\u9fff]{1,12}(?:\.{2,3}|…{1,2})?$/;
const MAX_TRAIL_STEPS = 8;

/** The file a document-sharing site shares, named on its line: "《X.docx》由会员分享". */
const SHARED_FILE = /^《(.{4,120}?)(?:\.(?:docx?|pdf|wps|txt|ppt))?》(?:由会员分享|由用户分享|由会员上传分享|由.{1,12}分享)/i;

/** A download link named by the document's number ("下载阅读版本:永政办发〔2009〕146号.pdf"), not an attachment's (附件:…). */
const DOWNLOAD_NAME = /^(?:(?!附件|附)[^:：\s]{2,8}[:：])?[\s\u3000]*(\S+?)\.(?:docx?|pdf|wps|ofd)$/i;

const DOWNLOAD_TITLE =
  /^(?:下载|下載|文件下载|文件下載|全文下载|全文下載|正文下载|正文下載)[:：][\s\u3000]*([^:：|｜]{4,120}?)(?:\.(?:docx?|pdf|wps|ofd))?[\s\u3000|｜]*$/i;

/** An 索引号 as portals give it: an organisation's code, the year and a serial (005299478/2022-00137). */
// (Also a county's own short code, kss622/2024-00045, and a class after the code, 11N000/ZK-2023-000021; not a
// normative document's registration code, AHDR-2025-00001.)
const INDEX_NUMBER = /^(?:[0-9A-Z]{9,18}[/／-]|[a-z]{2,6}\d{2,8}[/／]|[0-9A-Z]{6,18}[/／][A-Z]{1,4}-)(?:19|20)\d{2}-\d{3,8}$/;
const BULLET = /^[•·●◆■□*-][ \u3000]*/;

/**
 * A portal's table copied without its labels (drawn by the page's style, not in its text): a run of
 * short value lines at the top that holds an 索引号 — the publishing body, then 成文日期 and 发布日期
 * in that order, as portals lay the table out.
 */
function readUnlabelledTable(lines: Line[], frame: Frame): void {
  const at = lines.findIndex((line, i) => i < 12 && INDEX_NUMBER.test(line.text.replace(BULLET, '')));
  if (at === -1) return;
  // (Its labels on lines of their own between the values make it a labelled table: 發布機構 / 市醫療保障局 / 發布日期 / ….)
  const labelled = lines.slice(at + 1, at + 8).some((line) => {
    const label = line.text.replace(/[\s\u3000:：]+/g, '');
    const field = label.length <= 8 ? labelField(label) : null;
    return field !== null && field !== 'other';
  });
  if (labelled) return;
  const dates: string[] = [];
  for (let i = at; i < lines.length && i < at + 8; i++) {
    const value = (lines[i]?.text ?? '').replace(BULLET, '').trim();
    if (value.length > 40 || readPageLine(value) !== null) break;
    // (A day with its hour is when the page went up: 2023-11-30 17:47:17.)
    const [, day, hour] = /^(\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?)([ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(value) ?? [];
    const date = day ? parseDateLine(day) : null;
    if (i === at) frame.page.indexNumber ??= value;
    else if (date && hour) frame.page.publishedDate ??= date;
    else if (date) dates.push(date);
    else if (isDepartment(value)) frame.page.publisher ??= value;
    else if (!/^[\u4e00-\u9fff、，,]{1,12}$/.test(value)) break;
    frame.roles.set(i, 'info');
  }
  if (dates[0]) frame.page.date ??= dates[0];
  if (dates[1]) frame.page.publishedDate ??= dates[1];
}

const ADOPTING_SESSION = /^第\S{1,5}?次(?:会议|會議|全体会议|全體會議)(?:通过|通過|批准)[)）]?$/;
const BODY_ABOUT =
  /^[\u4e00-\u9fff]{4,30}?(?:人民政府|政府|办公室|辦公室|办公厅|辦公廳|局|委员会|委員會|厅|廳)(?:关于|關於|关於|關于)/;
const BRACKETED_HEADLINE_TITLE = /^【[^【】]{2,40}】((?:关于|關於)\S{4,120})$/;
/** A news feed's exclamation before a title: "世界消息!湛江市…暂行办法". */
const CLICKBAIT_TITLE = /^[\u4e00-\u9fff]{2,6}[!！]([\u4e00-\u9fff《“][^!！?？。，,]{5,120})$/;

/** A notice's one-word title spaced out on a line of its own: "通  告", "公 告". */
const SPACED_GENRE_LINE = /^[\s\u3000]*(?:通[\s\u3000]+(?:告|知)|公[\s\u3000]+告|布[\s\u3000]+告)[\s\u3000]*$/;

/**
 * Where the head gave no title, a notice's spaced-out one under a news report's headline and lead
 * (哈尔滨:即日起禁止… / 2024-11-28 / 随着气温… / 通  告 / 近期,…): the document's own.
 */
function spacedGenreTitle(lines: Line[], frame: Frame): void {
  const line = lines.find((l) => l.index < HEAD_LINES && !frame.roles.has(l.index) && SPACED_GENRE_LINE.test(l.text));
  if (!line) return;
  frame.titleLines = [line];
  frame.roles.set(line.index, 'title');
}

/** A title as it ends, with a database's version note after it: "…自治条例(2006年修正本)". */
const TITLE_THEN_LABEL = new RegExp(
  `^([\\u4e00-\\u9fff《][^。；;：:]{2,80}?(?:${genreEndingSource()}))((?:[（(](?:19|20)\\d{2}年[^（()）]{0,6}[)）])?)(?=[\\s\\u3000]*[\\u4e00-\\u9fff][\\u4e00-\\u9fff\\s\\u3000]{1,6}[:：])`,
);

/** How far after the title its fields are read. */
const TITLED_FIELDS_REACH = 200;
/** Longest line of a title and its fields alone. */
const MAX_TITLED_FIELDS_LINE = 400;

/** A title with two or more of a table's fields run on after it on its line, or null. */
export function titleBeforeFields(text: string): { title: string; fields: PageLine['fields'] } | null {
  const m = TITLE_THEN_LABEL.exec(text);
  if (!m?.[1]) return null;
  // The last field may run on into the headnote: its fields are read from the line's start.
  const rest = text.slice(m[0].length).trim().slice(0, TITLED_FIELDS_REACH);
  const fields = readPageLine(rest)?.fields.filter(([field]) => field !== 'other') ?? [];
  return fields.length >= 2 ? { title: m[1], fields } : null;
}

/** A value line that runs on into labels of the table's next cells: the value, and those cells read. */
function valueBeforeLabels(text: string): { value: string; rest: PageLine | null } {
  for (const m of text.matchAll(
    /[ \u3000]+(?:[-•·][ \u3000]+)?(?=[\u4e00-\u9fff](?:[ \u3000]{0,8}[\u4e00-\u9fff]){1,8}[ \u3000]*[:：])/g,
  )) {
    const rest = readPageLine(text.slice((m.index ?? 0) + m[0].length));
    if (rest && rest.fields[0]?.[0] !== 'other') return { value: text.slice(0, m.index), rest };
  }
  return { value: text, rest: null };
}

/** Longest line a spaced-out label takes ("索    引    号"). */
const MAX_BARE_LABEL = 24;

/** A table's label on a line of its own, without a colon, where the table goes on label, value, label. */
function bareLabelOf(lines: Line[], i: number): boolean {
  const bare = (j: number) => isBareLabel(lines[j]?.text ?? '');
  const value = lines[i + 1]?.text ?? '';
  // (A journal's 摘要 over the document's head run together — number, date, addressees: — labels the text, not a value.)
  const head = findDocNumberAtStart(value) !== null && /[:：]/.test(value);
  return bare(i) && value !== '' && value.length <= 100 && !head && !bare(i + 1) && (bare(i + 2) || bare(i - 2));
}

/** A line's text as a label: a cell's, without the brackets some portals draw round it ("[ 成文日期 ]"). */
function labelText(line: string): string {
  return withoutLabelBrackets(cellText(line));
}

/** A table's label alone on its line; a list's may be bulleted ("• 时效性"), a copied table's end in its separator ("文件字號 |"). */
function isBareLabel(line: string): boolean {
  const text = labelText(line);
  return text.length <= MAX_BARE_LABEL && !/[:：]/.test(text) && labelField(text) !== null;
}

/**
 * A headline with the page's posting labels after it ("…!大同區最新公告 發布時間:2024-04-17 14:47 來源:…"):
 * the headline, or null for any other line.
 */
function postedUnder(text: string): string | null {
  if (text.length > MAX_HEAD_LINE) return null;
  // (Or glued on where the title ends in its genre: "…申报工作的通知来源:西安…发布时间:2018-11-15 14:27".)
  const at =
    /[\s\u3000]+(?=(?:发布时间|發布時間|发布日期|發布日期|来源|來源|信息来源|作者|浏览次数|瀏覽次數|点击数|點擊數)[:：])|(?<=(?:通知|公告|通告|意见|意見|办法|辦法|方案|决定|決定|规定|規定|通报|通報|批复|批復))(?=(?:发布时间|發布時間|发布日期|發布日期|来源|來源)[:：])/.exec(
      text,
    );
  if (!at || (readPageLine(text.slice(at.index + at[0].length))?.fields.length ?? 0) < 2) return null;
  return text.slice(0, at.index).trim();
}

/**
 * A page's title as the browser shows it, the site's name (and its column) after a separator:
 * "…情况通报-黑龙江省市场监督管理", "关于…的通知_政务公开_XX区人民政府": the document's title, or null.
 */
function siteTitled(text: string): string | null {
  if (text.length > MAX_HEAD_LINE) return null;
  for (const separator of text.matchAll(/[\s\u3000]*(?:[-_|｜–]|—{1,2})[\s\u3000]*/g)) {
    const title = text.slice(0, separator.index).trim();
    const site = text.slice(separator.index + separator[0].length);
    if (title.length < MIN_SITE_TITLE || !isTitleEnd(title)) continue;
    const names = site.split(/[\s\u3000]*(?:[-_|｜–]|—{1,2})[\s\u3000]*/);
    if (names.every((name) => /^[\u4e00-\u9fffA-Za-z0-9·.()（）]{2,24}$/.test(name) && !/关于|關於|的/.test(name))) return title;
  }
  return null;
}
/** Shorter than this, what stands before a separator is a site's column, not a document's title. */
const MIN_SITE_TITLE = 8;

/** A table cell's text without the bullet or the separators a copy leaves at its edges ("文件字號 |"). */
function cellText(text: string): string {
  const cell = text.replace(BULLET, '').replace(/^[|｜\s\u3000]+/, '');
  // From the end by hand: /[…]+$/ would retry from every character of a long run of spaces (quadratic time).
  let end = cell.length;
  while (end > 0 && /[|｜\s\u3000]/.test(cell.charAt(end - 1))) end--;
  return cell.slice(0, end);
}

/** Lines a header row's values may take. */
const VALUE_ROWS = 4;

/** A header row of labels and the lines holding one value per label (space-separated), read as fields. */
function readValueRows(lines: Line[], header: Line, frame: Frame): boolean {
  if (frame.roles.has(header.index)) return false;
  const labels = readLabelRow(header.text);
  if (!labels) return false;
  const values: string[] = [];
  const taken: Line[] = [];
  for (const line of lines.slice(header.index + 1, header.index + 1 + VALUE_ROWS)) {
    if (values.length >= labels.length || line.text.length > 100 || readLabelRow(line.text)) break;
    values.push(...line.text.split(/[\s\u3000]+/).filter(Boolean));
    taken.push(line);
  }
  if (values.length !== labels.length) return false;
  labels.forEach((field, i) => {
    if (field !== 'other') frame.page[field] ??= values[i];
  });
  for (const line of [header, ...taken]) frame.roles.set(line.index, 'info');
  return true;
}

interface TitleCandidate {
  lines: Line[];
  text: string;
}

type HeadKind = 'mark' | 'number' | 'date' | 'title' | 'other' | 'prose';

/**
 * Reads the head: masthead, 份号 / 密级, document or decree number, head dates and title candidates,
 * down to the addressees, the first numbered heading or a sign-off. Web copies put headlines, site
 * text and repeats above the real head, so prose does not end it; of several titles the one that
 * reads as a 公文 title and stands by the number or the body is the document's, and what stands
 * above it is page matter. Returns where the addressees (or the body) begin.
 */
function readHead(lines: Line[], frame: Frame, table: PageFields): number {
  const { roles } = frame;
  const candidates: TitleCandidate[] = [];
  const kinds = new Map<number, HeadKind>();
  const mark = (i: number, kind: HeadKind, role?: BlockRole) => {
    kinds.set(i, kind);
    if (role) roles.set(i, role);
  };
  let i = 0;
  /** Line i narrowed to the part of it at `at`: what stands before or after is page matter. */
  const keepOnly = (part: string, at: number) => {
    const line = lines[i] as Line;
    lines[i] = { ...line, start: line.start + at, end: line.start + at + part.length, text: part };
  };
  // A news report's lead over the text it reprints (… 公告全文如下: / title / text): the page's words.
  const follows = lines.slice(0, REPORT_LEAD_LINES).findIndex((l) => FULL_TEXT_FOLLOWS.test(l.text.trim()));
  const reprinted = lines[follows + 1]?.text.trim() ?? '';
  if (follows >= 0 && /^[\u4e00-\u9fff]/.test(reprinted) && isTitleEnd(reprinted) && !roles.has(follows + 1)) {
    for (let k = 0; k <= follows; k++) if (!roles.has(k)) mark(k, 'other', 'chrome');
    i = follows + 1;
  }
  // A page's enumerator before a title (⑴ 凉山彝族自治州…条例), and its label of the law it quotes (法律依據:《…條例》), are no part of it.
  for (let k = i; k < lines.length && k < HEAD_LINES; k++) {
    const line = lines[k] as Line;
    const enumerated = /^[\u2474-\u2487\u2460-\u2473][\s\u3000]*(?=\S)/.exec(line.text)?.[0].length ?? 0;
    const quotedLaw = /^(?:法律依据|法律依據)[:：]《([^《》]{4,60})》$/.exec(line.text.trim())?.[1];
    const kept = quotedLaw ?? line.text.slice(enumerated);
    const at = line.text.indexOf(kept);
    if (kept !== line.text) lines[k] = { ...line, start: line.start + at, end: line.start + at + kept.length, text: kept };
  }
  for (; i < lines.length && i < HEAD_LINES; i++) {
    const line = lines[i] as Line;
    const role = roles.get(i);
    // A sign-off ends the head once the text has begun; above it, it is a portal's table, or a
    // paper's date under its masthead line (国内统一刊号:CN43-0003 …热线:8518919).
    const begun = [...kinds].some(([k, kind]) => kind === 'prose' && isSentence((lines[k] as Line).text));
    if ((role === 'signature' || role === 'date') && begun) break;
    if (role) continue;
    const dateline = DATELINE.exec(line.text)?.[0].length ?? 0;
    if (dateline > 0 && isTitleEnd(line.text.slice(dateline))) {
      // A news dateline before the title ("新华网北京3月16日电 …的决议") is no part of it.
      lines[i] = { ...line, start: line.start + dateline, text: line.text.slice(dateline) };
    }
    // Nor is where a report was given, run on before it (——2018年1月6日在…会议上政府工作报告): its date the report's.
    const deliveredAt = DELIVERED_BEFORE.exec((lines[i] as Line).text)?.[0].length ?? 0;
    if (deliveredAt > 0 && isTitleEnd((lines[i] as Line).text.slice(deliveredAt))) {
      const current = lines[i] as Line;
      const on = /(?:19|20)\d{2}年\d{1,2}月\d{1,2}日/.exec(current.text.slice(0, deliveredAt))?.[0];
      if (on) frame.headDate ??= parseDateLine(on);
      keepOnly(current.text.slice(deliveredAt), deliveredAt);
    }
    // Nor is the note of where it was given run on after it, dated (最高人民检察院工作报告 ━━2006年3月11日在…会议上).
    // (Each of these is looked for only where the line ends as it would: a run of spaces is no title.)
    const givenAfter = /(?:会议|會議)上$/.test((lines[i] as Line).text)
      ? /^(.{4,80}?)[\s\u3000]{0,4}[—━―-]+[\s\u3000]{0,4}((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)在[\u4e00-\u9fff]{2,40}?(?:会议|會議)上$/.exec(
          (lines[i] as Line).text,
        )
      : null;
    if (givenAfter?.[1] && givenAfter[2] && isTitleEnd(givenAfter[1])) {
      frame.headDate ??= parseDateLine(givenAfter[2]);
      // (A news dateline before it goes too: "新华网北京3月19日电 最高人民检察院工作报告 ━━…".)
      const wire = DATELINE.exec(givenAfter[1])?.[0].length ?? 0;
      keepOnly(givenAfter[1].slice(wire), wire);
    }
    // Nor is a spam site's name and address run into it ("沈阳白癜风医院 http://…39.net/西平县…的通知").
    const address = SITE_WATERMARK.exec(line.text)?.[0].length ?? 0;
    if (address > 0 && line.text.length - address >= MIN_SITE_TITLE && isTitleEnd(line.text.slice(address))) {
      keepOnly(line.text.slice(address), address);
    }
    // A site's word after the headline ("…的公告相关信息", "…的通知 详情") is no part of it.
    const current = lines[i] as Line;
    const site = SITE_SUFFIX.exec(current.text);
    // Spaces before it are trimmed apart: a pattern that takes them retries from every space of a long run.
    const kept = site ? current.text.slice(0, site.index).trimEnd() : current.text;
    if (kept !== current.text && isTitleEnd(kept)) keepOnly(kept, 0);
    // Nor is a handling code in brackets after it: "…的提案答复的函(编号:B〔2017〕062号)".
    const coded = /[)）]$/.test((lines[i] as Line).text)
      ? /^(.{6,120}?)[\s\u3000]{0,4}[（(](?:编号|編號|办理编号|辦理編號)[:：][^（()）]{1,30}[)）]$/.exec((lines[i] as Line).text)
      : null;
    if (coded?.[1] && isTitleEnd(coded[1])) keepOnly(coded[1], 0);
    // Nor is a site's exclaimed headline run into it, its subject again before the 关于 ("通告!台儿庄…交通管制关于台儿庄…交通管制的通告").
    const exclaimed = exclaimedHeadline((lines[i] as Line).text);
    if (exclaimed) keepOnly(exclaimed, (lines[i] as Line).text.length - exclaimed.length);
    // Nor is the day an archive printed after it, the document's own (…单列的暂行规定》的通知1987年4月2日).
    const datedAfter = /日$/.test((lines[i] as Line).text)
      ? /^(.{6,120}?)[\s\u3000]{0,4}((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$/.exec((lines[i] as Line).text)
      : null;
    if (datedAfter?.[1] && datedAfter[2] && OF_GENRE.test(datedAfter[1]) && isTitleEnd(datedAfter[1])) {
      frame.headDate ??= parseDateLine(datedAfter[2]);
      keepOnly(datedAfter[1], 0);
    }
    // Nor is the day a list page put it up ("…的通知 2021-04-16").
    const posted = POSTED_AFTER_TITLE.exec((lines[i] as Line).text);
    if (posted?.[1] && isTitleEnd(posted[1])) {
      frame.page.publishedDate ??= posted[2];
      keepOnly(posted[1], 0);
    }
    // A post's byline, its account over the word 发布 (高平市氣象局 / 發布): the page's, not the title's.
    if (/^(?:发布|發布|發佈)$/.test(lines[i + 1]?.text.trim() ?? '') && isDepartment((lines[i] as Line).text.trim())) {
      frame.page.publisher ??= (lines[i] as Line).text.trim();
      mark(i, 'other', 'info');
      mark(i + 1, 'other', 'chrome');
      i++;
      continue;
    }
    // A portal's list bullet before the head's own line, under the table it lists: "•   青岛市人民政府关于印发".
    // (The body or its 关于 line only: a list of links, "• 政策解读", stays page matter.)
    const bullet = /^[ \u3000]{0,8}[•●][ \u3000]{1,8}(?=[\u4e00-\u9fff])/.exec((lines[i] as Line).text)?.[0];
    const listed = bullet ? (lines[i] as Line).text.slice(bullet.length).trim() : '';
    if (bullet && readPageLine((lines[i] as Line).text) === null && (isDepartment(listed) || BODY_ABOUT.test(listed))) {
      const line = lines[i] as Line;
      lines[i] = { ...line, start: line.start + bullet.length, text: line.text.slice(bullet.length) };
    }
    // A repost's headline that names the body before a colon: "临沭县交通运输局:关于…的公告".
    const colonHead = BODY_COLON_TITLE.exec((lines[i] as Line).text.trim());
    if (colonHead?.[1] && colonHead[2] && isDepartment(colonHead[1]) && isTitleEnd(colonHead[2])) {
      const line = lines[i] as Line;
      if (frame.headIssuer.length === 0) frame.headIssuer = [colonHead[1]];
      lines[i] = lineEndingWith(line, colonHead[2]);
    }
    // Or its headline in brackets before the title: "【安徽|撤县设区!…】关于调整芜湖市部分行政区划的通知".
    const tagged =
      BRACKETED_HEADLINE_TITLE.exec((lines[i] as Line).text.trim())?.[1] ??
      CLICKBAIT_TITLE.exec((lines[i] as Line).text.trim())?.[1];
    if (tagged && isTitleEnd(tagged)) {
      const line = lines[i] as Line;
      lines[i] = lineEndingWith(line, tagged);
    }
    const text = (lines[i] as Line).text;
    if (text.length > MAX_HEAD_LINE) {
      if (headingMarker(text) !== null && !isKeywordRun(text)) break;
      // A regulation's history in brackets under its title, long after many amendments: its latest version's date.
      const history = /^[（(][^（()）]*[)）]$/.test(text.trim()) ? noteAct(text.trim()) : null;
      if (history) {
        frame.headDate ??= history.date;
        if (history.body && frame.headIssuer.length === 0) frame.headIssuer = [history.body];
        frame.docNumber ??= headNoteNumber(text);
        mark(i, 'date', 'date');
        continue;
      }
      noteOneLineHead(text, frame);
      // (A dated note in brackets that the text runs on from still stands under the title: "(1985年5月4日皖政〔1985〕38号)  根据…".)
      kinds.set(i, readDatedNote(text, frame) ? 'date' : 'prose');
      continue;
    }
    // A joint 版头 stacks its bodies a line each, 文件 beside one of them (财 政 部 办 公 厅 /
    // 国家经济贸易委员会办公厅 文件 / 中 国 人 民 银 行 办公厅).
    const joint = stackedMasthead(lines, i);
    if (joint) {
      frame.masthead ??= joint.names.join(' ');
      for (let k = 0; k < joint.lines; k++) mark(i + k, 'mark', 'masthead');
      i += joint.lines - 1;
      continue;
    }
    const masthead = withoutPageTools(text);
    if (isMasthead(masthead)) {
      frame.masthead ??= masthead.replace(/文件$/, '').replace(/\s+/g, ' ');
      mark(i, 'mark', 'masthead');
      continue;
    }
    // Joint bodies on one line over the number: a red head copied without its 文件
    // (廣州市物價局 廣州市國土資源和房屋管理局 / 穗價〔2010〕99號), or more of them than a title names over
    // its 关于 line (卫生健康委 发展改革委 中央宣传部 教育部 民政部 … / 关于…的指导意见).
    const jointOverNumber =
      frame.masthead === null && /\S[\s\u3000、]+\S/.test(text) ? signatureNames(text, MAX_JOINT_LINE) : null;
    const following = lines[i + 1]?.text.trim() ?? '';
    if (
      jointOverNumber &&
      jointOverNumber.length >= 2 &&
      jointOverNumber.every((name) => name.length >= (jointOverNumber.length >= 3 ? 3 : 4)) &&
      (readNumberLine(following)?.title === null ||
        (jointOverNumber.length >= MIN_MASTHEAD_BODIES && OPENS_TITLE.test(following) && isTitleEnd(following)))
    ) {
      frame.masthead = jointOverNumber.join(' ');
      mark(i, 'mark', 'masthead');
      continue;
    }
    // A posting stamp glued to the title's first line ("2022-08-03 09:42昭阳区2022年…" / "…入学通告"): the
    // page's date, and the title from there on.
    const stamp = /^((?:19|20)\d{2}-\d{1,2}-\d{1,2})[ T]\d{1,2}:\d{2}(?::\d{2})?(?=[\u4e00-\u9fff])/.exec(text);
    const stamped = stamp ? text.slice(stamp[0].length) : '';
    if (stamp?.[1] && isTitleEnd(`${stamped}${lines[i + 1]?.text.trim() ?? ''}`) && !/[。，,；;：:]/.test(stamped)) {
      frame.page.publishedDate ??= stamp[1];
      lines[i] = lineEndingWith(line, stamped);
      i--;
      continue;
    }
    // A page's posting stamp with its hour, alone on its line ("2024-11-21 12:56"): the page's, not the document's.
    // (Or with the site's byline after it: "2020-01-02 14:27:31 云南省民族学会34118".)
    if ((POSTED_AT.exec(text)?.[0].length === text.length && /\d:\d{2}/.test(text)) || POSTED_WITH_BYLINE.test(text)) {
      frame.page.publishedDate ??= text.replace(/[\sT]+\d{1,2}:\d{2}(?::\d{2})?\s*$/, '');
      mark(i, 'other', 'info');
      continue;
    }
    // A repost's note of the title it was first published under: "(原題為《…的公告》)".
    const original = originalTitleNote(text);
    if (original) {
      frame.headlineTitle ??= original;
      mark(i, 'other', 'info');
      continue;
    }
    const byline = readByline(text);
    if (byline) {
      frame.page.publisher ??= byline.body;
      frame.page.publishedDate ??= byline.date;
      mark(i, 'other', 'info');
      continue;
    }
    // A bulletin's head above the title: its body and date on one line ("寿县人民政府督查室   2022年8月19").
    const bulletin = BULLETIN_HEAD.exec(text);
    const bulletinBody = bulletin?.[1] ? signatureNames(bulletin[1]) : null;
    const bulletinDate = bulletin?.[2] ? parseDateLine(bulletin[2].replace(/(\d)$/, '$1日')) : null;
    if (bulletinBody?.length === 1 && bulletinDate) {
      if (frame.headIssuer.length === 0) frame.headIssuer = bulletinBody;
      frame.headDate ??= bulletinDate;
      mark(i, 'date', 'date');
      continue;
    }
    // A 份号 stands above the title; figures below it are a date that lost its 年月日 (201276).
    const lostDate = candidates.length > 0 && /^\d{6,8}$/.test(text) ? parseDateLine(text) : null;
    if (lostDate) {
      frame.headDate ??= lostDate;
      mark(i, 'date', 'date');
      continue;
    }
    if (HEAD_MARK.test(text)) {
      mark(i, 'mark', 'masthead');
      continue;
    }
    const note = wrappedHeadNote(lines, i);
    if (note && readHeadNote(note.text, frame)) {
      for (let k = 0; k < note.lines; k++) mark(i + k, 'date', 'date');
      i += note.lines - 1;
      continue;
    }
    // A bilingual database prints the English between a decree's head and its number: the next Chinese line.
    const below = nextChineseLine(lines, i);
    const titledDecree = titledDecreeHead(text, frame);
    // Beside its regulation's name, the decree's head is the document's own: a headline over it (a
    // forum thread's "[社会政策] 基金会管理规定") is page matter.
    if (titledDecree) {
      for (const candidate of candidates) for (const l of candidate.lines) kinds.set(l.index, 'other');
      candidates.length = 0;
    }
    const decree =
      titledDecree ??
      // (A forum's tag may lead it: "[政府公告] 中华人民共和国农业部令第48号".)
      readDecreeHead(text.replace(/^\[[\u4e00-\u9fff]{2,8}\][\s\u3000]*/, ''), lines[below]?.text ?? '') ??
      stateDecreeHead(lines, i) ??
      spacedNoticeHead(lines, i) ??
      promulgatingNotice(lines, i);
    if (decree) {
      // The body's full name on the line above a head that names it by its kind alone ("宿州市…应急指挥部" / 指挥部令 / 第1号).
      const above = i > 0 && !frame.roles.has(i - 1) ? signatureNames(lines[i - 1]?.text ?? '') : null;
      const full = above?.length === 1 ? above[0] : undefined;
      const short = decree.issuer !== null && decree.issuer.length <= 4;
      if (full && short && decree.issuer && full.length > decree.issuer.length && full.endsWith(decree.issuer)) {
        decree.issuer = full;
        frame.headlineTitle ??= `${full}${text.trim()}`;
        mark(i - 1, 'mark', 'masthead');
      }
      frame.decree ??= decree;
      // Named in full where a headline gave the number alone ("…的公告(2009年第8号)").
      if (frame.docNumber === null || decree.number.endsWith(frame.docNumber)) frame.docNumber = decree.number;
      mark(i, 'number', 'docNumber');
      // A 公告 headed with its number beside it ("…常务委员会公告(第二十二号)") is titled by that head.
      const noticeHead = decree.lines === 1 ? /^(\S+公告)[（(]/.exec(text.replace(/[\s\u3000]+/g, ''))?.[1] : undefined;
      if (noticeHead) frame.headlineTitle ??= noticeHead;
      const last = decree.lines === 2 ? below : i + decree.lines - 1;
      while (i < last) mark(++i, 'number', 'docNumber');
      continue;
    }
    // A decree's or a 公告's number under the title whose head line the copy lost: "第153号".
    // (Or without its 第 right under a notice's title: "…防控指揮部通告" / "1號".)
    const under = candidates.at(-1);
    const serialUnder =
      /^[0-9０-９]{1,4}\s*[号號]$/.test(text) && under?.lines.at(-1)?.index === i - 1 && /(?:通告|公告|令)$/.test(under.text);
    if (candidates.length > 0 && (SERIAL_LINE.test(text) || ISSUE_LINE.test(text) || serialUnder)) {
      frame.docNumber ??= normaliseDocNumber(text);
      mark(i, 'number', 'docNumber');
      continue;
    }
    // A body's notice numbered in its year's series, its head over the number: "北京市公安局公安交通管理局通告" / "2023年第10号".
    const noticeHead = candidates.at(-1);
    const headLine = noticeHead?.lines.length === 1 ? noticeHead.lines[0] : undefined;
    const noticeBody = headLine?.index === i - 1 ? /^(.{4,40}?)(?:通告|公告)$/.exec(noticeHead?.text ?? '')?.[1] : undefined;
    if (headLine && noticeBody && isDepartment(noticeBody) && YEAR_SERIAL.test(text)) {
      frame.docNumber ??= `${noticeHead?.text}${text.replace(/[\s\u3000]+/g, '')}`;
      if (frame.headIssuer.length === 0) frame.headIssuer = [noticeBody];
      candidates.pop();
      mark(headLine.index, 'number', 'docNumber');
      mark(i, 'number', 'docNumber');
      continue;
    }
    // Or without its 第, under the notice's title: "关于启动大规模核酸检测的通告" / "(2022年2号)".
    const bareSerial = /^[（(]\s*((?:19|20)\d{2}\s*年\s*\d{1,4}\s*[号號])\s*[)）]$/.exec(text)?.[1];
    if (bareSerial && noticeHead?.lines.at(-1)?.index === i - 1 && /(?:通告|公告)$/.test(noticeHead.text)) {
      frame.docNumber ??= bareSerial.replace(/\s+/g, '');
      mark(i, 'number', 'docNumber');
      continue;
    }
    const numbered = readNumberLine(text);
    if (numbered) {
      // A filing's registration (渝文备〔2016〕264号) over the head gives way to the document's own number under it.
      if (frame.docNumber === null || (isFilingNumber(frame.docNumber) && !isFilingNumber(numbered.number)))
        frame.docNumber = numbered.number;
      // The genre alone after the number ("〔2021〕第23号通告") names the body before it, or on the line above, as the one issuing it.
      const bare = numbered.title !== null && isBareGenre(numbered.title);
      const body =
        (numbered.body ? signatureNames(numbered.body) : null) ?? (bare ? signatureNames(lines[i - 1]?.text ?? '') : null);
      // The issuer's line over a 关于 title that the number was run onto (定西市安定区人民政府办公室 /
      // 关于印发…的通知 安政办发〔2018〕20号): the head's title whole, as it is printed on two lines.
      const over = lines[i - 1];
      // (A masthead's line over the number and then the title, 上海市嘉定区水务局 / 嘉水务〔2019〕121号关于…的函, is no part of it.)
      const titleFirst = numbered.title !== null && text.indexOf(numbered.title) < text.indexOf(numbered.number);
      const issuerOver =
        numbered.title && titleFirst && !bare && OPENS_TITLE.test(numbered.title) && over && kinds.get(over.index) === 'other'
          ? signatureNames(over.text)
          : null;
      if (issuerOver && numbered.title) {
        frame.headlineTitle ??= `${over?.text.trim()}${numbered.title}`;
        if (frame.headIssuer.length === 0) frame.headIssuer = issuerOver;
      } else if (body?.length === 1) {
        frame.headlineTitle ??= bare ? `${body[0]}${numbered.title}` : numbered.title;
        if (frame.headIssuer.length === 0) frame.headIssuer = body;
      } else {
        if (numbered.title) frame.headlineTitle ??= numbered.title;
        // Joint bodies of a 公告 numbered in their series (海关总署 农业农村部公告2020年第85号).
        if (body && body.length > 1 && !bare && frame.headIssuer.length === 0) frame.headIssuer = body;
      }
      if (numbered.date) frame.headDate ??= numbered.date;
      mark(i, 'number', 'docNumber');
      continue;
    }
    // A database's unbracketed note of the decree: "1988年11月10日 吉林省人民政府第4号令发布".
    const decreed = DECREE_NOTE.exec(text);
    if (decreed?.[1] && decreed[2]) {
      frame.headDate ??= parseDateLine(decreed[1]);
      frame.docNumber ??= normaliseDocNumber(decreed[2]);
      mark(i, 'date', 'date');
      continue;
    }
    const adopted = /^[（(]/.test(text) ? noteAct(text) : readAdoption(text);
    // (Or broken before its session: "——2021年12月11日日喀则市第二届人民代表大会" / "第二次会议通过".)
    const session = lines[filledLine(lines, i, 1)];
    const brokenAdoption =
      adopted === null && session && ADOPTING_SESSION.test(session.text.trim())
        ? readAdoption(`${text.trim()}${session.text.trim()}`)
        : null;
    if (adopted ?? brokenAdoption) {
      const act = (adopted ?? brokenAdoption) as NonNullable<typeof adopted>;
      frame.headDate ??= act.date;
      if (act.body && frame.headIssuer.length === 0) frame.headIssuer = [act.body];
      frame.docNumber ??= headNoteNumber(text);
      mark(i, 'date', 'date');
      if (brokenAdoption && session) {
        mark(session.index, 'date', 'date');
        i = session.index;
      }
      continue;
    }
    // A report delivered at a meeting, its speaker under it: the date, and the government the speaker heads.
    // (A congress's name broken before its standing committee: "…在邕宁区第三届人民代表大会" / "常务委员会第二十九次会议上".)
    const committeeGoesOn = /^(?:人民代表大会|人民代表大會)?(?:常务委员会|常務委員會)\S{0,30}(?:会议|會議)上?$/.test(
      lines[i + 1]?.text.trim() ?? '',
    );
    const noteLines = opensDeliveryNote(text) || committeeGoesOn ? 2 : 1;
    const deliveryNote = noteLines === 2 ? `${text}${lines[i + 1]?.text.trim() ?? ''}` : text;
    const delivered = deliveredOn(deliveryNote);
    if (delivered) {
      frame.headDate ??= delivered;
      mark(i, 'date', 'date');
      if (noteLines === 2) mark(++i, 'date', 'date');
      const speaker = speakersBody(lines[i + 1]?.text ?? '', deliveryNote);
      if (speaker) {
        if (frame.headIssuer.length === 0) frame.headIssuer = [speaker];
        mark(++i, 'other', 'info');
      }
      continue;
    }
    const date = parseDateLine(text) ?? headNoteDate(text);
    // A day in figures alone, 2018-02-11, is the day a page put the document up (no document writes its date
    // so), but under the number a table or a run-on head gives with it (浙政发[2009]69号 2009-11-03).
    // (With the page's count of views after it, 2024-06-17 745, it is the page's whatever stands above.)
    const afterNumber = kinds.get(filledLine(lines, i, -1)) === 'number';
    const counted = /^\s*((?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2})\s{1,4}\d{1,7}\s*$/.exec(text)?.[1];
    const putUp = counted ? parseDateLine(counted) : date;
    if (putUp && (counted || (!afterNumber && /^\s*(?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2}\s*$/.test(text)))) {
      frame.page.publishedDate ??= putUp;
      mark(i, 'other', 'info');
      continue;
    }
    if (date) {
      // The date under the sentence that promulgates the text (…已于…通过,现予公布…。 / 二○一二年一月十七日) is the
      // 公告's or the decree's, over the date the note above gives its adoption.
      const promulgating = /(?:现予|現予)(?:公布|公佈|发布|發布)[^。]*。$/.test(
        lines[filledLine(lines, i, -1)]?.text.trim() ?? '',
      );
      if (promulgating && parseDateLine(text)) frame.headDate = date;
      frame.headDate ??= date;
      frame.docNumber ??= headNoteNumber(text);
      mark(i, 'date', 'date');
      continue;
    }
    const dated = readDatedIssuer(text);
    if (dated) {
      frame.headDate ??= dated.date;
      if (frame.headIssuer.length === 0) frame.headIssuer = dated.issuers;
      mark(i, 'date', 'date');
      continue;
    }
    const serial = headNoteNumber(text);
    if (serial && /^[（(].*[)）]$/.test(text)) {
      frame.docNumber ??= serial;
      mark(i, 'number', 'docNumber');
      continue;
    }
    // A spam site's numbered run of keywords (1. 豆花AV,无码…,…) is no heading that ends the head.
    // Nor is a portal's registration code set apart under the title (XXDR-2013-01025): its table's.
    if (isKeywordRun(text, i === 0) || MARKER_ROW.test(text) || REGISTRATION_CODE.test(text.trim())) {
      mark(i, 'other', 'chrome');
      continue;
    }
    if (listsHeadline(lines, i)) {
      mark(i, 'other', 'chrome');
      continue;
    }
    // A news agency's dateline before the title it gives the piece ("新华社北京3月17日电题:…答记者问"): the title.
    const datelined = DATELINE_TITLE.exec(text);
    if (datelined?.[1]) {
      const start = line.start + (datelined.index ?? 0) + datelined[0].length - datelined[1].length - (datelined[2]?.length ?? 0);
      lines[i] = { ...line, start, end: start + datelined[1].length, text: datelined[1] };
      i--;
      continue;
    }
    // A preview's page mark before the title (1、工业和信息化部办公厅关于…的通知) over its number is no heading.
    const marker = headingMarker(text)?.label ?? '';
    const marked = marker === '' ? '' : text.slice(marker.length).trim();
    if (marked !== '' && ownAbout(marked) && isTitleEnd(marked) && readNumberLine(lines[i + 1]?.text ?? '') !== null) {
      lines[i] = lineEndingWith(line, marked);
      i--;
      continue;
    }
    // A site's menu in English, numbered (1. Home / 2. About …), is no heading of the text.
    // So is a list's number a page left alone on its line over its chrome ("1." / "當前位置:").
    if (/^\d{1,2}[.．]$/.test(text.trim()) && roles.get(filledLine(lines, i, 1)) === 'chrome') {
      mark(i, 'other', 'chrome');
      continue;
    }
    // So is one in Chinese (1. 關于我們).
    if (
      marker !== '' &&
      ((/^[\x20-\x7e]+$/.test(marked) && /[A-Za-z]/.test(marked)) || (marked !== '' && isChromeLine(marked)))
    ) {
      mark(i, 'other', 'chrome');
      continue;
    }
    if (isAddresseeLine(text) || marker !== '') break;
    // More bodies stacked a line each than a title holds (a joint notice of eighteen), over a 关于
    // line: the joint masthead, and the 关于 line the title.
    const stacked = stackedBodies(lines, i);
    if (stacked.length > MAX_TITLE_LINES) {
      if (frame.headIssuer.length === 0) frame.headIssuer = stacked;
      for (let k = 0; k < stacked.length; k++) mark(i + k, 'mark', 'masthead');
      i += stacked.length - 1;
      continue;
    }
    const title = readTitle(lines, i, roles);
    // A site's name or tab over a title complete on its own line (新华丝路首页 / 一带一路国家级信息服务平台 /
    // 甘肃省2015年度…审计结果公告): page matter, not the title's first lines.
    const over = linesOverPlacedTitle(title);
    if (over > 0) {
      for (let k = 0; k < over; k++) mark(i + k, 'other', 'chrome');
      i += over - 1;
      continue;
    }
    // A page's own heading over a title it printed before ("規定公布" / the headline again) is no part of it.
    const rest = joinLines(title.slice(1));
    if (title.length > 1 && signatureNames(text) === null && candidates.some((c) => comparable(c.text) === comparable(rest))) {
      kinds.set(i, 'other');
      continue;
    }
    if (title.length > 0) {
      // A gazette's date after the title: "…的通知 ((1990年11月16日))".
      const dated = /[（(]+\s*(\S{1,6}年\S{1,3}月\S{1,3}日)\s*[)）]+$/.exec(title.at(-1)?.text ?? '');
      if (dated?.[1]) frame.headDate ??= parseDateLine(dated[1]);
      noteDecreeAfterTitle(title.at(-1)?.text ?? '', frame);
      // A command's serial under its body, the two its title (红安县…防控指挥部 / 2号令): the serial its number.
      const serial = title.length > 1 ? (title.at(-1)?.text.trim() ?? '') : '';
      if (COMMAND_SERIAL.test(serial)) frame.docNumber ??= serial.replace(/\s+/g, '');
      // Or on its line, between the body's name and 令: "罗田县…防控工作指挥部6号令".
      const served =
        title.length === 1
          ? (SERVED_COMMAND.exec(text.replace(/[\s\u3000]+/g, '')) ?? SERVED_NOTICE.exec(text.replace(/[\s\u3000]+/g, '')))?.[1]
          : undefined;
      if (served) frame.docNumber ??= served;
      candidates.push({ lines: title, text: joinLines(title) });
      for (const l of title) kinds.set(l.index, 'title');
      i += title.length - 1;
      continue;
    }
    noteOneLineHead(text, frame);
    // A headline that names a title without being one of the head's (…十四五规划(2022年更新)) is no prose.
    const headline = isTitleEnd(text) && !/[。，,；;：:]/.test(text);
    kinds.set(i, readDatedNote(text, frame) ? 'date' : isShortLine(text) || headline ? 'other' : 'prose');
  }
  splitIssuerLines(candidates, kinds, frame);
  const chosen = chooseTitle(candidates, kinds, table.title, roles, lines);
  if (!chosen) return firstProse(kinds, i);
  const first = chosen.lines[0]?.index ?? 0;
  const last = chosen.lines.at(-1)?.index ?? first;
  // "湖北省十堰市人民政府办公室" on its own line above a title that leaves its issuer out.
  const above = lines[first - 1];
  // Or on its own line between the title (or its repeat) and the number or the title again, as law
  // databases print it.
  const repeats = candidates.filter((c) => c !== chosen && comparable(c.text) === comparable(chosen.text));
  const titleAt = new Set([chosen, ...repeats].map((c) => c.lines[0]?.index));
  const underTitle = (lastLine: number) => {
    const below = lines[lastLine + 1];
    // Or on a cover: title, issuer, then the month it is dated (苏尼特右旗人民政府 / 2021 年 9 月).
    const dated = kinds.get(below?.index ?? -1) === 'other' && COVER_DATE.test(lines[lastLine + 2]?.text ?? '');
    return below &&
      kinds.get(below.index) === 'other' &&
      (kinds.get(below.index + 1) === 'number' || titleAt.has(below.index + 1) || dated)
      ? signatureNames(below.text)
      : null;
  };
  // (Or its word of release on a line of its own between them: 咸宁市人民政府办公室 / 发布 / title.)
  const releasedBy = above && LONE_RELEASE.test(above.text.trim()) ? lines[above.index - 1] : undefined;
  const named =
    (above && kinds.get(above.index) === 'other' ? signatureNames(above.text.replace(RELEASED, '')) : null) ??
    (releasedBy && !roles.has(releasedBy.index) ? signatureNames(releasedBy.text) : null) ??
    [last, ...repeats.map((c) => c.lines.at(-1)?.index ?? 0)].map(underTitle).find((names) => names !== null) ??
    null;
  if (named && frame.headIssuer.length === 0) frame.headIssuer = named;
  frame.titleLines = chosen.lines;
  // The document's number in brackets after its title's last line ("…》的通知(皖教工委〔2021〕25号)").
  const noted = /[（(]([^（()）]{4,30}[号號])[)）]$/.exec(chosen.lines.at(-1)?.text.trim() ?? '')?.[1];
  const notedNumber = noted ? findDocNumberAtStart(noted) : null;
  if (noted && notedNumber?.length === noted.length) frame.docNumber ??= notedNumber.value;
  for (const l of chosen.lines) roles.set(l.index, 'title');
  // A headline above that is the same title whole where the head's copy lost a bracket or a dash
  // ("…行动计划(2015-2018年)…" over "…行动计划20152018年)…"): the title as printed whole.
  // (Or its quotation marks: "…关于印发《X》的通知" over "…关于印发X的通知".)
  const unspaced = (text: string) => text.replace(/[\s\u3000]+/g, '');
  const whole = candidates.find(
    (c) =>
      c !== chosen &&
      (c.lines[0]?.index ?? 0) < first &&
      (restoresLostMarks(comparable(c.text), comparable(chosen.text)) ||
        (unspaced(c.text).replace(/[《》]/g, '') === unspaced(chosen.text) && /《/.test(c.text) && !/《/.test(chosen.text))),
  );
  if (whole) {
    frame.titleLines = whole.lines;
    for (const l of whole.lines) roles.set(l.index, 'title');
  }
  // Above the title: repeats of it are title lines, everything else is page matter. Below it, only
  // repeats are taken out of the text.
  const chosenText = comparable(chosen.text);
  for (const candidate of candidates) {
    if (candidate === chosen) continue;
    // A law database's "title / issuer / title again": the issuer's line read into the repeat (a joint
    // document's issuers stacked a line each: 中共潍坊市委 / 潍坊市人民政府 / 关于…).
    const { issuerLines, rest } = issuerLinesOver(candidate.lines, chosenText);
    const issuerLine = issuerLines[0];
    const issuerNames = issuerLine ? issuerLines.flatMap((l) => signatureNames(l.text) ?? []) : null;
    if (issuerLine && issuerNames) {
      if (frame.headIssuer.length === 0) frame.headIssuer = issuerNames;
      // A 关于 (or 转发) title under its issuer's line, wrapped or under the number, is the document's own head
      // in full (赣州市人民政府办公厅 / 关于印发… / …的通知) where a headline left the issuer off; a law
      // database's "title / issuer / title again" keeps its title.
      // So is one set apart from a headline above it by the page's own lines (日期, 来源): a law
      // database prints its issuer's line right under the title it repeats.
      const above = kinds.get(issuerLine.index - 1);
      const apart = last < issuerLine.index - 1 && above !== 'title';
      const ownHead = rest.length > 1 || above === 'number' || apart;
      if (ownHead && OPENS_TITLE.test(chosenText) && OPENS_TITLE.test(joinLines(rest))) {
        frame.titleLines = candidate.lines;
        for (const l of candidate.lines) roles.set(l.index, 'title');
        continue;
      }
      for (const l of issuerLines) roles.set(l.index, 'info');
      for (const l of rest) roles.set(l.index, 'title');
      continue;
    }
    if (candidate === whole) continue;
    const repeat = comparable(candidate.text) === chosenText;
    if ((candidate.lines[0]?.index ?? 0) > last && !repeat) continue;
    for (const l of candidate.lines) roles.set(l.index, repeat ? 'title' : 'chrome');
  }
  // (A report's lead that names the title stays text: what it says of the release, who and when, is read from it.)
  for (const [index, kind] of kinds)
    if ((kind === 'other' || (kind === 'prose' && !namesTitle(lines[index], chosenText))) && index < first)
      roles.set(index, 'chrome');
  return Math.min(i, firstProse(kinds, i, last));
}

/** A cover notice's title before the 《 of what it issues, forwards or puts out for comment. */
const COVER_QUOTING =
  /^[^《]*(?:印发|印發|颁布|頒布|发布|發布|转发|轉發|征求|徵求)[^《]{0,8}《|^[^《]{0,40}《[^《》]+》[^《》]{0,8}(?:征求|徵求)/;

/** A report's lead that names the title it comes before (…发布第三批…名单公示公告,拟认定…): a title long enough to tell. */
function namesTitle(line: Line | undefined, title: string): boolean {
  return title.length >= 8 && comparable(line?.text ?? '').includes(title);
}

/** Whether `whole` is `cut` with a few marks a copy lost put back: brackets, quotes, dashes. */
function restoresLostMarks(whole: string, cut: string): boolean {
  if (whole.length <= cut.length || whole.length - cut.length > 6) return false;
  let at = 0;
  let lost = '';
  for (const ch of whole) {
    if (ch === cut[at]) at++;
    else lost += ch;
  }
  return at === cut.length && /^[()（）〔〕［］[\]【】《》“”"'‘’\-—－–]+$/.test(lost);
}

/** Where the body begins: the first line of prose after `after`, else the end of the head. */
function firstProse(kinds: Map<number, HeadKind>, end: number, after = -1): number {
  for (const [index, kind] of kinds) if (index > after && (kind === 'prose' || kind === 'other')) return index;
  return end;
}

/**
 * Of the head's title candidates, the 公文 title: one that says 关于 / 转发 / 印发, stands after the
 * document number or the masthead, or before the number, a date or the body; the nearest to the body
 * among equals. A candidate that only prose follows is weak: it is a heading of the text.
 */
const REPORTED_RELEASE = /^(?:我|本)?[\u4e00-\u9fff]{1,3}(?:发布|發布|出台)(?:关于|關於|關于|关於)/;

function chooseTitle(
  candidates: TitleCandidate[],
  kinds: Map<number, HeadKind>,
  tableTitle: string | undefined,
  roles: ReadonlyMap<number, BlockRole>,
  lines: Line[],
): TitleCandidate | null {
  const neighbour = (from: number, step: 1 | -1): HeadKind | 'end' => {
    for (let j = from + step; j >= 0 && kinds.size > 0; j += step) {
      const kind = kinds.get(j);
      if (kind) return kind;
      if (step === 1 && j > Math.max(...kinds.keys())) return 'end';
    }
    return 'end';
  };
  const wanted = tableTitle ? comparable(tableTitle) : null;
  let best: { candidate: TitleCandidate; score: number } | null = null;
  for (const candidate of candidates) {
    const first = candidate.lines[0]?.index ?? 0;
    const last = candidate.lines.at(-1)?.index ?? 0;
    let score = 0;
    if (wanted !== null && comparable(candidate.text) === wanted) score += 8;
    if (/关于|關於|关於|關于|转发|轉發|印发|印發/.test(candidate.text)) score += 4;
    const before = neighbour(first, -1);
    if (before === 'mark' || before === 'number') score += 2;
    const after = neighbour(last, 1);
    if (after === 'number' || after === 'date' || after === 'end') score += 2;
    if (after === 'prose' || after === 'other') score -= 1;
    // A headline that decorates the title (新乡长垣市关于…的通告(长垣市交通管理局)) stands above it.
    const own = comparable(candidate.text);
    // (A cover notice that issues it, quoting it in 《》, is no decoration: 印发《关于…的实施办法》的通知.)
    // (Its note may follow inside the quotes when the candidate's own line left it off: 《…若干措施(征求意见稿)》.)
    const quoted = (c: TitleCandidate) => {
      const whole = c.text.replace(/[\s\u3000]+/g, '');
      const opens = `《${candidate.text.replace(/[\s\u3000]+/g, '')}`;
      const at = whole.indexOf(opens);
      return at !== -1 && /^(?:[（(][^（()）》]{1,12}[)）])?》/.test(whole.slice(at + opens.length));
    };
    // (Nor is its issuer before it on the same line: 黑龍江省人民政府辦公廳關于印發… under a headline
    // 關于印發…; a law database's issuer on a line of its own, between the title and its repeat, is not.)
    const issuedBy = (c: TitleCandidate) => {
      if (c.lines.length > 1) return false;
      const whole = c.text.replace(/[\s\u3000]+/g, '');
      const bare = candidate.text.replace(/[\s\u3000]+/g, '');
      return whole.endsWith(bare) && signatureNames(whole.slice(0, whole.length - bare.length)) !== null;
    };
    // (Nor is the head's own title that names the body's place the headline left off: 上海市奉贤区… under 奉贤区….)
    const placedBefore = (c: TitleCandidate) =>
      !ABOUT.test(own.slice(0, 2)) &&
      /^[\u4e00-\u9fff]{1,8}(?:省|市|自治区|自治區|县|縣|区|區|州|盟)$/.test(comparable(c.text).slice(0, -own.length)) &&
      comparable(c.text).endsWith(own);
    const decorated = candidates.some(
      (c) =>
        c !== candidate &&
        comparable(c.text).length > own.length &&
        comparable(c.text).includes(own) &&
        !quoted(c) &&
        !issuedBy(c) &&
        !placedBefore(c),
    );
    if (decorated && ABOUT.test(own)) score += 3;
    // A headline that shortens the head's own title below it (海东市关于划定高中风险区域的通告 over
    // 海东市新冠肺炎疫情防控指挥部关于划定高、中风险区域的通告(第39号)) gives way to it.
    const shortens = (c: TitleCandidate) => {
      const full = comparable(c.text);
      return (
        (c.lines[0]?.index ?? 0) > last &&
        full.length > own.length + 2 &&
        full.slice(0, 2) === own.slice(0, 2) &&
        genreOfTitle(full.replace(/[（(][^（()）]{1,12}[)）]$/, '')) === genreOfTitle(own) &&
        charactersInOrder(own, full)
      );
    };
    if (ABOUT.test(own) && candidates.some(shortens)) score -= 2;
    // What a cover notice issues or puts out for comment, quoting it (关于对《X(征求意见稿)》公开征求意见的通知), is
    // not the document's title: the notice's is.
    const covers = (c: TitleCandidate) => c !== candidate && quoted(c) && COVER_QUOTING.test(c.text.replace(/[\s\u3000]+/g, ''));
    if (candidates.some(covers)) score -= 2;
    // So does a wiki's row of neighbours set apart by spaces (致…的一封公开信 临海市…指挥部1号令), above or below it.
    const alone = candidate.text.trim();
    const paired = (t: string) => (t.match(/《/g)?.length ?? 0) === (t.match(/》/g)?.length ?? 0);
    const neighbours =
      alone.length >= MIN_REPEATED_TITLE &&
      /^[\u4e00-\u9fff]/.test(alone) &&
      candidates.some((c) => {
        const row = c.lines[0]?.text.trim() ?? '';
        const before = row.slice(0, -alone.length);
        return (
          c !== candidate && row.length > alone.length && row.endsWith(alone) && /\S[\s\u3000]+$/.test(before) && paired(before)
        );
      });
    if (neighbours && !ABOUT.test(own)) score += 3;
    // A repost's headline that reports the release (我省發布關于…的通告) gives way to the document's own title.
    if (REPORTED_RELEASE.test(own) && candidates.some((c) => c !== candidate && ABOUT.test(comparable(c.text)))) score -= 4;
    // Of a title and its repeat, a copy that lost one of a pair of quotes (…于3+2”…) gives way.
    const bare = withoutPairs(candidate.text);
    if (!balancedQuotes(candidate.text) && candidates.some((c) => c !== candidate && withoutPairs(c.text) === bare)) score -= 3;
    if (!best || score >= best.score) best = { candidate, score };
  }
  if (!best) return null;
  // A weak candidate after prose is a heading of the text, not the document's title.
  const first = best.candidate.lines[0]?.index ?? 0;
  // (Prose a page's chrome stands between, a leaked description above the breadcrumb, is no text of it.)
  let lastChrome = -1;
  for (const [index, role] of roles) if (role === 'chrome' && index < first) lastChrome = Math.max(lastChrome, index);
  // (Nor is the title itself run into the text's first words: "…分工方案为贯彻落实…" over "…分工方案".)
  const chosenText = comparable(best.candidate.text);
  const runOn = (index: number) => comparable(lines[index]?.text ?? '').startsWith(chosenText);
  // (Nor is a report's lead that introduces the document after it: "…发布…的通知,全文如下:".)
  let lead = lastChrome;
  for (const [index, kind] of kinds)
    if (kind === 'prose' && index < first && /如下[:：]$/.test(lines[index]?.text.trim() ?? '')) lead = Math.max(lead, index);
  // (Nor a report's lead that names it released: "9月4日,农业农村部发布第三批…名单公示公告,拟认定…".)
  const afterProse = [...kinds].some(
    ([index, kind]) =>
      kind === 'prose' && index > lead && index < first && !runOn(index) && !namesTitle(lines[index], chosenText),
  );
  return best.score >= 0 || !afterProse ? best.candidate : null;
}

/** "1988年12月8日,最高人民法院", "最高人民法院 1988年12月8日": a head line that dates and names the issuer. */
function readDatedIssuer(text: string): { date: string; issuers: string[] } | null {
  const m =
    /^(\S{1,6}年\S{1,3}月\S{1,3}日)[,，\s\u3000]+(.+)$/.exec(text) ??
    /^(.+?)[\s\u3000]+(\S{1,6}年\S{1,3}月\S{1,3}日)$/.exec(text);
  if (!m) return null;
  const [dateText, names] = parseDateLine(m[1] ?? '') ? [m[1], m[2]] : [m[2], m[1]];
  const date = parseDateLine(dateText ?? '');
  const issuers = names ? signatureNames(names) : null;
  return date && issuers ? { date, issuers } : null;
}

/**
 * A congress's name, then "公 告" spaced out on a line of its own, then its number: "无锡市…常务委员会 / 公 告 /
 * 第1号"; or its name wrapped over two lines: "昌吉回族自治州人民代表大会 / 常务委员会公告 / (第5号)".
 */
function spacedNoticeHead(lines: Line[], i: number): DecreeHead | null {
  const notice = (lines[i + 1]?.text ?? '').replace(/[\s\u3000]+/g, '');
  const spaced = notice === '公告' || notice === '公吿';
  if (!spaced && (!/^[\u4e00-\u9fff]{2,20}(?:公告|令)$/.test(notice) || isDecreeLine(notice))) return null;
  const decree = readDecreeHead(`${lines[i]?.text ?? ''}${spaced ? '公告' : notice}`, lines[i + 2]?.text ?? '');
  if (decree) return { ...decree, lines: 3 };
  // A ministry's, numbered by year: "中华人民共和国卫生部 / 公 告 / 2009年 第 8号".
  const body = spaced ? signatureNames(lines[i]?.text ?? '') : null;
  const yearly = /^((?:19|20)\d{2})\s*年\s*第\s*([0-9０-９]{1,4})\s*([号號])$/.exec((lines[i + 2]?.text ?? '').trim());
  if (body?.length !== 1 || !body[0] || !yearly) return null;
  return { number: `${body[0]}公告${yearly[1]}年第${asciiDigits(yearly[2] ?? '')}${yearly[3]}`, issuer: body[0], lines: 3 };
}

/**
 * A government's numbered 公告 that promulgates a rule as a 令 does: "元江县人民政府公告 / 第23号 /
 * 现公布《…办法》…". (A 公告 of its own, a land requisition's, says nothing of 公布.)
 */
function promulgatingNotice(lines: Line[], i: number): DecreeHead | null {
  const body = /^([\u4e00-\u9fff]{2,24}?(?:人民政府|政府))公告$/.exec((lines[i]?.text ?? '').replace(/[\s\u3000]+/g, ''))?.[1];
  const serial = /^第\s*([0-9０-９]{1,4})\s*([号號])$/.exec((lines[i + 1]?.text ?? '').trim());
  if (!body || !serial || !/^(?:现|現)(?:予|將|将)?(?:公布|發布|发布)《/.test(lines[i + 2]?.text.trim() ?? '')) return null;
  return { number: `${body}公告第${asciiDigits(serial[1] ?? '')}${serial[2]}`, issuer: body, lines: 2 };
}

/**
 * A regulation's name beside its decree head on one line: "广西壮族自治区土地整治办法 广西壮族自治区
 * 人民政府令 第116号", "商务部令2007年第15号 商业特许经营备案管理办法".
 */
function titledDecreeHead(text: string, frame: Frame): DecreeHead | null {
  const line = text.trim();
  const before = /^(\S+)[\s\u3000]+(\S.*令[\s\u3000]*第.{1,8}[号號])$/.exec(line);
  // (Or glued on: "中华人民共和国民政部令第26号基金会名称管理规定".)
  const after = /^(\S+?令)[\s\u3000]*(?:(?:19|20)\d{2}\s*年)?[\s\u3000]*(第\s*\S{1,8}?\s*[号號])[\s\u3000]*(\S.*)$/.exec(line);
  const [title, head] = before ? [before[1], before[2]] : after ? [after[3], `${after[1]}${after[2]}`] : [];
  if (!title || !head || !isTitleEnd(title)) return null;
  const decree = readDecreeHead(head, '');
  if (decree) frame.headlineTitle = title;
  return decree;
}

/** A regulation's title with its decree in brackets: "中華人民共和國引航員管理辦法(中華人民共和國交通運輸部令2024年第13號)". */
function noteDecreeAfterTitle(text: string, frame: Frame): void {
  // In brackets, or run on after the name and a note ("《…暂行办法》(全文)浙江省人民政府令第381号").
  const decreed =
    /[（(]\s*(\S{2,40}?令)\s*(?:(?:19|20)\d{2}\s*年)?\s*(第\s*[0-9０-９]{1,5}\s*[号號])\s*[)）]$/.exec(text) ??
    /[》)）]\s*([\u4e00-\u9fff]{2,24}?令)\s*(第\s*[0-9０-９]{1,5}\s*[号號])$/.exec(text);
  const decree = decreed?.[1] ? readDecreeHead(`${decreed[1]}${decreed[2]}`, '') : null;
  if (!decree) return;
  frame.docNumber ??= decree.number;
  if (decree.issuer && frame.headIssuer.length === 0) frame.headIssuer = [decree.issuer];
}

/** A number of the 1980s and 1990s with its year before the code: "(90)鲁政函18号" is 〔90〕鲁政函18号. */
function yearBeforeCode(text: string): string | null {
  const m =
    /^[（(〔［[]\s*(\d{2}|(?:19|20)\d{2})\s*[)）〕］\]]\s*([\u4e00-\u9fff]{2,10}(?:[（(][\u4e00-\u9fff]{1,4}[)）][\u4e00-\u9fff]{0,4})?)\s*(第?)\s*([0-9０-９]{1,4})\s*([号號])$/.exec(
      text,
    );
  if (!m || /的|之|关于|關於/.test(m[2] ?? '')) return null;
  // (Its office's branch in brackets and its 第 as printed: "(75)農林(漁)字第34號".)
  return `〔${m[1]}〕${m[2]}${m[3]}${asciiDigits(m[4] ?? '')}${m[5]}`;
}

/** A number on a line of its own that lost its 〕 and 号 to a web page: "赣发〔20128" is 赣发〔2012〕8号. */
function numberMissingItsEnd(text: string): { value: string; length: number } | null {
  // Or its brackets too (清安办函201851), where the code ends as codes do (…发, …函, …字).
  // Or its 〔 (安政通2025〕1号).
  const opened = /^([\u4e00-\u9fff]{1,10}?)((?:19|20)\d{2})[〕］\]】﹞](\d{1,4})[号號]$/.exec(text);
  if (opened && !/的|之|关于|通知/.test(opened[1] ?? '')) {
    return { value: `${opened[1]}〔${opened[2]}〕${opened[3]}${text.slice(-1)}`, length: text.length };
  }
  const m =
    /^([\u4e00-\u9fff]{1,10})[〔［[【﹝]((?:19|20)\d{2})(\d{1,4})$/.exec(text) ??
    /^([\u4e00-\u9fff]{1,9}[发發函字办辦])((?:19|20)\d{2})(\d{1,4})$/.exec(text);
  if (!m || /的|之|关于|通知/.test(m[1] ?? '')) return null;
  // In the script the code is written in (陽礦農發〔2021〕82號).
  const hao = foldForSearch(m[1] ?? '') === m[1] ? '号' : '號';
  return { value: `${m[1]}〔${m[2]}〕${m[3]}${hao}`, length: text.length };
}

/** A line without the brackets around it all: "(交公路发明电(2003)06号)", not "(界首市)…(界政辦秘【2022】55號)". */
function withoutOuterBrackets(text: string): string {
  if (!/^[（(]/.test(text) || !/[)）]$/.test(text)) return text;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth--;
    if (depth === 0 && i < text.length - 1) return text;
  }
  return text.slice(1, -1).trim();
}

/** What a number line gives: the number, a title beside it, a date, the body it names. */
interface NumberLine {
  number: string;
  title: string | null;
  date?: string;
  body?: string;
}

/** A notice numbered in its series, as bodies that issue them head them. */
function seriesNotice(text: string): NumberLine | null {
  // A series' number between its body and its genre: "漳州市…工作指挥部〔2021〕第3号通告".
  const between =
    /^([\u4e00-\u9fff]{4,40}?)([〔［[【﹝]\s*(?:19|20)\d{2}\s*[〕］\]】﹞]\s*第\s*\d{1,4}\s*[号號])(通告|公告)$/.exec(text);
  if (between?.[1] && between[2] && between[3])
    return { number: normaliseDocNumber(between[2]), title: between[3], body: between[1] };
  // A body's numbered notice on one line, titled by it as printed: "庆元县…防控工作指挥部通告第14号".
  const numberedNotice = /^([\u4e00-\u9fff]{4,40}?)(?:通告|公告)\s*第\s*[0-9０-９]{1,4}\s*[号號]$/.exec(text);
  if (numberedNotice?.[1] && signatureNames(numberedNotice[1]))
    return { number: normaliseDocNumber(text), title: text, body: numberedNotice[1] };
  // A command titled with its serial run on: "森林防火禁火令〔2021〕第2號".
  const command =
    /^([\u4e00-\u9fff]{1,30}[^\s府政]令)\s*([〔［[【﹝]\s*(?:19|20)\d{2}\s*[〕］\]】﹞]\s*第?\s*\d{1,4}\s*[号號])$/.exec(text);
  if (command?.[1] && command[2]) return { number: command[2].replace(/\s+/g, ''), title: command[1] };
  // A body's numbered 公告 head run into its title: "双牌县选举委员会公告(第一号)关于…的公告".
  const headed =
    /^([\u4e00-\u9fff]{4,30}?公告)\s*[（(](第[0-9０-９一二三四五六七八九十百]{1,6}[号號])[)）]\s*((?:关于|關於)\S+)$/.exec(text);
  if (headed?.[1] && headed[2] && headed[3] && isTitleEnd(headed[3]))
    return { number: normaliseDocNumber(`${headed[1]}${headed[2]}`), title: headed[3] };
  return null;
}

/** A number a copy damaged, read as printed. */
const SERIAL_LEFT_BLANK =
  /^([\u4e00-\u9fff]{1,10}[〔［[【﹝]\s*(?:19|20)\d{2}\s*[〕］\]】﹞]\s*[号號])(?:[（(][A-Da-d甲乙丙][类類]?[)）]|[A-Da-d][类類])?$/;

function damagedNumber(text: string): NumberLine | null {
  // A page that lost the year (青政办〔〕11号) prints the number so: it is the number as printed.
  if (isYearLostNumber(text)) return { number: text.replace(/\s+/g, ''), title: null };
  // Or whose brackets a copy turned into commas or question marks (富政办, 2005? 35号): with its brackets.
  const unbracketed = /^([\u4e00-\u9fff]{1,10})[\s,，?？]{1,3}((?:19|20)\d{2})[\s,，?？]{1,3}([0-9]{1,5})\s*([号號])$/.exec(text);
  if (unbracketed?.[1] && /[,，?？]/.test(text) && !labelField(unbracketed[1]))
    return { number: `${unbracketed[1]}〔${unbracketed[2]}〕${unbracketed[3]}${unbracketed[4]}`, title: null };
  // Or its 号 (内统字﹝2019﹞80, 镜政〔2006〕21): the number as printed.
  if (lostItsHao(text)) return { number: text.replace(/\s+/g, ''), title: null };
  // Or its serial, a template's blank, perhaps with a reply's class after it (清政建複〔2022〕號(B類)): as printed.
  const blank = SERIAL_LEFT_BLANK.exec(text)?.[1];
  if (blank && !labelField(blank.replace(/[〔［[【﹝].*$/, ''))) return { number: blank.replace(/\s+/g, ''), title: null };
  // A code with a colon before its year: "建议字:〔2023〕8号".
  const coded = /^([\u4e00-\u9fff]{1,10}[字发發函])[:：]\s*([〔［[（(【]\s*(?:19|20)\d{2}.*)$/.exec(text);
  const codedNumber = coded && !labelField(coded[1] ?? '') ? findDocNumberAtStart(`${coded[1]}${coded[2]}`) : null;
  if (codedNumber && codedNumber.length === (coded?.[1]?.length ?? 0) + (coded?.[2]?.length ?? 0))
    return { number: codedNumber.value, title: null };
  return null;
}

/**
 * A document number on a line of its own, with a 签发人 after it, or with the title beside it as web
 * copies repeat it: "京政办发〔2016〕26号《…的通知》", "…的通知(岳办发〔2017〕2号)", "…的答复[浙交建〔2018〕101号]",
 * "…的通知 鲁政发〔2014〕20号".
 */
// (Spaced letter by letter, or before a piece that is no code by itself, 发明电 or 函: not "首页 国办函〔2014〕119号".)
const SPACED_CODE =
  /^(?:(?:[\u4e00-\u9fff][ \u3000]){1,3}[\u4e00-\u9fff]{1,4}|(?:[\u4e00-\u9fff]{1,3}[ \u3000]){1,2}(?:[发發函字]|明电|明電)[\u4e00-\u9fff]{0,3})(?=[〔［[【﹝]\s{0,2}(?:19|20)\d{2}\s{0,2}[〕］\]】﹞]\s{0,2}\d{1,5}\s{0,2}[号號])/;

function readNumberLine(line: string): NumberLine | null {
  const signer = SIGNER.exec(line)?.index;
  const cut = line
    .slice(0, signer)
    .trim()
    .replace(/^(?:[—–-]{1,4}|[•·●◆■▪])\s*/, '')
    // A portal's mark of its force before it ("(已废止)微政办字〔2019〕24号 关于…"), a table's rule after it.
    .replace(FORCE_MARK_BEFORE, '')
    .replace(/[\s\u3000]*[|｜]+$/, '')
    // A bracket a copy left after it alone: "浙公通字〔2009〕22号)".
    .replace(/(?<=[号號])[)）]$/, (bracket, at: number, whole: string) => (/[（(]/.test(whole.slice(0, at)) ? bracket : ''))
    // An authority code a copy spaced out: "国 办 发明电〔2015〕18号", "国办 发明电〔2012〕33号".
    .replace(SPACED_CODE, (code: string) => (/关于|關於|印发|印發|转发|轉發/.test(code) ? code : code.replace(/[ \u3000]/g, '')));
  const text = withoutOuterBrackets(cut);
  // A database's "1996年7月22日 国税发[1996]127号": the date first.
  const dated = /^(\S{1,6}年[^\s月]{1,3}月[^\s日]{1,3}日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})[\s\u3000,，、]*(\S.*)$/.exec(
    text,
  );
  const datedNumber = dated?.[2] ? findDocNumberAtStart(dated[2]) : null;
  const date = dated?.[1] ? parseDateLine(dated[1]) : null;
  if (datedNumber && date && datedNumber.length === dated?.[2]?.length) return { number: datedNumber.value, title: null, date };
  // Or a compilation's "2010.10.13《…的通知》银监办发〔2010〕309号": the date, then the title and its number.
  const datedTitle = date && dated?.[2]?.startsWith('《') ? readNumberLine(dated[2]) : null;
  if (datedTitle?.title && date) return { ...datedTitle, date };
  const notice = seriesNotice(text) ?? damagedNumber(text);
  if (notice) return notice;
  // A headline that opens with the number in brackets: "[天政发〔2021〕18号]天水市人民政府关于…".
  const headed = /^[[［【]([^\]］】]{4,30})[\]］】]\s*(\S.*)$/.exec(text) ?? /^[（(]([^（()）]{4,30})[)）]\s*(\S.*)$/.exec(text);
  const headedNumber = headed?.[1] ? findDocNumberAtStart(headed[1]) : null;
  if (headed?.[2] && headedNumber && headedNumber.length === headed[1]?.length && ownAbout(headed[2]))
    return { number: headedNumber.value, title: headed[2] };
  // A serial whose year a copy lost ("(年第3号)"), or printed in brackets beside the title
  // ("…办公室通告 2021年第(8)号"): as printed.
  const yearLost = /^[（(]?\s*(年\s*第\s*[0-9０-９]{1,4}\s*[号號])\s*[)）]?$/.exec(text);
  if (yearLost?.[1]) return { number: yearLost[1].replace(/\s+/g, ''), title: null };
  const bracketedSerial =
    /^(\S.{1,60}?(?:通告|公告))[\s\u3000]+((?:19|20)\d{2}\s*年\s*第\s*[（(]\s*[0-9０-９]{1,4}\s*[)）]\s*[号號])$/.exec(text);
  if (bracketedSerial?.[1] && bracketedSerial[2])
    return { number: bracketedSerial[2].replace(/\s+/g, ''), title: bracketedSerial[1] };
  const yearFirst = yearBeforeCode(text);
  if (yearFirst) return { number: yearFirst, title: null };
  // A ministry's 公告 numbered by year under its title, the word 公告 left off: "自然资源部2020年第81号".
  const bodyYearly = /^([\u4e00-\u9fff]{2,30}?)((?:19|20)\d{2}\s{0,2}年\s{0,2}第\s{0,2}[0-9０-９]{1,4}\s{0,2}[号號])$/.exec(text);
  if (bodyYearly?.[1] && bodyYearly[2] && signatureNames(bodyYearly[1])?.length === 1)
    return { number: text.replace(/\s+/g, ''), title: null, body: bodyYearly[1] };
  const leading = findDocNumberAtStart(text) ?? numberMissingItsEnd(text);
  if (leading) {
    // A reply's class after its number (平交复函[2017]19号B类) is no part of it.
    const rest = text
      .slice(leading.length)
      .trim()
      // (A table's rule between them: "建城〔2019〕56号|住房和城乡建设部等部门关于…".)
      .replace(/^[|｜]\s*/, '')
      .replace(
        /^(?:[（(]?[A-CＡ-Ｃ][类類][)）]?)?(?:[\s\u3000]*(?:同意公开|同意公開|主动公开|主動公開|依申请公开|依申請公開|不予公开|不予公開|不公开|不公開))?$/,
        '',
      );
    const quoted = unquoteTitle(rest);
    // A body's 公告 or 通告 numbered in brackets (中国人民银行公告〔2016〕第17号): that body issues it.
    const announcer = rest === '' ? /^([\u4e00-\u9fff]{4,30}?)(?:公告|通告)[〔［[【﹝(（]/.exec(text)?.[1] : undefined;
    if (announcer && signatureNames(announcer)?.length === 1) return { number: leading.value, title: null, body: announcer };
    if (rest === '' || isTitleEnd(quoted)) return { number: leading.value, title: rest === '' ? null : quoted };
    // A gazette's "(宁政办发〔2010〕9号 2010年1月14日)", "(冀政发〔2018〕11号 2018年5月18日印发)".
    const restDate = parseDateLine(rest.replace(/^[,，、]\s*/, '').replace(/(?:印发|印發|发布|發布|公布)$/, ''));
    if (restDate) return { number: leading.value, title: null, date: restDate };
    // A portal's number, date and body run together: "扬府发[2009]20号2009年01月21日扬州市人民政府".
    const signed =
      /^(\S{1,6}年\S{1,3}月\S{1,3}日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})[\s\u3000]*([\u4e00-\u9fff]{2,40})$/.exec(rest);
    const signedDate = signed?.[1] ? parseDateLine(signed[1]) : null;
    const signedBy = signed?.[2] ? signatureNames(signed[2]) : null;
    if (signedDate && signedBy?.length === 1) return { number: leading.value, title: null, date: signedDate, body: signed?.[2] };
    return null;
  }
  // A 公告's title with its number by year in brackets after it: "关于…的公告(2019年第2号)".
  // (A notice's without its 第: "…的通告(2022年108号)"; a gazette's issue beside a reply, "…的复函(2000年10号)", is no number.)
  const yearly =
    /^(.+?)[（(]\s*((?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*[号號])\s*[)）]$/.exec(text) ??
    /^(.+?(?:通告|公告))[（(]\s*((?:19|20)\d{2}\s*年\s*\d{1,4}\s*[号號])\s*[)）]$/.exec(text);
  if (yearly?.[1] && yearly[2] && (ownAbout(yearly[1]) || isBodysAnnouncement(yearly[1].trim())) && isTitleEnd(yearly[1].trim()))
    return { number: normaliseDocNumber(yearly[2]), title: yearly[1].trim() };
  // Or its serial in the year's brackets run on unbracketed: "关于加强…整治的通告〔2021〕第4号".
  const serialAfter = /^(.+?(?:通告|公告))\s*([〔［[【﹝]\s*(?:19|20)\d{2}\s*[〕］\]】﹞]\s*第\s*\d{1,4}\s*[号號])$/.exec(text);
  if (serialAfter?.[1] && serialAfter[2] && ownAbout(serialAfter[1]))
    return { number: normaliseDocNumber(serialAfter[2]), title: serialAfter[1].trim() };
  // A 公告 with its series' number glued on, the series named short (…征收土地预公告济长征预公告〔2025〕4号).
  const seriesAt = /(?:公告|通告)[\u4e00-\u9fff]{1,8}(?:公告|通告)\s?[〔［[【﹝]/.test(text) ? gluedNumberAt(text) : 0;
  const series = seriesAt > 0 ? findDocNumberAtStart(text.slice(seriesAt)) : null;
  if (series) return { number: series.value, title: text.slice(0, seriesAt) };
  // 公告 numbered by year: "海关总署公告2010年第83号", "公告 2019年第5号".
  // The body's name before 公告 is part of the number as it is cited (国家税务总局公告2015年第43号, 财政部 税务总局公告2019年第39号).
  const announcement =
    /^((?:(?:[\u4e00-\u9fff]{2,20}[ \u3000]+){0,3}[\u4e00-\u9fff]{2,40}?(?:公告|通告))?)\s*[（(]?\s*((?:19|20)\d{2}\s*年?\s*第\s*\d{1,4}\s*[号號]|[〔［[【﹝(（]\s*(?:19|20)\d{2}\s*[〕］\]】﹞)）]\s*第?\s*\d{1,4}\s*[号號])\s*[)）]?$/.exec(
      text,
    );
  if (announcement?.[2]) {
    const body = announcement[1] ?? '';
    // Joint bodies keep their space (财政部 税务总局公告2019年第39号).
    const named = body.length > 2 && signatureNames(body.replace(/(?:公告|通告)$/, '')) ? body : '';
    // A body's 公告 of a kind, its serial run on (定州市人民政府征收土地公告2025年第10号): the title, and the number as printed.
    const kind =
      named === '' ? /^([\u4e00-\u9fff]{2,30}?(?:人民政府|政府|局|委员会|委員會))[\u4e00-\u9fff]{2,12}公告$/.exec(body) : null;
    if (kind?.[1] && signatureNames(kind[1])?.length === 1)
      return { number: `${body}${announcement[2].replace(/\s+/g, '')}`, title: body, body: kind[1] };
    // Titled by its head where nothing else titles it (拉萨市…领导小组办公室公告〔2022〕第17号).
    return named === ''
      ? { number: normaliseDocNumber(announcement[2]), title: null }
      : { number: normaliseDocNumber(`${named}${announcement[2]}`), title: named, body: named.replace(/(?:公告|通告)$/, '') };
  }
  // With its title beside it: "商務部公告2019年第49號 商務部關于…的延期公告"; a site's column name before it
  // ("法规国家税务总局公告…") gives way to the body the title names.
  const beside = /^(\S{2,24}?)(公告\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*[号號])[\s\u3000]+(\S.+)$/.exec(text);
  if (beside?.[1] && beside[2] && beside[3] && isTitleEnd(beside[3]) && signatureNames(beside[1])) {
    const titleBody = /^(\S{2,20}?)(?:关于|關於)/.exec(beside[3])?.[1];
    const body = titleBody && beside[1].endsWith(titleBody) ? titleBody : beside[1];
    return { number: normaliseDocNumber(`${body}${beside[2]}`), title: beside[3] };
  }
  // With its title in brackets after it: "海關總署公告2017年第26號(關于…的公告)".
  // (Joint bodies spaced apart before it: "海关总署 农业农村部公告2020年第85号(关于…的公告)".)
  const titled =
    /^((?:[\u4e00-\u9fff]{2,20}[ \u3000]+){0,3}\S{2,20}?公告\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*[号號])\s*[（(](.+?)\s*[)）]$/.exec(
      text,
    );
  if (titled?.[1] && titled[2] && isTitleEnd(titled[2]))
    return { number: normaliseDocNumber(titled[1]), title: titled[2], body: titled[1].replace(/公告[\s\S]*$/, '') };
  // A body's 公告 named by its serial alone: "國家知識產權局第475號公告".
  const serialNamed = /^([\u4e00-\u9fff]{2,30}?)第\s*[0-9０-９]{1,5}\s*[号號]公告$/.exec(text);
  if (serialNamed?.[1] && signatureNames(serialNamed[1])?.length === 1)
    return { number: text.replace(/\s+/g, ''), title: text.replace(/\s+/g, ''), body: serialNamed[1] };
  // Or before the title: "〔2022〕第39号兰考县人民政府征收土地预公告".
  const before = /^([〔［[【﹝]\s*(?:19|20)\d{2}\s*[〕］\]】﹞]\s*第\s*\d{1,4}\s*[号號])\s*(\S.*)$/.exec(text);
  if (before?.[1] && before[2] && isTitleEnd(before[2])) return { number: normaliseDocNumber(before[1]), title: before[2] };
  // One quantifier for each run of white space: with two or three in a row, a long run would be
  // tried split every way (cubic time).
  const trailing =
    /^(.*?[^\s-—_])\s*(?:[-—_]{1,2}\s*)?(?:[（(［[【]\s*)?([\u4e00-\u9fff]{1,16} ?[〔［[（(【﹝〖][^\s]{4,6} ?(?:第 ?)?[0-9０-９]{1,5} ?[号號])\s*[)）］\]】]?$/.exec(
      text,
    );
  const number = trailing?.[2] ? findDocNumberAtStart(trailing[2]) : null;
  const title = trailing?.[1] ? unquoteTitle(trailing[1]) : '';
  if (number && number.length === trailing?.[2]?.length && isTitleEnd(title)) return { number: number.value, title };
  // Glued to the 文种 with nothing between: "…关于…的实施意见武政发[2017]52号" (a whole title, not the
  // last line of one: "有关事项的通知教材厅函〔2017〕2号" is read from the lines' pieces).
  const glued = gluedNumberAt(text);
  const gluedTitle = unquoteTitle(text.slice(0, glued));
  const gluedNumber = glued > 0 ? findDocNumberAtStart(text.slice(glued)) : null;
  if (gluedNumber && ownAbout(gluedTitle) && isTitleEnd(gluedTitle)) return { number: gluedNumber.value, title: gluedTitle };
  // A notice numbered in its series: "关于…的通告(第6号)"; not a title that goes on after a number it
  // quotes ("对…《关于…的建议》(第44号)的答复").
  // (In words only a 公告's or a 通告's: a census 公报(第一号) is one of a series, not numbered as a document.)
  const serial =
    /^(.+?)[（(](第\s*[0-9０-９]{1,4}\s*[号號])[)）](?![\u4e00-\u9fff])/.exec(text) ??
    /^([^《，,]+?(?:公告|通告))[（(](第\s*[一二三四五六七八九十]{1,4}\s*[号號])[)）]$/.exec(text);
  if (serial?.[1] && isTitleEnd(serial[1].trim()))
    return { number: (serial[2] ?? '').replace(/\s+/g, ''), title: serial[1].trim() };
  return null;
}

/** A title as web pages wrap it: 《…的通知》 → …的通知. */
function unquoteTitle(text: string): string {
  // (A table's cell may quote it whole: "西盟县民政局关于…的公告", “…的通知”; or add 全文 after it: 《…条例》全文.)
  const plain = /^(?:"([^"]+)"|“([^“”]+)”|《([^《》]+)》全文)$/.exec(text.trim());
  const bare = plain?.[1] ?? plain?.[2] ?? plain?.[3];
  if (bare && isTitleEnd(bare)) return bare;
  const inner = /^《(.+)》$/.exec(text.trim())?.[1];
  return inner && !/[《》]/.test(inner.replace(/《[^《》]*》/g, '')) ? inner : text.trim();
}

/** A bulletin's issuing body and date side by side, the date's 日 perhaps lost. */
const BULLETIN_HEAD =
  /^([^\s?？]{2,30})[\s\u3000?？]{2,}((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?)(?:\s*\d{1,2}\s*[时時点點](?:\s*\d{1,2}\s*分)?)?$/;

/** A sign-off's name, date and what runs on after them, with nothing between. */
const GLUED_SIGNOFF = /^([\u4e00-\u9fff]{2,80}?)((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[\s\u3000]*(\S.*)?$/;

/** The next line after `i` with Chinese in it, within a few lines (English ones between); i + 1 otherwise. */
function nextChineseLine(lines: Line[], i: number): number {
  for (let j = i + 1; j <= i + 4 && j < lines.length; j++) {
    const text = lines[j]?.text ?? '';
    if (/[\u4e00-\u9fff]/.test(text)) return j;
    if (!/^[\x20-\x7e]+$/.test(text)) break;
  }
  return i + 1;
}

/** A body's line over the title it put out, as a news repost prints it: "湖北省公安厅发布". */
const RELEASED = /(?<=\S{4})(?:发布|發布)$/;
const LONE_RELEASE = /^(?:发布|發布|印发|印發)$/;

/** Joint issuers stacked a line each over a title. */
const MAX_STACKED_ISSUERS = 4;

/** What a wrapped head note gives the head: its date, its adopting congress, a decree's number. */
function readHeadNote(text: string, frame: Frame): boolean {
  const adopted = noteAct(text);
  const date = adopted?.date ?? headNoteDate(text);
  if (!date) return false;
  frame.headDate ??= date;
  if (adopted?.body && frame.headIssuer.length === 0) frame.headIssuer = [adopted.body];
  frame.docNumber ??= headNoteNumber(text);
  return true;
}

const DECREE_AMONG_FIELDS =
  /(?:^|[\s\u3000|｜])((?:中华人民共和国|中華人民共和國)?[\u4e00-\u9fff]{2,24}?令)[\s\u3000]*((?:(?:19|20)\d{2}[\s\u3000]*年)?[\s\u3000]*第[\s\u3000]*[0-9０-９]{1,5}[\s\u3000]*[号號])(?=$|[\s\u3000|｜])/;

/** How long a line of joint bodies over a number may run (seventeen ministries side by side). */
const MAX_JOINT_LINE = 400;
/** Bodies enough on one line over a title that they are its masthead, not its first words. */
const MIN_MASTHEAD_BODIES = 5;

/** A whole head on one line, as some pages flatten it: "…的实施意见 浙政发[2009]69号 2009-11-03 为贯彻…". */
function noteOneLineHead(line: string, frame: Frame): void {
  // A journal database marks where the text begins: "<正>天津市人民政府令第34号《…》已于…".
  const text = line.replace(/^<正>/, '');
  // (A file's name over its text names the file, not the head: a sharing site's "关于印发…的通知.doc".)
  if (/\.(?:docx?|pdf|wps|ofd)$/i.test(text.trim())) return;
  // A decree with its promulgation and signer run on: "…令第34号《…规定》已于…通过,现予公布…。天津市市长张工2022年12月19日第一条…".
  const decreed = /^(\S{2,30}?令)[\s\u3000]*[（(]?(第[\s\u3000]*[0-9０-９]{1,5}[\s\u3000]*[号號])[)）]?[\s\u3000]*(?=《)/.exec(
    text,
  );
  const decree = decreed ? readDecreeHead(`${decreed[1]}${decreed[2]}`, '') : null;
  // A page's header row or headline that carries the decree among other fields: "…的决定 交通运输部令2018年第41号
  // 2018年11月27日", "中华人民共和国交通运输部令2019年第29号|《…》发布(附全文)"; who issued it the sign-off says.
  // (Not a decree a sentence cites: "…依据《…规定》(中华人民共和国教育部令第41号".)
  const fielded = decree ? null : DECREE_AMONG_FIELDS.exec(text.slice(0, MAX_HEAD_LINE));
  const cited = fielded ? /[，。；,;（(]/.test(text.slice(0, fielded.index)) : true;
  const among = fielded && !cited ? readDecreeHead(`${fielded[1]}${fielded[2]}`, '') : null;
  if (among) frame.docNumber ??= among.number;
  if (decree) {
    frame.decree ??= decree;
    frame.docNumber ??= decree.number;
    const signed = SIGNED_BY_LEADER.exec(text.slice(0, 600))?.[1];
    if (signed) frame.headDate ??= parseDateLine(signed);
    return;
  }
  // A ministry's promulgation without its head, its minister and the date run on: "《警车管理规定》已经公安部部长
  // 办公会议通过,现予发布,自…起施行。公安部部长陶驷驹1995年6月29日第一条…".
  const minister =
    /^《[^《》]{2,60}》(?:已经|已經|已于|已於)[^。]{2,120}(?:现予|現予)(?:发布|發布|公布)[^。]*。\s*([\u4e00-\u9fff]{2,20}?部)(?:部长|部長)[\s\u3000]*[\u4e00-\u9fff]{2,4}?[\s\u3000]*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)/.exec(
      text.slice(0, 600),
    );
  if (minister?.[1] && minister[2] && isDepartment(minister[1])) {
    frame.headDate ??= parseDateLine(minister[2]);
    if (frame.headIssuer.length === 0) frame.headIssuer = [minister[1]];
    return;
  }
  const [title = '', number = '', date = ''] = text.split(/[\s\u3000]+/, 3);
  const found = title.length <= MAX_TITLE_LINE && isTitleEnd(title) ? readNumberLine(number) : null;
  if (found && found.title === null) {
    frame.headlineTitle ??= tidyTitle(title);
    frame.docNumber ??= found.number;
    frame.headDate ??= parseDateLine(date);
    return;
  }
  // A social-media post's bracketed headline run into the text: "【关于公布…名单的公告】根据《…》…".
  const bracketed = /^【([^【】]{4,80})】/.exec(text)?.[1];
  if (bracketed && ownAbout(bracketed) && isTitleEnd(bracketed)) {
    frame.headlineTitle ??= tidyTitle(bracketed);
    return;
  }
  // A title glued to its body, after a document site's watermark: "秘书之家…www.mishuzj.com湖北省人民政府关于…的报告2023年,省政府…".
  const opening = text.slice(0, 160);
  const glued = /关于|關於/.test(opening) ? GLUED_TITLE.exec(opening.replace(SITE_WATERMARK, ''))?.[1] : undefined;
  // (Not what a reply answers: "您提出的关于…的建议收悉"; nor what minutes say a meeting heard: "会议听取了…关于…的建议".)
  if (glued && ownAbout(glued) && !/^(?:您|你|贵|貴|会议|會議)/.test(glued)) frame.headlineTitle ??= tidyTitle(glued);
}

/**
 * A site's name and address before the text it copied, the text's words straight after it:
 * "秘书之家…www.mishuzj.com湖北省…", "沈阳白癜风医院 http://baidianfeng.39.net/西平县…".
 */
const SITE_WATERMARK =
  /^[^\s]{0,30}?[\s\u3000]*(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org)(?:\.cn)?(?:\/[A-Za-z0-9./_?=&%#~-]*)?(?![a-z])/i;
/** A 关于 title up to its genre (…的实施意见), where the next word is not more of it (…的意见的通知). */
const GLUED_TITLE = new RegExp(
  `^([\\u4e00-\\u9fff]{2,40}?(?:关于|關於)[^。，,；;：:！？!?\\s]{2,80}?的[\\u4e00-\\u9fff]{0,4}?(?:${genreEndingSource()}))(?![的和与及、》”])`,
);

/** A decree's signer and date run together: "。天津市市长张工2022年12月19日", "省长 王某 2019年1月2日". */
const SIGNED_BY_LEADER =
  /[。.][\s\u3000]*[\u4e00-\u9fff]{0,12}?(?:省长|省長|市长|市長|主席|州长|州長|县长|縣長|区长|區長|总理|總理|部长|部長|局长|局長)[\s\u3000]*[\u4e00-\u9fff]{2,4}?[\s\u3000]*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)/;

/**
 * Lines from `from` that together form a title: short, unpunctuated, ending with a genre. A title
 * goes on over its lines as long as they carry it on ("…记录制度" + "重大执法决定…的指导意见"); a line
 * that opens a title of its own (…关于…, or the same title again) starts another, unless what came
 * before is only the issuer and the line goes on with 关于.
 */
export function readTitle(lines: Line[], from: number, roles?: Map<number, BlockRole>): Line[] {
  // The issuer's line over a 关于 line begins a title; a section's label above it (文件选编) is no part of it.
  const label = lines[from]?.text ?? '';
  if (opensIssuersTitle(lines, from + 1) && !isTitleEnd(label) && !leadsToIssuer(label)) return [];
  if (isGenreLabelOver(label, lines[from + 1]?.text ?? '')) return [];
  // The rest of a title a copy broke inside its quote ("》的通知") starts none; nor does a repost's day and
  // word of release, each on a line of its own (6月24日 / 咸宁市人民政府办公室 / 发布 / …若干措施).
  if (/^[》”)）]/.test(label.trim()) || LONE_RELEASE.test(label.trim()) || /^\d{1,2}月\d{1,2}日$/.test(label.trim())) return [];
  const taken: Line[] = [];
  let complete = 0;
  for (let i = from; i < lines.length && taken.length < MAX_TITLE_LINES; i++) {
    const line = lines[i];
    // (Inside an open 《, a trial's mark goes on with it: "关于印发《…应急预案" / "(试行)" / "》的通知".)
    const open = taken.length > 0 && (joinLines(taken).match(/《/g)?.length ?? 0) > (joinLines(taken).match(/》/g)?.length ?? 0);
    const markInQuote = open && line !== undefined && TITLE_MARK_LINE.test(line.text);
    // A communiqué's serial in brackets under it is its title's (…人口普查公报[1] / (第二号)).
    if (
      line &&
      taken.length > 0 &&
      COMMUNIQUE_SERIAL.test(line.text) &&
      /(?:公报|公報)(?:\[\d{1,2}\])?$/.test(joinLines(taken).trimEnd())
    ) {
      taken.push(line);
      complete = taken.length;
      break;
    }
    if (!line || roles?.has(i) || (!isTitleFragment(line.text) && !markInQuote) || spacedNoticeHead(lines, i)) break;
    if (LONE_RELEASE.test(line.text.trim())) break;
    // The number under a 令 or 公告 whose head line the copy lost ("第3号") is no part of its title.
    if (SERIAL_LINE.test(line.text)) break;
    if (taken.length > 0) {
      const sofar = joinLines(taken);
      // A body's numbered notice under a news headline starts the head (荆门中心城区开展全员核酸检测 /
      // 荆门市新冠肺炎疫情防控指挥部通告(2021年第2号)).
      const numbered = /[号號][)）]?$/.test(line.text) ? readNumberLine(line.text) : null;
      if (numbered?.title && isBodysAnnouncement(numbered.title)) break;
      // (Its serial in words too: 亳州市取消全市一切群体性集会活动(一号通告) / 亳州市…指挥部通告(第一号).)
      const serialInWords = /^(.{4,40}?(?:通告|公告))[（(]第[一二三四五六七八九十]{1,4}[号號][)）]$/.exec(line.text.trim())?.[1];
      if (serialInWords && isBodysAnnouncement(serialInWords)) break;
      if (complete > 0 && (ABOUT.test(line.text) || taken.some((t) => t.text === line.text))) break;
      // Nor with its genre alone again, spaced out as the document's own heading (市森林防火指挥部公告 / 公 告).
      const bareGenre = line.text.replace(/[\s\u3000]+/g, '');
      if (complete > 0 && bareGenre.length <= 3 && sofar.replace(/[\s\u3000]+/g, '').endsWith(bareGenre)) break;
      // An issuer's line over its 关于 line begins a title of its own after a news headline above it
      // (粤琼甘三地人大常委会出台文件 加强… / 广东省人民代表大会常务委员会 / 关于…的决定).
      if (complete === 0 && opensIssuersTitle(lines, i) && !leadsToIssuer(sofar)) break;
      // Nor does a title whole by itself, under a title whole by itself, each naming its place: two titles
      // (a sharing site's neighbour "延安市城市供水管理暂行办法" over "延安市殡葬管理暂行办法").
      if (complete === taken.length && isTitleEnd(line.text) && NAMES_PLACE.test(line.text) && NAMES_PLACE.test(sofar)) break;
      // A complete title goes on only with a line that completes it again ("…管理办法" / "的通知");
      // after "…的通知" comes the document it issues, not more title.
      if (complete > 0 && (OF_GENRE.test(sofar) || !isTitleEnd(joinLines([...taken, line])))) break;
      // "鹤岗市人民政府 鹤岗市中级人民法院印发" / "关于…的意见的通知": 印发 carries the title on.
      // A congress's or a 政协's long name, wrapped before its committee's 关于 (中国人民政治协商会议 /
      // 武汉市第十四届委员会第一次会议 / 提案审查委员会关于…), carries on too.
      const carried =
        (OPENS_TITLE.test(line.text) && (isDepartment(sofar) || taken.every((l) => isDepartment(l.text)))) ||
        ISSUES_ON.test(sofar) ||
        // Joint bodies listed over lines, each ending in 、 (民政部、中央政法委、 / 发展改革委、… / 农业农村部印发《关于…).
        (/、$/.test(sofar) &&
          sofar
            .slice(0, -1)
            .split('、')
            .every((name) => isDepartment(name.trim()))) ||
        // 转发 names the forwarding before what it forwards: "转发省人力资源社会保障厅等部门" / "关于…的意见的通知".
        (FORWARDS.test(sofar) && !ABOUT.test(sofar)) ||
        (SESSION_NAME.test(sofar) && !ABOUT.test(sofar) && !isTitleEnd(sofar));
      // Inside a 《 the title quotes, a 关于 is the quoted title's own (…贯彻落实《中共中央办公厅 / 关于…的通知》的通知).
      const about = sofar.search(/关于|關於/);
      const quoting =
        about !== -1 && sofar.lastIndexOf('《') > about && (sofar.match(/《/g)?.length ?? 0) > (sofar.match(/》/g)?.length ?? 0);
      if (ABOUT.test(line.text) && !carried && !quoting && !ABOUT.test(sofar)) break;
      if (line.text.replace(/\s+/g, '').startsWith(sofar)) break;
      // A line that names the same issuer again starts a title of its own: what came before was a link
      // cut short (…办公室关于转发区旅游局制定的徐汇区开展全 / …办公室转发区文化局制定的《…》的通知).
      const issuer = /^([\u4e00-\u9fff]{4,30}?)(?:关于|關於|转发|轉發|印发|印發|批转|批轉)/.exec(sofar)?.[1];
      if (complete === 0 && issuer && new RegExp(`^${issuer}(?:关于|關於|转发|轉發|印发|印發|批转|批轉)`).test(line.text.trim()))
        break;
      // A headline that already holds the line whole (…的公告》(2018年修訂版全文) …公告2017年第4號 over 《…的公告》): the line is the title again.
      const bareLine = line.text.replace(/\s+/g, '');
      if (bareLine.length >= MIN_REPEATED_TITLE && sofar.replace(/\s+/g, '').includes(bareLine)) break;
      // A second 关于 begins a second title (a headline, then the title itself).
      if (ownAbout(line.text) && ABOUT.test(sofar) && !ISSUES_ON.test(sofar) && !quoting) break;
      // A joint issuers' line over a title that does not go on from them with 关于 or 印发 (中共中央组织部
      // 人力资源和社会保障部 国家公务员局 / 中央机关…2013年度考试录用公务员公告): their line, not the title's.
      if (
        taken.length === 1 &&
        /[\s\u3000]/.test(taken[0]?.text.trim() ?? '') &&
        (signatureNames(taken[0]?.text ?? '')?.length ?? 0) >= 2 &&
        !OPENS_TITLE.test(line.text) &&
        !STARTS_ABOUT.test(line.text) &&
        isTitleEnd(line.text)
      )
        break;
      // An issuer's line above a title of its own (河北省人民政府 / 河北省人工影响天气管理规定); a title
      // that names no place goes on from the issuer (永兴县人民政府 / 森林防火禁火令).
      if (
        isDepartment(sofar) &&
        !ABOUT.test(sofar) &&
        !STARTS_ABOUT.test(line.text) &&
        // (Under the number, the issuer's line and a 转发 line are the head's title: 青安办〔2017〕51号 /
        // 青岛市…办公室 / 转发省政府…的通报.)
        !(OPENS_TITLE.test(line.text) && roles?.get(from - 1) === 'docNumber') &&
        !REPLY_TO.test(line.text) &&
        isTitleEnd(line.text) &&
        NAMES_PLACE.test(line.text)
      )
        break;
    }
    // A portal's section, the office of the body named under it (博山区政府办公室 / 博山区人民政府 / 关于…),
    // is no joint issuer: a government does not issue jointly with its own office.
    if (taken.length === 1 && isOfficeOf(taken[0]?.text ?? '', line.text)) taken.length = 0;
    taken.push(line);
    // (A title whose 《 is still open goes on: "…对《关于…的通知" / "(征求意见稿)》公开征求意见的公告".)
    const sofar = joinLines(taken);
    // (A cover's title is complete with its own genre: "关于印发《…实施细则》" goes on to "…》的通知".)
    const coverOpen = /(?:关于|關於|关於|關于)(?:印发|印發|转发|轉發)《[^《》]+》$/.test(sofar);
    if (isTitleEnd(sofar) && !coverOpen && (sofar.match(/《/g)?.length ?? 0) <= (sofar.match(/》/g)?.length ?? 0))
      complete = taken.length;
  }
  // A draft's or a trial's mark on the line under its title: "(征求意见稿)", "（试行）".
  const mark = lines[from + complete];
  const sofar = joinLines(taken.slice(0, complete));
  const quoteOpen = (sofar.match(/《/g)?.length ?? 0) > (sofar.match(/》/g)?.length ?? 0);
  if (complete > 0 && !quoteOpen && mark && !roles?.has(mark.index) && TITLE_MARK_LINE.test(mark.text)) {
    return [...taken.slice(0, complete), mark];
  }
  return taken.slice(0, complete);
}
/**
 * A column's or a 公文's label of what it prints, spaced out or not ("航 行 通 告", "通知"), over a title
 * of the same genre: a label, no part of the title.
 */
function isGenreLabelOver(label: string, next: string): boolean {
  const bare = label.replace(/[\s\u3000]+/g, '');
  const title = next.replace(/[\s\u3000]+/g, '');
  // (Spaced out as a label is, or the genre's word alone: a site's category "政府报告" is neither.)
  const spaced = /^\S([\s\u3000]+\S){1,5}$/.test(label.trim());
  const genre = bare.length <= 6 ? genreOfTitle(bare) : null;
  if (genre === null || !(spaced || bare === genre)) return false;
  return title.length > bare.length + 4 && genreOfTitle(title) === genre && !title.startsWith(bare);
}

const TITLE_MARK_LINE =
  /^[（(](?:征求意见稿|徵求意見稿|征求意見稿|试行|試行|暂行|暫行|草案|送审稿|送審稿|修订稿|修訂稿|试行稿|試行稿|修订|修訂)[)）]$/;

/**
 * A joint sign-off of many bodies on one line before its date, some spaced out to width
 * ("浙江省人力资源和社会保障厅 … 浙 江 省 教 育 厅 … 浙江省邮政管理局 2025年7月15日").
 */
function manySignersBeforeDate(text: string): { names: string[]; date: string } | null {
  const m = /^(.{2,600}?)[\s\u3000]+(\S{1,6}\s?年\s?\S{1,3}\s?月\s?\S{1,3}\s?日)$/.exec(text.trim());
  const date = m?.[2] ? parseDateLine(m[2]) : null;
  if (!m?.[1] || !date) return null;
  const names: string[] = [];
  for (const token of m[1].split(/[\s\u3000]+/)) {
    // Single characters spaced apart are one name's.
    const last = names.at(-1);
    if (token.length === 1 && last !== undefined && !isDepartment(last)) names[names.length - 1] = `${last}${token}`;
    else names.push(token);
  }
  // (One name in ten may be cut short in the copy, as long as it names its place: 浙江省发展和改革委员.)
  const others = names.filter((name) => !isDepartment(name));
  const cut = others.every((name) => /^[\u4e00-\u9fff]{2,8}?(?:省|市|县|縣|区|區|自治区|自治區)[\u4e00-\u9fff]{2,}$/.test(name));
  return names.length >= 2 && cut && others.length <= Math.floor(names.length / 10) ? { names, date } : null;
}

/** A decree's head under the state's name on a line of its own: "中华人民共和国" / "退役军人事务部令" / "第6号". */
function stateDecreeHead(lines: Line[], i: number): DecreeHead | null {
  if (!/^(?:中华人民共和国|中華人民共和國)$/.test((lines[i]?.text ?? '').trim())) return null;
  const head = readDecreeHead(`${lines[i]?.text.trim()}${lines[i + 1]?.text.trim() ?? ''}`, lines[i + 2]?.text ?? '');
  return head && head.lines === 2 ? { ...head, lines: 3 } : null;
}

/** The characters a heading's marker can open with: a cheap test before the markers' patterns. */
const MARKER_START = /^[第一二三四五六七八九十百零〇两（(0-9０-９\u3220-\u3229]/;

/** The bodies named one to a line from `from` on, when a 关于 line follows them; else none. */
function stackedBodies(lines: Line[], from: number): string[] {
  const names: string[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const one = signatureNames(lines[i]?.text ?? '');
    if (one?.length !== 1) break;
    names.push(one[0] as string);
  }
  // (Or over a joint decree's serial: thirteen bodies, then 第8号.)
  const next = lines[i]?.text ?? '';
  return STARTS_ABOUT.test(next) || SERIAL_LINE.test(next.trim()) ? names : [];
}

/** An issuer's name on its line with the title's 关于 on the next. */
function opensIssuersTitle(lines: Line[], i: number): boolean {
  return isDepartment(lines[i]?.text ?? '') && STARTS_ABOUT.test(lines[i + 1]?.text ?? '');
}

/** Lines that lead on to an issuer's name: names of bodies, a forwarding, a congress's session, a 关于 of their own. */
function leadsToIssuer(sofar: string): boolean {
  return (
    ABOUT.test(sofar) ||
    signatureNames(sofar) !== null ||
    FORWARDS.test(sofar) ||
    ISSUES_ON.test(sofar) ||
    SESSION_NAME.test(sofar) ||
    NAMES_PLACE.test(sofar)
  );
}

/** The shortest line taken for a title repeated inside the line above it. */
const MIN_REPEATED_TITLE = 8;

const ABOUT = /关于|關於|关於|關于/;
const ISSUES_ON = /(?:转发|轉發|印发|印發)$/;
const FORWARDS = /转发|轉發|批转|批轉/;
const SESSION_NAME = /^(?:中国|中國)?人民政治(?:协商会议|協商會議)|人民代表(?:大会|大會)/;
const OF_GENRE =
  /的(?:通知|通報|通报|决定|決定|意见|意見|批复|批覆|复函|復函|函|报告|報告|请示|請示|公告|通告|决议|決議|纪要|紀要|答复|答覆)$/;
const NAMES_PLACE =
  /^(?:[\u4e00-\u9fff]{1,7}?(?:省|市|县|縣|区|區|州|盟|旗)|国家|國家|全国|全國|中国|中國|中华人民共和国|中華人民共和國|国务院|國務院)/;

/** 关于 of the line's own, not of a document it quotes (《国务院关于…的决定》). */
/** A title that is its genre alone: 通告, 公告, 命令. */
function isBareGenre(text: string): boolean {
  return /^(?:通告|公告|令|命令|通知|通报|通報)$/.test(text);
}

/** A body's numbered announcement titled by its name alone: 平原示范区新冠肺炎疫情防控指挥部办公室通告. */
function isBodysAnnouncement(text: string): boolean {
  const body = /^(.{2,40}?)(?:通告|公告)$/.exec(text)?.[1];
  return body !== undefined && signatureNames(body)?.length === 1;
}

function ownAbout(text: string): boolean {
  return ABOUT.test(text.replace(/《[^《》]*》?/g, ''));
}
const STARTS_ABOUT = /^(?:关于|關於|关於|關于)/;
/** A reply's title goes on from its issuer's line as a 关于 does: "宁陕县交通局 / 对…第37号建议的复函". */
const REPLY_TO = /^(?:对|對)\S{2,80}(?:答复|答覆|答復|复函|覆函|復函)$/;
/** How a title goes on from its issuer's line: 关于…, or a notice forwarding or issuing one (转发…的通知). */
const OPENS_TITLE = /^(?:关于|關於|关於|關于|转发|轉發|批转|批轉|印发|印發)/;

/**
 * Bodies stacked a line each from `from` on, one of them (not the first alone) followed by 文件: a
 * joint 版头 of two or more. Its names, and the lines it takes.
 */
function stackedMasthead(lines: Line[], from: number): { names: string[]; lines: number } | null {
  const names: string[] = [];
  let masthead = false;
  let taken = 0;
  for (let i = from; i < lines.length && names.length < MAX_TITLE_LINES; i++, taken++) {
    const text = (lines[i]?.text ?? '').replace(/[\s\u3000]+/g, '');
    // 文件 on a line of its own between the bodies (国资委 / 文件 / 共青团中央).
    if (text === '文件' && names.length > 0 && oneBodyLetterSpaced(lines[i + 1]?.text ?? '') !== null) {
      masthead = true;
      continue;
    }
    const named = text.endsWith('文件') ? text.slice(0, -2) : text;
    if (named.length < 4 || named.length > 30 || ABOUT.test(named)) break;
    const one = oneBodyLetterSpaced(lines[i]?.text.replace(/\s*文件$/, '') ?? '');
    if (one === null) break;
    names.push(one);
    if (named !== text) {
      masthead = true;
      // 文件 on the last line closes it; on a middle line, the bodies below it go on.
      if (oneBodyLetterSpaced(lines[i + 1]?.text ?? '') === null) {
        taken++;
        break;
      }
    }
  }
  // (A database's line naming the body over its own masthead, 江苏省常州市人民政府 / 常州市人民政府文件, is no joint one.)
  // (Nor is the body's line under its masthead that names it short, 呼和浩特市政府办公室文件 / 呼和浩特市人民政府办公室.)
  const form = (name: string) => name.replace(/人民政府/g, '政府');
  const distinct = names.every((a, i) =>
    names.every((b, j) => i === j || !(form(a).endsWith(form(b)) || form(b).endsWith(form(a)))),
  );
  return masthead && names.length > 1 && distinct ? { names, lines: taken } : null;
}

/** The one body a line names, its letters spaced out or not (中 国 人 民 银 行 办公厅); else null. */
function oneBodyLetterSpaced(text: string): string | null {
  const asPrinted = signatureNames(text.trim());
  if (asPrinted !== null) return asPrinted.length === 1 ? (asPrinted[0] as string) : null;
  const joined = text.replace(/[\s\u3000]+/g, '');
  const one = joined.length >= 4 ? signatureNames(joined) : null;
  return one?.length === 1 ? (one[0] as string) : null;
}

/** The 关于 title after a headline that exclaims and names its subject again, or null. */
function exclaimedHeadline(text: string): string | null {
  const mark = Math.max(text.lastIndexOf('!'), text.lastIndexOf('！'));
  if (mark < 0 || mark > MAX_TITLE_LINE) return null;
  const rest = text.slice(mark + 1).trim();
  const about = rest.search(ABOUT);
  if (about <= 0) return null;
  const title = rest.slice(about);
  return isTitleEnd(title) && !/[。，,；;：:]/.test(title) && title.includes(rest.slice(0, about)) ? title : null;
}

/** Whether the first line names the general office of the body the second names (博山区政府办公室, 博山区人民政府). */
function isOfficeOf(office: string, body: string): boolean {
  const form = (name: string) => name.replace(/[\s\u3000]+/g, '').replace(/人民政府/g, '政府');
  const bare = form(body);
  return /政府$/.test(bare) && ['办公室', '辦公室', '办公厅', '辦公廳'].some((o) => form(office) === `${bare}${o}`);
}

/** A masthead with the page's tools run on after it ("呼和浩特市政府办公室文件 字体(    )  打印"): the masthead. */
function withoutPageTools(text: string): string {
  const tools = /^(\S.{1,60}?文件)[\s\u3000]+(\S.*)$/.exec(text);
  return tools?.[1] && tools[2] && isChromeLine(tools[2].replace(/[（()）]|字体|字體|字号|字號/g, ' ')) ? tools[1] : text;
}

/** 版头: the issuing bodies' names followed by 文件 (中共XX省委办公厅 XX省人民政府办公厅文件). */
function isMasthead(text: string): boolean {
  // A bulleted line is a site's menu (• 县政府文件).
  if (BULLET.test(text)) return false;
  const names = MASTHEAD_LINE.exec(text)?.[1];
  const bodies = names === undefined || ABOUT.test(names) ? null : signatureNames(names);
  // "政府文件" is a portal's category; a masthead names its bodies in full.
  return bodies?.every((name) => name.length >= 4) ?? false;
}

/** A title without a character a converter lost after its genre ("海豐縣防臺風緊急動員令?"): no call, no question. */
function withoutLostCharacter(text: string): string {
  // (Or a space it lost between the letters of a spaced-out genre: "通 ? 知".)
  const bare = text
    .replace(/(?<=[\u4e00-\u9fff》”])[?？]+$/, '')
    .replace(/(?<=[\u4e00-\u9fff])[\s\u3000]{1,4}[?？][\s\u3000]{1,4}(?=[\u4e00-\u9fff][\s\u3000]{0,4}$)/, '');
  return bare !== text && isTitleEnd(bare) ? bare : text;
}

function isTitleFragment(text: string): boolean {
  return (
    // A title spaced out character by character (青 海 省 人 民 政 府) is measured without its spaces.
    text.length <= MAX_HEAD_LINE &&
    // (A joint title's bodies, however many, before its 关于 do not count: 廣東省民政廳 廣東省高級人民法院 … 關于….)
    // (Nor do the titles it quotes: …印發羅湖區關于貫徹落實《…》、《…》和《…》的工作方案的通知.)
    withoutLeadingBodies(text)
      .replace(/[\s\u3000]+/g, '')
      .replace(/《[^《》]{1,60}》/g, '《》').length <= MAX_TITLE_LINE &&
    /[\u4e00-\u9fff]/.test(text) &&
    !/^[（(].*[)）]$/.test(text) &&
    // A number by year opens its line ("〔2021〕第23号通告"): a number line, not a title's.
    !/^[〔［[【﹝]\s*(?:19|20)\d{2}\s*[〕］\]】﹞]\s*第?\s*\d/.test(text) &&
    !TERMINAL_PUNCTUATION.test(
      withoutLostCharacter(text)
        .replace(QUOTED_COMMAS, (quoted) => quoted.replace(/[，,]$/, ''))
        .replace(TITLE_COLON, ''),
    ) &&
    // A headline calls out ("注意!…"); a title never does.
    !/[!！?？]/.test(withoutLostCharacter(text)) &&
    !/[。；;，,]/.test(
      text
        .replace(SOURCE_TAG, '')
        .replace(STRAY_COMMA, '')
        .replace(QUOTED_COMMAS, (quoted) => quoted.replace(/[，,]/g, '')),
    ) &&
    // (A title may introduce what follows with a colon: "…教育局2022年小学一年级新生入学报名登记公告:".)
    // (Nor an interpretation's label before what it interprets: "文稿解读:《…》".)
    // (A colon inside a title it quotes is the quoted title's: 《中小企業專精特新 第1部分:評定準則》.)
    !/[:：]/.test(
      text
        .replace(SOURCE_TAG, '')
        .replace(TITLE_COLON, '')
        .replace(ISSUING_COLON, '')
        .replace(INTERPRETATION_LABEL, '')
        .replace(/《[^《》]{1,60}》/g, '《》'),
    ) &&
    !/^[-—=*•·●]/.test(text) &&
    // A site's banner: "法搜网--中国法律信息搜索网" (not a span of years: 规划(2011--2015年)).
    !/--/.test(text.replace(/\d{4}\s*-{2,}\s*\d{4}/g, '')) &&
    // A site's links run together (热门站点| 世界资料网 | 首页).
    !/[|｜]/.test(text) &&
    headingMarker(text) === null &&
    !isDecreeLine(text) &&
    readDecreeHead(text, '') === null &&
    parseDateLine(text) === null &&
    // A closing formula (特此公告, 特此公示, 特此函复) is no title.
    !/^特此[\u4e00-\u9fff]{2,3}[。.]?$/.test(text) &&
    // A cover's month (二〇一六年一月) and a table of contents' heading (目 录) are no part of a title.
    !/^[〇零○ＯO一二三四五六七八九十0-9]{4}\s*年\s*[一二三四五六七八九十0-9]{1,2}\s*月$/.test(text) &&
    !/^目[\s\u3000]*[录錄]$/.test(text) &&
    findDocNumberAtStart(text) === null &&
    !isMasthead(text)
  );
}

/** A title from its 关于 on, where the words before it are bodies' names only. */
function withoutLeadingBodies(text: string): string {
  const about = text.search(/关于|關於|關于|关於/);
  if (about <= 0) return text;
  const names = text
    .slice(0, about)
    .trim()
    .split(/[\s\u3000、，,]+/);
  return names.every((name) => isDepartment(name)) ? text.slice(about) : text;
}

/** A title's lines joined: breaks and the spaces that pad characters apart (国 家 粮 食) taken out. */
export function joinLines(lines: Line[]): string {
  return tidyTitle(lines.map((line) => line.text.trim()).join(''));
}

/**
 * A portal's source tag before a headline: "要闻:关于…", "磨溪镇:断道施工通告" (a place or body before a
 * title that names its genre).
 */
/** A colon after a title's 公告 or 通告, which introduce what follows with it. */
const TITLE_COLON = /(?<=公告|通告)[:：]$/;
/** A colon a site put after a cover's verb: "國務院辦公廳關于印發:國家大面積停電事件應急預案的通知". */
const ISSUING_COLON = /(?<=(?:关于|關于|關於)(?:印发|印發|转发|轉發))[:：]/;

export const SOURCE_TAG =
  /^[\u4e00-\u9fff]{2,4}[:：](?=关于|關於|关於)|^[\u4e00-\u9fff]{1,6}(?:镇|鎮|乡|鄉|街道|县|縣|区|區|局)[:：](?!关于|關於|关於)(?=[^:：]{2,40}(?:通告|公告|通知|通報|通报)$)/;

/** A title without stray spaces: none between Chinese characters or punctuation, single elsewhere. */
/** A comma a mirror's scraper put beside an enumeration comma ("(市,、區)、先進鄉鎮,、示范村"): no punctuation of the title. */
const STRAY_COMMA = /[，,]+(?=、)|(?<=、)[，,]+/g;
/** A title quoted inside a title, closed or wrapped before its end, with a comma of its own (转发《…安全工作, / 预防…的通知》的通知). */
// (Or a slogan in quotes: "…关于组织开展“发展体育运动增强人民体质,同心共筑中国梦”全民健身活动的通知".)
const QUOTED_COMMAS = /《[^《》。]*(?:》|$)|“[^“”。]{2,40}”|「[^「」。]{2,40}」/g;

/** A title as the document prints it, without what a copy or a site added to it (see tidiedTitle). */
export const tidyTitle = remembered(tidiedTitle);

function tidiedTitle(title: string): string {
  return unquoteTitle(
    lastOfSpamTrail(
      withoutBodiesBeforeQuote(
        withoutDateNote(
          withoutYearTag(withoutNumberNotes(withoutLeadingNumber(withoutTitleTags(withoutLostCharacter(title.trim()))))),
        )
          .replace(SOURCE_TAG, '')
          .replace(TITLE_COLON, '')
          .replace(ISSUING_COLON, '')
          .replace(STRAY_COMMA, '')
          // A mirror's junk marks inside the words (關於▂印發…綜合治◥理): block elements and geometric shapes,
          // but for the circles that write a zero (二○一○年).
          .replace(/(?<=[\u4e00-\u9fff])[\u2580-\u25ca\u25cc-\u25ee\u25f0-\u25ff]+(?=[\u4e00-\u9fff])/g, '')
          .replace(/[\s\u3000]+/g, ' ')
          .replace(/ (?=\P{ASCII})|(?<=\P{ASCII}) /gu, '')
          .trim(),
      ),
    ),
  );
}

/**
 * A hijacked page's title of keywords joined by dashes, the document's own 关于 title last
 * (首页『…』-…娱乐平台-首页-隆安县人民政府办公室关于…的通知): that title.
 */
function lastOfSpamTrail(title: string): string {
  // (A dash of two, ——, joins a headline to its subtitle: one separator.)
  const pieces = title.split(/[\s\u3000]*(?:[-_]|—{1,2})[\s\u3000]*/);
  const last = pieces.at(-1) ?? '';
  return pieces.length >= 3 && ABOUT.test(last) && isTitleEnd(last) && !pieces.slice(0, -1).some((p) => ABOUT.test(p))
    ? last
    : title;
}

/** A title its issuers print before it in quotes ("浙江省高级人民法院、浙江省人民检察院《关于…的指导意见》"): the quoted title. */
function withoutBodiesBeforeQuote(title: string): string {
  const quoted = /^([^《》]{4,120})《([^《》]+)》$/.exec(title);
  const bodies = quoted?.[1] && !/转发|轉發|印发|印發|批转|批轉/.test(quoted[1]) ? signatureNames(quoted[1]) : null;
  return bodies && quoted?.[2] && isTitleEnd(quoted[2]) ? `《${quoted[2]}》` : title;
}

/**
 * A title without the tags a site puts before it — a category (【法規全文】, 【地方】), a year ((2016),
 * 2022 run into the name), a stray colon — or the number a table puts after a 令's name (…封山令 第4号).
 */
export function withoutTitleTags(title: string): string {
  return (
    title
      // (With its term and the day a paper printed it: "…常务委员会公告[十三届]第三十二号2023年02月25日".)
      .replace(
        /(?<=[令告])[\s\u3000]*(?:第[0-9０-９]{1,5}[号號]|[〔［[(（][一二三四五六七八九十]{1,4}[届屆][〕］\])）]第[0-9０-９一二三四五六七八九十百零〇]{1,6}[号號](?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?)$/,
        '',
      )
      // A page's label for the field between bullets: "•会议题目•于晓东主持召开…".
      .replace(/^[•·●][ \u3000]{0,2}[\u4e00-\u9fff]{2,6}[ \u3000]{0,2}[•·●][\s\u3000]*/, '')
      // A mirror's tag of the place the title names next: "(界首市)界首市人民政府關于…", "[重庆]重庆市…".
      .replace(/^[（(]([\u4e00-\u9fff]{2,6}(?:省|市|县|縣|区|區|州|旗))[)）](?=\1)/, '')
      .replace(/^[[［【]([\u4e00-\u9fff]{2,4})[\]］】](?=\1)/, '')
      // Or an aggregator's tag of province and city run into it: "四川泸州泸州市生态环境局关于…".
      .replace(/^[\u4e00-\u9fff]{2,3}?([\u4e00-\u9fff]{2,3})(?=\1(?:市|县|縣|区|區|州|盟)[\u4e00-\u9fff]{2})/, '')
      // A repost's headline in its brackets before the title: "【安徽|撤县设区!…行政区划调整】关于调整…的通知".
      .replace(/^【[^【】]{2,40}】(?=(?:关于|關於)\S{4})/, '')
      // A database's tag of the level a document is of: "(国家)关于…", "(地方)…".
      .replace(/^[（(](?:国家|國家|中央|地方|全国|全國)[)）](?=\S)/, '')
      // The languages a bilingual page prints it in: (朝汉双语), (中英文).
      .replace(
        /[\s\u3000]*[（(](?:[\u4e00-\u9fff]{1,4}双语|[\u4e00-\u9fff]{1,4}雙語|中英文|中英对照|中英對照|附英文|附譯文|附译文)(?:版|本|文本)?[)）]$/,
        '',
      )
      // A site's word for the page that shows a 批复 or 决定: "…环境影响报告表的批复公示".
      .replace(/(?<=(?:批复|批覆|批復|决定|決定|通知|公告|通告)(?:书|書)?)(?:公示|公示稿)$/, '')
      // A page of a flipbook the text was read from: "Page 22 -内蒙古自治区人民政府办公厅关于…".
      .replace(/^Page\s*\d{1,4}\s*[-—–]\s*(?=\S)/i, '')
      // A sharing site's slogan glued on: "精选优质文档-倾情为你奉上交通运输部…", "下载后可任意编辑成都市…", or
      // its name: "腾讯文库关于…".
      .replace(/^(?:精选优质文档[-—\s]*倾情为你奉上|下载后可任意编辑|下載後可任意編輯)\s*/, '')
      .replace(
        /^(?:腾讯文库|騰訊文庫|百度文库|百度文庫|原创力文档|原創力文檔|道客巴巴|豆丁网|豆丁網|人人文库|人人文庫|360文库|淘豆网|金锄头文库|文档之家|冰豆网)[\s\u3000]*(?=\S{4})/,
        '',
      )
      // A title printed twice in a row on a flattened page: "乡镇环境整治工作方案乡镇环境整治工作方案".
      .replace(/^(.{6,60})[\s\u3000]*\1$/, '$1')
      // An editor's notes before it: "(以此件为准)(日期修改其他内容不变)", "(以此為準)".
      .replace(/^(?:[（(][^（()）]{0,12}(?:为准|為準|不变|不變|更正版|修正版)[)）]\s*)+(?=\S)/, '')
      // A footnote's mark after its genre: "…人口普查公报[1](第一号)"; a template site's count of its copies: "…的通知【1】".
      .replace(/(?<=[\u4e00-\u9fff])(?:\[\d{1,2}\]|【\d{1,2}】)(?=[（(][^（()）]{1,12}[)）]$|$)/, '')
      // A column's tag before it, set off by a bar: "权威发布丨文化和旅游部关于…".
      .replace(/^[\u4e00-\u9fff]{2,6}[丨｜](?=\S)/, '')
      // A news site's name run on after the genre: "…重點區域防火戒嚴令呼和浩特新聞".
      .replace(
        /(?<=(?:令|通知|公告|通告|意见|意見|办法|辦法|决定|決定|方案|规定|規定))[\u4e00-\u9fff]{2,6}?(?:新闻网|新聞網|新闻|新聞|日报|日報|在线|在線|频道|頻道)$/,
        '',
      )
      // A sharing site's count of the samples it gathers under one name: "…的请示(精选三篇)", "…会议纪要三篇".
      .replace(
        /(?<=[\u4e00-\u9fff])(?:[（(](?:精选|精選)?[一二三四五六七八九十0-9]{1,2}篇[)）]|[一二三四五六七八九十]篇)(?=》?$)/,
        '',
      )
      // A site's note that the attachments come with it, after the genre: "…征求意见的公告(含附件)"; or that it
      // prints a part: "…活动的通知(摘录)".
      .replace(/(?<=[\u4e00-\u9fff])[（(](?:含附件|含附表|附附件|附件下载|附件下載|含附件下载|摘录|摘錄|节选|節選)[)）]$/, '')
      // A site's tag of the department that answers, after the genre: "…议事原案的答复(水利局)".
      .replace(
        /(?<=(?:答复|答覆|通知|函|意见|意見|公告|通告|批复|批復|报告|報告|决定|決定))[（(][\u4e00-\u9fff]{2,10}(?:局|委|办|辦|厅|廳|部)[)）]$/,
        '',
      )
      // A forum's label naming the body short before the title names it in full: "上海人社局上海市劳动和社会保障局关于…".
      .replace(
        /^([\u4e00-\u9fff]{2})(?:(?![省市县縣区區州旗])[\u4e00-\u9fff]){1,4}(?:局|厅|廳|委|办|辦)(?=\1[\u4e00-\u9fff]{0,2}(?:省|市|县|縣|区|區)[\u4e00-\u9fff]{2,30}?(?:关于|關於))/,
        '',
      )
      // A column's tag in brackets: "[政府公告]渭南市关于…的通告", "【通知公告】关于…".
      .replace(
        /^[[［【][\u4e00-\u9fff]{0,4}(?:公告|通告|通知|文件|公示|动态|動態|新闻|新聞|要闻|要聞|信息|政策|法规|法規|发布|發布)[\]］】][\s\u3000]*(?=[\u4e00-\u9fff])/,
        '',
      )
      // An interpretation's label before a title that says as much: "【文字解读】《…规划》的解读" (not
      // "【文稿解读】…实施方案", where the label alone says what the page is).
      .replace(/^[[［【][\u4e00-\u9fff]{0,4}(?:解读|解讀)[\]］】][\s\u3000]*(?=\S)/, (label, _at, whole: string) =>
        genreOfTitle(whole.slice(label.length)) === '解读' ? '' : label,
      )
      // A headline's exclamation after the genre: "…运营的公告!".
      .replace(/(?<=[\u4e00-\u9fff])[!！]+$/, '')
      // A repost's or a column's tag: "[转]西安市人民政府办公厅关于…", "【市政府重点工作及责任分解】滁州市人民政府关于…".
      .replace(
        /^(?:[[［](?:转|轉|转载|轉載|原创|原創|推荐|推薦|置顶|置頂)[\]］]|【[^【】]{9,16}】(?=[^【】]*(?:关于|關於|关於|關于)))/,
        '',
      )
      // A portal's mark of its force or of a full copy: "…的意见(废止)", "…的通知(沿用)", "《…的通知》(全文)".
      .replace(FORCE_MARK_AFTER, '')
      // A gazette's part of a text it prints over two issues: "…管理办法的通知(上)".
      .replace(/(?<=[\u4e00-\u9fff》])[（(](?:上|下|续|續)[)）]$/, '')
      // Or a portal's part of a text it splits up: "…奖励办法(试行)(五)".
      .replace(
        /(?<=(?:试行|試行|暂行|暫行)[)）]|(?:办法|辦法|规定|規定|细则|細則|条例|條例|方案|措施))[（(][一二三四五六七八九十]{1,2}[)）]$/,
        '',
      )
      // (Not an interpretation's label, which says what the page is: "【文稿解读】…实施方案".)
      .replace(
        /^(?:【(?![^【】]{0,4}(?:解读|解讀)】)[^【】]{1,8}】|「[^「」]{1,8}」|[（(](?:19|20)\d{2}[)）]|(?:19|20)\d{2}(?=[\u4e00-\u9fff])(?![年度])|[:：,，、]|[\s\u3000])+/,
        '',
      )
  );
}

/** A title without the date a gazette or a repost prints after it: "《关于…的通告》(2022年9月16日)". */
function withoutDateNote(title: string): string {
  const bare = title.replace(
    /[\s\u3000]*[（(]+\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])|(?:19|20)\d{2}-\d{1,2}-\d{1,2})\s*[)）]+$/,
    '',
  );
  if (bare !== title && isTitleEnd(bare)) return bare;
  // Or where a report was given, run on after it or before it (政府工作报告(草案)在伊金霍洛镇第四届人民代表大会
  // 第三次会议上; ——2018年1月6日在呼和浩特市…会议上政府工作报告).
  const delivered = title.replace(DELIVERED_AFTER, '').replace(DELIVERED_BEFORE, '');
  return delivered !== title && isTitleEnd(delivered) ? delivered : title;
}

/** A title cell that starts with the document's number ("盘政发〔2010〕22号 盘锦市人民政府关于…的决定"): the title after it. */
export function withoutLeadingNumber(title: string): string {
  const number = findDocNumberAtStart(title);
  const rest = number ? title.slice(number.length).replace(/^[\s\u3000:：,，、]+/, '') : '';
  return rest !== '' && isTitleEnd(rest) ? rest : title;
}

/** The lines of issuers' names a candidate opens with before the chosen title (none when what follows is not it). */
function issuerLinesOver(lines: Line[], chosenText: string): { issuerLines: Line[]; rest: Line[] } {
  for (let k = 1; k <= Math.min(MAX_STACKED_ISSUERS, lines.length - 1); k++) {
    if (signatureNames(lines[k - 1]?.text ?? '') === null) break;
    const rest = lines.slice(k);
    if (comparable(joinLines(rest)) === chosenText) return { issuerLines: lines.slice(0, k), rest };
  }
  return { issuerLines: [], rest: lines };
}

function comparable(text: string): string {
  return text.replace(/[\s\u3000《》“”"]/g, '');
}

/** Text of a document rather than a page's line: a sentence, or too long for any line of a page's frame. */
function isSentence(text: string): boolean {
  return /[。；;！？]/.test(text) || text.length > 100;
}

function isShortLine(text: string): boolean {
  return text.length <= 40 && !/[。；;！？]/.test(text);
}

/** Bodies listed with 各 and at least two separators, nothing else: addressees whose colon was lost. */
const CONCERNED_LAST = /[,，、][^,，、]{2,30}有关(?:部门|部門|单位|單位)(?:[（(](?:单位|單位)[)）])?$/;

function isBodiesWithoutColon(text: string): boolean {
  return (
    text.length <= 120 &&
    // (Or the bodies concerned last: 五市人民政府、自治区有关部门(单位).)
    (/各/.test(text) || CONCERNED_LAST.test(text)) &&
    // (Two bodies alone that open with 各 and end with one: 各乡镇、县直各部门.)
    ((text.match(/[,，、]/g)?.length ?? 0) >= 2 ||
      CONCERNED_LAST.test(text) ||
      (/^各/.test(text) &&
        /(?:部门|部門|单位|單位|政府|局|委|办|辦|处|處|室|镇|鎮|乡|鄉|街道|机构|機構|企业|企業|学校|學校|系|班级|班級|年级|年級|委员会|委員會|村委会|村委會|居委会|居委會|民兵连|民兵連)$/.test(
          text,
        ))) &&
    !/[。；;:：!！?？《》“”]/.test(text) &&
    isAddresseeLine(`${text}:`) &&
    !isTitleEnd(text)
  );
}

function isAddresseeLine(text: string): boolean {
  return (
    // A 公告's title introducing what follows ("…入学报名登记公告:") names no addressees.
    !TITLE_COLON.test(text) &&
    // (A colon inside a bracket is no end of it: "各短消息服务(SP:1062)单位:".)
    /^[^:：]*[:：]$/.test(text.replace(/[（(][^（）():：]*[:：][^（）()]*[)）]/g, '')) &&
    text.length <= 300 &&
    !/[。]/.test(text) &&
    (ADDRESSEE_HINT.test(text) || PLACE_ADDRESSEE.test(text)) &&
    !PREAMBLE_START.test(text) &&
    // (Nor does a site's bracketed link run up to its colon: "…门户网站[字体:".)
    !/[【】[\]]|[a-z]+\.[a-z]+/i.test(text) &&
    !/^[一二三四五六七八九十]{1,3}[,，、．.]/.test(text) &&
    // A gazette's section (市政府文件：) over the documents it holds names no one.
    !/(?:文件|公文|文件汇编|文件彙編)[:：]$/.test(text) &&
    // Nor does a sentence up to a label of what follows (…新增城乡道路名称,批准文号:).
    !/(?:文号|文號|字号|字號|编号|編號|日期|时间|時間|电话|電話|地址|邮箱|郵箱)[:：]$/.test(text) &&
    // Nor a sentence introducing what follows (…的通知,全文如下:).
    !/(?:如下|如後|如后)[:：]$/.test(text) &&
    // Nor does a speech's greeting to the meeting it is given at (各位代表:, 各位委员、同志们:).
    !MEETING_GREETING.test(text) &&
    // Nor a bracket's label inside a sentence (…西郭城村西(东:西郭城村地,…), cut at its colon.
    !/[（(](?:[^（）()]|小地名|地名|含|包括|即|注|简称|簡稱)[:：]$/.test(text) &&
    // Nor the conditions or the counts a text lists (同时具备下列条件的劳动者,可以申请…补贴:; 主动公开…信息57条:),
    // nor a headline that reports a release (河北省委省政府出台实施意见:…).
    !/下列|以下|可以申请|可申请|可以享受|[0-9０-９]+\s*(?:条|條|件|项|項|个|個)[:：]$/.test(text) &&
    !/出台|印发|印發|发布|發布|召开|召開|举行|舉行/.test(text) &&
    headingMarker(text) === null
  );
}

/**
 * The last line of a page's information table among the opening lines, or -1: addressees or a
 * sentence after it end the table (a 主题词 line under a short text is no part of it).
 */
function lastInfoLine(lines: Line[], roles: Map<number, BlockRole>): number {
  let last = -1;
  for (const line of lines.slice(0, HEAD_LINES)) {
    const role = roles.get(line.index);
    if (role === 'info') last = line.index;
    else if (last >= 0 && role === undefined && (isAddresseeLine(line.text) || isSentence(line.text))) break;
  }
  return last;
}

/**
 * One body alone on its line between the head and the text, its colon lost: a letter's addressee
 * ("清国土资利用函〔2018〕247号" / "市经济和信息化局" / "市政协发来…收悉，…").
 */
function isLoneAddressee(text: string, next: string, above: BlockRole | undefined): boolean {
  return (
    (above === 'docNumber' || above === 'title') &&
    text.length <= 30 &&
    !/[\s\u3000，,、:：]/.test(text) &&
    isDepartment(text) &&
    next.length >= 20 &&
    /[。；;，,：:]/.test(next) &&
    // (The text it heads opens in words, not with a table's code: MB1568036/2021-63530 旅游;文化.)
    /^[\s\u3000]*(?:[\u4e00-\u9fff《“]|(?:19|20)\d{2}\s*年)/.test(next) &&
    // (Over the addressees themselves it is a byline: 最高人民檢察院 / 各省、自治區…人民檢察院:.)
    !(isAddresseeLine(next.trim()) && !/收悉/.test(next))
  );
}

/** The 主送 line of a 版记 under the text, where the head names no addressees. */
function sentToInFooter(lines: Line[], frame: Frame): void {
  for (const line of lines) {
    const first = /^[\s\u3000]*主送(?:机关|機關|单位|單位)?[:：][\s\u3000]*([^：:]{2,200})$/.exec(line.text)?.[1]?.trim();
    if (!first || frame.roles.has(line.index)) continue;
    // (Wrapped inside a bracket or after a comma: "…各园区(新城、" / "风景区)管委会,有关单位。".)
    const next = lines[line.index + 1]?.text.trim() ?? '';
    const wrapped = /[、，,（(]$/.test(first) || (first.match(/[（(]/g)?.length ?? 0) > (first.match(/[)）]/g)?.length ?? 0);
    const sent = (wrapped ? `${first}${next}` : first).replace(/[。.]$/, '');
    if (!isAddresseeLine(`${sent}:`)) continue;
    frame.roles.set(line.index, 'addressees');
    if (wrapped) frame.roles.set(line.index + 1, 'addressees');
    frame.addressees = tidyAddressees(sent);
    return;
  }
}

/** The addressees: the first line after the head that ends with a colon, or two that end so together. */
const AFTER_LINK = /(?:https?:\/\/|www\.)[\x21-\x7e]+[\s\u3000]+(各\S.*[:：])$/i;

function readAddressees(lines: Line[], from: number, frame: Frame): void {
  for (let i = from, seen = 0; i < lines.length && seen < 4; i++) {
    if (frame.roles.has(i)) continue;
    if (isLinkGrid(lines[i]?.text ?? '')) {
      frame.roles.set(i, 'chrome');
      continue;
    }
    // A page's tags, a word a line (学校 / 教师 / 城乡), are not the lines looked through.
    const word = (lines[i]?.text ?? '').trim();
    // (Or a Q&A page's empty labels: 问题: / 回答:.)
    if (/^[\u4e00-\u9fff]{1,4}$/.test(word) && !isDepartment(word)) continue;
    if (/^(?:问题|問題|回答|答案|提问|提問|问|問|答)[:：]$/.test(word)) continue;
    // Nor a site's summary over the text: "核心提示:为深入贯彻…", "[导读]:…".
    // (Or its notice, its name before it: "USHUI.NET®提示:根据…"; or its 摘要 with a space.)
    if (
      /^[\x21-\x7e®]{0,24}[[［【]?(?:核心提示|提示|内容提要|內容提要|导读|導讀|编者按|編者按|摘要)[\]］】]?(?:[:：]|\s)/.test(
        word,
      )
    )
      continue;
    // Nor a site's menu, an item a line (- 国务院部门 / - 省市政府).
    if (/^[-•·]\s*[\u4e00-\u9fff]{1,8}$/.test(word)) continue;
    // Nor a number an export damaged past reading (惠府办函〔2017100), nor a page's widget left without its
    // buttons (浏览字号:).
    if (/^[\u4e00-\u9fff]{1,10}[〔［[【﹝]\s*(?:19|20)\d{2}[0-9]{0,4}$/.test(word)) continue;
    if (/^(?:[•·]\s*)?【?(?:浏览|瀏覽)?(?:字号|字號|字体|字體)(?:[:：]?$|大)/.test(word)) continue;
    // Nor the day and hour a page went up, its views after them (2022.10.25 20:53 1142).
    if (/^(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\s{1,4}\d{1,2}:\d{2}(?::\d{2})?)?(?:\s{1,4}\d{1,7})?$/.test(word)) continue;
    seen++;
    // A spam line with its link (北京某医院 http://…) addresses no one; the addressees a hijacked copy glued
    // after one are still theirs (必兆娱乐平台电游 www.azrmf.com 各區人民政府,市人民政府各部門:).
    const raw = lines[i]?.text ?? '';
    const unlinked = /https?:\/\/|www\./i.test(raw) ? AFTER_LINK.exec(raw)?.[1] : raw;
    if (unlinked === undefined) continue;
    // A database's title and fields with the text run on after them: no addressees.
    if (titleBeforeFields(unlinked)) return;
    const line = withoutLeadingNoise(withoutHeadNote(unlinked, frame));
    // The number glued in front of them, as a copy that lost the line break gives it ("办普查函〔2008〕662号中国文化遗产研究院:").
    const number = findDocNumberAtStart(line);
    // And the text run on after their colon ("浙農計發[2005]23號各市、縣(市、區)…財政局:  根據…").
    const after = line.slice(number?.length ?? 0);
    const runOn = /^((?:各|(?:省|市|县|縣|区|區|州)(?:人民)?政府各)[^。：:]{1,150}[：:])[\s\u3000]*[\u4e00-\u9fff《“]/.exec(
      after,
    )?.[1];
    const glued = isAddresseeLine(after) ? after : runOn && isAddresseeLine(runOn) ? runOn : null;
    // (Or, first after the head, with the text run on and no number before: "各区县人民政府,市有关委、办、局: 为进一步…".)
    const text = (number || (seen === 1 && runOn)) && glued ? glued : line;
    if (text !== line) frame.docNumber ??= number?.value ?? null;
    const next = lines[i + 1]?.text ?? '';
    // "…决定对《…》作如下修改：", "…第七次会议决定：" introduce what follows: the text has begun, without addressees.
    // "…的报告，并决定：" too.
    // So does "…会议决定,修改下列地方性法规:".
    if (
      /[。]/.test(text) ||
      /(?:(?:如下|如後|如后)[\u4e00-\u9fff]{0,4}|决定|決定)[:：]$/.test(text) ||
      /(?:会议|會議)(?:决定|決定)[，,]|下列[\u4e00-\u9fff]{0,12}[:：]$/.test(text)
    ) {
      // A report's lead paragraph before the document it prints, which greets its readers (廣大進藏來拉人員:)
      // or names the bodies it is sent to (各鎮人民政府(街道辦事處)、市府直屬各單位:); a report's headline may stand above it.
      // (Or any body, where the lead says the document follows whole: "…的批复。以下为全文:" / 西城区卫生健康委:.)
      const greeting = seen <= 2 && /[。]/.test(text) ? (lines[i + 1]?.text ?? '').trim() : '';
      const wholeFollows = /(?:以下为全文|以下為全文|全文如下)[:：]$/.test(text);
      if ((SALUTATION.test(greeting) || /^各/.test(greeting) || wholeFollows) && isAddresseeLine(greeting)) {
        frame.roles.set(i + 1, 'addressees');
        frame.addressees = tidyAddressees(greeting.replace(/[:：]\s*$/, ''));
        return;
      }
      // Or a lead that introduces the document (…详情如下:), its title printed again, then its addressees.
      const retitled = /如下[:：]$/.test(text) && isTitleEnd((lines[i + 1]?.text ?? '').trim());
      const addressed = retitled ? (lines[i + 2]?.text ?? '').trim() : '';
      if (retitled && isAddresseeLine(addressed)) {
        frame.roles.set(i + 2, 'addressees');
        frame.addressees = tidyAddressees(addressed.replace(/[:：]\s*$/, ''));
      }
      return;
    }
    // Addressees carry no date (国务院批准…1957年9月19日关于…的报告：).
    if (findDate(text)) continue;
    // A report to a congress greets its members ("主任、各位副主任、秘书长、各位委员："): no 主送机关.
    if (/^[\u4e00-\u9fff]{0,10}?主任[、，,]/.test(text)) return;
    // A reply to deputies names them without a colon: "贺文国、佟金菊委员"; a copy may lose the colon
    // after a list of bodies too ("大有经济开发区管委会,各乡镇人民政府,市政府有关部门").
    if (
      isAddresseeLine(text) ||
      (seen === 1 &&
        ((NAMED_PERSONS.test(text) && !MEETING_GREETING.test(text)) || (isBodiesWithoutColon(text) && !isAddresseeLine(next)))) ||
      (seen === 1 && isLoneAddressee(text, next, frame.roles.get(i - 1))) ||
      // A notice sent to a meeting's members names them as a speech greets them (关于征集…提案的通知 / 各位委员:).
      (seen === 1 && MEETING_GREETING.test(text) && /(?:通知|函)$/.test(frame.titleLines.at(-1)?.text.trim() ?? ''))
    ) {
      frame.roles.set(i, 'addressees');
      frame.addressees = tidyAddressees(withoutGluedTitle(text.replace(/[:：]\s*$/, '').trim()));
      return;
    }
    // Over two lines: broken after a comma, or mid-name where a PDF's line ran out (…,自治 / 区人民政府各部门:).
    const broken =
      /[，,、]$/.test(text) ||
      (text.length + next.length <= 300 &&
        /^各|[，,、]/.test(text) &&
        !/[:：0-9〔［[【]|关于|關於/.test(text) &&
        !PREAMBLE_START.test(text) &&
        !isTitleEnd(text) &&
        isAddresseeLine(`${text}${next}`));
    if (broken && isAddresseeLine(next) && `${text}${next}`.length <= 300) {
      frame.roles.set(i, 'addressees');
      frame.roles.set(i + 1, 'addressees');
      frame.addressees = tidyAddressees(withoutGluedTitle(`${text}${next}`.replace(/[:：]\s*$/, '').trim()));
      return;
    }
  }
}

/**
 * A site's grid of related links, each title cut to one width ("氯胺酮原料及氯胺酮注射 關于人用狂犬病疫苗實施
 * 浙江省農業廳、財政廳 關"): three or more pieces, two of one length, most of them no body's name.
 */
const WRAPPED_TITLE = new RegExp(`(?:关于|關於|關于)[^。]*的(?:${genreEndingSource()})`);
function isLinkGrid(text: string): boolean {
  const pieces = text.trim().split(/[\s\u3000]+/);
  // (A title wrapped to a width of its own reads on: 关于印发…发展 / 第十四个…远景 / 目标纲要的通知.)
  if (pieces.length < 3 || /[。：:]/.test(text) || WRAPPED_TITLE.test(pieces.join(''))) return false;
  const lengths = pieces
    .filter((p) => /^[\u4e00-\u9fff]/.test(p))
    .map((p) => p.length)
    .filter((n) => n >= 8);
  const repeated = lengths.some((n, k) => lengths.indexOf(n) !== k);
  return repeated && pieces.filter((p) => isDepartment(p)).length * 2 < pieces.length;
}

/** Separators doubled by a page's scraping guard ("各縣(市,、區)人民政府,,市政府各部門") count once: the last of a run. */
function tidyAddressees(text: string): string {
  return (
    text
      // A journal database's mark where the text begins: "<正>各市(地)人力资源和社会保障局,…".
      .replace(/^[<‹〈]正[>›〉]\s*/, '')
      // A template site's heading run into them: "同意专项规划批复范文篇一市规划委、市市政园林局".
      .replace(/^[\u4e00-\u9fff]{2,24}?(?:范文|範文|范本|範本|模板|样本|樣本)篇[一二三四五六七八九十]{1,2}(?=\S)/, '')
      .replace(/[，,、]{2,}/g, (run) => run.at(-1) ?? run)
      // A copy that lost the bracket a county's list opens with: "各县市、区)委" is 各县(市、区)委.
      .replace(/([县縣])(市[、，,]?[区區][)）])/, (all, county: string, rest: string, at: number, whole: string) =>
        /[（(]/.test(whole.slice(0, at)) ? all : `${county}(${rest}`,
      )
  );
}

/** A one-line head's issuer and title before the addressees ("XX镇人民政府 关于印发《…》的通知 各村民委员会、…"). */
function withoutGluedTitle(addressees: string): string {
  const glued = /^(\S.*?\S)[\s\u3000]+(\S+)$/.exec(addressees);
  // (A title without 关于 too, long enough to be one: "…直接联系群众活动公告 居民朋友们、辖区单位".)
  if (glued?.[1] && glued[2] && isTitleEnd(glued[1]) && (ABOUT.test(glued[1]) || glued[1].length >= 10)) return glued[2];
  // Or with its number in brackets and no space: "…的通知(皖国税函〔2008〕10号)各市国家税务局".
  const numbered = /^(.+?)[（(]([^（()）]{4,30})[)）](各\S.*)$/.exec(addressees);
  return numbered?.[1] && numbered[3] && isTitleEnd(numbered[1]) && findDocNumberAtStart(numbered[2] ?? '') !== null
    ? numbered[3]
    : addressees;
}

/**
 * What runs into the addressees from before them is not part of them: a site's English label
 * ("Policies and regulations各区人民政府…:") or a scrambled copy's watermark noise
 * ("/ \\& {& A' ?4 A* [- W) x各省、自治区…:", "yi6Hy(I)F0 中國古建築營造網!cnT.?\"]3c|Z3~山東省文物局:").
 */
function withoutLeadingNoise(text: string): string {
  // A bullet the page's list of table rows gave the line too (• 各区、市人民政府,…:).
  // (Or a database's mark of where the text begins: 【正文】 各区县人民政府,…:.)
  const label = text.replace(/^[A-Za-z][A-Za-z .,'&-]*[A-Za-z](?=各)|^[•·●▪◆■]\s*(?=各)|^【正文】\s*/, '');
  if (label !== text) return label;
  if (!/^[\x21-\x7e]/.test(text)) return text;
  const noise = /^.*[A-Za-z0-9!-'*+./;<=>?@[\\\]^_`{|}~]\s*/.exec(text.replace(/[:：]\s*$/, ''))?.[0] ?? '';
  const rest = text.slice(noise.length);
  return noise.replace(/[^\x21-\x7e]/g, '').length >= 4 && /^[\u4e00-\u9fff]{2}/.test(rest) ? rest : text;
}

/**
 * A gazette's note glued to the line after the title — "(新政发〔1994〕103号)各州、市…:", "(1985年5月4日
 * 皖政〔1985〕38号)  根据…" — gives the number and date, and is taken off the line.
 */
function withoutHeadNote(text: string, frame: Frame): string {
  const note = /^[（(]([^（）()]{4,40})[)）]\s*/.exec(text);
  const inner = note?.[1]?.trim() ?? '';
  const dated = /^(\S{1,6}年\S{1,3}月\S{1,3}日)\s*/.exec(inner);
  const date = dated?.[1] ? parseDateLine(dated[1]) : null;
  const rest = date ? inner.slice(dated?.[0].length ?? 0) : inner;
  const number = findDocNumberAtStart(rest);
  const after = number ? rest.slice(number.length).trim() : rest;
  const trailingDate = number && after !== '' ? parseDateLine(after) : null;
  if (!note || !number || (after !== '' && !trailingDate)) return text;
  // Not a number a sentence cites and goes on from ("(湘水办函〔2023〕112号)要求,为落实…").
  const following = text.slice(note[0].length);
  if (following !== '' && !/\s$/.test(note[0]) && !isAddresseeLine(following)) return text;
  frame.docNumber ??= number.value;
  frame.headDate ??= date ?? trailingDate;
  return text.slice(note[0].length);
}

interface SignOff {
  signature: string[];
  /** Null for a date a copy printed without its year (12月30日). */
  date: string | null;
  dateLine: number;
}

/**
 * A date line preceded by the names of the issuing bodies (联合发文 puts several, one per line or
 * side by side), or by an official's title and name under a decree; a name and date on one line too.
 */
function findSignOffs(lines: Line[], roles: Map<number, BlockRole>, posted: string | null): SignOff[] {
  const signOffs: SignOff[] = [];
  for (const line of lines) {
    if (roles.has(line.index)) continue;
    // "(此件发至乡)          2017年6月13日": the note printed beside the date instead of under it. A date
    // that lost its 年月日 and reads two ways is the one the page's posting date allows.
    // (Or a related link's 【title】 a repost put before it: "【3月20日大连全市开展…】2022年3月19日".)
    let date =
      parseDateLine(line.text) ??
      parseDateLine(line.text.replace(NOTE_BESIDE, '').replace(LINK_TAG, '')) ??
      parseDateLine(line.text.replace(NOTE_AFTER, '').trimEnd()) ??
      compactDateBefore(line.text, posted);
    const names: string[] = [];
    let official = false;
    const yearless = !date && YEARLESS_DATE.test(line.text.trim());
    if (!date && !yearless) {
      // "江西省人民政府办公厅 2016年5月11日", "自治区主席 陈 武 2016年12月6日"; in a flattened copy, the
      // document the notice issues runs on after it ("… 2017年11月30日 黄果树旅游区突发环境事件应急预案 总则").
      // Or glued to its name in a copy that lost the line breaks ("淮安市人民政府2015年7月12日淮安市…规定").
      const m =
        /^(.{2,60}?)[\s\u3000]+(\S{1,6}\s?年\s?\S{1,3}\s?月\s?\S{1,3}\s?日)(?:[\s\u3000]+(\S.*))?$/.exec(
          line.text.slice(0, 200),
        ) ?? GLUED_SIGNOFF.exec(line.text.slice(0, 200));
      const runOn = m?.[3];
      const many = line.text.length > 80 && line.text.trimEnd().endsWith('日') ? manySignersBeforeDate(line.text) : null;
      if (many) {
        date = many.date;
        names.push(...many.names);
      } else if (
        runOn === undefined
          ? line.text.length > 80
          : !quotedNames(lines).some((q) => q.line < line.index && runOn.startsWith(q.name))
      )
        continue;
      if (!many) {
        const inline = m?.[2] ? parseDateLine(m[2]) : null;
        const signers = m?.[1] ? signatureNames(m[1]) : null;
        official = OFFICIAL_SIGNATURE.test(m?.[1]?.replace(/[\s\u3000]+/g, '') ?? '');
        if (!inline || (!signers && !official)) continue;
        date = inline;
        names.push(...(signers ?? []));
      }
    }
    for (let j = line.index - 1; j >= 0 && names.length < MAX_SIGNERS; j--) {
      // Where the seal goes: "…村民选举委员会(章)".
      const candidate = (lines[j]?.text ?? '').replace(SEAL_MARK, '').trimEnd();
      if (roles.has(j) && roles.get(j) !== 'signature') break;
      if (OFFICIAL_SIGNATURE.test(candidate.replace(/[\s\u3000]+/g, ''))) {
        official = true;
        roles.set(j, 'signature');
        continue;
      }
      // A joint decree's ministers, each under the body he heads (交通运输部部长 李小鹏): the bodies sign.
      // (One minister alone signs the decree its head names, as that head names it.)
      const heads = BODY_HEAD_SIGNATURE.exec(candidate.replace(/[\s\u3000]+/g, ''))?.[1];
      const joint = [lines[j - 1]?.text, lines[j + 1]?.text].some((t) =>
        BODY_HEAD_SIGNATURE.test((t ?? '').replace(/[\s\u3000]+/g, '')),
      );
      if (heads && joint && isDepartment(heads)) {
        official = true;
        names.unshift(heads);
        roles.set(j, 'signature');
        continue;
      }
      // The body whose seal stands for the signer's: "(国家卫生健康委代章)" between the name and the date.
      if (SEAL_BY_ANOTHER.test(candidate.trim())) {
        roles.set(j, 'signature');
        continue;
      }
      const signers = signatureNames(candidate);
      if (!signers) {
        // The name run onto the end of the last line of the text ("…发至如下邮箱: sxfg315@163.com三乡镇…指挥部办公室").
        // (Or a joint sign-off's first body: "…依法进行严肃查处。高邮市环境保护局" / 高邮市建筑工程管理局 / date.)
        const runOn = gluedSignature(candidate);
        if (runOn) {
          names.unshift(runOn);
          break;
        }
        // A branch under the last of the bodies above, its name wrapped to a line of its own
        // ("金东区江东镇人民政府 金华市自然资源和规划局" / "金义新区(金东区)分局").
        const above =
          names.length === 0 && BRANCH.test(candidate.trim()) && !roles.has(j - 1)
            ? signatureNames(lines[j - 1]?.text ?? '')
            : null;
        if (above) {
          names.unshift(...above.slice(0, -1), `${above.at(-1)}${candidate.trim()}`);
          roles.set(j, 'signature');
          roles.set(--j, 'signature');
          continue;
        }
        // A long name wrapped over two lines: "通海县应对新型冠状病毒感染肺炎" over "疫情工作领导小组指挥部";
        // or three: "嘉兴经济技术开发区(国际商务区)" / "新型冠状病毒肺炎疫情" / "防控工作领导小组".
        const wrapped = wrappedName(candidate, names[0]);
        const upper = wrapped || roles.has(j - 1) ? '' : (lines[j - 1]?.text.trim() ?? '');
        const placeAbove = /^[\u4e00-\u9fff]{3,24}(?:省|市|县|縣|区|區|州|盟|旗)(?:[（(][\u4e00-\u9fff]{2,12}[)）])?$/.test(
          upper,
        );
        const overThree = placeAbove ? wrappedName(`${upper}${candidate}`, names[0]) : null;
        if (!wrapped && !overThree) break;
        names[0] = wrapped ?? overThree ?? '';
        roles.set(j, 'signature');
        if (overThree) roles.set(--j, 'signature');
        continue;
      }
      // A name broken over two lines: the line below goes on with the session (攸县第十八届人民代表大会 / 第二次会议主席团),
      // or with a unit of the body above it, named without a place (…自治旗公安局 / 交通管理大队).
      const unit = names[0] ?? '';
      // (Or a government's headquarters: 潮州市潮安區人民政府 / 防汛防旱防風指揮部.)
      const ofBody =
        !NAME_OPENING.test(unit) &&
        ((SUB_UNIT.test(unit) && /(?:局|厅|廳|委|部|总队|總隊)$/.test(signers.at(-1) ?? '')) ||
          (GOVERNMENT_UNIT.test(unit) && /政府$/.test(signers.at(-1) ?? '')));
      if (/^第[一二三四五六七八九十百零\d]+[次届屆]/.test(unit) || ofBody) names[0] = `${signers.pop()}${unit}`;
      names.unshift(...signers);
      roles.set(j, 'signature');
    }
    // A date with no name above it signs off where a note, the attachments or the issued title follow it.
    if (names.length === 0 && !official && (yearless || !beforeIssuedTitle(lines, line.index))) continue;
    roles.set(line.index, 'date');
    signOffs.push({ signature: names, date: date ?? null, dateLine: line.index });
  }
  return signOffs;
}

/**
 * A sign-off's date that lost its year: "12月30日", or whose year a copy masked: "20**年11月15日", or
 * only its figures: "年1月23日"; or that lost its day: "2021年9月", or more of it: "2020年2".
 */
const YEARLESS_DATE =
  /^(?:(?:[0-9０-９]{2}[*＊]{2}\s*年\s*|年\s*)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日|(?:19|20)\d{2}\s*年\s*[0-9]{1,2}\s*月?|[一二]\s?[〇零○ＯO九]\s?[〇零○ＯO一二三四五六七八九]\s?[〇零○ＯO一二三四五六七八九]\s*年\s*(?:十[一二]?|[一二三四五六七八九])\s*月)$/;

/** Where a seal is to go after a name: (章), （盖章）, (印), or another's seal borrowed: (借章). */
const SEAL_MARK = /[（(](?:章|盖章|蓋章|印|公章|借章|代章)[)）]$/;

/** How far from a line's end a name run onto it is looked for. */
const GLUED_NAME_REACH = 60;

/** A body's name at the end of a line of text, after its last sentence or an address in Latin letters. */
function gluedSignature(text: string): string | null {
  const tail = /(?:[。！!；;：:]|[\x21-\x7e])[\s\u3000]*([\u4e00-\u9fff]{4,40})$/.exec(text.slice(-GLUED_NAME_REACH))?.[1];
  const names = tail ? signatureNames(tail) : null;
  return names?.length === 1 ? (names[0] ?? null) : null;
}

/** A seal that stands in for the signer's: (国家卫生健康委代章), （代章）. */
const SEAL_BY_ANOTHER = /^[（(][\u4e00-\u9fff]{0,30}代章[)）]$/;

/** A unit inside a body, its name signed on the line under the body's: 交通管理大队, 办公室 is not one. */
const SUB_UNIT = /^[\u4e00-\u9fff]{2,12}(?:大队|大隊|支队|支隊|中队|中隊|总队|總隊)$/;
/** A government's own headquarters or committee, named without its place under it. */
const GOVERNMENT_UNIT = /^[\u4e00-\u9fff]{2,16}(?:指挥部|指揮部|领导小组|領導小組)(?:办公室|辦公室)?$/;

/** Where a name opens: a place, the Party, the State Council, a national body. */
const NAME_OPENING =
  /^(?:中共|中国|中國|中华|中華|国务院|國務院|全国|全國|国家|國家|[\u4e00-\u9fff]{1,12}?(?:省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉|街道))/;

/**
 * The upper line of a long signature wrapped over two, joined with the lower: the upper opens as a
 * name does and is no name alone, the lower goes on without a place of its own, and together they
 * name one body.
 */
function wrappedName(upper: string, lower: string | undefined): string | null {
  const head = upper.replace(/[\s\u3000]+/g, '');
  // (The body's other name in brackets may stand in it: 嘉兴经济技术开发区(国际商务区).)
  const plain = head.replace(/[（(][\u4e00-\u9fff]{2,12}[)）]/, '');
  if (!lower || plain.length < 4 || head.length > 40 || !/^[\u4e00-\u9fff]+$/.test(plain)) return null;
  if (!NAME_OPENING.test(head) || NAME_OPENING.test(lower) || /^(?:特此|此复|此復|专此|專此)/.test(head)) return null;
  return signatureNames(plain + lower)?.length === 1 ? head + lower : null;
}

/** Bodies a forwarded document lists above its own title (沧州市发展改革委 / 沧州市邮政局 / …). */
const MAX_LISTED_BODIES = 12;

const QUOTED = new WeakMap<Line[], Array<{ line: number; name: string }>>();

/** The names the text quotes in 《》, with their lines, read once a text. */
function quotedNames(lines: Line[]): Array<{ line: number; name: string }> {
  let names = QUOTED.get(lines);
  if (!names) {
    names = lines.flatMap((line) =>
      // A name quoted inside the quote is in 〈〉 there and in 《》 where it stands as a title.
      [...line.text.matchAll(/《([^《》]{6,80})》/g)].map((m) => ({
        line: line.index,
        name: (m[1] ?? '').replace(/〈/g, '《').replace(/〉/g, '》'),
      })),
    );
    QUOTED.set(lines, names);
  }
  return names;
}

function beforeIssuedTitle(lines: Line[], index: number): boolean {
  let after = index + 1;
  while (after - index <= MAX_LISTED_BODIES && signatureNames(lines[after]?.text ?? '') !== null) after++;
  if (NOTE.test(lines[after]?.text ?? '')) return index > 0;
  if (GARBLED_NOTE.test(lines[after]?.text ?? '')) after++;
  // (The forwarded document's own 特急 over its title.)
  if (HEAD_MARK.test(lines[after]?.text.trim() ?? '')) after++;
  const next = lines[after]?.text ?? '';
  // Or the document a cover notice issues, by the name the notice gives it in 《》 (its line may add
  // to the name: 《…实施细则》 over "…实施细则及文种式样"; or break it over two lines).
  const named =
    next.length >= 4 &&
    quotedNames(lines).some((q) => q.line < index && (next.startsWith(q.name) || (next.length >= 8 && q.name.startsWith(next))));
  // Or named without quotes in the title above (关于公布第二批…名录的通知 / … / 吉林省第二批…名录).
  const unplaced = next.replace(/^[\u4e00-\u9fff]{2,8}?(?:省|市|县|縣|区|區|自治区|自治區|州)/, '');
  const echoed =
    unplaced.length >= 8 && unplaced !== next && lines.slice(0, Math.min(index, 5)).some((l) => l.text.includes(unplaced));
  // Or its first chapter or article, the cover notice's sentence above the date (…现印发给你们… / 二○○四年二月十九日 / 第一章 总则).
  const opensIssued = /^第[一1][\s\u3000]*[章条條]/.test(next) && ISSUES_IT.test(lines[index - 1]?.text ?? '');
  // Or after the list of attachments, the contacts after it (附件:1.… / 2.… / 二〇一一年八月十日 / 联 系 人:…).
  const afterAttachments =
    /^(?:附件|[0-9０-９]{1,2}[.．、])/.test(lines[index - 1]?.text.trim() ?? '') &&
    isContactNote(next.replace(/[\s\u3000]+/g, ''));
  return (
    index > 0 &&
    (NOTE.test(next) ||
      /^附件[:：\s]/.test(next) ||
      named ||
      echoed ||
      opensIssued ||
      afterAttachments ||
      readTitle(lines, after).length > 0)
  );
}
/** A cover notice's sentence that issues the document after it. */
const ISSUES_IT = /印发给你们|印發給你們|现予印发|現予印發|现予公布|現予公布|现予发布|現予發布/;

/** Without a signature, a date line standing after the body (among its last lines) dates it. */
/** The date the text closes with, below the title (`titleAt`; above it is a portal's table). */
function closingDate(lines: Line[], roles: Map<number, BlockRole>, titleAt: number, posted: string | null): string | null {
  for (let i = lines.length - 1, seen = 0; i > titleAt && seen < 6; i--) {
    if (roles.has(i) && roles.get(i) !== 'date') continue;
    seen++;
    const date = parseDateLine(lines[i]?.text ?? '');
    if (date) {
      roles.set(i, 'date');
      return date;
    }
    // A date a PDF copy broke after its year ("2014" / "年6月30日").
    const year = lines[i - 1]?.text.trim() ?? '';
    const broken = /^(?:19|20)\d{2}$/.test(year) && /^年/.test(lines[i]?.text.trim() ?? '');
    const joined = broken ? parseDateLine(`${year}${lines[i]?.text.trim()}`) : null;
    if (joined) {
      roles.set(i - 1, 'date');
      roles.set(i, 'date');
      return joined;
    }
  }
  const tail = signedTail(lines, titleAt, roles);
  if (tail) return tail.date;
  // A date alone between the list of attachments and the attachments themselves (附件:… / 二〇〇八年十月二十三日 / 附件).
  for (let i = Math.max(0, titleAt + 1); i < lines.length; i++) {
    if (roles.has(i)) continue;
    const date = parseDateLine(lines[i]?.text.trim() ?? '');
    const before = lines[filledLine(lines, i, -1)]?.text.trim() ?? '';
    const after = lines[filledLine(lines, i, 1)]?.text.trim() ?? '';
    if (date && /^附\s*件[:：]/.test(before) && /^附\s*件\s*\d{0,2}[:：]?$/.test(after)) {
      roles.set(i, 'date');
      return date;
    }
  }
  // Above the note of how it is published (2019年9月3日 / (联系人:…) / (此件主动公开)), with the document it issues after it.
  // (Or with the note on its line: "2024年2月4日(此件主动公开)".)
  for (let i = Math.max(0, titleAt + 1); i < lines.length; i++) {
    if (roles.has(i)) continue;
    const text = lines[i]?.text.trim() ?? '';
    const inline = NOTED_DATE.exec(text)?.[1];
    // (The note is looked for first: a date is read only from the line above one.)
    if (inline === undefined && ![1, 2].some((k) => PUBLICATION_NOTE.test(lines[i + k]?.text.trim() ?? ''))) continue;
    const date = parseDateLine(inline ?? text) ?? compactDateBefore(inline ?? text, posted);
    if (date) {
      roles.set(i, 'date');
      return date;
    }
  }
  // Further up, under the closing formula, with a repost's lines after it (特此公告。/ 2026年1月26日 / 文章来源…).
  for (let i = lines.length - 1; i > Math.max(0, titleAt) && i >= lines.length - 40; i--) {
    if (!isClosingFormula(lines[i - 1]?.text ?? '')) continue;
    const date = parseDateLine(lines[i]?.text ?? '');
    if (date && !roles.has(i)) {
      roles.set(i, 'date');
      return date;
    }
  }
  return null;
}

const PUBLICATION_NOTE = /^[（(]此件[\u4e00-\u9fff]{2,8}[)）]$/;
const NOTED_DATE = /^(\S{6,14}日)[\s\u3000]*[（(]此件[\u4e00-\u9fff]{2,8}[)）]$/;

/** A sign-off at the end of a run-on line: a name and a date, each set off by spaces. */
const SIGNED_TAIL = /(?:^|[\s\u3000])([\u4e00-\u9fff]{2,30})[\s\u3000]+(\S{4,12}年\S{1,3}月\S{1,3}日)[\s\u3000]*$/;
/** A sign-off run into the last sentence: "…将对违反本通告规定的车辆进行处罚。乌鲁木齐市公安局交通警察支队2023年8月2日通告。" */
const GLUED_TAIL =
  /[。！!；;][\s\u3000]*([\u4e00-\u9fff]{4,40}?)[\s\u3000]*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:通告|公告|通知|发布|發布)?[。.]?[\s\u3000]*$/;

/**
 * The sign-off at the end of a text that runs on in one line, its names and date: "…附件:…一览表
 * 盐城市人民政府 二〇〇四年二月九日", or run into the last sentence ("…处罚。XX支队2023年8月2日通告。").
 */
function signedTail(
  lines: Line[],
  titleAt: number,
  roles: ReadonlyMap<number, BlockRole>,
): { names: string[]; date: string } | null {
  // The last line of the text: a site's lines after it (原文链接, 免责声明, 上一篇) are page matter.
  let at = lines.length - 1;
  while (at > titleAt && (roles.get(at) === 'chrome' || roles.get(at) === 'info')) at--;
  const last = lines[at];
  if (!last || last.index <= titleAt) return null;
  const end = last.text.slice(-80);
  const m = (last.text.length > 80 ? SIGNED_TAIL.exec(end) : null) ?? GLUED_TAIL.exec(end);
  return signedBy(m) ?? notedSignOff(lines, titleAt) ?? attachedDate(end);
}

/** The date run onto the list of attachments that ends a run-on text, unsigned: "…附件:…办法(试行)2019年1月15日". */
const ATTACHED_DATE =
  /附件[:：][^。：:]{2,60}?[)）\u4e00-\u9fff》]((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[\s\u3000]*$/;

function attachedDate(end: string): { names: string[]; date: string } | null {
  const date = parseDateLine(ATTACHED_DATE.exec(end)?.[1] ?? '');
  return date ? { names: [], date } : null;
}

/** A sign-off run in between sentences, known by the note after it: "…请认真贯彻实施。南京市人民政府办公厅2020年4月14日(此件公开发布)南京市…". */
const NOTED_SIGNOFF =
  /[。！!；;][\s\u3000]*([\u4e00-\u9fff]{4,40}?)[\s\u3000]*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)[\s\u3000]*[（(](?:此件|本件|此文|本文)[^（()）]{1,30}[)）]/;

function notedSignOff(lines: Line[], titleAt: number): { names: string[]; date: string } | null {
  // Or by what it issues run on after it: "…请遵照执行。天津市河西区人民政府2021年7月8日河西区突发事件总体应急预案1.总则…".
  const issued = /(?:印发|印發)《?([^《》]{4,60}?)》?的?(?:通知|决定|決定)$/.exec(
    joinLines(lines.filter((l) => l.index === titleAt)),
  )?.[1];
  for (const line of lines) {
    if (line.index <= titleAt || line.text.length <= 80) continue;
    const signed = signedBy(NOTED_SIGNOFF.exec(line.text));
    if (signed) return signed;
    if (!issued) continue;
    for (const m of line.text.matchAll(ISSUED_AFTER_SIGNOFF)) {
      const after = line.text.slice((m.index ?? 0) + m[0].length);
      const runsOn = signedBy(m);
      if (runsOn && after.replace(/[\s\u3000《》]/g, '').startsWith(issued.replace(/[\s\u3000]/g, ''))) return runsOn;
    }
  }
  return null;
}
const ISSUED_AFTER_SIGNOFF =
  /[。！!；;][\s\u3000]{0,4}([\u4e00-\u9fff]{4,40}?)[\s\u3000]{0,4}((?:19|20)\d{2}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日)/g;

function signedBy(m: RegExpExecArray | null): { names: string[]; date: string } | null {
  const names = m?.[1] ? signatureNames(m[1]) : null;
  const date = names && m?.[2] ? parseDateLine(m[2]) : null;
  return names && date ? { names, date } : null;
}

/**
 * A sign-off without its date, the text's last line after a finished sentence or the attachments'
 * list ("…补偿方案。" / "三明市三元区人民政府"): its names.
 */
function undatedSignature(lines: Line[], roles: Map<number, BlockRole>, titleAt: number): string[] {
  let last = lines.length - 1;
  while (last > titleAt && (roles.has(last) || NOTE.test(lines[last]?.text ?? '') || isContactLine(lines[last]?.text ?? '')))
    last--;
  // (A copy cut off inside a joint sign-off leaves the next body's place alone: 廈門市同安區… / 廈門市; or inside
  // its date, the date's first figures: 二, 20; or damages the date past reading: 二一六年三月二十四日.)
  if (last > titleAt + 1 && CUT_PLACE.test((lines[last]?.text ?? '').trim())) last--;
  if (last > titleAt + 1 && DATE_REMNANT.test((lines[last]?.text ?? '').trim())) last--;
  const lastNames = last > titleAt + 1 ? signatureNames(lines[last]?.text ?? '') : null;
  // (Joint bodies sign a line each: 市政协办公室 / 市政协提案委.)
  let first = last;
  const stacked: string[] = [];
  while (lastNames && first - 1 > titleAt + 1 && last - first < 3) {
    const above = signatureNames(lines[first - 1]?.text ?? '');
    if (!above || roles.has(first - 1)) break;
    stacked.unshift(...above);
    first--;
  }
  const names = lastNames && [...stacked, ...lastNames];
  // (The contacts a notice gives before it signs, 联系电话:… / 传真:…, stand between.)
  let above = first - 1;
  while (above > titleAt + 1 && isContactNote(lines[above]?.text ?? '')) above--;
  const before = lines[above]?.text ?? '';
  // "本院", "我局": the text's own words for its issuer, no signature.
  if (!names || names.some((n) => /^(?:本|我|该|該|各)/.test(n))) return [];
  // After the last sentence, a closing formula, or the list of attachments (附件:1.… / 2.…, 附:《…》).
  const attachments = [1, 2, 3].some((k) => /^附(?:件)?[:：\s]/.test((lines[above + 1 - k]?.text ?? '').trim()));
  if (!(/[。！!；;]$/.test(before) || isClosingFormula(before) || attachments)) return [];
  // (Not after an article: a regulation cut off inside its text, "第四条 …。" / "特殊情况需要使用非国家法定计量单位".)
  // (Its article may be a few pieces up where a run-together text was parted at its sentences.)
  if ([1, 2, 3].some((k) => /^[\s\u3000]*第[一二三四五六七八九十百零〇]{1,5}[条條]/.test(lines[last - k]?.text ?? ''))) return [];
  // (Nor inside the attachments that follow a dated sign-off: a table's last cell, 区发改局.)
  const attachedAt = lines.findIndex((l) => l.index > titleAt && l.index < last && /^附\s*件\s*\d{0,2}$/.test(l.text.trim()));
  const datedBefore = (at: number) =>
    lines.some((l) => l.index > titleAt && l.index < at && l.text.trim().length <= 20 && parseDateLine(l.text.trim()) !== null);
  if (attachedAt !== -1 && datedBefore(attachedAt)) return [];
  for (let j = first; j <= last; j++) roles.set(j, 'signature');
  return names;
}

/** A line of a notice's contacts: "联系电话:88150313", "传真:88580908", "联系人:张三 电话:…". */
function isContactNote(text: string): boolean {
  return /^(?:联系电话|聯繫電話|联系人|聯繫人|电话|電話|传真|傳真|电子邮箱|電子郵箱|邮箱|郵箱)[:：]\s{0,4}\S.{0,60}$/.test(
    text.trim(),
  );
}

/** A branch's own part of its name: "金义新区(金东区)分局", "开发区分中心". */
const BRANCH = /^[\u4e00-\u9fff]{2,12}(?:[（(][\u4e00-\u9fff]{2,8}[)）])?(?:分局|分中心|分所|分院|支局)$/;

/** A body's office with the body's other name in brackets within: "…工作领导小组(指挥部)办公室". */
function isAliasedWithin(text: string): boolean {
  const m = /^([\u4e00-\u9fff]{4,40})[（(]([\u4e00-\u9fff]{2,8})[)）]([\u4e00-\u9fff]{2,12})$/.exec(text);
  return !!m?.[1] && !!m[2] && !!m[3] && isDepartment(m[1]) && isDepartment(m[2]) && isDepartment(`${m[1]}${m[3]}`);
}

const LINK_TAG = /^【[^【】]{2,60}】[\s\u3000]*/;
const CUT_PLACE = /^[\u4e00-\u9fff]{2,6}(?:省|市|县|縣|区|區)$/;
const DATE_REMNANT = /^(?=.*[〇零○一二三四五六七八九十0-9０-９])[〇零○ＯO一二三四五六七八九十0-9０-９\s年月日]{1,14}$/;

/** A body with the other name it goes by in brackets: "黑河市公共资源交易中心(市政府采购中心)", "乐清市治水办(河长办)". */
function isAliasedBody(text: string): boolean {
  const aliased = /^([\u4e00-\u9fff]{4,40})[（(]([\u4e00-\u9fff]{2,20})[)）]$/.exec(text);
  return aliased?.[1] !== undefined && aliased[2] !== undefined && isDepartment(aliased[1]) && isDepartment(aliased[2]);
}

/** The bodies a signature line names: one, or several side by side ("重庆市粮食局  重庆市财政局"). */
function signatureNames(text: string, maxLength = 80): string[] | null {
  if (isAliasedBody(text.trim()) || isAliasedWithin(text.trim())) return [text.trim()];
  // (Among joint bodies too: "上海市市场监督管理局、上海市民政局(上海市社会组织管理局)、上海市工商业联合会".)
  const joint = text.trim().split('、');
  if (
    text.length <= maxLength &&
    joint.length > 1 &&
    joint.some((name) => isAliasedBody(name.trim())) &&
    joint.every((name) => isAliasedBody(name.trim()) || (name.trim().length >= 3 && isDepartment(name.trim())))
  )
    return joint.map((name) => name.trim());
  if (
    text.length > maxLength ||
    /[，,。：:；;！？（）()《》]/.test(text) ||
    /^(?:转发|轉發|印发|印發|批转|批轉)/.test(text) ||
    // An item of the text cut off at a body's name (㈢市…领导小组办, 第六条市委…办) is no signature,
    // nor a template's placeholder (xx市林业局).
    (MARKER_START.test(text) && headingMarker(text) !== null) ||
    /^[xX×]+(?=[\u4e00-\u9fff])/.test(text) ||
    // (A copy that masks names, ****政府, names no one.)
    /[*＊]/.test(text) ||
    // Nor a text cut off at the bodies of a level ("…因素安排确定。县级财政部"): no body signs so.
    /^(?:[省市县縣区區乡鄉镇鎮各上][级級])/.test(text.trim()) ||
    // Nor one cut off inside a sentence ("在各级党委政府", "教育、卫生健康、社").
    /^(?:在|为了|為了|由于|由於|按照|根据|根據|通过|通過|对于|對於)/.test(text.trim()) ||
    (text.includes('、') && !text.split('、').every((name) => name.trim().length >= 3 && isDepartment(name.trim())))
  )
    return null;
  // Spaces a copy lost to question marks ("青海省人民政府辦公廳???????甘肅省人民政府辦公廳") part names too.
  // (Spaced apart or not: "內蒙古自治區財政廳? ? ? ? ?內蒙古自治區住房和城鄉建設廳".)
  const parts = text
    .replace(/[?\uFFFD](?:[\s\u3000]*[?\uFFFD])+|(?<=[\u4e00-\u9fff])[?\uFFFD](?=[\u4e00-\u9fff])/g, ' ')
    .split(/[\s\u3000、]+/)
    .filter(Boolean)
    .map(withoutAttachmentBefore);
  if (parts.length > 0 && parts.every((p) => isDepartment(p))) return parts;
  const whole = withoutAttachmentBefore(text.replace(/[\s\u3000]+/g, ''));
  return isDepartment(whole) ? [whole] : samePlaceRunTogether(whole);
}

/**
 * The last attachment's name a run-on copy leaves before the body signing (…拟征收土地位置示意图阿坝县人民政府), or a
 * bulletin's name and issue (园区快第五期南谯工业开发区管委会).
 */
const ATTACHMENT_BEFORE =
  /^[\u4e00-\u9fff]{2,30}?(?:示意图|示意圖|图|圖|一览表|一覽表|清单|清單|名单|名單|第[0-9０-９一二三四五六七八九十]{1,3}期)(?=[\u4e00-\u9fff]{2,8}?(?:省|市|县|縣|区|區|州|旗|盟))/;

function withoutAttachmentBefore(name: string): string {
  const before = ATTACHMENT_BEFORE.exec(name)?.[0];
  const rest = before ? name.slice(before.length) : '';
  return before && NAME_OPENING.test(rest) && isDepartment(rest) ? rest : name;
}

/** Joint bodies of one place run together past one name's length, parted where the place begins again. */
function samePlaceRunTogether(whole: string): string[] | null {
  const place = /^[\u4e00-\u9fff]{2,6}?(?:省|市|县|縣|州)/.exec(whole)?.[0];
  if (!place) return null;
  const parts = whole.split(new RegExp(`(?=${place})`)).filter(Boolean);
  return parts.length > 1 && parts.every((p) => p.length > place.length && isDepartment(p)) ? parts : null;
}

/** Distribution lines (版记) after the body, with the date they give (…2016年5月12日印发). */
function markClosing(lines: Line[], frame: Frame): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]?.text ?? '';
    if (DISTRIBUTION.test(text)) {
      frame.roles.set(i, 'cc');
      const line = text.length <= MAX_HEAD_LINE ? /^(?:(\S{2,40}?)[\s\u3000]+)?(\S+年\S+日)\s*(?:印发|印發)$/.exec(text) : null;
      frame.printedDate ??= line?.[2] ? parseDateLine(line[2]) : null;
      frame.printedBy ??= line?.[1] && isDepartment(line[1]) ? line[1] : null;
    } else if (!frame.roles.has(i)) break;
  }
}
