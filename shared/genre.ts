import { DOCUMENT_GENRES, type Genre } from './policy.js';

/** Title endings by 文种, traditional spellings beside simplified; the longer endings first where they overlap. */
const ENDINGS: ReadonlyArray<[Genre, string[]]> = [
  ['复函', ['复函', '復函', '覆函', '複函']],
  ['答复', ['答复', '答覆', '答復', '答複']],
  ['批复', ['批复', '批覆', '批復', '批複']],
  // 禁火令, 嘉奖令, 动员令: the 令 a body issues (its decrees' heads are read apart).
  ['命令', ['命令', '令']],
  ['决议', ['决议', '決議']],
  ['决定', ['决定', '決定', '决定书', '決定書']],
  ['公报', ['公报', '公報']],
  ['公告', ['公告']],
  ['通告', ['通告']],
  ['意见', ['意见', '意見']],
  ['通知', ['通知', '通知书', '通知書']],
  ['通报', ['通报', '通報']],
  ['报告', ['报告', '報告']],
  ['请示', ['请示', '請示']],
  ['议案', ['议案', '議案']],
  ['纪要', ['纪要', '紀要']],
  // (A reply written as a letter, 答复函, is a 函; a 复函 answers one.)
  ['函', ['函', '答复函', '答覆函', '答復函', '答複函']],
  ['条例', ['条例', '條例']],
  ['规定', ['规定', '規定']],
  ['办法', ['办法', '辦法']],
  ['细则', ['细则', '細則']],
  // (A plan's outline, …规划纲要, is a 规划 as the list of 文种 has it.)
  ['规划', ['规划', '規劃', '纲要', '綱要']],
  ['计划', ['计划', '計劃', '计画']],
  // A party committee's proposals for a plan: 中共中央关于制定…规划的建议.
  ['建议', ['建议', '建議']],
  ['方案', ['方案']],
  ['要点', ['要点', '要點']],
  // (…的若干政策: measures, as 若干政策措施 are.)
  ['措施', ['措施', '若干政策']],
  ['指引', ['指引']],
  ['指南', ['指南']],
  ['清单', ['清单', '清單']],
  ['目录', ['目录', '目錄']],
  ['章程', ['章程']],
  ['规则', ['规则', '規則']],
  // (Officials' answers to the press about a document: …负责人就《…》答记者问.)
  ['解读', ['解读', '解讀', '解读说明', '解讀說明', '答记者问', '答記者問', '回答记者提问', '回答記者提問']],
];
/** Titles of other forms officials issue, recognised as titles though their 文种 is none of the list. */
const OTHER_ENDINGS =
  /(?:预案|預案|名单|名單|规范|規範|制度|规程|規程|标准|標準|守则|守則|须知|須知|公约|公約|倡议书|倡議書|公开信|公開信|慰问信|慰問信|感谢信|感謝信|一封信|决议|要求|公示)$/;
/** A statement is titled as one by what it is about (…关于…领海基线的声明), not a page's 版权声明. */
const STATEMENT = /(?:关于|關於).+(?:声明|聲明)$/;

const GENRE_OF_ENDING = new Map<string, Genre>(ENDINGS.flatMap(([genre, endings]) => endings.map((e) => [e, genre])));
const ENDING = new RegExp(`(?:${[...GENRE_OF_ENDING.keys()].sort((a, b) => b.length - a.length).join('|')})$`);
/** The genre endings as a pattern source, for finding where a title ends inside running text. */
export function genreEndingSource(): string {
  return ENDING.source.replace(/\$$/, '');
}

