import fs from 'node:fs';
import path from 'node:path';
import { type App, expect, ROOT, test } from './fixtures.js';
import { drawnHighlights, highlight, highlightTexts, openDocument, selectWithMouse } from './reading.js';

const HUBEI = '關于深入實施“互聯網+流通”行動計劃的實施意見';
const GUANGDONG = '广东省大力发展电子商务加快培育经济新动力的实施方案';
const JIANGSU = '省政府办公厅关于深入实施“互联网+流通”行动计划的意见';

const scriptMenu = (app: App) => app.page.getByRole('combobox', { name: '显示文字' });
const article = (app: App) => app.page.locator('article.document');
const seedText = (file: string) => fs.readFileSync(path.join(ROOT, 'seeds', file), 'utf8');

test('a traditional policy read in simplified: head, outline, body and title convert, and the choice is remembered', async ({
  app,
}, testInfo) => {
  await openDocument(app, HUBEI);
  await expect(scriptMenu(app)).toHaveValue('original');
  await expect(scriptMenu(app).locator('option:checked')).toHaveText('原文（繁体）');
  await expect(article(app)).toHaveAttribute('lang', 'zh-Hant');

  await scriptMenu(app).selectOption('cn');
  const simplifiedTitle = '关于深入实施“互联网+流通”行动计划的实施意见';
  await expect(app.page.getByRole('heading', { level: 1 })).toContainText(simplifiedTitle);
  await expect(article(app)).toHaveAttribute('lang', 'zh-Hans');
  await expect(app.page.locator('.reader-toolbar-title')).toHaveText(simplifiedTitle);
  await expect(app.page.getByRole('navigation', { name: '目录' }).getByRole('link').first()).toHaveText(
    '一、深入推进流通转型升级',
  );
  await expect(app.page.locator('.doc-body')).toContainText('为贯彻落实《国务院办公厅关于深入实施“互联网+流通”行动计划的意见》');
  await expect(app.page.locator('.doc-body')).not.toContainText('為貫徹落實');
  // The interface language does not follow the document's script.
  await expect(app.page.getByRole('button', { name: '返回文库' })).toBeVisible();
  await testInfo.attach('Hubei in simplified', { body: await app.page.screenshot(), contentType: 'image/png' });

  await app.reload();
  await expect(scriptMenu(app)).toHaveValue('cn');
  await expect(app.page.getByRole('heading', { level: 1 })).toContainText(simplifiedTitle);
  await app.page.keyboard.press('Escape');
  // The library still lists the document in its own script, flagged as traditional.
  const row = app.page.locator('.library-table tbody tr').filter({ hasText: HUBEI });
  await expect(row.locator('.badge')).toHaveAttribute('title', '繁体');
});

test('the S key cycles through the scripts and Shift+S goes back', async ({ app }) => {
  await openDocument(app, GUANGDONG);
  const expected = ['cn', 'tw', 'hk', 'twp', 'original'];
  for (const value of expected) {
    await app.page.keyboard.press('s');
    await expect(scriptMenu(app)).toHaveValue(value);
  }
  await app.page.keyboard.press('Shift+S');
  await expect(scriptMenu(app)).toHaveValue('twp');
  await expect(article(app)).toHaveAttribute('lang', 'zh-Hant-TW');
  await expect(app.page.getByRole('heading', { level: 1 })).toContainText('廣東省大力發展電子商務加快培育經濟新動力的實施方案');
});

test('a highlight made in the Taiwan view sits on the same characters in the original view', async ({ app }) => {
  const quote = '跨境电子商务进出口额年均增长30%左右';
  const shownQuote = '跨境電子商務進出口額年均增長30%左右';
  await openDocument(app, GUANGDONG);
  await scriptMenu(app).selectOption('tw');
  await expect(app.page.locator('.doc-body')).toContainText(shownQuote);

  await highlight(app, shownQuote, '重点');
  const panel = app.page.getByRole('complementary', { name: '批注' });
  await expect(panel.locator('.annotation-item-quote')).toHaveText(shownQuote);
  expect(await highlightTexts(app.page)).toEqual([shownQuote]);

  await scriptMenu(app).selectOption('original');
  const start = seedText('guangdong-2016-ecommerce-plan.txt').indexOf(quote);
  await expect.poll(() => drawnHighlights(app.page)).toMatchObject([{ text: quote, start }]);
  await expect(panel.locator('.annotation-item-quote')).toHaveText(quote);
  await app.reload();
  await expect.poll(() => highlightTexts(app.page)).toEqual([quote]);
});

test('where a Taiwan phrase changes the length, a selection takes whole words and maps back exactly', async ({ app }) => {
  // 互联网 → 網際網路 and 优化 → 最佳化: the shown text is longer than the canonical one.
  await openDocument(app, JIANGSU);
  await scriptMenu(app).selectOption('twp');
  await expect(app.page.locator('.doc-body')).toContainText('支援企業利用網際網路平臺最佳化社會資源配置');

  // The selection starts inside 網際網路; the highlight takes the whole word.
  await highlight(app, '網路平臺最佳化社會資源', '重点', '網際網路平臺最佳化社會資源');
  await scriptMenu(app).selectOption('original');
  const start = seedText('jiangsu-2016-internet-plus-circulation.txt').indexOf('互联网平台优化社会资源配置');
  await expect.poll(() => drawnHighlights(app.page)).toMatchObject([{ text: '互联网平台优化社会资源', start }]);

  // And back: a highlight made in the original shows on the converted words.
  await highlight(app, '拓展产品和服务消费新空间', '待办');
  await scriptMenu(app).selectOption('twp');
  await expect.poll(() => highlightTexts(app.page)).toEqual(['網際網路平臺最佳化社會資源', '拓展產品和服務消費新空間']);
});

test('copy copies the text as shown', async ({ app }) => {
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDocument(app, HUBEI);
  await scriptMenu(app).selectOption('cn');
  await expect(app.page.locator('.doc-body')).toContainText('为贯彻落实');
  await selectWithMouse(app.page, '为贯彻落实');
  await app.page.getByRole('toolbar', { name: '标注工具' }).getByRole('button', { name: '复制' }).click();
  await expect.poll(() => app.page.evaluate(() => navigator.clipboard.readText())).toBe('为贯彻落实');
});

test('the default script in the settings applies to documents without a choice of their own', async ({ app }) => {
  await openDocument(app, GUANGDONG);
  await app.page.getByRole('button', { name: '阅读设置' }).click();
  await app.page.getByRole('combobox', { name: '默认显示文字' }).selectOption('hk');
  await app.page.keyboard.press('Escape');
  await expect(scriptMenu(app)).toHaveValue('hk');
  await expect(article(app)).toHaveAttribute('lang', 'zh-Hant-HK');
  await app.page.keyboard.press('Escape');
  await openDocument(app, HUBEI, '關於深入實施“互聯網+流通”行動計劃的實施意見');
  await expect(scriptMenu(app)).toHaveValue('hk');
});
