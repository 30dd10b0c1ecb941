import { tableDate } from '../../../shared/dates.js';
import {
  genreInPreamble,
  genreOfAnswer,
  genreOfClosing,
  genreOfTitle,
  isTitleEnd,
  reportsMeeting,
} from '../../../shared/genre.js';
import type { Citation, FieldSource, ForwardedDocument, Genre, PolicyMetadata, Script } from '../../../shared/policy.js';
import { charactersInOrder } from './characters-in-order.js';
import { DOC_NUMBER_SOURCE, isDocNumber, isFilingNumber, lostItsHao, normaliseDocNumber } from './doc-number.js';
import { type Frame, joinLines, tidyTitle } from './frame.js';
import { headingMarker } from './headings.js';
import { reportedRelease, reportedReleaseDate, resolveIssuer, splitIssuers } from './issuer.js';
import type { Line } from './lines.js';
import type { PageFields } from './page-lines.js';
import { isDepartment } from './responsibilities.js';
import { composedTitle, originalTitleNote, placeholderTitle, titleNamedInLead } from './title.js';

interface Sourced<T> {
  value: T;
  source: FieldSource;
}

const missing = { value: null, source: 'missing' } as const;
/** A cover notice's opening: 现将《X》印发给你们, or 《X》已经…审议通过，现(予)印发. */
const COVER =
  /(?:现将|現將)《[^《》]+》(?:印发|印發|转发|轉發)|^(?:各[^。：:《》]{1,80}[：:]\s*)?(?:修订后的|修訂後的|新修订的|新修訂的)?《[^《》]+》[^。]{0,60}(?:现予以?|現予以?|现|現)(?:印发|印發)/;

export interface MetadataInput {
  frame: Frame;
  /** The information table: the extractor's, else one copied into the text. */
  table: PageFields;
  /** Body lines (no frame role), in order. */
  body: Line[];
  text: string;
  citations: Citation[];
  script: Script;
}

/** Each field from its strongest evidence, with where it came from. */
const REPORT_HEADLINE =
  /^[\u4e00-\u9fff]{2,10}?(?:发布|發布|印发|印發|出台|下发|下發)了?(?:紧急|緊急|重要)?(?:通知|通告|公告|命令)$/;
const BODYS_NOTICE =
  /^[\u4e00-\u9fff]{2,20}(?:人民政府|政府|办公室|辦公室|办公厅|辦公廳|局|委员会|委員會)(?:通告|公告|布告|佈告)$/;

