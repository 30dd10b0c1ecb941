// Builds what runs: the CLI and core for Node, the Electron main process and preload, and the
// renderer (Vite). Nothing is rebuilt when no source changed since the last build, and every output
// is written beside its place and swapped in whole: a build interrupted (Ctrl+C, a closed terminal)
// leaves the previous build in place, never an empty dist/renderer.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, 'build-stamp.json');
const withRenderer = !process.argv.includes('--no-renderer');
const BUNDLES = ['cli.js', 'work-tasks.js', 'electron/main.js', 'electron/work-tasks.js', 'electron/preload.cjs'];
const SOURCES = [
  'main',
  'shared',
  'renderer',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'scripts/build.mjs',
];

/** Every source file's path, size and modification time, hashed: a cheap, sound test for "changed". */
function fingerprint() {
  const hash = crypto.createHash('sha256');
  const visit = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(file).sort()) if (name !== 'node_modules') visit(path.join(file, name));
    } else hash.update(`${path.relative(ROOT, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  for (const source of SOURCES) visit(path.join(ROOT, source));
  return hash.digest('hex');
}

function upToDate(print) {
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
    const outputs = [...BUNDLES, ...(withRenderer ? ['renderer/index.html'] : [])];
    return stamp.print === print && (stamp.renderer || !withRenderer) && outputs.every((o) => fs.existsSync(path.join(DIST, o)));
  } catch {
    return false;
  }
}

/** Puts a finished output in place of the old one; each rename is atomic. */
function swapIn(built, target) {
  const old = `${target}.old-${process.pid}`;
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.renameSync(built, target);
  fs.rmSync(old, { recursive: true, force: true });
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};
// What an interrupted build left behind (not what another build running now is writing).
for (const name of fs.existsSync(DIST) ? fs.readdirSync(DIST) : []) {
  const owner = /^\.build-(\d+)-|\.old-(\d+)$/.exec(name);
  if (owner && !alive(Number(owner[1] ?? owner[2]))) fs.rmSync(path.join(DIST, name), { recursive: true, force: true });
}

const print = fingerprint();
if (process.argv.includes('--force') || !upToDate(print)) {
  fs.mkdirSync(path.join(DIST, 'electron'), { recursive: true });
  const staging = fs.mkdtempSync(path.join(DIST, `.build-${process.pid}-`));
  try {
    const common = {
      bundle: true,
      platform: 'node',
      target: 'node20',
      packages: 'external',
      sourcemap: true,
      logLevel: 'warning',
    };
    const bundle = (entry, out, format = 'esm') =>
      build({ ...common, entryPoints: [entry], outfile: path.join(staging, out), format });
    await Promise.all([
      bundle('main/cli/bin.ts', 'cli.js'),
      bundle('main/electron/main.ts', 'electron/main.js'),
      // A sandboxed preload runs as CommonJS.
      bundle('main/electron/preload.ts', 'electron/preload.cjs', 'cjs'),
      // The worker threads' code (main/core/work), beside each bundle that starts them.
      bundle('main/core/work/tasks.ts', 'work-tasks.js'),
      bundle('main/core/work/tasks.ts', 'electron/work-tasks.js'),
    ]);
    if (withRenderer) {
      // Always the production build, the one that ships: test runners set NODE_ENV=test, which would
      // otherwise give React's development build to the end-to-end tests.
      process.env.NODE_ENV = 'production';
      await viteBuild({
        configFile: 'vite.config.ts',
        mode: 'production',
        logLevel: 'warn',
        build: { outDir: path.join(staging, 'renderer'), emptyOutDir: true },
      });
      swapIn(path.join(staging, 'renderer'), path.join(DIST, 'renderer'));
    }
    for (const file of BUNDLES.flatMap((b) => [b, `${b}.map`])) fs.renameSync(path.join(staging, file), path.join(DIST, file));
    fs.writeFileSync(STAMP, JSON.stringify({ print, renderer: withRenderer }));
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}
