// The clauses in which a document states its own force: 施行 (自印发之日起施行, 自2024年1月1日起施行),
// 有效期 (有效期5年, 有效期至2028年12月31日, 试行期两年) and what it does to earlier documents (《X》（…号）
// 同时废止, 原《X》不再执行, 关于修改《X》的决定, 暂停执行《X》). Only the sentences that hold a keyword are
// read, each folded as search folds it (simplified script, half-width), which keeps every offset, so
// both scripts and both widths read alike.
import { chineseNumberValue } from '../../../shared/chinese-numbers.js';
import { findDate } from '../../../shared/dates.js';
import type {
  ClauseTarget,
  EffectiveClause,
  ForceClauses,
  ForceRelationKind,
  RelationClause,
  TermClause,
} from '../../../shared/force.js';
import { foldForSearch } from '../../../shared/search-fold.js';
import { DOC_NUMBER_SOURCE, normaliseDocNumber } from './doc-number.js';

const NUMBER = '(\\d{1,3}|[一二两三四五六七八九十]{1,3})';
const FULL_DATE =
  '\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇零○o0一二三四五六七八九]{4}\\s*年\\s*[一二三四五六七八九十]{1,3}\\s*月\\s*[一二三四五六七八九十]{1,3}\\s*日';
/** A date, or a month or year end as terms write them (2025年12月, 2025年底). */
const DATE = `(?:${FULL_DATE}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:底|末)?|\\d{4}\\s*年(?:底|末))`;
const TAKES_EFFECT = '(?:开始|正式)?(?:施行|执行|实施|实行|试行|生效)';

const EFFECTIVE_ON_EVENT = new RegExp(
  `自\\s*(印发|下发|发布|公布|颁布|发文|签发|公告|批准)\\s*(?:实施)?\\s*之日起\\s*(?:${NUMBER}\\s*(?:日|天)(?:后|以后))?\\s*(${TAKES_EFFECT})(?!的)`,
);
const EFFECTIVE_ON_DATE = new RegExp(`(?:自|从|于)?\\s*(${DATE})\\s*(?:起|开始)\\s*(${TAKES_EFFECT})(?!的)`);
const TERM_PERIOD = new RegExp(
  `(?:有效期|试行期|有效时间|执行期|实施期|(?<=起)试行)(?:限)?\\s*(?:为|暂定为?|是)?\\s*(?:不超过|不超|最长为?)?\\s*${NUMBER}\\s*(年|个月)`,
);
const TERM_UNTIL = new RegExp(`(?:有效期|试行期|执行期|实施期)(?:限)?\\s*(?:为|暂定为?)?\\s*(?:至|到|截至|截止到?)\\s*(${DATE})`);
/** A trial term as a legislature's decision words it: 在三年内试行, 在2017年12月31日前试行. */
const TRIAL_WITHIN = new RegExp(`在\\s*${NUMBER}\\s*(年|个月)(?:内|以内)\\s*试行`);
const TRIAL_BEFORE = new RegExp(`在\\s*(${DATE})\\s*(?:前|以前)\\s*试行`);
const FROM_UNTIL = new RegExp(`(?:自|从)\\s*(?:${DATE}|印发之日|发布之日)\\s*起?\\s*(?:至|到)\\s*(${DATE})\\s*(?:止|结束)`);

const REPEAL = /(?<![已被将拟])(?:(?:同时|即行|予以|一并|相应)?(?:废止|作废|废除)|同时失效|(?:不再|停止)(?:执行|施行|实施|适用))/;
// "暂时调整《X》…" names the law right after its verb (a masked title stands there as spaces).
const SUSPEND = /(?<![已被将拟])(?:暂停|暂时停止|暂时调整)(?:执行|实施|施行|适用|(?=\u3000))/;
const AMEND =
  /关于修改《|关于修正《|对《[^《》]{2,120}》[^。;]{0,30}?(?:作|做|作出|做出|进行|予以)(?:如下|以下)?(?:修改|修正|修订)|》[^。;《]{0,40}?(?:修改为|改为)|》第[^。;《]{0,30}?(?:增加|删去|删除)/;
/** A list of what a sentence acts on follows it: 决定废止下列文件： / 对下列7件省政府规章予以废止。 */
const LIST_FOLLOWS = /以下|下列|如下|这些/;

