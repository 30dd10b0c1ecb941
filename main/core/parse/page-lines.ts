// What a web page adds around an official document: the portal's information table (索引号,
// 发文机关, 成文日期 …) and site chrome (来源, 浏览次数, 【字体：大 中 小】, 打印本页 …). Both are read
// here, for the HTML extractor's table cells and for the lines of text copied from such a page.

import { foldForSearch } from '../../../shared/search-fold.js';

/** The information-table fields the library keeps. */
export interface PageFields {
  title?: string;
  docNumber?: string;
  issuer?: string;
  /** 成文日期. */
  date?: string;
  /** 发文日期, 印发日期, 颁布日期 …: the document's date where no 成文日期 is printed beside it (a portal that prints both may date the issue later). */
  issuedDate?: string;
  publishedDate?: string;
  /**
   * 生成日期: the day the document was made on portals that print the day it was posted beside it
   * (生成日期 2006-11-28 公开日期 2008-03-19); the posting date where it stands alone.
   */
  generatedDate?: string;
  /** The office that put the page up (发布机构): the issuer only when nothing better says so. */
  publisher?: string;
  indexNumber?: string;
  topic?: string;
  validity?: string;
  /** 内容概况 / 内容概述 / 摘要: what a portal says the document is; its title where nothing else gives one. */
  summary?: string;
  /** 施行日期 / 生效日期, 失效日期, 废止日期: the page's own dates of the document's force. */
  effectiveOn?: string;
  expiresOn?: string;
  repealedOn?: string;
  /** 年度期数: the gazette issue a page prints the document in, whose table then dates the issue, not the document. */
  gazetteIssue?: string;
}
export type PageField = keyof PageFields;

/** Labels as portals print them (spaces removed), by field; 'other' labels are known but not kept. */
const LABELS: ReadonlyArray<[PageField | 'other', RegExp]> = [
  ['indexNumber', /^(?:索引号|索取号|信息索引号|信息索取号|索引號)$/],
  ['topic', /^(?:主题分类|主题类别|主题分類|主題分類|信息分类|信息类别|分类|类别|所属分类|主题)$/],
  [
    'issuer',
    /^(?:发文机关|發文機關|发文单位|發文單位|发文机构|發文機構|发文部门|制发机关|制发机构|制定机关|制定機關|成文机关|颁布机关|颁布机构|頒布機構|颁布单位|颁布部门)$/,
  ],
  // (A journal database's 作者单位 of a government document is the body that issued it.)
  ['publisher', /^(?:发布机构|发布机关|发布单位|公开主体|信息公开主体|发布部门|来自|作者单位)$/],
  ['date', /^(?:成文日期|成文時間|成文时间|公文生成日期)$/],
  [
    'issuedDate',
    /^(?:印发日期|发文日期|發文日期|发文时间|签发日期|颁布日期|頒布日期|颁布时间|頒布時間|答复日期|答复时间|答覆日期|答覆時間|公布日期|公佈日期)$/,
  ],
  ['generatedDate', /^(?:生成日期)$/],
  [
    'publishedDate',
    /^(?:发布日期|發布日期|发布时间|發布時間|发表时间|發表時間|发表日期|發表日期|公开日期|公开日|公开时间|公布时间|添加日期|添加时间|上传日期|上传时间|编稿时间|发稿时间|录入时间)$/,
  ],
  ['title', /^(?:标题|標題|文件名称|名称|文件标题|信息名称|发文标题|法规标题|法规名称|词条|詞條)$/],
  [
    'docNumber',
    /^(?:发文字号|發文字號|文号|文號|文件号|文件號|发文号|发文文号|发布文号|文件编号|文件字号|文书编号|政府发文编号|发文序号|发文编号|發文編號)$/,
  ],
  ['validity', /^(?:时效性|時效性|有效性|效力状态|效力状况|效力|时效|公文时效|是否有效|有效状态|有效性状态|生效状态|状态)$/],
  ['summary', /^(?:内容概述|内容概况|内容概要|摘要)$/],
  ['gazetteIssue', /^(?:年度期数|期数|刊期|总期数|总期刊数)$/],
  ['effectiveOn', /^(?:施行日期|实施日期|生效日期|实施时间)$/],
  ['expiresOn', /^(?:失效日期|失效时间)$/],
  ['repealedOn', /^(?:废止日期|废止时间)$/],
  [
    'other',
    /^(?:主题词|主題詞|关键词|關鍵詞|效力级别|效力等级|题注|題注|著录日期|著录时间|公开方式|公开范围|公开形式|公开程序|公开时限|体裁分类|规划分类|文件分类|联合发文单位|首选类别|次选类别|其它类别|其他类别|法规层次|关键字|体裁|组配分类|服务对象|本文简介|简介|统一编号|登记号|统一登记号|规范性文件登记号|登记编号|备案号|备案编号|有效期|所属机构|所属类别|文件来源|公文种类|文种|文件类别|文件类型|公文类别|公文类型|文件状态|归档时间|归档日期|公开目录|公开责任部门|责任部门|政策解读|相关解读|政策解读链接|解读链接|本文链接|本文关键词|本文标签|原文链接|原文地址|标签|来源|来源于|信息来源|文章来源|稿件来源|作者|编辑|责任编辑|审核|浏览次数|浏览量|点击数|点击量|点击率|阅读次数|访问次数|访问量|更新时间|时间|日期|字号|字体|分享到|文章出处|出处|法规类型|所属行业|所属区域|阅读人次|评论人次|页面功能|发文内容|法规内容|法规来源|建议人|提案人|领衔人|领衔代表|主办单位|协办单位|承办单位|会办单位|会办|交办日期|答复内容|建议内容|提案内容|办理时间|办理类型|答复类型|办理状态|转发字号|转发说明|法规分类|法规类别|效力位阶|适用范围|分类词|文件下载|栏目|所属栏目|信息栏目|属性|专业属性|备注|释义|釋義|政策来源|所属类型|适用地区|适用领域|上传机构|产出机构|主办|承办)$/,
  ],
];

