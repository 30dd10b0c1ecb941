import type { BlockRole } from '../../../shared/policy.js';
import { parseDateLine } from './dates.js';
import { isDocNumber, normaliseDocNumber } from './doc-number.js';
import { headingMarker } from './headings.js';
import type { Line } from './lines.js';
import { isDepartment } from './responsibilities.js';

/**
 * The frame of an official document around its body (GB/T 9704-2012): masthead, document
 * number, title, addressees at the top; signature, date, notes and distribution lines after
 * the body — and, in a cover notice that issues another document, a signature and date in
 * the middle followed by the issued document's own title.
 */
export interface Frame {
  roles: Map<number, BlockRole>;
  /** Consecutive line indexes that make up the document's title (may be empty). */
  titleLines: Line[];
  docNumber: string | null;
  masthead: string | null;
  addressees: string | null;
  signature: string | null;
  /** Date of the first sign-off, else of a stand-alone date line. */
  date: string | null;
}

const GENRE_SOURCE =
  '(?:实施意见|實施意見|指导意见|指導意見|意见|意見|通知|实施方案|實施方案|工作方案|方案|办法|辦法|规定|規定|决定|決定|细则|細則|规划|規劃|行动计划|行動計劃|计划|計劃|纲要|綱要|通告|公告|批复|批覆|报告|報告|函|条例|條例|规则|規則|指引|措施|要点|要點|清单|清單|决议|決議|章程|指南|通报|通報|命令|要求)';
/** A title names its genre at its end: …的实施意见, …的通知, …方案. */
export const ENDS_WITH_GENRE = new RegExp(`${GENRE_SOURCE}$`);
const TERMINAL_PUNCTUATION = /[。：:；;，,！!？?]$/;
const MAX_TITLE_LINE = 80;
const MAX_TITLE_LINES = 4;
const MASTHEAD = /^[^\s，,。：:]{2,40}文件$/;
const DOC_NUMBER_WITH_SIGNER = /^(\S+)\s+签发人[:：]/;
const NOTE = /^[（(](?:此件|本件|此文|本文)[^（()）]{1,30}[)）]$/;
const DISTRIBUTION = /^(?:抄送|抄报|分送)[:：]|印发$/;
const ADDRESSEE_HINT = /各|政府|部门|部門|单位|單位|机构|機構|委|厅|廳|局|办|辦|院|同志/;
const PREAMBLE_START = /^(?:为|為|根据|根據|按照|现将|現將|经|經|近年来|近年來|当前|當前|依据|依據)/;

export function analyseFrame(lines: Line[]): Frame {
  const roles = new Map<number, BlockRole>();
  const frame: Frame = { roles, titleLines: [], docNumber: null, masthead: null, addressees: null, signature: null, date: null };
  const signOffs = findSignOffs(lines, roles);
  frame.signature = signOffs[0]?.signature ?? null;

  let i = readHead(lines, 0, frame);
  const title = readTitle(lines, i);
  if (title.length > 0) {
    frame.titleLines = title;
    for (const line of title) roles.set(line.index, 'title');
    i = readHead(lines, i + title.length, frame);
  }
  const addressee = lines[i];
  if (addressee && isAddresseeLine(addressee.text)) {
    roles.set(addressee.index, 'addressees');
    frame.addressees = addressee.text.replace(/[:：]\s*$/, '').trim();
  }

  // A cover notice: the issued document's title follows the notice's sign-off.
  for (const signOff of signOffs) {
    let next = signOff.dateLine + 1;
    while (NOTE.test(lines[next]?.text ?? '')) next++;
    const issuedTitle = readTitle(lines, next);
    if (issuedTitle.length === 0) continue;
    for (const line of issuedTitle) roles.set(line.index, 'title');
    if (frame.titleLines.length === 0) frame.titleLines = issuedTitle;
  }

  for (const line of lines) if (NOTE.test(line.text)) roles.set(line.index, 'note');
  markClosing(lines, roles);
  frame.date = signOffs[0]?.date ?? firstStandaloneDate(lines, roles);
  return frame;
}

/** Masthead, document number and bracketed date lines at position i; returns the next position. */
function readHead(lines: Line[], from: number, frame: Frame): number {
  let i = from;
  for (; i < lines.length; i++) {
    const text = lines[i]?.text ?? '';
    const withSigner = DOC_NUMBER_WITH_SIGNER.exec(text)?.[1];
    if (MASTHEAD.test(text) && frame.masthead === null) {
      frame.masthead = text.replace(/文件$/, '');
      frame.roles.set(i, 'masthead');
    } else if (isDocNumber(text) || (withSigner && isDocNumber(withSigner))) {
      frame.docNumber ??= normaliseDocNumber(withSigner ?? text);
      frame.roles.set(i, 'docNumber');
    } else if (parseDateLine(text)) {
      frame.roles.set(i, 'date');
    } else {
      break;
    }
  }
  return i;
}

/** Lines from `from` that together form a title: short, unpunctuated, ending with a genre. */
function readTitle(lines: Line[], from: number): Line[] {
  const taken: Line[] = [];
  for (let i = from; i < lines.length && taken.length < MAX_TITLE_LINES; i++) {
    const line = lines[i];
    if (!line || !isTitleFragment(line.text)) break;
    taken.push(line);
    if (ENDS_WITH_GENRE.test(taken.map((l) => l.text).join(''))) return taken;
  }
  return [];
}

function isTitleFragment(text: string): boolean {
  return (
    text.length <= MAX_TITLE_LINE &&
    !/^[（(].*[)）]$/.test(text) &&
    !TERMINAL_PUNCTUATION.test(text) &&
    !/[。；;]/.test(text) &&
    headingMarker(text) === null &&
    parseDateLine(text) === null &&
    !isDocNumber(text)
  );
}

function isAddresseeLine(text: string): boolean {
  return (
    /[:：]$/.test(text) && text.length <= 200 && !/[。]/.test(text) && ADDRESSEE_HINT.test(text) && !PREAMBLE_START.test(text)
  );
}

interface SignOff {
  signature: string | null;
  date: string;
  dateLine: number;
}

/** A date line preceded by the names of the issuing bodies (联合发文 puts several, one per line). */
function findSignOffs(lines: Line[], roles: Map<number, BlockRole>): SignOff[] {
  const signOffs: SignOff[] = [];
  for (const line of lines) {
    const date = parseDateLine(line.text);
    if (!date) continue;
    const names: string[] = [];
    for (let j = line.index - 1; j >= 0 && names.length < 4; j--) {
      const candidate = lines[j]?.text ?? '';
      if (!isSignatureLine(candidate)) break;
      names.unshift(candidate.replace(/\s+/g, ''));
      roles.set(j, 'signature');
    }
    if (names.length === 0) continue;
    roles.set(line.index, 'date');
    signOffs.push({ signature: names.join('、'), date, dateLine: line.index });
  }
  return signOffs;
}

function isSignatureLine(text: string): boolean {
  return text.length <= 40 && !/[，,。：:；;！？（）()《》]/.test(text) && isDepartment(text.replace(/\s+/g, ''));
}

/** Distribution lines (版记) after the body. */
function markClosing(lines: Line[], roles: Map<number, BlockRole>): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]?.text ?? '';
    if (DISTRIBUTION.test(text)) roles.set(i, 'cc');
    else if (!roles.has(i)) break;
  }
}

function firstStandaloneDate(lines: Line[], roles: Map<number, BlockRole>): string | null {
  for (const line of lines) {
    const date = parseDateLine(line.text);
    if (date) {
      roles.set(line.index, 'date');
      return date;
    }
  }
  return null;
}
