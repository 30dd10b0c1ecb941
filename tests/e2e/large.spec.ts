import fs from 'node:fs';
import path from 'node:path';
import { foldForSearch } from '../../shared/search-fold.js';
import { syntheticLongPolicy } from '../bench/synthetic.js';
import { expect, test } from './fixtures.js';
import { highlight, highlightTexts, openDocument } from './reading.js';

const TITLE = '江西省人民政府办公厅关于全面推进电子商务高质量发展的实施意见';

test('a long document opens on its first blocks and reads whole: every paragraph, every find match, a switch of script down to its end, a highlight there', async ({
  app,
}) => {
  const page = app.page;
  const long = syntheticLongPolicy(150_000);
  const file = path.join(fs.mkdtempSync(path.join(app.dataDir, 'upload-')), long.name);
  fs.writeFileSync(file, long.text);
  await page.getByTestId('import-input').setInputFiles(file);
  await openDocument(app, TITLE);

  // The rest of it comes after the first screen, and all of it is drawn.
  const lines = long.text.trim().split('\n');
  const lastParagraph = lines.at(-3) as string;
  await expect(page.locator('.doc-body')).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
  await expect(page.locator('.doc-body')).toContainText(lastParagraph);
  const pieces = await page.locator('.doc-group > [data-block]').count();
  expect(pieces).toBeGreaterThan(300);

  // Find counts every match of the whole text, in either script.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('电子商务');
  const matches = foldForSearch(long.text).split('电子商务').length - 1;
  await expect(page.locator('.find-counter')).toHaveText(`1/${matches}`);
  // Of the thousands, those around the one read are marked; scrolled to the end, the ones there are.
  const marks = () => page.evaluate(() => ([...(CSS.highlights.get('find-match') ?? [])] as Range[]).map((r) => r.toString()));
  expect(matches).toBeGreaterThan(1_500);
  // (The counter and the current match come first; the others are marked once the browser is idle.)
  await expect.poll(async () => (await marks()).length).toBeGreaterThan(1_400);
  const marked = await marks();
  expect(marked.length).toBeGreaterThan(1_400);
  expect(marked.length).toBeLessThanOrEqual(1_500);
  expect(new Set(marked.map((text) => foldForSearch(text)))).toEqual(new Set(['电子商务']));
  const markedAtEnd = () =>
    page.evaluate(() => {
      const scroller = document.querySelector('.reader-scroll') as HTMLElement;
      const box = scroller.getBoundingClientRect();
      return ([...(CSS.highlights.get('find-match') ?? [])] as Range[]).some((r) => {
        const at = r.getBoundingClientRect();
        return at.top >= box.top && at.bottom <= box.bottom;
      });
    });
  await page.locator('.reader-scroll').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect.poll(markedAtEnd).toBe(true);
  await page.keyboard.press('Escape');

  // A switch of script reaches the end of the document: the last paragraph shows in 臺灣正體 there.
  await page.getByRole('combobox', { name: '显示文字' }).selectOption('tw');
  await expect(page.locator('article.document')).toHaveAttribute('data-script', 'tw');
  await page.locator('.reader-scroll').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(page.locator('.doc-group').last()).toContainText('江西省人民政府辦公廳');

  // A highlight made there, in the converted view, is stored on the canonical text.
  const paragraph = page.locator('.doc-group > p.paragraph').last();
  const shown = ((await paragraph.textContent()) ?? '').slice(0, 12);
  await highlight(app, shown, '重点');
  await page.getByRole('combobox', { name: '显示文字' }).selectOption('original');
  await expect.poll(async () => (await highlightTexts(page)).length).toBe(1);
  const [highlighted = ''] = await highlightTexts(page);
  expect(highlighted).toHaveLength(12);
  expect(long.text).toContain(highlighted);
});
