// A 2 M-character compilation (汇编) in the reading app: open, full draw, a switch of script, a jump to
// the last outline item and find, each with the longest main-thread task it caused (medians of three
// sessions). The baseline, measured in the same run, is Chromium painting the same text as a static page.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { foldForSearch } from '../../shared/search-fold.js';
import { chromiumExecutable } from '../fixtures/chromium.js';
import { BIN, buildApp, clickToFirstPaint, NAME_HELPER, serve, staticPagePaint, target } from './browser.js';
import { syntheticLongPolicy } from './synthetic.js';
import { type BenchRow, median, round } from './table.js';

const CHARACTERS = 2_000_000;
/** Sessions measured; each figure is their median. */
const LARGE_RUNS = 3;
const TITLE = '江西省人民政府办公厅关于全面推进电子商务高质量发展的实施意见';

/** Records long tasks from the page's start; `longest()` reads the longest since the last read. */
const WATCH_TASKS = `window.__tasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push(e.duration); }).observe({ type: 'longtask' });`;

async function longest(page: Page): Promise<number> {
  return page.evaluate(() => {
    const holder = window as unknown as { __tasks: number[] };
    const value = Math.max(0, ...holder.__tasks);
    holder.__tasks = [];
    return value;
  });
}

/** One session on the compilation: each step's time and the longest task it caused. */
interface Session {
  paint: number;
  drawn: number;
  openTask: number;
  switched: number;
  switchTask: number;
  jumped: number;
  jumpTask: number;
  found: number;
  findTask: number;
  counter: string;
}

async function session(browser: Browser, dataDir: string): Promise<Session> {
  const { url, child } = await serve(dataDir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(NAME_HELPER);
    await page.addInitScript(WATCH_TASKS);
    await page.goto(url);
    await page.waitForSelector('.library-table tbody tr');
    await page.evaluate(() => document.fonts.ready);
    await longest(page);

    const opened = performance.now();
    const paint = await clickToFirstPaint(page, TITLE);
    await page.waitForSelector('.doc-body:not([aria-busy])', { timeout: 600_000 });
    const drawn = performance.now() - opened;
    const openTask = await longest(page);

    await page.waitForTimeout(2500);
    await longest(page);
    const switched = await page.evaluate(async () => {
      const menu = document.querySelector<HTMLSelectElement>('select.script-menu');
      if (!menu) throw new Error('no script menu');
      const start = performance.now();
      menu.value = 'tw';
      menu.dispatchEvent(new Event('change', { bubbles: true }));
      while (document.querySelector('article.document')?.getAttribute('data-script') !== 'tw') {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return performance.now() - start;
    });
    await page.waitForTimeout(2000);
    const switchTask = await longest(page);

    const jumped = await page.evaluate(async () => {
      const items = document.querySelectorAll<HTMLElement>('.outline a');
      const last = items[items.length - 1];
      if (!last) throw new Error('no outline');
      const start = performance.now();
      last.click();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return performance.now() - start;
    });
    await page.waitForTimeout(2000);
    const jumpTask = await longest(page);

    await page.keyboard.press('Control+f');
    await page.waitForTimeout(300);
    await longest(page);
    const typed = performance.now();
    await page.keyboard.type('电子商务');
    await page.waitForFunction(() => /\d+\s*\/\s*\d+/.test(document.querySelector('.find-counter')?.textContent ?? ''));
    const found = performance.now() - typed;
    await page.waitForTimeout(1000);
    const counter = ((await page.textContent('.find-counter')) ?? '').replace(/[^\d/]/g, '');
    const findTask = await longest(page);
    return { paint, drawn, openTask, switched, switchTask, jumped, jumpTask, found, findTask, counter };
  } finally {
    await context.close();
    child.kill();
  }
}

export async function largeDocumentBench(): Promise<BenchRow[]> {
  buildApp();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-bench-large-'));
  const long = syntheticLongPolicy(CHARACTERS);
  const file = path.join(dataDir, long.name);
  fs.writeFileSync(file, long.text);
  spawnSync(process.execPath, [BIN, 'import', file, '--data-dir', dataDir], { stdio: 'ignore' });
  const { executablePath, args } = await chromiumExecutable();
  const browser = await chromium.launch({ executablePath, args, headless: true });
  const size = `${round(long.text.length / 1e6, 2)} M chars`;
  try {
    // Each session on a copy of the library as imported: a session leaves the document switched to
    // 臺灣正體 and read to its end, which the next would otherwise reopen.
    const sessions: Session[] = [];
    for (let run = 0; run < LARGE_RUNS; run++) {
      const copy = `${dataDir}-${run}`;
      fs.cpSync(dataDir, copy, { recursive: true });
      try {
        sessions.push(await session(browser, copy));
      } finally {
        fs.rmSync(copy, { recursive: true, force: true });
      }
    }
    const of = (key: Exclude<keyof Session, 'counter'>) => median(sessions.map((s) => s[key]));
    // Find folds scripts: 電子商務 in the compilation's traditional pieces counts too.
    const expected = foldForSearch(long.text).split('电子商务').length - 1;
    const baseline = await staticPagePaint(await browser.newPage({ viewport: { width: 1280, height: 860 } }), long.text);
    const statik = `${round(baseline)} ms (static page of the same text)`;
    const task = (ms: number) => `longest task ${round(ms)} ms (≤ 100 ${ms <= 100 ? '✓' : '✗'})`;
    return [
      [`open a ${size} document: click → first paint`, `${round(of('paint'))} ms`, statik, target(of('paint'), 300)],
      [`… every piece drawn`, `${round(of('drawn'))} ms; ${task(of('openTask'))}`, '—', '—'],
      [
        `… switch of script (original → tw) shown`,
        `${round(of('switched'))} ms; ${task(of('switchTask'))}`,
        statik,
        target(of('switched'), 150),
      ],
      [`… jump to the last outline item`, `${round(of('jumped'))} ms; ${task(of('jumpTask'))}`, '—', target(of('jumped'), 300)],
      [
        `… find 电子商务: first match and counter shown`,
        `${round(of('found'))} ms, "${sessions[0]?.counter}" of ${round(expected)} in the text (any script); ${task(of('findTask'))}`,
        '—',
        target(of('found'), 100),
      ],
    ];
  } finally {
    await browser.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
