import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { type App, expect, ROOT, test } from './fixtures.js';
import { openDocument } from './reading.js';

/** A page saved from www.gov.cn: 国务院令第707号 with the portal's information table. */
const GOV_CN_PAGE = path.join(ROOT, '../shared/corpus/govcn/33_govcn_5351177.html');
const DECREE = '中华人民共和国个人所得税法实施条例';
const SUPERVISION = '国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见';

/** A text without a title or a date: its title is composed (推定), its date not found. */
const UNTITLED_LINES = [
  '赣府厅发〔2017〕8号',
  '各市、县（区）人民政府，省政府各部门：',
  '为加快发展农村电子商务，提出如下意见。',
  '一、总体要求',
  '（一）发展目标。到2020年，全省农村电商交易额明显增长。',
  '二、保障措施',
  '各地要加强组织领导。',
  '江西省人民政府办公厅',
];
const UNTITLED_NUMBER = '赣府厅发〔2017〕8号';
const CORRECTED_TITLE = '江西省人民政府办公厅关于加快发展农村电子商务的意见';

const rows = (app: App) => app.page.locator('.library-table tbody tr');
/** A field of the reader's head by its label. */
const headField = (page: Page, label: string) =>
  page
    .locator('.doc-meta > div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('dd');
const reviewFilter = (app: App) => app.page.getByRole('button', { name: /^待核对/ });
const reviewCount = async (app: App) => Number(await reviewFilter(app).locator('.count').textContent());

async function importFiles(app: App, files: Record<string, string | Buffer>) {
  const dir = fs.mkdtempSync(path.join(app.dataDir, 'upload-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  await app.page.getByTestId('import-input').setInputFiles(Object.keys(files).map((name) => path.join(dir, name)));
  await expect(app.page.locator('.import-summary')).toContainText(
    `导入完成：新增 ${Object.keys(files).length} 篇，重复 0 篇，失败 0 篇`,
  );
}

test('a gov.cn page shows its information table in the reading view’s head', async ({ app }, testInfo) => {
  await importFiles(app, { 'govcn-707.html': fs.readFileSync(GOV_CN_PAGE) });
  const row = rows(app).filter({ hasText: DECREE });
  await expect(row.locator('.cell-genre')).toHaveText('条例');
  await expect(row.locator('.cell-number')).toHaveText('国令第707号');
  // Every field comes from the portal's table: nothing to mark.
  await expect(row.locator('.source-mark')).toHaveCount(0);
  await expect(row.locator('.cell-number span[title]')).toHaveAttribute('title', '来源：信息表');

  await openDocument(app, DECREE);
  const page = app.page;
  await expect(page.locator('.doc-number')).toHaveText('国令第707号');
  await expect(headField(page, '索引号')).toHaveText('000014349/2018-00218');
  await expect(headField(page, '主题分类')).toHaveText('财政、金融、审计\\税务');
  await expect(headField(page, '文种')).toHaveText('条例');
  await expect(headField(page, '发文机关')).toHaveText('国务院');
  await expect(headField(page, '成文日期')).toHaveText('2018-12-18');
  await expect(headField(page, '发布日期')).toHaveText('2018-12-22');
  await expect(page.locator('.doc-head .source-mark')).toHaveCount(0);
  // The information table is shown as fields, not as text.
  await expect(page.locator('.doc-body')).not.toContainText('000014349');
  await testInfo.attach('gov.cn head', { body: await page.screenshot(), contentType: 'image/png' });
});

test('an untitled document is marked and listed to check, and corrected from its first lines in the reader', async ({
  app,
}, testInfo) => {
  const page = app.page;
  await importFiles(app, {
    'govcn-707.html': fs.readFileSync(GOV_CN_PAGE),
    '无标题.txt': `${UNTITLED_LINES.join('\n')}\n`,
  });
  const untitled = rows(app).filter({ hasText: UNTITLED_NUMBER });
  const titleMark = untitled.locator('.cell-title .source-mark');
  await expect(titleMark).toHaveText('推定');
  await expect(titleMark).toHaveAttribute('title', '推定：文中没有明写，由其他线索推断，请核对');
  await expect(untitled.locator('.cell-date .source-mark')).toHaveAttribute('title', '未找到：文中没有写明，请核对');
  await expect(untitled.locator('.cell-date .source-mark')).toContainText('缺');

  // 待核对 lists it, with the count on the button, and not the page whose table gave every field.
  const toReview = await reviewCount(app);
  await reviewFilter(app).click();
  await expect(reviewFilter(app)).toHaveAttribute('aria-pressed', 'true');
  await expect(rows(app)).toHaveCount(toReview);
  await expect(untitled).toHaveCount(1);
  await expect(rows(app).filter({ hasText: DECREE })).toHaveCount(0);
  await testInfo.attach('to check', { body: await page.screenshot(), contentType: 'image/png' });

  await untitled.locator('.cell-title a').click();
  await expect(page.locator('.doc-title .source-mark')).toHaveText('推定');
  await expect(headField(page, '成文日期')).toContainText('缺');

  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: '编辑文件信息' });
  await expect(dialog.locator('.opening-line')).toHaveText(UNTITLED_LINES);
  await expect(dialog.getByLabel('标题')).toHaveAccessibleDescription('推定');
  await expect(dialog.getByLabel('成文日期')).toHaveAccessibleDescription('未找到');
  await expect(dialog.getByLabel('发文字号')).toHaveAccessibleDescription('版头');

  // The issuer's line into the title, then the rest typed after it.
  await dialog.getByLabel('标题').click();
  await dialog.getByRole('button', { name: '江西省人民政府办公厅', exact: true }).click();
  await expect(dialog.getByLabel('标题')).toHaveValue('江西省人民政府办公厅');
  await expect(dialog.getByLabel('标题')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type('关于加快发展农村电子商务的意见');
  // The preamble's line gives the 文种 it ends with.
  await dialog.getByLabel('文种').focus();
  await dialog.getByRole('button', { name: '为加快发展农村电子商务，提出如下意见。', exact: true }).click();
  await expect(dialog.getByLabel('文种')).toHaveValue('意见');
  await dialog.getByLabel('成文日期').fill('2017-03-08');
  await testInfo.attach('编辑信息', { body: await page.screenshot(), contentType: 'image/png' });
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();

  // The head follows at once, without its marks.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CORRECTED_TITLE);
  await expect(page.locator('.doc-head .source-mark')).toHaveCount(0);
  await expect(headField(page, '文种')).toHaveText('意见');
  await expect(headField(page, '成文日期')).toHaveText('2017-03-08');
  await page.keyboard.press('e');
  await expect(dialog.getByLabel('标题')).toHaveAccessibleDescription('已更正');
  await expect(dialog.getByLabel('文种')).toHaveAccessibleDescription('已更正');
  // The issuer is its sign-off's, the name on the text's last line (undated): saving leaves it so.
  await expect(dialog.getByLabel('发文机关')).toHaveAccessibleDescription('落款');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.keyboard.press('Escape');
  const corrected = rows(app).filter({ hasText: UNTITLED_NUMBER });
  await expect(corrected.locator('.cell-title a')).toHaveText(CORRECTED_TITLE);
  await expect(corrected.locator('.source-mark')).toHaveCount(0);
  await expect(reviewFilter(app).locator('.count')).toHaveText(String(toReview - 1));
  await reviewFilter(app).click();
  await expect(rows(app)).toHaveCount(toReview - 1);
  await expect(corrected).toHaveCount(0);
  await app.reload();
  await expect(rows(app).filter({ hasText: CORRECTED_TITLE }).locator('.source-mark')).toHaveCount(0);
});

test('the 文种 and 主题分类 filters narrow the library', async ({ app }, testInfo) => {
  await importFiles(app, {
    'govcn-707.html': fs.readFileSync(GOV_CN_PAGE),
    'govcn-5365945.html': fs.readFileSync(path.join(GOV_CN_PAGE, '../01_govcn_5365945.html')),
  });
  await expect(rows(app)).toHaveCount(7);
  const genre = app.page.getByRole('combobox', { name: '文种' });
  await genre.selectOption('条例');
  await expect(rows(app).locator('.cell-title a')).toHaveText([DECREE]);
  await expect(app.page.locator('.library-count')).toHaveText('显示 1 / 7 篇');
  await genre.selectOption('意见');
  await expect(rows(app).filter({ hasText: SUPERVISION })).toHaveCount(1);
  await expect(rows(app).filter({ hasText: DECREE })).toHaveCount(0);
  for (const cell of await rows(app).locator('.cell-genre').all()) await expect(cell).toHaveText(/^意见/);
  await app.page.getByRole('button', { name: '清除筛选' }).click();
  await expect(rows(app)).toHaveCount(7);

  const topic = app.page.getByRole('combobox', { name: '主题分类' });
  await expect(topic.locator('option')).toHaveText([
    '全部',
    '财政、金融、审计',
    '财政、金融、审计 › 税务',
    '市场监管、安全生产监管',
    '市场监管、安全生产监管 › 工商',
  ]);
  await topic.selectOption('市场监管、安全生产监管');
  await expect(rows(app).locator('.cell-title a')).toHaveText([SUPERVISION]);
  await topic.selectOption('财政、金融、审计\\税务');
  await expect(rows(app).locator('.cell-title a')).toHaveText([DECREE]);
  await testInfo.attach('filtered by topic', { body: await app.page.screenshot(), contentType: 'image/png' });
});

test('a joint document’s long row of issuers wraps beside its title instead of squeezing it', async ({ app }, testInfo) => {
  const title =
    '全国妇联、教育部、中央文明办、民政部、卫生部、国家人口计生委、中国关工委关于印发《关于指导推进家庭教育的五年规划》的通知';
  await importFiles(app, {
    'joint.txt': [
      title,
      '妇字〔2012〕8号',
      '各省、自治区、直辖市妇联、教育厅(教委)、文明办:',
      '现将《关于指导推进家庭教育的五年规划》印发给你们,请结合实际认真贯彻落实。',
      '全国妇联 教育部 中央文明办 民政部 卫生部 国家人口计生委 中国关工委',
      '2012年1月4日',
    ].join('\n'),
  });
  const row = rows(app).filter({ hasText: '妇字〔2012〕8号' });
  await expect(row.locator('.cell-issuer')).toContainText('中国关工委');
  const titleBox = await row.locator('.cell-title').boundingBox();
  const issuerBox = await row.locator('.cell-issuer').boundingBox();
  // The title keeps the widest column; the seven bodies wrap within theirs.
  expect(titleBox?.width ?? 0).toBeGreaterThan(issuerBox?.width ?? 0);
  expect(titleBox?.width ?? 0).toBeGreaterThan(250);
  await testInfo.attach('joint issuers', { body: await app.page.screenshot(), contentType: 'image/png' });
});
