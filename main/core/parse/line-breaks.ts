// Text that lost its line breaks — copied out of a PDF viewer, pasted from a web page into one
// paragraph — gets them back at the marks that GB/T 9704 puts at the start of a line: the head
// (document number, addressees, title before the opening words), headings 一、（一）1.（1）,
// 第X章 / 第X节 / 第X条, 附件, and a signature followed by its date. Only very long lines are
// taken apart, so a document that kept its lines parses as it always did.
import { chineseNumberValue } from '../../../shared/chinese-numbers.js';
import { genreEndingSource } from '../../../shared/genre.js';
import { labelField } from './page-lines.js';

/**
 * A text is taken for one that lost its breaks when its lines average this many characters (a
 * policy's paragraphs average well under half of it); its lines from RESTORE_FROM_CHARS on are
 * then taken apart.
 */
const COLLAPSED_LINE_CHARS = 300;
const RESTORE_FROM_CHARS = 100;
/** Characters after which a line-start mark starts a new line: the end of a sentence or clause. */
const ENDS = new Set(['。', '；', ';', '！', '!', '？', '?', '：', ':']);
/** A paragraph may also end in a bracket: 《…》 aside, （省商务厅负责） closes many a task. */
const CLOSERS = new Set(['）', ')', '”', '」']);
/** A mark this close after a heading's own mark, with no sentence end between, is its first item. */
const AFTER_HEADING_CHARS = 40;
/** How far into a line its head (number, title, addressees) may reach. */
const HEAD_CHARS = 300;

const CN = '一二三四五六七八九十';
const ORG_END = '(?:人民政府|政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|厅|廳|局|委|部|院|会|會|办|辦|中心|公司)';
const DATE = `(?:\\d{4}|[〇○零OＯ一二三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月\\s*[\\d一二三四五六七八九十]{1,3}\\s*日`;

/** Marks that may start a line, each with what makes it count. */
const MARKS = new RegExp(
  [
    `(?<doc>[\\u4e00-\\u9fa5]{1,20}[〔［\\[(（][0-9０-９]{4}[〕］\\])）] ?[0-9０-９]{1,5}[号號])`,
    `(?<chapter>第[${CN}百零〇]{1,4}[章节節])`,
    `(?<article>第[${CN}百零〇两]{1,5}[条條])`,
    `(?<attachment>附件[0-9０-９${CN}]{0,3}(?=[：:\\s]|$|[0-9０-９]?[.．、]))`,
    `(?<l1>[${CN}]{1,3}、)`,
    `(?<l2>[（(][${CN}]{1,3}[)）])`,
    `(?<l4>[（(][0-9０-９]{1,2}[)）])`,
    `(?<l3>[0-9０-９]{1,2}[.．、](?![0-9０-９]))`,
    `(?<dated>[（(]${DATE}[)）])`,
    `(?<date>${DATE})`,
  ].join('|'),
  'gu',
);
const GENRE_ENDING = new RegExp(`(?:${genreEndingSource()})`, 'gu');
const ENDS_WITH_GENRE = new RegExp(`(?:${genreEndingSource()})$`, 'u');
/** One body addressed by name, up to its colon: "…的请示市政府:根据…". */
const ONE_ADDRESSEE = '[\\u4e00-\\u9fa5]{1,20}(?:政府|局|委|厅|廳|办|辦|部门|部|署|單位|单位|学校|學校|中心|公司)[：:]';
// (计划单列市 is the name of a kind of city, not a plan: "各省、自治区、直辖市及计划单列市工商行政管理局:".)
const TITLE_THEN_OPENING = new RegExp(
  `(?:${genreEndingSource()})(?!单列|單列)(?=\\s*(?:为|為|爲|根据|根據|按照|依据|依據|鉴于|鑒於|因(?!此)|现将|現將|近年来|近年來|各|经|經|一、|${ONE_ADDRESSEE}))`,
  'gu',
);

/**
 * Line breaks a page printed as escapes ("…市各有关单位:\\r 根据…\\r \\r 附件:…"), several of them:
 * breaks again. A lone backslash sequence, as in a path or a formula, stays.
 */
