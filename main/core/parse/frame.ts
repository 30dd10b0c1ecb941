import type { BlockRole } from '../../../shared/policy.js';
import { parseDateLine } from './dates.js';
import { type DecreeHead, findDocNumberAtStart, readDecreeHead } from './doc-number.js';
import { isTitleEnd } from './genre.js';
import { headingMarker } from './headings.js';
import type { Line } from './lines.js';
import { isChromeLine, type PageFields, readPageLine } from './page-lines.js';
import { isDepartment } from './responsibilities.js';

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
  /** The date of a distribution line (…2016年5月12日印发). */
  printedDate: string | null;
  /** Fields of a portal's information table copied with the text. */
  page: PageFields;
}

const TERMINAL_PUNCTUATION = /[。：:；;，,！!？?]$/;
const MAX_TITLE_LINE = 80;
const MAX_TITLE_LINES = 5;
/** How far down a head can reach (web copies put tables, headlines and repeats above it). */
const HEAD_LINES = 40;
/** How far from the end site chrome and tables are looked for. */
const TAIL_LINES = 15;
const MASTHEAD_LINE = /^([^，,。：:]{2,60})文件$/;
/** 份号, 密级 and 紧急程度 of GB/T 9704's 版头. */
const HEAD_MARK = /^(?:[0-9０-９]{6}|(?:绝密|机密|秘密|絕密|機密)(?:[★☆*].*)?|特急|加急|特提|平急|急件)$/;
const SIGNER = /\s*签发人[:：].*$|\s*簽發人[:：].*$/;
const NOTE = /^[（(](?:此件|本件|此文|本文)[^（()）]{1,30}[)）]$/;
const DISTRIBUTION = /^(?:抄送|抄报|分送|抄報)[:：]|印发$|印發$/;
const ADDRESSEE_HINT =
  /各|政府|部门|部門|单位|單位|机构|機構|委|厅|廳|局|办|辦|院|同志|代表|委员|委員|先生|女士|公司|中心|学校|学院|大学|医院|银行|协会|商会|企业|会员/;
const PREAMBLE_START = /^(?:为|為|根据|根據|按照|现将|現將|经|經|近年来|近年來|当前|當前|依据|依據|你|您|现就|現就|现予|現予|兹|茲|关于|關於)/;
/** A person signing a decree: 总理 李克强, 省长 马兴瑞. */
const OFFICIAL_SIGNATURE =
  /^(?:国务院)?(?:总理|總理|代总理|省长|省長|代省长|市长|市長|代市长|县长|縣長|区长|區長|州长|主席|自治区主席|部长|部長|主任|局长|局長|署长|署長|行长|行長|院长|院長|书记|書記|委员长|委員長|秘书长|秘書長)[\s\u3000]*[\u4e00-\u9fff·]{2,5}$/;

export function analyseFrame(lines: Line[], table: PageFields = {}): Frame {
  const roles = new Map<number, BlockRole>();
  const frame: Frame = {
    roles,
    titleLines: [],
    issuedTitleLines: [],
    headlineTitle: null,
    docNumber: null,
    decree: null,
    masthead: null,
    addressees: null,
    signature: [],
    signOffDate: null,
    headDate: null,
    printedDate: null,
    page: {},
  };
  readPageLines(lines, frame);
  const signOffs = findSignOffs(lines, roles);
  frame.signature = signOffs[0]?.signature ?? [];
  frame.signOffDate = signOffs[0]?.date ?? closingDate(lines, roles);

  const bodyFrom = readHead(lines, frame, table);
  readAddressees(lines, bodyFrom, frame);

  // The issued document's title after a sign-off: a cover notice's X, a decree's regulation.
  for (const signOff of signOffs) {
    let next = signOff.dateLine + 1;
    while (next < lines.length && (NOTE.test(lines[next]?.text ?? '') || roles.get(next) === 'chrome')) next++;
    const issued = readTitle(lines, next);
    if (issued.length === 0) continue;
    for (const line of issued) roles.set(line.index, frame.titleLines.length > 0 ? 'subtitle' : 'title');
    if (frame.issuedTitleLines.length === 0) frame.issuedTitleLines = issued;
  }

  for (const line of lines) if (NOTE.test(line.text)) roles.set(line.index, 'note');
  markClosing(lines, frame);
  return frame;
}

