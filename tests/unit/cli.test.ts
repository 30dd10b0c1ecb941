import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../main/core/library/library.js';
import { parsePolicy } from '../../main/core/parse/index.js';
import { LIBRARY_FILE } from '../../main/core/store/database.js';
import type { Comparison } from '../../shared/intel.js';
import type { DocumentSummary, StoredDocument } from '../../shared/library.js';
import type { PolicyDocument } from '../../shared/policy.js';
import type { SearchResponse } from '../../shared/search.js';
import { writeSyntheticLibrary } from '../bench/synthetic.js';
import { AMENDMENT, ORIGINAL, REPLACEMENT } from '../fixtures/force-generations.js';
import { asDocx, asGovernmentPage, asPdf } from '../fixtures/formats.js';
import { random } from '../fixtures/random.js';
import { SEED_FILES, SEEDS_DIR } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/policy-reader.js');
const env = { ...process.env, POLICY_READER_LANG: 'zh-CN' };

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
});

describe('policy-reader parse', () => {
  it('prints the PolicyDocument with its public field names', () => {
    const { status, stdout } = cli('parse', path.join(SEEDS_DIR, SEED_FILES.jiangxi), '--json');
    expect(status).toBe(0);
    const doc = JSON.parse(stdout) as PolicyDocument;
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining([
        'title',
        'titleDerived',
        'docNumber',
        'issuer',
        'date',
        'addressees',
        'script',
        'blocks',
        'responsibilities',
        'citations',
      ]),
    );
    expect(doc).toMatchObject({ docNumber: '赣府厅发〔2016〕52号', issuer: '江西省人民政府办公厅', titleDerived: true });
  });

  it('names the file and the reason when it cannot', () => {
    const dir = tempDir();
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    const { status, stderr } = cli('parse', empty);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(`${empty}: 文件为空`);
  });
});

describe('policy-reader convert', () => {
  it('prints a GB18030 file converted to Taiwan phrases, decoded as the parser decodes it', () => {
    const file = path.join(tempDir(), 'gbk.txt');
    fs.writeFileSync(file, iconv.encode('这个软件的信息\n请插入U盘', 'gb18030'));
    const { status, stdout } = cli('convert', file, '--to', 'twp');
    expect(status).toBe(0);
    expect(stdout).toBe('這個軟體的資訊\n請插入隨身碟');
  });

  it('prints the Hubei seed in simplified script', () => {
    const { stdout } = cli('convert', path.join(SEEDS_DIR, SEED_FILES.hubei), '--to', 'cn');
    expect(stdout.startsWith('各市、州、县人民政府,省政府有关部门:\n为贯彻落实《国务院办公厅')).toBe(true);
  });
});

