// The worker's entry when the app runs from its TypeScript sources (tests, `tsx`): a worker thread
// does not inherit the parent's `--import tsx`, so tasks.ts is loaded through tsx's API here.
import { tsImport } from 'tsx/esm/api';

const tasks = await tsImport('./tasks.ts', import.meta.url);

export const {
  parseFile,
  parseFiles,
  anchorAll,
  renderPdf,
  renderTaskTable,
  renderPageImage,
  buildSearchIndex,
  buildDepartmentIndex,
} = tasks;
