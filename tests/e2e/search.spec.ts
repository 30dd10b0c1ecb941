import { type App, expect, test } from './fixtures.js';
import { clickHighlight, highlight, openDocument } from './reading.js';

const GUANGDONG = '广东省大力发展电子商务加快培育经济新动力的实施方案';
const HUBEI = '關于深入實施“互聯網+流通”行動計劃的實施意見';

/** The text under the find bar's current mark. */
const currentFind = (app: App) =>
  app.page.evaluate(() => {
    const ranges = [...(CSS.highlights.get('find-current') ?? [])] as Range[];
    return ranges.map((r) => r.toString()).join('|');
  });

async function searchFromLibrary(app: App, query: string) {
  await expect(app.page.locator('.library-table')).toBeVisible();
  await app.page.keyboard.press('/');
  await expect(app.page.getByRole('searchbox', { name: '全文搜索' })).toBeFocused();
  await app.page.keyboard.type(query);
  await app.page.keyboard.press('Enter');
  await expect(app.page.getByRole('heading', { level: 1, name: '全文搜索' })).toBeVisible();
}

test('a query in traditional script finds every policy that says it, best first, and opens one at the hit', async ({
  app,
}, testInfo) => {
  await searchFromLibrary(app, '跨境電子商務');
  await expect(app.page.getByText('共 4 篇文件')).toBeVisible();
  await expect(app.page.locator('.search-result-title')).toHaveText([
    GUANGDONG,
    '关于促进电子商务发展的实施意见',
    '江西省人民政府办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的实施意见',
    '省政府办公厅关于深入实施“互联网+流通”行动计划的意见',
  ]);
  const first = app.page.locator('.search-result').first();
  await expect(first.locator('.search-hits')).toHaveText('15 处');
  await expect(first.locator('.search-snippet mark').first()).toHaveText('跨境电子商务');
  await testInfo.attach('search results', { body: await app.page.screenshot(), contentType: 'image/png' });

  await first.locator('.search-snippet').nth(1).click();
  await expect(app.page.getByRole('heading', { level: 1, name: GUANGDONG })).toBeVisible();
  expect(await app.page.evaluate(() => window.location.hash)).toMatch(/at=4361$/);
  await expect(app.page.locator('.find-counter')).toHaveText('2/15');
  await expect.poll(() => currentFind(app)).toBe('跨境电子商务');
  await testInfo.attach('opened at the second hit', { body: await app.page.screenshot(), contentType: 'image/png' });
});

test('find in a document shown in another script: live marks, counter, Enter and Shift+Enter', async ({ app }) => {
  await openDocument(app, HUBEI);
  await app.page.getByRole('combobox', { name: '显示文字' }).selectOption('cn');
  await expect(app.page.locator('article[data-script="cn"]')).toBeVisible();
  await app.page.keyboard.press('Control+f');
  const field = app.page.getByRole('searchbox', { name: '在文中查找' });
  await expect(field).toBeFocused();
  await field.fill('互联网+流通');
  const counter = app.page.locator('.find-counter');
  await expect(counter).toHaveText(/^1\/\d+$/);
  const total = Number((await counter.textContent())?.split('/')[1]);
  expect(total).toBeGreaterThan(2);
  await expect.poll(() => currentFind(app)).toBe('互联网+流通');
  await field.press('Enter');
  await expect(counter).toHaveText(`2/${total}`);
  await field.press('Shift+Enter');
  await field.press('Shift+Enter');
  await expect(counter).toHaveText(`${total}/${total}`);
  // A traditional query finds the same characters.
  await field.fill('互聯網+流通');
  await expect(counter).toHaveText(`1/${total}`);
  await field.fill('没有这样的词');
  await expect(counter).toHaveText('无结果');
  await field.press('Escape');
  await expect(app.page.locator('.find-bar')).toHaveCount(0);
  expect(await app.page.evaluate(() => CSS.highlights.has('find-match'))).toBe(false);
});

test('filters narrow the results; annotations are searched by note', async ({ app }) => {
  await openDocument(app, GUANGDONG);
  await highlight(app, '跨境电子商务进出口额年均增长30%左右', '重点');
  await clickHighlight(app.page);
  await app.page
    .getByRole('dialog', { name: '编辑批注' })
    .getByRole('textbox', { name: '批注' })
    .fill('外贸目标需要与物流规划衔接');
  await app.page.waitForTimeout(600);
  await app.page.keyboard.press('Escape');
  await app.page.keyboard.press('Escape');

  await searchFromLibrary(app, '物流');
  await expect(app.page.getByText('共 5 篇文件')).toBeVisible();
  await app.page.getByRole('combobox', { name: '文字' }).selectOption('traditional');
  await expect(app.page.locator('.search-result-title')).toHaveText([HUBEI]);
  await expect(app.page.getByText('共 1 篇文件')).toBeVisible();
  const annotations = app.page.getByRole('region', { name: '批注中的匹配' });
  await expect(annotations.locator('.annotation-item-note')).toHaveText('外贸目标需要与物流规划衔接');
});