/** Every label by itself, for one lookup per label (the patterns above list words, nothing else). */
const FIELD_OF_LABEL = new Map(
  LABELS.flatMap(([field, pattern]) =>
    pattern.source
      .replace(/^\^\(\?:|\)\$$/g, '')
      .split('|')
      .map((label) => [label, field] as const),
  ),
);

/** The field a label names, 'other' for a label of page chrome or an unkept field, null for no label. */
export function labelField(label: string): PageField | 'other' | null {
  if (label.length > 40) return null;
  // Two labels for one cell ("备注/文号"): the field kept, if either names one.
  const parts = label.split(/[/／]/);
  if (parts.length === 2) {
    const fields = parts.map(labelField);
    return fields.find((f) => f !== null && f !== 'other') ?? (fields.includes('other') ? 'other' : null);
  }
  // (A label numbered among its kind, 主題(一) / 主題(二), is the kind's.)
  const bare = label.replace(/[\s\u3000:：]/g, '').replace(/[（(][一二三四五六七八九十1-9][)）]$/, '');
  // Labels in traditional script (發布機構, 文件名稱) are read as their simplified forms.
  return FIELD_OF_LABEL.get(bare) ?? FIELD_OF_LABEL.get(foldForSearch(bare)) ?? null;
}

/** A label with its colon at the start of a line, spaced out as tables print them (索 引 号：, 標       題：). */
const LABEL_AT = /^([\u4e00-\u9fff](?:(?:[ \u3000]{0,12}|[/／])[\u4e00-\u9fff]){1,8})[ \u3000]*[:：][ \u3000]*/;
/** Labels inside a line after a value: two spaces, a tab or a bracket before them. */
const NEXT_LABEL =
  /(?:\t|[ \u3000]{2,}|[ \u3000]+[-•·][ \u3000]+|[ \u3000]+(?=[\u4e00-\u9fff](?:[ \u3000]{0,12}[\u4e00-\u9fff]){1,8}[ \u3000]*[:：])|[【［[|｜])([\u4e00-\u9fff](?:[ \u3000]{0,12}[\u4e00-\u9fff]){1,8})[ \u3000]*[:：][ \u3000]*/g;

/** Labels long enough to be found run into the text around them, in either script. */
const RUN_IN_LABELS =
  '文件名称|文件名稱|效力状态|效力狀態|发文机关|發文機關|发文机构|發文機構|发文单位|發文單位|发布机构|发文字号|發文字號|发文日期|發文日期|成文日期|成文时间|发布日期|發布日期|发布时间|施行日期|实施日期|生效日期|时效性|時效性|有效性|效力级别|效力級別|效力等级|效力等級|索引号|索引號|主题分类|主題分類|发布机构|發布機構|发布部门|發布部門|公布日期|實施日期';

/** A long label run into the value before it ("发文单位:河池市人民政府成文日期:2021年12月30日"). */
const GLUED_LABEL = new RegExp(`(?<=[^\\s【［[|｜])(?=(?:${RUN_IN_LABELS})[ \\u3000]*[:：])`, 'g');

/** A run-in label that ends a longer one the line opens with (信息索引号): no label of its own. */
function insideLongerLabel(line: string, at: number): boolean {
  const label = /^[\u4e00-\u9fff]{1,4}/.exec(line.slice(0, at))?.[0];
  const rest = /^[\u4e00-\u9fff]+/.exec(line.slice(at))?.[0] ?? '';
  return label !== undefined && label.length === at && labelField(`${label}${rest}`) !== null;
}

export interface PageLine {
  /** Fields with their values; a label with no value on the line names the field the next line holds. */
  fields: Array<[PageField | 'other', string]>;
}

/**
 * A line made of "label：value" pairs whose labels all belong to a page ("索 引 号：000014349/2018-00218
 * 主题分类：财政", "来源：市政府办公室  发布时间：2019-01-02  浏览次数：123"), or null for any other line.
 */
const POSTED_AFTER_WIDGET =
  /^[\s\u3000]*(?:(?:文字|字号|字號|字体|字體)[:：]?[\s\u3000]{0,2}(?:[[［【]?[大中小][\]］】]?[\s\u3000]{0,2}){3}|(?:https?:)?\/\/[a-z0-9.-]{2,40}\.[a-z]{2,6}(?:\/\S{0,60})?)[\s\u3000]{1,4}((?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[\s\u3000]{1,2}\d{1,2}:\d{2}(?::\d{2})?)?)/i;
const FORCE_BEFORE_FIELDS =
  /^[\s\u3000]*【?(全文废止|全文廢止|全文失效|全文有效|部分失效|部分废止|部分廢止|现行有效|現行有效|已废止|已廢止|已失效)】?[\s\u3000]+(?=[\u4e00-\u9fff]{2,8}[:：])/;

export function readPageLine(raw: string): PageLine | null {
  if (raw.length > 240) return null;
  // A spaced label whose spaces a copy partly lost to question marks: "索 ?引 ?號:", "主 ?題 ?詞:".
  const line = raw.replace(/(?<=[\u4e00-\u9fff][ \u3000])[?？](?=[\u4e00-\u9fff])/g, '');
  if (/[|｜]/.test(line)) return readCells(line);
  // A page's posting day after its font buttons or its address, before its counters: "文字:[大][中][小] 2022/12/2
  // 瀏覽次數:1315", "//heihe.dbw.cn  2018-03-15 10:28:44".
  const posted = POSTED_AFTER_WIDGET.exec(line);
  if (posted?.[1]) {
    const after = line.slice(posted[0].length).trim();
    const more = after === '' ? null : readPageLine(after);
    if (after === '' || more) return { fields: [['publishedDate', posted[1]], ...(more?.fields ?? [])] };
  }
  // A database's mark of the text's force before its fields: "全文废止 成文日期:2011-12-31".
  const force = FORCE_BEFORE_FIELDS.exec(line);
  const fielded = force ? readPageLine(line.slice(force[0].length)) : null;
  if (force?.[1] && fielded) return { fields: [['validity', force[1]], ...fielded.fields] };
  // A value with its label in brackets after it: "济南市人民政府(颁布单位)", "19911102(颁布时间)".
  const labelAfter = /[)）]\s*$/.test(line)
    ? /^[\s\u3000]*([^（()）]{1,60}?)[\s\u3000]*[（(]([\u4e00-\u9fff]{2,6})[)）][\s\u3000]*$/.exec(line)
    : null;
  const fieldAfter = labelAfter?.[2] ? labelField(labelAfter[2]) : null;
  if (labelAfter?.[1] && fieldAfter) return { fields: [[fieldAfter, cleanValue(labelAfter[1])]] };
  // Or a label with its value in brackets after it: "发布日期(2024-01-29)".
  const valueAfter = /^[\s\u3000]*([\u4e00-\u9fff]{2,6})[（(]([^（()）]{4,40})[)）][\s\u3000]*$/.exec(line);
  const fieldBefore = valueAfter?.[1] && /\d/.test(valueAfter[2] ?? '') ? labelField(valueAfter[1]) : null;
  if (valueAfter?.[2] && fieldBefore) return { fields: [[fieldBefore, cleanValue(valueAfter[2])]] };
  // 【发布文号】新政发[1994]103号 【发布日期】1994-12-06; a list's "3. [发文单位] 北京市西城区人民政府".
  const listed = line.replace(/^[\s\u3000]*(?:\d{1,2}[.、．]|[-•·●◆■])\s*(?=[【［[])/, '');
  if (/^[【［[]/.test(listed)) {
    // (Spaces inside the brackets too: "[ 成文日期 ] 2023-02-21 [ 发布日期 ] 2023-02-28".)
    const parts = listed
      .split(/[【［[][ \u3000]*([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,10}[\u4e00-\u9fff])[ \u3000]*[】］\]]/)
      .slice(1);
    const fields: PageLine['fields'] = [];
    const database = listed.startsWith('【');
    for (let i = 0; i < parts.length; i += 2) {
      const field = labelField(parts[i] ?? '');
      if (!field) break;
      fields.push([database ? databaseField(parts[i] ?? '', field) : field, cleanValue(parts[i + 1] ?? '')]);
    }
    if (fields.length > 0 && fields.length * 2 === parts.length) return { fields };
  }
  const text = line
    .replace(/^[-•·●◆■□*\s]+/, '')
    .replace(/^[【［[]|[】］\]]$/g, '')
    .replace(GLUED_LABEL, (_, at: number, whole: string) => (insideLongerLabel(whole, at) ? '' : '\t'));
  const first = LABEL_AT.exec(text);
  if (!first?.[1]) return readSpacedPairs(text) ?? readGluedPair(text);
  const firstField = labelField(first[1]);
  if (!firstField) return null;
  const fields: PageLine['fields'] = [];
  const labels: string[] = [first[1]];
  let label: PageField | 'other' = firstField;
  // From the colon on: the spaces after an empty value set off the label that follows ("主题词: 发布机构: …").
  const afterColon = (match: RegExpExecArray) => match.index + match[0].replace(/[ \u3000]+$/, '').length;
  let from = afterColon(first);
  NEXT_LABEL.lastIndex = from;
  for (let m = NEXT_LABEL.exec(text); m; m = NEXT_LABEL.exec(text)) {
    // A label of the table's that is not known, left empty at the end of the line ("… 统一登记号:"), is a field of its own.
    const emptyAtEnd = m.index + m[0].length >= text.trimEnd().length;
    const next = labelField(m[1] ?? '') ?? (emptyAtEnd ? 'other' : null);
    if (!next) {
      // A value's words taken for a label ("办公室文件 发布日期"): look again from the next character.
      NEXT_LABEL.lastIndex = m.index + 1;
      continue;
    }
    fields.push([label, cleanValue(text.slice(from, m.index))]);
    labels.push(m[1] ?? '');
    label = next;
    from = afterColon(m);
    NEXT_LABEL.lastIndex = from;
  }
  fields.push([label, cleanValue(text.slice(from))]);
  return { fields: datedWithNumber(fields, labels) };
}

/** A bare 日期 in a row with the document's number or issuer (发文部门 … 发文字号 … 日期) is the day it was issued. */
function datedWithNumber(fields: PageLine['fields'], labels: string[]): PageLine['fields'] {
  if (!fields.some(([field]) => field === 'docNumber' || field === 'issuer')) return fields;
  return fields.map(([field, value], i) =>
    field === 'other' && /^日[\s\u3000]*期$/.test(labels[i] ?? '') ? ['issuedDate', value] : [field, value],
  );
}

/**
 * A law database's fields run into the line after the title, each in 【】, the last running on into
 * the text: "…的决定(2018)【发文字号】…公告第4号【发布部门】…【公布日期】2018.04.03【时效性】现行有效【效力级别】…".
 * The fields of two or more known labels, each value short enough to be one; null for any other line.
 */
export function readBracketedRun(line: string): PageLine | null {
  if (!line.includes('】')) return null;
  const parts = line.split(/【([\u4e00-\u9fff]{2,8})】/);
  if (parts.length < 5) return null;
  const fields: PageLine['fields'] = [];
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const field = labelField(parts[i] ?? '');
    if (!field) return null;
    const value = cleanValue(parts[i + 1] ?? '');
    if (field !== 'other' && value.length <= 60) fields.push([databaseField(parts[i] ?? '', field), value]);
  }
  return fields.length >= 2 ? { fields } : null;
}

/**
 * A law database's 【发布日期】 is the day the document was issued (the database records documents,
 * not pages); a portal's 发布日期 is the day its page went up.
 */
function databaseField(label: string, field: PageField | 'other'): PageField | 'other' {
  return field === 'publishedDate' && /^(?:发布日期|發布日期)$/.test(label.replace(/[\s\u3000]+/g, '')) ? 'issuedDate' : field;
}

/** A label without the brackets some portals draw round it: "[ 成文日期 ]" is 成文日期. */
export function withoutLabelBrackets(label: string): string {
  return label.replace(/^[[［【]\s*([^\]］】]{2,12}?)\s*[\]］】]$/, '$1');
}

