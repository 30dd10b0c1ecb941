import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryAnnotation } from '../../../shared/annotations.js';
import type { ForceStatus } from '../../../shared/force.js';
import type { Script } from '../../../shared/policy.js';
import type { SearchFilters, SearchResponse, SearchResult, SearchResults, SearchTotal } from '../../../shared/search.js';
import { parseQuery } from '../../../shared/search-query.js';
import { AnnotationItem } from '../annotations/AnnotationItem.js';
import { useApi } from '../app/ApiContext.js';
import { useSettings } from '../app/SettingsContext.js';
import { useErrorMessage } from '../common/useErrorMessage.js';
import { useShortcuts } from '../common/useShortcuts.js';
import { ViewHeader } from '../common/ViewHeader.js';
import { ForceBadge } from '../force/ForceBadge.js';
import { forceLabel } from '../force/labels.js';
import { ShownTextProvider, usePhrases } from '../script/ShownText.js';
import { markTerms } from './marks.js';

const LIMIT = 50;
const DEBOUNCE = 120;

/** Text with the query's terms marked, shown in the default script. */
function Marked({ text, terms, phrase }: { text: string; terms: readonly string[]; phrase: (text: string) => string }) {
  return markTerms(text, terms).map((piece, i) =>
    piece.marked ? (
      <mark key={i} className="search-mark">
        {phrase(piece.text)}
      </mark>
    ) : (
      phrase(piece.text)
    ),
  );
}

function ResultItem({
  result,
  terms,
  phrase,
  onOpen,
}: {
  result: SearchResult;
  terms: readonly string[];
  phrase: (text: string) => string;
  onOpen: (at: number) => void;
}) {
  const { t } = useTranslation();
  const first = result.snippets[0]?.start ?? 0;
  return (
    <li className="search-result">
      <button type="button" className="search-result-title" onClick={() => onOpen(first)}>
        <Marked text={result.title} terms={terms} phrase={phrase} />
      </button>
      <p className="search-result-meta">
        {[result.issuer, result.date, result.docNumber]
          .filter((part): part is string => Boolean(part))
          .map((part) => phrase(part))
          .join(' · ')}
        <span className="badge" title={t(`script.${result.script}Long`)}>
          {t(`script.${result.script}`)}
        </span>
        {result.force && <ForceBadge force={result.force} />}
        <span className="search-hits">{t('search.hits', { count: result.hits })}</span>
        {result.inHeading && <span className="search-in-heading">{t('search.inHeading')}</span>}
      </p>
      <ol className="search-snippets">
        {result.snippets.map((s) => (
          <li key={s.start}>
            <button type="button" className="search-snippet" onClick={() => onOpen(s.start)}>
              …<Marked text={s.before} terms={terms} phrase={phrase} />
              <mark className="search-mark">{phrase(s.match)}</mark>
              <Marked text={s.after} terms={terms} phrase={phrase} />…
            </button>
          </li>
        ))}
      </ol>
    </li>
  );
}

function FacetSelect({
  label,
  value,
  facets,
  labelOf = (v) => v,
  onChange,
}: {
  label: string;
  value: string | undefined;
  facets: SearchResponse['facets'][keyof SearchResponse['facets']];
  labelOf?: (value: string) => string;
  onChange: (value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const options = value && !facets.some((f) => f.value === value) ? [{ value, count: 0 }, ...facets] : facets;
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('library.all')}</option>
        {options.map((f) => (
          <option key={f.value} value={f.value}>
            {labelOf(f.value)} ({f.count})
          </option>
        ))}
      </select>
    </label>
  );
}

/** Where the results were scrolled to, by address, for a return from a hit. */
const SCROLL_KEY = 'policy-reader.search-scroll';

/**
 * Keeps the results' scroll position when the view is left (a hit opened) and puts it back once the
 * results for the same address are shown again.
 */
function useScrollKept(shown: boolean): void {
  const restored = useRef(false);
  // The address as this view shows it, and how far it is scrolled (taken as it scrolls: by the time
  // the view is gone, the document opened in its place has its own height).
  const address = useRef(window.location.hash);
  address.current = window.location.hash;
  useEffect(() => {
    let top = window.scrollY;
    const onScroll = () => {
      top = window.scrollY;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      sessionStorage.setItem(SCROLL_KEY, JSON.stringify({ address: address.current, top }));
    };
  }, []);
  useLayoutEffect(() => {
    if (!shown || restored.current) return;
    restored.current = true;
    const saved = JSON.parse(sessionStorage.getItem(SCROLL_KEY) ?? 'null') as { address: string; top: number } | null;
    if (saved?.address === window.location.hash) window.scrollTo(0, saved.top);
  }, [shown]);
}

/**
 * 全文搜索: ranked documents with snippets, filters from the matches' facets, and matching
 * annotations. Typing searches as it goes; Enter opens the best document at its first hit.
 */
