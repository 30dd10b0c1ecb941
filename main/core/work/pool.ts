// The worker threads that do the heavy work (tasks.ts), with a time and a memory limit per task and
// cancellation: a runaway input costs its own thread, never the one answering the shells.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { ReaderError } from '../../../shared/errors.js';
import { formatBytes } from '../../../shared/limits.js';
import { isFailure } from './failure.js';
import type * as Tasks from './tasks.js';

type TaskName =
  | 'parseFile'
  | 'parseFiles'
  | 'anchorAll'
  | 'renderPdf'
  | 'renderTaskTable'
  | 'renderPageImage'
  | 'buildSearchIndex'
  | 'buildDepartmentIndex';
type TaskOf<N extends TaskName> = Parameters<(typeof Tasks)[N]>[0];
type ResultOf<N extends TaskName> = Exclude<Awaited<ReturnType<(typeof Tasks)[N]>>, { failure: unknown }>;

/** A worker's heap: far above any real policy's needs, far below what takes the machine down. */
const HEAP_LIMIT_MB = 1024;
/** How long a task may run: a real document takes well under a second to parse and seconds to set as a PDF. */
export const TASK_TIME_LIMIT_MS: Record<TaskName, number> = {
  // A scan is recognised within the task: up to MAX_SCANNED_PAGES pages at some 10 s each on 2 cores.
  parseFile: 600_000,
  parseFiles: 600_000,
  anchorAll: 120_000,
  renderPdf: 180_000,
  renderTaskTable: 120_000,
  renderPageImage: 60_000,
  // Ten thousand policies take some 15 s on this machine's cores.
  buildSearchIndex: 600_000,
  buildDepartmentIndex: 600_000,
};

export interface RunOptions {
  signal?: AbortSignal | undefined;
  /** Progress of a PDF being set. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * From the sources (tests, tsx) the worker loads tasks.ts through tsx; from a build it loads the
 * bundle that scripts/build.mjs writes beside the running one.
 */
function workerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(new URL(here.endsWith('.ts') ? './tasks-from-source.mjs' : './work-tasks.js', here));
}

/** The shells keep one core for answering; a command line, with no window to answer, may use them all. */
let defaultThreads = Math.max(1, os.availableParallelism() - 1);

/** Lets the pools made from now on run a thread on every core (a command line's import of a folder). */
export function useEveryCore(): void {
  defaultThreads = os.availableParallelism();
}

export class WorkPool {
  private pool: Piscina | null = null;

  /** Threads for parallel parsing (a CLI import of a folder). */
  constructor(private readonly threads = defaultThreads) {}

  async run<N extends TaskName>(name: N, task: TaskOf<N>, options: RunOptions = {}): Promise<ResultOf<N>> {
    const pool = this.start();
    const timeout = AbortSignal.timeout(TASK_TIME_LIMIT_MS[name]);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let progress: MessageChannel | undefined;
    if (options.onProgress) {
      progress = new MessageChannel();
      const report = options.onProgress;
      progress.port1.on('message', ({ done, total }: { done: number; total: number }) => report(done, total));
    }
    const message = progress ? { ...task, progress: progress.port2 } : task;
    try {
      const result: unknown = await pool.run(message, { name, signal, ...(progress && { transferList: [progress.port2] }) });
      if (isFailure(result)) throw new ReaderError(result.failure.code, result.failure.params);
      return result as ResultOf<N>;
    } catch (error) {
      if (error instanceof ReaderError) throw error;
      if (options.signal?.aborted) throw new ReaderError('CANCELLED');
      if (timeout.aborted) throw new ReaderError('WORK_TIMED_OUT', { seconds: String(TASK_TIME_LIMIT_MS[name] / 1000) });
      if (isOutOfMemory(error)) throw new ReaderError('WORK_OUT_OF_MEMORY', { limit: formatBytes(HEAP_LIMIT_MB * 1024 * 1024) });
      throw error;
    } finally {
      progress?.port1.close();
    }
  }

  /** Parallel tasks the pool runs at once. */
  get width(): number {
    return this.threads;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }

  private start(): Piscina {
    if (!this.pool) {
      this.pool = new Piscina({
        filename: workerFile(),
        minThreads: 0,
        maxThreads: this.threads,
        // Tasks queue in the thread itself, so that it goes on parsing while this thread is busy storing.
        concurrentTasksPerWorker: 64,
        // Idle threads go: a reader that imported once does not keep a parser's memory.
        idleTimeout: 30_000,
        resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB, stackSizeMb: 16 },
      });
      // A worker that died outside a task (out of memory while starting another): the next task starts a new one.
      this.pool.on('error', () => undefined);
    }
    return this.pool;
  }
}

function isOutOfMemory(error: unknown): boolean {
  const text = `${(error as { code?: string }).code ?? ''} ${error instanceof Error ? error.message : String(error)}`;
  return /ERR_WORKER_OUT_OF_MEMORY|memory limit|heap out of memory/i.test(text);
}

let shared: { pool: WorkPool; users: number; ending?: NodeJS.Timeout } | null = null;

/** How long the threads outlive the last library that used them: a library opened again soon reuses them. */
const LINGER_MS = 5000;

/**
 * The process's pool, shared by the libraries open in it (threads start at the first task). When
 * the last one lets go the threads end after a moment; a command line calls endWorkPool when done.
 */
export function acquireWorkPool(): { pool: WorkPool; release(): void } {
  shared ??= { pool: new WorkPool(), users: 0 };
  const mine = shared;
  clearTimeout(mine.ending);
  mine.users++;
  let released = false;
  return {
    pool: mine.pool,
    release() {
      if (released) return;
      released = true;
      if (--mine.users > 0 || shared !== mine) return;
      mine.ending = setTimeout(() => void endWorkPool(), LINGER_MS);
      mine.ending.unref();
    },
  };
}

/** Ends the threads now, unless a library still uses them. */
export async function endWorkPool(): Promise<void> {
  const ending = shared;
  if (!ending || ending.users > 0) return;
  shared = null;
  clearTimeout(ending.ending);
  await ending.pool.close();
}
