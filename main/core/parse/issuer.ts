import { parseDateLine } from '../../../shared/dates.js';
import { genreOfTitle, isTitleEnd, pressAnswerers } from '../../../shared/genre.js';
import type { FieldSource } from '../../../shared/policy.js';
import { foldForSearch } from '../../../shared/search-fold.js';
import { charactersInOrder } from './characters-in-order.js';
import { issuerFromDocNumber, PROVINCE_OF_ABBREVIATION, TRADITIONAL_CODE_CHARS } from './doc-number.js';
import { type Frame, withoutLeadingNumber, withoutTitleTags } from './frame.js';
import { reportingGovernment } from './head-notes.js';
import type { PageFields } from './page-lines.js';
import { isDepartment } from './responsibilities.js';
import { characterCensus, detectScript } from './script.js';

/** "XX关于…", "XX转发…", "XX印发…", "XX对…建议的答复": the issuer a title opens with. */
const TITLE_ISSUER = /^(.{2,240}?)(?:关于|關於|關于|关於|转发|轉發|印发|印發|批转|批轉|贯彻|貫徹|落实|落實|对|對)/;
/** A body's name at the head of a title that names no 关于: "镇巴县人民政府工作规则", "吉林大学学生违纪处分规定". */
const LEADING_BODY =
  /^(.{2,30}?(?:人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|行政公署|人民代表大会常务委员会|常务委员会|委员会|委員會|委会|委會|办公厅|办公室|指挥部|指揮部|领导小组|領導小組|人民法院|人民检察院|厅|局|委|署|大学|大學|学院|學院|股份有限公司)(?:办公室|辦公室|办公厅|辦公廳|(?:党组|黨組)(?!书记|書記|成员|成員|副书记|副書記))?)(?=.{2,})/;
const PLACED_CENTRE = /^([\u4e00-\u9fff]{2,30}?(?:省|市|区|區|县|縣|州)[\u4e00-\u9fff]{2,20}?中心)(?=.{2,})/;
const TOWNSHIP_TITLE =
  /^([\u4e00-\u9fff]{2,20}?(?:镇|鎮|乡|鄉|街道(?:办事处|辦事處)?|苏木|蘇木|社区|社區|居委会|居委會|村委会|村委會))(?:关于|關於|关於|關于)/;
const ANNUAL_REPORT =
  /^(?:(?:19|20)\d{2}年度?)?([\u4e00-\u9fff]{2,30}?)(?:(?:19|20)\d{2}年度?)?(?:政府信息公开|政府信息公開|政务公开|政務公開)工作年度(?:报告|報告)$|^([\u4e00-\u9fff]{2,30}?)(?:19|20)\d{2}年度?(?:法治政府建设|法治政府建設|依法行政)[\u4e00-\u9fff]{0,8}(?:报告|報告)$/;
const WORK_REPORT =
  /^(?:[（(][\u4e00-\u9fff]{2,8}[)）])?(?:(?:19|20)\d{2}年度?)?([\u4e00-\u9fff]{2,20}?(?:省|市|县|縣|区|區|旗|州|盟|镇|鎮|乡|鄉))(?:人民)?政府工作(?:报告|報告)/;
const LOCAL_BODY = /(?:镇|鎮|乡|鄉|街道|苏木|蘇木)$/;

/** The body whose annual report (on open government, on the rule of law) a title names, or undefined. */
function annualReporter(title: string): string | undefined {
  const report = ANNUAL_REPORT.exec(title);
  const body = report?.[1] ?? report?.[2];
  return body && (LOCAL_BODY.test(body) || isDepartment(body)) ? body : undefined;
}
/** "转发省国土资源厅关于…的通知" opens with what it does: the body it names is not the issuer. */
const OPENS_WITH_ACT = /^(?:转发|轉發|印发|印發|批转|批轉)/;
/**
 * Central organs are named without the state's name (中华人民共和国国务院 → 国务院), but as they sign;
 * the President and the Government are the state's (中华人民共和国主席, 中华人民共和国政府).
 */
const STATE_PREFIX = /^(?:中华人民共和国|中華人民共和國)(?=.{2,})(?!主席$|政府$)/;
/** A congress's session issuing a 决议: 菏泽市第十七届人民代表大会第三次会议关于…的决议. */
const SESSION = /^(.{2,30}?人民代表(?:大会|大會).{0,16}?(?:会议|會議))(?:关于|關於|關于|关於)/;
/** Values a portal puts in its 发文机关 cell that are not an issuer: its own name, another cell's value slipped there (新政发〔2007〕号). */
const NOT_AN_ISSUER = /网站|網站|门户|門戶|信息公开|资料网|新闻网|^本网|编辑部|[0-9０-９〔〕［］]/;
/**
 * A page that reports a document instead of printing its head: "2023年12月，中共山西省委办公厅、山西省人民
 * 政府办公厅发布《山西省乡村振兴责任制实施细则》，自发布之日起施行。"
 */
