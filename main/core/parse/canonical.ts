// The canonical text of a document, from the text its file decodes to: what annotations are
// anchored in and the parser reads. One home for it, whatever the path a file comes in by.
import { restoreLineBreaks, withEscapedBreaks } from './line-breaks.js';
import { withoutPinyinNotes } from './pinyin-notes.js';
import { rejoinWrappedLines, withoutPageNumbers } from './wrapped-lines.js';

export function canonicalText(decoded: string): string {
  return rejoinWrappedLines(
    withoutPageNumbers(restoreLineBreaks(withEscapedBreaks(withoutPinyinNotes(withoutEmptyImages(decoded))))),
  );
}

/** A page copied through Markdown keeps its images as "![]()" with nothing to read, bars between them. */
function withoutEmptyImages(text: string): string {
  return text.includes('![') ? text.replace(/(?:!\[[^\]\n]{0,80}\]\([^)\n]{0,300}\)[\s\u3000]*[|｜]?[ \u3000]*)+/g, '') : text;
}
