import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { IMPORT_EXTENSIONS } from '../../../shared/import-formats.js';
import { type ImportState, useImport } from './useImport.js';

interface ImportValue {
  state: ImportState;
  /** Opens the file chooser (the native open dialog in the desktop app). */
  pick(): void;
  importFiles(files: File[], ignored?: string[]): Promise<void>;
  cancel(): void;
  dismiss(): void;
  /** Bumped after each import, so that lists know to reload. */
  generation: number;
}

const ImportContext = createContext<ImportValue | null>(null);

/** One importer for the whole app, so that the menu and Ctrl+O can import from any view. */
export function ImportProvider({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const bump = useCallback(() => setGeneration((g) => g + 1), []);
  const { state, run: importFiles, cancel, dismiss } = useImport(bump);
  const input = useRef<HTMLInputElement>(null);
  const pick = useCallback(() => input.current?.click(), []);
  const value = useMemo(
    () => ({ state, pick, importFiles, cancel, dismiss, generation }),
    [state, pick, importFiles, cancel, dismiss, generation],
  );
  return (
    <ImportContext.Provider value={value}>
      <input
        ref={input}
        type="file"
        accept={IMPORT_EXTENSIONS.join(',')}
        multiple
        hidden
        data-testid="import-input"
        onChange={(event) => {
          void importFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
      {children}
    </ImportContext.Provider>
  );
}

export function useImporter(): ImportValue {
  const value = useContext(ImportContext);
  if (!value) throw new Error('useImporter outside ImportProvider');
  return value;
}
