import type { ApiArgs, ApiMethod, ApiResponse, ApiResults, ReaderApi, TaskProgress } from '../../../shared/api.js';
import { apiSchemas, isApiMethod } from '../../../shared/api.js';
import { isReaderError, ReaderError } from '../../../shared/errors.js';
import { fileNameFor } from '../../../shared/file-names.js';
import { afterQuiet } from '../after-quiet.js';
import type { Library } from '../library/library.js';
import { retryWhileBusy } from '../store/busy.js';

/** Tasks sent at a time: a department of a large library may have thousands; the export has them all. */
const TASK_PAGE = 500;

/**
 * The ReaderApi over a library: the one implementation both shells expose. The search index loads
 * once the API has been quiet for a moment, never during a request nor at the first query, and the
 * department and citation indexes with it.
 */
export function createReaderApi(library: Library): ReaderApi {
  const warm = afterQuiet(() => {
    library.prepareSearch();
    library.prepareIndexes();
  }, 2000);
  // Long calls named by the client, so that cancelTask can stop them and taskProgress follow them.
  const running = new Map<string, { controller: AbortController; progress: TaskProgress | null }>();
  const cancellable = async <T>(
    taskId: string | undefined,
    work: (signal?: AbortSignal, report?: (done: number, total: number) => void) => Promise<T>,
  ): Promise<T> => {
    if (!taskId) return work();
    const task = { controller: new AbortController(), progress: null as TaskProgress | null };
    running.get(taskId)?.controller.abort();
    running.set(taskId, task);
    try {
      return await work(task.controller.signal, (done, total) => {
        task.progress = { done, total };
      });
    } finally {
      if (running.get(taskId) === task) running.delete(taskId);
    }
  };
  const api: ReaderApi = {
    libraryStatus: async () => ({ recovery: library.recovery }),
    listDocuments: async () => library.list(),
    getDocument: async ({ id, blocks }) => library.reading(id, blocks),
    importFile: async ({ name, data, taskId }) =>
      cancellable(taskId, (signal, report) => library.importFile(Buffer.from(data, 'base64'), name, signal, report)),
    cancelTask: async ({ taskId }) => {
      const task = running.get(taskId);
      task?.controller.abort();
      return { cancelled: task !== undefined };
    },
    taskProgress: async ({ taskId }) => running.get(taskId)?.progress ?? null,
    pageImage: async ({ id, page }) => {
      const image = await library.pageImage(id, page);
      return { mime: image.mime, data: Buffer.from(image.bytes).toString('base64') };
    },
    deleteDocument: async ({ id }) => {
      library.delete(id);
      return null;
    },
    restoreDocument: async ({ id }) => {
      library.restore(id);
      return null;
    },
    trash: async () => library.trashContents(),
    emptyTrash: async (only) => ({
      removed: library.emptyTrash(only.documents || only.annotations ? only : undefined),
    }),
    updateMetadata: async ({ id, changes }) => library.updateMetadata(id, changes),
    openingLines: async ({ id }) => library.openingLines(id),
    getSettings: async () => library.settings(),
    updateSettings: async ({ changes }) => library.updateSettings(changes),
    getReadingPosition: async ({ id }) => library.readingPosition(id),
    setReadingPosition: async ({ id, position }) => {
      library.setReadingPosition(id, position);
      return null;
    },
    getDisplayScript: async ({ id }) => library.displayScript(id),
    setDisplayScript: async ({ id, script }) => {
      library.setDisplayScript(id, script);
      return null;
    },
    // (A search waits for an index built on another thread; reading and annotating go on meanwhile.)
    search: async (request) => {
      await library.searchReady();
      return library.search(request);
    },
    searchResults: async (request) => {
      await library.searchReady();
      return library.searchResults(request);
    },
    searchTotal: async (request) => {
      await library.searchReady();
      return library.searchTotal(request);
    },
    exportPdf: async ({ id, script, layout, taskId }) => {
      const { bytes, pages, missing } = await cancellable(taskId, (signal) =>
        library.exportPdf(id, { script, layout, ...(signal && { signal }) }),
      );
      return { filename: fileNameFor(library.get(id).title, 'pdf'), data: bytes.toString('base64'), pages, missing };
    },
    // (The department index is built on another thread; these wait for it, nothing else does.)
    departments: async ({ docId, role, inForce }) => {
      await library.departmentsReady();
      return library.departmentOverview({ ...(docId && { docId }), ...(role && { role }), ...(inForce && { inForce }) });
    },
    departmentTasks: async ({ department, docId, role, inForce, limit = TASK_PAGE }) => {
      await library.departmentsReady();
      const tasks = library.departmentTasks(department, {
        ...(docId && { docId }),
        ...(role && { role }),
        ...(inForce && { inForce }),
      });
      return { total: tasks.length, tasks: tasks.slice(0, limit) };
    },
    exportTasks: async ({ department, format, docId, role, inForce, taskId }) => {
      const filter = { ...(docId && { docId }), ...(role && { role }), ...(inForce && { inForce }) };
      await library.departmentsReady();
      const { filename, bytes } = await cancellable(taskId, (signal) =>
        library.exportTasks(department, format, filter, undefined, signal),
      );
      return { filename, data: bytes.toString('base64') };
    },
    citations: async () => library.citations(),
    relations: async ({ id }) => library.relations(id),
    targets: async ({ id }) => library.targets(id),
    forceStatuses: async ({ asOf }) => library.forceStatuses(asOf),
    forceReport: async ({ id, asOf }) => library.forceReport(id, asOf),
    setForceStatus: async ({ id, status, note }) => library.setForceStatus(id, status, note),
    compare: async ({ a, b }) => library.compare(a, b),
    listAnnotations: async ({ docId }) => library.annotations(docId),
    queryAnnotations: async (query) => library.queryAnnotations(query),
    createAnnotation: async (input) => library.createAnnotation(input),
    updateAnnotation: async ({ id, changes }) => library.updateAnnotation(id, changes),
    deleteAnnotation: async ({ id }) => {
      library.deleteAnnotation(id);
      return null;
    },
    restoreAnnotation: async ({ id }) => library.restoreAnnotation(id),
    exportAnnotations: async ({ docId, format }) => library.exportAnnotations(docId, format),
    importAnnotations: async ({ content }) => library.importAnnotations(content),
  };
  const touched = Object.entries(api).map(([method, call]) => [
    method,
    (args: never) => {
      warm.touch();
      return (call as (args: never) => unknown)(args);
    },
  ]);
  return Object.fromEntries(touched) as ReaderApi;
}

/**
 * Calls a method by name with untrusted arguments, as a transport receives them: unknown methods
 * and arguments that do not match the method's schema are refused before the core sees them.
 */
export async function dispatch(api: ReaderApi, method: string, args: unknown): Promise<ApiResponse> {
  try {
    if (!isApiMethod(method)) throw new ReaderError('UNKNOWN_METHOD', { method: method.slice(0, 80) });
    const parsed = apiSchemas[method].safeParse(args ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ReaderError('INVALID_ARGUMENT', { reason: `${issue?.path.join('.') || method}: ${issue?.message ?? 'invalid'}` });
    }
    const result = await retryWhileBusy(() => call(api, method, parsed.data as ApiArgs<typeof method>));
    return { ok: true, result };
  } catch (error) {
    if (isReaderError(error)) return { ok: false, error: { code: error.code, params: error.params } };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', params: { reason } } };
  }
}

function call<M extends ApiMethod>(api: ReaderApi, method: M, args: ApiArgs<M>): Promise<ApiResults[M]> {
  const fn = api[method] as (args: ApiArgs<M>) => Promise<ApiResults[M]>;
  return fn(args);
}
