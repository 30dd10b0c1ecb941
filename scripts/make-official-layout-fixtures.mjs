// Makes the fixtures in tests/fixtures/official, once: a real document (国函〔2018〕144号, its words as the
// State Council's policy library prints them, part of its attachment left out) set out as a 公文 is printed by GB/T 9704-2012 — red masthead,
// number, red rule, the title over two lines, 主送, body, 附件 note, sign-off and date, (此件公开发布),
// the attachment on a page of its own, page numbers "— 1 —" in the footer, and the 版记 (抄送, 印发) at
// the end — written as Word (.docx) here, then turned into PDF and Word 97 (.doc) by LibreOffice, the
// independent producer (Debian: apt-get install -y libreoffice-writer-nogui). The app's own Noto Serif SC
// is handed to LibreOffice for the run, so that the PDF carries real CJK glyphs. The results are
// committed; the tests do not need LibreOffice.
//   node scripts/make-official-layout-fixtures.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AlignmentType, BorderStyle, Document, Footer, Packer, PageBreak, PageNumber, Paragraph, TextRun } from 'docx';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'tests/fixtures/official');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'official-fixtures-'));
fs.mkdirSync(OUT, { recursive: true });

// The font LibreOffice sets the text in, from the app's own package, in a font directory of the run's own.
const fonts = path.join(work, 'fonts');
fs.mkdirSync(fonts);
fs.copyFileSync(
  path.join(ROOT, 'node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'),
  path.join(fonts, 'NotoSerifSC-Regular.ttf'),
);
const fontConfig = path.join(work, 'fonts.conf');
fs.writeFileSync(
  fontConfig,
  `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${fonts}</dir><include ignore_missing="yes">/etc/fonts/fonts.conf</include><cachedir>${path.join(work, 'cache')}</cachedir></fontconfig>`,
);
const FONT = 'Noto Serif SC';
const RED = 'D00000';
/** Sizes in half-points: 二号 22 pt for the masthead's and title's, 三号 16 pt for the text. */
const SIZE = { masthead: 72, title: 44, text: 32, footer: 28, record: 28 };
/** Two characters of 三号 as a first-line indent, in twentieths of a point. */
const INDENT = 640;

const run = (text, options = {}) => new TextRun({ text, font: FONT, size: SIZE.text, ...options });
const centred = (text, options = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, options)], spacing: { after: 120 } });
const body = (text) => new Paragraph({ indent: { firstLine: INDENT }, children: [run(text)], spacing: { line: 560 } });
const right = (text) => new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: INDENT * 2 }, children: [run(text)] });
const flush = (text) => new Paragraph({ children: [run(text)], spacing: { line: 560 } });
const ruled = (text, color) =>
  new Paragraph({
    children: [run(text, { size: SIZE.record })],
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color, space: 4 } },
  });

const BODY = [
  '你部《关于提请调整完善职业教育工作部际联席会议制度的请示》（教职成〔2018〕8号）收悉。现批复如下：',
  '同意建立由国务院领导同志牵头负责的国务院职业教育工作部际联席会议制度。联席会议不刻制印章，不正式行文，请按照国务院有关文件精神，认真组织开展工作。',
  '撤销职业教育工作部际联席会议，其职能并入国务院职业教育工作部际联席会议。',
];
const ATTACHMENT = [
  '为贯彻落实全国教育大会精神，进一步加强对职业教育工作的领导，强化统筹协调，形成工作合力，经国务院同意，建立国务院职业教育工作部际联席会议（以下简称联席会议）制度。',
  '一、主要职能',
  '贯彻落实党中央、国务院关于职业教育工作的重大决策部署；统筹协调全国职业教育工作，研究解决职业教育重大问题；研究审议拟出台的职业教育法律法规和重大政策，部署实施职业教育改革创新重大事项；听取国家职业教育指导咨询委员会等方面的意见建议；督促检查职业教育有关政策措施的落实情况；完成党中央、国务院交办的其他事项。',
  '二、成员单位',
  '联席会议由教育部、发展改革委、工业和信息化部、财政部、人力资源社会保障部、农业农村部、国资委、税务总局、扶贫办9个部门和单位组成，教育部为牵头单位。',
  '联席会议办公室设在教育部，主要承担联席会议组织联络和协调等日常工作。办公室主任由教育部分管职业教育工作的负责同志兼任。联席会议设联络员，由各成员单位有关司局负责同志担任。',
  '三、工作规则',
  '联席会议原则上每年召开两次会议，也可根据工作需要临时召开专题会议，由召集人或召集人委托的副召集人主持。联席会议以纪要形式明确会议议定事项，印发各成员单位及有关方面贯彻落实，重大事项按程序报批，落实情况定期报告联席会议。',
  '四、工作要求',
  '各成员单位要按照职责分工，积极研究办好新时代职业教育的有关问题，制定相关配套政策措施或提出政策建议；互通信息，相互支持，密切配合，形成工作合力，充分发挥联席会议作用。联席会议办公室要及时向各成员单位通报相关情况，推动会议议定事项的落实。',
];

const pageNumber = new Footer({
  children: [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new TextRun({ text: '— ', font: FONT, size: SIZE.footer }),
        new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.footer }),
        new TextRun({ text: ' —', font: FONT, size: SIZE.footer }),
      ],
    }),
  ],
});

const document = new Document({
  sections: [
    {
      properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
      footers: { default: pageNumber },
      children: [
        centred('国务院文件', { color: RED, size: SIZE.masthead }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [run('国函〔2018〕144号')],
          border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 } },
          spacing: { after: 480 },
        }),
        centred('国务院关于同意建立国务院职业教育工作', { size: SIZE.title }),
        centred('部际联席会议制度的批复', { size: SIZE.title }),
        flush('教育部：'),
        ...BODY.map(body),
        body('附件：国务院职业教育工作部际联席会议制度'),
        new Paragraph({ children: [] }),
        right('国务院'),
        right('2018年11月20日'),
        body('（此件公开发布）'),
        new Paragraph({ children: [new PageBreak()] }),
        flush('附件'),
        centred('国务院职业教育工作部际联席会议制度', { size: SIZE.title }),
        ...ATTACHMENT.map(body),
        new Paragraph({ children: [new PageBreak()] }),
        ruled('抄送：党中央各部门，全国人大常委会办公厅，全国政协办公厅。', '000000'),
        ruled('国务院办公厅　　　　　　　　　　　　2018年11月22日印发', '000000'),
      ],
    },
  ],
});

const docx = path.join(work, 'gb9704-reply.docx');
fs.writeFileSync(docx, await Packer.toBuffer(document));
for (const format of ['pdf', 'doc']) {
  execFileSync('soffice', ['--headless', '--convert-to', format, '--outdir', work, docx], {
    stdio: 'ignore',
    env: { ...process.env, FONTCONFIG_FILE: fontConfig },
  });
}
for (const ext of ['docx', 'pdf', 'doc'])
  fs.copyFileSync(path.join(work, `gb9704-reply.${ext}`), path.join(OUT, `gb9704-reply.${ext}`));
fs.rmSync(work, { recursive: true, force: true });
console.log(`wrote ${OUT}/gb9704-reply.{docx,pdf,doc}`);
