// Two processes on one library (the app and the CLI, two windows): SQLite lets one write at a time.
// A writer waits for the other within the connection's busy timeout; past it, the whole operation is
// tried again (its transaction was rolled back, so that is safe) before the user is told.
import { ReaderError } from '../../../shared/errors.js';

/** How long a statement waits, blocking its thread, for another process's write. */
export const BUSY_TIMEOUT_MS = 5000;
/** The same for a shell: it answers many requests, so it blocks briefly and retries without blocking. */
export const SHELL_BLOCKING_WAIT_MS = 100;
/** How long an operation is retried before the user is told the library is busy. */
export const BUSY_DEADLINE_MS = 15_000;

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || (typeof code === 'string' && code.startsWith('SQLITE_BUSY_'));
}

export function busyError(waitedMs: number): ReaderError {
  return new ReaderError('LIBRARY_BUSY', { seconds: String(Math.round(waitedMs / 1000)) });
}

/**
 * Runs an operation, again while the library is busy, waiting between tries without blocking the
 * event loop (the browser shell keeps answering other requests meanwhile).
 */
export async function retryWhileBusy<T>(operation: () => Promise<T> | T, deadlineMs = BUSY_DEADLINE_MS): Promise<T> {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!isBusy(error)) throw error;
      const waited = Date.now() - started;
      if (waited >= deadlineMs) throw busyError(waited);
      await new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 1000)));
    }
  }
}
