import fs from 'node:fs';
import path from 'node:path';
import { asDocx, asGovernmentPage, asPdf, asScannedPdf } from '../fixtures/formats.js';
import { type App, expect, ROOT, test } from './fixtures.js';

const seed = (file: string) => fs.readFileSync(path.join(ROOT, 'seeds', file), 'utf8');
const rows = (app: App) => app.page.locator('.library-table tbody tr');

/** The seeds deleted, so that the same policies come in anew from other formats. */
async function emptyLibrary(app: App) {
  await expect(rows(app)).toHaveCount(5);
  while ((await rows(app).count()) > 0) {
    await rows(app).first().getByRole('button', { name: '删除' }).click();
    await app.page.waitForTimeout(50);
  }
}

test('Word (.docx and .doc), OFD, web page and PDF files import like the text, and other formats say how to proceed', async ({
  app,
}, testInfo) => {
  await emptyLibrary(app);
  const dir = fs.mkdtempSync(path.join(app.dataDir, 'upload-'));
  const files = {
    'guangdong.docx': await asDocx(seed('guangdong-2016-ecommerce-plan.txt')),
    'jiangsu.html': asGovernmentPage(seed('jiangsu-2016-internet-plus-circulation.txt'), 'gb2312'),
    'hubei.pdf': await asPdf(seed('hubei-2016-internet-plus-circulation-traditional.txt')),
    'lishui.doc': fs.readFileSync(path.join(ROOT, 'tests/fixtures/word/lishui-2015-ecommerce.doc')),
    'jiangxi.ofd': fs.readFileSync(path.join(ROOT, 'tests/fixtures/ofd/jiangxi-2016-internet-plus-circulation.ofd')),
    '旧通知.rtf': Buffer.from('{\\rtf1 }'),
  };
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
  await app.page.getByTestId('import-input').setInputFiles(Object.keys(files).map((name) => path.join(dir, name)));
  await expect(app.page.getByText('导入完成：新增 5 篇，重复 0 篇，失败 1 篇')).toBeVisible({ timeout: 20_000 });
  await expect(app.page.locator('.import-failures')).toContainText('旧通知.rtf：.rtf 文件无法直接导入');
  await expect(app.page.locator('.cell-title a')).toHaveText([
    '關于深入實施“互聯網+流通”行動計劃的實施意見',
    '省政府办公厅关于深入实施“互联网+流通”行动计划的意见',
    '广东省大力发展电子商务加快培育经济新动力的实施方案',
    '江西省人民政府办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的实施意见',
    // Its five-year term ran out in 2020: what is no longer in force comes after what is.
    '关于促进电子商务发展的实施意见',
  ]);
  await testInfo.attach('imported from three formats', { body: await app.page.screenshot(), contentType: 'image/png' });
});

test('a long import can be cancelled between files, leaving only whole documents', async ({ app }) => {
  const dir = fs.mkdtempSync(path.join(app.dataDir, 'upload-'));
  const base = seed('lishui-2015-ecommerce.txt');
  const names: string[] = [];
  for (let i = 0; i < 60; i++) {
    const name = path.join(dir, `丽水-${i}.txt`);
    fs.writeFileSync(name, `${base}\n附：第 ${i} 份抄送件。\n`);
    names.push(name);
  }
  await app.page.getByTestId('import-input').setInputFiles(names);
  await expect(app.page.locator('.import-status progress')).toBeVisible();
  await app.page.getByRole('button', { name: '取消导入' }).click();
  const summary = app.page.locator('.import-summary');
  await expect(summary).toContainText('已取消：其余');
  const text = (await summary.textContent()) ?? '';
  const imported = Number(/新增 (\d+) 篇/.exec(text)?.[1]);
  const duplicate = Number(/重复 (\d+) 篇/.exec(text)?.[1]);
  const left = Number(/其余 (\d+) 个/.exec(text)?.[1]);
  expect(imported + duplicate + left).toBe(60);
  expect(left).toBeGreaterThan(0);
  // Every copy is a document of its own (its title is derived, so none is taken for a new version).
  expect(duplicate).toBe(0);
  await expect(rows(app)).toHaveCount(5 + imported);
});

test('a folder imports whole: nested files of every type, duplicates skipped, other files counted', async ({ app }) => {
  const dir = fs.mkdtempSync(path.join(app.dataDir, 'folder-'));
  fs.mkdirSync(path.join(dir, '2016', '江苏'), { recursive: true });
  fs.writeFileSync(path.join(dir, '2016', 'guangdong.docx'), await asDocx(seed('guangdong-2016-ecommerce-plan.txt')));
  fs.writeFileSync(
    path.join(dir, '2016', '江苏', 'jiangsu.htm'),
    asGovernmentPage(seed('jiangsu-2016-internet-plus-circulation.txt')),
  );
  fs.writeFileSync(
    path.join(dir, '2016', '新通知.txt'),
    '湘政办发〔2017〕5号\n各市州人民政府，省政府各部门：\n为加快发展农村电子商务，现提出如下意见。\n一、总体要求\n（一）发展目标。到2020年，全省农村电商交易额突破1000亿元。\n二、保障措施\n各地要加强组织领导。\n湖南省人民政府办公厅\n2017年3月8日\n',
  );
  fs.writeFileSync(path.join(dir, '2016', '封面.gif'), 'GIF89a');
  await app.page.getByTestId('import-folder-input').setInputFiles(dir);
  await expect(app.page.locator('.import-summary')).toHaveText(
    '导入完成：新增 1 篇，重复 2 篇，失败 0 篇 另有 1 个文件不是可导入的类型，已跳过。',
  );
  await expect(rows(app)).toHaveCount(6);
});

