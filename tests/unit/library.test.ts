import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { departmentsOf } from '../../main/core/intel/departments.js';
import { Library } from '../../main/core/library/library.js';
import { parsePolicyBytes } from '../../main/core/parse/index.js';
import { LIBRARY_FILE } from '../../main/core/store/database.js';
import { SCHEMA_VERSION } from '../../main/core/store/migrate.js';
import { SEED_FILES, SEEDS_DIR, seedBytes, seedText } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

const fixedNow = () => new Date('2026-11-23T08:00:00Z');

describe('a new library', () => {
  const dataDir = tempDir();

  it('imports the bundled seeds on first open, and only then', () => {
    const library = Library.open({ dataDir, seedsDir: SEEDS_DIR, now: fixedNow });
    const titles = library.list().map((d) => d.title);
    expect(titles).toHaveLength(5);
    expect(titles).toContain('广东省大力发展电子商务加快培育经济新动力的实施方案');
    expect(titles).toContain('關于深入實施“互聯網+流通”行動計劃的實施意見');
    library.close();

    const reopened = Library.open({ dataDir, seedsDir: SEEDS_DIR });
    expect(reopened.list()).toHaveLength(5);
    reopened.close();
  });

  it('keeps the schema version, WAL and foreign keys', () => {
    const db = new Database(path.join(dataDir, LIBRARY_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('does not bring the seeds back once the user has removed them', () => {
    const db = new Database(path.join(dataDir, LIBRARY_FILE));
    db.exec('PRAGMA foreign_keys = ON; DELETE FROM documents;');
    db.close();
    const library = Library.open({ dataDir, seedsDir: SEEDS_DIR });
    expect(library.list()).toHaveLength(0);
    library.close();
  });
});

/** Takes a library back to before migration 14: a row per block and per responsibility span. */
function undoDocumentParts(db: Database.Database): void {
  db.exec(`
    CREATE TABLE blocks (
      doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE, seq INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'table')), level INTEGER CHECK (level BETWEEN 1 AND 4),
      label TEXT, role TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL CHECK (end >= start), PRIMARY KEY (doc, seq)
    ) WITHOUT ROWID;
    INSERT INTO blocks SELECT p.doc, j.key, j.value->>2, j.value->>3, j.value->>4, j.value->>5, j.value->>0, j.value->>1
      FROM document_parts p, json_each(p.blocks) j;
    CREATE TABLE responsibilities (
      doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE, seq INTEGER NOT NULL, start INTEGER NOT NULL,
      end INTEGER NOT NULL, role TEXT CHECK (role IN ('lead', 'responsible', 'cooperating')), departments TEXT NOT NULL,
      PRIMARY KEY (doc, seq)
    ) WITHOUT ROWID;
    INSERT INTO responsibilities SELECT p.doc, j.key, j.value->>0, j.value->>1, j.value->>2, j.value->'$[3]'
      FROM document_parts p, json_each(p.responsibilities) j;
    DROP TABLE document_parts;`);
}

describe('a library written before a document’s blocks were one row (schema 13)', () => {
  it('keeps every block and responsibility span, in order, after opening', () => {
    const dataDir = tempDir();
    const library = Library.open({ dataDir, seedsDir: SEEDS_DIR });
    const documents = library.list().map((d) => library.get(d.id));
    library.close();
    const db = new Database(path.join(dataDir, LIBRARY_FILE));
    undoDocumentParts(db);
    db.exec('PRAGMA user_version = 13;');
    const rows = db.prepare('SELECT count(*) FROM blocks').pluck().get() as number;
    db.close();
    expect(rows).toBe(documents.reduce((n, d) => n + (d?.blocks.length ?? 0), 0));

    const reopened = Library.open({ dataDir });
    for (const doc of documents) {
      expect(reopened.get(doc?.id ?? '')?.blocks).toEqual(doc?.blocks);
      expect(reopened.get(doc?.id ?? '')?.responsibilities).toEqual(doc?.responsibilities);
    }
    expect(documents.some((d) => (d?.responsibilities.length ?? 0) > 10)).toBe(true);
    reopened.close();
  });
});

describe('a library written before search kept its facts apart (schema 10)', () => {
  it('gains each document’s departments and the same search facets on opening', () => {
    const dataDir = tempDir();
    const library = Library.open({ dataDir, seedsDir: SEEDS_DIR });
    const before = library.search({ query: '电子商务' }).facets.department;
    const id = library.list()[0]?.id ?? '';
    const departments = departmentsOf(library.get(id));
    library.close();
    expect(before.length).toBeGreaterThan(10);

    const db = new Database(path.join(dataDir, LIBRARY_FILE));
    undoDocumentParts(db);
    db.exec(
      'ALTER TABLE documents DROP COLUMN recognition; DROP TABLE document_departments; DROP INDEX documents_live; PRAGMA user_version = 10;',
    );
    db.close();
    fs.rmSync(path.join(dataDir, 'search-index.bin'));

    const reopened = Library.open({ dataDir });
    expect(reopened.search({ query: '电子商务' }).facets.department).toEqual(before);
    reopened.close();
    const migrated = new Database(path.join(dataDir, LIBRARY_FILE), { readonly: true });
    const first = migrated
      .prepare('SELECT departments FROM document_departments JOIN documents USING (doc) WHERE id = ?')
      .pluck()
      .get(id) as string;
    expect(JSON.parse(first)).toEqual(departments);
    expect(departments.length).toBeGreaterThan(5);
    migrated.close();
  });
});

describe('a library written before tables were blocks of their own (schema 11)', () => {
  it('keeps every block and stores tables after opening', () => {
    const dataDir = tempDir();
    const library = Library.open({ dataDir, seedsDir: SEEDS_DIR });
    const id = library.list()[0]?.id ?? '';
    const blocks = library.get(id)?.blocks;
    library.close();

    const db = new Database(path.join(dataDir, LIBRARY_FILE));
    undoDocumentParts(db);
    const old = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'blocks'").pluck().get() as string).replace(
      ", 'table'",
      '',
    );
    db.exec(`CREATE TABLE blocks_old AS SELECT * FROM blocks; DROP TABLE blocks; ${old};
      INSERT INTO blocks SELECT * FROM blocks_old; DROP TABLE blocks_old;
      ALTER TABLE documents DROP COLUMN recognition; PRAGMA user_version = 11;`);
    expect(() => db.exec("INSERT INTO blocks SELECT doc, 9999, 'table', NULL, NULL, NULL, 0, 1 FROM documents LIMIT 1")).toThrow(
      /CHECK/,
    );
    db.close();

    const reopened = Library.open({ dataDir });
    expect(reopened.get(id)?.blocks).toEqual(blocks);
    const text = '某县人民政府关于重点工作分工的通知\n各乡镇人民政府：\n序号\t重点工作\t责任单位\n1\t建设物流中心\t县商务局\n';
    const outcome = reopened.importBytes(Buffer.from(text), '分工.txt');
    if (outcome.status !== 'imported') throw new Error('not imported');
    expect(reopened.get(outcome.id)?.blocks.find((b) => b.kind === 'table')?.text).toBe(
      '序号\t重点工作\t责任单位\n1\t建设物流中心\t县商务局',
    );
    reopened.close();
  });
});

describe('importing', () => {
  const library = Library.open({ dataDir: tempDir(), now: fixedNow });

  it('stores a document that reads back exactly as parsed', () => {
    const outcome = library.importBytes(seedBytes('lishui'), '/somewhere/lishui.txt');
    expect(outcome).toMatchObject({ status: 'imported', title: '关于促进电子商务发展的实施意见' });
    if (outcome.status !== 'imported') throw new Error('not imported');
    const stored = library.get(outcome.id);
    const { blocks, responsibilities, citations, text, title, date } = parsePolicyBytes(seedBytes('lishui'));
    expect(stored).toMatchObject({ blocks, responsibilities, citations, text, title, date });
    expect(stored).toMatchObject({ id: outcome.id, sourceName: 'lishui.txt', importedAt: '2026-11-23T08:00:00.000Z' });
  });

  it('gives back the file a text came from, storing a UTF-8 file that is its text only once', () => {
    const dataDir = tempDir();
    const own = Library.open({ dataDir });
    const utf8 = own.importBytes(seedBytes('jiangsu'), 'jiangsu.txt');
    const gbk = own.importBytes(iconv.encode(seedText('guangdong'), 'gb18030'), 'guangdong.txt');
    if (utf8.status !== 'imported' || gbk.status !== 'imported') throw new Error('not imported');
    expect(Buffer.from(own.original(utf8.id).bytes).equals(seedBytes('jiangsu'))).toBe(true);
    expect(Buffer.from(own.original(gbk.id).bytes).equals(iconv.encode(seedText('guangdong'), 'gb18030'))).toBe(true);
    own.close();
    const db = new Database(path.join(dataDir, LIBRARY_FILE), { readonly: true });
    const sizes = db.prepare('SELECT length(bytes) FROM originals ORDER BY doc').pluck().all();
    db.close();
    expect(sizes).toEqual([0, iconv.encode(seedText('guangdong'), 'gb18030').length]);
  });

  it('treats the same text as the same document whatever its encoding', () => {
    const first = library.importBytes(seedBytes('hubei'), 'hubei.txt');
    const again = library.importBytes(seedBytes('hubei'), 'hubei-again.txt');
    const gbk = library.importBytes(iconv.encode(seedText('hubei'), 'gb18030'), 'hubei-gbk.txt');
    expect(first.status).toBe('imported');
    expect(again).toMatchObject({ status: 'duplicate', id: first.status === 'imported' ? first.id : '' });
    expect(gbk.status).toBe('duplicate');
  });

  it('reports bad files with a reason and keeps nothing of them', () => {
    const before = library.list().length;
    expect(library.importBytes(new Uint8Array(), 'empty.txt')).toMatchObject({ status: 'failed', error: { code: 'EMPTY_FILE' } });
    expect(library.importBytes(Buffer.from('hello world, this is not a policy at all'), 'x.txt')).toMatchObject({
      status: 'failed',
      error: { code: 'NO_CHINESE_TEXT' },
    });
    expect(library.list()).toHaveLength(before);
  });

  it('imports a folder recursively, reporting progress and each failure', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'nested'));
    fs.copyFileSync(path.join(SEEDS_DIR, SEED_FILES.guangdong), path.join(dir, 'a.txt'));
    fs.copyFileSync(path.join(SEEDS_DIR, SEED_FILES.jiangxi), path.join(dir, 'nested', 'b.TXT'));
    fs.writeFileSync(path.join(dir, 'nested', 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'notes.docx'), 'PK');
    fs.writeFileSync(path.join(dir, '.hidden.txt'), seedText('jiangsu'));
    const progress: number[] = [];
    fs.writeFileSync(path.join(dir, 'photo.gif'), 'GIF89a');
    const { outcomes, ignored } = await library.importPaths([dir], (p) => progress.push(p.done));
    expect(outcomes.map((o) => [path.relative(dir, o.source), o.status === 'failed' ? o.error.code : o.status])).toEqual([
      ['a.txt', 'imported'],
      [path.join('nested', 'b.TXT'), 'imported'],
      [path.join('nested', 'empty.txt'), 'EMPTY_FILE'],
      ['notes.docx', 'DAMAGED_FILE'],
    ]);
    expect(ignored).toEqual([path.join(dir, 'photo.gif')]);
    expect(progress).toEqual([1, 2, 3, 4]);
  });

  it('refuses an unsupported file named directly, and a missing one', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'slides.pptx'), 'PK');
    const { outcomes } = await library.importPaths([path.join(dir, 'slides.pptx'), path.join(dir, 'gone.txt')]);
    expect(outcomes.map((o) => (o.status === 'failed' ? o.error.code : o.status))).toEqual(['UNSUPPORTED_FORMAT', 'READ_FAILED']);
  });

  it('says which document is missing', () => {
    expect(() => library.get('nope')).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }) as Error);
  });
});

