// Lines a recognition was unsure of, placed in the tidied canonical text they ended up in.
import { describe, expect, it } from 'vitest';
import { placeDoubtfulLines } from '../../main/core/extract/doubtful.js';

describe('doubtful lines of a recognised page', () => {
  const text =
    '各市、州、縣人民政府，省政府有關部門：\n支持大型商貿企業以電子商務、信性技術和物流配送為依把，提升供應錨管理控制能力，積極發展直營速鎮，規范特許經營。\n';

  it('finds each line by its longest run of Chinese and spans the line’s length around it, in order', () => {
    const spans = placeDoubtfulLines(text, [
      { page: 1, text: '各市、州、縣人民政府,省政府有關部門;', confidence: 80 },
      { page: 2, text: '管理控制能力,積極發展直營速鎮,規范', confidence: 77 },
    ]);
    expect(spans.map((s) => [text.slice(s.start, s.end), s.page, s.confidence])).toEqual([
      ['各市、州、縣人民政府，省政府有關部門：', 1, 80],
      ['管理控制能力，積極發展直營速鎮，規范', 2, 77],
    ]);
  });

  it('leaves out a line it cannot place, and one with no run of Chinese long enough to anchor it', () => {
    expect(placeDoubtfulLines(text, [{ page: 1, text: '茄棍盲忠公厂', confidence: 50 }])).toEqual([]);
    expect(placeDoubtfulLines(text, [{ page: 1, text: '一.张河.国', confidence: 40 }])).toEqual([]);
  });

  it('keeps a span within its line of the text', () => {
    // Ten characters before the anchor, and more after it than its line has left.
    const [span] = placeDoubtfulLines(text, [{ page: 1, text: 'XXXXXXXXXX有關部門：支持', confidence: 60 }]);
    expect(span && text.slice(span.start, span.end)).toBe('、縣人民政府，省政府有關部門：');
  });
});
