// What the browser benchmarks share: the built app served by the CLI, and measures taken in the page.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'bin/policy-reader.js');
export const RUNS = 5;
/** tsx (esbuild) names functions with a helper that page.evaluate's copies would miss in the page. */
export const NAME_HELPER = 'window.__name = (fn) => fn;';

export function target(value: number, limit: number): string {
  return `≤ ${limit} ms ${value <= limit ? '✓' : '✗'}`;
}

export async function serve(dataDir: string): Promise<{ url: string; child: ChildProcess; started: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--no-open', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const line = chunk
        .toString()
        .split('\n')
        .find((l) => l.startsWith('http://'));
      if (line) resolve(line.trim());
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { url, child, started };
}

/** Clicks a document's title and waits for the frame that shows its head: click → first paint. */
export async function clickToFirstPaint(page: Page, title: string): Promise<number> {
  return page.evaluate(async (name) => {
    const link = [...document.querySelectorAll<HTMLAnchorElement>('.cell-title a')].find((a) => a.textContent === name);
    if (!link) throw new Error(`no link ${name}`);
    const start = performance.now();
    link.click();
    await new Promise<void>((resolve) => {
      const check = () => (document.querySelector('.doc-body p') ? resolve() : requestAnimationFrame(check));
      check();
    });
    // The frame after the one that committed the DOM is the one that shows it.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - start;
  }, title);
}

export async function backToLibrary(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForSelector('.library-table');
}

export function buildApp(): void {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
}

/** The same paragraphs as a static page, set straight into Chromium. */
export async function staticPagePaint(page: Page, text: string): Promise<number> {
  const html = `<!doctype html><meta charset="utf-8"><body style="font: 19px/1.9 serif; max-width: 40em; margin: auto">${text
    .split('\n')
    .map((line) => `<p>${line.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`)
    .join('')}</body>`;
  return page.evaluate(async (markup) => {
    const start = performance.now();
    document.open();
    document.write(markup);
    document.close();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - start;
  }, html);
}
