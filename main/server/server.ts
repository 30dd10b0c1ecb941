import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResponse } from '../../shared/api.js';
import { MAX_FILE_BYTES, tooLargeParams } from '../../shared/limits.js';
import { createReaderApi, dispatch } from '../core/api/reader-api.js';
import type { Library } from '../core/library/library.js';
import { resolveStaticFile } from '../core/static-files.js';
import { isLoopbackPeer, isOwnHost, isOwnOrigin, SECURITY_HEADERS } from './security.js';
import { Sessions } from './session.js';

export interface BrowserShellOptions {
  library: Library;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Where unexpected errors are reported (they never end the process). */
  log?: (message: string) => void;
}

export interface BrowserShell {
  /** A launch URL: its one-time code opens a session in the first browser that loads it. */
  url: string;
  port: number;
  /** The secret a program the user runs may send in the x-reader-token header. */
  token: string;
  /** Another launch URL with a code of its own. */
  launchUrl(): string;
  close(): Promise<void>;
}

/** The largest import (60 MB, base64-encoded) with room for the JSON around it. */
export const MAX_BODY_BYTES = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 1024 * 1024;

/**
 * The browser shell: the built renderer and `POST /api/<method>` on 127.0.0.1 only. Every request
 * must come from loopback and name this server in its Host header (against DNS rebinding); API
 * requests must carry the session (see session.ts). No request, of any shape, ends the process: an
 * unexpected error answers 500 and is logged.
 */
export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const api = createReaderApi(options.library);
  const log = options.log ?? ((message: string) => process.stderr.write(`policy-reader: ${message}\n`));
  let port = 0;
  const sessions = new Sessions(() => port);
  const launchUrl = () => `http://127.0.0.1:${port}/?code=${sessions.newCode()}`;

  const server = http.createServer((request, response) => {
    request.on('error', () => response.destroy());
    response.on('error', () => undefined);
    try {
      route(request, response);
    } catch (error) {
      fail(response, error);
    }
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  function fail(response: http.ServerResponse, error: unknown): void {
    log(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (!response.headersSent) send(response, 500, 'Internal Server Error');
    else response.destroy();
  }

  function route(request: http.IncomingMessage, response: http.ServerResponse) {
    if (!isLoopbackPeer(request) || !isOwnHost(request, port)) return send(response, 403, 'Forbidden');
    let url: URL;
    try {
      url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      return send(response, 400, 'Bad Request');
    }
    if (url.pathname.startsWith('/api/') || url.pathname === '/launch') {
      if (request.method !== 'POST') return send(response, 405, 'Method Not Allowed');
      if (!isOwnOrigin(request, port) || !sessions.isAuthorised(request))
        return sendJson(response, 401, { ok: false, error: { code: 'UNAUTHORIZED', params: {} } });
      if (url.pathname === '/launch') return sendJson(response, 200, { url: launchUrl() });
      return handleApi(request, response, url.pathname.slice('/api/'.length));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method Not Allowed');
    const code = url.searchParams.get('code');
    if (code !== null) return openSession(response, url, code);
    const { file, contentType } = resolveStaticFile(options.rendererDir, url.pathname);
    fs.readFile(file, (error, data) => {
      if (error) return send(response, 404, 'Not Found');
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': contentType,
        'Cache-Control': contentType.startsWith('text/html') ? 'no-store' : 'max-age=31536000, immutable',
      });
      response.end(request.method === 'HEAD' ? undefined : data);
    });
  }

  /** A launch URL: the code is spent, the session cookie set, and the address shown without the code. */
  function openSession(response: http.ServerResponse, url: URL, code: string) {
    if (!sessions.redeem(code)) return send(response, 403, EXPIRED_LINK, 'text/html; charset=utf-8');
    url.searchParams.delete('code');
    response.writeHead(303, {
      ...SECURITY_HEADERS,
      'Set-Cookie': sessions.cookie(),
      Location: url.pathname + url.search,
      'Cache-Control': 'no-store',
    });
    response.end();
  }

  function handleApi(request: http.IncomingMessage, response: http.ServerResponse, method: string) {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return tooLarge(response, declared, request);
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return tooLarge(response, size, request);
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (response.headersSent) return;
      let args: unknown;
      try {
        args = chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return sendJson(response, 400, {
          ok: false,
          error: { code: 'INVALID_ARGUMENT', params: { reason: 'the body is not JSON' } },
        });
      }
      dispatch(api, method, args).then(
        (result) => {
          if (!result.ok && result.error.code === 'INTERNAL') log(`${method} failed: ${result.error.params.reason ?? ''}`);
          sendJson(response, statusOf(result), result);
        },
        (error: unknown) => fail(response, error),
      );
    });
  }

  /** Refused before the rest of the body is read: the connection closes once the answer is out. */
  function tooLarge(response: http.ServerResponse, size: number, request: http.IncomingMessage): void {
    if (response.headersSent) return;
    response.shouldKeepAlive = false;
    response.on('finish', () => request.destroy());
    sendJson(response, 413, { ok: false, error: { code: 'TOO_LARGE', params: tooLargeParams(size, MAX_BODY_BYTES) } });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: launchUrl(),
    port,
    token: sessions.token,
    launchUrl,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const EXPIRED_LINK = `<!doctype html><meta charset="utf-8"><title>政策阅读器</title>
<p>此链接已使用或已过期。请重新启动政策阅读器（npm start 或 policy-reader serve）。</p>
<p>This link has been used or has expired. Start Policy Reader again.</p>`;

function statusOf(result: ApiResponse): number {
  if (result.ok) return 200;
  switch (result.error.code) {
    case 'UNKNOWN_METHOD':
    case 'NOT_FOUND':
      return 404;
    case 'INVALID_ARGUMENT':
      return 400;
    case 'INTERNAL':
      return 500;
    default:
      return 422;
  }
}

function send(response: http.ServerResponse, status: number, message: string, type = 'text/plain; charset=utf-8'): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  response.end(message);
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}