describe('policy-reader import, list and show', () => {
  const dataDir = tempDir();
  const folder = tempDir();
  const bad: Record<string, string> = {};

  beforeAll(() => {
    writeSyntheticLibrary(folder, 990);
    const write = (name: string, bytes: Uint8Array | string, reason: string) => {
      fs.writeFileSync(path.join(folder, name), bytes);
      bad[path.join(folder, name)] = reason;
    };
    write(
      'bad-binary.txt',
      Uint8Array.from({ length: 8192 }, (_, i) => (i * 31) % 256),
      '不是文本文件（含二进制数据）',
    );
    write('bad-empty.txt', '', '文件为空');
    write('bad-no-chinese.txt', 'Lunch menu: kung pao chicken, mapo tofu, rice. '.repeat(10), '文件中没有中文文字');
    write('bad-50mb.txt', Buffer.alloc(50 * 1024 * 1024, 0x41), '文件过大（50.0 MB，上限 10.0 MB）');
    write('bad-undecodable.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8]), '无法识别文字编码');
  });

  it('imports the good files of a folder of 995 and gives each bad one a line', () => {
    const { status, stdout, stderr } = cli('import', folder, '--data-dir', dataDir);
    expect(status).toBe(1);
    const failures = stderr.split('\n').filter((line) => line.startsWith('✗'));
    expect(failures).toHaveLength(5);
    for (const [file, reason] of Object.entries(bad)) {
      expect(failures.find((line) => line.startsWith(`✗ ${file}: `))).toContain(reason);
    }
    expect(stdout).toContain('已导入 990 篇，重复 0 篇，失败 5 篇。');
  });

  it('lists the bundled seeds and the imported documents with their ids', () => {
    const docs = JSON.parse(cli('list', '--json', '--data-dir', dataDir).stdout) as DocumentSummary[];
    expect(docs).toHaveLength(995);
    const guangdong = docs.find((d) => d.title === '广东省大力发展电子商务加快培育经济新动力的实施方案');
    expect(guangdong).toMatchObject({ issuer: '广东省人民政府', date: '2016-05-11', script: 'simplified' });
    const human = cli('list', '--data-dir', dataDir).stdout;
    expect(human).toContain(`${guangdong?.id}  2016-05-11  简  —  广东省大力发展电子商务加快培育经济新动力的实施方案`);
  });

  it('shows a document by id', () => {
    const docs = JSON.parse(cli('list', '--json', '--data-dir', dataDir).stdout) as DocumentSummary[];
    const hubei = docs.find((d) => d.script === 'traditional' && d.sourceName.startsWith('hubei'));
    const shown = JSON.parse(cli('show', hubei?.id ?? '', '--json', '--data-dir', dataDir).stdout) as StoredDocument;
    expect(shown.blocks.filter((b) => b.level === 1)).toHaveLength(9);
    expect(cli('show', hubei?.id ?? '', '--data-dir', dataDir).stdout).toContain('成文日期: 2016-12-31');
    expect(cli('show', 'nope', '--data-dir', dataDir)).toMatchObject({ status: 1, stderr: 'policy-reader: 找不到：nope\n' });
  });

  it('says so when the same files are imported again', () => {
    const { status, stdout } = cli('import', path.join(SEEDS_DIR, SEED_FILES.lishui), '--data-dir', dataDir);
    expect(status).toBe(0);
    expect(stdout).toContain('已在文库中');
    expect(stdout).toContain('已导入 0 篇，重复 1 篇，失败 0 篇。');
  });
});

describe('an import killed midway', () => {
  const dataDir = tempDir();
  const folder = tempDir();

  beforeAll(() => writeSyntheticLibrary(folder, 2000, 7));

  /** Starts an import and kills it with SIGKILL once its progress passes the given share. */
  function importAndKill(share: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'import', folder, '--data-dir', dataDir], { env });
      let seen = '';
      child.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const done = [...seen.matchAll(/导入 (\d+)\/(\d+)/g)].map((m) => Number(m[1]) / Number(m[2]));
        if (done.some((d) => d >= share)) child.kill('SIGKILL');
      });
      child.on('exit', (_, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`import finished before ${share}`))));
    });
  }

  it('survives SIGKILL at 100 random moments of an import with no partial document and no annotation lost', async () => {
    const library = tempDir();
    // Annotations on the seeds first: none may be lost, whatever is killed later.
    const setup = Library.open({ dataDir: library, seedsDir: SEEDS_DIR });
    for (const doc of setup.list()) {
      for (let k = 0; k < 4; k++) {
        setup.createAnnotation({
          docId: doc.id,
          start: k * 10,
          end: k * 10 + 4,
          kind: 'highlight',
          color: 'red',
          note: `批注 ${k}`,
        });
      }
    }
    setup.close();
    const next = random(99);
    let previous = 0;
    for (let round = 0; round < 100; round++) {
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'import', folder, '--data-dir', library], { env, stdio: 'ignore' });
        const timer = setTimeout(() => child.kill('SIGKILL'), 120 + Math.floor(next() * 400));
        child.on('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      const db = new Database(path.join(library, LIBRARY_FILE), { readonly: true });
      expect(db.pragma('quick_check', { simple: true }), `round ${round}`).toBe('ok');
      expect((db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n).toBe(20);
      // Every document stored since the last round is whole: its blocks are all there.
      const fresh = db
        .prepare<[number], { doc: number; text: string; blocks: number }>(
          'SELECT d.doc, d.text, (SELECT json_array_length(p.blocks) FROM document_parts p WHERE p.doc = d.doc) AS blocks FROM documents d WHERE d.doc > ?',
        )
        .all(previous);
      for (const doc of fresh.slice(-20)) expect(doc.blocks).toBe(parsePolicy(doc.text).blocks.length);
      previous = Math.max(previous, ...fresh.map((d) => d.doc));
      db.close();
    }
    const final = new Database(path.join(library, LIBRARY_FILE), { readonly: true });
    expect(final.pragma('integrity_check', { simple: true })).toBe('ok');
    final.close();
  }, 240_000);

  it.each([0.2, 0.5, 0.8])('leaves a sound library with only whole documents (killed at %s)', async (share) => {
    await importAndKill(share);
    const db = new Database(path.join(dataDir, LIBRARY_FILE), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const docs = db.prepare<[], { id: string; text: string }>('SELECT id, text FROM documents').all();
    expect(docs.length).toBeGreaterThan(5 + 2000 * share * 0.9);
    expect(docs.length).toBeLessThan(2005);
    const blockCount = db.prepare<[string], { n: number }>(
      'SELECT json_array_length(blocks) AS n FROM document_parts WHERE doc = (SELECT doc FROM documents WHERE id = ?)',
    );
    const spanCount = db.prepare<[string], { n: number }>(
      'SELECT json_array_length(responsibilities) AS n FROM document_parts WHERE doc = (SELECT doc FROM documents WHERE id = ?)',
    );
    for (const doc of docs) {
      const parsed = parsePolicy(doc.text);
      expect(blockCount.get(doc.id)?.n).toBe(parsed.blocks.length);
      expect(spanCount.get(doc.id)?.n).toBe(parsed.responsibilities.length);
    }
    db.close();
  });

  it('finishes the import on the next run, skipping what is already there', () => {
    const { status, stdout } = cli('import', folder, '--data-dir', dataDir);
    expect(status).toBe(0);
    const [, imported, duplicates] = /已导入 (\d+) 篇，重复 (\d+) 篇/.exec(stdout) ?? [];
    expect(Number(imported) + Number(duplicates)).toBe(2000);
    expect(Number(duplicates)).toBeGreaterThan(0);
  });
});

