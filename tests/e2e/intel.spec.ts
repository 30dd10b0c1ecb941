import fs from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { NATIONAL_TEXT, NATIONAL_TITLE } from '../fixtures/national.js';
import { type App, expect, test } from './fixtures.js';
import { holdBack, openDocument } from './reading.js';

const JIANGSU = '省政府办公厅关于深入实施“互联网+流通”行动计划的意见';
const HUBEI = '關于深入實施“互聯網+流通”行動計劃的實施意見';
const JIANGXI = '江西省人民政府办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的实施意见';

async function importNational(app: App, dir: string) {
  const file = path.join(dir, '国办发〔2016〕24号.txt');
  fs.writeFileSync(file, NATIONAL_TEXT);
  await app.page.getByTestId('import-input').setInputFiles(file);
  await expect(app.page.getByText('导入完成：新增 1 篇，重复 0 篇，失败 0 篇')).toBeVisible({ timeout: 20_000 });
}

test('the departments view lists a province’s tasks, filters them, exports them as CSV and PDF, and opens a task in its document', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await page.getByRole('button', { name: '部门分工' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '部门责任分工' })).toBeVisible();
  await page.getByRole('searchbox', { name: '筛选部门' }).fill('江苏省商务');
  await page.getByRole('button', { name: /^江苏省商务厅 \d+$/ }).click();
  await expect(page).toHaveURL(/#\/departments\?name=/);
  const rows = page.locator('.tasks-table tbody tr');
  await expect(rows).toHaveCount(15);
  await expect(rows.filter({ hasText: '四、加强智慧物流建设。积极推进物联网' })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: '江苏省商务厅 15 项' })).toBeVisible();
  await testInfo.attach('departments', { body: await page.screenshot(), contentType: 'image/png' });

  // Jiangsu names no roles: filtered to 牵头, nothing is left.
  await page.getByRole('combobox', { name: '分工' }).selectOption('lead');
  await expect(page.getByText('没有符合条件的任务。')).toBeVisible();
  await page.getByRole('combobox', { name: '分工' }).selectOption('');

  if (testInfo.project.name !== 'electron') {
    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 CSV' }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe('江苏省商务厅责任分工表.csv');
    const csvText = fs.readFileSync(await csv.path(), 'utf8');
    expect(csvText.startsWith('\uFEFF序号,责任单位,分工,任务,文件\r\n')).toBe(true);
    expect(csvText.trimEnd().split('\r\n')).toHaveLength(16);

    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出责任分工表（PDF）' }).click();
    const pdfFile = await pdfDownload;
    expect(pdfFile.suggestedFilename()).toBe('江苏省商务厅责任分工表.pdf');
    const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(await pdfFile.path())), verbosity: 0 }).promise;
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      text += (await (await pdf.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
    }
    expect(text).toContain('江苏省商务厅责任分工表');
    expect(text).toContain('四、加强智慧物流建设。积极推进物联网');
    await expect(page.getByText('已导出 江苏省商务厅责任分工表.pdf', { exact: true })).toBeVisible();
  }

  // A task opens its document at that paragraph.
  await rows.filter({ hasText: '四、加强智慧物流建设' }).getByRole('button', { name: JIANGSU }).click();
  await expect(page.getByRole('heading', { level: 1, name: JIANGSU })).toBeVisible();
  const heading = page.locator('.doc-body').getByText('四、加强智慧物流建设。', { exact: true });
  await expect(heading).toBeInViewport();
});

test('a citation in the text opens the cited document, which lists its implementations; the seeds’ own panel lists what they cite', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await importNational(app, testInfo.outputPath());
  await openDocument(app, JIANGSU);
  const link = page.locator('.doc-body a.cite', { hasText: `《${NATIONAL_TITLE}》` }).first();
  await expect(link).toBeVisible();
  // Not in the library: marked, no link.
  await expect(page.locator('.doc-body .cite-missing').first()).toContainText(
    '《国务院办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的意见》',
  );

  await page.keyboard.press('i');
  const panel = page.getByRole('complementary', { name: '政策要素' });
  await expect(panel.getByRole('heading', { name: '本文引用（2）' })).toBeVisible();
  await expect(panel.getByRole('link', { name: '打开' })).toHaveCount(1);
  await expect(panel.getByText('文库中没有此文件')).toHaveCount(1);
  await expect(panel.getByRole('heading', { name: '引用本文的文件（0）' })).toBeVisible();

  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: NATIONAL_TITLE })).toBeVisible();
  await page.keyboard.press('i');
  const national = page.getByRole('complementary', { name: '政策要素' });
  await expect(national.getByRole('heading', { name: '落实本文的文件（3）' })).toBeVisible();
  const implementations = national.locator('.intel-list').nth(1).getByRole('link');
  expect((await implementations.allTextContents()).sort()).toEqual([HUBEI, JIANGSU, JIANGXI].sort());
  await testInfo.attach('national document', { body: await page.screenshot(), contentType: 'image/png' });
  await national.getByRole('link', { name: HUBEI }).click();
  await expect(page.getByRole('heading', { level: 1, name: HUBEI })).toBeVisible();

  // The library-wide view: the national document first, with its three implementations.
  await page.goto(`${app.origin}/#/citations`);
  const first = page.locator('.citation-entry').first();
  await expect(first.getByRole('heading')).toContainText('国办发〔2016〕24号');
  await expect(first.getByText('文库中有此文件')).toBeVisible();
  await expect(first.getByText('落实文件 (3)')).toBeVisible();
});

