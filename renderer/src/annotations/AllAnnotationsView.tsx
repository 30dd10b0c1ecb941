import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationPage, LibraryAnnotation } from '../../../shared/annotations.js';
import { useApi } from '../app/ApiContext.js';
import { useSettings } from '../app/SettingsContext.js';
import { useErrorMessage } from '../common/useErrorMessage.js';
import { useShortcuts } from '../common/useShortcuts.js';
import { ViewHeader } from '../common/ViewHeader.js';
import { ShownTextProvider, usePhrases } from '../script/ShownText.js';
import { AnnotationFilters, type AnnotationFilterValues, NO_ANNOTATION_FILTERS } from './AnnotationFilters.js';
import { AnnotationItem } from './AnnotationItem.js';

const PAGE = 200;

/** Every annotation of the library, newest first, filtered in the core as the user types. */
export function AllAnnotationsView({ onBack, onOpen }: { onBack: () => void; onOpen: (annotation: LibraryAnnotation) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const errorMessage = useErrorMessage();
  // Quotes from many documents: shown in the default script.
  const phrases = usePhrases(useSettings().settings.defaultScript);
  const [filters, setFilters] = useState<AnnotationFilterValues>(NO_ANNOTATION_FILTERS);
  const [page, setPage] = useState<AnnotationPage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const query = {
      limit: PAGE,
      ...(filters.color && { color: filters.color }),
      ...(filters.tag && { tag: filters.tag }),
      ...(filters.text.trim() && { text: filters.text.trim() }),
    };
    const timer = window.setTimeout(() => {
      api.queryAnnotations(query).then(
        (result) => live && setPage(result),
        (error: unknown) => live && setProblem(errorMessage(error)),
      );
    }, 80);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, filters, errorMessage]);

  useShortcuts({ escape: onBack });

  return (
    <ShownTextProvider value={phrases}>
      <main id="main" className="all-annotations">
        <ViewHeader title={t('annotations.all')} onBack={onBack}>
          {page && (
            <p className="library-count" aria-live="polite">
              {page.total > page.items.length
                ? t('annotations.allShown', { shown: page.items.length, count: page.total })
                : t('annotations.allCount', { count: page.total })}
            </p>
          )}
        </ViewHeader>
        <AnnotationFilters value={filters} tags={page?.tags ?? []} onChange={setFilters} />
        {problem && <p role="alert">{problem}</p>}
        {page && page.total === 0 && <p className="empty">{t('annotations.empty')}</p>}
        <ol className="annotation-list annotation-list-wide">
          {page?.items.map((a) => (
            <AnnotationItem key={a.id} annotation={a} documentTitle={a.docTitle} onOpen={() => onOpen(a)} />
          ))}
        </ol>
      </main>
    </ShownTextProvider>
  );
}