describe('policy-reader search', () => {
  const dataDir = tempDir();

  it('prints ranked hits with document id, block, canonical offsets and snippet', () => {
    const { status, stdout } = cli('search', '商務廳', '--json', '--limit', '2', '--data-dir', dataDir);
    expect(status).toBe(0);
    const response = JSON.parse(stdout) as SearchResponse;
    expect(response.total).toBe(5);
    expect(response.results.map((r) => [r.title, r.hits])).toEqual([
      ['江西省人民政府办公厅关于推进线上线下互动加快商贸流通创新发展转型升级的实施意见', 23],
      ['广东省大力发展电子商务加快培育经济新动力的实施方案', 17],
    ]);
    const shown = JSON.parse(
      cli('show', response.results[0]?.id ?? '', '--json', '--data-dir', dataDir).stdout,
    ) as StoredDocument;
    for (const s of response.results[0]?.snippets ?? []) {
      expect(shown.text.slice(s.start, s.end)).toBe('商务厅');
      const block = shown.blocks[s.block];
      expect(block && block.start <= s.start && s.end <= block.end).toBe(true);
    }
    const human = cli('search', '商務廳', '--limit', '1', '--data-dir', dataDir).stdout;
    expect(human).toContain('共 5 篇文件匹配。');
    expect(human).toMatch(/#\d+ \d+-\d+ {2}…[^【]*【商务厅】/);
  });

  it('says so, with exit status 1, when nothing matches; refuses a bad limit', () => {
    expect(cli('search', '没有这样的词组', '--data-dir', dataDir)).toMatchObject({ status: 1, stdout: '没有匹配的文件。\n' });
    expect(cli('search', '物流', '--limit', '0', '--data-dir', dataDir).status).toBe(1);
  });
});

describe('policy-reader export-pdf', () => {
  const dataDir = tempDir();

  it('writes the same PDF for the same date, in the script and layout asked for', () => {
    const docs = JSON.parse(cli('list', '--json', '--data-dir', dataDir).stdout) as DocumentSummary[];
    const hubei = docs.find((d) => d.script === 'traditional')?.id ?? '';
    const out = path.join(dataDir, 'hubei.pdf');
    const again = path.join(dataDir, 'hubei-again.pdf');
    const args = ['--script', 'cn', '--layout', 'gongwen', '--date', '2026-11-23', '--data-dir', dataDir];
    const first = cli('export-pdf', hubei, '--out', out, ...args);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/hubei\.pdf {2}\d+ 页，\d+ KB/);
    expect(cli('export-pdf', hubei, '--out', again, ...args).status).toBe(0);
    expect(fs.readFileSync(out).equals(fs.readFileSync(again))).toBe(true);
    expect(fs.readFileSync(out).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  });

  it('refuses an unknown document and a bad date with a message', () => {
    expect(cli('export-pdf', 'abcdefabcdef', '--out', path.join(dataDir, 'x.pdf'), '--data-dir', dataDir)).toMatchObject({
      status: 1,
      stderr: 'policy-reader: 找不到：abcdefabcdef\n',
    });
    expect(cli('export-pdf', 'abcdefabcdef', '--out', 'x.pdf', '--date', 'soon', '--data-dir', dataDir).status).toBe(1);
  });
});

describe('policy-reader import of other formats', () => {
  it('imports a folder of Word, web page and PDF files and refuses an old .doc with its reason', async () => {
    const dir = tempDir();
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.docx'), await asDocx(fs.readFileSync(path.join(SEEDS_DIR, SEED_FILES.guangdong), 'utf8')));
    fs.writeFileSync(
      path.join(dir, 'b.htm'),
      asGovernmentPage(fs.readFileSync(path.join(SEEDS_DIR, SEED_FILES.jiangsu), 'utf8')),
    );
    fs.writeFileSync(path.join(dir, 'c.pdf'), await asPdf(fs.readFileSync(path.join(SEEDS_DIR, SEED_FILES.hubei), 'utf8')));
    fs.copyFileSync(path.join(ROOT, 'tests/fixtures/word/lishui-2015-ecommerce.doc'), path.join(dir, 'd.doc'));
    fs.writeFileSync(path.join(dir, 'e.rtf'), '{\\rtf1 }');
    const { status, stdout, stderr } = cli('import', dir, '--data-dir', dataDir);
    expect(status).toBe(1);
    expect(stderr).toContain('e.rtf');
    expect(stderr).toContain('另存为”.docx');
    // The seeds were imported first, so the four come back as duplicates of them.
    expect(stdout).toContain('已导入 0 篇，重复 4 篇，失败 1 篇。');
    const parsed = JSON.parse(cli('parse', path.join(dir, 'c.pdf'), '--json').stdout) as PolicyDocument;
    expect(parsed.script).toBe('traditional');
    expect(parsed.blocks.filter((b) => b.level === 1)).toHaveLength(9);
  });
});

describe('policy-reader on a read-only folder and a full disk', () => {
  it('says the library folder cannot be written', () => {
    // /sys cannot be written even by root: a stand-in for a read-only data folder.
    const { status, stderr } = cli('list', '--data-dir', '/sys/policy-reader-test');
    expect(status).toBe(1);
    expect(stderr).toMatch(/^policy-reader: 文库文件夹无法写入：\/sys\/policy-reader-test（E[A-Z]+）/);
  });

  it.skipIf(!fs.existsSync('/dev/full'))('says the disk is full when an export cannot be written', () => {
    const dataDir = tempDir();
    const docs = JSON.parse(cli('list', '--json', '--data-dir', dataDir).stdout) as DocumentSummary[];
    const { status, stderr } = cli('export-pdf', docs[0]?.id ?? '', '--out', '/dev/full', '--data-dir', dataDir);
    expect(status).toBe(1);
    expect(stderr).toBe('policy-reader: 无法写入文件 /dev/full：磁盘已满 (ENOSPC)\n');
    expect(fs.existsSync('/dev/full')).toBe(true);
  });
});

describe('policy-reader departments', () => {
  it('lists each department with its tasks, the busiest first', () => {
    const dataDir = tempDir();
    const entries = JSON.parse(cli('departments', '--json', '--data-dir', dataDir).stdout) as Array<{
      name: string;
      tasks: Array<{ role: string | null; text: string }>;
    }>;
    const commerce = entries.find((e) => e.name === '江西省商务厅');
    expect(commerce?.tasks.length).toBeGreaterThan(5);
    expect(entries.map((e) => e.tasks.length)).toEqual([...entries.map((e) => e.tasks.length)].sort((a, b) => b - a));
    expect(cli('departments', '--data-dir', dataDir).stdout).toMatch(
      /^江西省商务厅 {2}\(\d+\)\n {2}负责 {2}[0-9a-f]{12} #\d+ {2}/m,
    );
  });
});

describe('policy-reader citations', () => {
  it('prints the cited documents, the most cited first, with who cites them', () => {
    const { status, stdout } = cli('citations', '--data-dir', tempDir());
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toBe('国办发〔2016〕24号  国务院办公厅关于深入实施“互联网+流通”行动计划的意见  (3)');
    expect(stdout).toMatch(/^ {2}← [0-9a-f]{12} {2}關于深入實施“互聯網\+流通”行動計劃的實施意見$/m);
  });
});

describe('policy-reader status', () => {
  it('lists each document’s 时效性 as of a date, and shows one with its evidence', () => {
    const dataDir = tempDir();
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'original.txt'), ORIGINAL);
    fs.writeFileSync(path.join(folder, 'amendment.txt'), AMENDMENT);
    fs.writeFileSync(path.join(folder, 'replacement.txt'), REPLACEMENT);
    expect(cli('import', folder, '--data-dir', dataDir).status).toBe(0);
    const list = cli('status', '--as-of', '2019-01-01', '--data-dir', dataDir).stdout.split('\n');
    expect(list[0]).toBe('截至 2019-01-01');
    const original = list.find((line) => line.includes('暂行办法的通知'));
    expect(original).toMatch(
      /^已修改 {2}2018-06-01 {2}[0-9a-f]{12} {2}江西省人民政府办公厅关于印发江西省公共资源交易管理暂行办法的通知 {2}← 江西省人民政府辦公廳關於修改/,
    );
    expect(list.find((line) => line.includes('管理办法的通知'))).toMatch(/^尚未施行 {2}2021-01-01 /);
    expect(list.find((line) => line.includes('关于促进电子商务发展的实施意见'))).toMatch(/^现行有效 {2}2015-07-29 /);

    const json = JSON.parse(cli('status', '--json', '--as-of', '2022-01-01', '--data-dir', dataDir).stdout) as Array<{
      id: string;
      title: string;
      status: string;
    }>;
    const id = json.find((d) => d.title.includes('暂行办法的通知'))?.id ?? '';
    expect(json.find((d) => d.id === id)?.status).toBe('repealed');
    const report = cli('status', id, '--as-of', '2022-01-01', '--data-dir', dataDir).stdout;
    expect(report).toContain('已废止  截至 2022-01-01');
    expect(report).toContain('施行日期: 2016-08-01  「第三条 本办法自印发之日起施行，有效期5年。」');
    expect(report).toContain('有效期至: 2021-07-31');
    expect(report).toMatch(
      /后续文件: 2021-01-01 废止 {2}江西省人民政府办公厅关于印发江西省公共资源交易管理办法的通知（赣府厅发〔2020〕30号） {2}「.*同时废止。」/,
    );
    const bad = cli('status', '--as-of', '2021-02-30', '--data-dir', dataDir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--as-of takes YYYY-MM-DD');
  });
});

