// `npm start`: the desktop app where the Electron binary is installed, the browser shell otherwise.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';
import { ensureElectronSqlite } from './electron-native.mjs';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const electron = electronBinary();
const extra = process.argv.slice(2);
let child;
if (electron) {
  console.log(`policy-reader: starting the desktop app (Electron, ${electron})`);
  const binding = await ensureElectronSqlite();
  child = spawn(electron, ['.', ...extra], { stdio: 'inherit', env: { ...process.env, POLICY_READER_SQLITE_BINDING: binding } });
} else {
  console.log(
    'policy-reader: Electron is not installed here; starting the browser shell (opens Chromium, Chrome or Edge in app mode)',
  );
  child = spawn(process.execPath, ['bin/policy-reader.js', 'serve', ...extra], { stdio: 'inherit' });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
