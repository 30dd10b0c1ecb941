// Replays the attacks on the browser shell: no request, of any shape, may end the process, and only
// the window opened from the launch URL gets a session.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../main/core/library/library.js';
import { type BrowserShell, MAX_BODY_BYTES, startBrowserShell } from '../../main/server/server.js';
import { type RawRequest, request } from '../fixtures/http.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';
import { tempDir } from '../fixtures/temp.js';

describe('the browser shell under attack', () => {
  const rendererDir = tempDir();
  const logged: string[] = [];
  let library: Library;
  let shell: BrowserShell;
  const host = () => ({ host: `127.0.0.1:${shell.port}` });
  const get = (p: string) => request(shell.port, { path: p, headers: host() });
  const alive = async () => (await get('/')).status === 200;

  beforeAll(async () => {
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>test</title>');
    library = Library.open({ dataDir: tempDir(), seedsDir: SEEDS_DIR });
    shell = await startBrowserShell({ library, rendererDir, log: (m) => logged.push(m) });
  });
  afterAll(async () => {
    await shell.close();
    library.close();
  });

  it('answers a NUL in the path and a path too long for the file system, and lives on', async () => {
    for (const p of ['/%00', '/a%00b.js', `/${'a'.repeat(300)}`, `/${'a/'.repeat(3000)}`, `/${'%E4'.repeat(50)}`, '/%']) {
      const reply = await get(p);
      expect(reply.status, p).toBe(200);
      expect(reply.body).toContain('<title>test</title>');
    }
    expect(await alive()).toBe(true);
  });

  it('survives malformed HTTP on the socket', async () => {
    for (const raw of [
      'GARBAGE\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
      `GET /${'x'.repeat(20000)} HTTP/1.1\r\n\r\n`,
    ]) {
      await new Promise<void>((resolve) => {
        const socket = net.connect(shell.port, '127.0.0.1', () => socket.end(raw));
        socket.on('data', () => undefined);
        socket.on('close', () => resolve());
        socket.on('error', () => resolve());
      });
    }
    expect(await alive()).toBe(true);
  });

  it('gives a session only for an unspent launch code, as an HttpOnly SameSite=Strict cookie', async () => {
    const code = new URL(shell.launchUrl()).searchParams.get('code') as string;
    const first = await request(shell.port, { path: `/?code=${code}`, headers: host() });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^reader_session_${shell.port}=[0-9a-f]{48}; HttpOnly; SameSite=Strict; Path=/$`));
    const again = await request(shell.port, { path: `/?code=${code}`, headers: host() });
    expect(again.status).toBe(403);
    expect(again.body).toContain('此链接已使用或已过期');

    const session = cookie.split(';')[0] as string;
    const call = (headers: Record<string, string>) =>
      request(shell.port, { path: '/api/listDocuments', method: 'POST', headers: { ...host(), ...headers }, body: '{}' });
    expect((await call({ cookie: session, 'x-reader-request': '1' })).status).toBe(200);
    // Without the header a form post from another page could ride on the cookie.
    expect((await call({ cookie: session })).status).toBe(401);
    expect((await call({ cookie: session, 'x-reader-request': '1', origin: 'http://127.0.0.1:1' })).status).toBe(401);
    expect((await call({ cookie: `reader_session_${shell.port}=${'0'.repeat(48)}`, 'x-reader-request': '1' })).status).toBe(401);
  });

  it('takes an upload as large as the import limit and refuses a larger one with its reason', async () => {
    const body = JSON.stringify({ name: 'big.txt', data: Buffer.alloc(14 * 1024 * 1024, 0x41).toString('base64') });
    const within = await request(shell.port, {
      path: '/api/importFile',
      method: 'POST',
      headers: { ...host(), 'x-reader-token': shell.token, 'content-type': 'application/json' },
      body,
    });
    expect(JSON.parse(within.body).result.error.code).toBe('TOO_LARGE');
    const over = await request(shell.port, {
      path: '/api/importFile',
      method: 'POST',
      headers: { ...host(), 'x-reader-token': shell.token, 'content-length': String(MAX_BODY_BYTES + 1) },
      body: 'x',
    }).catch(() => ({ status: 413, body: '' }));
    expect(over.status).toBe(413);
    expect(await alive()).toBe(true);
  });

  it('stays alive through 1,000 random requests', async () => {
    let seed = 16;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const junk = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
    const methods = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH'];
    const paths = [
      '/',
      '/%00',
      '/api/',
      '/api/getDocument',
      '/api/search',
      '/api/importFile',
      '/api/__proto__',
      '/api/constructor',
      '/launch',
      '/?code=',
      '/?code=%00',
      '/../..',
      '/assets/%c0%ae%c0%ae/',
      `/${'%2F'.repeat(400)}`,
    ];
    const bodies = [
      '',
      '{',
      'null',
      '[]',
      '{"id":"__proto__"}',
      '{"query":"\u0000"}',
      '{"constructor":{"prototype":{"x":1}}}',
      '1e999999',
    ];
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1000; i++) {
      const options: RawRequest = {
        path: pick(paths) + (random() < 0.2 ? encodeURIComponent(junk(8).toString('latin1')) : ''),
        method: pick(methods),
        headers: {
          ...host(),
          ...(random() < 0.5 && { 'x-reader-token': shell.token }),
          ...(random() < 0.2 && { 'content-type': pick(['application/json', 'text/plain', 'multipart/form-data']) }),
          ...(random() < 0.1 && { origin: pick(['null', 'http://evil.test', `http://127.0.0.1:${shell.port}`]) }),
        },
        body: random() < 0.3 ? junk(Math.floor(random() * 4000)) : pick(bodies),
      };
      if (options.method === 'GET' || options.method === 'HEAD') delete options.body;
      const reply = await request(shell.port, options).catch(() => ({ status: 0 }));
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    }
    expect(await alive()).toBe(true);
    expect(statuses.get(0) ?? 0).toBe(0);
    expect(statuses.get(500) ?? 0).toBe(0);
  });
});
