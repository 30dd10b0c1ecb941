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

/**
 * The browser shell's API: the session cookie (set when the launch URL was opened, HttpOnly so no
 * script reads it) goes with every same-origin request; the header proves the call is the page's own.
 */
function httpTransport(): ReaderBridge {
  return {
    async invoke(method, args) {
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-Reader-Request': '1' },
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
