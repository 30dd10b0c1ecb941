import { ConverterFactory } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset';
import { describe, expect, it } from 'vitest';
import { CONVERSION_TARGETS, type ConversionTarget } from '../../shared/display-script.js';
import { convertText, convertWithMap, snapShownRange, toCanonical, toShown } from '../../shared/script-conversion.js';
import { random } from '../fixtures/random.js';
import { SEED_FILES, type SeedName, seedText } from '../fixtures/seeds.js';

const seeds = Object.keys(SEED_FILES) as SeedName[];

const opencc = (target: ConversionTarget) =>
  target === 'cn' ? ConverterFactory(...(to.cn ?? [])) : ConverterFactory(...(from.cn ?? []), ...(to[target] ?? []));

describe('conversion with an offset map', () => {
  it('converts Taiwan phrases, changing words but keeping their positions', () => {
    const c = convertWithMap('这个软件的信息', 'twp');
    expect(c.text).toBe('這個軟體的資訊');
    expect([toShown(c, 2, 'start'), toShown(c, 4, 'end')]).toEqual([2, 4]);
  });

  it('maps positions around a word whose length changes', () => {
    const c = convertWithMap('请插入U盘后重试', 'twp');
    const shown = c.text;
    const at = shown.indexOf('隨身碟');
    expect(at).toBe(3);
    expect(shown.length).toBe('请插入U盘后重试'.length + 1);
    expect(toCanonical(c, at, 'start')).toBe(3);
    expect(toCanonical(c, at + 3, 'end')).toBe(5);
    // A selection of one character inside the converted word stands for the whole word.
    expect(snapShownRange(c, at + 1, at + 2)).toEqual({ start: at, end: at + 3 });
    expect(toShown(c, 5, 'start')).toBe(at + 3);
  });

  it.each(CONVERSION_TARGETS)('produces exactly opencc-js’s text for every seed (%s)', (target) => {
    const convert = opencc(target);
    for (const name of seeds) expect(convertWithMap(seedText(name), target).text).toBe(convert(seedText(name)));
    expect(convertText(seedText('hubei'), target)).toBe(convert(seedText('hubei')));
  });
});

describe.each(CONVERSION_TARGETS)('round trips through the %s display', (target) => {
  it.each(seeds)('shown range → canonical range → shown range is the identity (%s)', (name) => {
    const canonical = seedText(name);
    const c = convertWithMap(canonical, target);
    const next = random(canonical.length + target.length);
    for (let i = 0; i < 400; i++) {
      const a = Math.floor(next() * c.text.length);
      const b = Math.min(c.text.length, a + 1 + Math.floor(next() * 200));
      const shown = snapShownRange(c, a, b);
      const start = toCanonical(c, shown.start, 'start');
      const end = toCanonical(c, shown.end, 'end');
      expect(end).toBeGreaterThan(start);
      expect({ start: toShown(c, start, 'start'), end: toShown(c, end, 'end') }).toEqual(shown);
      expect(shown.start).toBeLessThanOrEqual(a);
      expect(shown.end).toBeGreaterThanOrEqual(b);
    }
  });

  it.each(seeds)('canonical range → shown range → canonical range is the identity for whole words (%s)', (name) => {
    const canonical = seedText(name);
    const c = convertWithMap(canonical, target);
    const next = random(canonical.length * 7 + target.length);
    for (let i = 0; i < 400; i++) {
      const a = Math.floor(next() * canonical.length);
      const b = Math.min(canonical.length, a + 1 + Math.floor(next() * 200));
      const start = toCanonical(c, toShown(c, a, 'start'), 'start');
      const end = toCanonical(c, toShown(c, b, 'end'), 'end');
      expect(toCanonical(c, toShown(c, start, 'start'), 'start')).toBe(start);
      expect(toCanonical(c, toShown(c, end, 'end'), 'end')).toBe(end);
      expect(start).toBeLessThanOrEqual(a);
      expect(end).toBeGreaterThanOrEqual(b);
    }
  });
});
