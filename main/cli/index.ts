import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { localDay } from '../../shared/dates.js';
import { CONVERSION_TARGETS, type ConversionTarget } from '../../shared/display-script.js';
import { formatError, isReaderError, ReaderError } from '../../shared/errors.js';
import { type Section, TASK_EXPORT_FORMATS, type TaskExportFormat, type TaskFilter } from '../../shared/intel.js';
import type { ImportProgress } from '../../shared/library.js';
import { PDF_LAYOUTS, type PdfLayout } from '../../shared/pdf.js';
import type { PolicyDocument } from '../../shared/policy.js';
import { convertText } from '../../shared/script-conversion.js';
import { extractText } from '../core/extract/index.js';
import { readImportFile } from '../core/library/files.js';
import { Library } from '../core/library/library.js';
import { decodePolicyBytes } from '../core/parse/decode.js';
import { parsePolicy } from '../core/parse/index.js';
import { bundledSeedsDir, defaultDataDir, packageRoot } from '../core/paths.js';
import { BUSY_TIMEOUT_MS, busyError, isBusy, SHELL_BLOCKING_WAIT_MS } from '../core/store/busy.js';
import { endWorkPool, useEveryCore } from '../core/work/pool.js';
import { askForLaunchUrl, recordedShell, recordShell } from '../server/instance-lock.js';
import { findChromium, openAppWindow } from '../server/open-browser.js';
import { startBrowserShell } from '../server/server.js';
import {
  formatCitations,
  formatDepartments,
  formatList,
  formatOutcome,
  formatParsed,
  formatSearch,
  formatShow,
  words,
} from './format.js';
import { formatForceReport, formatStatusList } from './format-force.js';
import { cliLocale } from './locale.js';

const locale = cliLocale();

interface LibraryOptions {
  dataDir?: string;
}

function dataDirOption(): Option {
  return new Option('--data-dir <dir>', 'library folder (default: the desktop app’s per-user data folder)');
}

function openLibrary(options: LibraryOptions & { blockingWaitMs?: number }): Library {
  const library = Library.open({
    dataDir: options.dataDir ?? defaultDataDir(),
    seedsDir: bundledSeedsDir(import.meta.url),
    ...(options.blockingWaitMs !== undefined && { blockingWaitMs: options.blockingWaitMs }),
  });
  if (library.recovery) process.stderr.write(`policy-reader: ${words(locale).recovered(library.recovery)}\n`);
  return library;
}

function withLibrary<T>(options: LibraryOptions, use: (library: Library) => T): T {
  const library = openLibrary(options);
  try {
    return use(library);
  } finally {
    library.close();
  }
}

/** Writes a file the user named; a full disk or a missing folder becomes a clear error. */
function writeOut(file: string, data: string | Uint8Array): void {
  try {
    fs.writeFileSync(file, data);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new ReaderError('WRITE_FAILED', { file, reason: code === 'ENOSPC' ? '磁盘已满 (ENOSPC)' : (code ?? String(error)) });
  }
}

/** A `--date YYYY-MM-DD` option as the date written into an exported file (midnight UTC). */
function dateOption(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new ReaderError('INVALID_ARGUMENT', { reason: '--date takes YYYY-MM-DD' });
  return date;
}

/** `--as-of YYYY-MM-DD`: a real calendar day. */
function asOfDate(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new ReaderError('INVALID_ARGUMENT', { reason: '--as-of takes YYYY-MM-DD' });
  }
  return value;
}

