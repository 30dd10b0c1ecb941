import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForceSummary } from '../../../shared/force.js';
import { type DocumentSummary, TRASH_DAYS } from '../../../shared/library.js';
import { useApi } from '../app/ApiContext.js';
import { useSettings } from '../app/SettingsContext.js';
import { useNotify } from '../common/Toasts.js';
import { useErrorMessage } from '../common/useErrorMessage.js';
import { useShortcuts } from '../common/useShortcuts.js';
import { forceLabel } from '../force/labels.js';
import { droppedFiles } from './dropped-files.js';
import { filterAndSort, filterChoices, hasFilters, type LibraryFilters, NO_FILTERS } from './filters.js';
import { useImporter } from './ImportContext.js';
import { ImportStatus } from './ImportStatus.js';
import { LibraryTable } from './LibraryTable.js';
import { MetadataDialog } from './MetadataDialog.js';

/** A native select with an "all" choice that stands for no filter. */
function FilterSelect<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T | null;
  options: Array<{ value: T; label: string }>;
  onChange: (value: T | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
        <option value="">{t('library.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function LibraryView({
  onOpen,
  onAllAnnotations,
  onSearch,
  onDepartments,
  onCitations,
  onTrash,
}: {
  onOpen: (id: string) => void;
  onAllAnnotations: () => void;
  onDepartments: () => void;
  onCitations: () => void;
  /** Opens the 回收站. */
  onTrash: () => void;
  /** Opens full-text search with a query. */
  onSearch: (query: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const { settings, update } = useSettings();
  const [docs, setDocs] = useState<DocumentSummary[] | null>(null);
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [editing, setEditing] = useState<DocumentSummary | null>(null);
  const [dragging, setDragging] = useState(false);
  const lastDeleted = useRef<DocumentSummary | null>(null);
  const importer = useImporter();

  const [trashCount, setTrashCount] = useState<number | null>(null);

  const refreshTrash = useCallback(() => {
    // Only the count on the 回收站 button: the list below reports the library being unreachable.
    api.trash({}).then(
      (trash) => setTrashCount(trash.documents.length + trash.annotations.length),
      () => setTrashCount(null),
    );
  }, [api]);
  const refresh = useCallback(() => {
    api.listDocuments({}).then(setDocs, (error: unknown) => notify({ message: errorMessage(error) }));
    refreshTrash();
  }, [api, notify, errorMessage, refreshTrash]);
  // Reload after every import as well.
  useEffect(refresh, [refresh, importer.generation]);

  // Statuses as of a day the user picked, in place of today's.
  const [asOfStatuses, setAsOfStatuses] = useState<{ asOf: string; statuses: Record<string, ForceSummary> } | null>(null);
  useEffect(() => {
    const asOf = filters.asOf;
    if (!asOf || !docs) return setAsOfStatuses(null);
    let live = true;
    api.forceStatuses({ asOf }).then(
      (statuses) => live && setAsOfStatuses({ asOf, statuses }),
      (error: unknown) => notify({ message: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, filters.asOf, docs, notify, errorMessage]);
  const judged = useMemo(() => {
    if (!docs || !asOfStatuses || asOfStatuses.asOf !== filters.asOf) return docs ?? [];
    return docs.map((d) => ({ ...d, force: asOfStatuses.statuses[d.id] ?? d.force }));
  }, [docs, asOfStatuses, filters.asOf]);

  const shown = useMemo(() => filterAndSort(judged, filters, settings.librarySort), [judged, filters, settings.librarySort]);
  const choices = useMemo(() => filterChoices(judged), [judged]);

  const restore = useCallback(
    async (doc: DocumentSummary) => {
      lastDeleted.current = null;
      try {
        await api.restoreDocument({ id: doc.id });
      } catch (error) {
        // Removed for good meanwhile (emptied from the 回收站, perhaps in another window).
        notify({ message: errorMessage(error) });
        return refresh();
      }
      refresh();
      notify({ message: t('library.restored', { title: doc.title }) });
    },
    [api, refresh, notify, errorMessage, t],
  );

  const remove = useCallback(
    async (doc: DocumentSummary) => {
      try {
        await api.deleteDocument({ id: doc.id });
      } catch (error) {
        return notify({ message: errorMessage(error) });
      }
      lastDeleted.current = doc;
      setDocs((list) => list?.filter((d) => d.id !== doc.id) ?? null);
      refreshTrash();
      notify({
        message: t('library.deleted', { title: doc.title }),
        action: { label: t('library.undo'), run: () => void restore(doc) },
      });
    },
    [api, notify, errorMessage, restore, refreshTrash, t],
  );

  const searchBox = useRef<HTMLInputElement>(null);
  useShortcuts({
    'mod+z': () => {
      if (lastDeleted.current) void restore(lastDeleted.current);
    },
    '/': () => searchBox.current?.focus(),
    'mod+k': () => searchBox.current?.focus(),
  });

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void droppedFiles(event.dataTransfer).then(({ files, ignored }) => importer.importFiles(files, ignored));
  };
  const filtered = hasFilters(filters);

  return (
    <main
      id="main"
      className={`library ${dragging ? 'is-dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="library-header">
        <h1>{t('library.title')}</h1>
        <p className="library-count" aria-live="polite">
          {docs &&
            (filtered
              ? t('library.shown', { shown: shown.length, count: docs.length })
              : t('library.count', { count: docs.length }))}
        </p>
        <search className="library-search">
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const query = searchBox.current?.value.trim();
              if (query) onSearch(query);
            }}
          >
            <input
              ref={searchBox}
              type="search"
              placeholder={t('library.searchPlaceholder')}
              aria-label={t('search.label')}
              aria-keyshortcuts="/ Control+K"
            />
            <button type="submit" className="button">
              {t('search.button')}
            </button>
          </form>
        </search>
        <button type="button" className="button" onClick={onAllAnnotations}>
          {t('annotations.all')}
        </button>
        <button type="button" className="button" onClick={onDepartments}>
          {t('intel.departments')}
        </button>
        <button type="button" className="button" onClick={onCitations}>
          {t('intel.citations')}
        </button>
        <div className="library-import">
          <button
            type="button"
            className="button button-primary"
            onClick={importer.pick}
            aria-keyshortcuts="Control+O"
            title={t('library.formats')}
          >
            {t('library.import')}
          </button>
          <button type="button" className="button" onClick={importer.pickFolder} title={t('library.formats')}>
            {t('library.importFolder')}
          </button>
          <span className="hint">{t('library.importHint')}</span>
        </div>
      </header>

      <div className="library-bar">
        <search className="library-filters" aria-label={t('library.filterTitle')}>
          <input
            type="search"
            placeholder={t('library.filterTitle')}
            aria-label={t('library.filterTitle')}
            value={filters.title}
            onChange={(e) => setFilters((f) => ({ ...f, title: e.target.value }))}
          />
          <button
            type="button"
            className="button button-small review-filter"
            aria-pressed={filters.review}
            title={t('library.reviewHint')}
            onClick={() => setFilters((f) => ({ ...f, review: !f.review }))}
          >
            {t('library.review')} <span className="count">{choices.toReview}</span>
          </button>
          <FilterSelect
            label={t('library.filterIssuer')}
            value={filters.issuer}
            options={choices.issuers.map((issuer) => ({ value: issuer, label: issuer }))}
            onChange={(issuer) => setFilters((f) => ({ ...f, issuer }))}
          />
          <FilterSelect
            label={t('library.filterYear')}
            value={filters.year}
            options={choices.years.map((year) => ({ value: year, label: year }))}
            onChange={(year) => setFilters((f) => ({ ...f, year }))}
          />
          <FilterSelect
            label={t('library.filterScript')}
            value={filters.script}
            options={(['simplified', 'traditional', 'mixed'] as const).map((script) => ({
              value: script,
              label: t(`script.${script}Long`),
            }))}
            onChange={(script) => setFilters((f) => ({ ...f, script }))}
          />
          <FilterSelect
            label={t('library.filterGenre')}
            value={filters.genre}
            options={choices.genres.map((genre) => ({ value: genre, label: genre }))}
            onChange={(genre) => setFilters((f) => ({ ...f, genre }))}
          />
          <FilterSelect
            label={t('force.filter')}
            value={filters.force}
            options={choices.forces.map(({ status, count }) => ({
              value: status,
              label: `${forceLabel(status, i18n.language)}（${count}）`,
            }))}
            onChange={(force) => setFilters((f) => ({ ...f, force }))}
          />
          <label title={t('force.asOfHint')}>
            {t('force.asOf')}
            <input
              type="date"
              value={filters.asOf ?? ''}
              min="1949-10-01"
              max="2200-12-31"
              onChange={(e) =>
                setFilters((f) => ({ ...f, asOf: /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null }))
              }
            />
          </label>
          {choices.topics.length > 0 && (
            <FilterSelect
              label={t('library.filterTopic')}
              value={filters.topic}
              options={choices.topics.map((topic) => ({ value: topic, label: topic.replaceAll('\\', ' › ') }))}
              onChange={(topic) => setFilters((f) => ({ ...f, topic }))}
            />
          )}
          {filtered && (
            <button type="button" className="button button-small" onClick={() => setFilters(NO_FILTERS)}>
              {t('library.clearFilters')}
            </button>
          )}
        </search>
        <button
          type="button"
          className="button button-small trash-link"
          onClick={onTrash}
          title={t('trash.rule', { days: TRASH_DAYS })}
          aria-label={trashCount ? t('trash.withCount', { count: trashCount }) : undefined}
        >
          {t('trash.title')}
          {trashCount ? <span className="count">{trashCount}</span> : null}
        </button>
      </div>

      <ImportStatus state={importer.state} onCancel={importer.cancel} onDismiss={importer.dismiss} />

      {docs && docs.length === 0 && <p className="empty">{t('library.empty')}</p>}
      {docs && docs.length > 0 && shown.length === 0 && <p className="empty">{t('library.noMatch')}</p>}
      {shown.length > 0 && (
        <LibraryTable
          docs={shown}
          sort={settings.librarySort}
          onSort={(librarySort) => update({ librarySort })}
          onOpen={(doc) => onOpen(doc.id)}
          onEdit={setEditing}
          onDelete={(doc) => void remove(doc)}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('library.dropHere')}
        </div>
      )}
      {editing && (
        <MetadataDialog
          doc={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setDocs((list) => list?.map((d) => (d.id === saved.id ? saved : d)) ?? null);
            notify({ message: t('metadata.saved') });
          }}
        />
      )}
    </main>
  );
}
