// Regulations (条例, 办法, 细则, 规定, 章程) are built of 第X章 / 第X节 / 第X条 rather than 一、（一）:
// the articles are the outline, under their chapters and sections, and the 一、（一）1. inside an
// article are its 款 and 项 — text, not headings. A line that starts with 第X条 heads an article
// only as part of the run 第一条, 第二条, … (a numbering may start again at 第一条, as a regulation
// issued with its cover notice or in an attachment does); a wrapped line that happens to start with
// "第十条规定的…" breaks the run and stays text.
import { chineseNumberValue } from '../../../shared/chinese-numbers.js';
import type { HeadingLevel } from '../../../shared/policy.js';
import type { Line } from './lines.js';

const NUMERAL = '[一二三四五六七八九十百零〇两]{1,6}';
const ARTICLE = new RegExp(`^第(${NUMERAL})[条條]`);
const CHAPTER = new RegExp(`^第${NUMERAL}章`);
const SECTION = new RegExp(`^第${NUMERAL}[节節]`);
/** Runs this long make a document one of articles. */
const MIN_ARTICLES = 2;
/** What follows 第X条 when it is cited rather than heading its article (第十条规定的…, 第五条第二款…). */
const CITED = /^(?:规定|規定|所称|所稱|所列|所述|所指|的|之|中的|至|和|及|或|、|，|,|第)/;

export interface ArticleStructure {
  /** Lines (by index) that head an article; the label is their 第X条. */
  articles: ReadonlyMap<number, string>;
  /** Levels of chapters, sections and articles in this document's outline. */
  levels: { chapter: HeadingLevel; section: HeadingLevel; article: HeadingLevel };
  /** Whether a line's 一、（一）1. are 款 and 项 of an article: it follows an article of the same part (the body, or one attachment). */
  holdsItems(index: number): boolean;
}

/** The articles of a document's body lines, or null when it is not built of articles. */
export function articleStructure(lines: readonly Line[], partStarts: readonly number[] = []): ArticleStructure | null {
  const articles = new Map<number, string>();
  let last = 0;
  for (const line of lines) {
    const m = ARTICLE.exec(line.text);
    const n = m ? chineseNumberValue(m[1] as string) : null;
    // A space after the number marks a heading; run on without one, the words say which it is.
    const after = line.text.slice(m?.[0].length ?? 0);
    if (!m || n === null || (!/^\s/.test(after) && CITED.test(after))) continue;
    if (n === 1 || n === last + 1) {
      articles.set(line.index, m[0]);
      last = n;
    }
  }
  if (articles.size < MIN_ARTICLES) return null;
  const hasChapters = lines.some((line) => CHAPTER.test(line.text));
  const hasSections = lines.some((line) => SECTION.test(line.text));
  const section = (hasChapters ? 2 : 1) as HeadingLevel;
  const article = (1 + Number(hasChapters) + Number(hasSections)) as HeadingLevel;
  // Each part's first article; a part is the body or one attachment.
  const starts = [...partStarts].sort((a, b) => a - b);
  const partOf = (index: number) => starts.filter((start) => start <= index).length;
  const firstArticle = new Map<number, number>();
  for (const index of articles.keys()) if (!firstArticle.has(partOf(index))) firstArticle.set(partOf(index), index);
  const holdsItems = (index: number) => index > (firstArticle.get(partOf(index)) ?? Number.POSITIVE_INFINITY);
  return { articles, levels: { chapter: 1, section, article }, holdsItems };
}

/** Whether the line is a chapter (1) or a section (2) heading line of a regulation. */
export function chapterOrSection(text: string): 'chapter' | 'section' | null {
  if (CHAPTER.test(text)) return 'chapter';
  if (SECTION.test(text)) return 'section';
  return null;
}
