// Builds what runs: the CLI and core for Node, the Electron main process and preload.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([build({ ...common, entryPoints: ['main/cli/bin.ts'], outfile: 'dist/cli.js', format: 'esm' })]);