test('a scanned page imports as recognised text, and the reader says so', async ({ app }, testInfo) => {
  const dir = fs.mkdtempSync(path.join(app.dataDir, 'upload-'));
  const file = path.join(dir, '扫描件.jpg');
  fs.copyFileSync(path.join(ROOT, 'tests/fixtures/scans/jiangsu-200dpi.jpg'), file);
  await app.page.getByTestId('import-input').setInputFiles([file]);
  await expect(app.page.locator('.import-summary')).toContainText('新增 1 篇', { timeout: 90_000 });
  await app.page.locator('.cell-title a', { hasText: '深入实施' }).last().click();
  await expect(app.page.locator('.badge-recognised')).toHaveText(/扫描件识别，1 页，平均置信度 \d+%/);
  await expect(app.page.locator('.doc-body')).toContainText('推动流通企业创新发展');
  await testInfo.attach('recognised scan', { body: await app.page.screenshot(), contentType: 'image/png' });
  if (process.env.SHOTS) await app.page.screenshot({ path: `${process.env.SHOTS}/scan.png` });
});

test('a scan of several pages shows the page being recognised, and cancelling it keeps nothing of it', async ({
  app,
}, testInfo) => {
  const dir = fs.mkdtempSync(path.join(app.dataDir, 'upload-'));
  const page = fs.readFileSync(path.join(ROOT, 'tests/fixtures/scans/jiangsu-200dpi.jpg'));
  const file = path.join(dir, '扫描件三页.pdf');
  fs.writeFileSync(file, await asScannedPdf([page, page, page]));
  await app.page.getByTestId('import-input').setInputFiles([file]);
  const pages = app.page.locator('.import-pages');
  await expect(pages).toHaveText('正在识别扫描件第 1 / 3 页', { timeout: 30_000 });
  await expect(pages).toHaveText('正在识别扫描件第 2 / 3 页', { timeout: 60_000 });
  await expect(pages.locator('progress')).toHaveAttribute('max', '3');
  await testInfo.attach('page progress', { body: await app.page.screenshot(), contentType: 'image/png' });
  if (process.env.SHOTS) await app.page.screenshot({ path: `${process.env.SHOTS}/scan-progress.png` });
  await app.page.getByRole('button', { name: '取消导入' }).click();
  await expect(app.page.locator('.import-summary')).toHaveText(
    '导入完成：新增 0 篇，重复 0 篇，失败 0 篇 已取消：其余 1 个文件未导入。',
    {
      timeout: 10_000,
    },
  );
  await expect(rows(app)).toHaveCount(5);
});

test('a stretch recognised with little confidence opens the scanned page it was read from', async ({ app }, testInfo) => {
  await emptyLibrary(app);
  const dir = fs.mkdtempSync(path.join(app.dataDir, 'upload-'));
  const file = path.join(dir, '湖北扫描件.pdf');
  // A worn copy (120 dpi, dusty, a coarse JPEG): the clean scans are now read with confidence throughout.
  fs.copyFileSync(path.join(ROOT, 'tests/fixtures/scans/hubei-worn-120dpi.pdf'), file);
  await app.page.getByTestId('import-input').setInputFiles([file]);
  await expect(app.page.locator('.import-summary')).toContainText('新增 1 篇', { timeout: 120_000 });
  await app.page.locator('.cell-title a').first().click();
  await expect(app.page.locator('.badge-recognised')).toBeVisible();
  const marks = app.page.locator('.doubt-mark');
  await expect(marks.first()).toHaveText('原件 P1');
  await expect(marks.first()).toHaveAttribute('title', /此段识别置信度低（\d+%）：点击对照原件第 1 页/);
  if (process.env.SHOTS) await app.page.screenshot({ path: `${process.env.SHOTS}/doubtful-mark.png` });
  await marks.first().click();
  const image = app.page.locator('.page-image img');
  await expect(image).toBeVisible({ timeout: 30_000 });
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(800);
  await expect(app.page.locator('.page-image-dialog .dialog-title')).toHaveText(/原件第 1 页（识别置信度 \d+%）/);
  await testInfo.attach('page beside a doubtful line', { body: await app.page.screenshot(), contentType: 'image/png' });
  if (process.env.SHOTS) await app.page.screenshot({ path: `${process.env.SHOTS}/doubtful-page.png` });
  await app.page.keyboard.press('Escape');
  await expect(image).toBeHidden();
});

test('an OFD package of several documents imports its first and says so', async ({ app }) => {
  const dir = fs.mkdtempSync(path.join(app.dataDir, 'upload-'));
  const file = path.join(dir, '两份文档.ofd');
  fs.copyFileSync(path.join(ROOT, 'tests/fixtures/ofd/two-documents.ofd'), file);
  await emptyLibrary(app);
  await app.page.getByTestId('import-input').setInputFiles([file]);
  await expect(app.page.locator('.import-summary')).toContainText('新增 1 篇');
  await expect(app.page.locator('.import-notices')).toHaveText(
    '两份文档.ofd：该 OFD 文件含 2 份文档，只导入了第一份；其余请在 OFD 阅读器中另存后分别导入',
  );
});