/** Information-table lines and chrome near the top and the bottom. */
function readPageLines(lines: Line[], frame: Frame): void {
  const near = (i: number) => i < HEAD_LINES || i >= lines.length - TAIL_LINES;
  let pending: keyof PageFields | null = null;
  for (const line of lines) {
    if (!near(line.index)) continue;
    if (pending) {
      // "索 引 号：" on one line and its value on the next, as a copied table gives them.
      if (readPageLine(line.text) === null && line.text.length <= 100) {
        frame.page[pending] ??= line.text;
        frame.roles.set(line.index, 'info');
        pending = null;
        continue;
      }
      pending = null;
    }
    const page = readPageLine(line.text);
    if (page) {
      frame.roles.set(line.index, 'info');
      for (const [field, value] of page.fields) {
        if (field === 'other') continue;
        if (value === '') pending = field;
        else frame.page[field] ??= value;
      }
    } else if (isChromeLine(line.text)) {
      frame.roles.set(line.index, 'chrome');
    }
  }
}

interface TitleCandidate {
  lines: Line[];
  text: string;
  score: number;
}

/**
 * Reads the head from the top: masthead, 份号 / 密级, document or decree number, head dates and
 * title candidates, until the addressees or the body. Of several titles (a site headline, a repeat)
 * the one that reads as a 公文 title and stands nearest the body is the document's. Returns where
 * the body (or the addressees) begin.
 */
function readHead(lines: Line[], frame: Frame, table: PageFields): number {
  const { roles } = frame;
  const candidates: TitleCandidate[] = [];
  const kinds = new Map<number, 'mark' | 'number' | 'date' | 'title' | 'other'>();
  let i = 0;
  for (; i < lines.length && i < HEAD_LINES; i++) {
    const line = lines[i] as Line;
    if (roles.has(i)) continue;
    const text = line.text;
    if (isMasthead(text) && frame.masthead === null) {
      frame.masthead = text.replace(/文件$/, '').replace(/\s+/g, ' ');
      roles.set(i, 'masthead');
      kinds.set(i, 'mark');
      continue;
    }
    if (HEAD_MARK.test(text)) {
      roles.set(i, 'masthead');
      kinds.set(i, 'mark');
      continue;
    }
    const decree = readDecreeHead(text, lines[i + 1]?.text ?? '');
    if (decree) {
      frame.decree ??= decree;
      frame.docNumber ??= decree.number;
      roles.set(i, 'docNumber');
      kinds.set(i, 'number');
      if (decree.lines === 2) {
        roles.set(i + 1, 'docNumber');
        kinds.set(i + 1, 'number');
        i++;
      }
      continue;
    }
    const number = findDocNumberAtStart(text.replace(SIGNER, ''));
    if (number) {
      const rest = text.replace(SIGNER, '').slice(number.length).trim();
      const quoted = /^《(.+)》$/.exec(rest)?.[1] ?? rest;
      if (rest === '' || isTitleEnd(quoted)) {
        frame.docNumber ??= number.value;
        roles.set(i, 'docNumber');
        kinds.set(i, 'number');
        if (rest !== '') frame.headlineTitle ??= quoted;
        continue;
      }
    }
    // A title followed by its number on the same line: "…的通知 鲁政发〔2014〕20号".
    const trailing = /^(.+?)[\s\u3000]+(\S+)$/.exec(text);
    const trailingNumber = trailing?.[2] ? findDocNumberAtStart(trailing[2]) : null;
    if (trailing?.[1] && trailingNumber && trailingNumber.length === trailing[2]?.length && isTitleEnd(trailing[1])) {
      frame.docNumber ??= trailingNumber.value;
      frame.headlineTitle ??= trailing[1];
      roles.set(i, 'docNumber');
      kinds.set(i, 'number');
      continue;
    }
    const date = parseDateLine(text);
    if (date) {
      frame.headDate ??= date;
      roles.set(i, 'date');
      kinds.set(i, 'date');
      continue;
    }
    const title = readTitle(lines, i);
    if (title.length > 0) {
      candidates.push({ lines: title, text: joinLines(title), score: 0 });
      for (const l of title) kinds.set(l.index, 'title');
      i += title.length - 1;
      continue;
    }
    if (isAddresseeLine(text) || startsBody(text)) break;
    if (!isShortLine(text)) break;
    kinds.set(i, 'other');
  }
  const bodyFrom = i;

  const chosen = chooseTitle(candidates, kinds, lines, bodyFrom, table.title);
  if (chosen) {
    frame.titleLines = chosen.lines;
    for (const l of chosen.lines) roles.set(l.index, 'title');
  }
  // Everything else above the body: repeats of the title are title lines, the rest is site chrome.
  const chosenText = chosen ? comparable(chosen.text) : null;
  for (const candidate of candidates) {
    if (candidate === chosen) continue;
    const role: BlockRole = comparable(candidate.text) === chosenText ? 'title' : 'chrome';
    if (chosen && candidate.lines[0] && chosen.lines[0] && candidate.lines[0].index > chosen.lines[0].index) {
      // A candidate after the chosen title: only a repeat is dropped; anything else is text.
      if (role === 'title') for (const l of candidate.lines) roles.set(l.index, role);
      continue;
    }
    for (const l of candidate.lines) roles.set(l.index, role);
  }
  const firstTitle = chosen?.lines[0]?.index ?? bodyFrom;
  for (const [index, kind] of kinds) if (kind === 'other' && index < firstTitle) roles.set(index, 'chrome');
  return bodyFrom;
}

