// Every annotation the user writes is also appended to a journal beside the library, so that a
// library restored from a backup gets back the annotations written since (see Library.open).
import fs from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../../../shared/annotations.js';

export const JOURNAL_FILE = 'annotations-journal.jsonl';

export type JournalEntry =
  | { op: 'put'; at: string; annotation: Annotation }
  | { op: 'delete'; at: string; id: string }
  | { op: 'restore'; at: string; id: string };

export class AnnotationJournal {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, JOURNAL_FILE);
  }

  /** Appended synchronously, after the database write it follows has committed. */
  record(entry: JournalEntry): void {
    fs.appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
  }

  /** The entries in the order written; a line cut short by a crash is skipped. */
  entries(): JournalEntry[] {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return [];
    }
    const entries: JournalEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        entries.push(JSON.parse(line) as JournalEntry);
      } catch {
        // A torn last line.
      }
    }
    return entries;
  }

  size(): number {
    return fs.statSync(this.file, { throwIfNoEntry: false })?.size ?? 0;
  }

  /** Drops what every backup kept already holds: entries older than `before`. */
  trimBefore(before: string): void {
    const kept = this.entries().filter((e) => e.at >= before);
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, kept.map((e) => `${JSON.stringify(e)}\n`).join(''));
    fs.renameSync(temporary, this.file);
  }
}
