// The canonical text of a document, from the text its file decodes to: what annotations are
// anchored in and the parser reads. One home for it, whatever the path a file comes in by.
import { restoreLineBreaks, withEscapedBreaks } from './line-breaks.js';
import { withoutEmptyImages, withoutScatteredMarks, withoutScrapingNoise, withoutStampedTails } from './page-noise.js';
import { withoutPinyinNotes } from './pinyin-notes.js';
import { rejoinWrappedLines, withoutPageNumbers } from './wrapped-lines.js';

export function canonicalText(decoded: string): string {
  return rejoinWrappedLines(
    withoutPageNumbers(
      restoreLineBreaks(
        withEscapedBreaks(
          withoutScatteredMarks(withoutScrapingNoise(withoutStampedTails(withoutPinyinNotes(withoutEmptyImages(decoded))))),
        ),
      ),
    ),
  );
}
