import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AMENDMENT, ORIGINAL, REPLACEMENT } from '../fixtures/force-generations.js';
import { type App, expect, test } from './fixtures.js';
import { openDocument } from './reading.js';

const ORIGINAL_TITLE = '江西省人民政府办公厅关于印发江西省公共资源交易管理暂行办法的通知';
const REPLACEMENT_TITLE = '江西省人民政府办公厅关于印发江西省公共资源交易管理办法的通知';

/** Imports three generations of one policy: an interim measure, its amendment, its replacement. */
async function importGenerations(app: App) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-force-'));
  const files = [
    ['赣府厅发〔2016〕66号.txt', ORIGINAL],
    ['贛府廳發〔2018〕20號.txt', AMENDMENT],
    ['赣府厅发〔2020〕30号.txt', REPLACEMENT],
  ].map(([name, text]) => {
    const file = path.join(dir, name as string);
    fs.writeFileSync(file, text as string);
    return file;
  });
  await app.page.getByTestId('import-input').setInputFiles(files);
  await expect(app.page.getByText('导入完成：新增 3 篇，重复 0 篇，失败 0 篇')).toBeVisible({ timeout: 20_000 });
}

const row = (app: App, title: string) => app.page.locator('.library-table tbody tr').filter({ hasText: title });

test('the library shows each policy’s status as of today or a chosen day, filters by it and lists what is in force first', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await importGenerations(app);
  await expect(row(app, ORIGINAL_TITLE).locator('.force-badge')).toHaveText('已废止');
  await expect(row(app, REPLACEMENT_TITLE).locator('.force-badge')).toHaveText('已失效（有效期届满）');
  await expect(row(app, '關於修改').locator('.force-badge')).toHaveText('现行有效');
  await expect(row(app, ORIGINAL_TITLE).locator('.force-badge')).toHaveAttribute('title', /2021-01-01/);
  // In force first, whatever the order: the six in force, then the two expired and the repealed one.
  const badges = await page.locator('.library-table tbody .force-badge').allTextContents();
  expect(badges.slice(0, 5).every((b) => b === '现行有效')).toBe(true);
  expect(badges.slice(5).sort()).toEqual(['已失效（有效期届满）', '已失效（有效期届满）', '已废止'].sort());
  await testInfo.attach('library', { body: await page.screenshot(), contentType: 'image/png' });

  await page.getByRole('combobox', { name: '时效性' }).selectOption('repealed');
  await expect(page.locator('.library-table tbody tr')).toHaveCount(1);
  await expect(row(app, ORIGINAL_TITLE)).toHaveCount(1);
  await page.getByRole('combobox', { name: '时效性' }).selectOption('');

  await page.getByLabel('截至').fill('2019-01-01');
  await expect(row(app, ORIGINAL_TITLE).locator('.force-badge')).toHaveText('已修改');
  await expect(row(app, REPLACEMENT_TITLE).locator('.force-badge')).toHaveText('尚未施行');
  await page.getByLabel('截至').fill('2016-07-01');
  await expect(row(app, ORIGINAL_TITLE).locator('.force-badge')).toHaveText('尚未施行');
});

test('a repealed policy opens under a banner that links to the repealing sentence, lists its lineage and takes a status set by hand', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await importGenerations(app);
  await openDocument(app, ORIGINAL_TITLE);
  const banner = page.locator('.force-banner');
  await expect(banner).toContainText('已废止（暂行）');
  await expect(banner).toContainText(`本文已于2021年1月1日被《${REPLACEMENT_TITLE}》（赣府厅发〔2020〕30号）废止`);
  await page.getByRole('button', { name: '要素' }).click();
  const lineage = page.getByRole('region', { name: '沿革' });
  await expect(lineage.locator('li')).toHaveText([
    '2016-08-01 本文施行',
    /^2018-06-01 被修改 《江西省人民政府辦公廳關於修改/,
    `2021-01-01 被废止 《${REPLACEMENT_TITLE}》（赣府厅发〔2020〕30号）`,
    '2021-07-31 本文有效期届满',
  ]);
  await testInfo.attach('banner', { body: await page.screenshot(), contentType: 'image/png' });

  // The date is the repealing sentence: the replacement opens at it.
  await banner.getByRole('link', { name: '2021年1月1日' }).click();
  await expect(page.locator('.reader-toolbar-title')).toHaveText(REPLACEMENT_TITLE);
  await expect(page).toHaveURL(/\?b=\d+$/);
  const repealing = page.locator('.doc-body').getByText('同时废止');
  await expect(repealing).toBeInViewport();
  // Its citation of the repealed measure carries the mark and says why on hover.
  const cite = page.locator('a.cite-void');
  await expect(cite).toHaveAttribute('data-force', '已废止');
  await expect(cite).toHaveAttribute('title', /所引文件已废止 · 2021-01-01/);
  await expect(page.locator('.force-banner')).toContainText('有效期至2025年12月31日，已届满');

  // Set by hand, with a note: it wins, is marked, and goes back to what the text says.
  await page.getByRole('button', { name: '设定时效性' }).first().click();
  await page.getByRole('combobox', { name: '时效性' }).selectOption('inForce');
  await page.getByRole('textbox', { name: '说明（依据、文号等）' }).fill('赣府厅字〔2025〕9号决定延续执行');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.force-banner')).toContainText('现行有效（手动设定）');
  await expect(page.locator('.force-banner')).toContainText('赣府厅字〔2025〕9号决定延续执行');
  await page.getByRole('button', { name: /返回文库/ }).click();
  await expect(row(app, REPLACEMENT_TITLE).locator('.force-badge')).toHaveAttribute('data-source', 'user');
  await expect(row(app, REPLACEMENT_TITLE).locator('.force-badge')).toContainText('现行有效');
  await app.reload();
  await expect(row(app, REPLACEMENT_TITLE).locator('.force-badge')).toContainText('现行有效');
});

test('search shows each result’s status and filters by it; the departments view can keep to documents in force', async ({
  app,
}) => {
  const { page } = app;
  await importGenerations(app);
  await page.keyboard.press('/');
  await page.keyboard.type('公共资源交易');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: '全文搜索' })).toBeVisible();
  const result = (title: string) => page.locator('.search-result').filter({ hasText: title });
  await expect(result(ORIGINAL_TITLE).locator('.force-badge')).toHaveText('已废止');
  await expect(result(REPLACEMENT_TITLE).locator('.force-badge')).toHaveText('已失效（有效期届满）');
  await page.getByRole('combobox', { name: '时效性' }).selectOption('repealed');
  await expect(page.locator('.search-result-title')).toHaveText([ORIGINAL_TITLE]);
  await expect(page).toHaveURL(/force=repealed/);

  // The Lishui measure's five-year term ran out in 2020: its tasks go when only documents in force are kept.
  await page.evaluate((name) => {
    location.hash = `#/departments?name=${encodeURIComponent(name)}`;
  }, '丽水市商务局');
  const rows = page.locator('.tasks-table tbody tr');
  await expect(rows.first()).toBeVisible();
  await page.getByRole('checkbox', { name: '只看现行有效文件的任务' }).check();
  await expect(page).toHaveURL(/inForce=1/);
  await expect(page.getByText('没有符合条件的任务。')).toBeVisible();
});