/** A document number, or a decree's (省政府令第1号). */
const NUMBER_OF = `${DOC_NUMBER_SOURCE}|[\\u4e00-\\u9fff]{1,20}令\\s*第\\s*\\d{1,5}\\s*号`;
const A_NUMBER = new RegExp(NUMBER_OF);
/**
 * A document named: its number before its title (…令第8号公布的《X》), its title with a bracket that
 * holds its number (《X》（国办发〔2016〕24号）, 《X》(2011年6月28日陕西省人民政府令第152号发布)), or a number alone.
 */
const TARGET = new RegExp(
  `(${NUMBER_OF})\\s*(?:公布|发布|印发|颁布)?的\\s*《([^《》\\n]{2,120})》|《([^《》\\n]{2,120})》\\s*(?:\\(([^()\\n]{0,80})\\))?|(${NUMBER_OF})`,
  'g',
);
/** A title inside a longer name: 《X》办法, 《X》实施细则, 《X》的若干规定. */
const EMBEDDED = /^》(?:的)?(?:实施)?(?:办法|细则|规定|若干规定|暂行办法)/;
/** 《X》第十条, 《X》中关于…的规定, 《X》部分条款: only some of X. */
const PARTIAL = /^\s*(?:\([^)]*\)\s*)?(?:第[一二三四五六七八九十百零\d]+[条款章项]|中(?:的|关于)|的?部分|的?有关|的?相关|关于)/;
/** Between two titles of one list (《A》、《B》…的有关规定): what is said after the last is said of them all. */
const LISTED = /^\s*(?:[、,和及与]\s*)+$/;
/** The documents a sentence cites as authority, not as what it acts on. */
const AUTHORITY = /(?:根据|依据|按照|依照|贯彻|落实|为了?)[^,;:]*$/;

/**
 * Subjects that name the document itself: 本办法, 本通知, 以上政策 … or none at all; or the record of
 * its publication that heads a decree's text: (2025年12月29日上海市人民政府令第24号公布 自2026年3月1日起施行).
 */
