import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AllAnnotationsView } from '../annotations/AllAnnotationsView.js';
import { warmReadingFont } from '../common/font-warmup.js';
import { useCommand } from '../common/useCommand.js';
import { useShortcuts } from '../common/useShortcuts.js';
import { CitationsView } from '../intel/CitationsView.js';
import { CompareView } from '../intel/CompareView.js';
import { DepartmentsView } from '../intel/DepartmentsView.js';
import { useImporter } from '../library/ImportContext.js';
import { LibraryView } from '../library/LibraryView.js';
import { ReaderView } from '../reader/ReaderView.js';
import { SearchView } from '../search/SearchView.js';
import { TrashView } from '../trash/TrashView.js';
import { RecoveryNotice } from './RecoveryNotice.js';
import { useSettings } from './SettingsContext.js';
import { useHashRoute } from './useHashRoute.js';

const NO_SEARCH_FILTERS = {};

export function App() {
  const { t, i18n } = useTranslation();
  const { settings } = useSettings();
  const [route, navigate, previous] = useHashRoute();
  const importer = useImporter();
  const openImport = () => {
    navigate({ view: 'library' });
    importer.pick();
  };
  useCommand('import', openImport);
  // Alt+← is Back in a browser; Electron binds no such key, so the app does, in both shells alike.
  useShortcuts({ 'mod+o': openImport, 'alt+arrowleft': () => window.history.back() });
  /** From a search hit, 返回 goes back to the results as they were: the history's Back where it leads there. */
  const backToResults = (query: string) =>
    previous?.view === 'search' ? window.history.back() : navigate({ view: 'search', query });
  useCommand('back', () => navigate({ view: 'library' }));
  useCommand('search', () => navigate({ view: 'search', query: route.view === 'search' ? route.query : '' }));
  useCommand('departments', () => navigate({ view: 'departments', query: {} }));
  useCommand('citations', () => navigate({ view: 'citations' }));
  useCommand('trash', () => navigate({ view: 'trash' }));

  useEffect(() => warmReadingFont(settings.fontFamily), [settings.fontFamily]);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
    document.documentElement.lang = i18n.language === 'zh-TW' ? 'zh-Hant' : i18n.language === 'en' ? 'en' : 'zh-Hans';
    document.title = t('app.name');
  }, [settings.theme, i18n.language, t]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <RecoveryNotice />
      {route.view === 'document' && (
        <ReaderView
          key={`${route.id}/${route.annotation ?? ''}/${route.find?.at ?? ''}/${route.block ?? ''}`}
          id={route.id}
          annotationId={route.annotation}
          find={route.find}
          block={route.block}
          fromSearch={route.find !== undefined}
          onBack={() => (route.find ? backToResults(route.find.query) : navigate({ view: 'library' }))}
          onNavigate={navigate}
        />
      )}
      {route.view === 'departments' && (
        <DepartmentsView
          query={route.query}
          onQuery={(query) => navigate({ view: 'departments', query }, { replace: true })}
          onBack={() => navigate({ view: 'library' })}
          onOpen={(id, block) => navigate({ view: 'document', id, block })}
        />
      )}
      {route.view === 'citations' && (
        <CitationsView onBack={() => navigate({ view: 'library' })} onCompare={(a, b) => navigate({ view: 'compare', a, b })} />
      )}
      {route.view === 'compare' && (
        <CompareView
          key={`${route.a}/${route.b}`}
          a={route.a}
          b={route.b}
          onBack={() => window.history.back()}
          onSwap={() => navigate({ view: 'compare', a: route.b, b: route.a }, { replace: true })}
        />
      )}
      {route.view === 'annotations' && (
        <AllAnnotationsView
          onBack={() => navigate({ view: 'library' })}
          onOpen={(a) => navigate({ view: 'document', id: a.docId, annotation: a.id })}
        />
      )}
      {route.view === 'trash' && (
        <TrashView
          onBack={() => navigate({ view: 'library' })}
          onOpenDocument={(id) => navigate({ view: 'document', id })}
          onOpenAnnotation={(docId, annotation) => navigate({ view: 'document', id: docId, annotation })}
        />
      )}
      {route.view === 'search' && (
        <SearchView
          query={route.query}
          filters={route.filters ?? NO_SEARCH_FILTERS}
          onQuery={(query) =>
            navigate({ view: 'search', query, ...(route.filters && { filters: route.filters }) }, { replace: true })
          }
          onFilters={(filters) => navigate({ view: 'search', query: route.query, filters }, { replace: true })}
          onBack={() => navigate({ view: 'library' })}
          onOpen={(id, at) => navigate({ view: 'document', id, find: { query: route.query, at } })}
          onOpenAnnotation={(a) => navigate({ view: 'document', id: a.docId, annotation: a.id })}
        />
      )}
      {route.view === 'library' && (
        <LibraryView
          onOpen={(id) => navigate({ view: 'document', id })}
          onAllAnnotations={() => navigate({ view: 'annotations' })}
          onSearch={(query) => navigate({ view: 'search', query })}
          onDepartments={() => navigate({ view: 'departments', query: {} })}
          onCitations={() => navigate({ view: 'citations' })}
          onTrash={() => navigate({ view: 'trash' })}
        />
      )}
    </>
  );
}
