import type { ApiMethod, ApiResponse, ReaderApi } from '../../../shared/api.js';
import type { ErrorCode, ErrorParams } from '../../../shared/errors.js';

/** What the Electron preload exposes on window. */
export interface ReaderBridge {
  invoke(method: string, args: unknown): Promise<ApiResponse>;
}

declare global {
  interface Window {
    readerBridge?: ReaderBridge;
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams,
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

const TOKEN_KEY = 'policy-reader.token';

/**
 * The browser shell's per-launch token arrives in the page URL; it is kept for this tab's
 * session and taken out of the address bar.
 */
function browserShellToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): ReaderBridge {
  const token = browserShellToken();
  return {
    async invoke(method, args) {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Reader-Token': token },
        body: JSON.stringify(args),
      });
      return (await response.json()) as ApiResponse;
    },
  };
}

/** The typed API over whichever transport this page finds: Electron's preload, or HTTP. */
export function createApiClient(bridge: ReaderBridge = window.readerBridge ?? httpTransport()): ReaderApi {
  return new Proxy({} as ReaderApi, {
    get(_, method: string) {
      return async (args: unknown) => {
        const response = await bridge.invoke(method as ApiMethod, args ?? {});
        if (!response.ok) throw new ApiError(response.error.code, response.error.params);
        return response.result;
      };
    },
  });
}
