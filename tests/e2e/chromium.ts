import { existsSync } from 'node:fs';

/**
 * The Chromium the e2e specs drive: PLAYWRIGHT_CHROMIUM_PATH if set, else Debian's (which .ci/run
 * installs), else the one the @sparticuz/chromium npm package carries, so that `npm ci && npm test`
 * needs nothing else. Playwright cannot download its own browsers here.
 */
export async function chromiumExecutable(): Promise<{ executablePath: string; args: string[] }> {
  const offline = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, args: offline };
  if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', args: [...offline, '--no-sandbox'] };
  const { default: packaged } = await import('@sparticuz/chromium');
  return { executablePath: await packaged.executablePath(), args: [...packaged.args, ...offline] };
}
