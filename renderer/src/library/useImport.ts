import { useCallback, useState } from 'react';
import type { ImportOutcome } from '../../../shared/library.js';
import { MAX_TEXT_BYTES, tooLargeParams } from '../../../shared/limits.js';
import { useApi } from '../app/ApiContext.js';

export interface ImportState {
  running: boolean;
  done: number;
  total: number;
  current: string;
  outcomes: ImportOutcome[];
}

const IDLE: ImportState = { running: false, done: 0, total: 0, current: '', outcomes: [] };

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Imports dropped or picked files one by one, with progress, keeping every outcome. */
export function useImport(onImported: () => void): [ImportState, (files: File[]) => Promise<void>, () => void] {
  const api = useApi();
  const [state, setState] = useState<ImportState>(IDLE);

  const run = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const outcomes: ImportOutcome[] = [];
      setState({ running: true, done: 0, total: files.length, current: files[0]?.name ?? '', outcomes });
      for (const [i, file] of files.entries()) {
        setState((s) => ({ ...s, current: file.name }));
        let outcome: ImportOutcome;
        if (file.size > MAX_TEXT_BYTES) {
          outcome = { status: 'failed', source: file.name, error: { code: 'TOO_LARGE', params: tooLargeParams(file.size) } };
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

  const dismiss = useCallback(() => setState(IDLE), []);
  return [state, run, dismiss];
}
