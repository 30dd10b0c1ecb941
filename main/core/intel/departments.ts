// Who is responsible for what: the departments named in responsibility spans, normalised across
// documents. In "省经济和信息化委、商务厅" the province prefix applies to each item (商务厅 is
// that province's 省商务厅); known aliases merge (省发改委 = 省发展改革委 = 省发展和改革委员会);
// "省" and "市" become the province or city the document comes from.
import type { DepartmentEntry, DepartmentOverview, DepartmentTask, TaskFilter } from '../../../shared/intel.js';
import { foldForSearch } from '../../../shared/search-fold.js';
import { PROVINCE_OF_ABBREVIATION } from '../parse/doc-number.js';

export interface Region {
  province: string | null;
  city: string | null;
}

/** Every province-level region's full name. */
const PROVINCES = [...new Set(Object.values(PROVINCE_OF_ABBREVIATION))];

/** Names that mean the same body, after the prefix: the first of each group is the one shown. */
const ALIASES: string[][] = [
  ['发展改革委', '发改委', '发展和改革委员会', '发展改革委员会'],
  ['经济和信息化委', '经信委', '经济和信息化委员会', '经济信息化委'],
  ['人力资源社会保障厅', '人社厅', '人力资源和社会保障厅'],
  ['人力资源社会保障局', '人社局', '人力资源和社会保障局', '人力社保局'],
  ['住房城乡建设厅', '住建厅', '住房和城乡建设厅'],
  ['住房城乡建设局', '住建局', '住房和城乡建设局'],
  ['质监局', '质量技术监督局'],
  ['食品药品监管局', '食药监局', '食品药品监督管理局'],
  ['工商局', '工商行政管理局'],
  ['国税局', '国家税务局'],
  ['地税局', '地方税务局'],
  ['网信办', '互联网信息办公室'],
  ['农委', '农业委员会'],
];
const CANONICAL = new Map(ALIASES.flatMap((group) => group.map((name) => [name, group[0] as string])));

/** Where a document comes from: its issuer or title, else its number's abbreviation, else the place its text names most. */
export function regionOf(doc: { issuer: string | null; title: string; docNumber: string | null; text: string }): Region {
  const named = (s: string | null) => (s ? foldForSearch(s) : '');
  const province =
    PROVINCES.find((p) => named(doc.issuer).startsWith(p) || named(doc.title).startsWith(p)) ??
    (doc.docNumber ? PROVINCE_OF_ABBREVIATION[named(doc.docNumber)[0] ?? ''] : undefined) ??
    mostNamed(named(doc.text), PROVINCES);
  const own = named(doc.issuer).match(/^([\u4e00-\u9fff]{2,3}市)/)?.[1];
  const city = own && !PROVINCES.includes(own) ? own : cityGoverning(doc.text);
  return { province: province ?? null, city: city ?? null };
}

/** Characters before 市 that make a group or a word, not a city's name (各设区市, 直辖市, 城市 …). */
const NOT_CITY =
  /^(?:设区|直辖|地级|县级|城|超|上|都|门|夜|股|集|菜|各|区|级|本|全|该|省|县|州|等|个|和|及)$|[的在是和等为与或各]/u;
/** What follows a city's name when the text names its government or party committee. */
const GOVERNMENT = ['人民政府', '政府', '委', '人大', '人民代表大会'];

const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/**
 * The city whose government or party committee the text names most often (as "丽水市"), else the
 * city it names at least twice. A city's name is the two characters before 市, standing after a
 * province's or on its own, not inside a word (重点城市政府). Found by walking the 市 of the text:
 * a look-behind pattern over every position cost more than the rest of the import's parse.
 */
function cityGoverning(text: string): string | undefined {
  const governing = new Map<string, number>();
  const named = new Map<string, number>();
  for (let i = text.indexOf('市', 2); i !== -1; i = text.indexOf('市', i + 1)) {
    if (!isHan(text.charCodeAt(i - 2)) || !isHan(text.charCodeAt(i - 1))) continue;
    // Read in simplified script (廣州市 is 广州市, 區 is 区); 市 is the same in both, so the text is not folded whole.
    const before = i >= 3 ? foldForSearch(text.charAt(i - 3)) : '';
    if (isHan(before.charCodeAt(0)) && before !== '省' && before !== '区') continue;
    const name = foldForSearch(text.slice(i - 2, i));
    if (NOT_CITY.test(name) || PROVINCES.some((p) => p.startsWith(name))) continue;
    const city = `${name}市`;
    const after = foldForSearch(text.slice(i + 1, i + 7));
    if (GOVERNMENT.some((g) => after.startsWith(g))) governing.set(city, (governing.get(city) ?? 0) + 1);
    if (!after.startsWith('场')) named.set(city, (named.get(city) ?? 0) + 1);
  }
  return mostOften(governing, 1) ?? mostOften(named, 2);
}

