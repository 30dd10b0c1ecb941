import type { Annotation, HighlightColor } from '../../../shared/annotations.js';
import type { StoredDocument } from '../../../shared/library.js';
import type { Block } from '../../../shared/policy.js';

const COLOR_LABELS: Record<HighlightColor, string> = { red: '红', yellow: '黄', green: '绿', blue: '蓝', purple: '紫' };

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** The heading of each level that a position falls under. */
function headingsAt(blocks: Block[], position: number): Block[] {
  const chain: Block[] = [];
  for (const block of blocks) {
    if (block.start > position) break;
    if (block.kind !== 'heading' || block.level === undefined) continue;
    chain.length = Math.min(chain.length, block.level - 1);
    chain.push(block);
  }
  return chain;
}

/**
 * A document's annotations as Markdown: its metadata, then the annotations in reading order grouped
 * by part (level-1 section), each with its quote, sub-section, colour, note and tags; orphans last.
 */
export function toMarkdown(doc: StoredDocument, annotations: Annotation[], colorNames: Record<HighlightColor, string>): string {
  const lines = [`# ${doc.title}`, ''];
  const meta: Array<[string, string | null]> = [
    ['发文字号', doc.docNumber],
    ['发文机关', doc.issuer],
    ['成文日期', doc.date],
    ['文档编号', doc.id],
  ];
  for (const [label, value] of meta) if (value) lines.push(`- ${label}：${value}`);
  lines.push(`- 批注：${annotations.length} 条`, '');

  let section: string | null = null;
  for (const a of annotations.filter((x) => !x.orphaned)) {
    const chain = headingsAt(doc.blocks, a.start);
    const part = chain[0]?.text.replace(/[。.]$/, '') ?? '开头';
    if (part !== section) {
      section = part;
      lines.push(`## ${part}`, '');
    }
    lines.push(
      ...entry(
        a,
        colorNames,
        chain
          .slice(1)
          .at(-1)
          ?.text.replace(/[。.]$/, ''),
      ),
    );
  }
  const orphans = annotations.filter((x) => x.orphaned);
  if (orphans.length > 0) {
    lines.push('## 未能定位的批注', '', '文件修订后，以下批注引用的文字已找不到。', '');
    for (const a of orphans) lines.push(...entry(a, colorNames));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function entry(a: Annotation, colorNames: Record<HighlightColor, string>, subsection?: string): string[] {
  const lines = [quote(a.exact), ''];
  if (subsection) lines.push(`- 位置：${subsection}`);
  lines.push(`- 颜色：${colorNames[a.color]}（${COLOR_LABELS[a.color]}）${a.kind === 'underline' ? '，下划线' : ''}`);
  if (a.note) lines.push(`- 批注：${a.note.replace(/\n/g, '\n  ')}`);
  if (a.tags.length > 0) lines.push(`- 标签：${a.tags.map((t) => `#${t}`).join(' ')}`);
  lines.push(`- 时间：${a.updatedAt.slice(0, 16).replace('T', ' ')}`, '');
  return lines;
}
