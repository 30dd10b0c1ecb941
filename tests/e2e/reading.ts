// What a reader does in the reading view, for specs to share.
import type { Page } from '@playwright/test';
import { type App, expect } from './fixtures.js';

/** Opens a document from the library; `shownTitle` is its title in the script it opens in, where that is not the original. */
export async function openDocument(app: App, title: string, shownTitle = title) {
  await app.page.getByRole('link', { name: title }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: shownTitle })).toBeVisible();
  await app.page.evaluate(() => document.fonts.ready);
}

/** Selects a passage with the mouse, as a reader would: press before its first character, release after its last. */
export async function selectWithMouse(page: Page, quote: string) {
  const box = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.querySelector('.doc-body') as Node, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at === -1) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getBoundingClientRect();
      range.setStart(node, at + text.length - 1);
      range.setEnd(node, at + text.length);
      const last = range.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`not on the page: ${text}`);
  }, quote);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(quote);
}

/** Highlights a passage from the selection toolbar; `marked` is what the highlight shows where a selection snaps to whole words. */
export async function highlight(app: App, quote: string, colorName: string, marked = quote) {
  await selectWithMouse(app.page, quote);
  await app.page
    .getByRole('toolbar', { name: '标注工具' })
    .getByRole('button', { name: `标为“${colorName}”` })
    .click();
  await expect(app.page.locator('mark.hl', { hasText: marked })).toHaveCount(1);
}
