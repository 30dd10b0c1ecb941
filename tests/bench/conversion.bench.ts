// Script conversion throughput per target: the offset-mapping conversion against opencc-js's own
// Converter on the same text in the same run. The mapping may cost at most 1.5× the plain converter.
import { ConverterFactory } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset';
import { CONVERSION_TARGETS, type ConversionTarget } from '../../shared/display-script.js';
import { convertWithMap } from '../../shared/script-conversion.js';
import { syntheticLongPolicy } from './synthetic.js';
import { type BenchRow, median, round } from './table.js';

const RUNS = 15;

/**
 * Characters per second of each conversion, timed in alternation after a warm-up so that the JIT,
 * garbage collection and the machine's other work weigh on both alike.
 */
function charsPerSecond(runs: Array<() => void>, chars: number): number[] {
  for (const run of runs) run();
  const times = runs.map((): number[] => []);
  for (let i = 0; i < RUNS; i++) {
    runs.forEach((run, k) => {
      const start = performance.now();
      run();
      times[k]?.push(performance.now() - start);
    });
  }
  return times.map((t) => chars / (median(t) / 1000));
}

/** opencc-js's own converter over the same dictionaries as the display conversion uses. */
function plainConverter(target: ConversionTarget): (text: string) => string {
  return target === 'cn' ? ConverterFactory(...(to.cn ?? [])) : ConverterFactory(...(from.cn ?? []), ...(to[target] ?? []));
}

export function conversionBench(): BenchRow[] {
  const text = syntheticLongPolicy(200_000).text;
  return CONVERSION_TARGETS.map((target): BenchRow => {
    const plain = plainConverter(target);
    const [mapped = 0, baseline = 0] = charsPerSecond([() => convertWithMap(text, target), () => plain(text)], text.length);
    const cost = baseline / mapped;
    return [
      `convert ${round(text.length / 1000)} k chars to ${target}, keeping the offset map`,
      `${round(mapped / 1e6, 2)} M chars/s (${round((text.length / mapped) * 1000)} ms)`,
      `${round(baseline / 1e6, 2)} M chars/s (opencc-js Converter)`,
      `≤ 1.5× the baseline: ${round(cost, 2)}× ${cost <= 1.5 ? '✓' : '✗'}`,
    ];
  });
}