export function SearchView({
  query,
  filters,
  onQuery,
  onFilters,
  onBack,
  onOpen,
  onOpenAnnotation,
}: {
  query: string;
  filters: SearchFilters;
  onQuery: (query: string) => void;
  onFilters: (filters: SearchFilters) => void;
  onBack: () => void;
  onOpen: (id: string, at: number) => void;
  onOpenAnnotation: (annotation: LibraryAnnotation) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const errorMessage = useErrorMessage();
  const phrase = usePhrases(useSettings().settings.defaultScript);
  const [response, setResponse] = useState<SearchResults | null>(null);
  const [counted, setCounted] = useState<SearchTotal | null>(null);
  const [annotations, setAnnotations] = useState<LibraryAnnotation[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const annotationText = useMemo(
    () => parseQuery(query).include.reduce((longest, term) => (term.text.length > longest.length ? term.text : longest), ''),
    [query],
  );

  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      if (!query.trim()) {
        setResponse(null);
        setCounted(null);
        setAnnotations([]);
        return;
      }
      // The best documents first; the count and the facets over all of them when they are ready.
      const request = { query, limit: LIMIT, filters };
      api.searchResults(request).then(
        (result) => {
          if (!live) return;
          setResponse(result);
          setCounted(null);
          setProblem(null);
          api.searchTotal(request).then(
            (total) => live && setCounted(total),
            (error: unknown) => live && setProblem(errorMessage(error)),
          );
        },
        (error: unknown) => live && setProblem(errorMessage(error)),
      );
      if (annotationText)
        api.queryAnnotations({ text: annotationText, limit: 20 }).then(
          (page) => live && setAnnotations(page.items),
          () => live && setAnnotations([]),
        );
    }, DEBOUNCE);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, query, filters, annotationText, errorMessage]);

  useShortcuts({ escape: onBack, '/': () => input.current?.focus(), 'mod+k': () => input.current?.focus() });

  const setFilter = (key: keyof SearchFilters) => (value: string | undefined) => {
    const next = { ...filters };
    if (value) (next as Record<string, string>)[key] = value;
    else delete next[key];
    onFilters(next);
  };
  useScrollKept(response !== null);
  const terms = response?.terms ?? [];
  const best = response?.results[0];

  return (
    <ShownTextProvider value={phrase}>
      <main id="main" className="search-view">
        <ViewHeader title={t('search.title')} onBack={onBack} />
        <search className="search-box" aria-label={t('search.label')}>
          <input
            ref={input}
            type="search"
            // biome-ignore lint/a11y/noAutofocus: the view exists to type a query
            autoFocus
            value={query}
            placeholder={t('search.placeholder')}
            aria-label={t('search.label')}
            aria-keyshortcuts="/ Control+K"
            onChange={(e) => onQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && best) onOpen(best.id, best.snippets[0]?.start ?? 0);
            }}
          />
          <p className="search-hint">{t('search.hint')}</p>
        </search>
        {counted && (
          <div className="library-filters">
            <FacetSelect
              label={t('search.issuer')}
              value={filters.issuer}
              facets={counted.facets.issuer}
              onChange={setFilter('issuer')}
            />
            <FacetSelect
              label={t('search.year')}
              value={filters.year}
              facets={counted.facets.year}
              onChange={setFilter('year')}
            />
            <FacetSelect
              label={t('search.script')}
              value={filters.script}
              facets={counted.facets.script}
              labelOf={(v) => t(`script.${v as Script}Long`)}
              onChange={setFilter('script')}
            />
            <FacetSelect
              label={t('search.department')}
              value={filters.department}
              facets={counted.facets.department}
              onChange={setFilter('department')}
            />
            <FacetSelect
              label={t('force.filter')}
              value={filters.force}
              facets={counted.facets.force}
              labelOf={(v) => forceLabel(v as ForceStatus, i18n.language)}
              onChange={setFilter('force')}
            />
          </div>
        )}
        {problem && <p role="alert">{problem}</p>}
        {response && (
          <p className="library-count" aria-live="polite" aria-busy={counted === null && response.results.length > 0}>
            {response.results.length === 0
              ? t('search.noMatch')
              : counted === null
                ? t('search.counting')
                : t('search.total', { count: counted.total, ms: response.took })}
          </p>
        )}
        {response && response.results.length > 0 && (
          <ol className="search-results">
            {response.results.map((result) => (
              <ResultItem key={result.id} result={result} terms={terms} phrase={phrase} onOpen={(at) => onOpen(result.id, at)} />
            ))}
          </ol>
        )}
        {annotations.length > 0 && (
          <section className="search-annotations" aria-label={t('search.annotations')}>
            <h2>{t('search.annotations')}</h2>
            <ol className="annotation-list annotation-list-wide">
              {annotations.map((a) => (
                <AnnotationItem key={a.id} annotation={a} documentTitle={a.docTitle} onOpen={() => onOpenAnnotation(a)} />
              ))}
            </ol>
          </section>
        )}
      </main>
    </ShownTextProvider>
  );
}
