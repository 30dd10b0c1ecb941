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
  await expect.poll(async () => (await highlightTexts(app.page)).filter((text) => text === marked)).toEqual([marked]);
}

/** An annotation as drawn over the text: a stretch's text, colour and kind, and its canonical start in the original view. */
export interface DrawnHighlight {
  text: string;
  color: string;
  underline: boolean;
  /** data-s of the run it starts in plus the offset into it; null in a converted view (data-v). */
  start: number | null;
}

/** The annotations drawn over the text (CSS highlights named ann-…), in document order. */
export function drawnHighlights(page: Page): Promise<DrawnHighlight[]> {
  return page.evaluate(() => {
    const drawn: Array<DrawnHighlight & { range: Range }> = [];
    for (const [name, highlight] of CSS.highlights) {
      const kind = /^ann-([a-z]+)(-underline)?$/.exec(name);
      if (!kind?.[1]) continue;
      // Drawn as static ranges: measured as live ones.
      for (const drawnRange of highlight as Highlight) {
        const range = document.createRange();
        range.setStart(drawnRange.startContainer, drawnRange.startOffset);
        range.setEnd(drawnRange.endContainer, drawnRange.endOffset);
        const run = range.startContainer.parentElement?.closest<HTMLElement>('[data-s]');
        const start = run && run.dataset.v === undefined ? Number(run.dataset.s) + range.startOffset : null;
        drawn.push({ text: range.toString(), color: kind[1], underline: kind[2] !== undefined, start, range });
      }
    }
    drawn.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return drawn.map(({ range: _, ...rest }) => rest);
  });
}

/** The texts of the annotations drawn over the text, in document order. */
export async function highlightTexts(page: Page): Promise<string[]> {
  return (await drawnHighlights(page)).map((h) => h.text);
}

/** The text of the annotation flashed where one was opened. */
export function flashedText(page: Page): Promise<string> {
  return page.evaluate(() => [...(CSS.highlights.get('ann-flash') ?? [])].map((r) => (r as Range).toString()).join(''));
}

/** Clicks a drawn highlight as a reader would, on its first line: the first drawn, or the first showing `text`. */
export async function clickHighlight(page: Page, text?: string) {
  const point = await page.evaluate((wanted) => {
    const ranges: Range[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('ann-') || name === 'ann-flash') continue;
      for (const drawn of highlight as Highlight) {
        const range = document.createRange();
        range.setStart(drawn.startContainer, drawn.startOffset);
        range.setEnd(drawn.endContainer, drawn.endOffset);
        ranges.push(range);
      }
    }
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const range = ranges.find((r) => wanted === null || r.toString().includes(wanted));
    if (!range) throw new Error(`no highlight ${wanted ?? ''}`);
    const first = () => range.getClientRects()[0] ?? range.getBoundingClientRect();
    // Scrolled to only where it is out of view, as a reader would.
    if (first().top < 0 || first().bottom > window.innerHeight)
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = first();
    return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
  }, text ?? null);
  await page.mouse.click(point.x, point.y);
}

/** Holds back the answers to one API method, as a slow laptop would, until the returned function lets them through. */
export async function holdBack(page: Page, method: string): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(`**/api/${method}`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
