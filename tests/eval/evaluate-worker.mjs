// A worker thread of `npm run eval` (see evaluate-in-workers.ts): a thread does not inherit the
// parent's `--import tsx`, so evaluate.ts is loaded through tsx's API here.
import { tsImport } from 'tsx/esm/api';

const { evaluateCorpus } = await tsImport('./evaluate.ts', import.meta.url);

/** One corpus evaluated: its result. */
export default function evaluateJob(job) {
  return evaluateCorpus(job.name, job.dir, job);
}
