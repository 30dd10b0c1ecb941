// The corpora evaluated on every core: each worker thread (evaluate-worker.mjs) takes whole corpora
// in turn and answers their results, which come back in the corpora's order.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CorpusResult, EvaluationOptions } from './evaluate.js';

export interface CorpusJob extends EvaluationOptions {
  name: string;
  dir: string;
}

type WorkerMessage = { ready: true } | { at: number; result: CorpusResult };

/** Every job's result, in the jobs' order, the jobs handed out one at a time to as many threads as cores. */
export async function evaluateInWorkers(jobs: CorpusJob[], threads = os.availableParallelism()): Promise<CorpusResult[]> {
  const results: CorpusResult[] = new Array(jobs.length);
  let next = 0;
  const count = Math.max(1, Math.min(threads, jobs.length));
  await Promise.all(
    Array.from({ length: count }, () => {
      const worker = new Worker(new URL('./evaluate-worker.mjs', import.meta.url), { workerData: { jobs } });
      return new Promise<void>((resolve, reject) => {
        worker.on('message', (message: WorkerMessage) => {
          if ('at' in message) results[message.at] = message.result;
          if (next < jobs.length) worker.postMessage(next++);
          else void worker.terminate().then(() => resolve());
        });
        worker.on('error', reject);
      });
    }),
  );
  return results;
}
