import { genreInPreamble, isTitleEnd } from '../../../shared/genre.js';
import type { Script } from '../../../shared/policy.js';

const SUBJECT = /(?:现就|現就)(.{2,40}?)(?:的有关事项|的有關事項|有关事项|有關事項)?(?:提出|通知)/;
const CITED_SUBJECT = /(?:贯彻落实|貫徹落實|落实|落實|贯彻|貫徹|实施|實施)《([^《》]+)》/;
const PURPOSE = /^(?:为了|為了|为|為|爲)([^，,。《》]{2,30})[，,]/;
const ABOUT = /(关于|關于|關於)(.+)的[^的]{1,6}$/;
const BOILERPLATE_PURPOSE =
  /^(?:全面|深入|认真|認真|进一步|進一步)?(?:贯彻|貫徹|落实|落實|学习|學習)[^，,]{0,20}(?:精神|讲话|講話|思想|部署)/;
/** A news report's lead that names the document: "3月12日，XX局发布关于划定…禁采区的公告，公告指出…". */
const LEAD_GENRES = '(?:公告|通告|通知|意见|意見|办法|辦法|决定|決定|方案|规定|規定|通报|通報|细则|細則)';
const NAMED_IN_LEAD = new RegExp(
  // Or quoted whole with its issuer, the text after it (…门户网站发布《XX办公厅关于…的通知》全文如下).
  `(?:发布|發布|發佈|印发|印發|出台|公布|下发|下發)了?(?:《?((?:关于|關于|關於)[^《》，,。；;]{2,80}?的${LEAD_GENRES})》?(?:[，,。；;]|$)|《([^《》，,。；;]{2,30}?(?:关于|關于|關於)[^《》，,。；;]{2,80}?的${LEAD_GENRES})》[。，,：:]?(?:全文|原文))`,
);
const SELF_NAMED_REPORT = /(?:形成|形成了)《([^《》]{4,80}?(?:报告|報告))》/;
/** How far into the text a lead names its document. */
const LEAD_CHARS = 200;
/** No title is longer; ABOUT, tried from each 关于 of a longer text, would take quadratic time. */
const MAX_CITED_TITLE = 200;

export interface TitleContext {
  issuer: string | null;
  docNumber: string | null;
  script: Script;
}

/**
 * The title a news report's lead names the document by, where a page reports it rather than prints its
 * head; or the title a report gives itself (…形成《武汉市人民政府关于2022年度国有资产管理情况的综合报告》。
 * 现将有关情况报告如下).
 */
export function titleNamedInLead(preamble: string, addressed = false): string | null {
  const lead = preamble.slice(0, LEAD_CHARS);
  // (After a document's own addressees a release it mentions is another document; a report it names is its own.)
  const named = addressed ? null : NAMED_IN_LEAD.exec(lead);
  const report = /(?:现将|現將)[^。]{0,20}(?:报告|報告)如下/.test(preamble) ? SELF_NAMED_REPORT.exec(preamble)?.[1] : undefined;
  return named?.[1] ?? named?.[2] ?? report ?? null;
}

/**
 * A display title for a document that has none, composed the way such titles are written
 * ([issuer]关于[subject]的[genre]) from what the preamble says: the subject it names
 * ("现就促进电子商务发展提出如下实施意见"), or the subject of the document it implements
 * ("为贯彻落实《国务院办公厅关于X的意见》…提出如下实施意见"), or the purpose it opens with
 * ("为加快发展，提出如下意见"). Null where it says too little. Never the first sentence.
 */
export function composedTitle(preamble: string, context: TitleContext): string | null {
  const traditional = context.script === 'traditional';
  const genre = genreInPreamble(preamble);
  const issuer = context.issuer ?? '';
  if (!genre) return null;
  const subject = SUBJECT.exec(preamble)?.[1];
  if (subject) return `${issuer}${traditional ? '關於' : '关于'}${subject}的${genre}`;
  const cited = CITED_SUBJECT.exec(preamble)?.[1];
  const about = cited && cited.length <= MAX_CITED_TITLE ? ABOUT.exec(cited) : null;
  if (about) return `${issuer}${about[1]}${about[2]}的${genre}`;
  const purpose = PURPOSE.exec(preamble)?.[1];
  // (A purpose that only pledges loyalty to a meeting's spirit, 全面贯彻党的十八大…精神, is no subject.)
  if (purpose && !BOILERPLATE_PURPOSE.test(purpose)) return `${issuer}${traditional ? '關於' : '关于'}${purpose}的${genre}`;
  return null;
}

/** A title that names the document by its number, issuer or genre alone: "长府会议纪要〔2023〕39号纪要". */
export function placeholderTitle(preamble: string, context: TitleContext): string {
  const traditional = context.script === 'traditional';
  const issuer = context.issuer ?? '';
  const name = genreInPreamble(preamble) ?? '文件';
  if (context.docNumber) return `${context.docNumber}${name}`;
  if (issuer) return `${issuer}${name}`;
  return traditional ? `無標題${name}` : `无标题${name}`;
}

/** A repost's note of the title it was first published under: "(原題為《…的公告》)", "原标题：《…》". */
export function originalTitleNote(text: string): string | null {
  const m = ORIGINAL_TITLE.exec(text.trim());
  const title = m?.[1] ?? m?.[2];
  return title && isTitleEnd(title) ? title : null;
}
// (In 《》, or bare inside the note's brackets: "(原标题:国家统计局关于…的通报)".)
const ORIGINAL_TITLE =
  /^[（(]?(?:原题为|原題為|原标题|原標題|原题|原題)[:：]?\s*《([^《》]{4,120})》[)）]?$|^[（(](?:原标题|原標題|原题为|原題為)[:：]\s*([^《》()（）]{4,120})[)）]$/;
