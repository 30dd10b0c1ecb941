import { describe, expect, it } from 'vitest';
import { anchorSelector, describeRange, foldWidth } from '../../shared/anchoring.js';
import { seedText, swapWidth } from '../fixtures/seeds.js';

const original = seedText('jiangxi');
const rangeOf = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`not in text: ${quote}`);
  return describeRange(text, start, start + quote.length);
};

// Four annotations of the Jiangxi seed: inside a paragraph, across two paragraphs, in the
// paragraph the revision deletes, and on a sentence the revision rewords slightly.
const inParagraph = rangeOf(original, '推进南昌、赣州两市在电子商务政策制度、基础设施、配套支撑');
const acrossParagraphs = rangeOf(original, '促进经济发展提质增效。\n(二)目标任务。到2020年');
const inDeletedParagraph = rangeOf(original, '推进行业协会商会改革,鼓励行业协会商会建立健全工作机制');
const reworded = rangeOf(original, '鼓励国内知名电子商务平台在我省农村地区布局设点');

/** The revision: a sentence inserted early, a paragraph deleted, one phrase reworded. */
function revise(text: string): string {
  const deleted = text
    .split('\n')
    .filter((line) => !line.startsWith('(六)发挥行业组织作用'))
    .join('\n');
  return deleted
    .replace('提出如下实施意见:', '提出如下实施意见:现将有关要求补充说明如下,请各地认真贯彻执行。')
    .replace('鼓励国内知名电子商务平台在我省农村地区布局设点', '鼓励国内外知名电子商务平台在我省农村地区布点');
}

describe('re-anchoring after a realistic revision', () => {
  const revised = revise(original);

  it('keeps an annotation whose text did not move by its position', () => {
    expect(anchorSelector(original, inParagraph)).toEqual({ start: inParagraph.start, end: inParagraph.end, method: 'position' });
  });

  it('finds the exact quote again after a sentence was inserted before it', () => {
    const anchor = anchorSelector(revised, inParagraph);
    expect(anchor?.method).toBe('quote');
    expect(revised.slice(anchor?.start, anchor?.end)).toBe(inParagraph.exact);
    expect(anchor?.start).toBe(revised.indexOf(inParagraph.exact));
    expect(anchor?.start).not.toBe(inParagraph.start);
  });

  it('keeps a selection that spans two paragraphs', () => {
    const anchor = anchorSelector(revised, acrossParagraphs);
    expect(revised.slice(anchor?.start, anchor?.end)).toBe(acrossParagraphs.exact);
  });

  it('finds a reworded passage by a fuzzy match of quote and context', () => {
    const anchor = anchorSelector(revised, reworded);
    expect(anchor?.method).toBe('fuzzy');
    expect(revised.slice(anchor?.start, anchor?.end)).toContain('知名电子商务平台在我省农村地区布');
  });

  it('leaves an annotation of a deleted paragraph an orphan', () => {
    expect(anchorSelector(revised, inDeletedParagraph)).toBeNull();
  });

  it('survives punctuation changed from half-width to full-width, by position', () => {
    const fullWidth = swapWidth(original, 'full');
    const anchor = anchorSelector(fullWidth, acrossParagraphs);
    expect(anchor).toMatchObject({ method: 'position', start: acrossParagraphs.start });
    expect(foldWidth(fullWidth.slice(anchor?.start, anchor?.end))).toBe(acrossParagraphs.exact);
  });

  it('anchors a quote that arrives without a position, using its context to choose', () => {
    const repeated = rangeOf(original, '(省商务厅、各设区市政府)');
    const later = original.indexOf('(省商务厅、各设区市政府)', repeated.end);
    const selector = describeRange(original, later, later + repeated.exact.length);
    const anchor = anchorSelector(original, { exact: selector.exact, prefix: selector.prefix, suffix: selector.suffix });
    expect(anchor?.start).toBe(later);
  });
});
