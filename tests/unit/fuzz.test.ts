import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Library } from '../../main/core/library/library.js';
import { LIBRARY_FILE } from '../../main/core/store/database.js';
import { asDocx, asGovernmentPage, asPdf } from '../fixtures/formats.js';
import { random } from '../fixtures/random.js';
import { SEED_FILES, type SeedName, seedBytes } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

const seeds = Object.keys(SEED_FILES) as SeedName[];
const EXTENSIONS = ['.txt', '.md', '.html', '.docx', '.doc', '.wps', '.pdf', '.ofd', '.png', '.jpg', '.tif'];
/** A Word 97 file made by LibreOffice and an OFD, damaged for their extensions. */
const WORD = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/word/jiangsu-2016-internet-plus-circulation.doc'));
const OFD = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/ofd/jiangsu-2016-internet-plus-circulation.ofd'));

/** 1,000 bad inputs of the kinds that reach an importer: noise, cut text, endless lines, nesting, damaged seeds. */
function* badInputs(count: number): Generator<{ kind: string; name: string; bytes: Buffer }> {
  const next = random(2026);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const cjk = () => String.fromCharCode(0x4e00 + Math.floor(next() * 0x5000));
  for (let i = 0; i < count; i++) {
    const ext = pick(EXTENSIONS);
    const seed = seedBytes(pick(seeds));
    switch (i % 6) {
      case 0: {
        const bytes = Buffer.alloc(1 + Math.floor(next() * 65536));
        for (let k = 0; k < bytes.length; k++) bytes[k] = Math.floor(next() * 256);
        yield { kind: 'random bytes', name: `noise${ext}`, bytes };
        break;
      }
      case 1: {
        // Cut inside a character, and a stray continuation byte.
        const cut = Buffer.concat([
          seed.subarray(0, 1 + Math.floor(next() * (seed.length - 1))),
          Buffer.from([0x80 | Math.floor(next() * 64)]),
        ]);
        yield { kind: 'truncated UTF-8', name: `cut${ext}`, bytes: cut };
        break;
      }
      case 2: {
        const line = Array.from({ length: i % 60 === 2 ? 1_000_000 : 20_000 }, cjk).join('');
        yield { kind: 'long line', name: `line${ext}`, bytes: Buffer.from(`关于某某的通知\n${line}\n`) };
        break;
      }
      case 3: {
        const depth = i % 60 === 3 ? 100_000 : 2_000;
        const [open, close] = pick([
          ['（', '）'],
          ['《', '》'],
          ['“', '”'],
          ['〔', '〕'],
        ] as const);
        yield {
          kind: 'nested brackets',
          name: `nest${ext}`,
          bytes: Buffer.from(`${open.repeat(depth)}通知${close.repeat(depth)}\n一、${open.repeat(depth)}\n`),
        };
        break;
      }
      case 4: {
        const bytes = Buffer.from(ext === '.doc' || ext === '.wps' ? WORD : ext === '.ofd' ? OFD : seed);
        for (let k = 0; k < 50; k++) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 32);
        yield { kind: 'damaged seed', name: `damaged${ext}`, bytes };
        break;
      }
      default: {
        const header = pick([
          Buffer.from('%PDF-1.7\n'),
          Buffer.from('PK\u0003\u0004'),
          Buffer.from('<html><body>'),
          Buffer.from('\uFEFF'),
          Buffer.from('# '),
          WORD.subarray(0, 512),
        ]);
        yield {
          kind: 'format header and noise',
          name: `fake${ext}`,
          bytes: Buffer.concat([header, seed.subarray(0, Math.floor(next() * 4096))]),
        };
      }
    }
  }
}

describe('fuzzing the importer', () => {
  it('takes 1,000 bad inputs without a crash, each in under a second, leaving the library sound', async () => {
    const dataDir = tempDir();
    const library = Library.open({ dataDir });
    // Files are parsed in a worker thread, which loads each format's reader at its first file of
    // that format: that is the thread's time, not the input's.
    const warmUp = '关于启动工作线程的通知\n各单位：\n现通知如下。\n';
    await library.importFile(Buffer.from(warmUp), 'warm-up.txt');
    await library.importFile(await asPdf(warmUp), 'warm-up.pdf');
    await library.importFile(await asDocx(warmUp), 'warm-up.docx');
    await library.importFile(asGovernmentPage(warmUp), 'warm-up.html');
    const slowest = { ms: 0, kind: '' };
    const statuses = new Map<string, number>();
    for (const input of badInputs(1000)) {
      const start = performance.now();
      const outcome = await library.importFile(input.bytes, input.name);
      const ms = performance.now() - start;
      if (ms > slowest.ms) Object.assign(slowest, { ms, kind: input.kind });
      statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      expect(['imported', 'updated', 'duplicate', 'failed']).toContain(outcome.status);
    }
    console.log(
      `fuzz: ${[...statuses].map(([s, n]) => `${s} ${n}`).join(', ')}; slowest ${Math.round(slowest.ms)} ms (${slowest.kind})`,
    );
    expect(slowest.ms).toBeLessThan(1000);
    expect(statuses.get('failed')).toBeGreaterThan(500);
    library.close();
    const db = new Database(path.join(dataDir, LIBRARY_FILE), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  }, 300_000);
});
