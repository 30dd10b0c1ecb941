import { describe, expect, it } from 'vitest';
import { parsePolicyBytes } from '../../main/core/parse/index.js';
import { findAll } from '../../renderer/src/reader/find.js';
import { convertedView, originalView, shownRuns } from '../../renderer/src/script/shown-text.js';
import { CONVERSION_TARGETS, nextDisplayScript, shownLanguage } from '../../shared/display-script.js';
import * as conversion from '../../shared/script-conversion.js';
import { random } from '../fixtures/random.js';
import { SEED_FILES, type SeedName, seedBytes } from '../fixtures/seeds.js';

const seeds = Object.keys(SEED_FILES) as SeedName[];

describe.each(CONVERSION_TARGETS)('a document shown in %s', (target) => {
  it.each(seeds)('shows every block as opencc-js converts it, and its runs tile the shown block (%s)', (name) => {
    const { blocks } = parsePolicyBytes(seedBytes(name));
    const view = convertedView(blocks, target, conversion);
    const next = random(name.length * 31 + target.length);
    blocks.forEach((block, index) => {
      const shown = view.block(index);
      expect(shown.text).toBe(conversion.convertText(block.text, target));
      // Random annotation boundaries, as segmentsOf would cut the block.
      const cuts = new Set([block.start, block.end]);
      for (let i = 0; i < 4; i++) cuts.add(block.start + Math.floor(next() * (block.end - block.start)));
      const points = [...cuts].sort((a, b) => a - b);
      const stretches = points.slice(1).map((end, i) => ({ start: points[i] as number, end }));
      const runs = shownRuns(block, shown, stretches);
      expect(runs.map((r) => r.text).join('')).toBe(shown.text);
      for (const run of runs) expect(shown.text.slice(run.shownStart, run.shownStart + run.text.length)).toBe(run.text);
    });
  });

  it.each(seeds)('maps a selection in shown text to canonical positions that show as the same, whole-word range (%s)', (name) => {
    const { blocks } = parsePolicyBytes(seedBytes(name));
    const view = convertedView(blocks, target, conversion);
    const next = random(name.length * 17 + target.length);
    blocks.forEach((_, index) => {
      const shown = view.block(index);
      if (shown.text.length < 2) return;
      const a = Math.floor(next() * (shown.text.length - 1));
      const b = a + 1 + Math.floor(next() * (shown.text.length - a - 1));
      const start = shown.toCanonical(a, 'start');
      const end = shown.toCanonical(b, 'end');
      expect(end).toBeGreaterThan(start);
      const again = { start: shown.toShown(start, 'start'), end: shown.toShown(end, 'end') };
      expect(again.start).toBeLessThanOrEqual(a);
      expect(again.end).toBeGreaterThanOrEqual(b);
      expect({ start: shown.toCanonical(again.start, 'start'), end: shown.toCanonical(again.end, 'end') }).toEqual({
        start,
        end,
      });
    });
  });
});

describe('display scripts', () => {
  it('the original view is the canonical text itself', () => {
    const { blocks } = parsePolicyBytes(seedBytes('hubei'));
    const view = originalView(blocks);
    expect(view.block(3).text).toBe(blocks[3]?.text);
    expect(view.block(3).toCanonical(5, 'end')).toBe(5);
    expect(view.phrase('關于')).toBe('關于');
  });

  it('converts the title and other phrases the way the body converts', () => {
    const { blocks, title } = parsePolicyBytes(seedBytes('hubei'));
    const view = convertedView(blocks, 'cn', conversion);
    expect(view.phrase(title)).toBe('关于深入实施“互联网+流通”行动计划的实施意见');
    expect(convertedView(blocks, 'twp', conversion).phrase('软件和信息服务')).toBe('軟體和資訊服務');
  });

  it('names the language of the text as shown and cycles through the scripts', () => {
    expect(shownLanguage('original', 'traditional')).toBe('zh-Hant');
    expect(shownLanguage('original', 'mixed')).toBe('zh-Hans');
    expect(shownLanguage('hk', 'simplified')).toBe('zh-Hant-HK');
    expect(nextDisplayScript('original')).toBe('cn');
    expect(nextDisplayScript('twp')).toBe('original');
    expect(nextDisplayScript('original', -1)).toBe('twp');
  });
});

describe('find in a document as shown', () => {
  const { blocks } = parsePolicyBytes(
    new TextEncoder().encode(
      '关于推进互联网+流通的通知\n各市人民政府：\n推进互联网与流通融合，发展跨境电子商务综合试验区。\n互联网企业参与营商环境建设，“优化营商环境”是重点。\n',
    ),
  );

  it('finds every term of a query as the search box reads it, in reading order, and counts them as search does', () => {
    const view = originalView(blocks);
    const texts = (query: string) =>
      findAll(view, blocks.length, query).map((m) => view.block(m.block).text.slice(m.start, m.end));
    expect(texts('跨境 综合试验区')).toEqual(['跨境', '综合试验区']);
    expect(texts('"优化营商环境"')).toEqual(['优化营商环境']);
    expect(texts('营商环境 -厦门')).toEqual(['营商环境', '营商环境']);
    expect(texts('互联网 流通')).toEqual(['互联网', '流通', '互联网', '流通', '互联网']);
  });

  it('finds a query typed in either script and either phrasing in the 台灣用語 view', () => {
    const view = convertedView(blocks, 'twp', conversion);
    const shown = (query: string) =>
      findAll(view, blocks.length, query).map((m) => view.block(m.block).text.slice(m.start, m.end));
    expect(view.block(0).text).toContain('網際網路');
    expect(shown('互联网')).toEqual(['網際網路', '網際網路', '網際網路']);
    expect(shown('網際網路')).toEqual(['網際網路', '網際網路', '網際網路']);
    expect(shown('营商环境')).toEqual(['營商環境', '營商環境']);
  });
});