test('a hit of several terms opens with every term marked and the counter agreeing with the result', async ({
  app,
}, testInfo) => {
  await searchFromLibrary(app, '跨境 综合试验区');
  await expect(app.page.getByText('共 1 篇文件')).toBeVisible();
  const result = app.page.locator('.search-result').first();
  const hits = Number((await result.locator('.search-hits').textContent())?.replace(/\D/g, ''));
  expect(hits).toBeGreaterThan(2);
  await result.locator('.search-snippet').nth(1).click();
  await expect(app.page.getByRole('heading', { level: 1, name: GUANGDONG })).toBeVisible();
  await expect(app.page.getByRole('searchbox', { name: '在文中查找' })).toHaveValue('跨境 综合试验区');
  await expect(app.page.locator('.find-counter')).toHaveText(new RegExp(`^\\d+/${hits}$`));
  await expect.poll(() => currentFind(app)).toBe('跨境');
  // Stepping on reaches the other term's hits too.
  const field = app.page.getByRole('searchbox', { name: '在文中查找' });
  const seen = new Set<string>();
  for (let step = 0; step < hits && seen.size < 2; step++) {
    await field.press('Enter');
    await expect(app.page.locator('.find-counter')).toHaveText(new RegExp(`/${hits}$`));
    seen.add(await currentFind(app));
  }
  expect(seen).toEqual(new Set(['跨境', '综合试验区']));
  await testInfo.attach('two terms marked', { body: await app.page.screenshot(), contentType: 'image/png' });
  await app.page.getByRole('button', { name: '← 返回搜索结果' }).click();
  await expect(app.page.getByRole('searchbox', { name: '全文搜索' })).toHaveValue('跨境 综合试验区');
  await expect(app.page.getByText('共 1 篇文件')).toBeVisible();
});

test('返回 and Alt+← go back to the results with their query, filters and scroll position', async ({ app }) => {
  await app.page.setViewportSize({ width: 1024, height: 600 });
  await searchFromLibrary(app, '互联网 物流');
  await expect(app.page.getByText('共 5 篇文件')).toBeVisible();
  await app.page.getByRole('combobox', { name: '文字' }).selectOption('simplified');
  await expect(app.page.getByText('共 4 篇文件')).toBeVisible();
  const last = app.page.locator('.search-result-title').last();
  await last.scrollIntoViewIfNeeded();
  const scrolled = await app.page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(100);
  await last.click();
  await expect(app.page.locator('.find-counter')).toHaveText(/^\d+\/\d+$/);
  await app.page.keyboard.press('Alt+ArrowLeft');
  await expect(app.page.getByText('共 4 篇文件')).toBeVisible();
  await expect(app.page.getByRole('searchbox', { name: '全文搜索' })).toHaveValue('互联网 物流');
  await expect(app.page.getByRole('combobox', { name: '文字' })).toHaveValue('simplified');
  await expect.poll(() => app.page.evaluate(() => window.scrollY)).toBe(scrolled);
  // From an address opened afresh (no history to go back through), 返回 still leads to the results.
  await last.click();
  await app.page.evaluate(() => window.location.reload());
  await app.page.getByRole('button', { name: '← 返回搜索结果' }).click();
  await expect(app.page.getByRole('searchbox', { name: '全文搜索' })).toHaveValue('互联网 物流');
});

test('find in the 台灣用語 view finds a query in either script and phrasing', async ({ app }) => {
  await openDocument(app, HUBEI);
  await app.page.getByRole('combobox', { name: '显示文字' }).selectOption('twp');
  await expect(app.page.locator('article[data-script="twp"]')).toBeVisible();
  await app.page.keyboard.press('Control+f');
  const field = app.page.getByRole('searchbox', { name: '在文中查找' });
  await field.fill('互联网');
  await expect(app.page.locator('.find-counter')).toHaveText(/^1\/\d+$/);
  await expect.poll(() => currentFind(app)).toBe('網際網路');
  const total = (await app.page.locator('.find-counter').textContent())?.split('/')[1];
  await field.fill('網際網路');
  await expect(app.page.locator('.find-counter')).toHaveText(`1/${total}`);
});

test('the library’s filter box folds script and width and matches 发文字号 and issuer', async ({ app }) => {
  const rows = app.page.locator('.library-table tbody tr');
  const filter = app.page.getByRole('searchbox', { name: '按标题、文号或发文机关筛选' });
  await filter.fill('電子商務');
  await expect(rows).toHaveCount(2);
  await filter.fill('贛府廳發');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('江西省人民政府办公厅');
  await filter.fill('江西省人民政府辦公廳 ２０１６');
  await expect(rows).toHaveCount(1);
});