test('two implementations side by side: sections aligned, wording only one has shaded, scrolled as one', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await openDocument(app, JIANGSU);
  await page.getByRole('button', { name: '要素' }).click();
  const panel = page.getByRole('complementary', { name: '政策要素' });
  await panel.getByRole('combobox', { name: '与另一文件对比' }).selectOption({ label: HUBEI });
  await panel.getByRole('button', { name: '对比' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '对比阅读' })).toBeVisible();

  // Different scripts: both shown in simplified to begin with.
  await expect(page.getByRole('checkbox', { name: '统一为简体' })).toBeChecked();
  const pair = page.getByRole('region', { name: '四、加强智慧物流建设 ⇄ 三、深入推進智慧物流服務體系建設' });
  await pair.scrollIntoViewIfNeeded();
  const left = pair.locator('[data-side="a"] > :first-child');
  const right = pair.locator('[data-side="b"] > :first-child');
  await expect(left.locator('.run-in')).toHaveText('四、加强智慧物流建设。');
  await expect(right).toHaveText('三、深入推进智慧物流服务体系建设');
  await expect(pair.getByText('相似度 0.55')).toBeVisible();
  // Level with each other wherever the view is scrolled: one grid row per pair.
  const tops = async () => [(await left.boundingBox())?.y, (await right.boundingBox())?.y];
  const [a, b] = await tops();
  expect(Math.abs((a ?? 0) - (b ?? 1))).toBeLessThan(2);
  await page.locator('.compare-scroll').evaluate((el) => el.scrollBy(0, 137));
  const [a2, b2] = await tops();
  expect(Math.abs((a2 ?? 0) - (b2 ?? 1))).toBeLessThan(2);
  expect(a2).not.toBe(a);

  const shaded = pair.locator('[data-side="a"] mark.diff');
  await expect(shaded.filter({ hasText: '加大流通基础设施投入，规划建设' })).toHaveCount(1);
  await expect(pair.locator('mark.diff', { hasText: '物流基地' })).toHaveCount(0);
  await expect(pair.locator('[data-side="b"] mark.diff').first()).toBeVisible();
  // A Jiangsu section with no Hubei counterpart stands beside an empty cell.
  const alone = page.getByRole('region', { name: '三、加快商品批发市场转型升级 ⇄ —' });
  await expect(alone.getByText('另一文件中没有对应章节')).toBeVisible();
  await expect(alone.locator('[data-side="b"]')).toBeEmpty();
  await testInfo.attach('compare', { body: await page.screenshot(), contentType: 'image/png' });

  // In its own script again, and the other way round.
  await page.getByRole('checkbox', { name: '统一为简体' }).uncheck();
  await expect(right).toHaveText('三、深入推進智慧物流服務體系建設');
  await page.getByRole('button', { name: '⇄ 左右互换' }).click();
  await expect(page.getByRole('region', { name: '三、深入推進智慧物流服務體系建設 ⇄ 四、加强智慧物流建设' })).toBeVisible();
});

test('the facts panel lists a document’s goals with their years and jumps to each', async ({ app }) => {
  const { page } = app;
  await openDocument(app, JIANGXI);
  await page.keyboard.press('i');
  const panel = page.getByRole('complementary', { name: '政策要素' });
  await expect(panel.getByRole('heading', { name: '量化目标（2）' })).toBeVisible();
  await expect(panel.locator('.intel-targets tbody tr')).toHaveText([
    '2020电子商务交易额突破1万亿元',
    '2020网络零售额达到2000亿元',
  ]);
  await expect(panel.getByRole('heading', { name: /^本文责任单位（\d+）$/ })).toBeVisible();
  await panel.getByRole('button', { name: '网络零售额' }).click();
  await expect(page.locator('.doc-body').getByText(/网络零售额达到2000亿元/)).toBeInViewport();
  await panel.getByRole('link', { name: '江西省商务厅' }).click();
  await expect(page).toHaveURL(/#\/departments\?name=.+&doc=[0-9a-f]+/);
  await expect(page.locator('.tasks-table tbody tr').first()).toBeVisible();
  await expect(page.getByRole('combobox', { name: '文件' })).toHaveValue(/^[0-9a-f]{12,64}$/);
});

test('the 要素 panel looks like loading while it is, never like zero', async ({ app }) => {
  const { page } = app;
  await openDocument(app, '广东省大力发展电子商务加快培育经济新动力的实施方案');
  // The document's targets answered late, as on a slow laptop with a large library.
  const release = await holdBack(page, 'targets');
  await page.getByRole('button', { name: '要素' }).click();
  const panel = page.getByRole('complementary', { name: '政策要素' });
  await expect(panel.getByRole('heading', { name: '量化目标（统计中）' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: '本文责任单位（统计中）' })).toBeVisible();
  await expect(panel.getByText('量化目标（0）')).toHaveCount(0);
  await expect(panel.getByText('本文责任单位（0）')).toHaveCount(0);
  release();
  await expect(panel.getByRole('heading', { name: /^量化目标（[1-9]\d*）$/ })).toBeVisible();
  await expect(panel.getByRole('heading', { name: /^本文责任单位（[1-9]\d*）$/ })).toBeVisible();
});
