// Departments you can trust (issue 17): 341 department mentions from the seeds, the gov.cn pages and
// real documents, each with the name an official would file it under (tests/fixtures/
// department-mentions.json, checked by hand against the rules in departments.ts): at least 97 %
// must come out so, and the search facet counts the same names.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../main/core/extract/index.js';
import { normaliseDepartments, regionOf } from '../../main/core/intel/departments.js';
import { Library } from '../../main/core/library/library.js';
import { parsePolicy } from '../../main/core/parse/index.js';
import type { PolicyDocument } from '../../shared/policy.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

interface Mention {
  file: string;
  list: string;
  raw: string;
  expected: string | null;
}

/** Files are named from the repository's root; the gov.cn pages lie beside it, in ../shared. */
const ROOT = path.resolve(import.meta.dirname, '../..');
const mentions = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/department-mentions.json'), 'utf8'),
) as Mention[];

/** A list as the parser gave it, split at 、 outside brackets (各县（市、区）人民政府 is one name). */
function items(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if ('(（'.includes(char)) depth++;
    if (')）'.includes(char)) depth--;
    if (char === '、' && depth === 0) {
      out.push(current);
      current = '';
    } else current += char;
  }
  return [...out, current];
}

describe('department names', () => {
  it('names at least 97 % of 341 real mentions as an official would, and leaves out what is no name', async () => {
    const documents = new Map<string, PolicyDocument>();
    const wrong: string[] = [];
    for (const mention of mentions) {
      let doc = documents.get(mention.file);
      if (!doc) {
        const file = path.join(ROOT, mention.file);
        const extracted = await extractText(fs.readFileSync(file), file);
        doc = parsePolicy(extracted.text, extracted);
        documents.set(mention.file, doc);
      }
      const region = regionOf(doc);
      const list = items(mention.list);
      const upTo = list.slice(0, list.indexOf(mention.raw) + 1);
      // The mention's own name: what normalising the list up to it adds (an earlier 省 carries to it).
      const before = normaliseDepartments(upTo.slice(0, -1), region);
      const after = normaliseDepartments(upTo, region);
      const got = after.length > before.length ? (after.at(-1) ?? null) : null;
      if (got !== mention.expected) wrong.push(`${mention.raw} → ${got} (${mention.expected})`);
    }
    expect(mentions.length).toBeGreaterThanOrEqual(300);
    expect(1 - wrong.length / mentions.length, wrong.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps vertical agencies and named places as they are, and one province’s group of cities apart from another’s', () => {
    const guangdong = { province: '广东省', city: null };
    expect(
      normaliseDepartments(['省经济和信息化委', '商务厅', '广东检验检疫局', '人行广州分行', '省邮政管理局'], guangdong),
    ).toEqual(['广东省经济和信息化委', '广东省商务厅', '广东检验检疫局', '人行广州分行', '广东省邮政管理局']);
    expect(normaliseDepartments(['省商务厅', '南京海关', '证监局'], { province: '江苏省', city: null })).toEqual([
      '江苏省商务厅',
      '南京海关',
      '证监局',
    ]);
    expect(normaliseDepartments(['各设区市政府'], { province: '江西省', city: null })).toEqual(['江西省各设区市人民政府']);
    expect(normaliseDepartments(['各设区市人民政府'], { province: '江西省', city: null })).toEqual(['江西省各设区市人民政府']);
    expect(normaliseDepartments(['各设区市人民政府'], { province: '江苏省', city: null })).toEqual(['江苏省各设区市人民政府']);
    expect(
      normaliseDepartments(['池州市工商质监局牵头', '区经贸投促局等部门', '第一责任单位为牵头单位'], {
        province: '安徽省',
        city: '池州市',
      }),
    ).toEqual(['池州市工商质监局', '区经贸投促局']);
  });

  it('gives the search facet the same names: each province’s 商务厅 its own, across scripts', () => {
    const library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR });
    const facet = library.search({ query: '电子商务' }).facets.department.map((f) => f.value);
    expect(facet).toEqual(expect.arrayContaining(['广东省商务厅', '湖北省商务厅', '江苏省商务厅']));
    expect(facet.filter((name) => /^(?:省|市)?商[务務][厅廳]$/.test(name))).toEqual([]);
    const filtered = library.search({ query: '电子商务', filters: { department: '湖北省商务厅' } });
    expect(filtered.results.map((r) => r.title)).toEqual(['關于深入實施“互聯網+流通”行動計劃的實施意見']);
    library.close();
  });
});