/**
 * Of the head's title candidates, the 公文 title: one that says 关于 / 转发 / 印发, stands by the
 * document number or the masthead, or meets the body; the nearest to the body among equals.
 */
function chooseTitle(
  candidates: TitleCandidate[],
  kinds: Map<number, string>,
  lines: Line[],
  bodyFrom: number,
  tableTitle: string | undefined,
): TitleCandidate | null {
  if (candidates.length === 0) return null;
  const kindBefore = (index: number) => {
    for (let j = index - 1; j >= 0; j--) {
      const kind = kinds.get(j);
      if (kind) return kind;
    }
    return null;
  };
  const kindAfter = (index: number) => {
    for (let j = index + 1; j < lines.length && j <= bodyFrom; j++) {
      if (j === bodyFrom) return 'body';
      const kind = kinds.get(j);
      if (kind) return kind;
    }
    return 'body';
  };
  const wanted = tableTitle ? comparable(tableTitle) : null;
  let best: TitleCandidate | null = null;
  for (const candidate of candidates) {
    const first = candidate.lines[0]?.index ?? 0;
    const last = candidate.lines.at(-1)?.index ?? 0;
    let score = 0;
    if (wanted !== null && comparable(candidate.text) === wanted) score += 8;
    if (/关于|關於|关於|關于|转发|轉發|印发|印發/.test(candidate.text)) score += 4;
    const before = kindBefore(first);
    if (before === 'mark' || before === 'number') score += 2;
    const after = kindAfter(last);
    if (after === 'number' || after === 'date' || after === 'body') score += 2;
    candidate.score = score;
    if (!best || score >= best.score) best = candidate;
  }
  return best;
}

/**
 * Lines from `from` that together form a title: short, unpunctuated, ending with a genre. A title
 * goes on over its lines as long as they carry it on ("…记录制度" + "重大执法决定…的指导意见"), but a
 * line that opens a title of its own (…关于…, or the same title again) starts another.
 */
export function readTitle(lines: Line[], from: number): Line[] {
  const taken: Line[] = [];
  let complete = 0;
  for (let i = from; i < lines.length && taken.length < MAX_TITLE_LINES; i++) {
    const line = lines[i];
    if (!line || !isTitleFragment(line.text)) break;
    if (complete > 0 && (ABOUT.test(line.text) || line.text === taken[0]?.text)) break;
    taken.push(line);
    if (isTitleEnd(joinLines(taken))) complete = taken.length;
  }
  return taken.slice(0, complete);
}

const ABOUT = /关于|關於|关於|關于/;

/** 版头: the issuing bodies' names followed by 文件 (中共XX省委办公厅 XX省人民政府办公厅文件). */
function isMasthead(text: string): boolean {
  const names = MASTHEAD_LINE.exec(text)?.[1];
  return names !== undefined && !ABOUT.test(names) && signatureNames(names) !== null;
}

function isTitleFragment(text: string): boolean {
  return (
    text.length <= MAX_TITLE_LINE &&
    !/^[（(].*[)）]$/.test(text) &&
    !TERMINAL_PUNCTUATION.test(text) &&
    !/[。；;]/.test(text) &&
    headingMarker(text) === null &&
    parseDateLine(text) === null &&
    findDocNumberAtStart(text) === null &&
    !isMasthead(text) &&
    !/[，,]/.test(text)
  );
}

/** A title's lines joined: breaks and the spaces that pad characters apart (国 家 粮 食) taken out. */
export function joinLines(lines: Line[]): string {
  return tidyTitle(lines.map((line) => line.text.trim()).join(''));
}

/** A title without stray spaces: none between Chinese characters or punctuation, single elsewhere. */
export function tidyTitle(title: string): string {
  return title
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/ (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) /g, '')
    .trim();
}

