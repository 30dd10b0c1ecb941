import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentOverview, TaskExportFormat, TaskPage } from '../../../shared/intel.js';
import { foldForSearch } from '../../../shared/search-fold.js';
import { useApi } from '../app/ApiContext.js';
import type { DepartmentsQuery } from '../app/routes.js';
import { useSettings } from '../app/SettingsContext.js';
import { downloadBase64 } from '../common/download.js';
import { useNotify } from '../common/Toasts.js';
import { useErrorMessage } from '../common/useErrorMessage.js';
import { useShortcuts } from '../common/useShortcuts.js';
import { ViewHeader } from '../common/ViewHeader.js';
import { usePhrases } from '../script/ShownText.js';

const ROLES = ['lead', 'responsible', 'cooperating', 'none'] as const;
const MEDIA_TYPES: Record<TaskExportFormat, string> = { csv: 'text/csv', pdf: 'application/pdf' };

/**
 * 部门分工: every department the library's documents give tasks to, normalised across documents,
 * with the tasks it leads, bears or joins; filtered by document and role, and exported as a
 * spreadsheet (CSV) or a printed 责任分工表 (PDF).
 */
export function DepartmentsView({
  query,
  onQuery,
  onBack,
  onOpen,
}: {
  query: DepartmentsQuery;
  onQuery: (query: DepartmentsQuery) => void;
  onBack: () => void;
  onOpen: (docId: string, block: number) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const phrase = usePhrases(useSettings().settings.defaultScript);
  const [overview, setOverview] = useState<DepartmentOverview | null>(null);
  const [page, setPage] = useState<TaskPage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [exporting, setExporting] = useState<TaskExportFormat | null>(null);
  const filterBox = useRef<HTMLInputElement>(null);
  const { name, doc, role, inForce } = query;
  const scope = useMemo(
    () => ({ ...(doc && { docId: doc }), ...(role && { role }), ...(inForce && { inForce }) }),
    [doc, role, inForce],
  );

  useEffect(() => {
    let live = true;
    api.departments(scope).then(
      (result) => live && setOverview(result),
      (error: unknown) => live && setProblem(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [api, scope, errorMessage]);

  useEffect(() => {
    if (!name) return setPage(null);
    let live = true;
    api.departmentTasks({ department: name, ...scope }).then(
      (result) => live && setPage(result),
      (error: unknown) => live && setProblem(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [api, name, scope, errorMessage]);

  useShortcuts({ escape: onBack, '/': () => filterBox.current?.focus() });

  const listed = useMemo(() => {
    const wanted = foldForSearch(filter.trim());
    return (overview?.departments ?? []).filter((d) => !wanted || foldForSearch(d.name).includes(wanted));
  }, [overview, filter]);
  const tasks = page?.tasks ?? [];

  const exportAs = async (format: TaskExportFormat) => {
    if (!name) return;
    setExporting(format);
    try {
      const file = await api.exportTasks({ department: name, format, ...scope });
      downloadBase64(file.filename, MEDIA_TYPES[format], file.data);
      notify({ message: t('intel.exported', { filename: file.filename }) });
    } catch (error) {
      notify({ message: errorMessage(error) });
    } finally {
      setExporting(null);
    }
  };

  return (
    <main id="main" className="intel-view departments-view">
      <ViewHeader title={t('intel.departmentsTitle')} onBack={onBack}>
        {overview && <p className="library-count">{t('intel.departmentCount', { count: listed.length })}</p>}
      </ViewHeader>
      <div className="library-filters">
        <label>
          {t('intel.document')}
          <select value={query.doc ?? ''} onChange={(e) => onQuery({ ...query, doc: e.target.value || undefined })}>
            <option value="">{t('intel.allDocuments')}</option>
            {overview?.documents.map((d) => (
              <option key={d.id} value={d.id}>
                {phrase(d.title)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('intel.role')}
          <select
            value={query.role ?? ''}
            onChange={(e) => onQuery({ ...query, role: (e.target.value || undefined) as DepartmentsQuery['role'] })}
          >
            <option value="">{t('intel.allRoles')}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`intel.roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="check-label">
          <input
            type="checkbox"
            checked={Boolean(inForce)}
            onChange={(e) => onQuery({ ...query, inForce: e.target.checked || undefined })}
          />
          {t('intel.inForceOnly')}
        </label>
      </div>
      {problem && <p role="alert">{problem}</p>}
      {overview && overview.documents.length === 0 && <p className="panel-empty">{t('intel.noDepartments')}</p>}
      {overview && overview.documents.length > 0 && (
        <div className="departments-panes">
          <nav className="departments-list" aria-label={t('intel.departments')}>
            <input
              ref={filterBox}
              type="search"
              value={filter}
              placeholder={t('intel.departmentFilter')}
              aria-label={t('intel.departmentFilter')}
              aria-keyshortcuts="/"
              onChange={(e) => setFilter(e.target.value)}
            />
            <ol>
              {listed.map((e) => (
                <li key={e.name}>
                  <button
                    type="button"
                    aria-current={e.name === name ? 'true' : undefined}
                    onClick={() => onQuery({ ...query, name: e.name })}
                  >
                    <span>{phrase(e.name)}</span>
                    <span className="panel-count">{e.tasks}</span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <section className="departments-tasks" aria-label={name ? phrase(name) : t('intel.departments')}>
            {!name && <p className="panel-empty">{t('intel.chooseDepartment')}</p>}
            {name && page && (
              <>
                <header className="departments-tasks-head">
                  <h2>
                    {phrase(name)} <span className="panel-count">{t('intel.taskCount', { count: page.total })}</span>
                  </h2>
                  <button
                    type="button"
                    className="button"
                    disabled={exporting !== null || tasks.length === 0}
                    onClick={() => void exportAs('csv')}
                  >
                    {exporting === 'csv' ? t('intel.exporting') : t('intel.exportCsv')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    disabled={exporting !== null || tasks.length === 0}
                    onClick={() => void exportAs('pdf')}
                  >
                    {exporting === 'pdf' ? t('intel.exporting') : t('intel.exportPdf')}
                  </button>
                </header>
                {page.total > tasks.length && (
                  <p className="panel-hint">{t('intel.firstTasks', { shown: tasks.length, count: page.total })}</p>
                )}
                {tasks.length === 0 ? (
                  <p className="panel-empty">{t('intel.noTasks')}</p>
                ) : (
                  <table className="tasks-table">
                    <thead>
                      <tr>
                        <th scope="col">#</th>
                        <th scope="col">{t('intel.task')}</th>
                        <th scope="col">{t('intel.role')}</th>
                        <th scope="col">{t('intel.document')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {tasks.map((task, n) => (
                        <tr key={`${task.docId}/${task.block}/${n}`}>
                          <td>{n + 1}</td>
                          <td>{phrase(task.text)}</td>
                          <td className="task-role">{t(`intel.roles.${task.role ?? 'none'}`)}</td>
                          <td>
                            <button
                              type="button"
                              className="link-button"
                              title={t('intel.openAt')}
                              onClick={() => onOpen(task.docId, task.block)}
                            >
                              {phrase(task.title)}
                            </button>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </>
            )}
          </section>
        </div>
      )}
    </main>
  );
}