describe('a library written by an older parser', () => {
  it('is parsed again when opened: new fields filled, the user’s corrections and annotations kept', () => {
    const dir = tempDir();
    const first = Library.open({ dataDir: dir });
    const outcome = first.importBytes(seedBytes('jiangsu'), 'jiangsu.txt');
    if (outcome.status !== 'imported') throw new Error('not imported');
    first.updateMetadata(outcome.id, { issuer: '江苏省人民政府办公厅（更正）' });
    const note = first.createAnnotation({ docId: outcome.id, start: 40, end: 52, kind: 'highlight', color: 'yellow' });
    first.close();
    // What an older version left: no 文种, no provenance, parser version 1.
    const db = new Database(path.join(dir, 'library.sqlite'));
    db.prepare("UPDATE documents SET parser_version = 1, genre = NULL, provenance = '{}'").run();
    db.close();
    const reopened = Library.open({ dataDir: dir });
    const doc = reopened.get(outcome.id);
    expect(doc).toMatchObject({ genre: '意见', issuer: '江苏省人民政府办公厅（更正）', date: '2016-11-24' });
    expect(doc.provenance).toMatchObject({ title: 'head', genre: 'head', issuer: 'user', date: 'signoff' });
    expect(reopened.annotations(outcome.id).map((a) => [a.id, a.start, a.end])).toEqual([[note.id, 40, 52]]);
    reopened.close();
  });

  it('keeps what recognising a scan found when it parses the text again', () => {
    const dir = tempDir();
    const first = Library.open({ dataDir: dir });
    const outcome = first.importBytes(seedBytes('jiangsu'), 'jiangsu.txt');
    if (outcome.status !== 'imported') throw new Error('not imported');
    first.close();
    const recognition = { confidence: 91.5, pages: 2, doubtful: [{ start: 10, end: 24, page: 2, confidence: 77 }] };
    const db = new Database(path.join(dir, 'library.sqlite'));
    db.prepare('UPDATE documents SET parser_version = 1, recognition = ?').run(JSON.stringify(recognition));
    db.close();
    const reopened = Library.open({ dataDir: dir });
    expect(reopened.get(outcome.id).recognition).toEqual(recognition);
    reopened.close();
  });
});
