// Writes renderer/src/common/common-characters.ts: the characters official documents use most, by
// their frequency in the bundled seeds and the collected real documents (tests/fixtures/real-forms*).
// The reader loads the reading font for them while the library is idle, so that the first document
// opened does not wait for the font's pieces. Run it again when the collections grow: `node
// scripts/common-characters.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';

const ROOT = path.resolve(import.meta.dirname, '..');
const COUNT = 1000;
const counts = new Map();
const files = [
  ...fs.readdirSync(path.join(ROOT, 'seeds')).map((f) => path.join(ROOT, 'seeds', f)),
  ...fs
    .readdirSync(path.join(ROOT, 'tests/fixtures'))
    .filter((d) => d.startsWith('real-forms'))
    .flatMap((d) =>
      fs
        .readdirSync(path.join(ROOT, 'tests/fixtures', d))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(ROOT, 'tests/fixtures', d, f)),
    ),
];
for (const file of files) {
  for (const ch of fs.readFileSync(file, 'utf8')) if (/[\u4e00-\u9fff]/.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
}
const total = [...counts.values()].reduce((a, b) => a + b, 0);
const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, COUNT);
const share = top.reduce((n, [, c]) => n + c, 0) / total;
const common = top.map(([ch]) => ch).join('');
// The same characters as the reader's traditional views write them (臺灣正體, 香港繁體, OpenCC's standard).
const traditional = new Set();
for (const to of ['tw', 'hk', 't']) {
  for (const ch of OpenCC.Converter({ from: 'cn', to })(common)) if (!common.includes(ch)) traditional.add(ch);
}
const out = `// Written by scripts/common-characters.mjs from ${files.length} documents: the ${COUNT} characters they use
// most, ${(100 * share).toFixed(1)} % of their text.
export const COMMON_CHARACTERS =
  '${common}';

// Their traditional forms where these differ, for the reader's first switch of script.
export const COMMON_TRADITIONAL =
  '${[...traditional].join('')}';
`;
fs.writeFileSync(path.join(ROOT, 'renderer/src/common/common-characters.ts'), out);
console.log(
  `${COUNT} characters, ${(100 * share).toFixed(1)} % of ${total} in ${files.length} documents; ${traditional.size} traditional forms`,
);
