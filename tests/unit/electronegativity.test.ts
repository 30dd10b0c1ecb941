import run from '@doyensec/electronegativity';
import { describe, expect, it } from 'vitest';

describe('Electronegativity on the Electron shell', () => {
  it('finds nothing of medium or high severity', async () => {
    const { issues } = await run(
      {
        input: 'main/electron',
        isSarif: false,
        customScan: '',
        isRelative: true,
        electronVersionOverride: '40.9.3',
        parserPlugins: [],
      },
      false,
    );
    const serious = issues.filter(
      (i) => !i.visibility?.inlineDisabled && (i.severity.name === 'HIGH' || i.severity.name === 'MEDIUM'),
    );
    expect(serious.map((i) => `${i.id} ${i.file}:${i.location.line} ${i.description}`)).toEqual([]);
  }, 60_000);
});