/** A table row copied with its rules: "文号 | 汉政办发〔2021〕88号 | 成文日期: | 2021年09月28日 |". */
function readCells(line: string): PageLine | null {
  const cells = line
    .split(/[|｜]/)
    // A label in the brackets some portals draw round it: "[ 发文字号 ] | 木洞府发〔2024〕2号 |".
    .map((cell) => withoutLabelBrackets(cell.trim()))
    // "发文字号:潞城政发〔2022〕7号" in one cell: the label's cell, then the value's.
    .flatMap((cell) => {
      const m = /^([^:：]{2,12})[:：]\s*(.+)$/.exec(cell);
      return m?.[1] && m[2] && labelField(m[1]) ? [m[1], m[2]] : [cell];
    });
  const fields: PageLine['fields'] = [];
  for (let i = 0; i < cells.length; i++) {
    const field = labelField(cells[i] ?? '');
    if (!field) continue;
    const next = cells[i + 1] ?? '';
    const value = labelField(next) ? '' : next;
    fields.push([field, cleanValue(value)]);
    if (value !== '') i++;
  }
  return fields.length > 0 && labelField(cells.find((cell) => cell !== '') ?? '') ? { fields } : null;
}

/** "索引号 001008003004034/2011-204477 主题分类 综合类": labels and values apart by spaces, no colons. */
function readSpacedPairs(text: string): PageLine | null {
  const tokens = joinSpacedLabels(text.split(/[\s\u3000]+/).filter(Boolean));
  const fields: PageLine['fields'] = [];
  for (let i = 0; i < tokens.length; ) {
    const field = labelField(tokens[i] ?? '');
    if (!field) return null;
    const value: string[] = [];
    for (i++; i < tokens.length && !labelField(tokens[i] ?? ''); i++) value.push(tokens[i] ?? '');
    fields.push([field, value.join(' ')]);
  }
  // One pair is a table row only when its label names a field kept (标题, 发文字号 …), or is a long
  // label no sentence opens with (内容概况, 公开范围).
  const single = fields.length === 1 ? tokens[0] : undefined;
  const tableWord = (label: string) =>
    label.length >= 4 || /^(?:主题词|主題詞|关键词|關鍵詞|关键字|關鍵字|浏览量|瀏覽量)$/.test(label);
  const enough = fields.length >= 2 || (single !== undefined && (fields[0]?.[0] !== 'other' || tableWord(single)));
  // (Two labels or more are a row even where every value is empty: "文号 浏览量".)
  return enough && (fields.length >= 2 || fields.some(([, value]) => value !== '')) ? { fields } : null;
}

