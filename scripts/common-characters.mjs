// Writes renderer/src/common/common-characters.ts: the characters official documents use most, by
// their frequency in the bundled seeds and the collected real documents (tests/fixtures/real-forms*).
// The reader loads the reading font for them while the library is idle, so that the first document
// opened does not wait for the font's pieces. Run it again when the collections grow: `node
// scripts/common-characters.mjs`.
import fs from 'node:fs';
import path from 'node:path';

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
const out = `// Written by scripts/common-characters.mjs from ${files.length} documents: the ${COUNT} characters they use
// most, ${(100 * share).toFixed(1)} % of their text.
export const COMMON_CHARACTERS =
  '${top.map(([ch]) => ch).join('')}';
`;
fs.writeFileSync(path.join(ROOT, 'renderer/src/common/common-characters.ts'), out);
console.log(`${COUNT} characters, ${(100 * share).toFixed(1)} % of ${total} in ${files.length} documents`);
