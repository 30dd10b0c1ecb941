import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../main/core/library/library.js';
import { type BrowserShell, startBrowserShell } from '../../main/server/server.js';
import { type RawRequest, request as rawRequest } from '../fixtures/http.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

const request = (shell: BrowserShell, options: RawRequest) => rawRequest(shell.port, options);

describe('the browser shell', () => {
  const rendererDir = tempDir();
  let library: Library;
  let shell: BrowserShell;
  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    request(shell, {
      path: `/api/${method}`,
      method: 'POST',
      headers: { host: `127.0.0.1:${shell.port}`, 'x-reader-token': shell.token, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>test</title>');
    fs.mkdirSync(path.join(rendererDir, 'assets'));
    fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR });
    shell = await startBrowserShell({ library, rendererDir });
  });
  afterAll(async () => {
    await shell.close();
    library.close();
  });

  it('listens on 127.0.0.1 and prints a launch URL with a one-time code, not its token', () => {
    expect(shell.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${shell.port}/\\?code=[0-9a-f]{36}$`));
    expect(shell.url).not.toContain(shell.token);
    expect(shell.token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('answers API calls that carry the token', async () => {
    const reply = await api('listDocuments', {});
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body) as { ok: boolean; result: unknown[] };
    expect(body.ok).toBe(true);
    expect(body.result).toHaveLength(5);
  });

  it('refuses API calls without the token, or with a wrong one, before anything else', async () => {
    expect((await api('listDocuments', {}, { 'x-reader-token': '' })).status).toBe(401);
    expect((await api('listDocuments', {}, { 'x-reader-token': 'f'.repeat(48) })).status).toBe(401);
    expect((await api('noSuchMethod', {}, { 'x-reader-token': '' })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    expect((await api('listDocuments', {}, { host: 'evil.example:80' })).status).toBe(403);
    expect((await api('listDocuments', {}, { host: `127.0.0.1.evil.example:${shell.port}` })).status).toBe(403);
    const page = await request(shell, { path: '/', headers: { host: 'attacker.test' } });
    expect(page.status).toBe(403);
  });

  it('refuses unknown methods and arguments that do not match the method’s schema', async () => {
    expect(JSON.parse((await api('dropTables', {})).body)).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', params: { method: 'dropTables' } },
    });
    const bad = await api('getDocument', { id: '../../etc/passwd' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('INVALID_ARGUMENT');
    expect((await api('getDocument', { id: 'abcdefabcdef', extra: 1 })).status).toBe(400);
    expect((await api('updateSettings', { changes: { fontSize: 1000 } })).status).toBe(400);
    expect((await api('getDocument', { id: 'abcdefabcdef' })).status).toBe(404);
    const notJson = await request(shell, {
      path: '/api/listDocuments',
      method: 'POST',
      headers: { host: `127.0.0.1:${shell.port}`, 'x-reader-token': shell.token },
      body: '{',
    });
    expect(notJson.status).toBe(400);
  });

  it('serves the renderer with a strict Content-Security-Policy, and nothing outside it', async () => {
    const host = { host: `localhost:${shell.port}` };
    const index = await request(shell, { path: '/', headers: host });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers['content-security-policy']).toContain("connect-src 'self'");
    expect((await request(shell, { path: '/assets/app.js', headers: host })).body).toBe('console.log(1)');
    const traversal = await request(shell, { path: '/../../../../etc/passwd', headers: host });
    expect(traversal.body).toContain('<title>test</title>');
    const encoded = await request(shell, { path: '/%2e%2e/%2e%2e/etc/passwd', headers: host });
    expect(encoded.body).toContain('<title>test</title>');
  });
});
