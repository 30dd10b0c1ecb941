// One browser shell per library: the first writes where it listens into the library folder (readable
// by the user alone); a second start asks it for a fresh launch URL and opens that instead.
import fs from 'node:fs';
import path from 'node:path';
import { TOKEN_HEADER } from './session.js';

const LOCK_FILE = 'browser-shell.json';

export interface RunningShell {
  pid: number;
  port: number;
  token: string;
}

function lockPath(dataDir: string): string {
  return path.join(dataDir, LOCK_FILE);
}

/** The shell recorded in the library folder, if its process is still alive. */
export function recordedShell(dataDir: string): RunningShell | null {
  let shell: RunningShell;
  try {
    shell = JSON.parse(fs.readFileSync(lockPath(dataDir), 'utf8')) as RunningShell;
  } catch {
    return null;
  }
  if (!Number.isInteger(shell.pid) || !Number.isInteger(shell.port) || typeof shell.token !== 'string') return null;
  try {
    process.kill(shell.pid, 0);
  } catch (error) {
    if ((error as { code?: string }).code === 'ESRCH') return null;
  }
  return shell;
}

/** A fresh launch URL from a running shell, or null when it does not answer (it died, or the port is another's). */
export async function askForLaunchUrl(shell: RunningShell): Promise<string | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${shell.port}/launch`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: shell.token },
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) return null;
    const { url } = (await response.json()) as { url?: unknown };
    return typeof url === 'string' ? url : null;
  } catch {
    return null;
  }
}

/** Records this shell; the returned function removes the record if it is still this shell's. */
export function recordShell(dataDir: string, shell: RunningShell): () => void {
  const file = lockPath(dataDir);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(shell), { mode: 0o600 });
  fs.renameSync(temporary, file);
  return () => {
    try {
      if ((JSON.parse(fs.readFileSync(file, 'utf8')) as RunningShell).pid === shell.pid) fs.rmSync(file);
    } catch {
      // Already gone.
    }
  };
}