/** What may follow the genre: （试行）, (暂行), （2019年修订）, （征求意见稿）, closing quotes, a character a converter lost (?). */
// (A footnote's mark after the genre is no part of it either: "…人口普查公报[1](第一号)".)
const TRAILER = /(?:[（(][^（()）]{1,20}[)）]|\[\d{1,2}\]|[”"’》」』\s\u3000?？])+$/;

/** Longer than any trailer: the pattern, anchored at the end, is tried on the tail alone (a long run of 》 costs quadratic time). */
const TRAILER_REACH = 80;

function withoutTrailer(title: string): string {
  const cut = Math.max(0, title.length - TRAILER_REACH);
  return title.slice(0, cut) + title.slice(cut).replace(TRAILER, '');
}

/**
 * The label an interpretation's title opens with, before the title it interprets: "文稿解读:《…》",
 * "政策解读：关于…的通知", "文字解读:…工作方案", "【文稿解读】…实施方案".
 */
export const INTERPRETATION_LABEL =
  /^(?:[\u4e00-\u9fff]{0,4}(?:解读|解讀)[:：]|[【[［][\u4e00-\u9fff]{0,4}(?:解读|解讀)[】\]］])/;
/** An interpretation titled by a label and what it interprets, or by who interprets it: "解读《…》", "局长李华锋解读《…纲要》". */
const INTERPRETATION = new RegExp(`(?:${INTERPRETATION_LABEL.source})\\s*[^\\s:：]|^[^《》]{0,30}(?:解读|解讀)《[^《》]+》$`);
/** Such a title whole: its label before a quoted title, or who interprets what. */
const QUOTED_INTERPRETATION = new RegExp(
  `(?:${INTERPRETATION_LABEL.source})\\s*《[^《》]+》$|^[^《》]{0,30}(?:解读|解讀)《[^《》]+》$`,
);

/**
 * An official's answers to the press about a document (司法部、国家医疗保障局负责人就《…》答记者问, 国务院法制办就…
 * 答记者问, …就《…》进行解读), after any headline before a dash.
 */
const PRESS_ANSWERS =
  /(?:^|——|—|－－)([\u4e00-\u9fff、]{2,60}?)(?:有关|有關)?(?:主要)?(?:负责人|負責人|负责同志|負責同志|新闻发言人|新聞發言人)?(?:就|對|对)[^—]{2,80}?(?:答记者问|答記者問|回答记者提问|回答記者提問|进行解读|進行解讀|作出解读|作出解讀)$/;

/** The bodies a title of answers to the press names as answering (司法部、国家医疗保障局), or null. */
export function pressAnswerers(title: string): string | null {
  return PRESS_ANSWERS.exec(title)?.[1] ?? null;
}

/** 文种 of a title: the genre its end names (…的实施意见 → 意见, …管理办法（试行）→ 办法). */
export function genreOfTitle(title: string): Genre | null {
  if (INTERPRETATION.test(title)) return '解读';
  // "…第3号建议的答复：镇西镇中心小学筹建风雨操场的建议": the title's genre before the topic after it.
  // (Or the topic quoted after it: "…第77号提案的答复函《关于…的建议》".)
  const named = /^(.{4,}?的[\u4e00-\u9fff]{1,4})(?:[:：]|《[^《》]+》$)/.exec(title)?.[1];
  const ending = (named ? ENDING.exec(named)?.[0] : undefined) ?? ENDING.exec(withoutTrailer(title))?.[0];
  if (ending) return GENRE_OF_ENDING.get(ending) ?? null;
  // A government's executive meeting as its portal records it (隆德县人民政府第65次常务会议, 县政府召开第七次
  // 常务会议, 2017年11月27日武汉市政府常务会议): its minutes.
  return EXECUTIVE_MEETING.test(title.trim()) ? '纪要' : null;
}

const EXECUTIVE_MEETING =
  /(?:第[0-9０-９一二三四五六七八九十百]{1,5}次|[一二三四五六七八九十]{1,3}[届屆][0-9０-９一二三四五六七八九十百]{1,5}次)(?:[\u4e00-\u9fff]{0,8})?(?:(?:常务|常務)(?:会议|會議|会|會)|(?:[区區县縣市州旗省]长|[区區县縣市州旗省]長)(?:办公|辦公|专题|專題)(?:会议|會議))|(?:政府|政府党组|政府黨組)(?:常务|常務)(?:会议|會議|会|會)$/;
/** A report of a government's meeting in its first words: "…主持召开区政府五届四十八次常务会议", "…主持召开市长办公会议". */
// (Or the meeting first: "区政府2届42次常务会议在政府四楼常务会议室召开"; or minutes that say so: "现将会议主要内容纪要如下".)
const MEETING_HELD =
  /^[^。]{0,60}?(?:主持召开|主持召開)[^。，,]{0,24}?(?:(?:常务|常務)(?:会议|會議)|(?:[区區县縣市州旗省]长|[区區县縣市州旗省]長)(?:办公|辦公|专题|專題)(?:会议|會議))|^[^。]{0,30}?[0-9０-９一二三四五六七八九十百]{1,5}次(?:常务|常務)(?:会议|會議)[^。，,]{0,20}?(?:召开|召開)|(?:现将|現將)会议[\u4e00-\u9fff]{0,6}?(?:纪要|紀要)如下/;

/** Whether a text's first words report a meeting of a government (its minutes, as the portals keep them). */
export function reportsMeeting(opening: string): boolean {
  return MEETING_HELD.test(opening);
}

/** 公文 and replies never end their titles with a year of their own (a 规划 may). */
// (And rules, which carry no period of their own: a year after "…管理办法(2011)" is a site's tag.)
const YEARLESS: ReadonlySet<Genre> = new Set<Genre>([...DOCUMENT_GENRES, '办法', '规定', '细则', '条例', '规则', '章程']);

/**
 * A title without the year a law database appends to it ("…的通知(2012年)") or the version it holds
 * ("…条例(2022年修订)"); a 规划's or 方案's own years ("…规划（2021—2025年）") stay.
 */
export function withoutYearTag(title: string): string {
  // A database's note of the version it holds: "地名管理条例(2022年修订)", "…自治条例(2006年修正本)".
  const unversioned = title.replace(/\s*[（(]\s*(?:19|20)\d{2}\s*年?\s*(?:修订|修訂|修正)(?:本|版)?(?:全文)?[)）]$/, '');
  if (unversioned !== title && genreOfTitle(unversioned)) return unversioned;
  const bare = title.replace(/\s*[（(]\s*(?:19|20)\d{2}\s*年?\s*[)）]$/, '');
  const genre = bare === title ? null : genreOfTitle(bare);
  return genre && YEARLESS.has(genre) ? bare : title;
}

/**
 * A title without the notes a portal appends to it: its number and register number in brackets
 * ("…的通知(河政发〔2021〕25号)(统一编号:HCZFG-2021-005)"), when what is left ends as a title does.
 */
export function withoutNumberNotes(title: string): string {
  const bare = title.replace(/(?:\s*[（(][^（）()]*(?:[号號]|编号|編號|登记号|登記號)[^（）()]*[)）])+$/, '');
  // A bulletin's or a notice's serial is its title's own: "…人口普查公报(第一号)", "…指挥部通告(第三号)".
  if (/(?:公报|公報|公告|通告)[（(]第[0-9０-９一二三四五六七八九十〇零百]{1,5}[号號][)）]$/.test(title.replace(/\s+/g, '')))
    return title;
  return bare !== title && isTitleEnd(bare) ? bare : title;
}

/** A title names its genre at its end. */
export function isTitleEnd(text: string): boolean {
  const bare = withoutTrailer(text);
  // "文化、广电、新闻出版、通知" is a list of categories, not a title.
  if (/[、，,]\S{1,2}$/.test(bare)) return false;
  return (
    bare.length >= 2 &&
    (ENDING.test(bare) || OTHER_ENDINGS.test(bare) || STATEMENT.test(bare) || QUOTED_INTERPRETATION.test(text))
  );
}

// (A bare 提出意见 is what a draft put out for comment asks of its readers: "请于…前提出意见".)
const GENRE_IN_PREAMBLE =
  /(?:提出|制定|制订|製定|製訂|印发|印發)(?:(?:如下|以下|本)(意见|意見)|(?:如下|以下|本)?(实施意见|實施意見|指导意见|指導意見|实施方案|實施方案|工作方案|方案|实施细则|實施細則|细则|細則|办法|辦法|规定|規定|措施|计划|計劃|条例|條例))/;

/** What a reply or an announcement says it does in its first paragraph: 现批复如下, 现答复如下, 现通告如下. */
const ACTS = '批复|批覆|批復|批複|答复|答覆|答復|答複|续复|續復|通告|公告|通报|通報|函复|函覆|函復|纪要|紀要|报告|報告|请示|請示';
/** Or after a comma with 如下: "经市人民政府同意,批复如下". */
const ACT_IN_PREAMBLE = new RegExp(
  `(?:现|現|特|[，,](?=(?:${ACTS})如下))(${ACTS})(?:如下)?|(?:现将|現將|特就|现就|現就)[^。，,]{1,40}?(${ACTS})如下|(?:现|現|特)?(?:发布|發布|发出|發出)如下(${ACTS})`,
);
const GENRE_OF_ACT: Readonly<Record<string, string>> = { 函复: '复函', 函覆: '复函', 函復: '复函', 续复: '答复', 續復: '答复' };

/** The genre a preamble announces ("提出如下实施意见", "通知如下", "现批复如下"), for a document without a title. */
export function genreInPreamble(preamble: string): string | null {
  // A cover that forwards or issues what follows is a 通知, whatever remarks it adds (提出如下意见).
  if (/(?:现将|現將)[^。]{2,160}?(?:转发|轉發|印发|印發)(?:给|給)?(?:你们|你們)/.test(preamble)) return '通知';
  const found = ACT_IN_PREAMBLE.exec(preamble);
  const act = found?.[1] ?? found?.[2] ?? found?.[3];
  const stated = GENRE_IN_PREAMBLE.exec(preamble);
  return (
    stated?.[1] ??
    stated?.[2] ??
    (act ? (GENRE_OF_ACT[act] ?? act) : null) ??
    (/(?:下达|下達)(?:如下)?命令|命令如下/.test(preamble) ? '命令' : null) ??
    // A congress's decision to amend: "…第四次会议决定对《…》作如下修改".
    (/(?:决定|決定)对《[^《》]{2,80}》作(?:如下|以下)?(?:修改|修正)/.test(preamble) ? '决定' : null) ??
    // A circular that says so without 如下: "予以通报批评", "进行通报表彰".
    (/(?:予以|进行|進行)(?:通报|通報)|(?:通报|通報)(?:表彰|表扬|表揚|批评|批評)/.test(preamble) ? '通报' : null) ??
    // A body's decision to commend or name (全国绿化委员会决定,对…予以表彰; …决定,授予…称号).
    // (Or after the meeting that decided it: "…常务会议审议,决定授予…"; "经研究,决定授予…".)
    (/(?:委员会|委員會|政府|委|会|會|审议|審議|审定|審定|经|經)(?:研究)?[，,]?(?:决定|決定)[，,]?\s*(?:对|對|授予|给予|給予|命名|追授|表彰)/.test(
      preamble,
    )
      ? '决定'
      : null) ??
    // (A bureau's or a ministry's when it commends: "…卫生局决定,对…予以表彰".)
    (/(?:局|厅|廳|部|署)(?:研究)?[，,]?(?:决定|決定)[，,]?\s*(?:授予|给予|給予|命名|追授|表彰|[对對][^。]{2,160}?(?:表彰|奖励|獎勵|称号|稱號|授予|追授))/.test(
      preamble,
    )
      ? '决定'
      : null) ??
    // (A ministry's or a bureau's commendation likewise: "教育部决定授予…称号".)
    (/(?:部|局|厅|廳|署|院)(?:决定|決定)[，,]?\s*(?:授予|追授|命名|表彰)/.test(preamble) ? '决定' : null) ??
    // (A meeting called: "省人民政府定于12月1日上午9:00召开…会议".)
    (/通知如下|(?:作|作出)如下通知|(?:现将|現將)[^。]{2,80}(?:下达|下達)(?:给|給)|(?:现|現)(?:下达|下達)[^。]{2,80}(?:资金|資金|指标|指標|计划|計劃|任务|任務)|(?:决定|決定)(?:下拨|下撥)[^。]{2,40}(?:资金|資金)|(?:决定|決定)成立[^。]{2,60}(?:领导小组|領導小組|工作组|工作組|指挥部|指揮部)|^[^。]{0,30}(?:定于|定於)[^。]{2,40}(?:召开|召開|举办|舉辦|举行|舉行)[^。]{0,40}(?:会议|會議|培训|培訓)|(?:转发|轉發|印发|印發|层转|層轉)给?你们|(?:转发|轉發|印发|印發|层转|層轉)給?你們/.test(
      preamble,
    )
      ? '通知'
      : null)
  );
}

/**
 * The genre of a reply by what it answers, for a document without a title or a closing that names
 * one: a 请示 (…的请示收悉) is answered by a 批复, a deputy's 建议 or a 提案 by an 答复.
 */
export function genreOfAnswer(preamble: string): string | null {
  // A 请示, or an application (申请) to the body that approves it, is answered by a 批复; a 函 by a 复函.
  if (/(?:请示|請示|申请|申請)》?(?:[（(][^）)]{1,30}[)）])?收悉/.test(preamble)) return '批复';
  if (/(?:的函|的函》|之函)》?(?:[（(][^）)]{1,30}[)）])?收悉/.test(preamble)) return '复函';
  if (/(?:建议|建議|提案)》?(?:[（(][^）)]{1,30}[)）])?收悉/.test(preamble)) return '答复';
  return null;
}

