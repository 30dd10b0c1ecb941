// A worker thread of `npm run eval` (see evaluate-in-workers.ts): a thread does not inherit the
// parent's `--import tsx`, so evaluate.ts is loaded through tsx's API here.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { evaluateCorpus } = await tsImport('./evaluate.ts', import.meta.url);
const { jobs } = workerData;

parentPort?.on('message', async (at) => {
  const job = jobs[at];
  parentPort?.postMessage({ at, result: await evaluateCorpus(job.name, job.dir, job) });
});
parentPort?.postMessage({ ready: true });