/** Labels a law database or portal runs into their values ("发文字号国函〔2008〕2号", "時效性現行有效"). */
/** Short labels a table spaces out to the width of the long ones (文    号, 分    类): known by their spaces. */
const SPACED_SHORT_LABELS = ['索引号', '索引號', '文号', '文號', '分类', '分類', '标题', '標題', '名称', '名稱']
  .map((label) => [...label].join('[ \\u3000]+'))
  .join('|');
/** 文号 unspaced, known by the number it runs into ("文号前府办发〔2025〕2号"). */
const GLUED_NUMBER_LABEL = '(?:文号|文號)(?=[\\u4e00-\\u9fff]{1,12}[〔［\\[(（【﹝](?:19|20)\\d{2})';
const GLUED = new RegExp(`(${RUN_IN_LABELS}|${SPACED_SHORT_LABELS}|${GLUED_NUMBER_LABEL})(?=[^\\s:：])`, 'g');
const DATED = /^(?:19|20)\d{2}\s*[年\-./]/;

/** Fields whose labels run into their values, one or several to a line, each value of its label's kind. */
function readGluedPair(text: string): PageLine | null {
  const line = text.trim();
  const parts = line.split(GLUED).slice(1);
  if (parts.length < 2 || !line.startsWith(parts[0] ?? '\u0000')) return null;
  const fields: PageLine['fields'] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const label = parts[i] ?? '';
    const field = labelField(label);
    const value = (parts[i + 1] ?? '').trim();
    if (!field || value === '' || value.length > 40) return null;
    if (/日期$/.test(label) !== DATED.test(value)) return null;
    if (field === 'docNumber' && !/[号號]$/.test(value)) return null;
    if (/[，。,；;]/.test(value)) return null;
    fields.push([field, cleanValue(value)]);
  }
  return { fields };
}

