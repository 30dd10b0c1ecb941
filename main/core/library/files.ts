import fs from 'node:fs';
import path from 'node:path';
import { ReaderError } from '../../../shared/errors.js';
import { isImportable } from '../../../shared/import-formats.js';
import { MAX_FILE_BYTES, tooLargeParams } from '../../../shared/limits.js';
import { formatOf } from '../extract/index.js';

export interface ExpandedPaths {
  files: string[];
  /** Files inside the given folders that are not of an importable type. */
  ignored: string[];
}

/**
 * The files to import for a list of files and folders: folders are walked recursively in name
 * order, hidden entries skipped, and only importable types taken from them. Files named
 * directly are always taken, so that an unsupported one gets its own error.
 */
export function expandImportPaths(paths: readonly string[]): ExpandedPaths {
  const result: ExpandedPaths = { files: [], ignored: [] };
  for (const given of paths) {
    const stat = fs.statSync(given, { throwIfNoEntry: false });
    if (stat?.isDirectory()) walk(given, result);
    else result.files.push(given);
  }
  return result;
}

function walk(dir: string, result: ExpandedPaths): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, result);
    else if (!entry.isFile()) continue;
    else if (isImportable(entry.name)) result.files.push(full);
    else result.ignored.push(full);
  }
}

/** Reads a file for import, refusing unsupported types and oversized files before reading them. */
export function readImportFile(file: string): Uint8Array {
  formatOf(path.basename(file));
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw new ReaderError('READ_FAILED', { reason: systemReason(error) });
  }
  if (!stat.isFile()) throw new ReaderError('READ_FAILED', { reason: 'not a regular file' });
  if (stat.size > MAX_FILE_BYTES) {
    throw new ReaderError('TOO_LARGE', tooLargeParams(stat.size, MAX_FILE_BYTES));
  }
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new ReaderError('READ_FAILED', { reason: systemReason(error) });
  }
}

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
