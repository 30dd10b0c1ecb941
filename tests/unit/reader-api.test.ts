import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createReaderApi, dispatch } from '../../main/core/api/reader-api.js';
import { Library } from '../../main/core/library/library.js';
import { LIBRARY_FILE } from '../../main/core/store/database.js';
import initial from '../../main/core/store/migrations/0001-initial.js';
import { fileNameFor } from '../../shared/file-names.js';
import { DEFAULT_SETTINGS } from '../../shared/settings.js';
import { SEED_FILES, SEEDS_DIR, seedBytes } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

function openApi() {
  const dataDir = tempDir();
  const library = Library.open({ dataDir, seedsDir: SEEDS_DIR });
  return { library, api: createReaderApi(library), dataDir };
}

const idOf = (library: Library, title: string) => library.list().find((d) => d.title.startsWith(title))?.id ?? '';

describe('ReaderApi', () => {
  it('deletes with undo, still offered after the library is reopened (the 回收站)', async () => {
    const { library, api, dataDir } = openApi();
    const id = idOf(library, '广东省');
    await api.deleteDocument({ id });
    expect(library.list()).toHaveLength(4);
    await expect(api.getDocument({ id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await api.restoreDocument({ id });
    expect(library.list()).toHaveLength(5);

    await api.deleteDocument({ id });
    library.close();
    const reopened = Library.open({ dataDir, seedsDir: SEEDS_DIR });
    expect(reopened.list()).toHaveLength(4);
    const again = createReaderApi(reopened);
    expect((await again.trash({})).documents.map((d) => d.id)).toEqual([id]);
    await again.restoreDocument({ id });
    expect(reopened.list()).toHaveLength(5);
    expect(await again.emptyTrash({})).toEqual({ removed: 0 });
    reopened.close();
  });

  it('brings a just-deleted document back when it is imported again', async () => {
    const { library, api } = openApi();
    const id = idOf(library, '广东省');
    await api.deleteDocument({ id });
    const outcome = await api.importFile({ name: 'gd.txt', data: seedBytes('guangdong').toString('base64') });
    expect(outcome).toMatchObject({ status: 'imported', id });
    expect(library.list()).toHaveLength(5);
  });

  it('keeps metadata corrections and marks an edited title as not derived', async () => {
    const { library, api } = openApi();
    const id = idOf(library, '江西省人民政府办公厅');
    const saved = await api.updateMetadata({
      id,
      changes: { date: '2016-05-20', title: '江西省实施意见（更正）', issuer: null },
    });
    expect(saved).toMatchObject({ date: '2016-05-20', title: '江西省实施意见（更正）', titleDerived: false, issuer: null });
    expect((await api.getDocument({ id })).docNumber).toBe('赣府厅发〔2016〕52号');
    const db = new Database(path.join(library.dataDir, LIBRARY_FILE), { readonly: true });
    const row = db.prepare<[string], { edited_fields: string }>('SELECT edited_fields FROM documents WHERE id = ?').get(id);
    expect(JSON.parse(row?.edited_fields ?? '[]')).toEqual(['date', 'issuer', 'title']);
    db.close();
  });

  it('opens a document with its blocks, leaving behind the text whole, tasks and citations the reader never draws', async () => {
    const { library, api } = openApi();
    const id = idOf(library, '江西省人民政府办公厅');
    const stored = library.get(id);
    const opened = await api.getDocument({ id });
    expect(opened.blocks).toEqual(stored.blocks);
    expect(opened.blocks.map((b) => b.text).join('')).toBe(stored.blocks.map((b) => stored.text.slice(b.start, b.end)).join(''));
    expect(stored.responsibilities.length).toBeGreaterThan(0);
    expect(['text', 'responsibilities', 'citations'].filter((key) => key in opened)).toEqual([]);
    expect(opened).toMatchObject({ id, title: stored.title, docNumber: '赣府厅发〔2016〕52号' });
    expect(opened.blockCount).toBe(stored.blocks.length);
    // A first screen: the first blocks only, and how many there are in all.
    const head = await api.getDocument({ id, blocks: 3 });
    expect(head.blocks).toEqual(stored.blocks.slice(0, 3));
    expect(head.blockCount).toBe(stored.blocks.length);
    // Characters outside the BMP (𠮷) count once in SQLite and twice in JavaScript: the head still cuts right.
    const text = '𠮷𠮷市人民政府关于𠮷𠮷工作的通知\n各区人民政府：\n一、𠮷𠮷要求\n𠮷𠮷𠮷工作要落实。\n二、保障措施\n加强领导。\n';
    const outcome = await api.importFile({ name: 'astral.txt', data: Buffer.from(text).toString('base64') });
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    const whole = library.get(outcome.id);
    for (const count of [1, 2, 3, 4]) {
      expect((await api.getDocument({ id: outcome.id, blocks: count })).blocks).toEqual(whole.blocks.slice(0, count));
    }
  });

  it('stores settings and reading positions', async () => {
    const { library, api } = openApi();
    expect(await api.getSettings({})).toEqual(DEFAULT_SETTINGS);
    await api.updateSettings({ changes: { theme: 'sepia', fontSize: 22 } });
    expect(await api.getSettings({})).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 22 });
    const id = idOf(library, '关于促进');
    expect(await api.getReadingPosition({ id })).toBeNull();
    await api.setReadingPosition({ id, position: { block: 42, fraction: 0.25 } });
    expect(await api.getReadingPosition({ id })).toEqual({ block: 42, fraction: 0.25 });
  });

  it('remembers the script each document is read in, and forgets it on request', async () => {
    const { library, api } = openApi();
    const hubei = idOf(library, '關于深入');
    const other = idOf(library, '关于促进');
    await api.updateSettings({ changes: { defaultScript: 'tw' } });
    expect((await api.getSettings({})).defaultScript).toBe('tw');
    expect(await api.getDisplayScript({ id: hubei })).toBeNull();
    await api.setDisplayScript({ id: hubei, script: 'cn' });
    await api.setDisplayScript({ id: other, script: 'twp' });
    await api.setDisplayScript({ id: other, script: 'hk' });
    expect(await api.getDisplayScript({ id: hubei })).toBe('cn');
    expect(await api.getDisplayScript({ id: other })).toBe('hk');
    await api.setDisplayScript({ id: hubei, script: null });
    expect(await api.getDisplayScript({ id: hubei })).toBeNull();
    expect(await dispatch(api, 'setDisplayScript', { id: other, script: 'jp' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    await expect(api.setDisplayScript({ id: 'abcdefabcdef', script: 'cn' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('sends a department’s tasks a page at a time, with the total, and refuses what it does not know', async () => {
    const { library, api } = openApi();
    const page = await api.departmentTasks({ department: '江苏省商务厅', limit: 3 });
    expect(page.total).toBe(15);
    expect(page.tasks.map((t) => t.text.slice(0, 12))).toEqual(
      library
        .departmentTasks('江苏省商务厅')
        .slice(0, 3)
        .map((t) => t.text.slice(0, 12)),
    );
    expect((await api.departmentTasks({ department: '江苏省商务厅' })).tasks).toHaveLength(15);
    const overview = await api.departments({ role: 'none', docId: idOf(library, '省政府办公厅') });
    expect(overview.departments.find((d) => d.name === '江苏省商务厅')?.tasks).toBe(15);
    expect(await dispatch(api, 'departmentTasks', { department: '不存在的部门' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', params: { what: '不存在的部门' } },
    });
    expect(await dispatch(api, 'exportTasks', { department: '江苏省商务厅', format: 'xlsx' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await dispatch(api, 'departments', { role: 'boss' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    library.close();
  });

  it('validates every call that comes through a transport', async () => {
    const { api } = openApi();
    expect(await dispatch(api, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch(api, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch(api, 'updateSettings', { changes: { theme: 'neon' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', params: { reason: expect.stringContaining('changes.theme') } },
    });
    expect(await dispatch(api, 'importFile', { name: 'x.txt', data: 'not base64!' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await dispatch(api, 'setReadingPosition', { id: 'abcdefabcdef', position: { block: -1, fraction: 0 } })).toMatchObject(
      {
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      },
    );
    expect(await dispatch(api, 'listDocuments', undefined)).toMatchObject({ ok: true });
  });
});

describe('schema migrations', () => {
  it('bring a version-1 library forward without losing documents', () => {
    const dataDir = tempDir();
    fs.mkdirSync(dataDir, { recursive: true });
    const db = new Database(path.join(dataDir, LIBRARY_FILE));
    db.exec(initial);
    db.pragma('user_version = 1');
    db.prepare(
      `INSERT INTO documents (id, content_hash, title, title_derived, script, text, source_name, source_encoding, parser_version, imported_at)
       VALUES ('aaaaaaaaaaaa', 'hash', '旧文件', 0, 'simplified', '正文', 'old.txt', 'utf-8', 1, '2026-01-01')`,
    ).run();
    db.close();

    const library = Library.open({ dataDir, seedsDir: path.join(SEEDS_DIR, SEED_FILES.lishui, 'none') });
    expect(library.list().map((d) => d.title)).toEqual(['旧文件']);
    library.setReadingPosition('aaaaaaaaaaaa', { block: 0, fraction: 0.5 });
    library.close();
  });
});

describe('file names from titles and uploads', () => {
  it('never lead outside the folder chosen', async () => {
    const { library, api } = openApi();
    expect(fileNameFor('../../etc/passwd', 'pdf')).toBe('....etcpasswd.pdf');
    expect(fileNameFor('/root/.ssh/id_rsa', 'md')).toBe('root.sshid_rsa.md');
    expect(fileNameFor('C:\\Windows\\system32\\x', 'pdf')).toBe('CWindowssystem32x.pdf');
    const text =
      '某政发〔2021〕9号\n关于../../加强管理的通知\n各单位：\n一、总体要求\n请各单位加强管理，落实责任，确保各项工作按期完成。\n某某市人民政府\n2021年3月1日\n';
    const outcome = await api.importFile({ name: '../../../../tmp/evil.txt', data: Buffer.from(text).toString('base64') });
    if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
    expect(library.original(outcome.id).name).toBe('evil.txt');
    const exported = await api.exportAnnotations({ docId: outcome.id, format: 'md' });
    expect(exported.filename).toBe('关于....加强管理的通知.md');
    const pdf = await api.exportPdf({ id: outcome.id, script: 'original', layout: 'reading' });
    expect(pdf.filename).toBe('关于....加强管理的通知.pdf');
  });
});
