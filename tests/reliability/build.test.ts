// `npm start` builds before it starts: a start with nothing changed must not rebuild, and a build
// interrupted midway must leave the previous build whole.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const INDEX = path.join(ROOT, 'dist/renderer/index.html');
const build = (...args: string[]) => spawnSync(process.execPath, ['scripts/build.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('the build', () => {
  it('does nothing when no source changed', () => {
    expect(build().status).toBe(0);
    const before = fs.statSync(INDEX).mtimeMs;
    const started = performance.now();
    expect(build().status).toBe(0);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(fs.statSync(INDEX).mtimeMs).toBe(before);
  });

  it('leaves the previous renderer in place when interrupted at any moment', async () => {
    expect(build().status).toBe(0);
    const html = fs.readFileSync(INDEX, 'utf8');
    for (const after of [300, 900, 1800]) {
      const child = spawn(process.execPath, ['scripts/build.mjs', '--force'], { cwd: ROOT, stdio: 'ignore' });
      await new Promise((resolve) => setTimeout(resolve, after));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('exit', resolve));
      expect(fs.readFileSync(INDEX, 'utf8')).toBe(html);
      expect(fs.readdirSync(path.join(ROOT, 'dist/renderer/assets')).length).toBeGreaterThan(0);
    }
    // The next build clears what the killed ones left and builds again.
    expect(build('--force').status).toBe(0);
    expect(fs.readdirSync(path.join(ROOT, 'dist')).filter((n) => n.startsWith('.build-') || n.includes('.old-'))).toEqual([]);
  }, 120_000);
});
