import fs from 'node:fs';
import { expect, test } from './fixtures.js';
import { clickHighlight, drawnHighlights, flashedText, highlight, highlightTexts, holdBack, openDocument } from './reading.js';

const GUANGDONG = '广东省大力发展电子商务加快培育经济新动力的实施方案';
const QUOTE = '跨境电子商务进出口额年均增长30%左右';

test('a highlight made by mouse selection, with a note and a tag, survives a reload on the same characters', async ({
  app,
}, testInfo) => {
  await openDocument(app, GUANGDONG);
  await highlight(app, QUOTE, '重点');
  await expect.poll(() => drawnHighlights(app.page)).toMatchObject([{ text: QUOTE, color: 'red', underline: false }]);

  await clickHighlight(app.page);
  const editor = app.page.getByRole('dialog', { name: '编辑批注' });
  await editor.getByRole('textbox', { name: '批注' }).fill('目标值：年均三成\n需与商务厅核对');
  await editor.getByRole('textbox', { name: '添加标签，回车确认' }).fill('指标');
  await app.page.keyboard.press('Enter');
  await expect(editor.getByText('#指标')).toBeVisible();
  await app.page.waitForTimeout(600);
  await testInfo.attach('annotation editor', { body: await app.page.screenshot(), contentType: 'image/png' });
  await app.page.keyboard.press('Escape');

  await app.reload();
  const text = fs.readFileSync(new URL('../../seeds/guangdong-2016-ecommerce-plan.txt', import.meta.url), 'utf8');
  await expect
    .poll(() => drawnHighlights(app.page))
    .toEqual([{ text: QUOTE, color: 'red', underline: false, start: text.indexOf(QUOTE) }]);
  const panel = app.page.getByRole('complementary', { name: '批注' });
  await expect(panel.locator('.annotation-item-note')).toHaveText('目标值：年均三成\n需与商务厅核对');
  await expect(panel.locator('.annotation-item-meta')).toContainText('#指标');
});

test('colour change, delete and undo', async ({ app }) => {
  await openDocument(app, GUANGDONG);
  await highlight(app, QUOTE, '重点');
  await clickHighlight(app.page);
  const editor = app.page.getByRole('dialog', { name: '编辑批注' });
  const drawn = () => drawnHighlights(app.page);
  await editor.getByRole('radio', { name: '待办' }).click();
  await expect.poll(drawn).toMatchObject([{ text: QUOTE, color: 'green', underline: false }]);
  await editor.getByRole('radio', { name: '下划线' }).click();
  await expect.poll(drawn).toMatchObject([{ text: QUOTE, color: 'green', underline: true }]);
  await editor.getByRole('button', { name: '删除' }).click();
  await expect.poll(drawn).toEqual([]);
  await app.page.locator('.toast').getByRole('button', { name: '撤销' }).click();
  await expect.poll(drawn).toMatchObject([{ text: QUOTE, color: 'green', underline: true }]);
  await app.reload();
  await expect.poll(drawn).toMatchObject([{ text: QUOTE, color: 'green', underline: true }]);
});

test('a selection across two paragraphs is one annotation', async ({ app }) => {
  await openDocument(app, '省政府办公厅关于深入实施“互联网+流通”行动计划的意见');
  const page = app.page;
  const box = await page.evaluate(() => {
    const marks = [...document.querySelectorAll<HTMLElement>('.doc-body [data-s]')];
    const from = marks.find((el) => el.textContent?.includes('向内拓展进口渠道'));
    const to = marks.find((el) => el.textContent?.startsWith('二、推进零售业改革创新'));
    if (!from || !to) throw new Error('passages not found');
    from.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    const node = from.firstChild as Text;
    const at = node.data.indexOf('向内拓展进口渠道');
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const a = range.getBoundingClientRect();
    const b = to.getBoundingClientRect();
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.left + 4 * (b.height / 1.5), y2: b.top + b.height / 2 };
  });
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 12 });
  await page.mouse.up();
  await page.getByRole('toolbar', { name: '标注工具' }).getByRole('button', { name: '下划线' }).click();
  // Drawn over both paragraphs, one stretch each, as one annotation.
  await expect.poll(async () => (await drawnHighlights(page)).length).toBeGreaterThan(1);
  const drawn = await drawnHighlights(page);
  expect(drawn.every((h) => h.underline && h.color === drawn[0]?.color)).toBe(true);
  expect(drawn[0]?.text.startsWith('向内拓展进口渠道')).toBe(true);
  await expect(page.getByRole('complementary', { name: '批注' }).locator('.annotation-item')).toHaveCount(1);
});