export function resolveMetadata(input: MetadataInput): Omit<PolicyMetadata, 'script' | 'recognition'> {
  const { frame, table, body, text } = input;
  const preamble = body.find((line) => headingMarker(line.text) === null)?.text ?? '';
  // A cover notice's own file attached to its page (附件: 关于印发《…》的通知.pdf) names it where the
  // page prints only what it issues, and may carry its number ((云环发〔2009〕55号).pdf).
  const file = attachedOwnFile(body, preamble);
  // (Or, a page that lost its head altogether, the file of the document itself linked under it.)
  const ownFile = namedFile(body);
  const printed = resolveDocNumber(frame, table);
  const fileNumber = file?.number ?? (printed.value === null ? ownFile?.number : null);
  const docNumber: Sourced<string | null> =
    printed.value === null && fileNumber ? { value: normaliseDocNumber(fileNumber), source: 'inferred' } : printed;
  const headed = releasedTitle(
    ownOrPromulgated(resolveHeadTitle(frame, table), promulgatedTitle(body)) ?? noticeTitle(frame) ?? reportedTitle(body, frame),
  );
  const named = headed || file ? null : ownFile;
  // (A repost's headline that reports the release, 万州发布紧急通知, is no title of the document's.)
  const headTitle =
    headed && REPORT_HEADLINE.test(headed.value)
      ? { ...headed, source: 'inferred' as const }
      : file && headed?.value === file.issued
        ? { value: file.title, source: 'inferred' as const, raw: file.title }
        : named
          ? { value: named.title, source: 'inferred' as const, raw: named.title }
          : headed;
  // A report's lead may follow its headline and byline lines (河北三河发布重要公告! / 每经编辑|… / 1月9日,…发布《…的公告》).
  const addressed = addressedAt(frame);
  const leadTitle = headTitle
    ? null
    : (body
        .slice(0, REPORT_LINES)
        .map((line) => titleNamedInLead(line.text, line.index > addressed))
        .find((t) => t !== null) ?? null);
  // (Where neither does, the line the page heads its text with may be a body's notice: "大連市人民政府通告".)
  const headline = headTitle || leadTitle ? null : pageHeadline(body);
  const bodysNotice = headline && BODYS_NOTICE.test(headline) ? headline : null;
  const issuer = resolveIssuer(
    frame,
    headTitle?.raw ?? leadTitle ?? bodysNotice ?? '',
    table,
    body
      .slice(0, REPORT_LINES)
      .map((l) => l.text)
      .join('\n'),
    docNumber.value,
    text,
  );
  const issuerText = issuer.issuers.length > 0 ? issuer.issuers.join('、') : null;
  const titleContext = { issuer: issuerText, docNumber: docNumber.value, script: input.script };
  const title: Sourced<string> = headTitle ?? {
    value:
      leadTitle ??
      body.map((line) => originalTitleNote(line.text)).find((t) => t !== null) ??
      file?.title ??
      composedTitle(preamble, titleContext) ??
      headline ??
      placeholderTitle(preamble, titleContext),
    source: 'inferred',
  };
  const derived = headTitle === null;
  const printedDate = resolveDate(frame, table);
  // (A report's lead may give the day of the release it reports: "2022年1月25日,河北省委、省政府出台《…》".)
  const reportedDay =
    printedDate.value === null && title.source === 'inferred' ? reportedReleaseDate(reportLines(body, frame)) : null;
  const date: Sourced<string | null> = reportedDay ? { value: reportedDay, source: 'inferred' } : printedDate;
  const genre = resolveGenre(title, body, frame, !derived || leadTitle !== null, docNumber.value);
  // A body does not send its own document to itself: its name alone under the title is a byline.
  const addressees = frame.addressees && issuer.issuers.includes(frame.addressees) ? null : frame.addressees;
  return {
    title: placedTitle(title.value, issuer.issuers),
    titleDerived: derived,
    subtitle: subtitleOf(frame, title.value),
    docNumber: placedDecreeNumber(docNumber.value, issuer.issuers),
    issuer: issuerText,
    issuers: issuer.issuers,
    date: date.value,
    genre: genre.value,
    addressees,
    publishedDate: tableDate(table.publishedDate) ?? tableDate(table.generatedDate),
    indexNumber: table.indexNumber || null,
    topic: table.topic || null,
    // A table asking 是否有效 answers 是 or 否: in force, or not.
    validity: { 是: '有效', 否: '失效' }[table.validity?.trim() ?? ''] ?? (table.validity || null),
    forwarded: forwardedOf(title.value, input.citations, body, docNumber.value),
    provenance: {
      title: title.source,
      docNumber: docNumber.source,
      issuer: issuer.source,
      date: date.source,
      genre: genre.source,
      addressees: addressees ? 'head' : 'missing',
    },
  };
}

interface AttachedFile {
  /** The notice's title, as the file is named. */
  title: string;
  /** The title of what it issues, quoted in its preamble. */
  issued: string;
  number: string | null;
}

/**
 * A page that lost its head but links the document's own file, named by its title
 * (附件:关于印发《鶴山市…实施方案》的通知.pdf), for a cover notice that issues what the name quotes;
 * the name may carry its number too ((云环发〔2009〕55号).pdf).
 */
function attachedOwnFile(body: Line[], preamble: string): AttachedFile | null {
  for (const line of body) {
    const m = ATTACHED_OWN_FILE.exec(line.text.trim());
    if (m?.[1] && m[2] && preamble.includes(`《${m[2]}》`)) return { title: m[1], issued: m[2], number: m[3] ?? null };
  }
  return null;
}
/**
 * A document's own file linked at the end of a page that printed no head: "湖南省市场监督管理局关于公布…的通知
 * (湘市监办字〔2019〕59号).pdf", its title and number.
 */
function namedFile(body: Line[]): { title: string; number: string | null } | null {
  for (const line of body.slice(-NAMED_FILE_LINES)) {
    const m = NAMED_FILE.exec(line.text.trim());
    // (Not a file the text forwards: 现将《…的通知》转发给你们.)
    const forwarded = m?.[1] ? body.some((l) => l.text.includes(`《${m[1]}》`)) : true;
    if (m?.[1] && !forwarded && isTitleEnd(m[1])) return { title: m[1], number: m[2] ?? null };
  }
  // Or a sharing site's name of the file it previews, number first: "邹政办字〔2019〕33号:关于印发…的通知.pdf".
  for (const line of body.slice(0, NAMED_FILE_LINES)) {
    const m = NUMBERED_FILE.exec(line.text.trim());
    if (m?.[1] && m[2] && isTitleEnd(m[2])) return { title: m[2], number: m[1] };
  }
  return null;
}
const NUMBERED_FILE =
  /^([\u4e00-\u9fff]{1,12}[〔［[][0-9]{4}[〕］\]][0-9]{1,5}[号號])[:：\s]\s{0,4}((?:[\u4e00-\u9fff]{2,30}?)?(?:关于|關于|關於)[^《》。，,；;：:]{2,80}?(?:《[^《》]{2,60}》[^《》。，,；;：:]{0,20}?)?)\.(?:pdf|docx?|wps|ofd)$/i;
