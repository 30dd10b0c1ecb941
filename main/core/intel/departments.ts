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
  ['人力资源社会保障局', '人社局', '人力资源和社会保障局'],
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
  const city = named(doc.issuer).match(/^([\u4e00-\u9fff]{2,3}市)/)?.[1] ?? cityNamed(named(doc.text));
  return { province: province ?? null, city: city ?? null };
}

/** Two characters before 市 that make a word, not a city: 城市, 超市, 各市 … */
const NOT_CITIES = new Set([
  '城市',
  '超市',
  '上市',
  '都市',
  '门市',
  '夜市',
  '股市',
  '集市',
  '菜市',
  '各市',
  '区市',
  '级市',
  '本市',
  '全市',
  '该市',
  '省市',
  '县市',
  '州市',
  '等市',
  '个市',
  '和市',
  '及市',
]);

/** The city a text names most (at least twice), as "丽水市". */
function cityNamed(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2})市(?!场)/g)) {
    const name = `${m[1]}市`;
    if (!NOT_CITIES.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : undefined;
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

const PREFIX = /^(省|市|县|區|区)/;
/** Bodies named without a place that are not the document's own: national ones, and lists like 各设区市人民政府. */
const NOT_LOCAL = /^(国家|国务院|中央|中国|全国|各|人行|人民银行|海关|出入境|银监|证监|保监|国税|邮政管理局|通信管理局)/;

/**
 * One responsibility span's department list, normalised: the list's leading prefix carried to the
 * items after it, aliases merged, and 省 / 市 replaced by the document's province or city.
 */
export function normaliseDepartments(items: readonly string[], region: Region): string[] {
  let prefix = '';
  const out = new Set<string>();
  for (const raw of items) {
    let name = foldForSearch(raw.trim()).replace(/\s+/g, '');
    const own = PREFIX.exec(name)?.[1];
    if (own) prefix = own;
    // A name that already says its level (团市委, 县委) or its place (南京市…) keeps it.
    else if (prefix && !NOT_LOCAL.test(name) && !/^[\u4e00-\u9fff]{0,3}[省市县]/.test(name)) name = prefix + name;
    const p = PREFIX.exec(name)?.[1] ?? '';
    const rest = name.slice(p.length);
    const canonical = CANONICAL.get(rest) ?? rest;
    const place = p === '省' ? (region.province ?? '省') : p === '市' ? (region.city ?? '市') : p;
    out.add(place + canonical);
  }
  return [...out];
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
    for (const span of doc.responsibilities) {
      const block = blockHolding(doc.blocks, span);
      // A run-in heading ("四、加强智慧物流建设。积极推进…") opens the task it heads; a paragraph with
      // several spans holds several tasks, each from the end of the span before.
      const previous = doc.blocks[block - 1];
      const own = doc.blocks[block]?.start;
      const from = own !== undefined && lastEnd > own ? lastEnd : previous && previous.end === own ? previous.start : own;
      lastEnd = span.end;
      const text =
        from === undefined
          ? ''
          : doc.text
              .slice(from, span.start)
              .replace(/^[)）\]］。；;，,\s]+/, '')
              .replace(/[（(［[]\s*$/, '')
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

const passes = (t: DepartmentTask, filter: TaskFilter) =>
  (!filter.docId || t.docId === filter.docId) && (!filter.role || (t.role ?? 'none') === filter.role);

/** A department's tasks that pass a filter, in the index's order. */
export function filterTasks(tasks: readonly DepartmentTask[], filter: TaskFilter): DepartmentTask[] {
  return tasks.filter((t) => passes(t, filter));
}

/** How many tasks each department has under a filter (those with none left out), and the documents that give tasks. */
export function departmentOverview(index: readonly DepartmentEntry[], filter: TaskFilter): DepartmentOverview {
  const documents = new Map<string, { id: string; title: string }>();
  const departments = [];
  for (const entry of index) {
    let tasks = 0;
    for (const task of entry.tasks) {
      if (!documents.has(task.docId)) documents.set(task.docId, { id: task.docId, title: task.title });
      if (passes(task, filter)) tasks++;
    }
    if (tasks > 0) departments.push({ name: entry.name, tasks });
  }
  departments.sort((a, b) => b.tasks - a.tasks || a.name.localeCompare(b.name, 'zh'));
  return { departments, documents: [...documents.values()].sort((a, b) => a.title.localeCompare(b.title, 'zh')) };
}