/** Fewer labels than this in a row are not a table's header. */
const MIN_HEADER_LABELS = 3;

/**
 * A table printed as a header row and a row of values, as some portals put it under the text:
 * "索 引 号 文 号 发布机构 发布日期" then "N001-2011-000627 宛政〔2011〕7号 南阳市人民政府办公室 2011-03-04".
 * The labels of the row, or null when the line is not one.
 */
export function readLabelRow(line: string): Array<PageField | 'other'> | null {
  if (line.length > 120 || /[:：]/.test(line)) return null;
  const labels = joinSpacedLabels(line.split(/[\s\u3000]+/).filter(Boolean)).map(labelField);
  if (labels.length < MIN_HEADER_LABELS || labels.some((l) => l === null)) return null;
  return labels as Array<PageField | 'other'>;
}

/** A label spaced out to the table's width (标   题, 索 引 号) is one token. */
function joinSpacedLabels(tokens: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const width = [3, 2].find((n) => {
      const run = tokens.slice(i, i + n);
      return run.length === n && run.every((t) => t.length === 1) && labelField(run.join('')) !== null;
    });
    joined.push(width ? tokens.slice(i, i + width).join('') : (tokens[i] ?? ''));
    if (width) i += width - 1;
  }
  return joined;
}

function cleanValue(value: string): string {
  const cleaned = value
    // A forum's print link after the value: "…的獎勵公告 [打印本頁]".
    .replace(/\s*[[［【](?:打印本页|打印本頁|打印|列印|关闭|關閉|收藏)(?:[\]］】]|$)\s*/g, ' ')
    .replace(/[［[【]((?:19|20)\d{2})[］\]】]/g, '〔$1〕')
    // A site's tag before a title cell ("【已失效】惠州市人民政府关于…"): no part of the value.
    // (An interpretation's label is: "【文稿解读】…实施方案"; the title decides whether it stays.)
    .replace(/^\s*【(?![^【】]{0,4}(?:解读|解讀)】)[^【】\d]{1,8}】\s*(?=\S)/, '')
    // Or a mirror's tag of the place the title names next ("[重庆]重庆市江津区人民政府…").
    .replace(/^\s*[[［]([\u4e00-\u9fff]{2,4})[\]］]\s*(?=\1)/, '')
    // Brackets set off cells; inside a quoted title they are its own ("…操作规程[试行]》"), and so
    // are an interpretation label's.
    .replace(/《[^《》]*》|^\s*【[\u4e00-\u9fff]{0,4}(?:解读|解讀)】|[^《]+?(?=《|$)|《/g, (part) =>
      (part.startsWith('《') && part.endsWith('》')) || part.endsWith('】') ? part : part.replace(/[【】［］[\]|｜]/g, ' '),
    )
    // The next attribute's bullet, where a line break fell between it and its label.
    .replace(/[•·]$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A database's placeholder for a field it does not have: 暂无信息, NULL.
  if (/^[:：]?\s*(?:暂无信息|暫無信息|暂无|暫無|NULL|null|无|無|-{1,3}|—{1,2}|\/)$/.test(cleaned)) return '';
  // An empty field's label with no colon after the value ("2001-1-13 失效时间"): no part of it.
  const trailing = / ([\u4e00-\u9fff]{2,6})$/.exec(cleaned);
  return trailing?.[1] && labelField(trailing[1]) !== null ? cleaned.slice(0, trailing.index) : cleaned;
}

/** Tokens of site chrome: font-size switches, print and close buttons, share rows, QR hints, downloads. */
const CHROME_TOKEN =
  /【?[[［]?(?:字体|字號|字号|文字)[:：]?\s*[【[［]?大[】\]］]?\s*[【[［]?中[】\]］]?\s*[【[［]?小[】\]］]?[】\]］]?|打印本页|打印本頁|友善列印|友善打印|列印本頁|列印|打印此页|打印文章|打印页面|关闭窗口|關閉窗口|关闭本页|关闭|打印|收藏本页|加入收藏|收藏|返回顶部|返回首页|返回列表|返回上一页|返回|扫一扫在手机上?(?:打开|查看|浏览|阅读)当前页面?|用手机扫描二维码|手机扫一扫|分享到[:：]?|分享|微信|微博|QQ空间|视力保护色|我要纠错|纠错|下载地址[:：]?|点击此处下载|点击下载|附件下载|保存本页|版权所有|主办单位|承办单位|扫描二维码|关注我们|相关推荐|猜你喜欢|大家正在看|无障碍浏览|无障碍阅读|无障碍|退出长者模式|退出关怀模式|退出关怀版|长者模式|关怀模式|关怀版|扫一扫|论坛币|返回主网站|返回主站|繁体版|简体版|繁體版|簡體版|个人中心|用户中心|会员中心|登录|注册|查看更多图片|图片|圖片|下载本页|下载本文|下载全文|阅读全文|展开全文|查看原文|阅读原文|打开[\u4e00-\u9fffA-Za-z]{0,6}(?:新闻|APP|App|app|客户端)|上一篇|下一篇|上一主题|下一主题|上一主題|下一主題|倒序浏览|倒序瀏覽|只看该作者|只看該作者|评论|举报|舉報|相关|相關|下载|下載|技术支持|网站地图|联系我们|关于我们|分类导航|网站导航|栏目导航|导航|站内搜索|全站搜索|高级搜索|搜索|默认|大|中|小|[【】〖〗[\]［］|｜:：>＞»·•、\s]/gu;
/** A line of a site's footer: "苏ICP备05086717号-1", "技术支持:…". */
const SITE_FOOTER = /ICP[备備]|公网安备|公網安備|网站标识码|網站標識碼|^(?:技术支持|技術支持|网站地图|網站地圖)[:：]/;
const CONTACT_LABEL = /(?:地址|联系电话|聯繫電話|联系邮箱|聯繫郵箱|电子邮箱|電子郵箱|邮编|郵編|传真|傳真)[:：]/g;

/**
 * Contacts in a row ("地址: … 联系邮箱: … 联系电话: …"): a site's footer, or the document's own contact
 * line — text either way, but no signature.
 */
export function isContactLine(line: string): boolean {
  return line.length <= 160 && (line.match(CONTACT_LABEL)?.length ?? 0) >= 2;
}

/** A site's column the page sits in, on a line of its own above the title (通知公告, 政策文件): no title's first line. */
export function isSiteColumn(line: string): boolean {
  return SITE_COLUMN.test(foldForSearch(line.trim()));
}

const SITE_COLUMN =
  /^(?:通知公告|通知通告|公告公示|公示公告|通告公告|公告通知|最新公告|最新通知|政策文件|政策法规|政策发布|文件通知|政府文件|部门文件|规范性文件|政务公开|政府信息公开|新闻动态|工作动态|新闻资讯|政府公报|文件解读|政策解读|政府信息公开(?:指南|制度|年报|目录|规定)|政府信息|公开指南|公开制度|公开年报|法定主动公开内容|重点领域信息公开|重点领域|信息公开|依申请公开)$/;
const DOC_SHARE_NOTICE =
  /^[[［【]?(?:免责声明|免責聲明)[\]］】]?[:：]?\s*(?:本文|本站|本网|本網|文章)|下载文档前请自行甄别|仅部分预览|文档侵犯您的权益|本站不保证下载资源|^(?:合集下载|文章属性|文章屬性|相关文档|相關文檔|最新文档|最新文檔|最佳回答|最佳答案|推荐答案|推薦答案|满意答案|滿意答案)$|^原创(?:[\s\u3000]+\S.{0,30}|(?=\S*(?:发布|發布|微信|公众号|融媒))\S{2,30})$/;

const DOC_SHARE_CHROME =
  /^(?:海报|海報|侵权投诉|侵權投訴|VIP专免|VIP專免|购物车|購物車|我的足迹|我的足跡|立即下载|立即下載|下载本文档|下載本文檔|全文预览已结束|全文預覽已結束|[0-9]{1,5}[\s\u3000]{0,2}(?:页|頁)|[0-9]{1,5}(?:\.[0-9]{1,2})?[\s\u3000]{0,2}[KMG]B|[0-9]{1,4}\+)$|^加入\s{0,2}VIP\s{0,2}免费下载/i;

/** What a breadcrumb is labelled with. */
const BREADCRUMB_LABEL = '(?:您的位置|你的位置|当前位置|您的当前位置|你的当前位置|您现在的位置|你现在的位置|所在位置)';
const BREADCRUMB = new RegExp(
  `^(?:${BREADCRUMB_LABEL}|位置)(?:[:：]|$|[\\s\u3000]+(?:首页|网站首页|主页)(?:[\\s\u3000]|$))|^(?:首页|网站首页|主页)\\s*(?:-?[>＞»→]|[/／](?:[^/／]{1,16}[/／]){1,8}[^/／]{0,16}$|[-—|｜]\\s*[^\\s。，,；;]{2,16}(?:\\s*[-—|｜]\\s*[^\\s。，,；;]{2,16}){0,6}$)`,
);

/** A breadcrumb's label with its trail on the next line ("您的当前位置:" over "省人大颁布的地方法规"). */
export function isBreadcrumbLabel(line: string): boolean {
  return new RegExp(`^${BREADCRUMB_LABEL}[:：]?$`).test(foldForSearch(line.trim()));
}

/** A site's title line, its words run together with separators and its domain at the end. */
const SITE_TITLE = /^[^。，,；;：:]{4,100}[|｜\-—_][\s\u3000]*(?:www\.)?[a-z0-9-]+\.(?:com|cn|net|org)(?:\.cn)?[\s\u3000]*$/i;
/** A gazette's issue the document was printed in: "黄山市人民政府公报(2004年第7号)", "国务院公报 2019年第5期". */
const GAZETTE_ISSUE =
  /^\S{2,30}(?:政府|政府办公厅|人民代表大会常务委员会|人大常委会|國務院|国务院)公[报報][\s\u3000]*[（(]?[\s\u3000]*(?:19|20)\d{2}[\s\u3000]*年[\s\u3000]*第[\s\u3000]*\d{1,3}(?:[、,，-]\d{1,3})?[\s\u3000]*[号號期][)）]?$/;

/** A gazette's issue the page heads the document with ("青岛市人民政府公报(2019年第3、4期)"), or null. */
export function gazetteIssueOf(line: string): string | null {
  return GAZETTE_ISSUE.test(line.trim()) ? line.trim() : null;
}
/** A news agency's byline on its own line. */
const NEWS_AGENCY =
  /^(?:新华社|新華社|中新社|人民网|人民網|新华网|新華網|中国新闻网|中國新聞網|央视网|央視網|人民日报|人民日報)$/;
/** A news agency's dateline on its own line: "新华社北京11月8日电", "中新网北京4月26日电(记者 王 )". */
const NEWS_DATELINE =
  /^(?:新华社|中新社|新华网|人民网|中新网|中国新闻网|央视网|光明网|中国网|人民日报)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:电|讯)(?:[(（]\s*记者[^)）]{0,20}[)）])?$/;
