// The reading app in the browser shell, measured in Chromium: cold start to the library painted,
// click to first paint of a document, long tasks while scrolling, renderer memory. The baseline,
// measured in the same run, is Chromium painting the same document's paragraphs as a static page.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumExecutable } from '../fixtures/chromium.js';
import { TABLE_NOTICE_TITLE, tableNotice } from '../fixtures/table-notice.js';
import { BIN, backToLibrary, buildApp, clickToFirstPaint, NAME_HELPER, RUNS, serve, staticPagePaint, target } from './browser.js';
import { syntheticLongPolicy } from './synthetic.js';
import { type BenchRow, median, round } from './table.js';

/** Scrolls a document from top to bottom a screen at a time and reports the longest task. */
async function scrollLongTasks(page: Page): Promise<{ longest: number; over50: number; frames: number }> {
  return page.evaluate(async () => {
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const scroller = document.querySelector<HTMLElement>('.reader-scroll');
    if (!scroller) throw new Error('no reader');
    let frames = 0;
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) {
      scroller.scrollBy(0, scroller.clientHeight * 0.9);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      frames++;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    return { longest: Math.max(0, ...tasks), over50: tasks.length, frames };
  });
}

/**
 * Switches the open document's script from the toolbar and waits for the frame that shows it:
 * conversion of every block plus the re-render of everything drawn.
 */
async function switchScript(page: Page, script: string): Promise<number> {
  return page.evaluate(async (value) => {
    const menu = document.querySelector<HTMLSelectElement>('select.script-menu');
    if (!menu) throw new Error('no script menu');
    const start = performance.now();
    menu.value = value;
    menu.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise<void>((resolve) => {
      const check = () =>
        document.querySelector('article.document')?.getAttribute('data-script') === value
          ? resolve()
          : requestAnimationFrame(check);
      check();
    });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - start;
  }, script);
}

export async function readerBench(): Promise<BenchRow[]> {
  buildApp();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-bench-ui-'));
  const long = syntheticLongPolicy(200_000);
  const longFile = path.join(dataDir, long.name);
  fs.writeFileSync(longFile, long.text);
  const tableFile = path.join(dataDir, '分工方案.txt');
  fs.writeFileSync(tableFile, tableNotice(60));
  spawnSync(process.execPath, [BIN, 'import', longFile, tableFile, '--data-dir', dataDir], { stdio: 'ignore' });
  const longTitle = '江西省人民政府办公厅关于全面推进电子商务高质量发展的实施意见';
  const largestSeed = '广东省大力发展电子商务加快培育经济新动力的实施方案';

  const { executablePath, args } = await chromiumExecutable();
  const browser = await chromium.launch({ executablePath, args, headless: true });
  const rows: BenchRow[] = [];
  try {
    const coldStarts: number[] = [];
    const seedPaints: number[] = [];
    const longPaints: number[] = [];
    const tablePaints: number[] = [];
    const firstSwitches: number[] = [];
    const switches: number[] = [];
    let scroll = { longest: 0, over50: 0, frames: 0 };
    let heapMb = 0;
    let nodes = 0;
    for (let run = 0; run < RUNS; run++) {
      const { url, child, started } = await serve(dataDir);
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
      await context.addInitScript(NAME_HELPER);
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('.library-table tbody tr');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      coldStarts.push(performance.now() - started);
      await page.evaluate(() => document.fonts.ready);

      seedPaints.push(await clickToFirstPaint(page, largestSeed));
      await backToLibrary(page);
      tablePaints.push(await clickToFirstPaint(page, TABLE_NOTICE_TITLE));
      await backToLibrary(page);
      longPaints.push(await clickToFirstPaint(page, longTitle));
      await page.waitForSelector('.doc-body:not([aria-busy])');
      // The first switch of a session finds the dictionaries the reader prepared while idle (from
      // 1.5 s after the document opened, as a reader would have read a few lines); the others reuse them.
      await page.waitForTimeout(2500);
      firstSwitches.push(await switchScript(page, 'tw'));
      for (const script of ['cn', 'twp', 'hk', 'original']) switches.push(await switchScript(page, script));
      if (run === RUNS - 1) {
        scroll = await scrollLongTasks(page);
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        heapMb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
        nodes = metrics.find((m) => m.name === 'Nodes')?.value ?? 0;
      }
      await backToLibrary(page);
      await context.close();
      child.kill();
    }
    const baselinePage = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await baselinePage.addInitScript(NAME_HELPER);
    await baselinePage.goto('about:blank');
    const baselines: number[] = [];
    for (let i = 0; i < RUNS; i++) baselines.push(await staticPagePaint(baselinePage, long.text));
    const baseline = median(baselines);

    rows.push(['cold start → library painted (serve + load + list)', `${round(median(coldStarts))} ms`, '—', '—']);
    rows.push([
      'click → first paint, largest seed (Guangdong, 6.7 k chars)',
      `${round(median(seedPaints))} ms`,
      '—',
      target(median(seedPaints), 300),
    ]);
    rows.push([
      'click → first paint, a notice with a 60-row table',
      `${round(median(tablePaints))} ms`,
      '—',
      target(median(tablePaints), 300),
    ]);
    rows.push([
      `click → first paint, synthetic ${round(long.text.length / 1000)} k chars`,
      `${round(median(longPaints))} ms`,
      `${round(baseline)} ms (static page of the same text)`,
      target(median(longPaints), 300),
    ]);
    rows.push([
      'switch of script: whole document converted and re-rendered (first of a session, original → tw)',
      `${round(median(firstSwitches))} ms`,
      '—',
      target(median(firstSwitches), 150),
    ]);
    rows.push([
      'switch of script, later switches (p50 / max of 4 targets × 5 runs)',
      `${round(median(switches))} / ${round(Math.max(...switches))} ms`,
      `${round(baseline)} ms (static page of the same text)`,
      target(Math.max(...switches), 150),
    ]);
    rows.push([
      `longest task scrolling it top to bottom (${scroll.frames} screens)`,
      `${round(scroll.longest)} ms (${scroll.over50} tasks > 50 ms)`,
      '—',
      target(scroll.longest, 100),
    ]);
    rows.push(['renderer JS heap with it open, after GC', `${round(heapMb, 1)} MB, ${round(nodes)} DOM nodes`, '—', '—']);
  } finally {
    await browser.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return rows;
}
