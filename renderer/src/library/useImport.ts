import { useCallback, useRef, useState } from 'react';
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
}

const IDLE: ImportState = { running: false, done: 0, total: 0, current: '', outcomes: [], ignored: [], cancelled: 0 };

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
  /** Stops after the file being imported: each file is imported whole or not at all. */
  cancel: () => void;
  dismiss: () => void;
}

/** Imports dropped or picked files one by one, with progress and cancel, keeping every outcome. */
export function useImport(onImported: () => void): Importer {
  const api = useApi();
  const [state, setState] = useState<ImportState>(IDLE);
  const cancelled = useRef(false);

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
        setState((s) => ({ ...s, current: file.name }));
        let outcome: ImportOutcome;
        if (file.size > MAX_FILE_BYTES) {
          outcome = {
            status: 'failed',
            source: file.name,
            error: { code: 'TOO_LARGE', params: tooLargeParams(file.size, MAX_FILE_BYTES) },
          };
        } else {
          try {
            outcome = await api.importFile({ name: file.name, data: await readAsBase64(file) });
          } catch (error) {
            const code = (error as { code?: string }).code === 'INVALID_ARGUMENT' ? 'INVALID_ARGUMENT' : 'READ_FAILED';
            outcome = { status: 'failed', source: file.name, error: { code, params: { reason: String(error) } } };
          }
        }
        outcomes.push(outcome);
        setState((s) => ({ ...s, done: i + 1, outcomes: [...outcomes] }));
      }
      setState((s) => ({ ...s, running: false }));
      onImported();
    },
    [api, onImported],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);
  const dismiss = useCallback(() => setState(IDLE), []);
  return { state, run, cancel, dismiss };
}
