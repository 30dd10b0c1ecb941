import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const CANDIDATES: Record<string, string[]> = {
  linux: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    String.raw`${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\Microsoft\Edge\Application\msedge.exe`,
    String.raw`${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\Google\Chrome\Application\chrome.exe`,
    String.raw`${process.env.LOCALAPPDATA ?? ''}\Google\Chrome\Application\chrome.exe`,
  ],
};

/** The first Chromium, Chrome or Edge installed, or null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.POLICY_READER_BROWSER) return env.POLICY_READER_BROWSER;
  for (const candidate of CANDIDATES[process.platform] ?? []) {
    if (path.isAbsolute(candidate)) {
      if (fs.existsSync(candidate)) return candidate;
      continue;
    }
    for (const dir of (env.PATH ?? '').split(path.delimiter)) {
      const full = path.join(dir, candidate);
      if (dir && fs.existsSync(full)) return full;
    }
  }
  return null;
}

/**
 * Opens the app in its own Chromium window (app mode), with a profile of its own so that the
 * window is a process of its own, and with the browser's background traffic switched off:
 * nothing leaves the machine.
 */
export function openAppWindow(browser: string, url: string, profileDir: string): ChildProcess {
  fs.mkdirSync(profileDir, { recursive: true });
  const args = [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    '--window-size=1280,860',
  ];
  if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
  return spawn(browser, args, { stdio: 'ignore' });
}
