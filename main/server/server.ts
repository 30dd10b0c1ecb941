import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResponse } from '../../shared/api.js';
import { createReaderApi, dispatch } from '../core/api/reader-api.js';
import type { Library } from '../core/library/library.js';
import { resolveStaticFile } from '../core/static-files.js';
import { hasToken, isLoopbackPeer, isOwnHost, SECURITY_HEADERS } from './security.js';

export interface BrowserShellOptions {
  library: Library;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface BrowserShell {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Larger than the largest import (10 MB, base64-encoded) with room for the JSON around it. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * The browser shell: the built renderer and `POST /api/<method>` on 127.0.0.1 only. Every request
 * must come from loopback and name this server in its Host header (against DNS rebinding); API
 * requests must carry the per-launch token in a header, which no other origin can send without a
 * CORS preflight that this server never grants.
 */
export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const token = randomBytes(24).toString('hex');
  const api = createReaderApi(options.library);
  let port = 0;

  const server = http.createServer((request, response) => {
    if (!isLoopbackPeer(request) || !isOwnHost(request, port)) return send(response, 403, 'Forbidden');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      if (!hasToken(request, token)) return sendJson(response, 401, { ok: false, error: { code: 'UNAUTHORIZED', params: {} } });
      if (request.method !== 'POST') return send(response, 405, 'Method Not Allowed');
      return handleApi(request, response, url.pathname.slice('/api/'.length));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method Not Allowed');
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
  });

  function handleApi(request: http.IncomingMessage, response: http.ServerResponse, method: string): void {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        sendJson(response, 413, {
          ok: false,
          error: { code: 'TOO_LARGE', params: { size: `${size}`, limit: `${MAX_BODY_BYTES}` } },
        });
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', async () => {
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
      const result = await dispatch(api, method, args);
      sendJson(response, statusOf(result), result);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

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

function send(response: http.ServerResponse, status: number, message: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
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