/** The name counted most (the first named on a tie), if counted at least `least` times. */
function mostOften(counts: Map<string, number>, least: number): string | undefined {
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= least ? best[0] : undefined;
}

function mostNamed(text: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const name of names) {
    const n = text.split(name).length - 1;
    if (n > most) [best, most] = [name, n];
  }
  return best;
}

const PREFIX = /^(省|市(?!场)|县|區|区)/;
/** Bodies named without a place that are not the document's own government's: national and vertical ones. */
const NOT_LOCAL =
  /^(?:国家|国务院|中央|中国|全国|各|人行|人民银行)|海关|检验检疫|出入境|银监|证监|保监|银保监|外汇|国税|税务|邮政管理|通信管理|气象|统计调查|海事|铁路|民航|分署|分行|支行/u;
/** Words after a body's name that say what it does, not what it is: 牵头, 负责, 等有关部门, 会同有关部门 … */
const TRAILING = /(?:等|会同|牵头|负责|配合|参与|协助|按职责|分别|列第)[\s\S]*$/u;
/** A name that is a phrase, not a body: 由…部门, …为牵头单位. */
const NOT_A_NAME = /[由为是应按]|^(?:单位|部门|有关部门|相关部门)$/u;
/** Groups of governments or departments (各设区市人民政府): one per province or city, never pooled across them. */
const GROUP = /^(?:各|相关|有关|地方各级)/u;

/** Short names of the provinces (广东, 内蒙古), by which a name may already say its place. */
const PROVINCE_SHORT = PROVINCES.map((p) => p.replace(/(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/u, ''));

/**
 * One responsibility span's department list, normalised: trailing role words cut (…牵头, …等有关部门),
 * the list's leading 省 / 市 carried to the items after it, 省 and 市 replaced by the document's
 * province or city — but a national or vertical body (海关, 检验检疫局, 证监局, 税务局, 人民银行的
 * 分支, 邮政管理局 …) and a name that already says its place keep their own names; groups of
 * governments (各设区市人民政府 = 各设区市政府) are qualified by the province or city; aliases merge.
 * Phrases that are not names (…为牵头单位) are left out.
 */
export function normaliseDepartments(items: readonly string[], region: Region): string[] {
  let prefix = '';
  const out = new Set<string>();
  const ownPlace = region.city ?? region.province;
  for (const raw of items) {
    let name = bareName(raw);
    if (name === null) continue;
    if (GROUP.test(name)) {
      const group = name.replace(/(?<!人民)政府$/u, '人民政府');
      out.add(ownPlace && !/^各省/u.test(group) ? ownPlace + group : group);
      continue;
    }
    const youth = /^团(省|市)委$/u.exec(name);
    if (youth) {
      const place = youth[1] === '省' ? region.province : region.city;
      out.add(place ? `共青团${place}委` : name);
      continue;
    }
    const own = PREFIX.exec(name)?.[1];
    if (own) prefix = own;
    else if (prefix && !NOT_LOCAL.test(name) && !saysItsPlace(name, region)) name = prefix + name;
    const p = PREFIX.exec(name)?.[1] ?? '';
    const rest = name.slice(p.length);
    const canonical = CANONICAL.get(rest) ?? rest;
    const place = p === '省' ? (region.province ?? '省') : p === '市' ? (region.city ?? '市') : p;
    out.add(place + canonical);
  }
  return [...out];
}

/** Names as written, with what they come to before their place is read: the same few recur in every document. */
const BARE_NAMES = new Map<string, string | null>();
const MAX_BARE_NAMES = 10_000;

/** A listed name without white space, its label (负责部门：) and its role words (…牵头); null for a phrase that names no body. */
function bareName(raw: string): string | null {
  const known = BARE_NAMES.get(raw);
  if (known !== undefined) return known;
  let name = foldForSearch(raw.trim())
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^[\u4e00-\u9fff]{1,6}[：:]/u, '');
  const cut = TRAILING.exec(name);
  if (cut && cut.index > 1) name = name.slice(0, cut.index);
  const bare = name.length < 2 || NOT_A_NAME.test(name) ? null : name;
  if (BARE_NAMES.size >= MAX_BARE_NAMES) BARE_NAMES.clear();
  BARE_NAMES.set(raw, bare);
  return bare;
}

/** A name that starts with a place: a province's short name, the document's city's, or any X市 / X省 / X县. */
function saysItsPlace(name: string, region: Region): boolean {
  const city = region.city?.replace(/市$/u, '');
  return (
    PROVINCE_SHORT.some((short) => name.startsWith(short)) ||
    (city !== undefined && name.startsWith(city)) ||
    /^[\u4e00-\u9fff]{0,3}[省市县]/u.test(name)
  );
}

