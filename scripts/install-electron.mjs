// Runs Electron's own binary download (which package.json's allowScripts keeps npm from running),
// and lets the install succeed when the download is impossible, as on offline build machines.
// There `npm start` opens the browser shell instead of the desktop window.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
let installScript;
try {
  installScript = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
} catch {
  process.exit(0); // electron is a dev dependency; a production install has none
}
if (!existsSync(installScript)) process.exit(0);

const result = spawnSync(process.execPath, [installScript], {
  stdio: ['ignore', 'inherit', 'pipe'],
  encoding: 'utf8',
  timeout: 15 * 60 * 1000,
});
if (result.status === 0) process.exit(0);

const reason = (result.stderr ?? '')
  .split('\n')
  .find((line) => /Error|ENOTFOUND|EAI_AGAIN|ECONN|timed out/i.test(line))
  ?.trim();
console.warn(
  `policy-reader: the Electron binary could not be downloaded${reason ? ` (${reason})` : ''}.\n` +
    'policy-reader: npm start will open the browser shell; Electron tests will be skipped. ' +
    'Run "node scripts/install-electron.mjs" once a download is possible.',
);
