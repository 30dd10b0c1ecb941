import { describe, expect, it } from 'vitest';
import { splitByRanges } from '../../renderer/src/reader/stretches.js';

describe('splitting stretches of text at ranges', () => {
  it('cuts at every range edge inside a stretch and names the covering range', () => {
    const stretches = [
      { start: 0, end: 10, tag: 'a' },
      { start: 10, end: 20, tag: 'b' },
    ];
    const ranges = [
      { start: 3, end: 5, id: 1 },
      { start: 8, end: 12, id: 2 },
    ];
    expect(splitByRanges(stretches, ranges).map((s) => [s.start, s.end, s.tag, s.range?.id ?? null])).toEqual([
      [0, 3, 'a', null],
      [3, 5, 'a', 1],
      [5, 8, 'a', null],
      [8, 10, 'a', 2],
      [10, 12, 'b', 2],
      [12, 20, 'b', null],
    ]);
  });

  it('leaves a stretch no range touches whole, and hands back the same stretches when there are no ranges', () => {
    expect(splitByRanges([{ start: 0, end: 4 }], [{ start: 4, end: 9 }])).toEqual([{ start: 0, end: 4, range: null }]);
    const stretches = [{ start: 0, end: 4 }];
    expect(splitByRanges(stretches, [])).toBe(stretches);
  });
});
