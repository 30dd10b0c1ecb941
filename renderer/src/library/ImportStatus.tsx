import { useTranslation } from 'react-i18next';
import { formatError, type Locale } from '../../../shared/errors.js';
import type { ImportState } from './useImport.js';

/** Progress while importing, then a summary with every failure and its reason. */
export function ImportStatus({
  state,
  onCancel,
  onDismiss,
}: {
  state: ImportState;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const { t, i18n } = useTranslation();
  if (state.total === 0 && state.ignored.length === 0) return null;
  const count = (status: string) => state.outcomes.filter((o) => o.status === status).length;
  const failures = state.outcomes.filter((o) => o.status === 'failed');
  const noticed = state.outcomes.flatMap((o) =>
    (o.status === 'imported' || o.status === 'updated') && o.notices ? o.notices.map((n) => ({ source: o.source, ...n })) : [],
  );
  return (
    <section className="import-status" aria-live="polite">
      {state.running ? (
        <>
          <progress max={state.total} value={state.done} aria-label={t('library.import')} />
          <p>
            {t('importing.progress', { done: Math.min(state.done + 1, state.total), total: state.total, name: state.current })}
          </p>
          {state.pages && (
            <p className="import-pages">
              <progress max={state.pages.total} value={state.pages.done - 1} aria-label={t('importing.recognising')} />
              {t('importing.pages', { page: state.pages.done, pages: state.pages.total })}
            </p>
          )}
          <button type="button" className="button button-small" onClick={onCancel}>
            {t('importing.cancel')}
          </button>
        </>
      ) : (
        <>
          <p className="import-summary">
            {t('importing.summary', {
              imported: count('imported') + count('updated'),
              duplicate: count('duplicate'),
              failed: count('failed'),
            })}
            {state.ignored.length > 0 && ` ${t('importing.ignored', { count: state.ignored.length })}`}
            {state.cancelled > 0 && ` ${t('importing.cancelled', { count: state.cancelled })}`}
          </p>
          {failures.length > 0 && (
            <details open>
              <summary>{t('importing.failures')}</summary>
              <ul className="import-failures">
                {failures.map((o) => (
                  <li key={o.source}>
                    <strong>{o.source}</strong>：
                    {o.status === 'failed' && formatError(o.error.code, o.error.params, i18n.language as Locale)}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {noticed.length > 0 && (
            <details open>
              <summary>{t('importing.notices')}</summary>
              <ul className="import-notices">
                {noticed.map((n) => (
                  <li key={`${n.source}-${n.code}`}>
                    <strong>{n.source}</strong>：{formatError(n.code, n.params, i18n.language as Locale)}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <button type="button" className="button button-small" onClick={onDismiss}>
            {t('importing.dismiss')}
          </button>
        </>
      )}
    </section>
  );
}
