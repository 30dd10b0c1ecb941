import { memo, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationFormat } from '../../../shared/annotations.js';
import { AnnotationFilters, type AnnotationFilterValues, matchesFilters, NO_ANNOTATION_FILTERS } from './AnnotationFilters.js';
import { AnnotationItem } from './AnnotationItem.js';

interface Props {
  annotations: Annotation[];
  /** Whether they have arrived: until then the panel says so, never "0". */
  loaded: boolean;
  onOpen: (annotation: Annotation) => void;
  onExport: (format: AnnotationFormat) => void;
  onImport: (file: File) => void;
}

/** Items drawn at a time: a document may carry thousands of annotations. */
const PAGE_SIZE = 150;

/**
 * 批注: the document's annotations in reading order, filterable; those that lost their place last.
 * Drawn again only when they or its callbacks change: a long document draws itself in many steps.
 */
export const AnnotationsPanel = memo(function AnnotationsPanel({ annotations, loaded, onOpen, onExport, onImport }: Props) {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AnnotationFilterValues>(NO_ANNOTATION_FILTERS);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const fileInput = useRef<HTMLInputElement>(null);
  const tags = useMemo(() => [...new Set(annotations.flatMap((a) => a.tags))].sort(), [annotations]);
  const shown = useMemo(() => annotations.filter((a) => matchesFilters(a, filters)), [annotations, filters]);
  const placed = useMemo(() => shown.filter((a) => !a.orphaned), [shown]);
  const drawn = placed.slice(0, limit);
  const orphans = useMemo(() => shown.filter((a) => a.orphaned), [shown]);

  return (
    <aside className="annotations-panel" aria-label={t('annotations.panel')}>
      <h2 className="panel-title">
        {t('annotations.panel')} {loaded && <span className="panel-count">{annotations.length}</span>}
      </h2>
      <AnnotationFilters value={filters} tags={tags} onChange={setFilters} />
      {!loaded && (
        <p className="panel-empty" aria-busy="true">
          {t('annotations.loading')}
        </p>
      )}
      {loaded && annotations.length === 0 && <p className="panel-empty">{t('annotations.empty')}</p>}
      <ol className="annotation-list">
        {drawn.map((a) => (
          <AnnotationItem key={a.id} annotation={a} onOpen={() => onOpen(a)} />
        ))}
      </ol>
      {placed.length > drawn.length && (
        <button type="button" className="button button-small" onClick={() => setLimit((n) => n + PAGE_SIZE * 4)}>
          {t('annotations.showMore', { shown: drawn.length, count: placed.length })}
        </button>
      )}
      {orphans.length > 0 && (
        <section aria-label={t('annotations.orphans')}>
          <h3 className="panel-subtitle">{t('annotations.orphans')}</h3>
          <p className="panel-hint">{t('annotations.orphansHint')}</p>
          <ol className="annotation-list">
            {orphans.map((a) => (
              <AnnotationItem key={a.id} annotation={a} onOpen={() => onOpen(a)} />
            ))}
          </ol>
        </section>
      )}
      <div className="panel-actions">
        <button type="button" className="button button-small" onClick={() => onExport('md')}>
          {t('annotations.exportMarkdown')}
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => onExport('w3c')}
          title={t('annotations.exportW3cHint')}
        >
          {t('annotations.exportW3c')}
        </button>
        <button type="button" className="button button-small" onClick={() => fileInput.current?.click()}>
          {t('annotations.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          hidden
          data-testid="annotations-import-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onImport(file);
            event.target.value = '';
          }}
        />
      </div>
    </aside>
  );
});