// (After the clauses of its purpose, and a word of when: "为深入推进…,维护社会安定,最高人民法院、…、司法部近日联合发布《…》";
// or the title unquoted: "浙江省人民政府办公厅27日发布关于延迟企业复工和学校开学的通知,通知全文如下".)
const REPORTED_RELEASE =
  /^(?:[\u4e00-\u9fff]{2,8}[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|電)[\s\u3000]{0,2})?(?:[^，,。《》]{0,40}[，,]\s*){0,6}([\u4e00-\u9fff、]{2,80}?)(?:近日|日前|今日|今天|近期|(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)?(?:联合|聯合)?(?:印发|印發|发布|發布|公布|下发|下發|出台)了?(?:《([^《》]{4,80})》|((?:关于|關於)[^，,。《》]{4,80}?的(?:通知|通告|公告|意见|意見|决定|決定))|(?:关于|關於)?[“"「]([^“”"「」《》]{4,100}?(?:关于|關於)[^“”"「」《》]{4,100}?)[“”"」])/;

/** The issuers and title of the document a page's opening lines report released, if they do. */
export function reportedRelease(opening: readonly string[]): { issuers: string[]; title: string } | null {
  for (const line of opening) {
    const m = REPORTED_RELEASE.exec(line);
    const title = m?.[2] ?? m?.[3] ?? m?.[4];
    // (Counted after the last: "宣城市住房和城鄉建設局、宣城市財政局、宣城市自然資源和規劃局三部門".)
    const issuers = m?.[1]
      ? splitIssuers(m[1].replace(/等?[一二三四五六七八九十两兩]{1,2}(?:个|個)?(?:部门|部門|单位|單位)$/, ''))
      : [];
    // (Bodies of four characters or more: a short subject, 科技部 or 湖南, is the report's, and names no issuer.)
    const named = (m?.[1]?.length ?? 0) >= 4;
    // A body's numbered 公告 an office released ("…辦公廳17日發布《成都市人民政府公告(第六號)》"): that body's.
    const numbered = title ? /^(.{4,30}?)(公告|通告)[（(]第[^（()）]{1,6}[号號][)）]$/.exec(title) : null;
    if (numbered?.[1] && numbered[2] && named && isDepartment(numbered[1]))
      return { issuers: [numbered[1]], title: `${numbered[1]}${numbered[2]}` };
    if (title && named && issuers.length > 0 && issuers.every(isDepartment) && genreOfTitle(title)) return { issuers, title };
    // A government's website that put it up ("…市政府網站發布《…實施意見》") names the document, not its issuer;
    // so does a place ("湖南日前出台《湖南省提振消费专项行动方案》").
    const place = m?.[1] !== undefined && /^[\u4e00-\u9fff]{2,3}(?:省|市|县|縣|区|區)?$/.test(m[1]) && !isDepartment(m[1]);
    if (m?.[1] && title && (WEBSITE.test(m[1]) || place) && genreOfTitle(title)) return { issuers: [], title };
  }
  return null;
}

const WEBSITE = /(?:网站|網站|官网|官網|门户网站|門戶網站|客户端|客戶端)$/;
const COVER_NOTICE = /(?:(?:经|經)(.{2,20}?)同意[，,]\s*)?(?:现将|現將)《([^《》]+)》(?:印发|印發)(?:给你们|給你們)/;
const PLACE = /^(.{2,9}?(?:省|自治区|自治區|市|县|縣|区|區|州|盟))/;

/**
 * Cities whose government's general office is a 办公厅, as a province's is: the provincial capitals
 * and the sub-provincial cities. Other cities and counties have a 办公室.
 */
const CITIES_WITH_GENERAL_OFFICE = new Set(
  '太原 呼和浩特 沈阳 大连 长春 哈尔滨 南京 杭州 宁波 福州 厦门 南昌 济南 青岛 郑州 武汉 长沙 广州 深圳 南宁 海口 成都 贵阳 昆明 拉萨 西安 兰州 西宁 银川 乌鲁木齐'
    .split(' ')
    .map((city) => `${city}市`),
);

function generalOffice(place: string): '办公厅' | '办公室' {
  const provincial = /(?:省|自治区|自治區)$/.test(place) || /^(?:北京|天津|上海|重庆|重慶)市$/.test(place);
  return provincial || CITIES_WITH_GENERAL_OFFICE.has(place) ? '办公厅' : '办公室';
}

export interface ResolvedIssuer {
  issuers: string[];
  source: FieldSource;
}

/**
 * The issuing authorities, from the strongest evidence to the weakest: a portal's table, the
 * signature (发文机关署名), the masthead (版头), a decree's head, the title "XX关于…", a cover notice
 * "现将《XX省…》印发给你们", and the authority code of the document number. A name that leaves out
 * its place (省人民政府) takes it from the document number or the text.
 */
export function resolveIssuer(
  frame: Frame,
  titleText: string,
  table: PageFields,
  bodyStart: string,
  docNumber: string | null,
  text: string,
): ResolvedIssuer {
  const found = withSharedPlace(findIssuers(frame, titleText, table, bodyStart, docNumber));
  if (found.source === 'missing' && docNumber) {
    const coded = localGovernmentOfCode(docNumber, text) ?? provincialDepartmentOfCode(docNumber, text);
    if (coded) return { issuers: [coded], source: 'inferred' };
  }
  // A sign-off, or a decree's head (中华人民共和国民政部令), names the body as it issues.
  const keepsStateName =
    found.source === 'signoff' ||
    found.source === 'table' ||
    (frame.decree?.issuer != null && found.issuers.includes(frame.decree.issuer));
  return {
    issuers: found.issuers.flatMap(centralOfficesInFull).map((name) => {
      // A body signs with the state's name where it will (中华人民共和国国务院); elsewhere it goes by its own.
      // No body's name opens with a quote, or with a site's tag (【公告】, 「通告」).
      const named = name.replace(/^(?:[《“"]+|【[^【】]{1,8}】|「[^「」]{1,8}」)/, '');
      const own = withoutTerm(
        autonomousInFull(
          fullName(withPlace(asBodyIsNamed(keepsStateName ? named : named.replace(STATE_PREFIX, '')), docNumber, text)),
          text,
        ),
      );
      return found.source === 'signoff' ? shortNameInFull(own, text) : shortNameInFull(congressInFull(own, text), text);
    }),
    source: found.source,
  };
}

/**
 * Joint bodies of one place named once (宁夏回族自治区物价局、财政厅): each named with the place, as
 * the first is. A ministry (财政部) or a national body is no body of the place.
 */
function withSharedPlace(found: ResolvedIssuer): ResolvedIssuer {
  const [first, ...rest] = found.issuers;
  const place = first ? PLACE.exec(first)?.[1] : undefined;
  if (!place || rest.length === 0) return found;
  // (Not one that names it already without its 省: 廣東海事局 beside 廣東省商務廳.)
  const core = place.replace(/(?:自治区|自治區|省|市|县|縣|区|區|州|盟)$/, '');
  const local = (name: string) =>
    /^[^省市县縣区區州盟]{1,8}(?:厅|廳|局|委|办|辦)$/.test(name) &&
    !name.startsWith(core) &&
    !/^(?:国家|國家|中央|全国|全國|国务院|國務院)/.test(name);
  return { ...found, issuers: [first as string, ...rest.map((name) => (local(name) ? `${place}${name}` : name))] };
}

function findIssuers(
  frame: Frame,
  titleText: string,
  table: PageFields,
  bodyStart: string,
  docNumber: string | null,
): ResolvedIssuer {
  // (A table's title cell may open with the number: "盘政发〔2014〕31号 盘锦市人民政府关于…".)
  const named = withBodiesListed(namedInTitle(withoutLeadingNumber(titleText)), bodyStart, table);
  const title = titleText.replace(/[\s\u3000]+/g, '');
  // A table that names the office alone (发文机关: 办公厅) names no body: the title's name in full stands.
  const bareOffice = isBareOffice(table.issuer ?? '');
  // (A table whose issuer cell repeats the title, "…常务委员会关于…的决定", names no issuer.)
  const titleInCell = table.issuer !== undefined && /关于|關於/.test(table.issuer) && isTitleEnd(table.issuer);
  // (Nor does one that holds the site's name, 中国宜兴: no body's name at all.)
  const tabled =
    table.issuer && !NOT_AN_ISSUER.test(table.issuer) && !bareOffice && !titleInCell
      ? splitIssuers(table.issuer).filter((name) => isDepartment(name) || CENTRAL.test(name))
      : [];
  // A table that shortens the name the sign-off prints in full (宜興人民政府 for 宜興市人民政府): the sign-off's.
  if (tabled.length > 0 && abbreviates(tabled, frame.signature)) return { issuers: frame.signature, source: 'signoff' };
  // A table that abbreviates the title's issuer (四川省人大常委会) gives way to its full name.
  // A table naming another body than the title does records who put the page up: the document's own words stand.
  // A table naming the office inside the body that signs (…办公厅文秘处) gives way to the body.
  // A table that names some of the title's joint issuers (颁布单位: 市财政局 under 重庆市财政局 重庆市教育委员会关于…)
  // gives way to the title; one that names them all in another order keeps the title's.
  const amongNamed = tabled.length > 0 && tabled.every((t) => named.some((n) => n === t || n.endsWith(t)));
  if (amongNamed && named.length > tabled.length) return { issuers: named, source: 'head' };
  if (amongNamed && named.length === tabled.length && tabled.every((t) => named.includes(t)))
    return { issuers: named, source: 'table' };
  // A table naming a place (发文机关: 马兰屯镇) stands for its government, which the sign-off names.
  const placeGovernment =
    tabled.length === 1 &&
    frame.signature.length === 1 &&
    frame.signature[0] !== tabled[0] &&
    frame.signature[0]?.startsWith(tabled[0] as string) &&
    /^(?:人民政府|政府|街道办事处|办事处|辦事處)$/.test(frame.signature[0].slice((tabled[0] as string).length));
  if (placeGovernment) return { issuers: frame.signature, source: 'signoff' };
  if (tabled.length > 0 && !abbreviates(tabled, named) && !contradicts(tabled, named) && !isUnitOf(tabled, frame.signature)) {
    // A cell that names the body without its place (市场监督管理局) where the title opens with it placed
    // (水磨沟区市场监督管理局食品安全监督抽检信息通告): the name in full.
    const opening = tabled.length === 1 ? title.indexOf(tabled[0] as string) : -1;
    const place = opening > 0 ? title.slice(0, opening) : '';
    const unplaced = !/^[\u4e00-\u9fff]{2,}?(?:省|市(?!场|場)|县|縣|区|區|州|旗|盟)/.test(tabled[0] ?? '');
    if (/^[\u4e00-\u9fff]{2,12}(?:省|市|县|縣|区|區|州|旗|盟)$/.test(place) && unplaced)
      return { issuers: [`${place}${tabled[0]}`], source: 'table' };
    return { issuers: tabled, source: 'table' };
  }
  // A sign-off or masthead that leaves off the place (区委组织部办公室, 行政公署文件) the title names in full.
  // (人民政府 shortened to 政府 too: 省政府辦公廳 for 廣東省人民政府辦公廳.)
  // (Or misprints it by a character: 安徽省人民府办公厅 under 安徽省人民政府办公厅关于….)
  const misprints = (name: string, signed: string) =>
    name.length - signed.length === 1 && signed.length >= 6 && charactersInOrder(signed, name);
  const inFull = (short: string[]) =>
    named.length === short.length &&
    named.every((name, i) => nameForm(name).endsWith(nameForm(short[i] ?? '\u0000')) || misprints(name, short[i] ?? ''))
      ? named
      : short;
  // A decree's signer run into its body's name (市长袁宝成东莞市人民政府): the body its head names.
  const decreed = frame.decree?.issuer;
  const signer = frame.signature.length === 1 ? frame.signature[0] : undefined;
  if (decreed && signer && signer.length > decreed.length && signer.endsWith(decreed))
    return { issuers: [decreed], source: 'signoff' };
  // A sign-off with the last words before it run on (附件:…勘测定界图泉州市鲤城区人民政府): the body the title
  // names; a place before it (泉州市 鲤城区人民政府) is the signer's own.
  const runOn =
    signer && named.length === 1 && signer.endsWith(named[0] as string) ? signer.slice(0, -(named[0] as string).length) : '';
  const namesPlace = /^[\u4e00-\u9fff]{2,}?[省市县縣区區州盟旗]/.test(named[0] ?? '');
  // (中共, 共青团 or the state's name before it is the body's own: 中共深圳市委组织部.)
  const ownPrefix = /^(?:中共|中国共产党|中國共產黨|共青团|共青團|中华人民共和国|中華人民共和國)$/.test(runOn);
  if (runOn !== '' && namesPlace && !ownPrefix && !/[省市县縣区區州盟旗镇鎮乡鄉村国國]$/.test(runOn) && !isDepartment(runOn))
    return { issuers: named, source: 'signoff' };
  // Names spaced out to the width of a line run together once their spaces go (河 南 省 教 育 厅 河 南 省 财 政 厅).
  const signers = frame.signature.flatMap((name) => splitRunTogether(name));
  // A joint sign-off a copy printed short of a body (a line left blank) gives way to the title that names them all.
  if (signers.length > 0 && named.length > signers.length && signers.every((s) => named.includes(s)))
    return { issuers: named, source: 'head' };
  // Or one the head's box names in full (浙江省國資委 for 浙江省人民政府國有資產監督管理委員會).
  if (signers.length > 0 && abbreviates(signers, frame.boxIssuer)) return { issuers: frame.boxIssuer, source: 'head' };
  // A sign-off without the city the title opens with (漯河市郾城区人民政府征收土地预公告 / 郾城区人民政府).
  const placed = (name: string) => {
    const before = title.startsWith(name) ? '' : title.slice(0, Math.max(0, title.indexOf(name)));
    return /^[\u4e00-\u9fff]{1,8}(?:省|市|州|盟|地区|地區)$/.test(before) ? `${before}${name}` : name;
  };
  if (signers.length > 0) return { issuers: inFull(signers).map(placed), source: 'signoff' };
  // A joint document's masthead may name its lead alone; the title names them all.
  if (frame.masthead) {
    const masthead = splitIssuers(frame.masthead);
    return { issuers: named.length > masthead.length ? named : inFull(masthead), source: 'head' };
  }
  // A decree's head may shorten its body (德宏州人民政府办公室公告): the name printed in full stands.
  if (frame.decree?.issuer) {
    const printedInFull = frame.headIssuer.length === 1 && abbreviates([frame.decree.issuer], frame.headIssuer);
    return { issuers: printedInFull ? frame.headIssuer : splitIssuers(frame.decree.issuer), source: 'head' };
  }
  if (named.length > 0) return { issuers: named, source: 'head' };
  const interpreters = interpretersOfTitle(title);
  if (interpreters.length > 0) return { issuers: interpreters, source: 'head' };
  const session = SESSION.exec(title)?.[1];
  if (session) return { issuers: [session], source: 'head' };
  if (frame.headIssuer.length > 0) return { issuers: frame.headIssuer, source: 'head' };
  const cover = COVER_NOTICE.exec(bodyStart);
  // A department issuing its own document (现将《芜湖市教育局2024年工作要点》印发给你们) is its issuer.
  const department = cover?.[2] && !cover[1] ? LEADING_BODY.exec(cover[2])?.[1] : undefined;
  if (department && PLACE.test(department) && isDepartment(department) && !/政府|行政公署/.test(department))
    return { issuers: [department], source: 'inferred' };
  const place = cover?.[2] ? PLACE.exec(cover[2])?.[1] : undefined;
  if (place)
    return { issuers: [cover?.[1] ? `${place}人民政府${generalOffice(place)}` : `${place}人民政府`], source: 'inferred' };
  // A rule a body's meeting adopted and the text promulgates (《…办法》于…云南省教育厅第8次厅务会议通过,现予公布).
  const meeting = ADOPTED_BY_MEETING.exec(bodyStart);
  // (A government's meeting by its term: 第八屆陽江市人民政府第8次常務會議.)
  const adopted = (meeting?.[1] ?? meeting?.[2])?.replace(/^第?[一二三四五六七八九十]{1,4}[届屆]/, '');
  // (A place's body, or a ministry of the state: 農業部第4次常務會議.)
  if (adopted && (PLACE.test(adopted) || CENTRAL_BODY.test(adopted)) && isDepartment(adopted))
    return { issuers: [adopted], source: 'inferred' };
  // A body that says it announces what follows (…,定西市森林草原防灭火指挥部特发布如下公告:).
  // (Or that acts by the law before it announces: "…,张家口市公安局交通管理支队根据《…》…,现将具体事项通告如下".)
  const announcing = ANNOUNCING_BODY.exec(bodyStart)?.[1] ?? ACTING_BODY.exec(bodyStart)?.[1];
  if (announcing && PLACE.test(announcing) && isDepartment(announcing)) return { issuers: [announcing], source: 'inferred' };
  // The bodies a decision says decide (…,国家卫生健康委、中国红十字会总会、中央军委后勤保障部卫生局决定,对…).
  const deciding = DECIDING_BODIES.exec(bodyStart)?.[1];
  const deciders = deciding ? splitIssuers(deciding) : [];
  if (deciders.length > 0 && deciders.every((name) => name.length >= 4 && isDepartment(name)))
    return { issuers: deciders, source: 'inferred' };
  // (A document that addresses someone and bears a number is no report of another's release: a reply's
  // "省委办公厅、省政府办公厅印发《…》" cites it.)
  const reported = frame.addressees !== null && docNumber ? null : reportedRelease(bodyStart.split('\n'));
  // (Nor does a document sent to its addressees report another's release it acts on: "近日,中宣部办公厅…联合下发了
  // 《关于开展…活动的通知》" under "关于认真组织做好…活动的通知".)
  const another =
    reported !== null &&
    frame.addressees !== null &&
    title !== '' &&
    !charactersInOrder(foldForSearch(reported.title.replace(/[\s\u3000]+/g, '')), foldForSearch(title));
  if (reported && reported.issuers.length > 0 && !another) return { issuers: reported.issuers, source: 'inferred' };
  // (After the year it is about: "2022年广州市海珠区疾病预防控制中心招聘…公告"; a place's centre too.)
  const undated = title.replace(/^(?:19|20)\d{2}年度?/, '');
  const leading = OPENS_WITH_ACT.test(undated)
    ? undefined
    : (LEADING_BODY.exec(undated)?.[1] ?? PLACED_CENTRE.exec(undated)?.[1]);
  if (leading && isIssuerName(leading) && isDepartment(leading) && !/[《》“”]|关于|關於/.test(leading)) {
    // Named without its place (县卫健委…工作总结) where the page's table names it with it (青阳县卫生健康委员会).
    const placed = table.publisher && /^[县縣市区區省州]/.test(leading) ? fullName(table.publisher.trim()) : undefined;
    const expanded = placed ? shortNameInFull(fullName(leading), placed) : leading;
    const inFull = placed && placed.length > expanded.length && placed.endsWith(expanded) ? placed : leading;
    return { issuers: [inFull], source: 'inferred' };
  }
  // A township or street office names itself before its 关于 (馬練瑤族鄉關於…的通告), whatever county's page it is on;
  // and a body its annual report on open government or the rule of law (2023年下各镇政府信息公开工作年度报告).
  const township = TOWNSHIP_TITLE.exec(title)?.[1];
  if (township) return { issuers: [localInFull(township, bodyStart)], source: 'inferred' };
  const published =
    table.publisher && !NOT_AN_ISSUER.test(table.publisher) && !isBareOffice(table.publisher)
      ? splitIssuers(table.publisher)
      : [];
  // (A township or street office puts up its own pages: 发布机构: 促进乡.)
  const ownPage = (name: string) => isDepartment(name) || (LOCAL_BODY.test(name) && name.length <= 12 && title.startsWith(name));
  if (published.length > 0 && published.every(ownPage)) return { issuers: published, source: 'inferred' };
  const coded = docNumber ? issuerFromDocNumber(docNumber) : null;
  // (Written in the script of the document: 湘政辦發 → 湖南省人民政府辦公廳.)
  if (coded) return { issuers: [writtenTraditional(docNumber, bodyStart) ? traditionalName(coded) : coded], source: 'inferred' };
  // The office that printed it (版记: 舞钢市交通运输局办公室 …印发) prints for the body it belongs to.
  const printer = frame.printedBy
    ? /^(.{2,30}?)(?:办公室|辦公室|办公厅|辦公廳|秘书处|秘書處)$/.exec(frame.printedBy)?.[1]
    : undefined;
  if (printer && isDepartment(printer)) return { issuers: [printer], source: 'inferred' };
  // A government's work report is its own (2023年西安市政府工作报告).
  const reporting = WORK_REPORT.exec(title)?.[1];
  if (reporting) return { issuers: [`${reporting}人民政府`], source: 'inferred' };
  // One titled 政府工作报告 alone is its speaker's government, or the one of the congress that hears it.
  const reporter = /^[\u4e00-\u9fff]{0,12}?(?:政府工作报告|政府工作報告)/.test(title.replace(/[\s\u3000]+/g, ''))
    ? reportingGovernment(bodyStart)
    : null;
  if (reporter) return { issuers: [reporter], source: 'inferred' };
  const annual = annualReporter(title);
  if (annual) return { issuers: [localInFull(annual, bodyStart)], source: 'inferred' };
  return { issuers: [], source: 'missing' };
}

/** A township or a body named short, in full where the text gives it (请联系五常市背荫河镇政府, …经纬街道办事处). */
function localInFull(local: string, bodyStart: string): string {
  const government = new RegExp(
    `${NAME_START}(?:[\\u4e00-\\u9fff]{2,3}(?:市|州|盟))?${local}(?:人民政府|政府|办事处|辦事處)?`,
    'g',
  ).exec(bodyStart)?.[0];
  return government || local;
}

/**
 * A title's "住房和城乡建设部等部门" stands for the bodies the text lists from that one on
 * ("住房和城乡建设部、文化和旅游部、国家文物局、财政部、自然资源部、农业农村部决定…"), where it lists them.
 */
function withBodiesListed(named: string[], bodyStart: string, table: PageFields): string[] {
  const lead =
    named.length === 1
      ? /^(.{2,30}?)等(?:[一二三四五六七八九十]{1,2}个?)?(?:部门|部門|单位|單位)$/.exec(named[0] ?? '')?.[1]
      : undefined;
  if (!lead) return named;
  // Or that the page's table lists, run together or not (发布部门: 广东省科学技术厅广东省经济和信息化委员会…).
  const cell = table.issuer ?? table.publisher;
  const tabled = cell ? splitIssuers(cell) : [];
  if (tabled.length > 1 && tabled[0] === lead && tabled.every(isDepartment)) return tabled;
  const at = bodyStart.indexOf(`${lead}、`);
  const run = at < 0 ? undefined : /^[\u4e00-\u9fff、]{4,300}/.exec(bodyStart.slice(at))?.[0];
  const listed = run
    ?.split('、')
    .map((name) => name.replace(/(?:决定|決定|联合|聯合|共同|印发|印發|发布|發布)[\u4e00-\u9fff]*$/, ''));
  return listed && listed.length > 1 && listed.every((name) => isDepartment(name) || CENTRAL_BODY.test(name)) ? listed : named;
}

/**
 * The day a report's lead says the document it reports was released, where it says so right before
 * the bodies: "(记者 贾宏博)2022年1月25日,河北省委、省政府出台《…》".
 */
export function reportedReleaseDate(opening: readonly string[]): string | null {
  for (const line of opening) {
    const m = REPORTED_RELEASE.exec(line);
    if (!m?.[1] || !(m[2] ?? m[3] ?? m[4])) continue;
    const before = line.slice(0, line.indexOf(m[1]));
    const day = /(?:19|20)\d{2}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日(?=[，,]?\s{0,2}$)/.exec(before)?.[0];
    const date = day ? parseDateLine(day) : null;
    if (date) return date;
  }
  return null;
}

/** The bodies whose officials answer the press about a document, as its title names them. */
function interpretersOfTitle(title: string): string[] {
  // (Or a body that interprets what another issued: 湖南省民政廳解讀《湖南省人民政府辦公廳…的通知》.)
  const interpreter = /^([\u4e00-\u9fff]{4,30}?)(?:解读|解讀)《/.exec(title)?.[1];
  if (interpreter && isDepartment(interpreter)) return [interpreter];
  const bodies = pressAnswerers(title);
  if (!bodies) return [];
  const named = splitIssuers(bodies);
  return named.length > 0 && named.every((name) => isDepartment(name) || CENTRAL_BODY.test(name)) ? named : [];
}

/**
 * The bodies a title opens with ("国务院、中央军委关于…", "重庆市粮食局 重庆市财政局关于…"), or none. The
 * title comes with its line breaks as spaces; a break inside one name (湖北省十堰市人民政府 / 办公室)
 * leaves a piece that is no name of its own, and the name is read whole.
 */
function namedInTitle(taggedTitle: string): string[] {
  const rawTitle = withoutTitleTags(taggedTitle);
  if (OPENS_WITH_ACT.test(rawTitle.trim())) return [];
  // (The bodies before a title they quote: "浙江省高级人民法院、浙江省人民检察院《关于…》".)
  const prefix = TITLE_ISSUER.exec(rawTitle)?.[1]?.replace(/《$/, '');
  // (A title an interpretation quotes is another's: "湖南省民政廳解讀《湖南省人民政府辦公廳轉發…》".)
  if (!prefix || /(?:解读|解讀)《/.test(prefix)) return [];
  const named = splitIssuers(prefix);
  // A piece of a name broken over lines (…人民政府 / 办公室) is no name of its own; a ministry's short name (财政部) is.
  const wholeName = (name: string) =>
    name.length >= 4 || (/^[\u4e00-\u9fff]{1,2}(?:部|委|局|署|行|院)$/.test(name) && !/^办|^人民/.test(name));
  if (named.length > 0 && named.every((name) => wholeName(name) && isIssuerName(name))) return named;
  const whole = splitIssuers(prefix.replace(/[\s\u3000]+/g, ''));
  return whole.length > 0 && whole.every(isIssuerName) ? whole : [];
}

/** The two general offices as the press names them together or apart (中办国办, 中辦國辦): in full. */
function centralOfficesInFull(name: string): string[] {
  const traditional = /[辦國]/.test(name);
  const party = traditional ? '中共中央辦公廳' : '中共中央办公厅';
  const state = traditional ? '國務院辦公廳' : '国务院办公厅';
  const short = name.replace(/[\s\u3000、]+/g, '');
  if (/^(?:中办|中辦)(?:国办|國辦)$/.test(short)) return [party, state];
  if (/^(?:中办|中辦)$/.test(short)) return [party];
  if (/^(?:国办|國辦)$/.test(short)) return [state];
  return [name];
}

/** An office named without the body it serves (办公室, 政府办公室), or a division of it (综合处): no issuer's name. */
function isBareOffice(name: string): boolean {
  return /^(?:人民政府|政府)?(?:办公厅|辦公廳|办公室|辦公室)$|^[\u4e00-\u9fff]{1,6}(?<!事)(?:处|處|科)$/.test(name.trim());
}

/** A body's name as compared with another's: no spaces, 人民政府 as 政府. */
function nameForm(name: string): string {
  return name.replace(/[\s\u3000]+/g, '').replace(/人民政府/g, '政府');
}

/** The table names none of the bodies the title names, not even in a longer or shorter form. */
function contradicts(tabled: string[], named: string[]): boolean {
  return (
    named.length > 0 &&
    tabled.every((t) =>
      named.every((n) => !nameForm(t).includes(nameForm(n)) && !nameForm(n).includes(nameForm(t)) && !abbreviates([t], [n])),
    )
  );
}

/** Whether each name is a unit (处, 科, 室) inside the body named beside it. */
function isUnitOf(units: string[], bodies: string[]): boolean {
  return (
    bodies.length === units.length &&
    units.every((unit, i) => {
      const body = nameForm(bodies[i] ?? '');
      return (
        body !== '' &&
        nameForm(unit).startsWith(body) &&
        /^.{1,8}(?:处|處|科|室|股|组|組)$/.test(nameForm(unit).slice(body.length))
      );
    })
  );
}

/** Whether each short name is the long name's characters in order (四川省人大常委会 ⊂ 四川省人民代表大会常务委员会). */
function abbreviates(short: string[], long: string[]): boolean {
  if (short.length !== long.length || long.length === 0) return false;
  return short.every((name, i) => {
    const full = long[i] ?? '';
    // 潞城区人民政府 for 长治市潞城区人民政府 is the same name without its city: the table's stands.
    return name !== full && name.length < full.length && !full.endsWith(name) && charactersInOrder(name, full);
  });
}

/** Joint issuers one by one: "国务院、中央军委", "重庆市粮食局 重庆市财政局", "中共中央国务院". */
export function splitIssuers(names: string): string[] {
  return (
    names
      .split(/[、，,；;\s\u3000]+/)
      // A portal's office in brackets after its government: 宣城市人民政府(办公室).
      .map((name) => name.trim().replace(/(?<=政府)[（(](办公室|办公厅|辦公室|辦公廳)[)）]$/, '$1'))
      .filter((name) => name.length >= 2)
      .flatMap((name) => splitRunTogether(name))
  );
}

/** Longer than this, a run of names is not split (a body's name is at most 40 characters; ten of them run together are not). */
const MAX_JOINED = 200;
/** Central bodies whose names end with no suffix of a body. */
const CENTRAL = /^(?:中共中央|中央|中共中央军委)$/;
/** A body, a central organ without a body's suffix, or a congress's session issuing its 决议. */
function isIssuerName(name: string): boolean {
  // (A reply's opening 对 addresses the congress or the 政协 it answers: "对政协魏县第十届委员会 …提案的答复".)
  if (/^[对對](?!外)/.test(name)) return false;
  return isDepartment(name) || CENTRAL.test(name) || /人民代表大会.{0,16}会议$/.test(name);
}

const ADOPTED_BY_MEETING = new RegExp(
  [
    '^《[^《》]{4,60}》(?:已|已经|已經|业经|業經)?(?:于|於)?[\\s\\S]{0,20}?日\\s*([\\u4e00-\\u9fff]{3,30}?)第[0-9０-９一二三四五六七八九十百]{1,5}次[\\u4e00-\\u9fff]{0,4}(?:会议|會議)(?:审议|審議|讨论|討論)?(?:通过|通過)[，,](?:现予|現予)(?:公布|公佈|发布|發布|印发|印發)',
    // Or a congress's order of words: "《…条例》已由江苏省第十届人民代表大会常务委员会第十八次会议于2005年9月23日修订通过,现将…公布".
    '^《[^《》]{4,60}》(?:已由|已經由|已经由)([\\u4e00-\\u9fff]{4,40}?)第[0-9０-９一二三四五六七八九十百]{1,5}次[\\u4e00-\\u9fff]{0,4}(?:会议|會議)(?:于|於)[^。]{4,20}?日(?:修订|修訂|修正)?通过[，,](?:现予|現予|现将|現將)[^。]{0,40}?(?:公布|发布|發布)',
  ].join('|'),
  'm',
);
/** A body of the state, named without a place: 农业部, 国家林业和草原局, 国家发展和改革委员会. */
const CENTRAL_BODY = /^(?:国家|國家)?[\u4e00-\u9fff]{2,10}(?:部|总局|總局|委员会|委員會)$|^(?:国家|國家)[\u4e00-\u9fff]{2,10}局$/;
const DECIDING_BODIES = /[，,]\s{0,2}([\u4e00-\u9fff、]{4,80}?)(?:研究)?(?:决定|決定)[，,]\s{0,2}(?:对|對|授予|给予|給予|表彰)/;
const ANNOUNCING_BODY = /[，,]\s*([\u4e00-\u9fff]{4,30}?)(?:特|现|現)(?:发布|發布)如下(?:公告|通告|命令)/;
const ACTING_BODY =
  /(?:^|[。，,])\s{0,2}([\u4e00-\u9fff]{4,30}?)(?:根据|根據|依据|依據|按照|依照)[^。\n]{4,200}?(?:现|現)(?:将|將)[^。\n]{0,20}?(?:通告|公告)如下/;
const OWN_COMMISSION = /^(?:.政府|国务院|國務院)(?:国资委|國資委)$/;
const LEAGUE = /^(?:共青团|共青團|中国共产主义青年团|中國共產主義青年團)$/;
/** Where a second body's name may begin inside joint issuers written without a break. */
const SECOND_BODY = new RegExp(
  `^(?:国务院|國務院|中共|中央|全国|全國|最高人民|国家|國家|(?:中国|中國)(?:人民银行|人民銀行|保险监督|保險監督|证券监督|證券監督|银行业监督|銀行業監督|银行保险监督|銀行保險監督|银保监会|銀保監會|证监会|證監會|保监会|保監會|银监会|銀監會)|${[
    // The State Council's ministries and agencies as joint notices name them (财政部 税务总局).
    '外交部|国防部|发展改革委|教育部|科技部|工业和信息化部|民族事务委员会|公安部|民政部|司法部|财政部|人力资源社会保障部',
    '自然资源部|生态环境部|住房城乡建设部|住房和城乡建设部|交通运输部|水利部|农业农村部|商务部|文化和旅游部|卫生健康委',
    '退役军人事务部|应急管理部|人民银行|审计署|国资委|海关总署|税务总局|市场监管总局|金融监管总局|银保监会|证监会',
    '广电总局|体育总局|统计局|医保局|林草局|粮食和储备局|能源局|国防科工局|烟草局|移民局|铁路局|民航局|邮政局|文物局|中医药局|药监局|知识产权局',
  ].join('|')}|(?!全面|依法)[\\u4e00-\\u9fff]{2,7}?(?:省|市|自治区|自治區|县|縣|区|區)(?:人民政府|政府|委员会|委員會|委)` +
    // The army's local organs, which sign beside the government they serve (湘西自治州人民政府湘西军分区).
    '|[\\u4e00-\\u9fff]{2,12}(?:人民武装部|人民武裝部|军分区|軍分區|警备区|警備區|军区|軍區)$)',
);

/**
 * "中共中央国务院", "财政部国家税务总局", "中共岳阳市委岳阳市人民政府": two bodies run together, split where
 * both halves are bodies and the second begins as a body's name does. One body's own name
 * (国务院办公厅, 国家税务总局江苏省税务局) has no such point.
 */
function splitRunTogether(name: string, known = new Map<string, string[]>()): string[] {
  if (name.length < 5 || name.length > MAX_JOINED) return [name];
  const seen = known.get(name);
  if (seen) return seen;
  // Joint departments of one place each begin with it (六安市裕安区财政局六安市裕安区工业和信息化局).
  // (Or name it by its level alone, as a province's own documents do: 省教育厅省财政厅.)
  const place = /^(?:省|市(?!场|場)|县|縣|区|區)/.exec(name)?.[0] ?? PLACE.exec(name)?.[1];
  let parts = [name];
  for (let at = name.length - 2; at >= 2; at--) {
    const first = name.slice(0, at);
    const rest = name.slice(at);
    // (共青团 opens a league committee's own name: 共青团榆林市委; a government's 国资委 is its own: 青海省政府国资委.)
    if (!isIssuerName(first) || LEAGUE.test(first) || OWN_COMMISSION.test(name.slice(at - 3))) continue;
    // (中央国家机关…: the central state organs' own office, one body.)
    if (first === '中央' && /^(?:国家机关|國家機關)/.test(rest)) continue;
    if (!(SECOND_BODY.test(rest) || (place && rest.startsWith(place)))) continue;
    const others = splitRunTogether(rest, known);
    if (others.every(isDepartment)) {
      parts = [...splitRunTogether(first, known), ...others];
      break;
    }
  }
  known.set(name, parts);
  return parts;
}

/** Where a body's name may begin: a line's start, a space, punctuation, or the words that put a body first (经, 由, 向). */
const NAME_START =
  '(?<=^|[\\s\\u3000，。、；：:,;()（）《》“”"【】\\[\\]]|经|經|由|向|请|請|报|報|送|在|与|與|和|及|对|對|会同|會同|联系|聯繫|省|自治区|自治區|中共)';

/** Words a sentence runs into a name that are no place's (…,落实市依法治市委员会…, 贯彻县委…). */
const NOT_A_PLACE =
  '(?!落实|落實|贯彻|貫徹|根据|根據|按照|依照|全面|加强|加強|推进|推進|建立|开展|開展|组织|組織|配合|协调|協調|会同|會同|提请|提請|报请|報請|围绕|圍繞)';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "省人民政府" in a document of 鄂政发〔2018〕26号 is 湖北省人民政府; "市人民政府" takes the city the
 * text names with a body of its own (XX市人民政府, XX市委).
 */
/** The characters of provinces' names that traditional script writes otherwise. */
const PROVINCE_TRADITIONAL: Readonly<Record<string, string>> = {
  龙: '龍',
  辽: '遼',
  广: '廣',
  壮: '壯',
  宁: '寧',
  维: '維',
  尔: '爾',
  内: '內',
  区: '區',
  贵: '貴',
  云: '雲',
  陕: '陝',
  苏: '蘇',
  东: '東',
  庆: '慶',
  肃: '肅',
};

/** Whether a document is written in traditional script, by its number (號, 發, 辦) or its opening. */
function writtenTraditional(docNumber: string | null, text: string): boolean {
  return /[號發辦區縣鎮鄉]/.test(docNumber ?? '') || detectScript(characterCensus(text.slice(0, 4000))) === 'traditional';
}

/** The characters of the names a number's code gives (provinces, 国务院, 办公厅) in traditional script. */
const NAME_TRADITIONAL: Readonly<Record<string, string>> = { ...PROVINCE_TRADITIONAL, 国: '國', 务: '務', 办: '辦', 厅: '廳' };

function traditionalName(name: string): string {
  return [...name].map((c) => NAME_TRADITIONAL[c] ?? c).join('');
}

/** A province's name (as PROVINCE_OF_ABBREVIATION gives it) in the script of the name it goes before. */
function inScriptOf(province: string, name: string): string {
  return /[區廳辦縣門會]/.test(name) ? [...province].map((c) => PROVINCE_TRADITIONAL[c] ?? c).join('') : province;
}

function withPlace(name: string, docNumber: string | null, text: string): string {
  // No place at all, as a copy that lost it prints (人民政府关于…): the one the number's code names.
  if (/^(?:人民政府|政府)/.test(name)) {
    const coded = docNumber ? issuerFromDocNumber(docNumber) : null;
    return coded?.endsWith(name.replace(/^政府/, '人民政府')) ? coded : name;
  }
  const provincial = /^(?:省|自治区|自治區)(?=委|政府|人民政府|人大)/.exec(name)?.[0];
  // A province's department by its short name (自治区卫生健康委): placed where the text prints its full name.
  const level = /^(?:省|自治区|自治區)/.exec(name)?.[0];
  if (!provincial && level && name.length <= 16 && isDepartment(name.slice(level.length))) {
    const province = mostNamedProvince(text);
    const placed = province ? `${province}${name.slice(level.length)}` : name;
    return [shortNameInFull(placed, text), placed].find((full) => full !== name && text.includes(full)) ?? name;
  }
  if (provincial) {
    const code = docNumber?.[0] ?? '';
    const province = PROVINCE_OF_ABBREVIATION[TRADITIONAL_CODE_CHARS[code] ?? code] ?? mostNamedProvince(text);
    // The place-less short form (省政府) is the government's full name once placed.
    return province ? `${inScriptOf(province, name)}${name.slice(provincial.length).replace(/^政府/, '人民政府')}` : name;
  }
  // A county's department by its short name (县住房和城乡建设局 in a portal's table): placed where the
  // text names it with its place, a place the text names apart from it too (东至县…, not 送到县…).
  const congress = /届|屆|人民代表大|人大|政协|政協/.test(name);
  if (/^[县縣区區](?!域|人民政府|委|政府)/.test(name) && !congress && name.length <= 14 && isDepartment(name.slice(1))) {
    const place = mostNamed(text, new RegExp(`([\\u4e00-\\u9fff]{2}${name[0]})${escapeRegExp(name.slice(1))}`, 'g'));
    // (Or a name that opens its own: "来源: 三江县财政局".)
    const opening = mostNamed(
      text,
      new RegExp(`${NAME_START}([\\u4e00-\\u9fff]{2}${name[0]})${escapeRegExp(name.slice(1))}`, 'gm'),
    );
    if (place && text.split(place).length - 1 > text.split(`${place}${name.slice(1)}`).length - 1)
      return `${place}${name.slice(1)}`;
    return opening ? `${opening}${name.slice(1)}` : name;
  }
  // A city's department by its short name (市民政局 signing a reply): not 市场…, 市容…, 市政… (words, not 市 and a name).
  const department = /^市(?!场|場|容|政|区|區)/.test(name) && name.length <= 14 && isDepartment(name.slice(1));
  if (/^(?:市|县|縣|区|區)(?:人民政府|委|政府)/.test(name) || department) {
    const unit = name[0] === '市' ? '市' : name[0] === '县' || name[0] === '縣' ? '[县縣]' : '[区區]';
    // Most city and county names are two characters (府谷县, 十堰市); the two before the unit are taken,
    // from the body's own name in full where the text gives it (襄阳市机关事务服务中心), else from its government's.
    // (Two characters a sentence runs into the name, 代表区人民政府, are no place: a place opens a name somewhere.)
    const own = mostNamed(
      text,
      new RegExp(`${NAME_START}${NOT_A_PLACE}([\\u4e00-\\u9fff]{2}${unit})${escapeRegExp(name.slice(1))}`, 'gm'),
    );
    // The place the number's code opens (連政發 → 連云港市, named in the text), before any other.
    const code = /^([\u4e00-\u9fff])(?:府|政)/.exec(docNumber ?? '')?.[1];
    const place =
      (code ? placeOfCode(code, unit, text, '人民政府|政府|委') : null) ??
      own ??
      mostNamed(
        text,
        new RegExp(`${NAME_START}${NOT_A_PLACE}([\\u4e00-\\u9fff]{2}${unit})(?:人民政府|委|政府|政协|政協)`, 'gm'),
      ) ??
      // Else the place that names the bodies of it the text gives (举报电话:秭归县农业综合执法大队).
      mostNamed(
        text,
        new RegExp(
          `${NAME_START}${NOT_A_PLACE}([\\u4e00-\\u9fff]{2}${unit})(?=[\\u4e00-\\u9fff]{1,12}?(?:局|委员会|委員會|办公室|辦公室|大队|大隊|中心|站|所))`,
          'gm',
        ),
      );
    // The place-less short form (县政府办公室) is the government's full name once placed.
    return place ? `${place}${name.slice(1).replace(/^政府/, '人民政府')}` : name;
  }
  return name;
}

/**
 * The place the text names, with what follows it (`after`), whose name opens with a number's code
 * (海 of 海府 → 海口市; 羅 of 羅府辦 → 深圳市羅湖區): the most named, or null.
 */
function placeOfCode(code: string, unit: string, text: string, after: string): string | null {
  return mostNamed(
    text,
    new RegExp(`${NAME_START}((?:[\\u4e00-\\u9fff]{2}市)?${code}[\\u4e00-\\u9fff]{1,3}?${unit})(?=${after})`, 'gm'),
  );
}

/** Cities whose document numbers open with a character not the first of their names (穗府 is 广州). */
const CITY_OF_CODE: Readonly<Record<string, readonly [simplified: string, traditional: string]>> = {
  穗: ['广州', '廣州'],
  榕: ['福州', '福州'],
  甬: ['宁波', '寧波'],
  邕: ['南宁', '南寧'],
  蓉: ['成都', '成都'],
  筑: ['贵阳', '貴陽'],
  並: ['太原', '太原'],
  并: ['太原', '太原'],
};

/**
 * A city's, county's or town's government by its number's code alone (海府〔2011〕33号, 富政办〔2005〕35号,
 * 聂府发〔2006〕5号): the one character opens the name of a place the text names (海口市人民政府工作规则,
 * 责任部门: 聂桥镇), or is the code of a city known by another one (穗府 → 广州市人民政府). Only where
 * nothing else names an issuer.
 */
function localGovernmentOfCode(docNumber: string, text: string): string | null {
  const code = /^([\u4e00-\u9fff])(?:府|政)(办|辦)?(?:发|發|函|字|文|明电|明電)?\s*[〔［[【(（﹝]/.exec(docNumber.trim());
  if (!code) return null;
  const [, first = '', office] = code;
  const known = CITY_OF_CODE[first];
  const traditional = writtenTraditional(docNumber, text);
  const unit = '(?:市|县|縣|区|區|镇|鎮|乡|鄉)';
  const place = known ? `${known[traditional ? 1 : 0]}市` : placeOfCode(first, unit, text, '人民政府|政府|委|[\\s:：，,。]|$');
  if (!place) return null;
  // (The rank of a city known by its code is its simplified name's: 廣州 is 广州.)
  const government = `${place}人民政府${office ? generalOffice(known ? `${known[0]}市` : place) : ''}`;
  return traditional ? traditionalName(government) : government;
}

/**
 * A provincial department by its number's code (吉财教指〔2016〕500号: 吉 and 财) and the short name the
 * text gives it (按照省财政厅、省教育厅联合制定…): 吉林省财政厅. Only where nothing else names an issuer.
 */
function provincialDepartmentOfCode(docNumber: string, text: string): string | null {
  const code = /^([\u4e00-\u9fff])([\u4e00-\u9fff])[\u4e00-\u9fff]{0,4}?\s*[〔［[【(（﹝]/.exec(docNumber.trim());
  const abbreviation = code?.[1] ?? '';
  const province = PROVINCE_OF_ABBREVIATION[TRADITIONAL_CODE_CHARS[abbreviation] ?? abbreviation];
  const first = code?.[2] ?? '';
  if (!province || /[府政办辦]/.test(first)) return null;
  const named = mostNamed(
    text,
    new RegExp(`(?:${province}|省|自治区|自治區)(${first}[\\u4e00-\\u9fff]{0,10}?(?:厅|廳|局|委员会|委員會))`, 'g'),
  );
  return named && isDepartment(named) ? `${inScriptOf(province, named)}${named}` : null;
}

/** A congress is the body whatever its term (务川…自治县第五届人民代表大会); a session of it keeps its name. */
function withoutTerm(name: string): string {
  return name.replace(/第[一二三四五六七八九十]{1,4}[届屆](?=(?:人民代表大会|人民代表大會)(?:常务委员会|常務委員會)?$)/, '');
}

/**
 * An autonomous county or prefecture by its short name (元江县人民政府) is named in full where the text
 * prints the full name (元江哈尼族彝族傣族自治县人民政府).
 */
function autonomousInFull(name: string, text: string): string {
  const short = /^([\u4e00-\u9fff]{2})([县縣州])(\S{2,20})$/.exec(name);
  if (!short || !text.includes('自治')) return name;
  const [, place, unit, rest] = short;
  return new RegExp(`${place}[\\u4e00-\\u9fff]{2,14}?自治${unit}${escapeRegExp(rest ?? '')}`).exec(text)?.[0] ?? name;
}

/** Autonomous regions as their short forms name them (广西自治区人民政府), with the nationality their names carry. */
const REGION_IN_FULL: Record<string, string> = {
  广西自治区: '广西壮族自治区',
  廣西自治區: '廣西壯族自治區',
  宁夏自治区: '宁夏回族自治区',
  寧夏自治區: '寧夏回族自治區',
  新疆自治区: '新疆维吾尔自治区',
  新疆自治區: '新疆維吾爾自治區',
};
const SHORT_REGION = new RegExp(`^(?:${Object.keys(REGION_IN_FULL).join('|')})`);

/**
 * A standing committee a title or head calls by its short name (天水市人大常委会) is named in full where
 * the text names it so, whatever the term (市第一届人民代表大会常务委员会); a sign-off's short name stands.
 */
function congressInFull(name: string, text: string): string {
  const short = /^(.+?)人大常(?:委|务委员|務委員)([会會])$/.exec(name);
  if (!short || !/人民代表大[会會]常[务務]委[员員][会會]/.test(text)) return name;
  return short[2] === '會' ? `${short[1]}人民代表大會常務委員會` : `${short[1]}人民代表大会常务委员会`;
}

/**
 * A body a title or head calls by its short name (淄博市地税局, 厦门火炬高新区管委会) is named in full
 * where the text names it so (淄博市地方税务局).
 */
function shortNameInFull(name: string, text: string): string {
  for (const [short, fulls] of SHORT_FORMS) {
    if (!name.includes(short)) continue;
    for (const full of fulls) {
      const named = name.replace(short, full);
      if (text.includes(named)) return named;
    }
  }
  return name;
}
/** The short forms of bodies' names, with the full forms they stand for. */
const SHORT_FORMS: ReadonlyArray<[string, string[]]> = [
  ['地税局', ['地方税务局']],
  ['地稅局', ['地方稅務局']],
  ['国税局', ['国家税务局']],
  ['國稅局', ['國家稅務局']],
  ['管委会', ['管理委员会']],
  ['管委會', ['管理委員會']],
  ['发改委', ['发展和改革委员会', '发展改革委员会']],
  ['發改委', ['發展和改革委員會', '發展改革委員會']],
  ['人社局', ['人力资源和社会保障局', '人力资源社会保障局']],
  ['住建局', ['住房和城乡建设局']],
  ['卫健委', ['卫生健康委员会', '卫生和计划生育委员会']],
  ['卫生健康委', ['卫生健康委员会']],
  ['衛生健康委', ['衛生健康委員會']],
  ['卫健局', ['卫生健康局']],
  ['市监局', ['市场监督管理局']],
  ['安委会', ['安全生产委员会']],
  ['安委會', ['安全生產委員會']],
  ['编委', ['机构编制委员会']],
  ['医保局', ['医疗保障局']],
  ['醫保局', ['醫療保障局']],
  ['资规局', ['自然资源和规划局']],
  ['科技厅', ['科学技术厅']],
  ['科技廳', ['科學技術廳']],
  ['科技局', ['科学技术局']],
  ['人社厅', ['人力资源和社会保障厅', '人力资源社会保障厅']],
  ['住建厅', ['住房和城乡建设厅']],
  ['工信厅', ['工业和信息化厅']],
  ['工信局', ['工业和信息化局']],
  ['疾控局', ['疾病预防控制局', '疾病預防控制局']],
  ['文明委', ['精神文明建设指导委员会', '精神文明建設指導委員會']],
  ['疾控中心', ['疾病预防控制中心', '疾病預防控制中心']],
];

/** A place's government is its 人民政府: "江苏省政府办公厅" is 江苏省人民政府办公厅 in full. */
function fullName(name: string): string {
  return (
    name
      .replace(SHORT_REGION, (short) => REGION_IN_FULL[short] ?? short)
      // (Not inside a short name that keeps 政府: 青海省政府国资委.)
      .replace(/^([\u4e00-\u9fff]{1,8}?(?:省|市|县|縣|区|區|自治区|自治區|州|盟|旗))政府(?!国资委|國資委)/, '$1人民政府')
  );
}

const PROVINCES = [...new Set(Object.values(PROVINCE_OF_ABBREVIATION))];

/**
 * A city's government is named without its province, as law databases prefix it (辽宁省沈阳市人民政府 is
 * 沈阳市人民政府, 云南省德宏傣族景颇族自治州人民政府办公室 the 州's).
 */
const PROVINCE_BEFORE_CITY = new RegExp(
  `^(?:${PROVINCES.join('|')})(?=[\\u4e00-\\u9fff]{2,12}?(?:市|州|盟|地区|地區|县|縣|旗)(?:人民政府|人民代表大会|人民代表大會))`,
);

/** A congress's standing committee is one body whichever its term (陕西省第十四届人民代表大会常务委员会). */
const TERM_OF_COMMITTEE = /第[一二三四五六七八九十]{1,4}[届屆](?=人民代表大[会會]常[务務]委[员員][会會])/;

/** A body's own name: without the province before its city, without its standing committee's term. */
function asBodyIsNamed(name: string): string {
  // Read in simplified script, which keeps every position: 遼寧省瀋陽市人民政府 too.
  const province = PROVINCE_BEFORE_CITY.exec(foldForSearch(name))?.[0].length ?? 0;
  return name.slice(province).replace(TERM_OF_COMMITTEE, '');
}

function mostNamedProvince(text: string): string | null {
  let best: string | null = null;
  let most = 0;
  for (const province of PROVINCES) {
    const n = text.split(province).length - 1;
    if (n > most) [best, most] = [province, n];
  }
  return best;
}

function mostNamed(text: string, pattern: RegExp): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(pattern)) {
    const place = m[1] ?? '';
    // Words of a sentence before 市委 (…服务中心在市委) are no place.
    if (
      /^[省市县縣区區]/.test(place) ||
      /^(?:各|全|本|我|该|該)/.test(place) ||
      /[在的和与與及由向对對为為爲从從是将將于於了已经經被请請报報经同]/.test(place)
    )
      continue;
    counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [place, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = place;
  return best;
}
