import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { type App, expect, ROOT, test } from './fixtures.js';
import { clickHighlight, highlight, highlightTexts, openDocument } from './reading.js';

const GUANGDONG = '广东省大力发展电子商务加快培育经济新动力的实施方案';
const JIANGSU = '省政府办公厅关于深入实施“互联网+流通”行动计划的意见';
const JIANGXI = '江西省人民政府办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的实施意见';
const QUOTE = '跨境电子商务进出口额年均增长30%左右';
const SECOND_QUOTE = '农产品电子商务交易额年均增长38%左右';

const libraryRows = (app: App) => app.page.locator('main.library .library-table tbody tr');
/** The newest notice. */
const toast = (app: App) => app.page.locator('.toast-message').last();
const trashView = (app: App) => app.page.locator('main.trash-view');
const trashRow = (app: App, text: string) => trashView(app).locator('tbody tr', { hasText: text });

async function deleteFromLibrary(app: App, title: string) {
  await expect(libraryRows(app).filter({ hasText: title })).toHaveCount(1);
  const before = await libraryRows(app).count();
  await libraryRows(app).filter({ hasText: title }).getByRole('button', { name: /^删除/ }).click();
  await expect(libraryRows(app)).toHaveCount(before - 1);
}

/** Deletes the annotation on a passage from the reader's annotation editor. */
async function deleteAnnotation(app: App, quote: string) {
  await clickHighlight(app.page, quote);
  await app.page.getByRole('dialog', { name: '编辑批注' }).getByRole('button', { name: '删除' }).click();
  await expect.poll(async () => (await highlightTexts(app.page)).filter((text) => text.includes(quote))).toEqual([]);
}

async function backToLibrary(app: App) {
  await app.page.getByRole('button', { name: /返回文库/ }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: '文库' })).toBeVisible();
}

async function openTrash(app: App) {
  await app.page.getByRole('button', { name: /^回收站/ }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: '回收站' })).toBeVisible();
}

/** Another process opening the same library, as the desktop app and the CLI do at every start. */
function openLibraryElsewhere(app: App) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/policy-reader.js'), 'list', '--data-dir', app.dataDir], {
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
}

test('a deleted document stays in the 回收站 across a reload and comes back with its annotation', async ({ app }) => {
  await openDocument(app, GUANGDONG);
  await highlight(app, QUOTE, '重点');
  await backToLibrary(app);
  await deleteFromLibrary(app, GUANGDONG);

  // Before the 回收站, opening the library purged what had been deleted.
  openLibraryElsewhere(app);
  await app.reload();
  await expect(libraryRows(app)).toHaveCount(4);
  await expect(app.page.getByRole('button', { name: '回收站（1 项）' })).toBeVisible();

  await openTrash(app);
  await expect(trashView(app)).toContainText('删除的文件和批注保留 7 天，之后自动清除。');
  const row = trashRow(app, GUANGDONG);
  await expect(row).toHaveCount(1);
  await expect(row.locator('.cell-source')).toContainText('广东省人民政府');
  await expect(row.locator('.cell-annotations')).toHaveText('1 条');
  await row.getByRole('button', { name: `恢复：${GUANGDONG}` }).click();
  await expect(toast(app)).toHaveText(`已恢复《${GUANGDONG}》`);
  await expect(trashView(app).getByText('回收站是空的。')).toBeVisible();

  await backToLibrary(app);
  await expect(libraryRows(app)).toHaveCount(5);
  await expect(app.page.getByRole('button', { name: /^回收站/ })).toHaveAccessibleName('回收站');
  await openDocument(app, GUANGDONG);
  await expect.poll(() => highlightTexts(app.page)).toEqual([QUOTE]);
});

test('a deleted annotation is restored from the 回收站 by keyboard, after a Delete that was cancelled', async ({ app }) => {
  await openDocument(app, GUANGDONG);
  await highlight(app, QUOTE, '重点');
  await deleteAnnotation(app, QUOTE);
  await backToLibrary(app);
  await app.reload();

  await openTrash(app);
  const row = trashRow(app, QUOTE);
  await expect(row).toHaveCount(1);
  await expect(row.locator('.cell-document')).toHaveText(`《${GUANGDONG}》`);

  await row.focus();
  await app.page.keyboard.press('Delete');
  const confirm = app.page.getByRole('alertdialog', { name: '永久删除这条批注？' });
  await expect(confirm).toContainText('此操作无法撤销');
  await app.page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  // Esc closed the question only: the 回收站 is still open, the annotation still in it.
  await expect(row).toBeFocused();

  await app.page.keyboard.press('r');
  await expect(toast(app)).toHaveText(`已恢复《${GUANGDONG}》中的批注`);
  await expect(trashRow(app, QUOTE)).toHaveCount(0);
  await app.page.locator('.toast', { hasText: '中的批注' }).getByRole('button', { name: '打开' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: GUANGDONG })).toBeVisible();
  await expect.poll(() => highlightTexts(app.page)).toEqual([QUOTE]);
});

