/** A Markdown table, so that the output can go into the README as it is. */
export function markdownTable(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One line of the benchmark table: what is measured, the figure, the baseline measured in the same run, the target. */
export type BenchRow = [measure: string, value: string, baseline: string, target: string];

/** Every benchmark's rows as one table, each row under its area. */
export function benchTable(sections: Array<[area: string, rows: BenchRow[]]>): string {
  return markdownTable(
    ['area', 'measure', 'Policy Reader', 'baseline (same run)', 'target'],
    sections.flatMap(([area, rows]) => rows.map((row) => [area, ...row])),
  );
}

export function round(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

export function median(values: number[]): number {
  return percentile(values, 0.5);
}
