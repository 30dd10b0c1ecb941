// Attachments (附件): the list of them after the body text (附件：1.… 2.…, above the signature), and
// the attachments themselves after the sign-off, each starting with 附件 / 附件1 / 附件2：title —
// sections of their own in the outline, titled by the line after the mark when the mark stands alone.
import type { BlockRole } from '../../../shared/policy.js';
import type { Line } from './lines.js';

const MARK = /^附\s*件\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*(?:[:：]\s*(.*))?$/u;
const LIST_ITEM = /^[0-9０-９]{1,2}\s*[.．、]/u;
/** A title standing on its own line under 附件1 is short and is not a sentence. */
const MAX_TITLE_CHARS = 80;
const SIGN_OFF: ReadonlySet<BlockRole> = new Set(['signature', 'date']);
/** The frame takes an attachment's mark and title after the sign-off for the title of what is issued; the attachment claims them. */
const CLAIMED: ReadonlySet<BlockRole | undefined> = new Set([undefined, 'subtitle']);

export interface Attachments {
  /** Lines of the list of attachments after the body text. */
  list: ReadonlySet<number>;
  /** The line starting each attachment, with the line holding its title when that is the next one. */
  sections: ReadonlyMap<number, { titleLine?: number }>;
}

export function findAttachments(lines: readonly Line[], roles: ReadonlyMap<number, BlockRole>): Attachments {
  const list = new Set<number>();
  const sections = new Map<number, { titleLine?: number }>();
  let signOff = -1;
  for (const line of lines) if (SIGN_OFF.has(roles.get(line.index) as BlockRole)) signOff = line.index;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (!CLAIMED.has(roles.get(line.index))) continue;
    const m = MARK.exec(line.text.trim());
    if (!m) continue;
    const title = m[2]?.trim() ?? '';
    const beforeSignOff = signOff !== -1 && line.index < signOff;
    // 附件：1.… above the signature, or a colon and a list anywhere, lists the attachments.
    const listed = beforeSignOff || (m[2] !== undefined && (LIST_ITEM.test(title) || LIST_ITEM.test(lines[i + 1]?.text ?? '')));
    if (listed && !(signOff === -1 && m[1] !== undefined && title === '')) {
      list.add(line.index);
      for (
        let j = i + 1;
        j < lines.length && LIST_ITEM.test((lines[j] as Line).text) && !roles.has((lines[j] as Line).index);
        j++
      ) {
        list.add((lines[j] as Line).index);
        i = j;
      }
      continue;
    }
    const next = lines[i + 1];
    const titled =
      title === '' &&
      next !== undefined &&
      CLAIMED.has(roles.get(next.index)) &&
      next.text.length <= MAX_TITLE_CHARS &&
      !/[。；;]/.test(next.text) &&
      !MARK.test(next.text.trim());
    sections.set(line.index, titled ? { titleLine: next.index } : {});
    if (titled) i++;
  }
  return { list, sections };
}