function comparable(text: string): string {
  return text.replace(/[\s\u3000《》“”"]/g, '');
}

function isShortLine(text: string): boolean {
  return text.length <= 40 && !/[。；;！？]/.test(text);
}

function startsBody(text: string): boolean {
  return headingMarker(text) !== null || PREAMBLE_START.test(text) || /[。；;]/.test(text) || text.length > MAX_TITLE_LINE;
}

function isAddresseeLine(text: string): boolean {
  return (
    /[:：]$/.test(text) && text.length <= 300 && !/[。]/.test(text) && ADDRESSEE_HINT.test(text) && !PREAMBLE_START.test(text)
  );
}

/** The addressees: the first line after the head that ends with a colon, or two that end so together. */
function readAddressees(lines: Line[], from: number, frame: Frame): void {
  for (let i = from; i < lines.length && i < from + 3; i++) {
    if (frame.roles.has(i)) continue;
    const text = lines[i]?.text ?? '';
    const next = lines[i + 1]?.text ?? '';
    if (isAddresseeLine(text)) {
      frame.roles.set(i, 'addressees');
      frame.addressees = text.replace(/[:：]\s*$/, '').trim();
      return;
    }
    if (/[，,、]$/.test(text) && isAddresseeLine(next) && `${text}${next}`.length <= 300) {
      frame.roles.set(i, 'addressees');
      frame.roles.set(i + 1, 'addressees');
      frame.addressees = `${text}${next}`.replace(/[:：]\s*$/, '').trim();
      return;
    }
    return;
  }
}

interface SignOff {
  signature: string[];
  date: string;
  dateLine: number;
}

/**
 * A date line preceded by the names of the issuing bodies (联合发文 puts several, one per line or
 * side by side), or by an official's title and name under a decree; a name and date on one line too.
 */
function findSignOffs(lines: Line[], roles: Map<number, BlockRole>): SignOff[] {
  const signOffs: SignOff[] = [];
  for (const line of lines) {
    if (roles.has(line.index)) continue;
    let date = parseDateLine(line.text);
    const names: string[] = [];
    if (!date) {
      // "江西省人民政府办公厅 2016年5月11日"
      const m = /^(.{2,60}?)[\s\u3000]+(\S+年\S+日)$/.exec(line.text);
      const inline = m?.[2] ? parseDateLine(m[2]) : null;
      const signers = m?.[1] ? signatureNames(m[1]) : null;
      if (!inline || !signers) continue;
      date = inline;
      names.push(...signers);
    }
    let official = false;
    for (let j = line.index - 1; j >= 0 && names.length < 6; j--) {
      const candidate = lines[j]?.text ?? '';
      if (roles.has(j) && roles.get(j) !== 'signature') break;
      if (OFFICIAL_SIGNATURE.test(candidate)) {
        official = true;
        roles.set(j, 'signature');
        continue;
      }
      const signers = signatureNames(candidate);
      if (!signers) break;
      names.unshift(...signers);
      roles.set(j, 'signature');
    }
    if (names.length === 0 && !official) continue;
    roles.set(line.index, 'date');
    signOffs.push({ signature: names, date, dateLine: line.index });
  }
  return signOffs;
}

/** Without a signature, a date line standing after the body (among its last lines) dates it. */
function closingDate(lines: Line[], roles: Map<number, BlockRole>): string | null {
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < 4; i--) {
    if (roles.has(i) && roles.get(i) !== 'date') continue;
    seen++;
    const date = parseDateLine(lines[i]?.text ?? '');
    if (date) {
      roles.set(i, 'date');
      return date;
    }
  }
  return null;
}

/** The bodies a signature line names: one, or several side by side ("重庆市粮食局  重庆市财政局"). */
function signatureNames(text: string): string[] | null {
  if (text.length > 80 || /[，,。：:；;！？（）()《》]/.test(text)) return null;
  const parts = text.split(/[\s\u3000、]+/).filter(Boolean);
  if (parts.length > 0 && parts.every((p) => isDepartment(p))) return parts;
  const whole = text.replace(/[\s\u3000]+/g, '');
  return isDepartment(whole) ? [whole] : null;
}

/** Distribution lines (版记) after the body, with the date they give (…2016年5月12日印发). */
function markClosing(lines: Line[], frame: Frame): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]?.text ?? '';
    if (DISTRIBUTION.test(text)) {
      frame.roles.set(i, 'cc');
      const printed = /(\S+年\S+日)\s*(?:印发|印發)$/.exec(text)?.[1];
      frame.printedDate ??= printed ? parseDateLine(printed) : null;
    } else if (!frame.roles.has(i)) break;
  }
}