describe('policy-reader targets', () => {
  it('prints a document’s goals, a line each', () => {
    const dataDir = tempDir();
    const docs = JSON.parse(cli('list', '--json', '--data-dir', dataDir).stdout) as DocumentSummary[];
    const jiangxi = docs.find((d) => d.title.startsWith('江西省'))?.id ?? '';
    expect(cli('targets', jiangxi, '--data-dir', dataDir).stdout).toBe(
      '2020  电子商务交易额  突破1万亿元\n2020  网络零售额  达到2000亿元\n',
    );
  });
});

describe('policy-reader export-tasks', () => {
  it('writes a department’s task list as CSV or PDF, and names an unknown department in its refusal', () => {
    const dataDir = tempDir();
    const csv = path.join(tempDir(), '分工.csv');
    const { status, stdout } = cli('export-tasks', '江苏省商务厅', '--out', csv, '--data-dir', dataDir);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe(`${csv}  15 项任务`);
    const rows = fs.readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    expect(rows[0]).toBe('\uFEFF序号,责任单位,分工,任务,文件');
    expect(rows).toHaveLength(16);
    expect(rows[4]).toMatch(/^4,江苏省商务厅,未注明,四、加强智慧物流建设。/);

    const pdf = path.join(tempDir(), '分工.pdf');
    cli('export-tasks', '江苏省商务厅', '--out', pdf, '--date', '2026-11-23', '--data-dir', dataDir);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

    const refused = cli('export-tasks', '不存在的部门', '--out', csv, '--data-dir', dataDir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('不存在的部门');
  });
});

describe('policy-reader compare', () => {
  it('prints the aligned section pairs with their scores', () => {
    const dataDir = tempDir();
    const docs = JSON.parse(cli('list', '--json', '--data-dir', dataDir).stdout) as DocumentSummary[];
    const jiangsu = docs.find((d) => d.title.startsWith('省政府办公厅'))?.id ?? '';
    const hubei = docs.find((d) => d.script === 'traditional')?.id ?? '';
    const { stdout } = cli('compare', jiangsu, hubei, '--data-dir', dataDir);
    expect(stdout).toMatch(/^0\.\d\d {2}四、加强智慧物流建设 {2}⇄ {2}三、深入推進智慧物流服務體系建設$/m);
    const json = JSON.parse(cli('compare', jiangsu, hubei, '--json', '--data-dir', dataDir).stdout) as Comparison;
    expect([json.a.id, json.b.id]).toEqual([jiangsu, hubei]);
    expect(json.pairs.filter((p) => p.score > 0)).toHaveLength(9);
    expect(stdout.split('\n')[0]).toMatch(/^0\.\d\d {2}（导语） {2}⇄ {2}（导语）$/);
  });
});