test('清空回收站 asks first, then removes everything in it for good', async ({ app }, testInfo) => {
  await openDocument(app, GUANGDONG);
  await highlight(app, QUOTE, '重点');
  await clickHighlight(app.page, QUOTE);
  await app.page.getByRole('dialog', { name: '编辑批注' }).getByRole('textbox', { name: '批注' }).fill('口径是否含港澳？');
  await app.page.keyboard.press('Escape');
  await highlight(app, SECOND_QUOTE, '待办');
  await clickHighlight(app.page, SECOND_QUOTE);
  await app.page.getByRole('dialog', { name: '编辑批注' }).getByRole('textbox', { name: '批注' }).fill('与商务厅核对');
  await app.page.keyboard.press('Escape');
  await deleteAnnotation(app, SECOND_QUOTE);
  await backToLibrary(app);
  await openDocument(app, JIANGSU);
  await highlight(app, '向内拓展进口渠道', '重点');
  await backToLibrary(app);
  await deleteFromLibrary(app, JIANGSU);
  await deleteFromLibrary(app, JIANGXI);

  await openTrash(app);
  await expect(trashView(app).locator('tbody tr')).toHaveCount(3);
  await expect(trashRow(app, JIANGSU).locator('.cell-annotations')).toHaveText('1 条');
  await expect(trashRow(app, JIANGXI).locator('.cell-source')).toContainText('赣府厅发〔2016〕52号');
  await expect(trashRow(app, SECOND_QUOTE)).toContainText('与商务厅核对');
  await app.page.evaluate(() => document.fonts.ready);
  const screenshot = await app.page.screenshot({
    path: testInfo.project.name === 'browser-shell' ? '/tmp/trash.png' : undefined,
  });
  await testInfo.attach('回收站', { body: screenshot, contentType: 'image/png' });

  await app.page.getByRole('button', { name: '清空回收站' }).click();
  const confirm = app.page.getByRole('alertdialog', { name: '清空回收站？' });
  await expect(confirm).toContainText('回收站中的 3 项将被永久删除。此操作无法撤销。');
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await confirm.getByRole('button', { name: '清空回收站' }).click();
  await expect(toast(app)).toHaveText('已清空回收站，永久删除 3 项');
  await expect(trashView(app).getByText('回收站是空的。')).toBeVisible();
  await expect(app.page.getByRole('button', { name: '清空回收站' })).toBeDisabled();

  await backToLibrary(app);
  await expect(libraryRows(app)).toHaveCount(3);
  await app.reload();
  await expect(libraryRows(app)).toHaveCount(3);
  await expect(libraryRows(app).filter({ hasText: JIANGSU })).toHaveCount(0);
  await expect(libraryRows(app).filter({ hasText: JIANGXI })).toHaveCount(0);
  await openTrash(app);
  await expect(trashView(app).getByText('回收站是空的。')).toBeVisible();
  await backToLibrary(app);
  await openDocument(app, GUANGDONG);
  await expect.poll(() => highlightTexts(app.page)).toEqual([QUOTE]);
});

test('a row deleted for good from the 回收站 by its Delete key is gone; the next row takes the focus', async ({ app }) => {
  await deleteFromLibrary(app, JIANGSU);
  await deleteFromLibrary(app, JIANGXI);
  await openTrash(app);
  // Newest first.
  await expect(trashView(app).locator('.trash-title')).toHaveText([JIANGXI, JIANGSU]);
  await trashRow(app, JIANGXI).focus();
  await app.page.keyboard.press('Delete');
  const confirm = app.page.getByRole('alertdialog', { name: `永久删除《${JIANGXI}》？` });
  await expect(confirm).toContainText('此操作无法撤销');
  await confirm.getByRole('button', { name: '永久删除' }).click();
  await expect(trashRow(app, JIANGXI)).toHaveCount(0);
  await expect(trashRow(app, JIANGSU)).toBeFocused();
  await app.page.keyboard.press('Enter');
  await expect(trashView(app).getByText('回收站是空的。')).toBeVisible();
  await backToLibrary(app);
  await expect(libraryRows(app)).toHaveCount(4);
  await expect(libraryRows(app).filter({ hasText: JIANGSU })).toHaveCount(1);
});