/** Every department a document gives tasks to, normalised as the department index names them: what search counts and filters by. */
export function departmentsOf(
  doc: Parameters<typeof regionOf>[0] & { responsibilities: ReadonlyArray<{ departments: readonly string[] }> },
): string[] {
  const region = regionOf(doc);
  return [...new Set(doc.responsibilities.flatMap((r) => normaliseDepartments(r.departments, region)))];
}

interface IndexableDocument {
  id: string;
  title: string;
  issuer: string | null;
  docNumber: string | null;
  text: string;
  blocks: ReadonlyArray<{ start: number; end: number }>;
  responsibilities: ReadonlyArray<{ start: number; end: number; role: DepartmentTask['role']; departments: string[] }>;
}

/** Every department of the library with its tasks, the busiest first. */
export function departmentIndex(documents: Iterable<IndexableDocument>): DepartmentEntry[] {
  const byName = new Map<string, DepartmentTask[]>();
  for (const doc of documents) {
    const region = regionOf(doc);
    let lastEnd = -1;
    /** A table row's task, by the row's start: its cells before the first that names bodies, for every body the row names. */
    const rowTask = new Map<number, number>();
    for (const span of doc.responsibilities) {
      const block = blockHolding(doc.blocks, span);
      // A run-in heading ("四、加强智慧物流建设。积极推进…") opens the task it heads; a paragraph with
      // several spans holds several tasks, each from the end of the span before.
      const previous = doc.blocks[block - 1];
      const own = doc.blocks[block]?.start;
      const row = own !== undefined && doc.text.slice(own, doc.blocks[block]?.end).includes('\t');
      // A table is one block; the span's row is its line of the table.
      const rowStart = row ? Math.max(own, doc.text.lastIndexOf('\n', span.start - 1) + 1) : -1;
      if (row && !rowTask.has(rowStart)) rowTask.set(rowStart, span.start);
      const from = row
        ? rowStart
        : own !== undefined && lastEnd > own
          ? lastEnd
          : previous && previous.end === own
            ? previous.start
            : own;
      const to = row ? (rowTask.get(rowStart) ?? span.start) : span.start;
      lastEnd = span.end;
      const text =
        from === undefined
          ? ''
          : doc.text
              .slice(from, to)
              .replace(/^[)）\]］。；;，,\s]+/, '')
              .replace(/[（(［[]\s*$/, '')
              .replace(/\t+/g, ' ')
              .trim();
      for (const name of normaliseDepartments(span.departments, region)) {
        const tasks = byName.get(name) ?? [];
        tasks.push({ docId: doc.id, title: doc.title, block, role: span.role, text });
        byName.set(name, tasks);
      }
    }
  }
  return [...byName]
    .map(([name, tasks]) => ({ name, tasks }))
    .sort((a, b) => b.tasks.length - a.tasks.length || a.name.localeCompare(b.name, 'zh'));
}

/** The block a span lies in, or -1: blocks are in text order and do not overlap, so it is found by halving. */
function blockHolding(blocks: IndexableDocument['blocks'], span: { start: number; end: number }): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle];
    if (!block) break;
    if (block.start > span.start) high = middle - 1;
    else if (block.end < span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Whether a document is in force today (for `inForce` filters); every document is, where nobody judged. */
export type InForce = (docId: string) => boolean;

const passes = (t: DepartmentTask, filter: TaskFilter, inForce: InForce) =>
  (!filter.docId || t.docId === filter.docId) &&
  (!filter.role || (t.role ?? 'none') === filter.role) &&
  (!filter.inForce || inForce(t.docId));

/** A department's tasks that pass a filter, in the index's order. */
export function filterTasks(
  tasks: readonly DepartmentTask[],
  filter: TaskFilter,
  inForce: InForce = () => true,
): DepartmentTask[] {
  return tasks.filter((t) => passes(t, filter, inForce));
}

/** How many tasks each department has under a filter (those with none left out), and the documents that give tasks. */
export function departmentOverview(
  index: readonly DepartmentEntry[],
  filter: TaskFilter,
  inForce: InForce = () => true,
): DepartmentOverview {
  const documents = new Map<string, { id: string; title: string }>();
  const departments = [];
  for (const entry of index) {
    let tasks = 0;
    for (const task of entry.tasks) {
      if (!documents.has(task.docId)) documents.set(task.docId, { id: task.docId, title: task.title });
      if (passes(task, filter, inForce)) tasks++;
    }
    if (tasks > 0) departments.push({ name: entry.name, tasks });
  }
  departments.sort((a, b) => b.tasks - a.tasks || a.name.localeCompare(b.name, 'zh'));
  return { departments, documents: [...documents.values()].sort((a, b) => a.title.localeCompare(b.title, 'zh')) };
}