// (A congress's or a body's 公告 closes "现予公告" as others close 特此公告; a request asks for its answer after
// its formula: "特此请示，请批复。")
const CLOSING =
  /^(?:特此|此|现予|現予|专此|專此)(批复|批覆|答复|答覆|通告|公告|通报|通報|函复|函覆|函告|函|通知|请示|請示|报告|報告)(?:[，,](?:妥否[，,])?(?:请|請)(?:批复|批覆|批示|审批|審批|批准|示))?[。.]?$/;

/** The act at the end of a sign-off run into the last sentence: "…XX支队2023年8月2日通告。" */
const SIGNED_ACT =
  /[。！!；;][\s\u3000]*[\u4e00-\u9fff]{4,40}?[\s\u3000]*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(通告|公告)[。.]?$/;

/** Closing formulas that name no genre of their own, or one the genre list words differently. */
const OTHER_CLOSING = /^(?:特此(?:报告|報告|决定|決定)|此复|此復|专此|專此)[。.]?$/;

/** The words a 公告, 通告, 通知 or reply ends with before its sign-off ("特此公告。", "此复。"). */
export function isClosingFormula(line: string): boolean {
  const text = line.trim().replace(/[！!]$/, '');
  return CLOSING.test(text) || OTHER_CLOSING.test(text);
}

/** The genre a closing formula names ("特此批复。", "特此通告"), for a document without a title. */
export function genreOfClosing(line: string): string | null {
  // An order closes with 此令 (what follows on its line is the list of what it attaches).
  if (/^此令(?:[。.!！]|$)/.test(line.trim())) return '命令';
  const act = CLOSING.exec(line.trim())?.[1] ?? SIGNED_ACT.exec(line.trim())?.[1];
  return act ? (GENRE_OF_ACT[act] ?? (act === '函告' ? '函' : act)) : null;
}
