// Metadata accuracy on real documents with known answers: each corpus is a folder of files and an
// expected.json giving, per file, what an official would write down (标题, 发文字号, 发文机关, 成文日期,
// 文种, 主送机关). A field the corpus does not give is not scored.
import fs from 'node:fs';
import path from 'node:path';
import { extractText } from '../../main/core/extract/index.js';
import { normaliseDocNumber } from '../../main/core/parse/doc-number.js';
import { parsePolicy } from '../../main/core/parse/index.js';
import { asciiDigits, chineseNumberValue } from '../../shared/chinese-numbers.js';
import { isReaderError } from '../../shared/errors.js';
import { genreOfTitle } from '../../shared/genre.js';
import type { PolicyDocument } from '../../shared/policy.js';

export const SCORED_FIELDS = ['title', 'doc_number', 'issuer', 'date', 'genre', 'addressees'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface Expected {
  file: string;
  /** null: the document states no title, so the parser must mark the one it shows as inferred. */
  title?: string | null;
  doc_number?: string | null;
  issuer?: string | null;
  date?: string | null;
  genre?: string | null;
  addressees?: string | null;
}

export interface Mismatch {
  file: string;
  field: ScoredField | 'refused';
  expected: string | null;
  got: string | null;
}

export interface CorpusResult {
  name: string;
  files: number;
  refused: number;
  /** Per field: right and scored. */
  fields: Record<ScoredField, { right: number; scored: number }>;
  mismatches: Mismatch[];
}

/** Both sides in one form: NFKC (full-width punctuation, digits), no white space. */
const plain = (value: string | null | undefined): string | null =>
  value == null ? null : value.normalize('NFKC').replace(/[\s\u3000]+/g, '');

export function got(doc: PolicyDocument, field: ScoredField): string | null {
  switch (field) {
    case 'title':
      return doc.title;
    case 'doc_number':
      return doc.docNumber;
    case 'issuer':
      return doc.issuers.join('、') || null;
    case 'date':
      return doc.date;
    case 'genre':
      return doc.genre;
    case 'addressees':
      return doc.addressees;
  }
}

export function isRight(doc: PolicyDocument, field: ScoredField, expected: string | null): boolean {
  if (field === 'title' && expected === null) return doc.provenance.title === 'inferred';
  const value = got(doc, field);
  // The 条例's 命令 is written 令 in titles: one genre.
  if (field === 'genre') return plain(value) === plain(expected === '令' ? '命令' : expected);
  if (field === 'doc_number') {
    if (plain(value && normaliseDocNumber(value)) === plain(expected && normaliseDocNumber(expected))) return true;
    // A decree's or a 公告's serial written alone ("第16号", "〔十三届〕第二十三号", "2022年第31号") is the number the
    // parse gives with its organ (舟山市…常务委员会公告第16号), where the serial and its term are the same.
    const alone = expected ? SERIAL_ALONE.exec(expected.replace(/\s+/g, '')) : null;
    const parsed = value ? SERIAL_AT_END.exec(normaliseDocNumber(value).replace(/\s+/g, '')) : null;
    return alone !== null && parsed !== null && serialValue(alone) === serialValue(parsed) && /[令告]$/.test(parsed[1] ?? '');
  }
  return plain(value) === plain(expected);
}

const SERIAL_ALONE =
  /^()(?:[〔［[(（]([一二三四五六七八九十]{1,4})[届屆][〕］\])）]|((?:19|20)\d{2})年)?第([0-9０-９一二三四五六七八九十百零〇]{1,6})[号號]$/;
const SERIAL_AT_END =
  /^(.*?)(?:[〔［[(（]([一二三四五六七八九十]{1,4})[届屆][〕］\])）]|((?:19|20)\d{2})年)?第([0-9０-９一二三四五六七八九十百零〇]{1,6})[号號]$/;
/** A serial's term or year and its number, the number in figures. */
function serialValue(match: RegExpExecArray): string {
  const numeral = match[4] ?? '';
  const value = /^[0-9０-９]+$/.test(numeral) ? Number(asciiDigits(numeral)) : chineseNumberValue(numeral);
  return `${match[2] ?? ''}:${match[3] ?? ''}:${value}`;
}

/** The corpus's answers; a gov.cn table gives no 文种, which is then the one its title ends with. */
export function readExpected(dir: string): Expected[] {
  const entries = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected[];
  return entries.map((e) => (e.genre === undefined && e.title ? { ...e, genre: genreOfTitle(e.title) } : e));
}

export interface EvaluationOptions {
  /** Directory of the files when it is not the expected.json's own. */
  filesDir?: string;
  /** false: parse the text alone, without a web page's information table (how strong the head reading is). */
  tables?: boolean;
}

export async function evaluateCorpus(name: string, dir: string, options: EvaluationOptions = {}): Promise<CorpusResult> {
  const { filesDir = dir, tables = true } = options;
  const result: CorpusResult = {
    name,
    files: 0,
    refused: 0,
    fields: Object.fromEntries(SCORED_FIELDS.map((f) => [f, { right: 0, scored: 0 }])) as CorpusResult['fields'],
    mismatches: [],
  };
  for (const expected of readExpected(dir)) {
    result.files++;
    let doc: PolicyDocument;
    try {
      const extracted = await extractText(fs.readFileSync(path.join(filesDir, expected.file)), expected.file);
      doc = parsePolicy(extracted.text, tables ? extracted : {});
    } catch (error) {
      if (!isReaderError(error)) throw error;
      result.refused++;
      result.mismatches.push({ file: expected.file, field: 'refused', expected: null, got: error.code });
      continue;
    }
    for (const field of SCORED_FIELDS) {
      if (!(field in expected)) continue;
      const want = expected[field] ?? null;
      const score = result.fields[field];
      score.scored++;
      if (isRight(doc, field, want)) score.right++;
      else result.mismatches.push({ file: expected.file, field, expected: want, got: got(doc, field) });
    }
  }
  return result;
}

/** Fields right over fields scored, across every field of the corpus. */
export function overallAccuracy(result: CorpusResult): number {
  const totals = Object.values(result.fields).reduce((t, f) => ({ right: t.right + f.right, scored: t.scored + f.scored }), {
    right: 0,
    scored: 0,
  });
  return totals.scored === 0 ? 1 : totals.right / totals.scored;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The corpora the project is measured on: the seeds, the gov.cn pages beside the repo, the real forms collected. */
export const CORPORA: ReadonlyArray<{ name: string; dir: string; filesDir?: string }> = [
  { name: 'seeds', dir: path.join(ROOT, 'tests/fixtures/seeds-expected'), filesDir: path.join(ROOT, 'seeds') },
  { name: 'govcn (../shared/corpus)', dir: path.resolve(ROOT, '../shared/corpus/govcn') },
  { name: 'real forms (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms') },
  { name: 'real forms 2 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-2') },
  { name: 'real forms 3 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-3') },
  { name: 'real forms 4 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-4') },
  { name: 'real forms 5 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-5') },
  { name: 'real forms 6 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-6') },
  { name: 'real forms 7 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-7') },
  { name: 'real forms 8 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-8') },
  { name: 'real forms 9 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-9') },
  { name: 'real forms 10 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-10') },
  { name: 'real forms 11 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-11') },
  { name: 'real forms 12 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-12') },
  { name: 'real forms 13 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-13') },
  { name: 'real forms 14 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-14') },
  { name: 'real forms 15 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-15') },
  { name: 'real forms 16 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-16') },
  { name: 'real forms 17 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-17') },
  { name: 'real forms 18 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-18') },
  { name: 'real forms 19 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-19') },
  { name: 'real forms 20 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-20') },
  { name: 'real forms 21 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-21') },
  { name: 'real forms 22 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-22') },
  { name: 'real forms 23 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-23') },
  { name: 'real forms 24 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-24') },
  { name: 'real forms 25 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-25') },
  { name: 'real forms 26 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-26') },
  { name: 'real forms 27 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-27') },
  { name: 'real forms 28 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-28') },
  { name: 'real forms 29 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-29') },
  { name: 'real forms 30 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-30') },
  { name: 'real forms 31 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-31') },
  { name: 'real forms 32 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-32') },
  { name: 'real forms 33 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-33') },
  { name: 'real forms 34 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-34') },
  { name: 'real forms 35 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-35') },
  { name: 'real forms 36 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-36') },
  { name: 'real forms 37 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-37') },
  { name: 'real forms 38 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-38') },
  { name: 'real forms 39 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-39') },
  { name: 'real forms 40 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-40') },
  { name: 'real forms 41 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-41') },
  { name: 'real forms 42 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-42') },
  { name: 'real forms 43 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-43') },
  { name: 'real forms 44 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-44') },
  { name: 'real forms 45 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-45') },
  { name: 'real forms 46 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-46') },
  { name: 'real forms 47 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-47') },
  { name: 'real forms 48 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-48') },
  { name: 'real forms 49 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-49') },
  { name: 'real forms 50 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-50') },
  { name: 'real forms 51 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-51') },
  { name: 'real forms 52 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-52') },
  { name: 'real forms 53 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-53') },
  { name: 'real forms 54 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-54') },
  { name: 'real forms 55 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-55') },
  { name: 'real forms 56 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-56') },
  { name: 'real forms 57 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-57') },
  { name: 'real forms 58 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-58') },
  { name: 'real forms 59 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-59') },
  { name: 'real forms 60 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-60') },
  { name: 'real forms 61 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-61') },
  { name: 'real forms 62 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-62') },
  { name: 'real forms 63 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-63') },
  { name: 'real forms 64 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-64') },
  { name: 'real forms 65 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-65') },
  { name: 'real forms 66 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-66') },
  { name: 'real forms 67 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-67') },
  { name: 'real forms 68 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-68') },
  { name: 'real forms 69 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-69') },
  { name: 'real forms 70 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-70') },
  { name: 'real forms 71 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-71') },
  { name: 'real forms 72 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-72') },
  { name: 'real forms 73 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-73') },
  { name: 'real forms 74 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-74') },
  { name: 'real forms 75 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-75') },
  { name: 'real forms 76 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-76') },
  { name: 'real forms 77 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-77') },
  { name: 'real forms 78 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-78') },
  { name: 'real forms 79 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-79') },
  { name: 'real forms 80 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-80') },
  { name: 'real forms 81 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-81') },
  { name: 'real forms 82 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-82') },
  { name: 'real forms 83 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-83') },
  { name: 'real forms 84 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-84') },
  { name: 'real forms 85 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-85') },
  { name: 'real forms 86 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-86') },
  { name: 'real forms 87 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-87') },
  { name: 'real forms 88 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-88') },
  { name: 'real forms 89 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-89') },
  { name: 'real forms 90 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-90') },
  { name: 'real forms 91 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-91') },
  { name: 'real forms 92 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-92') },
  { name: 'real forms 93 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-93') },
  { name: 'real forms 94 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-94') },
  { name: 'real forms 95 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-95') },
  { name: 'real forms 96 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-96') },
  { name: 'real forms 97 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-97') },
  { name: 'real forms 98 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-98') },
  { name: 'real forms 99 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-99') },
  { name: 'real forms 100 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-100') },
  { name: 'real forms 101 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-101') },
  { name: 'real forms 102 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-102') },
  { name: 'real forms 103 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-103') },
  { name: 'real forms 104 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-104') },
  { name: 'real forms 105 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-105') },
  { name: 'real forms 106 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-106') },
  { name: 'real forms 107 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-107') },
  { name: 'real forms 108 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-108') },
  { name: 'real forms 109 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-109') },
  { name: 'real forms 110 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-110') },
  { name: 'real forms 111 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-111') },
  { name: 'real forms 112 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-112') },
  { name: 'real forms 113 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-113') },
  { name: 'real forms 114 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-114') },
  { name: 'real forms 115 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-115') },
  { name: 'real forms 116 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-116') },
  { name: 'real forms 117 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-117') },
  { name: 'real forms 118 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-118') },
  { name: 'real forms 119 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-119') },
  { name: 'real forms 120 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-120') },
  { name: 'real forms 121 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-121') },
  { name: 'real forms 122 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-122') },
  { name: 'real forms 123 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-123') },
  { name: 'real forms 124 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-124') },
  { name: 'real forms 125 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-125') },
  { name: 'real forms 126 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-126') },
  { name: 'real forms 127 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-127') },
  { name: 'real forms 128 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-128') },
  { name: 'real forms 129 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-129') },
  { name: 'real forms 130 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-130') },
  { name: 'real forms 131 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-131') },
  { name: 'real forms 132 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-132') },
  { name: 'real forms 133 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-133') },
  { name: 'real forms 134 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-134') },
  { name: 'real forms 135 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-135') },
  { name: 'real forms 136 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-136') },
  { name: 'real forms 137 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-137') },
  { name: 'real forms 138 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-138') },
  { name: 'real forms 139 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-139') },
  { name: 'real forms 140 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-140') },
  { name: 'real forms 141 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-141') },
  { name: 'real forms 142 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-142') },
  { name: 'real forms 143 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-143') },
  { name: 'real forms 144 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-144') },
  { name: 'real forms 145 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-145') },
  { name: 'real forms 146 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-146') },
  { name: 'real forms 147 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-147') },
  { name: 'real forms 148 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-148') },
  { name: 'real forms 149 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-149') },
  { name: 'real forms 150 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-150') },
  { name: 'real forms 151 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-151') },
  { name: 'real forms 152 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-152') },
  { name: 'real forms 153 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-153') },
  { name: 'real forms 154 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-154') },
  { name: 'real forms 155 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-155') },
  { name: 'real forms 156 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-156') },
  { name: 'real forms 157 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-157') },
  { name: 'real forms 158 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-158') },
  { name: 'real forms 159 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-159') },
  { name: 'real forms 160 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-160') },
  { name: 'real forms 161 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-161') },
  { name: 'real forms 162 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-162') },
  { name: 'real forms 163 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-163') },
  { name: 'real forms 164 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-164') },
  { name: 'real forms 165 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-165') },
  { name: 'real forms 166 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-166') },
  { name: 'real forms 167 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-167') },
  { name: 'real forms 168 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-168') },
  { name: 'real forms 169 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-169') },
  { name: 'real forms 170 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-170') },
  { name: 'real forms 171 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-171') },
  { name: 'real forms 172 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-172') },
  { name: 'real forms 173 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-173') },
  { name: 'real forms 174 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-174') },
  { name: 'real forms 175 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-175') },
  { name: 'real forms 176 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-176') },
  { name: 'real forms 177 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-177') },
  { name: 'real forms 178 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-178') },
  { name: 'real forms 179 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-179') },
  { name: 'real forms 180 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-180') },
  { name: 'real forms 181 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-181') },
  { name: 'real forms 182 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-182') },
  { name: 'real forms 183 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-183') },
  { name: 'real forms 184 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-184') },
  { name: 'real forms 185 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-185') },
  { name: 'real forms 186 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-186') },
  { name: 'real forms 187 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-187') },
  { name: 'real forms 188 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-188') },
  { name: 'real forms 189 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-189') },
  { name: 'real forms 190 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-190') },
  { name: 'real forms 191 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-191') },
  { name: 'real forms 192 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-192') },
  { name: 'real forms 193 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-193') },
  { name: 'real forms 194 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-194') },
  { name: 'real forms 195 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-195') },
  { name: 'real forms 196 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-196') },
  { name: 'real forms 197 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-197') },
  { name: 'real forms 198 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-198') },
  { name: 'real forms 199 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-199') },
  { name: 'real forms 200 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-200') },
  { name: 'real forms 201 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-201') },
  { name: 'real forms 202 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-202') },
  { name: 'real forms 203 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-203') },
  { name: 'real forms 204 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-204') },
  { name: 'real forms 205 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-205') },
  { name: 'real forms 206 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-206') },
  { name: 'real forms 207 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-207') },
  { name: 'real forms 208 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-208') },
  { name: 'real forms 209 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-209') },
  { name: 'real forms 210 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-210') },
  { name: 'real forms 211 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-211') },
  { name: 'real forms 212 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-212') },
  { name: 'real forms 213 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-213') },
  { name: 'real forms 214 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-214') },
  { name: 'real forms 215 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-215') },
  { name: 'real forms 216 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-216') },
  { name: 'real forms 217 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-217') },
  { name: 'real forms 218 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-218') },
  { name: 'real forms 219 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-219') },
  { name: 'real forms 220 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-220') },
  { name: 'real forms 221 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-221') },
  { name: 'real forms 222 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-222') },
  { name: 'real forms 223 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-223') },
  { name: 'real forms 224 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-224') },
  { name: 'real forms 225 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-225') },
  { name: 'real forms 226 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-226') },
  { name: 'real forms 227 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-227') },
  { name: 'real forms 228 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-228') },
  { name: 'real forms 229 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-229') },
  { name: 'real forms 230 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-230') },
  { name: 'real forms 231 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-231') },
  { name: 'real forms 232 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-232') },
  { name: 'real forms 233 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-233') },
  { name: 'real forms 234 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-234') },
  { name: 'real forms 235 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-235') },
  { name: 'real forms 236 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-236') },
  { name: 'real forms 237 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-237') },
  { name: 'real forms 238 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-238') },
  { name: 'real forms 239 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-239') },
  { name: 'real forms 240 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-240') },
  { name: 'real forms 241 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-241') },
  { name: 'real forms 242 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-242') },
  { name: 'real forms 243 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-243') },
  { name: 'real forms 244 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-244') },
  { name: 'real forms 245 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-245') },
  { name: 'real forms 246 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-246') },
  { name: 'real forms 247 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-247') },
  { name: 'real forms 248 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-248') },
  { name: 'real forms 249 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-249') },
  { name: 'real forms 250 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-250') },
  { name: 'real forms 251 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-251') },
  { name: 'real forms 252 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-252') },
  { name: 'real forms 253 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-253') },
  { name: 'real forms 254 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-254') },
  { name: 'real forms 255 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-255') },
  { name: 'real forms 256 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-256') },
  { name: 'real forms 257 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-257') },
  { name: 'real forms 258 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-258') },
  { name: 'real forms 259 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-259') },
  { name: 'real forms 260 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-260') },
  { name: 'real forms 261 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-261') },
  { name: 'real forms 262 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-262') },
  { name: 'real forms 263 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-263') },
  { name: 'real forms 264 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-264') },
  { name: 'real forms 265 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-265') },
  { name: 'real forms 266 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-266') },
  { name: 'real forms 267 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-267') },
  { name: 'real forms 268 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-268') },
  { name: 'real forms 269 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-269') },
  { name: 'real forms 270 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-270') },
  { name: 'real forms 271 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-271') },
  { name: 'real forms 272 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-272') },
  { name: 'real forms 273 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-273') },
  { name: 'real forms 274 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-274') },
  { name: 'real forms 275 (tests/fixtures)', dir: path.join(ROOT, 'tests/fixtures/real-forms-275') },
];
