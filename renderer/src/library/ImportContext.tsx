import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { IMPORT_EXTENSIONS, isImportable } from '../../../shared/import-formats.js';
import { type ImportState, useImport } from './useImport.js';

interface ImportValue {
  state: ImportState;
  /** Opens the file chooser (the native open dialog in the desktop app). */
  pick(): void;
  /** Opens the folder chooser: every importable file inside, recursively. */
  pickFolder(): void;
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
  const folderInput = useRef<HTMLInputElement>(null);
  const pick = useCallback(() => input.current?.click(), []);
  const pickFolder = useCallback(() => folderInput.current?.click(), []);
  const value = useMemo(
    () => ({ state, pick, pickFolder, importFiles, cancel, dismiss, generation }),
    [state, pick, pickFolder, importFiles, cancel, dismiss, generation],
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
      <input
        ref={folderInput}
        type="file"
        // @ts-expect-error webkitdirectory is not in React's types; every browser engine the app runs in has it.
        webkitdirectory=""
        hidden
        data-testid="import-folder-input"
        onChange={(event) => {
          const all = [...(event.target.files ?? [])].filter(
            (f) => !f.webkitRelativePath.split('/').some((part) => part.startsWith('.')),
          );
          const importable = all.filter((f) => isImportable(f.name));
          const ignored = all.filter((f) => !importable.includes(f)).map((f) => f.webkitRelativePath);
          void importFiles(importable, ignored);
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
