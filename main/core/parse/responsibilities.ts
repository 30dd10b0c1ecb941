import type { Responsibility, ResponsibilityRole } from '../../../shared/policy.js';
import { outerBracketGroups, splitOutside } from './brackets.js';

/** Endings of the names of government bodies, simplified and traditional. */
const DEPARTMENT =
  /(?:厅|廳|局|委|委员会|委員會|办|辦|办公室|辦公室|督查室|督察室|督导室|督導室|值班室|研究室|調研室|调研室|法制室|信访室|信訪室|政府|部|支行|分行|银行|銀行|人行|海关|海關|分署|管委会|管委會|社|中心|公司|院|大学|大學|学校|學校|小学|小學|中学|中學|中心校|幼儿园|幼兒園|所|渔港监督|漁港監督|港务监督|港務監督|会|會|团|團|署|司|处|處|站|总队|總隊|支队|支隊|大队|大隊|执法队|執法隊|工作队|工作隊|集团|集團|机构|機構|单位|單位|部门|部門|小组|小組|工作组|工作組|综合组|綜合組|协调组|協調組|指导组|指導組|督导组|督導組|专项组|專項組|随访组|隨訪組|检查组|檢查組|督查组|督查組|调研组|調研組|考核组|考核組|巡查组|巡查組|评估组|評估組|联络组|聯絡組|专班|專班|博物馆|博物館|图书馆|圖書館|文化馆|文化館|档案馆|檔案館|纪念馆|紀念館|科技馆|科技館|美术馆|美術館|殡仪馆|殯儀館|军区|軍區|军分区|軍分區|警备区|警備區|团中央|團中央|科协|科協|妇联|婦聯|残联|殘聯|侨联|僑聯|文联|文聯|社科联|社科聯|工商联|工商聯|党组|黨組|党支部|黨支部|党总支|黨總支|调查队|調查隊)$/;

const ROLE_KEYWORD = /(牵头|牽頭|主办|主辦|责任|責任|配合|协办|協辦|协助|協助|参与|參與)(?:单位|單位|部门|部門)\s*[:：]/g;

const KEYWORD_ROLES: Record<string, ResponsibilityRole> = {
  牵头: 'lead',
  牽頭: 'lead',
  主办: 'lead',
  主辦: 'lead',
  责任: 'responsible',
  責任: 'responsible',
  配合: 'cooperating',
  协办: 'cooperating',
  協辦: 'cooperating',
  协助: 'cooperating',
  協助: 'cooperating',
  参与: 'cooperating',
  參與: 'cooperating',
};

/** "…，省国税局负责", "…按职责分工分别负责", "…分工負責": the listed bodies are responsible. */
const TRAILING_RESPONSIBLE = /(?:按职责分工|按職責分工)?(?:分别|分別|分工)?(?:负责|負責)$/;
/** "省商务厅牵头，省发改委配合". */
const LEAD_THEN_COOPERATE = /^(.+?)(?:牵头|牽頭)[,，;；、]\s*(.+?)(?:配合|参与|參與|协助|協助)$/;
/** Tried first: without it, LEAD_THEN_COOPERATE scans to the end again after every 牵头. */
const COOPERATE_END = /(?:配合|参与|參與|协助|協助)$/;
const TRAILING_LEAD = /(?:牵头|牽頭)$/;
const DITTO = /[,，]\s*(?:下同)$/;
const PARAGRAPH_END_CHARS = /[\s。.；;]/;
const SENTENCE_END_CHARS = /[。；;！!？?]/;
const LIST_SEPARATORS = '、,，;；';
const LIST_END_CHARS = /[\s、,，;；]/;

interface Segment {
  offset: number;
  text: string;
  list: string;
  role: ResponsibilityRole | null;
}

/**
 * Department lists in brackets, as they end the paragraphs of implementation documents:
 * "(省商务厅、省发改委)", "[责任单位:市商务局,各县(市、区)人民政府]",
 * "(责任单位:市考核办,配合单位:市旅委)", "（…，省国税局负责）". A bracket without a stated role
 * counts only when it stands after a sentence or closes the paragraph, and every item in it
 * names a body.
 */
export function findResponsibilities(line: string, lineStart: number): Responsibility[] {
  const found: Responsibility[] = [];
  // Where the paragraph's closing run of stops and spaces begins: found once, not for every group.
  const paragraphEnd = trimmedEnd(line, PARAGRAPH_END_CHARS);
  for (const group of outerBracketGroups(line)) {
    const inner = group.inner.replace(DITTO, '');
    const innerOffset = lineStart + group.open + 1;
    const before = line.charAt(trimmedEnd(line, /\s/, group.open) - 1);
    const closesSentence = group.close + 1 >= paragraphEnd || SENTENCE_END_CHARS.test(before);
    for (const segment of segmentsOf(inner)) {
      const departments = parseDepartments(segment.list);
      if (departments.length === 0) continue;
      if (segment.role === null && !(closesSentence && departments.every(isDepartment))) continue;
      const start = innerOffset + segment.offset;
      found.push({ start, end: start + segment.text.length, text: segment.text, role: segment.role, departments });
    }
  }
  return found;
}

