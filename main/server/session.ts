// How the browser window proves it is the user's: the launch URL carries a one-time code (it is
// visible in the process list, so it is spent at first use and expires soon), exchanged for an
// HttpOnly, SameSite=Strict session cookie that no script and no other site can read.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** How long a launch code stays good: the browser opens in seconds; a copied URL is a fresh start. */
const CODE_LIFETIME_MS = 2 * 60 * 1000;
/** Sent by the renderer with every API call: a header no cross-origin page can add without a preflight. */
export const REQUEST_HEADER = 'x-reader-request';
/** The token as a header, for programs the user runs (a second instance handing over, tests). */
export const TOKEN_HEADER = 'x-reader-token';

export class Sessions {
  readonly token = randomBytes(24).toString('hex');
  private readonly codes = new Map<string, number>();

  constructor(
    private readonly port: () => number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Cookies are shared by every port of a host: the name keeps two servers apart. */
  get cookieName(): string {
    return `reader_session_${this.port()}`;
  }

  /** A code for one launch URL. */
  newCode(): string {
    const code = randomBytes(18).toString('hex');
    this.codes.set(code, this.now() + CODE_LIFETIME_MS);
    return code;
  }

  /** Spends a launch code: true once, for a code given out less than two minutes ago. */
  redeem(code: string): boolean {
    const expires = this.codes.get(code);
    for (const [c, at] of this.codes) if (at < this.now()) this.codes.delete(c);
    if (expires === undefined) return false;
    this.codes.delete(code);
    return expires >= this.now();
  }

  cookie(): string {
    return `${this.cookieName}=${this.token}; HttpOnly; SameSite=Strict; Path=/`;
  }

  /** An API call from the window (session cookie plus the request header) or from a program holding the token. */
  isAuthorised(request: IncomingMessage): boolean {
    if (sameSecret(header(request, TOKEN_HEADER), this.token)) return true;
    return header(request, REQUEST_HEADER) === '1' && sameSecret(cookieValue(request, this.cookieName), this.token);
  }
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function sameSecret(given: string | undefined, secret: string): boolean {
  if (given === undefined || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}
