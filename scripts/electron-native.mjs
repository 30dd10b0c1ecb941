// better-sqlite3 is a native module: node_modules holds the build for Node (CLI, tests), and the
// desktop app in development needs one for Electron's ABI. This builds that second copy into
// .cache/electron-native once, leaving node_modules untouched. (Installers rebuild their own copy:
// electron-builder's npmRebuild.)
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const buildPath = path.resolve('.cache', 'electron-native', electronVersion);
export const electronSqliteBinding = path.join(
  buildPath,
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);

export async function ensureElectronSqlite() {
  if (existsSync(electronSqliteBinding)) return electronSqliteBinding;
  mkdirSync(path.join(buildPath, 'node_modules'), { recursive: true });
  cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), path.join(buildPath, 'node_modules', 'better-sqlite3'), {
    recursive: true,
  });
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath, electronVersion, onlyModules: ['better-sqlite3'], force: true });
  return electronSqliteBinding;
}