function segmentsOf(inner: string): Segment[] {
  const keywords = [...inner.matchAll(ROLE_KEYWORD)];
  if (keywords.length > 0) {
    return keywords.map((m, i) => {
      const offset = m.index ?? 0;
      const next = keywords[i + 1]?.index ?? inner.length;
      const text = inner.slice(offset, trimmedEnd(inner, LIST_END_CHARS, next));
      return { offset, text, list: text.slice(m[0].length), role: KEYWORD_ROLES[m[1] ?? ''] ?? null };
    });
  }
  const pair = COOPERATE_END.test(inner) ? LEAD_THEN_COOPERATE.exec(inner) : null;
  if (pair) {
    const lead = pair[1] ?? '';
    const cooperatingText = inner.slice(inner.indexOf(pair[2] ?? '', lead.length));
    return [
      {
        offset: 0,
        text: inner.slice(0, trimmedEnd(inner, LIST_END_CHARS, inner.length - cooperatingText.length)),
        list: lead,
        role: 'lead',
      },
      { offset: inner.length - cooperatingText.length, text: cooperatingText, list: pair[2] ?? '', role: 'cooperating' },
    ];
  }
  if (TRAILING_RESPONSIBLE.test(inner)) {
    return [{ offset: 0, text: inner, list: inner.replace(TRAILING_RESPONSIBLE, ''), role: 'responsible' }];
  }
  if (TRAILING_LEAD.test(inner)) {
    return [{ offset: 0, text: inner, list: inner.replace(TRAILING_LEAD, ''), role: 'lead' }];
  }
  return [{ offset: 0, text: inner, list: inner, role: null }];
}

/**
 * Where `text` up to `end` stops once the characters matching `chars` are taken off its end. A
 * regex such as /[、，]+$/ would retry from every character of a long run: quadratic time.
 */
function trimmedEnd(text: string, chars: RegExp, end = text.length): number {
  let at = end;
  while (at > 0 && chars.test(text.charAt(at - 1))) at--;
  return at;
}

export function isDepartment(name: string): boolean {
  return (
    name.length >= 2 &&
    name.length <= 40 &&
    DEPARTMENT.test(name) &&
    !/^[含或按如除]|^(?:根据|根據|依据|依據|遵照)|^(?:发布|發布|发文|發文|制发|製發|主办|主辦|承办|承辦|责任|責任|印发|印發)(?:单位|單位|机构|機構|机关|機關|部门|部門)$|[0-9０-９〔]|网站$|網站$|贯彻|貫徹|落实|落實|社[会會]$|(?:布|格|大|全|结|結|开|開|变|變|时|時|出|入|残|殘|僵|定)局$|(?:事务所|事務所)$/.test(
      name,
    )
  );
}

/** Items of a department list, with "A和B" split where both sides are bodies. */
export function parseDepartments(list: string): string[] {
  const items: string[] = [];
  for (const piece of splitOutside(list, LIST_SEPARATORS)) {
    const name = piece.text.trim();
    if (name !== '') items.push(...splitConjunction(name));
  }
  return distributeSharedSuffix(items);
}

function splitConjunction(name: string): string[] {
  const m = /^(.+?)(?:和|及|与|與)(.+)$/.exec(name);
  if (m && isDepartment(m[1] ?? '') && isDepartment(m[2] ?? '')) return [m[1] ?? '', ...splitConjunction(m[2] ?? '')];
  return [name];
}

/**
 * "广东、深圳、珠海检验检疫局" names three bureaus: a bare place name before a full name takes
 * the full name's ending, after a place name assumed as long as its own.
 */
function distributeSharedSuffix(items: string[]): string[] {
  const result = [...items];
  for (let i = result.length - 2; i >= 0; i--) {
    const item = result[i] ?? '';
    const next = result[i + 1] ?? '';
    if (!isDepartment(item) && item.length <= 4 && isDepartment(next) && next.length > item.length + 1) {
      result[i] = item + next.slice(item.length);
    }
  }
  return result;
}

/** A column head that says whose the tasks in it are: 牵头单位, 责任部门, 配合单位 … */
const ROLE_COLUMN = /^(牵头|牽頭|主办|主辦|责任|責任|配合|协办|協辦|协助|協助|参与|參與)(?:单位|單位|部门|部門)$/;

/**
 * A 分工 table (rows of cells joined by tabs, as tables in web pages and Word files come in): each
 * row is a task, and each cell under a column such as 牵头单位 / 责任单位 / 配合单位 names the bodies
 * with that role in it.
 */
export function findTableResponsibilities(lines: ReadonlyArray<{ start: number; text: string }>): Responsibility[] {
  const found: Responsibility[] = [];
  let roles: Array<ResponsibilityRole | null> | null = null;
  for (const line of lines) {
    if (!line.text.includes('\t')) {
      roles = null;
      continue;
    }
    const cells = line.text.split('\t');
    const heads = cells.map((cell) => ROLE_COLUMN.exec(cell.replace(/\s+/g, ''))?.[1]);
    if (heads.some((head) => head !== undefined)) {
      roles = heads.map((head) => (head === undefined ? null : (KEYWORD_ROLES[head] ?? null)));
      continue;
    }
    if (!roles) continue;
    let at = 0;
    cells.forEach((cell, i) => {
      const role = roles?.[i];
      const text = cell.trim();
      if (role && text !== '') {
        const departments = parseDepartments(text);
        const start = line.start + at + cell.indexOf(text);
        if (departments.length > 0) found.push({ start, end: start + text.length, text, role, departments });
      }
      at += cell.length + 1;
    });
  }
  return found;
}
