// Makes the OFD fixtures in tests/fixtures/ofd, once: a small writer that follows GB/T 33190-2016 and
// lays each seed out as a 公文 is set (A4, type area 156 × 225 mm from 37 mm top and 28 mm left, 28
// characters of 16 pt to a line, 22 lines to a page, first lines indented two characters, the title
// centred in 22 pt, signature and date to the right), every line a TextObject whose TextCode gives
// each character's advance in DeltaX ("g n d"), a page number on a template page. It shares no code
// with the reader. The results are committed:   node scripts/make-ofd-fixtures.mjs
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'tests/fixtures/ofd');
const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
const LEFT = 28;
const TOP = 37;
const WIDTH = 156;
const SIZE = WIDTH / 28;
const LEADING = 225 / 22;
const TITLE_SIZE = 7.76;
/** Parts dated alike: the same fixture bytes every time the script runs. */
const DATE = new Date('2026-01-01T00:00:00Z');
const put = (zip, name, data) => zip.file(name, data, { date: DATE });
const xmlText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The seed's lines set as 公文 lines: { text, size, x } per printed line, paragraphs wrapped at the column. */
function layout(text) {
  const out = [];
  const paragraphs = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  paragraphs.forEach((para, i) => {
    // The head as 公文 set it: the title large and centred, a number or a dated note centred, the
    // addressees flush left; the body's paragraphs indented.
    const isTitle = i === 0 && para.length <= 60 && !/[。：:]$/.test(para) && !/^[（(]/.test(para) && !/号$/.test(para);
    const centred = i === 0 && !isTitle && !/[：:]$/.test(para);
    const flush = /[：:]$/.test(para) && para.length <= 80;
    const right =
      /^\d{4}年\d{1,2}月\d{1,2}日$/.test(para) ||
      (i >= paragraphs.length - 3 && /(政府|办公厅|办公室|厅|局)$/.test(para) && para.length < 20);
    if (isTitle) {
      for (let k = 0; k < para.length; k += 18) {
        const piece = para.slice(k, k + 18);
        out.push({ text: piece, size: TITLE_SIZE, x: LEFT + (WIDTH - piece.length * TITLE_SIZE) / 2, gap: 1.6 });
      }
      return;
    }
    if (right) {
      out.push({ text: para, size: SIZE, x: LEFT + WIDTH - (para.length + 2) * SIZE, gap: 1 });
      return;
    }
    if (centred) {
      out.push({ text: para, size: SIZE, x: LEFT + (WIDTH - para.length * SIZE) / 2, gap: 1 });
      return;
    }
    const chars = [...para];
    let first = !flush;
    while (chars.length > 0) {
      const room = first ? 26 : 28;
      const piece = chars.splice(0, room).join('');
      out.push({ text: piece, size: SIZE, x: LEFT + (first ? 2 * SIZE : 0), gap: 1 });
      first = false;
    }
  });
  return out;
}

function textObject(id, line, y) {
  const n = [...line.text].length;
  const delta = n > 1 ? `g ${n - 1} ${line.size.toFixed(3)}` : '';
  return `<ofd:TextObject ID="${id}" Boundary="${line.x.toFixed(3)} ${y.toFixed(3)} ${(n * line.size).toFixed(3)} ${(line.size * 1.2).toFixed(3)}" Font="2" Size="${line.size.toFixed(3)}"><ofd:TextCode X="0" Y="${(line.size * 0.88).toFixed(3)}"${delta ? ` DeltaX="${delta}"` : ''}>${xmlText(line.text)}</ofd:TextCode></ofd:TextObject>`;
}

async function writeOfd(text, file, { title, author, documents = 1 } = {}) {
  const zip = new JSZip();
  const lines = layout(text);
  const perPage = 22;
  const pages = [];
  let id = 100;
  for (let p = 0; p * perPage < lines.length; p++) {
    let y = TOP;
    const objects = lines.slice(p * perPage, (p + 1) * perPage).map((line) => {
      const object = textObject(id++, line, y);
      y += line.size === TITLE_SIZE ? TITLE_SIZE * 1.6 : LEADING;
      return object;
    });
    pages.push(objects);
  }
  const bodies = Array.from(
    { length: documents },
    (_, d) =>
      `<ofd:DocBody><ofd:DocInfo><ofd:DocID>${'0'.repeat(31)}${d}</ofd:DocID>${title ? `<ofd:Title>${xmlText(title)}</ofd:Title>` : ''}${author ? `<ofd:Author>${xmlText(author)}</ofd:Author>` : ''}<ofd:CreationDate>2016-12-01</ofd:CreationDate><ofd:Creator>make-ofd-fixtures</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_${d}/Document.xml</ofd:DocRoot></ofd:DocBody>`,
  ).join('');
  put(zip, 'OFD.xml', `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} Version="1.0" DocType="OFD">${bodies}</ofd:OFD>`);
  for (let d = 0; d < documents; d++) {
    const doc = `Doc_${d}`;
    put(
      zip,
      `${doc}/Document.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>${id + pages.length * 2 + 10}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes><ofd:TemplatePage ID="3" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData><ofd:Pages>${pages
        .map((_, p) => `<ofd:Page ID="${10 + p}" BaseLoc="Pages/Page_${p}/Content.xml"/>`)
        .join('')}</ofd:Pages></ofd:Document>`,
    );
    put(
      zip,
      `${doc}/PublicRes.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>`,
    );
    // The template carries a rule and no text; the page number is on each page, as 公文 put it.
    put(
      zip,
      `${doc}/Tpls/Tpl_0/Content.xml`,
      `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Content><ofd:Layer ID="4"/></ofd:Content></ofd:Page>`,
    );
    pages.forEach((objects, p) => {
      const number = textObject(90 + p, { text: `— ${p + 1} —`, size: SIZE * 0.9, x: 100, gap: 1 }, 275);
      put(
        zip,
        `${doc}/Pages/Page_${p}/Content.xml`,
        `<?xml version="1.0" encoding="UTF-8"?><ofd:Page ${NS}><ofd:Template TemplateID="3" ZOrder="Background"/><ofd:Content><ofd:Layer ID="${50 + p}"><ofd:PageBlock ID="${60 + p}">${objects.join('')}</ofd:PageBlock>${number}</ofd:Layer></ofd:Content></ofd:Page>`,
      );
    });
  }
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

fs.mkdirSync(OUT, { recursive: true });
for (const seed of fs.readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'))) {
  const text = fs.readFileSync(path.join(ROOT, 'seeds', seed), 'utf8');
  await writeOfd(text, path.join(OUT, `${path.basename(seed, '.txt')}.ofd`), { author: 'OA系统管理员' });
}
// A package of two documents: the first is read.
const jiangsu = fs.readFileSync(path.join(ROOT, 'seeds/jiangsu-2016-internet-plus-circulation.txt'), 'utf8');
await writeOfd(jiangsu, path.join(OUT, 'two-documents.ofd'), {
  documents: 2,
  title: '省政府办公厅关于深入实施“互联网+流通”行动计划的意见',
});
console.log(fs.readdirSync(OUT).join('\n'));