const NAMED_FILE_LINES = 8;
const NAMED_FILE =
  /^((?:[\u4e00-\u9fff]{2,30}?)?(?:关于|關于|關於)[^《》。，,；;：:]{2,60}?(?:《[^《》]{2,60}》[^《》。，,；;：:]{0,20}?)?)(?:[（(]([\u4e00-\u9fff]{1,12}[〔［[][0-9]{4}[〕］\]][0-9]{1,5}[号號])[)）])?\.(?:pdf|docx?|wps|ofd)$/i;
const ATTACHED_OWN_FILE =
  /^(?:附件[:：]\s*|[•·●]\s*)((?:[\u4e00-\u9fff]{2,30}?)?(?:关于|關于|關於)(?:印发|印發|转发|轉發)《([^《》]{4,80})》的通知)(?:[（(]([\u4e00-\u9fff]{1,12}[〔［[][0-9]{4}[〕］\]][0-9]{1,5}[号號])[)）])?\.(?:pdf|docx?|wps|ofd)$/i;

function resolveDocNumber(frame: Frame, table: PageFields): Sourced<string | null> {
  const fromTable = table.docNumber?.replace(/[\s\u3000]+/g, '');
  // A decree's head as printed outstands a database's other spelling of it (政府令〔1999〕23號).
  const decree = frame.decree?.number;
  if (decree && fromTable && /令/.test(fromTable) && normaliseDocNumber(fromTable) !== normaliseDocNumber(decree))
    return { value: decree, source: 'head' };
  // The cell's number, without what a copied row carries after it (…43号主题词:).
  const number = fromTable ? (new RegExp(DOC_NUMBER_SOURCE).exec(fromTable)?.[0] ?? fromTable) : '';
  // A cell that lost the year the head prints (宁政发7号 for 宁政发<2009>7号) gives way to the head.
  const yearLost = frame.docNumber !== null && sameWithoutYear(number, frame.docNumber);
  // A table's filing registration gives way to the number the head prints.
  if (isFilingNumber(number) && frame.docNumber && !isFilingNumber(frame.docNumber))
    return { value: frame.docNumber, source: 'head' };
  // (A serial may be written in Chinese numerals: 雅安市人民政府公告第二号.)
  const numbered = /\d/.test(number) || /第[一二三四五六七八九十百零〇]{1,6}[号號]$/.test(number);
  if (numbered && /[号號]$/.test(number) && !yearLost) return { value: normaliseDocNumber(number), source: 'table' };
  if (lostItsHao(number) && !frame.docNumber) return { value: number, source: 'table' };
  if (frame.docNumber) return { value: frame.docNumber, source: 'head' };
  return missing;
}

/** Whether `withYear` prints a year and is `number` with that year added. */
function sameWithoutYear(number: string, withYear: string): boolean {
  const full = normaliseDocNumber(withYear);
  return /〔[^〕]*〕/.test(full) && full.replace(/〔[^〕]*〕/, '') === normaliseDocNumber(number);
}

/** A title whose issuer lost its place in the copy ("人民政府关于…") takes the place of the issuer as resolved. */
function placedTitle(title: string, issuers: readonly string[]): string {
  const placeless = /^(?:人民政府|政府)[\u4e00-\u9fff]{0,6}?(?=关于|關於)/.exec(title)?.[0];
  const issuer = issuers.length === 1 ? issuers[0] : undefined;
  return placeless && issuer && issuer.length > placeless.length && issuer.endsWith(placeless)
    ? `${issuer}${title.slice(placeless.length)}`
    : title;
}

/**
 * A decree's number that its note prints without the place ("省人民政府令第18号") takes the place
 * of the body that issued it (江西省人民政府 → 江西省人民政府令第18号).
 */
function placedDecreeNumber(docNumber: string | null, issuers: readonly string[]): string | null {
  const placeless = docNumber ? /^(?:省|市|县|縣|自治区|自治區)[\u4e00-\u9fff]{2,12}?(?=令第)/.exec(docNumber)?.[0] : undefined;
  const issuer = issuers.length === 1 ? issuers[0] : undefined;
  if (!docNumber || !placeless || !issuer || issuer.length <= placeless.length || !issuer.endsWith(placeless)) return docNumber;
  return `${issuer}${docNumber.slice(placeless.length)}`;
}

/** A decree's promulgation: "《成都市授予荣誉市民称号规定》已经…市政府第83次常务会议讨论通过，现予公布". */
const PROMULGATION =
  /《([^《》]{4,80})》(?:已经|已經|业经|業經|已于|已於|已由|于|於).{0,160}?(?:现予公布|現予公布|現予公佈|予以公布|予以公佈|现予发布|現予發布)/;

/** Lines of the body a decree's promulgation is looked for in. */
const PROMULGATION_LINES = 4;

