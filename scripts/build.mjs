// Builds what runs: the CLI and core for Node, the Electron main process and preload, and the
// renderer (Vite).
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['main/cli/bin.ts'], outfile: 'dist/cli.js', format: 'esm' }),
  build({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'dist/electron/main.js', format: 'esm' }),
  // A sandboxed preload runs as CommonJS.
  build({ ...common, entryPoints: ['main/electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' }),
]);
if (!process.argv.includes('--no-renderer')) {
  // Always the production build, the one that ships: test runners set NODE_ENV=test, which would
  // otherwise give React's development build to the end-to-end tests.
  process.env.NODE_ENV = 'production';
  await viteBuild({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
}
