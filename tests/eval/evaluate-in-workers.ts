// The corpora evaluated on every core: Piscina (the pool the app's own work runs in) hands whole
// corpora to the worker threads of evaluate-worker.mjs; the results come back in the jobs' order.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { CorpusResult, EvaluationOptions } from './evaluate.js';

export interface CorpusJob extends EvaluationOptions {
  name: string;
  dir: string;
}

/** Every job's result, in the jobs' order, on as many threads as cores. */
export async function evaluateInWorkers(jobs: CorpusJob[], threads = os.availableParallelism()): Promise<CorpusResult[]> {
  const pool = new Piscina<CorpusJob, CorpusResult>({
    filename: fileURLToPath(new URL('./evaluate-worker.mjs', import.meta.url)),
    maxThreads: Math.max(1, threads),
  });
  try {
    return await Promise.all(jobs.map((job) => pool.run(job)));
  } finally {
    await pool.destroy();
  }
}
