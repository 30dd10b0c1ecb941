import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

describe('the installer configuration', () => {
  const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

  it("is valid against electron-builder's own schema", () => {
    const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    const valid = ajv.validate(schema, config);
    expect(ajv.errors ?? [], ajv.errorsText()).toEqual([]);
    expect(valid).toBe(true);
  });

  it('builds every target for the laptops, with the native module unpacked and the samples and fonts inside', () => {
    expect(config).toMatchObject({
      appId: 'cn.policyreader.app',
      productName: 'Policy Reader',
      win: { target: ['nsis', 'portable'] },
      mac: { target: 'dmg' },
      linux: { target: ['AppImage', 'deb'] },
      asarUnpack: ['**/node_modules/better-sqlite3/**'],
      npmRebuild: true,
      extraResources: [{ from: 'seeds', to: 'seeds' }],
    });
    expect(fs.existsSync(path.join(ROOT, 'build', 'icon.png'))).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
      dependencies: Record<string, string>;
    };
    // Electron pinned exactly; the fonts the PDF export embeds ship as dependencies.
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(pkg.dependencies)).toEqual(
      expect.arrayContaining(['@expo-google-fonts/noto-serif-sc', '@fontsource/lxgw-wenkai']),
    );
  });
});