export function withEscapedBreaks(text: string): string {
  const escapes = text.match(ESCAPED_BREAK);
  return escapes && escapes.length >= MIN_ESCAPED_BREAKS ? text.replace(ESCAPED_BREAK, '\n') : text;
}
const ESCAPED_BREAK = /\\r\\n|\\r|\\n(?![a-z])/g;
const MIN_ESCAPED_BREAKS = 3;

/** The text with its run-together lines taken apart; the same text where no line is that long. */
export function restoreLineBreaks(text: string): string {
  const original = text.split('\n');
  const filled = original.filter((line) => line.trim() !== '');
  // A line that runs a database's attributes into the text lost its breaks, whatever the lines around it.
  const collapsed = filled.length > 0 && text.length / filled.length >= COLLAPSED_LINE_CHARS;
  if (!collapsed && !/[】号號：:]/.test(text)) return text;
  // A database's attributes are looked for only where the text has their brackets or a number.
  const attributed = /[】号號]/.test(text);
  const lines = original.flatMap(apartFromEnglish);
  // The head is counted in lines of text: a page's blank lines (a menu's spacing) are none.
  let seen = 0;
  return lines
    .map((line, i) => {
      const inHead = seen < HEAD_LINES;
      if (line.trim() !== '') seen++;
      if (
        line.length >= RESTORE_FROM_CHARS &&
        (collapsed || (attributed && hasAttributes(line)) || (inHead && headRunTogether(line)))
      )
        return withoutRepeatedHeading(line, filledAbove(lines, i), restoreLine);
      return withSignOffApart(inHead ? apartInHead(line, lines, i) : line);
    })
    .join('\n');
}

/** A paragraph with the sign-off run onto its end: "…少缴的住房公积金。 白山市住房公积金管理中心 2022年6月28日". */
function withSignOffApart(text: string): string {
  const last = text.lastIndexOf('\n') + 1;
  const line = text.slice(last);
  if (line.length < RESTORE_FROM_CHARS || !/日\s*$/.test(line)) return text;
  const tail = SIGNED_TAIL.exec(line);
  if (!tail?.[1] || !tail[2] || !SIGNATURE.test(tail[1])) return text;
  // (Not a whole head flattened onto one line, its number near its start: that line is read whole.)
  if (HEAD_NUMBER.test(line.slice(0, RESTORE_FROM_CHARS))) return text;
  const at = (tail.index ?? 0) + 1;
  return `${text.slice(0, last)}${line.slice(0, at)}\n${tail[1]}\n${tail[2]}`;
}
const HEAD_NUMBER = /[\u4e00-\u9fa5]{1,20}[〔［[(（]\s*[0-9０-９]{4}\s*[〕］\])）]\s*[0-9０-９]{1,5}\s*[号號]/u;
const SIGNED_TAIL = new RegExp(`[。！!][\\s\u3000]+([\\u4e00-\\u9fa5]{4,40})[\\s\u3000]+(${DATE})$`, 'u');

