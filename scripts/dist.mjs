// `npm run dist`: installers through electron-builder, which needs the Electron binary.
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

if (!electronBinary()) {
  console.error(
    'policy-reader: cannot build installers: the Electron binary is not installed (its download failed or was skipped).\n' +
      'policy-reader: on a machine that can download it, run "node scripts/install-electron.mjs", then "npm run dist".',
  );
  process.exit(1);
}
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
