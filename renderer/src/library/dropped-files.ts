// Files and whole folders dropped on the window, walked recursively (hidden entries skipped), split
// into what the importer takes and what it does not.
import { isImportable } from '../../../shared/import-formats.js';

export interface DroppedFiles {
  files: File[];
  /** Files inside dropped folders that are not of an importable type. */
  ignored: string[];
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, into: DroppedFiles, inFolder: boolean): Promise<void> {
  if (entry.name.startsWith('.')) return;
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    if (!inFolder || isImportable(file.name)) into.files.push(file);
    else into.ignored.push(entry.fullPath);
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  // readEntries hands out a directory's entries in batches until it returns none.
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) children.push(...batch);
  children.sort((a, b) => a.name.localeCompare(b.name));
  for (const child of children) await walk(child, into, true);
}

export async function droppedFiles(data: DataTransfer): Promise<DroppedFiles> {
  const result: DroppedFiles = { files: [], ignored: [] };
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.some((entry) => entry === null)) return { files: [...data.files], ignored: [] };
  for (const entry of entries) if (entry) await walk(entry, result, false);
  return result;
}