/** A line of the head holding two of its parts run together, taken apart; any other line as it is. */
function apartInHead(line: string, lines: string[], i: number): string {
  // A database's note that another document repealed (or amended) this one, run into its head: "*注:本篇法规已被…废止杭州市人民政府令".
  const repealed = line.includes('本篇法规已被') ? REPEAL_NOTE.exec(line) : null;
  if (repealed?.[1] && repealed[2]) return `${repealed[1]}\n${repealed[2]}`;
  // Rules' title run straight into their first chapter or article.
  // (Not a signer's line and date before it: "市长孙国强二00二年七月二十四日贵阳市…规定第一章".)
  const rules = RULES_THEN_ARTICLES.exec(line.slice(0, HEAD_CHARS))?.[1];
  if (rules && !/年.{1,3}月.{1,3}日/.test(rules)) return `${rules}\n${line.slice(rules.length)}`;
  const titled = /关于|關於|关於|關于/.test(line) ? headingBeforeTitle(line, filledAbove(lines, i)) : null;
  if (titled) return titled;
  // A report's words before the document it quotes whole: "批复全文如下:国务院关于…的批复国函〔2025〕87号自然资源部:…".
  const lead = line.includes('如下') ? QUOTED_WHOLE.exec(line)?.[0] : undefined;
  const quoted = lead ? line.slice(lead.length) : '';
  if (lead && quoted.length >= RESTORE_FROM_CHARS / 2 && headRunTogether(quoted)) return `${lead}\n${restoreLine(quoted)}`;
  // A title with its one addressee run on after it: "关于…票价的通知市公共交通有限责任公司:" (/ "你公司《…》收悉").
  const addressedTitle = TITLE_THEN_ONE_ADDRESSEE.exec(line.trim());
  if (addressedTitle?.[1]) {
    // (The text either runs on after the colon or opens the next line: "你公司…".)
    const nextLine = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
    if (addressedTitle[3] || /^[\s\u3000]*(?:你|您)/.test(nextLine))
      return `${addressedTitle[1]}\n${line.trim().slice(addressedTitle[1].length)}`;
  }
  // One body addressed with the text run on after its colon: "杭州殡仪馆:你馆《关于…的报告》收悉。".
  const one = ONE_ADDRESSEE_RUN_ON.exec(line.trimStart())?.[1];
  if (one) return `${one}\n${line.trimStart().slice(one.length).trim()}`;
  if (!line.includes('各')) return line;
  // A table's last value, the number, with the addressees after it: "…文号:國發〔2021〕7号 各省、…機構:".
  const numbered = NUMBER_THEN_ADDRESSEES.exec(line);
  if (numbered) return `${line.slice(0, numbered.index + 1)}\n${line.slice(numbered.index + numbered[0].length)}`;
  // Or the page's source, the body's name, with them glued after it: "來源:重慶市科學技術局各有關單位:".
  const sourced = /来源|來源|发布机构|發布機構/.test(line) ? SOURCE_THEN_ADDRESSEES.exec(line) : null;
  if (sourced?.[1] && sourced[2]) return `${sourced[1]}\n${sourced[2]}`;
  // The addressees with the text run on after their colon: "各省、…財政廳(局),新疆…財務局:為加快…".
  const start = line.trimStart();
  const addressees = start.startsWith('各') ? ADDRESSEES_RUN_ON.exec(start)?.[1] : undefined;
  return addressees ? `${addressees}\n${start.slice(addressees.length).trim()}` : line;
}
/** (Or amended it: "…关于修改部分法规的决定(发布日期:…)修改河北省征兵工作条例".) */
const REPEAL_NOTE =
  /^(\*?[\s\u3000]*注[:：]\s*本篇法规已被.{4,300}(?:废止|廢止|失效|[)）](?:修改|修正|修订|修訂)))([\u4e00-\u9fff《].{3,})$/u;
const SOURCE_THEN_ADDRESSEES =
  /^(.{0,200}?(?:来源|來源|发布机构|發布機構)[:：][\s\u3000]*[\u4e00-\u9fff]{2,30}?(?:局|委|厅|廳|政府|办|辦|室|院|部|会|會))(各[^。：:\s]{1,60}[：:])\s*$/u;
const NUMBER_THEN_ADDRESSEES = /[号號][\s\u3000]+(?=各[^。：:]{2,150}[：:]\s*$)/u;
const TITLE_THEN_ONE_ADDRESSEE = new RegExp(
  `^((?:关于|關於|关於|關于)[^。；;:：\\s]{2,80}?(?:${genreEndingSource()}))((?:市|县|縣|区|區)?[\\u4e00-\\u9fa5（）()]{2,28}(?:公司|局|委|政府|中心|院|会|會|所|站|队|隊|办|辦|室)[：:])([\\s\\u3000]*(?:你|您)[^。]{6,}[。，,].*)?$`,
  'u',
);
const ONE_ADDRESSEE_RUN_ON =
  /^([\u4e00-\u9fff（）()]{2,30}[：:])[\s\u3000]*(?=(?:你|您)[\u4e00-\u9fff]{0,3}[《“「\u4e00-\u9fff][^。]{6,}[。，,])/u;
