// Makes the Word 97–2003 fixtures in tests/fixtures/word, once, with LibreOffice as the independent
// producer (Debian: apt-get install -y libreoffice-writer-nogui). The results are committed; the
// tests do not need LibreOffice.
//   node scripts/make-word-fixtures.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import CFB from 'cfb';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'tests/fixtures/word');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'word-fixtures-'));
fs.mkdirSync(OUT, { recursive: true });

/** LibreOffice's conversion of a file to Word 97 (.doc). */
function toDoc(file, inFilter) {
  execFileSync(
    'soffice',
    ['--headless', ...(inFilter ? [`--infilter=${inFilter}`] : []), '--convert-to', 'doc', '--outdir', work, file],
    { stdio: 'ignore' },
  );
  return path.join(work, `${path.basename(file, path.extname(file))}.doc`);
}

// Every seed, from its text (UTF-8, a paragraph a line).
const seeds = fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'));
for (const seed of seeds) {
  fs.copyFileSync(path.join(ROOT, 'seeds', seed), path.join(work, seed));
  const doc = toDoc(path.join(work, seed), 'Text (encoded):UTF8,LF,,,');
  fs.copyFileSync(doc, path.join(OUT, `${path.basename(seed, '.txt')}.doc`));
}
// WPS Office saves its .wps as a Word binary document: the same bytes under WPS's name.
fs.copyFileSync(
  path.join(OUT, 'jiangxi-2016-internet-plus-circulation.doc'),
  path.join(OUT, 'jiangxi-2016-internet-plus-circulation.wps'),
);

// A 分工 notice with a table: an empty cell and a cell of two paragraphs.
const cell = (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
const row = (...cells) => new TableRow({ children: cells.map(cell) });
const notice = new Document({
  sections: [
    {
      children: [
        new Paragraph('某县人民政府办公室关于印发重点工作分工的通知'),
        new Paragraph('各乡镇人民政府：'),
        new Paragraph('现将重点工作分工印发给你们，请认真落实。'),
        new Table({
          rows: [
            row('序号', '重点工作', '牵头单位', '配合单位'),
            row('1', '建设县域物流中心', '县商务局', '县交通运输局'),
            row('2', '整治农贸市场', '县市场监管局', ''),
            new TableRow({
              children: [
                cell('3'),
                new TableCell({ children: [new Paragraph('改造农贸市场'), new Paragraph('提升冷链能力')] }),
                cell('县商务局'),
                cell('县财政局'),
              ],
            }),
          ],
        }),
        new Paragraph('某县人民政府办公室'),
        new Paragraph('2021年5月6日'),
      ],
    },
  ],
});
fs.writeFileSync(path.join(work, 'table.docx'), await Packer.toBuffer(notice));
fs.copyFileSync(toDoc(path.join(work, 'table.docx')), path.join(OUT, 'table.doc'));

// Word marks a password-protected document in its FIB (fEncrypted); the same file with the mark set.
const plain = CFB.read(fs.readFileSync(path.join(OUT, 'jiangsu-2016-internet-plus-circulation.doc')), { type: 'buffer' });
const word = CFB.find(plain, 'WordDocument');
const fib = Buffer.from(word.content);
fib.writeUInt16LE(fib.readUInt16LE(0x0a) | 0x0100, 0x0a);
word.content = fib;
fs.writeFileSync(path.join(OUT, 'encrypted.doc'), CFB.write(plain, { type: 'buffer' }));

// A Microsoft Works word-processor file is a compound file without Word's stream.
const works = CFB.utils.cfb_new();
CFB.utils.cfb_add(works, '/MatOST', Buffer.from('Microsoft Works'));
CFB.utils.cfb_add(works, '/CONTENTS', Buffer.from('某县人民政府关于某事的通知'));
fs.writeFileSync(path.join(OUT, 'works.wps'), CFB.write(works, { type: 'buffer' }));

fs.rmSync(work, { recursive: true, force: true });
console.log(fs.readdirSync(OUT).join('\n'));
