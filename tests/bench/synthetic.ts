// Synthetic policy libraries built from the seeds' own paragraphs and headings, in the frame of
// real provincial documents, so that the parser sees realistic structure at any scale.
import fs from 'node:fs';
import path from 'node:path';
import { parsePolicy } from '../../main/core/parse/index.js';
import { random } from '../fixtures/random.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';

export interface SyntheticPolicy {
  name: string;
  text: string;
}

interface Pools {
  paragraphs: string[];
  topics: string[];
  preambles: string[];
  traditionalParagraphs: string[];
  traditionalTopics: string[];
}

let pools: Pools | undefined;

function seedPools(): Pools {
  if (pools) return pools;
  const result: Pools = { paragraphs: [], topics: [], preambles: [], traditionalParagraphs: [], traditionalTopics: [] };
  for (const file of fs.readdirSync(SEEDS_DIR).sort()) {
    const doc = parsePolicy(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8').replace(/\r\n?/g, '\n'));
    const traditional = doc.script === 'traditional';
    const body = doc.blocks.filter((b) => b.role === undefined);
    for (const block of body) {
      if (block.kind === 'heading') {
        const topic = block.text.slice(block.label?.length ?? 0).replace(/[。\s]/g, '');
        if (topic.length >= 4) (traditional ? result.traditionalTopics : result.topics).push(topic);
      } else if (block.text.length >= 60) {
        if (/^(为|為|现将)/.test(block.text)) result.preambles.push(block.text);
        else (traditional ? result.traditionalParagraphs : result.paragraphs).push(block.text);
      }
    }
  }
  pools = result;
  return result;
}

const PROVINCES = [
  ['赣', '江西省'],
  ['苏', '江苏省'],
  ['粤', '广东省'],
  ['鄂', '湖北省'],
  ['浙', '浙江省'],
  ['湘', '湖南省'],
  ['皖', '安徽省'],
  ['川', '四川省'],
] as const;
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** The first draws of a synthetic policy: its script, province and year (its number is `${code}政办发〔${year}〕${index + 1}号`). */
function headOf(index: number, seed: number) {
  const rand = random(seed * 1_000_003 + index);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const traditional = rand() < 0.1;
  const [code, province] = pick(PROVINCES);
  const year = 2014 + Math.floor(rand() * 8);
  return { rand, pick, traditional, code, province, year };
}

export function syntheticPolicy(index: number, seed = 1): SyntheticPolicy {
  const { rand, pick, traditional, code, province, year } = headOf(index, seed);
  const p = seedPools();
  const paragraphs = traditional ? p.traditionalParagraphs : p.paragraphs;
  const topics = traditional ? p.traditionalTopics : p.topics;
  const lines = [
    `${code}政办发〔${year}〕${index + 1}号`,
    `${province}人民政府办公厅关于${pick(topics)}的实施意见`,
    '各市、县（市、区）人民政府，省政府各部门：',
    pick(p.preambles),
  ];
  const sections = 3 + Math.floor(rand() * 4);
  for (let s = 0; s < sections; s++) {
    lines.push(`${NUMERALS[s]}、${pick(topics)}`);
    const items = 3 + Math.floor(rand() * 3);
    for (let i = 0; i < items; i++) lines.push(`（${NUMERALS[i]}）${pick(topics)}。${pick(paragraphs)}`);
  }
  const signOff = [`${province}人民政府办公厅`, `${year}年${1 + Math.floor(rand() * 12)}月${1 + Math.floor(rand() * 28)}日`];
  // Its force, as real ones state it: most take effect on issue with a term or on a date; one in ten
  // repeals an earlier one by number.
  const term = rand();
  if (term < 0.5) lines.push('本意见自印发之日起施行，有效期5年。');
  else if (term < 0.75) lines.push(`本意见自${year + 1}年1月1日起施行。`);
  if (index > 0 && rand() < 0.1) {
    const earlier = Math.floor(rand() * index);
    const { code: c, year: y } = headOf(earlier, seed);
    lines.push(`${c}政办发〔${y}〕${earlier + 1}号同时废止。`);
  }
  lines.push(...signOff);
  return { name: `synthetic-${String(index).padStart(5, '0')}.txt`, text: `${lines.join('\n')}\n` };
}

export function syntheticLibrary(count: number, seed = 1): SyntheticPolicy[] {
  return Array.from({ length: count }, (_, i) => syntheticPolicy(i, seed));
}

/** Writes a synthetic library as files, for imports that read a folder. */
export function writeSyntheticLibrary(dir: string, count: number, seed = 1): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const policy of syntheticLibrary(count, seed)) fs.writeFileSync(path.join(dir, policy.name), policy.text);
}

/**
 * One long policy of about `characters` characters: the frame of a provincial document around
 * the sections of many synthetic ones, renumbered — every fourth section a part (一、…), the
 * others items of it (（一）…), as long implementation plans are laid out.
 */
export function syntheticLongPolicy(characters: number, seed = 3): SyntheticPolicy {
  const head = [
    '赣政办发〔2020〕99号',
    '江西省人民政府办公厅关于全面推进电子商务高质量发展的实施意见',
    '各市、县（市、区）人民政府，省政府各部门：',
  ];
  const body: string[] = [];
  let length = 0;
  let sections = 0;
  let items = 0;
  for (let i = 0; length < characters; i++) {
    for (const line of syntheticPolicy(i, seed).text.trim().split('\n').slice(3, -2)) {
      let numbered = line;
      const part = /^[一二三四五六七八九十]+、/.exec(line);
      const item = /^（[一二三四五六七八九十]+）/.exec(line);
      if (part && sections % 4 === 0) {
        numbered = `${chineseNumeral(sections / 4 + 1)}、${line.slice(part[0].length)}`;
        items = 0;
      } else if (part) {
        numbered = `（${chineseNumeral(++items)}）${line.slice(part[0].length)}。`;
      } else if (item) {
        numbered = `${line.slice(item[0].length)}`;
      }
      if (part) sections++;
      body.push(numbered);
      length += numbered.length + 1;
    }
  }
  const text = [...head, ...body, '江西省人民政府办公厅', '2020年6月1日'].join('\n');
  return { name: 'synthetic-long.txt', text: `${text}\n` };
}

function chineseNumeral(n: number): string {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return digits[n] ?? '';
  if (n < 20) return `十${digits[n % 10]}`;
  return `${digits[Math.floor(n / 10)]}十${digits[n % 10]}`;
}