/** A compared section as the CLI names it: its heading, （导语） for the text before the first heading, — for none. */
function headingOf(section: Section | null): string {
  return section ? section.heading || '（导语）' : '—';
}

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** One line that rewrites itself on a terminal, and a line per tenth of the work elsewhere. */
function progressReporter(): (p: ImportProgress) => void {
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  return ({ done, total }) => {
    if (total < 20) return;
    if (tty) {
      process.stderr.write(`\r${words(locale).progress} ${done}/${total}${done === total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor((done * 10) / total);
    if (tenth !== lastTenth) {
      lastTenth = tenth;
      process.stderr.write(`${words(locale).progress} ${done}/${total}\n`);
    }
  };
}

export function buildProgram(): Command {
  const program = new Command('policy-reader')
    .description('政策阅读器 Policy Reader — parse, store and read Chinese policy documents offline')
    .showHelpAfterError();

  program
    .command('parse')
    .description('parse a policy file (.txt, .md, .html, .docx, .pdf) without storing it')
    .argument('<file>')
    .option('--json', 'print the PolicyDocument as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      let doc: PolicyDocument;
      try {
        const extracted = await extractText(readImportFile(file), file);
        doc = parsePolicy(extracted.text, extracted);
        for (const n of extracted.notices ?? []) process.stderr.write(`${file}: ${formatError(n.code, n.params, locale)}\n`);
      } catch (error) {
        if (!isReaderError(error)) throw error;
        process.stderr.write(`${file}: ${formatError(error.code, error.params, locale)}\n`);
        process.exitCode = 1;
        return;
      }
      if (options.json) printJson(doc);
      else process.stdout.write(`${formatParsed(doc, locale)}\n`);
    });

  program
    .command('import')
    .description('import policy files (.txt, .md, .html, .docx, .pdf) and folders (recursively) into the library')
    .argument('<paths...>')
    .addOption(dataDirOption())
    .option('--json', 'print the outcome of each file as JSON')
    .action(async (paths: string[], options: LibraryOptions & { json?: boolean }) => {
      const missing = paths.filter((p) => !fs.existsSync(p));
      // No window waits on this process: its files are parsed on every core.
      useEveryCore();
      const library = openLibrary(options);
      let batch: Awaited<ReturnType<Library['importPaths']>>;
      try {
        batch = await library.importPaths(
          paths.filter((p) => fs.existsSync(p)),
          progressReporter(),
        );
      } finally {
        library.close();
      }
      const { outcomes, ignored } = batch;
      for (const p of missing) outcomes.push({ status: 'failed', source: p, error: { code: 'NOT_FOUND', params: { what: p } } });
      const count = (status: string) => outcomes.filter((o) => o.status === status).length;
      if (options.json) {
        printJson({ outcomes, ignored });
      } else {
        for (const outcome of outcomes) {
          const line = `${formatOutcome(outcome, locale)}\n`;
          if (outcome.status === 'failed') process.stderr.write(line);
          else if (outcomes.length <= 50) process.stdout.write(line);
        }
        const summary = {
          imported: count('imported'),
          updated: count('updated'),
          duplicate: count('duplicate'),
          failed: count('failed'),
          ignored: ignored.length,
        };
        process.stdout.write(`${words(locale).summary(summary)}\n`);
      }
      if (count('failed') > 0) process.exitCode = 1;
    });

  program
    .command('list')
    .description('list the documents in the library')
    .addOption(dataDirOption())
    .option('--json', 'print the list as JSON')
    .action((options: LibraryOptions & { json?: boolean }) => {
      const docs = withLibrary(options, (library) => library.list());
      if (options.json) printJson(docs);
      else process.stdout.write(`${formatList(docs, locale)}\n`);
    });

  program
    .command('show')
    .description('show a document of the library')
    .argument('<id>')
    .addOption(dataDirOption())
    .option('--json', 'print the stored document as JSON')
    .action((id: string, options: LibraryOptions & { json?: boolean }) => {
      const doc = withLibrary(options, (library) => library.get(id));
      if (options.json) printJson(doc);
      else process.stdout.write(`${formatShow(doc, locale)}\n`);
    });

  program
    .command('convert')
    .description('print a file’s text converted to simplified (cn) or traditional (tw, hk, twp: Taiwan phrases)')
    .argument('<file>')
    .addOption(new Option('--to <script>', 'target script').choices([...CONVERSION_TARGETS]).makeOptionMandatory())
    .action((file: string, options: { to: ConversionTarget }) => {
      process.stdout.write(convertText(decodePolicyBytes(readImportFile(file)).text, options.to));
    });

  program
    .command('search')
    .description('search the library: terms must all occur, "quoted phrases", -excluded; either script, either width')
    .argument('<query>')
    .option('--limit <n>', 'documents to show', (value) => Number.parseInt(value, 10), 20)
    .option('--json', 'print the ranked results as JSON')
    .addOption(dataDirOption())
    .action((query: string, options: LibraryOptions & { limit: number; json?: boolean }) => {
      if (!Number.isInteger(options.limit) || options.limit < 1)
        throw new ReaderError('INVALID_ARGUMENT', { reason: '--limit takes a whole number above 0' });
      const response = withLibrary(options, (library) => library.search({ query, limit: options.limit }));
      if (options.json) printJson(response);
      else process.stdout.write(`${formatSearch(response, locale)}\n`);
      if (response.total === 0) process.exitCode = 1;
    });

  program
    .command('departments')
    .description('every department named in responsibility spans, normalised, with the tasks it leads, bears or joins')
    .option('--json', 'print the index as JSON')
    .addOption(dataDirOption())
    .action((options: LibraryOptions & { json?: boolean }) => {
      const entries = withLibrary(options, (library) => library.departments());
      if (options.json) printJson(entries);
      else process.stdout.write(`${formatDepartments(entries, locale)}\n`);
    });

  program
    .command('export-tasks')
    .description("a department's task list (责任分工表) as CSV or as a PDF table")
    .argument('<department>', 'as `departments` lists it, e.g. 江苏省商务厅')
    .requiredOption('--out <file>', 'file to write (.csv or .pdf)')
    .addOption(new Option('--format <format>', 'csv or pdf; by default from the file name').choices([...TASK_EXPORT_FORMATS]))
    .option('--doc <id>', "only this document's tasks")
    .addOption(new Option('--role <role>', 'only tasks with this role').choices(['lead', 'responsible', 'cooperating', 'none']))
    .option('--date <YYYY-MM-DD>', 'date written into the PDF (the same date gives the same bytes)')
    .addOption(dataDirOption())
    .action(
      async (
        department: string,
        options: LibraryOptions & {
          out: string;
          format?: TaskExportFormat;
          doc?: string;
          role?: TaskFilter['role'];
          date?: string;
        },
      ) => {
        const format = options.format ?? (options.out.toLowerCase().endsWith('.pdf') ? 'pdf' : 'csv');
        const date = dateOption(options.date);
        const library = openLibrary(options);
        try {
          const filter = { ...(options.doc && { docId: options.doc }), ...(options.role && { role: options.role }) };
          const { bytes, tasks } = await library.exportTasks(department, format, filter, date);
          writeOut(options.out, bytes);
          process.stdout.write(`${options.out}  ${words(locale).tasksDone(tasks)}\n`);
        } finally {
          library.close();
        }
      },
    );

  program
    .command('citations')
    .description('the documents the library cites, the most cited first, with the policies that cite them')
    .option('--json', 'print the index as JSON')
    .addOption(dataDirOption())
    .action((options: LibraryOptions & { json?: boolean }) => {
      const cited = withLibrary(options, (library) => library.citations());
      if (options.json) printJson(cited);
      else process.stdout.write(`${formatCitations(cited, locale)}\n`);
    });

  program
    .command('compare')
    .description("two documents' sections side by side, paired by content similarity (across scripts)")
    .argument('<idA>')
    .argument('<idB>')
    .option('--json', 'print the pairs as JSON, each with the sentences found on one side only')
    .addOption(dataDirOption())
    .action((idA: string, idB: string, options: LibraryOptions & { json?: boolean }) => {
      const comparison = withLibrary(options, (library) => library.compare(idA, idB));
      if (options.json) printJson(comparison);
      else
        process.stdout.write(
          `${comparison.pairs.map((p) => `${p.score.toFixed(2)}  ${headingOf(p.a)}  ⇄  ${headingOf(p.b)}`).join('\n')}\n`,
        );
    });

  program
    .command('targets')
    .description('the quantitative goals a document sets: year, indicator and value')
    .argument('<id>')
    .option('--json', 'print the goals as JSON')
    .addOption(dataDirOption())
    .action((id: string, options: LibraryOptions & { json?: boolean }) => {
      const targets = withLibrary(options, (library) => library.targets(id));
      if (options.json) printJson(targets);
      else process.stdout.write(`${targets.map((t) => `${t.year}  ${t.indicator}  ${t.value}`).join('\n')}\n`);
    });

  program
    .command('status')
    .description('whether documents are in force (现行有效, 已废止 …) as of today or a date, with the evidence')
    .argument('[id]', 'one document: its status with every clause and later document behind it')
    .option('--as-of <date>', 'the date to judge by, YYYY-MM-DD (default: today)', asOfDate)
    .option('--json', 'print the statuses (or the report) as JSON')
    .addOption(dataDirOption())
    .action((id: string | undefined, options: LibraryOptions & { asOf?: string; json?: boolean }) => {
      withLibrary(options, (library) => {
        const asOf = options.asOf ?? localDay(new Date());
        if (id) {
          const report = library.forceReport(id, asOf);
          const sentence = (docId: string, span: { start: number; end: number }) =>
            library.get(docId).text.slice(span.start, span.end).trim();
          if (options.json) printJson(report);
          else process.stdout.write(`${formatForceReport(report, sentence, id, locale)}\n`);
          return;
        }
        const statuses = library.forceStatuses(asOf);
        const docs = library.list().map((d) => ({ ...d, force: statuses[d.id] ?? d.force }));
        if (options.json) printJson(docs.map((d) => ({ id: d.id, title: d.title, docNumber: d.docNumber, ...d.force })));
        else process.stdout.write(`${formatStatusList(docs, asOf, locale)}\n`);
      });
    });

  program
    .command('export-pdf')
    .description('export a document with its highlights and notes as a PDF')
    .argument('<docId>')
    .requiredOption('--out <file>', 'file to write')
    .addOption(new Option('--script <script>', 'script of the text').choices([...CONVERSION_TARGETS]))
    .addOption(new Option('--layout <layout>', 'reading, or 公文 after GB/T 9704').choices([...PDF_LAYOUTS]).default('reading'))
    .option('--date <YYYY-MM-DD>', 'creation date written into the file (the same date gives the same bytes)')
    .addOption(dataDirOption())
    .action(
      async (
        docId: string,
        options: LibraryOptions & { out: string; script?: ConversionTarget; layout: PdfLayout; date?: string },
      ) => {
        const date = dateOption(options.date);
        const library = openLibrary(options);
        try {
          const result = await library.exportPdf(docId, {
            script: options.script ?? 'original',
            layout: options.layout,
            ...(date && { date }),
          });
          writeOut(options.out, result.bytes);
          process.stdout.write(`${options.out}  ${words(locale).pdfDone(result.pages, result.bytes.length)}\n`);
          if (result.missing.length > 0)
            process.stderr.write(`${words(locale).pdfMissing(result.missing.map((m) => m.char).join(' '))}\n`);
        } finally {
          library.close();
        }
      },
    );

  const annotations = program
    .command('annotations')
    .description('export and import highlights and notes (W3C Web Annotation, Markdown)');
  annotations
    .command('export')
    .description('export one document’s annotations, or the whole library’s with --all')
    .argument('[docId]')
    .option('--all', 'every document of the library')
    .addOption(new Option('--format <format>', 'W3C JSON-LD or Markdown').choices(['w3c', 'md']).default('w3c'))
    .requiredOption('--out <file>', 'file to write')
    .addOption(dataDirOption())
    .action((docId: string | undefined, options: LibraryOptions & { all?: boolean; format: 'w3c' | 'md'; out: string }) => {
      if (!docId === !options.all) throw new ReaderError('INVALID_ARGUMENT', { reason: 'give a document id or --all' });
      const exported = withLibrary(options, (library) => library.exportAnnotations(docId ?? null, options.format));
      writeOut(options.out, exported.content);
      process.stdout.write(`${options.out}\n`);
    });
  annotations
    .command('import')
    .description('merge a W3C annotation file into the library')
    .argument('<file>')
    .addOption(dataDirOption())
    .action((file: string, options: LibraryOptions) => {
      const content = fs.readFileSync(file, 'utf8');
      const report = withLibrary(options, (library) => library.importAnnotations(content));
      process.stdout.write(`${words(locale).annotationReport(report)}\n`);
    });

  program
    .command('serve')
    .description('run the reader in the browser shell on 127.0.0.1 and open it in Chromium, Chrome or Edge')
    .option('--port <port>', 'port to listen on (default: any free port)', (value) => Number.parseInt(value, 10))
    .addOption(dataDirOption())
    .option('--no-open', 'only print the address; do not open a browser window')
    .action(async (options: LibraryOptions & { port?: number; open: boolean }) => serve(options));

  return program;
}

async function serve(options: LibraryOptions & { port?: number; open: boolean }): Promise<void> {
  const rendererDir = path.join(packageRoot(import.meta.url), 'dist', 'renderer');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    process.stderr.write('policy-reader: the renderer is not built; run "npm run build" first.\n');
    process.exitCode = 1;
    return;
  }
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir());
  const running = recordedShell(dataDir);
  const handedOver = running && (await askForLaunchUrl(running));
  if (handedOver) {
    process.stdout.write(`${words(locale).alreadyRunning(running.port)}\n${handedOver}\n`);
    if (options.open) openWindow(handedOver, dataDir);
    return;
  }
  const library = openLibrary({ dataDir, blockingWaitMs: SHELL_BLOCKING_WAIT_MS });
  const shell = await startBrowserShell({ library, rendererDir, port: options.port ?? 0 });
  const release = recordShell(dataDir, { pid: process.pid, port: shell.port, token: shell.token });
  const stop = async () => {
    release();
    await shell.close();
    library.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  process.stdout.write(`${shell.url}\n`);
  if (options.open) openWindow(shell.url, dataDir)?.on('exit', () => void stop());
}

function openWindow(url: string, dataDir: string): ReturnType<typeof openAppWindow> | null {
  const browser = findChromium();
  if (!browser) {
    process.stderr.write(`${words(locale).noBrowser}\n`);
    return null;
  }
  return openAppWindow(browser, url, path.join(dataDir, 'browser-profile'));
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (caught) {
    const error = isBusy(caught) ? busyError(BUSY_TIMEOUT_MS) : caught;
    if (!isReaderError(error)) throw error;
    process.stderr.write(`policy-reader: ${formatError(error.code, error.params, locale)}\n`);
    process.exitCode = 1;
  } finally {
    // The worker threads end with the command (the browser shell's library keeps them).
    await endWorkPool();
  }
}
