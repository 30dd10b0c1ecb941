import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder name Electron's app.getPath('userData') uses for this app (its productName). */
export const APP_DIR_NAME = 'Policy Reader';

/**
 * The per-user data directory the desktop app uses, so that the CLI and the app share one
 * library: %APPDATA% on Windows, ~/Library/Application Support on macOS, $XDG_CONFIG_HOME
 * (or ~/.config) elsewhere. POLICY_READER_DATA_DIR overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.POLICY_READER_DATA_DIR) return path.resolve(env.POLICY_READER_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

/** The folder holding this package's package.json, found upwards from a module of it. */
export function packageRoot(fromUrl: string): string {
  let dir = path.dirname(fileURLToPath(fromUrl));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'seeds'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package root not found above ${fromUrl}`);
    dir = parent;
  }
}

/** The bundled sample library of a source checkout or an installed package. */
export function bundledSeedsDir(fromUrl: string): string {
  return path.join(packageRoot(fromUrl), 'seeds');
}