/** A breadcrumb of two steps: a site and a section. */
const SHORT_TRAIL = /^[\u4e00-\u9fff]{2,10}[\s\u3000]*[>＞»][\s\u3000]*[\u4e00-\u9fff]{2,10}$/;

/** An article's credits: "责任编辑 王吉丰", "编辑:刘玉霞 审核:". */
const CREDITS =
  /^(?:(?:责任编辑|責任編輯|编辑|編輯|责编|責編|审核|審核|校对|校對|终审|終審|初审|初審|编审|編審|记者|記者|摄影|攝影)[:：]?[\s\u3000]*[\u4e00-\u9fff·]{0,4}[\s\u3000]*){1,4}$/;

/** A line of site chrome: a breadcrumb, credits, or nothing but chrome tokens. */
export function isChromeLine(line: string): boolean {
  if (line.length > 120) return false;
  if (isChromeAsWritten(line)) return true;
  // A page in traditional script prints the same chrome (打開網易新聞查看更多圖片, 首頁 > 政務公開).
  const simplified = foldForSearch(line);
  return simplified !== line && isChromeAsWritten(simplified);
}

function isChromeAsWritten(line: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(line)) return true;
  // An address a copy stamped into the text ("Original URL: http://…"), with no Chinese to it; a site's
  // title line ending in its domain (…-五人制足球场划线|www.jncul.com); a two-step trail (黑龍江網 > 大慶).
  if (/https?:\/\//.test(line) && !/[\u4e00-\u9fff]/.test(line)) return true;
  if (
    SITE_TITLE.test(line) ||
    SHORT_TRAIL.test(line.trim()) ||
    // A site's welcome: "欢迎来到天天文库", "歡迎光臨…".
    /^(?:欢迎|歡迎)(?:来到|來到|光临|光臨|访问|訪問)[\u4e00-\u9fffA-Za-z0-9]{2,20}[!！]?$/.test(line.trim()) ||
    GAZETTE_ISSUE.test(line.trim()) ||
    // A sharing site's page images and their count: "黃石市最低生活保障審核確認_第4頁", "第1页 / 共8页", "1 / 7".
    /^\S.{0,80}?_第\s*\d{1,4}\s*[页頁]$|^第\s*\d{1,4}\s*[页頁]\s*[/／]\s*共\s*\d{1,4}\s*[页頁]$|^\d{1,4}\s*[/／]\s*\d{1,4}$/.test(
      line.trim(),
    ) ||
    /^已[阅閱][读讀]\s*\d{1,4}\s*[页頁]/.test(line.trim()) ||
    // A sharing site's line about who uploaded the file and when: "上传人:xxj16588 2016/3/21 文件大小:0 KB".
    /^(?:上传人|上傳人|上传者|上傳者|上传用户|上傳用戶|上传时间|上傳時間|贡献者|貢獻者)[:：]/.test(line.trim()) ||
    // A link to the site's neighbouring page: "上一篇:关于北京钟鼓楼…的批复", "下一條:…".
    /^(?:上一篇|下一篇|上一條|下一條|上一条|下一条|上篇|下篇|前一篇|后一篇|後一篇)[\s\u3000]*[:：]/.test(line.trim()) ||
    // A law database's note of what repealed or amended the text: "*注:本篇法规已被:…的决定(发布日期:…)修改".
    /^\*?[\s\u3000]*注[:：][\s\u3000]*本篇法规已被/.test(line.trim()) ||
    // A site's hot searches: "推广 热搜: 民法  工伤  人民法院 …".
    /^(?:推广[\s\u3000]*)?(?:热搜|熱搜|热门搜索|熱門搜索|热门关键词|熱門關鍵詞|热搜词|熱搜詞)[:：]/.test(line.trim()) ||
    // A page's comment box: "留言与评论(共有 0 条评论)", "网友评论", "验证码:".
    /^(?:留言与评论|留言與評論|网友评论|網友評論|发表评论|發表評論|我要评论|我要評論|评论|評論)[\s\u3000]{0,2}(?:[（(][^（()）]{0,12}[)）])?$|^(?:验证码|驗證碼)[:：]?$/.test(
      line.trim(),
    ) ||
    NEWS_AGENCY.test(line.trim()) ||
    NEWS_DATELINE.test(line.trim()) ||
    // A news site's lists after the article: "相关专题: 济南历下", "相关新闻:", "频道推荐".
    /^(?:相关|相關)(?:专题|專題|新闻|新聞|文章|链接|鏈接|阅读|閱讀|报道|報道|资讯|資訊|内容|內容)[\s\u3000]{0,2}(?:[:：][\s\u3000]{0,4}[^\s\u3000。，,]{0,20})?$|^(?:频道推荐|頻道推薦|智能推荐|智能推薦|图片新闻|圖片新聞|网罗天下|網羅天下|热点推荐|熱點推薦|热门推荐|熱門推薦|精彩推荐|精彩推薦)$/.test(
      line.trim(),
    )
  )
    return true;
  // A site's footer: its registration, its address and contacts, who built it.
  if (SITE_FOOTER.test(line.trim())) return true;
  // A site's greeting over its pages: "欢迎访问巨鹿人民政府网站".
  // (With the day after it: "欢迎进入弥渡县人民政府网站! 今天是:".)
  if (
    /^(?:欢迎(?:访问|来到|光临|进入)|歡迎(?:訪問|來到|光臨|進入))[^。，,]{2,40}(?:网站|網站|门户|門戶|网|網)(?:[!！]?\s*(?:今天是|今日是)[^。]{0,30})?$/.test(
      line.trim(),
    )
  )
    return true;
  // A document-sharing site's notices to its customers (1、下载文档前请自行甄别…, 合集下载, 文章属性), and its
  // buttons and counts around a preview (海报 / 侵权投诉 / 29.51KB / 24 页 / 购物车 / 加入Vip免费下载).
  if (DOC_SHARE_NOTICE.test(line) || DOC_SHARE_CHROME.test(line.trim())) return true;
  // A breadcrumb printed a step a line ("当前位置:首页" / "> 政府信息公开" / "> 2022年").
  if (/^[>＞»›][\s\u3000]*[^\s>＞»›。，,；;]{1,24}$/.test(line.trim())) return true;
  // A spam site's title: four or more keywords joined by underscores (…在线播放_可直接看的…_欧美10p_…).
  if (/^(?:[^\s_。，,；;：:]{2,20}_){3,}[^\s_。，,；;：:]{2,20}$/.test(line.trim())) return true;
  // A page's count of its readers (137人看过, 阅读 2,345) and its editor's credit (询律网小编整理).
  if (
    /^(?:\d[\d,]*\s*(?:人看过|人看過|人阅读|人閱讀|人浏览|次浏览|次瀏覽|次阅读|次閱讀)|(?:阅读|閱讀|浏览|瀏覽)\s*\d[\d,]*|[\u4e00-\u9fff]{1,8}小编(?:整理|编辑|編輯|发布|發布))$/.test(
      line.trim(),
    )
  )
    return true;
  // A law database's label over the text it prints, numbered as its attributes are (7. 【法規全文】).
  if (/^(?:\d{1,2}[.、．]\s*)?[【［[](?:法规全文|法規全文|全文|正文|法规正文|法規正文)[】］\]]$/.test(line.trim())) return true;
  // A wiki's infobox rows, each with its link to edit it (公布日期2006年5月25日在维基数据编辑).
  if (/在维基数据编辑$|^维基文库/.test(line.trim())) return true;
  if (
    BREADCRUMB.test(line) ||
    CREDITS.test(line.trim()) ||
    /^(?:Copyright|版权所有|©)/i.test(line) ||
    />>|»|＞＞|[\u4e00-\u9fff]\s*[>＞]\s*[\u4e00-\u9fff][^<>]*[>＞]\s*[\u4e00-\u9fff]/.test(line)
  )
    return true;
  // (A count beside a token is the site's too: "+2 论坛币".)
  const rest = line.replace(CHROME_TOKEN, '').replace(/^[+＋]?\d{1,6}$/, '');
  return (rest.length === 0 && /[\u4e00-\u9fff]{2}/.test(line) && !/^[大中小\s]+$/.test(line)) || isMenu(line);
}

/**
 * Words a site's menu runs in a row (我的法规 最新法规 点击最多 失效法规 资料下载 法规解读; 宝宝0-1岁 宝宝1-3岁):
 * five or more short ones.
 */
function isMenu(line: string): boolean {
  const words = line.trim().split(/[\s\u3000]+/);
  return (
    words.length >= 5 &&
    words.every((w) => /^(?=.*[\u4e00-\u9fffA-Za-z])[\u4e00-\u9fffA-Za-z0-9-]{2,8}$/.test(w) && !/关于|關於/.test(w))
  );
}