const OWN_SUBJECT = /^(?:(?:本|该|此|以上|上述)[^《》]{0,16})?$|^\(?[^《》()]{0,60}(?:公布|发布|颁布|通过)$/;
/** Leading marks of an article or item: 第三十条, 十、, (一), 1. */
const LEADING_MARK =
  /^\s*(?:第[一二三四五六七八九十百零\d]+条|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+(?:\.\d+)*[.、]?)?\s*/;

/** A sentence's canonical offsets, and its text folded (the same length). */
interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Where sentences end in the canonical text, in either width: 。；;！!？? and line breaks. */
const BOUNDARY = /[。；;！!？?\n]/g;

/** The canonical text read a sentence at a time, each folded only when it is read. */
class Sentences {
  constructor(private readonly text: string) {}

  /** The sentence that starts at `start` (its boundary included), or null at the end. */
  from(start: number): Sentence | null {
    if (start >= this.text.length) return null;
    BOUNDARY.lastIndex = start;
    const boundary = BOUNDARY.exec(this.text);
    const end = boundary ? boundary.index + 1 : this.text.length;
    return { start, end, text: foldForSearch(this.text.slice(start, end)) };
  }

  /** The sentence that holds `position`. */
  around(position: number): Sentence {
    let start = position;
    while (start > 0 && !'。；;！!？?\n'.includes(this.text[start - 1] as string)) start--;
    return this.from(start) as Sentence;
  }
}

/** True when what precedes a clause, back to its comma, names the document itself or nothing. */
function ownSubject(sentence: string, at: number): boolean {
  const clause =
    sentence
      .slice(0, at)
      .split(/[,:、]/)
      .at(-1) ?? '';
  return OWN_SUBJECT.test(clause.replace(LEADING_MARK, '').trim());
}

const count = (numeral: string): number | null => (/^\d+$/.test(numeral) ? Number(numeral) : chineseNumberValue(numeral));

/** A term's end as the text writes it: a day, the end of a month, the end of a year. */
function endDate(written: string): string | null {
  const day = findDate(written);
  if (day) return day;
  const month = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(written);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return null;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${String(m).padStart(2, '0')}-${last}`;
  }
  const year = /(\d{4})\s*年/.exec(written);
  return year ? `${year[1]}-12-31` : null;
}

/** The first day of what a 施行 clause writes (2024年1月 is its first). */
function startDate(written: string): string | null {
  const day = findDate(written);
  if (day) return day;
  const month = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(written);
  return month && Number(month[2]) >= 1 && Number(month[2]) <= 12 ? `${month[1]}-${String(month[2]).padStart(2, '0')}-01` : null;
}

function effectiveIn(s: Sentence): EffectiveClause | null {
  if (!s.text.includes('起')) return null;
  const onEvent = EFFECTIVE_ON_EVENT.exec(s.text);
  if (onEvent && ownSubject(s.text, onEvent.index)) {
    const event = onEvent[1] ?? '';
    return {
      start: s.start,
      end: s.end,
      from: /印发|下发|发文|签发|批准/.test(event) ? 'issued' : 'published',
      date: null,
      afterDays: onEvent[2] ? count(onEvent[2]) : null,
      trial: (onEvent[3] ?? '').endsWith('试行'),
    };
  }
  const onDate = EFFECTIVE_ON_DATE.exec(s.text);
  if (onDate && ownSubject(s.text, onDate.index)) {
    const date = startDate(onDate[1] ?? '');
    if (date)
      return { start: s.start, end: s.end, from: 'date', date, afterDays: null, trial: (onDate[2] ?? '').endsWith('试行') };
  }
  return null;
}

/**
 * A term is the document's own where its sentence also says when it takes effect, where its clause
 * names the document (本办法有效期…), or where it opens the sentence (有效期5年。); a term after a
 * measure (…降低费率政策，实施期限至2021年12月31日) is that measure's.
 */
function termIn(s: Sentence, effective: EffectiveClause | null): TermClause | null {
  if (!/期|试行|止/.test(s.text)) return null;
  const period = TERM_PERIOD.exec(s.text) ?? TRIAL_WITHIN.exec(s.text);
  const until = TERM_UNTIL.exec(s.text) ?? FROM_UNTIL.exec(s.text) ?? TRIAL_BEFORE.exec(s.text);
  const opens = (at: number) => s.text.slice(0, at).replace(LEADING_MARK, '').trim() === '';
  const named = (at: number) => /(?:本|该|此|以上|上述)[^,:、]*$/.test(s.text.slice(0, at));
  // A decision's trial term follows what it adjusts: "上述行政审批的调整，在三年内试行".
  const ownTrial = (m: RegExpExecArray) =>
    m[0].startsWith('在') && /^(?:上述|以上|本)/.test(s.text.replace(LEADING_MARK, '').trim());
  const own = (m: RegExpExecArray | null) =>
    m !== null && ownSubject(s.text, m.index) && (effective !== null || named(m.index) || opens(m.index) || ownTrial(m));
  if (!own(period) && !own(until)) return null;
  const n = own(period) && period ? count(period[1] ?? '') : null;
  const unit = period?.[2];
  return {
    start: s.start,
    end: s.end,
    years: n !== null && unit === '年' ? n : null,
    months: n !== null && unit === '个月' ? n : null,
    until: own(until) && until ? endDate(until[1] ?? '') : null,
  };
}

/** A number as a date left it: "日原国家食品药品监督管理总局令第8号" after 2014年7月30 is 国家食品药品监督管理总局令第8号. */
function cleanNumber(number: string, before: string): string {
  let value = number.trim();
  if (/\d$/.test(before)) value = value.replace(/^日/, '');
  return normaliseDocNumber(value.replace(/^原/, ''));
}

/** The documents named in a stretch of a sentence, titles as written in the canonical text. */
/** The documents named in a sentence between two canonical offsets, titles as written in the canonical text. */
function targetsIn(s: Sentence, text: string, from: number, to: number): Array<ClauseTarget & { partial: boolean }> {
  const targets: Positioned[] = [];
  const stretch = s.text.slice(from - s.start, to - s.start);
  for (const m of stretch.matchAll(TARGET)) {
    const at = from + (m.index ?? 0);
    if (AUTHORITY.test(stretch.slice(0, m.index))) continue;
    const end = at + m[0].length;
    // 江西省实施《退役士兵安置条例》办法 names the province's measure, not the regulation.
    const close = at + m[0].indexOf('》') - s.start;
    if (m[3] !== undefined && EMBEDDED.test(s.text.slice(close, close + 8))) continue;
    const [, numberFirst, titleAfter, title, bracket, numberAlone] = m;
    const written = titleAfter ?? title;
    const titleAt = written === undefined ? -1 : at + m[0].indexOf('《') + 1;
    const inBracket = bracket === undefined ? undefined : A_NUMBER.exec(bracket);
    const number = numberFirst ?? numberAlone ?? inBracket?.[0];
    const before = inBracket ? (bracket ?? '').slice(0, inBracket.index) : stretch.slice(0, m.index);
    targets.push({
      title: titleAt < 0 ? null : text.slice(titleAt, titleAt + (written ?? '').length).trim(),
      docNumber: number ? cleanNumber(number, before.slice(-1)) : null,
      partial: PARTIAL.test(s.text.slice(end - s.start, Math.min(to, end + 40) - s.start)),
      at,
      end,
    });
  }
  for (let i = targets.length - 2; i >= 0; i--) {
    const [target, next] = [targets[i], targets[i + 1]] as [Positioned, Positioned];
    if (LISTED.test(s.text.slice(target.end - s.start, next.at - s.start))) target.partial ||= next.partial;
  }
  return targets.map(({ at: _at, end: _end, ...target }) => target);
}

type Positioned = ClauseTarget & { partial: boolean; at: number; end: number };

/** The sentence with what stands inside 《》 and () blanked, so that neither a verb nor a comma inside them counts. */
function masked(sentence: string): string {
  let depth = 0;
  let out = '';
  for (const ch of sentence) {
    if (ch === '《' || ch === '(') depth++;
    out += depth > 0 ? '\u3000' : ch;
    if ((ch === '》' || ch === ')') && depth > 0) depth--;
  }
  return out;
}

function relationKind(sentence: string): { kind: ForceRelationKind; at: number } | null {
  const amend = AMEND.exec(sentence);
  if (amend) return { kind: 'amends', at: amend.index };
  // A verb inside a title (《…关于废止…的决定》) is the title's, not the sentence's.
  const bare = masked(sentence);
  const suspend = SUSPEND.exec(bare);
  if (suspend) return { kind: 'suspends', at: suspend.index };
  const repeal = REPEAL.exec(bare);
  return repeal ? { kind: 'repeals', at: repeal.index } : null;
}

function relationsIn(s: Sentence, sentences: Sentences, text: string): RelationClause | null {
  // Nothing named and no list to follow: nothing acted on (a quick test, as every keyword's sentence comes here).
  if (!/[《号]|以下|下列|如下|这些/.test(s.text)) return null;
  const verb = relationKind(s.text);
  if (!verb) return null;
  // What a sentence acts on stands in the clause of its verb, before it (现将《A》印发给你们，原《B》同时废止)
  // or, failing that, after it (不再执行《X》); an amendment names it wherever.
  const clauseStart = s.start + Math.max(0, ...[',', ';', ':'].map((c) => masked(s.text).lastIndexOf(c, verb.at) + 1));
  let targets = verb.kind === 'amends' ? [] : targetsIn(s, text, clauseStart, s.start + verb.at);
  if (targets.length === 0) targets = targetsIn(s, text, verb.kind === 'amends' ? s.start : clauseStart, s.end);
  let end = s.end;
  if (targets.length === 0 && LIST_FOLLOWS.test(s.text)) {
    let line = sentences.from(s.end);
    for (let read = 0; line && read < 500; read++, line = sentences.from(line.end)) {
      if (line.text.trim() === '') continue;
      const listed = targetsIn(line, text, line.start, line.end);
      if (listed.length === 0) break;
      targets.push(...listed);
      end = line.end;
    }
  }
  if (targets.length === 0) return null;
  return {
    start: s.start,
    end,
    relation: verb.kind,
    partial: targets.every((t) => t.partial),
    targets: targets.map(({ title, docNumber }) => ({ title, docNumber })),
  };
}

/** Words every clause of force holds, in both scripts: only the sentences with one are read. */
const KEYWORDS =
  /施行|执行|執行|实施|實施|实行|實行|试行|試行|生效|有效期|有效时间|有效時間|废止|廢止|作废|作廢|废除|廢除|失效|修改|修正|改为|改為|增加|删去|刪去|删除|刪除|暂停|暫停|暂时|暫時/g;

/** The clauses of a document's own force, read from its canonical text and title. */
export function findForceClauses(text: string, title: string): ForceClauses {
  const sentences = new Sentences(text);
  let effective: EffectiveClause | null = null;
  let term: TermClause | null = null;
  const relations: RelationClause[] = [];
  let readTo = -1;
  let coveredTo = -1;
  for (const keyword of text.matchAll(KEYWORDS)) {
    const at = keyword.index ?? 0;
    if (at < readTo) continue;
    const s = sentences.around(at);
    readTo = s.end;
    const stated = effectiveIn(s);
    effective ??= stated;
    term ??= termIn(s, stated);
    if (s.start < coveredTo) continue;
    const relation = relationsIn(s, sentences, text);
    if (relation) {
      relations.push(relation);
      coveredTo = relation.end;
    }
  }
  const foldedTitle = foldForSearch(title);
  const provisional = /暂行/.test(foldedTitle) ? 'interim' : /试行/.test(foldedTitle) || effective?.trial ? 'trial' : null;
  return { effective, term, provisional, relations };
}
