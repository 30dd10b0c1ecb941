// Script conversion throughput per target: the offset-mapping conversion against opencc-js's own
// Converter on the same text in the same run. The mapping may cost at most 1.5× the plain converter.
import { ConverterFactory } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset';
import { CONVERSION_TARGETS, type ConversionTarget } from '../../shared/display-script.js';
import { convertWithMap } from '../../shared/script-conversion.js';
import { syntheticLongPolicy } from './synthetic.js';
import { markdownTable, median, round } from './table.js';

const RUNS = 7;

function charsPerSecond(run: () => void, chars: number): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return chars / (median(times) / 1000);
}

/** opencc-js's own converter over the same dictionaries as the display conversion uses. */
function plainConverter(target: ConversionTarget): (text: string) => string {
  return target === 'cn' ? ConverterFactory(...(to.cn ?? [])) : ConverterFactory(...(from.cn ?? []), ...(to[target] ?? []));
}

export function conversionBench(): string {
  const text = syntheticLongPolicy(200_000).text;
  const rows = CONVERSION_TARGETS.map((target) => {
    const plain = plainConverter(target);
    const mapped = charsPerSecond(() => convertWithMap(text, target), text.length);
    const baseline = charsPerSecond(() => plain(text), text.length);
    const cost = baseline / mapped;
    return [
      target,
      `${round(mapped / 1e6, 2)} M chars/s`,
      `${round(baseline / 1e6, 2)} M chars/s`,
      `${round(cost, 2)}× ${cost <= 1.5 ? '✓' : '✗'}`,
      `${round((text.length / mapped) * 1000)} ms`,
    ];
  });
  return markdownTable(
    [
      'target',
      'with offset map',
      'opencc-js Converter (baseline)',
      'cost vs baseline (≤ 1.5×)',
      `${round(text.length / 1000)} k chars`,
    ],
    rows,
  );
}