/** How far into its line a decree's promulgation is looked for (a one-line copy runs on after its head). */
const PROMULGATION_REACH = 200;

/** The regulation a decree promulgates, when the text has no title of its own: its title. */
const DRAFT = /[（(](?:草案|征求意见稿|徵求意見稿|送审稿|送審稿)[)）]/;

function promulgatedTitle(body: Line[]): (Sourced<string> & { raw: string }) | null {
  // Within the first lines: a copy may keep the regulation's name and its body above it as headlines.
  const named = body
    .slice(0, PROMULGATION_LINES)
    .map((line) => PROMULGATION.exec(line.text.slice(0, PROMULGATION_REACH))?.[1])
    // A draft published for comment (《…条例(草案)》全文公布，征求意见) is promulgated by no one.
    .find((t) => t !== undefined && !DRAFT.test(t));
  // Quoted in 《》, its own book-title marks were written 〈〉 (or <>): out of the quotes they are 《》 again.
  const unquoted =
    named &&
    tidyTitle(named)
      .replace(/[〈<＜]/g, '《')
      .replace(/[〉>＞]/g, '》');
  return unquoted ? { value: unquoted, source: 'head', raw: named ?? '' } : null;
}

/**
 * The head's title, unless it is the tail of the title the promulgating sentence gives in full — a
 * headline cut at its start ("《…办法》的决定" over "《住房城乡建设部关于修改<…办法>的决定》已经…通过") —
 * or a caption that holds it.
 */
function ownOrPromulgated<T extends { value: string }>(own: T | null, promulgated: T | null): T | null {
  if (!own || !promulgated) return own ?? promulgated;
  const bare = (title: string) =>
    title
      .replace(/[\s\u3000]/g, '')
      .replace(/[<〈＜]/g, '《')
      .replace(/[>〉＞]/g, '》');
  const [cut, full] = [bare(own.value), bare(promulgated.value)];
  const cutShort = /^[《<〈＜]/.test(own.value) && full.length > cut.length && full.endsWith(cut);
  // Or a database's caption with the title inside it ("…部令(2018年第41号) 交通运输部关于修改…的决定 …").
  // (Not a cover notice that names it in 《》: 成都市人民政府关于印发《成都市…暂行办法》的通知.)
  const covers = ['印发', '印發', '转发', '轉發'].some((verb) => cut.includes(`${verb}《${full}》`));
  // (Nor a notice that publishes it by name, its own 关于 title: 江苏省政府办公厅关于公布江苏省第七批…地带的通知.)
  // (A resolution approving it in 《》 is no such notice: the regulation is the document.)
  const publishes = /关于|關於/.test(cut) && !/关于|關於/.test(full) && !cut.includes(`《${full}》`);
  const captioned = cut.length > full.length && cut.includes(full) && !covers && !publishes;
  // Or a table's name for it with the place shortened (昌吉州… for 昌吉回族自治州…).
  const shortened =
    full.length > cut.length && cut[0] === full[0] && cut.slice(-2) === full.slice(-2) && charactersInOrder(cut, full);
  return cutShort || captioned || shortened ? promulgated : own;
}

