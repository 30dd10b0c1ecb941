import { describe, expect, it } from 'vitest';
import { parsePolicyBytes } from '../../main/core/parse/index.js';
import { breakLines, placeLine } from '../../main/core/pdf/line-break.js';
import { SEED_FILES, type SeedName, seedBytes } from '../fixtures/seeds.js';

/** Full-width characters one em, ASCII half. */
const widthsOf = (text: string) =>
  Array.from({ length: text.length }, (_, i) => (/[\x20-\x7e]/.test(text[i] as string) ? 0.5 : 1));
const NEVER_FIRST = '。，、；：？！）》”’」』】〕…';
const NEVER_LAST = '（《“‘「『【〔';

describe('Chinese line breaking', () => {
  it('keeps closing marks off the start of a line and opening marks off its end, and numbers whole', () => {
    const text =
      '为贯彻落实《国务院办公厅关于深入实施“互联网+流通”行动计划的意见》（国办发〔2016〕24号）精神，突出市场在资源配置中的决定性作用。';
    const lines = breakLines(text, widthsOf(text), 10, 2);
    expect(lines.map((l) => text.slice(l.start, l.end)).join('')).toBe(text);
    for (const l of lines) {
      const s = text.slice(l.start, l.end);
      expect(NEVER_FIRST).not.toContain(s[0]);
      expect(NEVER_LAST).not.toContain(s.at(-1));
      expect(l.indent + l.width).toBeLessThanOrEqual(10 + 1e-9);
    }
    expect(lines.some((l) => text.slice(l.start, l.end).includes('2016'))).toBe(true);
  });

  it('justifies every line but the last to the full width', () => {
    const text = '到2020年，全省电子商务交易总额和电子商务服务业整体规模继续保持全国领先地位。';
    const widths = widthsOf(text);
    const lines = breakLines(text, widths, 12);
    lines.forEach((line, i) => {
      const chars = placeLine(text, line, widths);
      const last = chars.at(-1);
      if (i < lines.length - 1) expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(12, 6);
      else expect(line.spacing).toBe(0);
    });
  });

  it.each(Object.keys(SEED_FILES) as SeedName[])('breaks every paragraph of %s by the rules at 28 characters', (name) => {
    const doc = parsePolicyBytes(seedBytes(name));
    for (const block of doc.blocks) {
      const lines = breakLines(block.text, widthsOf(block.text), 28, 2);
      expect(lines.map((l) => block.text.slice(l.start, l.end)).join('')).toBe(block.text);
      for (const [i, l] of lines.entries()) {
        const s = block.text.slice(l.start, l.end);
        if (i > 0) expect(NEVER_FIRST).not.toContain(s[0]);
        if (i < lines.length - 1) expect(NEVER_LAST).not.toContain(s.at(-1));
      }
    }
  });
});