const QUOTED_WHOLE = /^[^。：:]{0,20}(?:全文|原文|内容)如下[:：]\s*/u;
const ADDRESSEES_RUN_ON = /^(各[^。：:；;]{1,150}?[：:])[\s\u3000]*(?=[\u4e00-\u9fff《“][^。]{9,}[。，,])/u;
/**
 * A bilingual page whose spaces were lost runs the Chinese and the English into one line
 * ("湖南省人民政府令第222号DecreeNo.222ofthePeople’sGovernment…《湖南省行政程序规定》已经…"): each
 * language's stretch on a line of its own, the Chinese read as a text is.
 */
function apartFromEnglish(line: string): string[] {
  if (line.length < RESTORE_FROM_CHARS) return [line];
  const pieces: string[] = [];
  let from = 0;
  for (const m of line.matchAll(ENGLISH_STRETCH)) {
    const at = m.index ?? 0;
    if (at > from) pieces.push(line.slice(from, at));
    pieces.push(m[0]);
    from = at + m[0].length;
  }
  if (pieces.length === 0) return [line];
  if (from < line.length) pieces.push(line.slice(from));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}
/** English of a sentence or more: twenty characters and more of Latin script, figures and its punctuation. */
const ENGLISH_STRETCH = /[A-Za-z][A-Za-z0-9 .,;:'’‘"“”()&/-]{19,}(?<=[A-Za-z0-9.)’'"”])/g;

/** How far above a run-together line a page heading it repeats may be, in lines with text. */
const HEADING_REACH = 6;
function filledAbove(lines: string[], i: number): string[] {
  const above: string[] = [];
  for (let k = i - 1; k >= 0 && above.length < HEADING_REACH; k--)
    if ((lines[k] as string).trim() !== '') above.unshift(lines[k] as string);
  return above;
}

/**
 * A page's heading printed above the text and again run into its first words ("辽宁省双减政策原文" /
 * "辽宁省双减政策原文辽宁省教育厅…印发…的通知辽教发〔2021〕77号…"): set apart, the rest restored.
 */
function withoutRepeatedHeading(line: string, above: string[], restore: (line: string) => string): string {
  const heading = above
    .map((l) => l.trim())
    .find(
      (l) =>
        l.length >= 4 &&
        l.length <= 40 &&
        line.length > l.length + RESTORE_FROM_CHARS / 2 &&
        line.startsWith(l) &&
        // A title over a line that opens with it again is the database's own layout, read as it is.
        !ENDS_WITH_GENRE.test(l),
    );
  return heading ? `${heading}\n${restore(line.slice(heading.length).trim())}` : restore(line);
}
/**
 * A sharing site's heading, printed above and again run into the document's own 关于 title
 * ("海南省…实施细则(试行)中共海南省委办公厅…关于印发《…》的通知"): the two on lines of their own.
 */
function headingBeforeTitle(line: string, above: string[]): string | null {
  const text = line.trim();
  for (const l of above.map((a) => a.trim())) {
    // (Not a body's name that the title's issuer goes on from: 牟定县人民政府 / 牟定县人民政府办公室关于….)
    if (l.length < 6 || l.length > 40 || !text.startsWith(l) || BODY_END.test(l)) continue;
    const mark = /^[（(][^（）()]{1,6}[)）]/.exec(text.slice(l.length))?.[0] ?? '';
    const rest = text.slice(l.length + mark.length);
    if (OWN_TITLE.test(rest)) return `${l}${mark}\n${rest}`;
  }
  return null;
}
const BODY_END = /(?:政府|委|局|厅|廳|办|辦|室|会|會|部|院|署|处|處|中心)$/u;
const OWN_TITLE = new RegExp(
  `^[\\u4e00-\\u9fff、]{2,60}?(?:关于|關於|关於|關于)[^。；;：:]{2,120}(?:${genreEndingSource()})$`,
  'u',
);

/** The lines a head run together is looked for in: the text's first, as a copy or an abstract opens. */
const HEAD_LINES = 40;

/**
 * A title, its number and what follows run into one line ("…规定的通知鲁人发〔2005〕22号各市(地)…"), or a
 * cover notice's sentence, its date and the document it issues ("…印发给你们,请认真贯彻实施。2023年6月13日中原农谷…").
 */
function headRunTogether(line: string): boolean {
  return (
    HEAD_RUN_TOGETHER.test(line.slice(0, HEAD_CHARS)) ||
    TITLE_NUMBER_ADDRESSEES.test(line.slice(0, HEAD_CHARS)) ||
    COVER_RUN_TOGETHER.test(line.slice(0, 2 * HEAD_CHARS)) ||
    TITLE_THEN_ADDRESSEES.test(line.slice(0, 2 * HEAD_CHARS)) ||
    TITLE_THEN_TEXT.test(line.slice(0, HEAD_CHARS)) ||
    JOURNAL_HEAD.test(line.slice(0, HEAD_CHARS))
  );
}
/** Rules' title run straight into their first chapter or article: "黃石市…實施細則(征求意見稿)總則第一條為規範…". */
const RULES_THEN_ARTICLES =
  /^([^。，,；;：:\s]{4,80}?(?:条例|條例|办法|辦法|细则|細則|规定|規定|规则|規則|章程)(?:[（(][^（()）]{1,12}[)）])?)(?=总则|總則|第[一1]章|第[一1][条條])/u;
/** A 关于 title run straight into the text's first sentence: "关于国道220养护施工绕行的通告因国道220进行养护…". */
const TITLE_THEN_TEXT = new RegExp(
  `^(?:关于|關於|关於|關于)[^。，,；;：:]{2,80}?(?:${genreEndingSource()})(?:为|為|根据|根據|按照|依据|依據|依照|鉴于|鑒於|因(?!此))`,
  'u',
);
/** A journal database's abstract, its text marked where it begins, opening with the number: "<正>市政办发[2017]95号2017年…". */
const JOURNAL_HEAD = /^<正>[\u4e00-\u9fa5]{1,20}[〔［[][0-9０-９]{4}[〕］\]]\s*[0-9０-９]{1,5}[号號]/u;
const COVER_RUN_TOGETHER = new RegExp(`(?:印发给你们|印發給你們|现予公布|現予公布)[^。]{0,40}。\\s*${DATE}`, 'u');
/** A page's links that size its text (字号大中小), run in after the title. */
const FONT_SIZE_LINKS = '(?:字号|字號|字体|字體)[:：]?\\s?[大中小]{3}';
/**
 * A 关于 title, then its addressees after a space or none, the text after their colon: "关于…的通知
 * 各乡(镇)人民政府、…: 泰兴市…", "关于…的通知县直各部门:为…".
 */
const TITLE_THEN_ADDRESSEES = new RegExp(
  `^[^。；;:：\\s]{0,40}?(?:关于|關於|关於|關于)[^。；;:：\\s]{2,80}?(?:${genreEndingSource()})(?:[\\s\u3000]+(?:${FONT_SIZE_LINKS}[\\s\u3000]+)?|(?=[\\u4e00-\\u9fa5]{0,4}各))[\\u4e00-\\u9fa5]{0,4}各[^。：:]{1,120}[:：]`,
  'u',
);
/** A title, its number in brackets and its addressees run together: "…的批复(津政函(2022) 55号)蓟州区人民政府:你区…". */
const TITLE_NUMBER_ADDRESSEES = new RegExp(
  `^[^。；;:：]{4,120}?(?:${genreEndingSource()})[(（][\\u4e00-\\u9fa5]{1,20}[〔［\\[(（][0-9０-９]{4}[〕］\\])）] ?[0-9０-９]{1,5}[号號][)）][^。，,]{2,40}[:：]`,
  'u',
);
const HEAD_RUN_TOGETHER = new RegExp(
  `^[^。；;:：]{4,120}?(?:${genreEndingSource()})[\\u4e00-\\u9fa5]{1,10}[〔［\\[(（][0-9０-９]{4}[〕］\\])）][0-9０-９]{1,5}[号號][^。]{0,80}[:：]`,
  'u',
);

function restoreLine(line: string): string {
  const breaks = new Set<number>();
  let lastBreak = -1;
  let lastArticle = 0;
  const before = (at: number) => {
    let i = at - 1;
    while (i >= 0 && /\s/.test(line[i] as string)) i--;
    return i < 0 ? '' : (line[i] as string);
  };
  // A mark right after a heading's mark (第一章总则第一条…, 一、总体要求（一）…) is its first item.
  const afterHeading = (at: number) =>
    lastBreak >= 0 && at - lastBreak <= AFTER_HEADING_CHARS && ![...line.slice(lastBreak, at)].some((c) => ENDS.has(c));
  const cut = (at: number) => {
    if (at > 0) breaks.add(at);
    lastBreak = at;
  };
  for (const m of line.matchAll(MARKS)) {
    const at = m.index ?? 0;
    const groups = m.groups ?? {};
    const previous = before(at);
    const opens = at === 0 || ENDS.has(previous) || CLOSERS.has(previous);
    if (groups.doc !== undefined) {
      // The document's own number in brackets after its title, before the addressees: "…的批复(津政函(2022) 55号)蓟州区人民政府:".
      const end = at + m[0].length;
      const ownInBrackets =
        at < HEAD_CHARS &&
        '(（'.includes(previous) &&
        ENDS_WITH_GENRE.test(line.slice(0, at).trimEnd().slice(0, -1)) &&
        /^[)）][^。，,]{2,40}[:：]/.test(line.slice(end));
      if (ownInBrackets) {
        cut(line.lastIndexOf(previous, at));
        cut(end + 1);
      } else if (at < HEAD_CHARS && (previous === '' || !'(（《、，,'.includes(previous))) {
        // The number's issuer code is short; a title run into it ends at its genre word (…的批复国函〔2000〕50号).
        const prefix = m[0].slice(0, m[0].search(/[〔［[(（]/u));
        let start = at;
        // (A genre's word that ends the code is the code's own: 青人社厅函〔2018〕644号.)
        for (const title of prefix.matchAll(GENRE_ENDING)) {
          const end = (title.index ?? 0) + title[0].length;
          if (end < prefix.length) start = at + end;
        }
        // So does a masthead's 文件 (泉州市鲤城区人民政府文件泉鲤政〔2021〕67号).
        const masthead = prefix.lastIndexOf('文件') + 2;
        if (masthead > 2 && masthead < prefix.length) start = Math.max(start, at + masthead);
        cut(start);
        cut(at + m[0].length);
      }
    } else if (groups.chapter !== undefined) {
      if ((opens || afterHeading(at) || isDateEnd(line, at)) && previous !== '第') cut(at);
    } else if (groups.article !== undefined) {
      const n = chineseNumberValue(m[0].slice(1, -1)) ?? 0;
      if ((opens || afterHeading(at)) && (n === lastArticle + 1 || n === 1)) {
        cut(at);
        lastArticle = n;
      }
    } else if (groups.attachment !== undefined) {
      if (opens) cut(at);
    } else if (groups.l1 !== undefined) {
      if ((opens || isDateEnd(line, at)) && previous !== '第') {
        cut(at);
        const end = headingEnd(line, at + m[0].length);
        if (end !== null) breaks.add(end);
      }
    } else if (groups.l2 !== undefined || groups.l3 !== undefined || groups.l4 !== undefined) {
      if ((opens && previous !== '；' && previous !== ';') || afterHeading(at)) cut(at);
    } else if (groups.dated !== undefined) {
      cut(at);
      cut(at + m[0].length);
    } else if (groups.date !== undefined) {
      const end = at + m[0].length;
      // The office that printed it and the day (…办公室2009年5月14日印(共印30份)): a 版记's, not a sign-off.
      if (/^\s*(?:印发|印發|印)/.test(line.slice(end))) continue;
      // A signature: a body's name between the last sentence and the date.
      const signed = signatureBefore(line, at);
      if (signed !== null) cut(signed);
      // Names alone since the last break (丹东市人民政府 / 二○一○年六月二十五日): a signature.
      const since = lastBreak >= 0 ? line.slice(lastBreak, at).trim() : null;
      const signature =
        since !== null &&
        at - lastBreak <= 45 &&
        !ENDS.has(previous) &&
        (since === '' || since.split(/\s+/).every((n) => SIGNATURE.test(n)));
      // A date alone after the last sentence signs the document; one that starts a sentence stays in it.
      // So does one set apart by spaces before what follows ("…执行。 二○○六年四月二十八日 关于…").
      // (Or the 版记 begins right after it: "…情况表二○○九年五月十四日主题词:…".)
      const closing =
        (opens &&
          (/^\s*(?:[（(]|$)/.test(line.slice(end)) || (/\s$/.test(line.slice(0, at)) && /^\s+\S/.test(line.slice(end))))) ||
        /^\s*(?:主题词|主題詞|抄送|抄报|抄報)[:：]/.test(line.slice(end));
      if (signature || closing) {
        cut(at);
        cut(end);
      }
    }
  }
  // A law database's attributes run into the title and the text: "…的通知文章属性•【制定机关】…•【字号】…正文…".
  const bodyAt = databaseAttributes(line, breaks);
  // The head: addressees (各…：) and a title followed by the opening words.
  const head = line.slice(bodyAt, bodyAt + HEAD_CHARS);
  // (After a bracket or the line's start, the bodies may open with their government: "(…19号)区政府各有关单位、…:".)
  const addressees =
    /(^|[^\u4e00-\u9fa5])?(?:(?<=[)）]|^)[\u4e00-\u9fa5]{1,6}(?:政府|委|局|办|辦)|[县市区省州旗縣區]直|全[市县縣区區省州旗])?各[^。：:]{1,120}[：:]/u.exec(
      head,
    );
  if (addressees && addressees.index !== undefined) {
    const start = bodyAt + addressees.index + (addressees[1]?.length ?? 0);
    if (start > 0) breaks.add(start);
    breaks.add(bodyAt + addressees.index + addressees[0].length);
  }
  // One body addressed by name right after the number: "…国函〔2025〕87号自然资源部:你部关于…".
  for (const at of [...breaks]) {
    const one = new RegExp(`^${ONE_ADDRESSEE}`, 'u').exec(line.slice(at));
    if (one && at < HEAD_CHARS) breaks.add(at + one[0].length);
  }
  for (const m of line.matchAll(TITLE_THEN_OPENING)) {
    const at = (m.index ?? 0) + m[0].length;
    if (at < HEAD_CHARS || isAfterDate(line, m.index ?? 0)) breaks.add(at);
  }
  const parts: string[] = [];
  let from = 0;
  for (const at of [...breaks].filter((at) => at > 0 && at < line.length).sort((x, y) => x - y)) {
    parts.push(line.slice(from, at));
    from = at;
  }
  parts.push(line.slice(from));
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('\n');
}

/**
 * A database's attribute, its label in lenticular brackets, bulleted or not: "•【公布日期】2014.03.17",
 * "【发文字号】通市政明电[2015]7号" (a label of a page's table, not a tag such as 【公告】).
 */
const ATTRIBUTE = /(?:文章属性|文章屬性)?[•·]?\s*【([\u4e00-\u9fff]{2,6})】/gu;
/** Where a database's attributes end and the document's text begins. */
const TEXT_MARK = /正文(?=\S)/u;

function hasAttributes(line: string): boolean {
  return attributesOf(line).length >= 2;
}

function attributesOf(line: string): RegExpMatchArray[] {
  return [...line.slice(0, 2 * HEAD_CHARS).matchAll(ATTRIBUTE)].filter((m) => labelField(m[1] ?? '') !== null);
}

/** Breaks before each attribute of a database's run-in list and around its 正文 mark; where the text begins (0 for none). */
function databaseAttributes(line: string, breaks: Set<number>): number {
  const attributes = attributesOf(line);
  const last = attributes.at(-1);
  if (attributes.length < 2 || !last) return 0;
  for (const m of attributes) breaks.add(m.index ?? 0);
  const after = (last.index ?? 0) + last[0].length;
  const mark = TEXT_MARK.exec(line.slice(after, after + 120));
  if (!mark) {
    // Or the title again after the last attribute's value: the text begins with it.
    const title = line.slice(0, attributes[0]?.index ?? 0).trim();
    const again = title.length >= 8 ? line.indexOf(title, after) : -1;
    if (again === -1 || again > after + 60) return 0;
    breaks.add(again);
    // Its number in brackets after it, then the addressees up to their colon.
    const rest = line.slice(again + title.length);
    const number = /^[（(][^（()）]{4,30}[号號][)）]/.exec(rest)?.[0];
    if (!number) return again;
    const numberEnd = again + title.length + number.length;
    breaks.add(numberEnd);
    const addressees = /^[^。：:]{2,150}[：:]/.exec(line.slice(numberEnd))?.[0];
    if (addressees) breaks.add(numberEnd + addressees.length);
    return line.length;
  }
  const textAt = after + mark.index;
  breaks.add(textAt);
  breaks.add(textAt + mark[0].length);
  return textAt + mark[0].length;
}

/**
 * A heading run into its paragraph with no stop between (一、深入推进流通转型升级支持零售企业…):
 * the paragraph's first word, one of those that open a task, ends the heading — found 4 to 30
 * characters in, before the first sentence end. Null when the heading ends in punctuation anyway.
 */
const OPENING_WORD =
  /支持|主动|主動|加强|加強|加快|积极|積極|鼓励|鼓勵|运用|運用|组织|組織|推动|推動|完善|建立|健全|深化|实施|實施|开展|開展|坚持|堅持|围绕|圍繞|按照|依托|引导|引導|发挥|發揮|提高|大力|着力|著力|全面|进一步|進一步|深入贯彻|深入貫徹|各地|各级|各級|到20/gu;

function headingEnd(line: string, from: number): number | null {
  const rest = line.slice(from, from + 40);
  const stop = rest.search(/[。；;：:！!？?，,、]/u);
  // A heading ending in a full stop is run in (一、总体要求。…): the parser finds it.
  if (stop !== -1 && /[。！!？?]/u.test(rest[stop] as string)) return null;
  const window = rest.slice(0, stop === -1 ? 30 : Math.min(30, stop));
  for (const m of window.matchAll(OPENING_WORD)) if ((m.index ?? 0) >= 4) return from + (m.index ?? 0);
  return null;
}

const SIGNATURE = new RegExp(`^[\\u4e00-\\u9fa5]{2,40}${ORG_END}$`, 'u');
const SIGNATURE_CHARS = 40;

/** Where a body's name signing the document starts, right before its date and after the last sentence; null when there is none. */
function signatureBefore(line: string, dateAt: number): number | null {
  let end = dateAt;
  while (end > 0 && /\s/.test(line[end - 1] as string)) end--;
  let start = end;
  while (start > 0 && end - start < SIGNATURE_CHARS && /[\u4e00-\u9fa5]/u.test(line[start - 1] as string)) start--;
  let before = start;
  while (before > 0 && /\s/.test(line[before - 1] as string)) before--;
  const opens = before === 0 || ENDS.has(line[before - 1] as string) || CLOSERS.has(line[before - 1] as string);
  if (start >= end || !SIGNATURE.test(line.slice(start, end))) return null;
  // Joint bodies of one place run on after a table's last words or figures ("…绩效目标表莆田市财政局莆田市林业局",
  // "…合计61霞浦县财政局霞浦县农业农村局"): they begin where their place does.
  const joint = jointPlaceAt(line.slice(start, end));
  if (joint !== null) return opens || /[0-9０-９、，,]/.test(line[before - 1] ?? '') ? start + joint : null;
  return opens ? start : null;
}

/** Where joint bodies of one place begin in a run of characters (the place named again after), or null. */
function jointPlaceAt(run: string): number | null {
  for (let k = 0; k + 6 <= run.length; k++) {
    const place = /^[\u4e00-\u9fa5]{2,6}?[省市县縣区區州]/u.exec(run.slice(k))?.[0];
    if (place && run.indexOf(place, k + place.length + 1) > 0 && SIGNATURE.test(run.slice(k))) return k;
  }
  return null;
}

const DATE_AT_END = new RegExp(`${DATE}\\s*$`, 'u');

/** The text before `at` ends with a date (a signature's): what follows starts a new line. */
function isDateEnd(line: string, at: number): boolean {
  return DATE_AT_END.test(line.slice(Math.max(0, at - 20), at));
}

/** A title right after a signed date (a cover notice, then the document it issues). */
const ANY_DATE = new RegExp(DATE, 'u');

function isAfterDate(line: string, titleEnd: number): boolean {
  return ANY_DATE.test(line.slice(Math.max(0, titleEnd - 80), titleEnd));
}
