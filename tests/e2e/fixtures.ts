import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron, type Browser, test as base, chromium, type ElectronApplication, type Page } from '@playwright/test';
import { chromiumExecutable } from '../fixtures/chromium.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The app under test, in whichever shell the Playwright project names. */
export interface App {
  page: Page;
  /** The origin every request must stay on. */
  origin: string;
  dataDir: string;
  /** Reloads the page (the browser shell) or the window (Electron). */
  reload(): Promise<void>;
}

interface Workers {
  browser: Browser;
}

function electronBinary(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Starts `policy-reader serve --no-open` on a fresh library and returns its URL. */
async function serve(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/policy-reader.js'), 'serve', '--no-open', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
      if (line) resolve(line.trim());
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { url, child };
}

export const test = base.extend<{ app: App }, Workers>({
  browser: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const { executablePath, args } = await chromiumExecutable();
      const browser = await chromium.launch({ executablePath, args, headless: true });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ browser }, use, testInfo) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-reader-e2e-'));
    if (testInfo.project.name === 'electron') {
      const binary = electronBinary();
      test.skip(binary === null, 'the Electron binary is not installed on this machine (its download is impossible offline)');
      const electronApp: ElectronApplication = await _electron.launch({
        args: [ROOT],
        env: { ...process.env, POLICY_READER_DATA_DIR: dataDir } as Record<string, string>,
      });
      const page = await electronApp.firstWindow();
      await use({ page, origin: 'app://reader', dataDir, reload: () => page.reload().then(() => undefined) });
      await electronApp.close();
    } else {
      const { url, child } = await serve(dataDir);
      const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(url);
      await use({ page, origin: new URL(url).origin, dataDir, reload: () => page.reload().then(() => undefined) });
      await context.close();
      // The server backs up the library as it closes: the folder goes once it has exited.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
