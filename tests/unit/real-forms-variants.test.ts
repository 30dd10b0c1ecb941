// Every real document of the held-out sets, read again as it might reach the reader by another
// road: copied out of a PDF viewer (hard-wrapped at 28 characters), or converted to traditional
// script by a mirror site. The fields read right from the page must stay right.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../main/core/extract/index.js';
import { canonicalText } from '../../main/core/parse/canonical.js';
import { parsePolicy } from '../../main/core/parse/index.js';
import { convertText } from '../../shared/script-conversion.js';
import { CORPORA, got, isRight, readExpected, SCORED_FIELDS } from '../eval/evaluate.js';
import { asCopiedFromPdf, asTraditionalMirror } from '../fixtures/text-variants.js';

interface Outcome {
  kept: number;
  lost: string[];
}

/** Of the fields a text file's parse gets right, those its variant's parse gets right too. */
async function keptThrough(variant: (text: string) => string, expectedIn: (want: string) => string): Promise<Outcome> {
  const outcome: Outcome = { kept: 0, lost: [] };
  for (const corpus of CORPORA.filter((c) => c.name.startsWith('real forms'))) {
    for (const expected of readExpected(corpus.dir)) {
      if (!expected.file.endsWith('.txt')) continue;
      const text = (await extractText(fs.readFileSync(path.join(corpus.dir, expected.file)), expected.file)).text;
      const original = parsePolicy(text);
      const changed = parsePolicy(canonicalText(variant(text)));
      for (const field of SCORED_FIELDS) {
        if (!(field in expected)) continue;
        const want = expected[field] ?? null;
        if (!isRight(original, field, want)) continue;
        const wanted = want === null || field === 'genre' ? want : expectedIn(want);
        // A phrase the converter renders two ways (答覆 / 答復) counts as the same field.
        const value = got(changed, field);
        const same =
          isRight(changed, field, wanted) || (value !== null && convertText(value, 'cn') === convertText(wanted ?? '', 'cn'));
        if (same) outcome.kept++;
        else outcome.lost.push(`${path.basename(corpus.dir)}/${expected.file} ${field}: ${JSON.stringify(value)}`);
      }
    }
  }
  return outcome;
}

const share = ({ kept, lost }: Outcome) => kept / (kept + lost.length);

describe('real documents by other roads', () => {
  it('copied out of a PDF viewer, hard-wrapped at 28 characters: 98.5 % of the fields right stay right', async () => {
    const outcome = await keptThrough(asCopiedFromPdf, (want) => want);
    expect(outcome.kept).toBeGreaterThan(5000);
    expect(share(outcome), outcome.lost.join('\n')).toBeGreaterThanOrEqual(0.985);
  });

  it('converted to traditional script by a mirror: 99.5 % of the fields right stay right', async () => {
    const outcome = await keptThrough(asTraditionalMirror, asTraditionalMirror);
    expect(outcome.kept).toBeGreaterThan(5000);
    expect(share(outcome), outcome.lost.join('\n')).toBeGreaterThanOrEqual(0.995);
  });
});