/** Whether `short` is `full` with the body before its 关于 named short, the rest the same. */
function namesIssuerShort(short: string, full: string): boolean {
  // (Quotation marks a copy kept or lost aside.)
  const plain = (text: string) => text.replace(/[“”"‘’'\s\u3000]/g, '');
  const [shortBody, ...shortRest] = plain(short).split(/关于|關於/);
  const [fullBody, ...fullRest] = plain(full).split(/关于|關於/);
  if (!shortBody || !fullBody || shortBody === fullBody || shortRest.join('关于') !== fullRest.join('关于')) return false;
  return shortRest.length > 0 && isDepartment(fullBody) && charactersInOrder(shortBody, fullBody);
}

/**
 * A news headline that reports bodies issuing a document, with no 通知 of its own ("中共中央办公厅 国务院办公厅
 * 印发《关于…的意见》"): the document's title is the one it quotes; the raw headline still names the bodies.
 */
function releasedTitle<T extends Sourced<string> & { raw: string }>(title: T | null): T | null {
  const quoted = title ? RELEASED_HEADLINE.exec(title.value.replace(/[\s\u3000]+/g, ' ').trim()) : null;
  const released = quoted?.[2] ?? quoted?.[3];
  if (!title || !quoted?.[1] || !released || !splitIssuers(quoted[1]).every(isDepartment)) return title;
  if (!quoted[2] && !isTitleEnd(released)) return title;
  return { ...title, value: released };
}
// (Or without the quotes, where what follows is a title whole and no 的通知 closes the line:
// "贵州省人民政府办公厅印发贵州省深入开展消费扶贫…的实施意见".)
const RELEASED_HEADLINE = /^(.{2,60}?)\s?(?:印发|印發)(?:了)?(?:《([^《》]{4,80})》|(?!.*的通知$)([^《》“”]{8,80}))$/;

/** Where the document's own addressees stand, or past the end: what its text says after them is its own. */
function addressedAt(frame: Frame): number {
  return [...frame.roles].find(([, role]) => role === 'addressees')?.[0] ?? Number.POSITIVE_INFINITY;
}

/** The document a page's opening reports released ("…办公厅发布《X实施细则》，自发布之日起施行"): its title, inferred. */
function reportedTitle(body: Line[], frame: Frame): (Sourced<string> & { raw: string }) | null {
  const reported = reportedRelease(reportLines(body, frame));
  return reported ? { value: tidyTitle(reported.title), source: 'inferred', raw: '' } : null;
}

/**
 * Where a repost's lead reports a release: under its own headline and byline lines, a few lines down;
 * not after the document's own addressees, where a release it mentions is another document.
 */
function reportLines(body: Line[], frame: Frame): string[] {
  const addressed = addressedAt(frame);
  return body
    .slice(0, REPORT_LINES)
    .filter((line) => line.index < addressed)
    .map((line) => line.text);
}

/**
 * A numbered 公告 or 令 that promulgates nothing is titled by its head's first line as printed:
 * "哈尔滨市…常务委员会公告" over 第7号, "銅川市人民政府令第1號" on one line.
 */
function noticeTitle(frame: Frame): (Sourced<string> & { raw: string }) | null {
  if (!frame.decree) return null;
  // (A 公告 whose number shares its line, "…公告(第7号)", is titled by its head all the same.)
  const { number } = frame.decree;
  const head = frame.decree.lines === 1 && !/公告第/.test(number) ? number : /^(.+(?:公告|令))第[^第]+$/.exec(number)?.[1];
  return head ? { value: head, source: 'head', raw: head } : null;
}

/**
 * The title the document gives itself: the table's, the head's, a headline's, or — for a decree or
 * a text that opens with the issued document — the title after the sign-off. Null when it has none.
 */
function resolveHeadTitle(frame: Frame, table: PageFields): (Sourced<string> & { raw: string }) | null {
  const lines = frame.titleLines.length > 0 ? frame.titleLines : frame.issuedTitleLines;
  // The spaces between joint issuers ("重庆市粮食局 重庆市财政局关于…") tell them apart.
  const raw = lines.map((line) => line.text).join(' ');
  // A cell cut before its genre ("…关于印发《X》"): the form of such a title ends with 的通知.
  const fromTable = table.title
    ? tidyTitle(table.title).replace(/((?:关于|關於)(?:印发|印發|转发|轉發)《[^《》]+》)$/, '$1的通知')
    : '';
  if (fromTable.length >= 4) {
    // A table that leaves the issuer off the title the head prints in full (名称：关于印发…的通知), or
    // names one of a joint head's bodies alone (标题：XX镇人民政府关于… under 中共XX镇委员会 / XX镇人民政府).
    const head = frame.titleLines.length > 0 ? joinLines(frame.titleLines) : '';
    const issuer = head.endsWith(fromTable) ? head.slice(0, -fromTable.length) : '';
    const leadsWithBody =
      /^(?:关于|關於)/.test(fromTable) || splitIssuers(fromTable.split(/关于|關於/)[0] ?? '').every(isDepartment);
    if (leadsWithBody && splitIssuers(issuer).every(isDepartment) && issuer !== '') return { value: head, source: 'head', raw };
    // Or names the issuer short where the head names it in full (市老龄办关于… for 上海市老龄工作委员会办公室关于…).
    if (namesIssuerShort(fromTable, head)) return { value: head, source: 'head', raw };
    // A table naming what the document approves or issues (名称：南京江北新区发展总体规划) under a head
    // that quotes it whole (…关于《南京江北新区发展总体规划》的批复): the head's title.
    // (Not a link to the interpretation of the document the page holds: 图文解读:《…》.)
    if (head.includes(`《${fromTable}》`) && isTitleEnd(head) && genreOfTitle(head) !== '解读')
      return { value: head, source: 'head', raw };
    // A cell holding a site's headline ("…第23号通告!黄厝社解除封控管控") gives way to a title the head prints.
    const printed = head || (frame.headlineTitle ? tidyTitle(frame.headlineTitle) : '');
    if (!isTitleEnd(fromTable) && printed !== '' && isTitleEnd(printed)) return { value: printed, source: 'head', raw: printed };
    return { value: fromTable, source: 'table', raw: table.title ?? '' };
  }
  // A page headed by the name of what the cover notice issues, the notice's own title beside its number
  // (关于印发《X》的通知(衡教通[2019]30号)): the notice's title.
  // (The page's name may add its province: 2019年湖南省衡阳市… for 《2019年衡阳市…》.)
  const headline = frame.headlineTitle ? tidyTitle(frame.headlineTitle) : '';
  // (Its issuer may open it, and a trial's mark follow the quote: 自治区…局关于印发《…》(试行)的通知.)
  const quoted =
    /^(?:[\u4e00-\u9fff]{2,30}?)?(?:关于|關於|关於|關于)(?:印发|印發)《([^《》]{4,80})》(?:[（(][^（()）]{1,6}[)）])?的通知$/.exec(
      headline,
    )?.[1];
  const named = frame.titleLines.length > 0 ? joinLines(lines) : '';
  if (
    quoted &&
    named !== '' &&
    (quoted === named || (charactersInOrder(quoted, named) && genreOfTitle(quoted) === genreOfTitle(named)))
  )
    return { value: headline, source: 'head', raw: frame.headlineTitle ?? '' };
  // A site's headline over the head's own title with its number beside it: the same 关于 title after a
  // prefix that names no body ("11月20日湘西龙山县关于…的通告" over "龙山县…指挥部关于…的通告(2022年108号)").
  if (named !== '' && headline !== '' && frame.titleLines.length > 0 && sameMatterByOwnBody(headline, named))
    return { value: headline, source: 'head', raw: frame.headlineTitle ?? '' };
  if (frame.titleLines.length > 0) return { value: joinLines(lines), source: 'head', raw };
  if (frame.headlineTitle) return { value: tidyTitle(frame.headlineTitle), source: 'head', raw: frame.headlineTitle };
  // A portal's summary cell that holds the title whole (内容概况 | 市政府关于…的批复 |).
  const summary = table.summary ? tidyTitle(table.summary) : '';
  if (/关于|關於|关於|關于/.test(summary) && isTitleEnd(summary) && !/[。，,；;：:]/.test(summary))
    return { value: summary, source: 'table', raw: table.summary ?? '' };
  if (frame.sharedTitle) return { value: tidyTitle(frame.sharedTitle), source: 'inferred', raw: frame.sharedTitle };
  // A decree's title is the regulation it promulgates; a cover notice whose own title is missing
  // has the issued document's title stand in for it.
  if (lines.length > 0) return { value: joinLines(lines), source: frame.decree ? 'head' : 'inferred', raw };
  return null;
}

/** Whether `own` is `shown`'s 关于 title with a body's name before it where `shown` has none. */
function sameMatterByOwnBody(own: string, shown: string): boolean {
  const about = (t: string) => t.search(/关于|關於/);
  const [a, b] = [about(own), about(shown)];
  // (The headline may drop a mark: "关于划定高中风险区域" for "关于划定高、中风险区域".)
  const bare = (t: string) => t.replace(/[、，,\s\u3000“”"]/g, '');
  if (a <= 0 || b <= 0 || bare(own.slice(a)) !== bare(shown.slice(b))) return false;
  const prefix = (t: string, at: number) => splitIssuers(t.slice(0, at));
  return prefix(own, a).every(isDepartment) && !prefix(shown, b).every(isDepartment);
}

/**
 * A record that gives the day a text was published and the day it took effect (发布日期 … 生效日期) is a
 * law database's, whose 发布日期 is the document's own.
 */
function publishedInForce(table: PageFields): string | null {
  // (Published no later than it took effect: a page's own later posting time is no such record.)
  const effective = tableDate(table.effectiveOn);
  const published = tableDate(table.publishedDate);
  return effective && published && published <= effective ? published : null;
}

/** 生成日期 where the table posts the page on a later day: the day the document was made. */
function generatedBeforePosting(table: PageFields): string | null {
  const generated = tableDate(table.generatedDate);
  const posted = tableDate(table.publishedDate);
  return generated && (posted ? generated < posted : true) ? generated : null;
}

/**
 * 成文日期 is by definition the date of the sign-off (落款), so it outranks a table, whose 成文日期 on
 * some portals is the day the page went up; the date a web page was posted is never taken for it.
 */
function resolveDate(frame: Frame, table: PageFields): Sourced<string | null> {
  if (frame.signOffDate) return { value: frame.signOffDate, source: 'signoff' };
  // A gazette's table dates its issue; the head dates the document: "(2019年1月29日)" under the title.
  if (table.gazetteIssue && frame.headDate) return { value: frame.headDate, source: 'head' };
  const fromTable =
    tableDate(table.date) ?? tableDate(table.issuedDate) ?? generatedBeforePosting(table) ?? publishedInForce(table);
  if (fromTable) return { value: fromTable, source: 'table' };
  if (frame.headDate) return { value: frame.headDate, source: 'head' };
  return frame.printedDate ? { value: frame.printedDate, source: 'inferred' } : missing;
}

/**
 * A page's own headline over a text that prints no title of its own (区政府召开第3次常务会议 魏建根主持
 * over the minutes of the meeting): a short line of words, no sentence, before the first sentence.
 */
function pageHeadline(body: Line[]): string | null {
  // The last such line before the text begins: a site's column above it (法定主动公开内容) is no headline.
  let found: string | null = null;
  for (const line of body.slice(0, HEADLINE_LINES)) {
    const text = line.text.trim();
    if (/[。；;]/.test(text) || text.length > MAX_HEADLINE) break;
    // (A sharing site's file name is the document's name without its size and extension.)
    if (isHeadline(text)) found = tidyTitle(text.replace(/(?:[（(]\d{1,4}[页頁][)）])?\.(?:docx?|wps|pdf|txt)$/i, ''));
  }
  return found;
}
const HEADLINE_LINES = 4;
const MAX_HEADLINE = 60;

function isHeadline(tagged: string): boolean {
  // (A news site's tag of the place before it stays: "汉阴:县政府召开2018年第八次常务会议".)
  const text = tagged.replace(
    /^(?![\u4e00-\u9fff]{0,2}(?:名称|名稱|标题|標題|题目|題目|事项|事項|主题|主題))[\u4e00-\u9fff]{2,4}[:：](?=\S{6})/,
    '',
  );
  return (
    text.length <= MAX_HEADLINE &&
    (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 6 &&
    !/[。；;，,：:！!？?]/.test(text) &&
    headingMarker(text) === null &&
    !/^(?:各|附件|附:)/.test(text)
  );
}

/** Lines at the start of the body where a page may report the release it copies. */
const REPORT_LINES = 8;

/** Lines at the start of the body that may say what the document is (a regulation's 第一条 among them). */
const OPENING_LINES = 3;

/** `named`: the title is a name the text gives (not one composed from its preamble). */
function resolveGenre(
  title: Sourced<string>,
  body: Line[],
  frame: Frame,
  named: boolean,
  docNumber: string | null,
): Sourced<Genre | null> {
  // The opening: after the addressees, where a page's banners above them are no part of it.
  const addressed = Math.max(-1, ...[...frame.roles].filter(([, role]) => role === 'addressees').map(([index]) => index));
  const opening = body.filter((line) => line.index > addressed && !/^[（(].*[)）]$/.test(line.text)).slice(0, OPENING_LINES);
  // Without a title of its own, a notice that issues another document is a 通知 all the same (its
  // title then the issued document's).
  const issuing = frame.issuedTitleLines.length > 0 && !frame.decree && opening.some((line) => COVER.test(line.text));
  if (issuing && frame.titleLines.length === 0) return { value: '通知', source: 'inferred' };
  if (title.source !== 'inferred') {
    // A decree titled by its own head (銅川市人民政府令第1號), or promulgating a law (…法) of no genre
    // of the list, is a 令.
    // A cover notice's title cut before its 的通知 (…关于印发…工作方案) is a 通知 all the same.
    // So is a notice a headline names by what its body issues (國務院印發《…規劃》 over 現將《…》印發給你們).
    const cover =
      (/(?:关于|關於)(?:印发|印發|转发|轉發|批转|批轉)/.test(title.value) &&
        !/的[\u4e00-\u9fff]{1,3}$/.test(title.value) &&
        genreOfTitle(title.value) !== '解读') ||
      (/^[^《》]{2,30}(?:印发|印發)《[^《》]+》$/.test(title.value) && opening.some((line) => COVER.test(line.text))) ||
      // Or titled by what it issues, its own title lost: "楚雄州地震应急预案" over "《楚雄州地震应急预案》…现印发给你们".
      opening
        .slice(0, 2)
        .some((line) => line.text.includes(`《${title.value}》`) && /(?:印发|印發)(?:给你们|給你們)/.test(line.text));
    const genre = cover
      ? '通知'
      : (genreOfTitle(title.value) ?? (frame.decree && /令/.test(frame.decree.number) ? '命令' : null));
    return genre ? { value: genre, source: title.source } : missing;
  }
  if (issuing) return { value: '通知', source: 'inferred' };
  // A page headed by the executive meeting it records (县政府召开第七次常务会议), or whose first words report it
  // (…主持召开市长办公会议): its minutes.
  if (
    genreOfTitle(title.value) === '纪要' ||
    (frame.titleLines.length === 0 && opening.some((line) => reportsMeeting(line.text)))
  )
    return { value: '纪要', source: 'inferred' };
  // What the opening says it does ("现批复如下", "制定本办法"), else the closing formula (特此批复).
  // (An order that forwards what it orders closes with 此令: its closing names it first.)
  const closing = body.map((line) => genreOfClosing(line.text)).find((g) => g !== null);
  const announced =
    closing === '命令' ? closing : (opening.map((line) => genreInPreamble(line.text)).find((g) => g !== null) ?? closing);
  // Else a text that is the document it promulgates (its 公告 head lost), or one a page reports
  // released, has that document's genre.
  const issued = named && frame.titleLines.length === 0 ? genreOfTitle(title.value) : null;
  // Else what it answers: a 请示 by a 批复, a 建议 by an 答复.
  // (A bureau's opinion on a deputy's 建议 sent to the bureau that answers it is a 函 to that bureau.)
  const toPersons = !frame.addressees || /代表|委员|委員|同志|先生|女士/.test(frame.addressees);
  const answered = opening.map((line) => genreOfAnswer(line.text)).find((g) => g !== null && (g !== '答复' || toPersons)) ?? null;
  // Else a number of the series of letters (国办函〔1985〕81号, 湘政函) names a 函. A government's letter
  // that answers a 请示 is its 批复 (国函〔1992〕169号 …的请示收悉); its office answers by 函 (国办函).
  const letter = docNumber && /^[\u4e00-\u9fff]*[函][〔]/.test(docNumber) ? '函' : null;
  const byOffice = letter !== null && /[办辦][\u4e00-\u9fff]*函/.test(docNumber ?? '');
  // Else a text that calls itself 本通知 (本通知中附件所指…) is one.
  // (本通告自发布之日起施行, 本决定 likewise.)
  const selfNamed =
    (['通知', '通告', '公告', '决定'] as const).find((genre) => body.some((line) => line.text.includes(`本${genre}`))) ?? null;
  // Minutes numbered in their series (长府会议纪要〔2023〕39号) are 纪要.
  const minutes = docNumber && /纪要|紀要/.test(docNumber) ? '纪要' : null;
  const answer = byOffice ? null : answered && genreOfTitle(answered);
  // (此函 closes a 复函 too: what it answers says which.)
  const genre =
    announced && !(announced === '函' && answer === '复函')
      ? genreOfTitle(announced)
      : (issued ?? (answer || letter || minutes || selfNamed));
  if (genre) return { value: genre, source: 'inferred' };
  // Else the genre the title found for it ends with (a sharing site's file name: 贵州省殡葬管理条例.doc).
  const titled = genreOfTitle(title.value);
  if (titled) return { value: titled, source: 'inferred' };
  // Else a signed and dated text sent to bodies (各县区人民政府:, 局属各单位:), saying nothing more, is most
  // often a 通知: marked inferred.
  // (Or several bodies listed: 罗坑镇财政所、罗坑镇中心小学、新会实验幼儿园.)
  const sentToBodies =
    frame.addressees !== null &&
    (/各|(?:政府|单位|單位|部门|部門|局|委|厅|廳|办|辦|中心)$/.test(frame.addressees) ||
      frame.addressees.split(/[、，,]/).filter((name) => isDepartment(name.trim())).length >= 2);
  // (Not one that circulates results, scores or praise: a 通报 by its content, left unnamed.)
  const circulates = opening.some((line) => /得分|排名|表扬|表揚|批评|批評|通报|通報/.test(line.text));
  return sentToBodies && frame.signOffDate !== null && !circulates ? { value: '通知', source: 'inferred' } : missing;
}

/** A cover notice's issued document (关于印发《X》的通知): X's own title line, else X as the title names it. */
function subtitleOf(frame: Frame, title: string): string | null {
  const issued = /(?:印发|印發|颁布|頒布|发布|發布)(?:《(.+)》|(.+))的通知$/.exec(title);
  if (!issued) return null;
  if (frame.titleLines.length > 0 && frame.issuedTitleLines.length > 0) return joinLines(frame.issuedTitleLines);
  return issued[1] ?? issued[2] ?? null;
}

/**
 * A 转发 notice: the forwarded document's issuer and title (from the notice's title) and its number,
 * from the citation the notice's first paragraph makes of it, else from its own head further down.
 */
function forwardedOf(title: string, citations: Citation[], body: Line[], ownNumber: string | null): ForwardedDocument | null {
  const m = /(?:转发|轉發)(.+?)的通知$/.exec(title);
  if (!m?.[1]) return null;
  const inner = m[1].replace(/^《|》$/g, '');
  const issuerPart = /^(.{2,40}?)(?:关于|關於|《)/.exec(inner)?.[1];
  const issuers = issuerPart ? splitIssuers(issuerPart) : [];
  const opening = body.find((line) => /[。，,]/.test(line.text));
  const cited = opening ? citations.find((c) => c.start >= opening.start && c.end <= opening.end) : undefined;
  const ownHead = body
    .filter((l) => isDocNumber(l.text))
    .map((l) => normaliseDocNumber(l.text))
    .find((n) => n !== ownNumber);
  return {
    issuer: issuers.length > 0 && issuers.every(isDepartment) ? issuers.join('、') : null,
    title: inner,
    docNumber: cited?.docNumber ?? ownHead ?? null,
  };
}
