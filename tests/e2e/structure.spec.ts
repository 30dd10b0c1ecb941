// Document structure as officials meet it (issue 17), seen in the reader: a regulation issued with
// its cover notice outlined by attachment, chapter and article; the same text pasted as one line.
import fs from 'node:fs';
import path from 'node:path';
import { TABLE_HEADER, TABLE_NOTICE_TITLE, tableNotice, taskOf } from '../fixtures/table-notice.js';
import { type App, expect, ROOT, test } from './fixtures.js';
import { drawnHighlights, highlight, openDocument } from './reading.js';

const REGULATION = fs.readFileSync(
  path.join(ROOT, 'tests/fixtures/real-forms-4/02_yunnan-finance-science-funds-joint.txt'),
  'utf8',
);
const TITLE =
  '云南省财政厅云南省科技厅关于印发《云南省科技成果转化奖补资金管理办法》《云南省科技创新券实施管理办法》《云南省科技揭榜制实施管理办法》的通知';

async function importText(app: App, name: string, text: string) {
  const dir = fs.mkdtempSync(path.join(app.dataDir, 'upload-'));
  fs.writeFileSync(path.join(dir, name), text);
  await app.page.getByTestId('import-input').setInputFiles([path.join(dir, name)]);
  await expect(app.page.getByText('导入完成：新增 1 篇')).toBeVisible({ timeout: 20_000 });
}

test('a regulation with its cover notice: attachments, chapters and articles make the outline', async ({ app }, testInfo) => {
  await importText(app, 'yunnan.txt', REGULATION);
  await openDocument(app, TITLE);
  const { page } = app;
  const outline = page.getByRole('navigation', { name: '目录' });
  await expect(outline.locator('.outline-level-1').first()).toHaveText('附件1 云南省科技成果转化奖补资金管理办法');
  await expect(outline.locator('.outline-level-2').first()).toHaveText('第一章 总 则');
  await expect(outline.locator('.outline-level-3').first()).toHaveText('第一条');
  await expect(outline.getByRole('link', { name: '第二条' })).toBeVisible();
  // The list of attachments above the signature is part of the frame, indented, not body text.
  await expect(page.locator('.frame-attachments').first()).toHaveText('附件:1.云南省科技成果转化奖补资金管理办法');
  await outline.getByRole('link', { name: '第二条' }).click();
  await expect(page.locator('.heading-3', { hasText: '第二条' })).toBeInViewport();
  await testInfo.attach('regulation outline', { body: await page.screenshot(), contentType: 'image/png' });
});

test('a policy pasted as one line reads with its head, headings and signature', async ({ app }, testInfo) => {
  const seed = fs.readFileSync(path.join(ROOT, 'seeds/jiangxi-2016-internet-plus-circulation.txt'), 'utf8');
  const oneLine = seed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('');
  // The seed goes first: the pasted copy holds the same characters, so it would be taken for the seed.
  const rows = app.page.locator('.library-table tbody tr');
  await expect(rows).toHaveCount(5);
  await rows.filter({ hasText: '赣府厅发〔2016〕52号' }).getByRole('button', { name: '删除' }).click();
  await expect(rows).toHaveCount(4);
  await importText(app, '一行.txt', `${oneLine}\n`);
  await openDocument(app, '江西省人民政府办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的实施意见');
  const { page } = app;
  await expect(page.locator('.doc-number')).toHaveText('赣府厅发〔2016〕52号');
  const outline = page.getByRole('navigation', { name: '目录' });
  await expect(outline.locator('.outline-level-1')).toHaveText(['一、总体要求', '二、重点任务', '三、保障措施']);
  await testInfo.attach('one line restored', { body: await page.screenshot(), contentType: 'image/png' });
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/one-line.png` });
});

test('a table reads as a table, and a highlight in it or across its cells keeps the text’s offsets', async ({
  app,
}, testInfo) => {
  const text = tableNotice(60);
  await importText(app, '分工方案.txt', text);
  await openDocument(app, TABLE_NOTICE_TITLE);
  const { page } = app;
  const table = page.locator('.doc-table');
  await expect(table.locator('thead th')).toHaveText(TABLE_HEADER);
  await expect(table.locator('tbody tr')).toHaveCount(60);
  await expect(table.locator('tbody tr').nth(30).locator('td')).toHaveText([
    '31',
    taskOf(31),
    '市商务局',
    '市发展改革委、市财政局',
  ]);

  // Within a cell: the mark lies on the cell's characters of the canonical text.
  await highlight(app, '重点任务第45项', '重点');
  await expect
    .poll(() => drawnHighlights(page))
    .toEqual([{ text: '重点任务第45项', color: 'red', underline: false, start: text.indexOf('重点任务第45项') }]);
  // Drawn in its own cell.
  const cellOfHighlight = () =>
    page.evaluate(() => {
      const [range] = [...(CSS.highlights.get('ann-red') ?? [])];
      const start = range?.startContainer.parentElement?.closest('td');
      return start && start === range?.endContainer.parentElement?.closest('td') ? start.textContent : null;
    });
  expect(await cellOfHighlight()).toBe('重点任务第45项');

  // Across cells: from 市商务局 of row 46 to the end of its 配合单位 is one annotation over the tab between them.
  const row = '46\t重点任务第46项\t市商务局\t市发展改革委、市财政局';
  const box = await page.evaluate(() => {
    const cells = [...document.querySelectorAll<HTMLElement>('.doc-table tbody tr')][45]?.querySelectorAll('td');
    const from = cells?.[2]?.firstElementChild?.firstChild as Text;
    const to = cells?.[3]?.firstElementChild?.firstChild as Text;
    from.parentElement?.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(from, 0);
    range.setEnd(from, 1);
    const a = range.getBoundingClientRect();
    range.setStart(to, to.length - 1);
    range.setEnd(to, to.length);
    const b = range.getBoundingClientRect();
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  });
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 10 });
  await page.mouse.up();
  await page.getByRole('toolbar', { name: '标注工具' }).getByRole('button', { name: '标为“待办”' }).click();
  // One stretch from the first cell's first character to the last cell's last: the cells' texts, no tab between.
  const green = async () => (await drawnHighlights(page)).filter((h) => h.color === 'green');
  await expect.poll(green).toEqual([
    {
      text: '市商务局市发展改革委、市财政局',
      color: 'green',
      underline: false,
      start: text.indexOf(row) + row.indexOf('市商务局'),
    },
  ]);
  await testInfo.attach('table with highlights', { body: await page.screenshot(), contentType: 'image/png' });
  if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/table.png` });

  await app.reload();
  await expect.poll(async () => (await green()).map((h) => h.text)).toEqual(['市商务局市发展改革委、市财政局']);
  const panel = page.getByRole('complementary', { name: '批注' });
  await expect(panel.getByText('重点任务第45项')).toBeVisible();
});