test('Markdown export holds the metadata, the section, the quote and the note', async ({ app }) => {
  await openDocument(app, GUANGDONG);
  await highlight(app, QUOTE, '疑问');
  await clickHighlight(app.page);
  await app.page.getByRole('dialog', { name: '编辑批注' }).getByRole('textbox', { name: '批注' }).fill('口径是否含港澳？');
  await app.page.keyboard.press('Escape');
  const downloading = app.page.waitForEvent('download');
  await app.page.getByRole('button', { name: '导出 Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${GUANGDONG}.md`);
  const markdown = fs.readFileSync((await download.path()) ?? '', 'utf8');
  expect(markdown).toContain(`# ${GUANGDONG}`);
  expect(markdown).toContain('- 发文机关：广东省人民政府');
  expect(markdown).toContain(
    `## 一、总体要求\n\n> ${QUOTE}\n\n- 位置：(二)发展目标\n- 颜色：疑问（黄）\n- 批注：口径是否含港澳？`,
  );
});

test('the library-wide view filters every annotation and opens one in its document', async ({ app }) => {
  await openDocument(app, GUANGDONG);
  await highlight(app, QUOTE, '重点');
  await highlight(app, '农产品电子商务交易额年均增长38%左右', '待办');
  await app.page.getByRole('button', { name: '返回文库' }).click();
  await app.page.getByRole('button', { name: '全部批注' }).click();
  await expect(app.page.getByText('共 2 条批注')).toBeVisible();
  await app.page.getByRole('combobox', { name: '颜色' }).selectOption({ label: '待办' });
  await expect(app.page.locator('.annotation-item')).toHaveCount(1);
  await app.page.getByRole('searchbox', { name: '搜索批注和原文' }).fill('跨境');
  await expect(app.page.locator('.annotation-item')).toHaveCount(0);
  await app.page.getByRole('combobox', { name: '颜色' }).selectOption({ label: '全部颜色' });
  await expect(app.page.locator('.annotation-item')).toHaveCount(1);
  await app.page.locator('.annotation-open').click();
  await expect(app.page.getByRole('dialog', { name: '编辑批注' })).toBeVisible();
  await expect.poll(() => flashedText(app.page)).toBe(QUOTE);
});

test('picking a colour for exactly a passage already highlighted changes that highlight, not a second over it', async ({
  app,
}) => {
  await openDocument(app, GUANGDONG);
  await highlight(app, QUOTE, '重点');
  await expect.poll(() => drawnHighlights(app.page)).toMatchObject([{ text: QUOTE, color: 'red' }]);
  await highlight(app, QUOTE, '疑问');
  await expect.poll(() => drawnHighlights(app.page)).toMatchObject([{ text: QUOTE, color: 'yellow' }]);
  await expect(app.page.getByRole('button', { name: /^批注 1$/ })).toBeVisible();
  await expect(app.page.getByRole('complementary', { name: '批注' }).locator('.annotation-item')).toHaveCount(1);
  expect(await highlightTexts(app.page)).toEqual([QUOTE]);
});

test('a note with two tags keeps its editor inside the window at 1024×700, clear of the toolbar, its quote shown', async ({
  app,
}) => {
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await openDocument(app, GUANGDONG);
  // A passage low in the view, where the editor has little room below it.
  await app.page.locator('.reader-scroll').evaluate((scroller) => {
    const mark = [...scroller.querySelectorAll('p')].find((p) => p.textContent?.includes('跨境电子商务进出口额年均增长30%左右'));
    if (mark) scroller.scrollTop += mark.getBoundingClientRect().top - scroller.clientHeight + 60;
  });
  await highlight(app, QUOTE, '重点');
  await clickHighlight(app.page);
  const editor = app.page.getByRole('dialog', { name: '编辑批注' });
  await editor.getByRole('textbox', { name: '批注' }).fill('目标值：年均三成\n需与商务厅核对\n另请统计局提供口径');
  for (const tag of ['指标', '外贸']) {
    await editor.getByRole('textbox', { name: '添加标签，回车确认' }).fill(tag);
    await app.page.keyboard.press('Enter');
  }
  await expect(editor.getByText('#外贸')).toBeVisible();
  const box = await editor.boundingBox();
  const toolbar = await app.page.locator('.reader-toolbar').boundingBox();
  expect(box).not.toBeNull();
  expect(toolbar).not.toBeNull();
  if (!box || !toolbar) return;
  expect(box.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
  expect(box.y + box.height).toBeLessThanOrEqual(700);
  await expect(editor.locator('.annotation-quote')).toBeInViewport();
});

test('the text reads before the annotations arrive, and the panel says they are loading, never “0”', async ({ app }) => {
  const { page } = app;
  await openDocument(app, GUANGDONG);
  await highlight(app, QUOTE, '重点');
  await page.getByRole('button', { name: '返回文库' }).click();
  // The annotations answered late, as for a document with thousands of them.
  const release = await holdBack(page, 'listAnnotations');
  await openDocument(app, GUANGDONG);
  await expect(page.locator('.doc-body')).toContainText(QUOTE);
  const panel = page.getByRole('complementary', { name: '批注' });
  await expect(panel.getByText('正在载入批注…')).toBeVisible();
  await expect(page.getByRole('button', { name: /^批注 0$/ })).toHaveCount(0);
  await expect(panel.getByText('选中文字即可高亮或添加批注。')).toHaveCount(0);
  release();
  await expect(page.getByRole('button', { name: /^批注 1$/ })).toBeVisible();
  await expect.poll(() => highlightTexts(page)).toEqual([QUOTE]);
  await expect(panel.getByText('正在载入批注…')).toHaveCount(0);
});
