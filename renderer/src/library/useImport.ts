import { useCallback, useRef, useState } from 'react';
import type { TaskProgress } from '../../../shared/api.js';
import type { ImportOutcome } from '../../../shared/library.js';
import { MAX_FILE_BYTES, tooLargeParams } from '../../../shared/limits.js';
import { useApi } from '../app/ApiContext.js';

export interface ImportState {
  running: boolean;
  done: number;
  total: number;
  current: string;
  outcomes: ImportOutcome[];
  /** Files in dropped folders that are not of an importable type. */
  ignored: string[];
  /** Files left out because the user cancelled. */
  cancelled: number;
  /** The page of a scan being recognised, while one is. */
  pages: TaskProgress | null;
}

const IDLE: ImportState = {
  running: false,
  done: 0,
  total: 0,
  current: '',
  outcomes: [],
  ignored: [],
  cancelled: 0,
  pages: null,
};

/** How often a file's progress is asked for while it is read (a scan takes seconds a page). */
const PROGRESS_EVERY_MS = 400;

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export interface Importer {
  state: ImportState;
  run: (files: File[], ignored?: string[]) => Promise<void>;
  /** Stops the file being imported (nothing of it is kept) and the files after it. */
  cancel: () => void;
  dismiss: () => void;
}

/** Imports dropped or picked files one by one, with progress and cancel, keeping every outcome. */
export function useImport(onImported: () => void): Importer {
  const api = useApi();
  const [state, setState] = useState<ImportState>(IDLE);
  const cancelled = useRef(false);
  const currentTask = useRef<string | null>(null);

  const run = useCallback(
    async (files: File[], ignored: string[] = []) => {
      if (files.length === 0 && ignored.length === 0) return;
      cancelled.current = false;
      const outcomes: ImportOutcome[] = [];
      setState({ ...IDLE, running: true, total: files.length, current: files[0]?.name ?? '', ignored });
      for (const [i, file] of files.entries()) {
        if (cancelled.current) {
          setState((s) => ({ ...s, cancelled: files.length - i }));
          break;
        }
        setState((s) => ({ ...s, current: file.name, pages: null }));
        let outcome: ImportOutcome;
        if (file.size > MAX_FILE_BYTES) {
          outcome = {
            status: 'failed',
            source: file.name,
            error: { code: 'TOO_LARGE', params: tooLargeParams(file.size, MAX_FILE_BYTES) },
          };
        } else {
          const taskId = `import-${Date.now().toString(36)}-${i}`;
          currentTask.current = taskId;
          const polling = setInterval(() => {
            api.taskProgress({ taskId }).then(
              (pages) => pages && currentTask.current === taskId && setState((s) => ({ ...s, pages })),
              () => undefined,
            );
          }, PROGRESS_EVERY_MS);
          try {
            outcome = await api.importFile({ name: file.name, data: await readAsBase64(file), taskId });
          } catch (error) {
            const code = (error as { code?: string }).code === 'INVALID_ARGUMENT' ? 'INVALID_ARGUMENT' : 'READ_FAILED';
            outcome = { status: 'failed', source: file.name, error: { code, params: { reason: String(error) } } };
          } finally {
            clearInterval(polling);
            currentTask.current = null;
          }
        }
        // The file stopped by the user is one of those left out, not a failure.
        if (cancelled.current && outcome.status === 'failed' && outcome.error.code === 'CANCELLED') {
          setState((s) => ({ ...s, cancelled: files.length - i, pages: null }));
          break;
        }
        outcomes.push(outcome);
        setState((s) => ({ ...s, done: i + 1, outcomes: [...outcomes], pages: null }));
      }
      setState((s) => ({ ...s, running: false }));
      onImported();
    },
    [api, onImported],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    const taskId = currentTask.current;
    if (taskId) api.cancelTask({ taskId }).catch(() => undefined);
  }, [api]);
  const dismiss = useCallback(() => setState(IDLE), []);
  return { state, run, cancel, dismiss };
}
