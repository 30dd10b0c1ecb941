import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitedDocument } from '../../../shared/intel.js';
import { useApi } from '../app/ApiContext.js';
import { useSettings } from '../app/SettingsContext.js';
import { useErrorMessage } from '../common/useErrorMessage.js';
import { useShortcuts } from '../common/useShortcuts.js';
import { ViewHeader } from '../common/ViewHeader.js';
import { usePhrases } from '../script/ShownText.js';

/**
 * 引用关系: every document the library's policies cite, the most cited first, with the policies
 * that cite it — for a national document, its implementations, which can be compared side by side.
 */
export function CitationsView({ onBack, onCompare }: { onBack: () => void; onCompare: (a: string, b: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const errorMessage = useErrorMessage();
  const phrase = usePhrases(useSettings().settings.defaultScript);
  const [cited, setCited] = useState<CitedDocument[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.citations({}).then(
      (result) => live && setCited(result),
      (error: unknown) => live && setProblem(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [api, errorMessage]);

  useShortcuts({ escape: onBack });

  return (
    <main id="main" className="intel-view citations-view">
      <ViewHeader title={t('intel.citationsTitle')} onBack={onBack} />
      {problem && <p role="alert">{problem}</p>}
      {cited && cited.length === 0 && <p className="panel-empty">{t('intel.noCitations')}</p>}
      <ol className="citations-list">
        {cited?.map((c) => (
          <li key={c.docNumber} className="citation-entry">
            <h2 className="citation-title">
              {c.inLibrary ? <a href={`#/doc/${c.inLibrary}`}>《{phrase(c.title)}》</a> : <>《{phrase(c.title)}》</>}
              <span className="citation-number">{phrase(c.docNumber)}</span>
              <span className="badge">{c.inLibrary ? t('intel.inLibrary') : t('intel.notInLibrary')}</span>
            </h2>
            <p className="panel-subtitle">
              {c.national ? t('intel.implementations') : t('intel.citedBy')} ({c.citedBy.length})
            </p>
            <ol className="intel-list">
              {c.citedBy.map((d, i) => (
                <li key={d.id}>
                  <a href={`#/doc/${d.id}`}>{phrase(d.title)}</a>
                  {i > 0 && (
                    <button
                      type="button"
                      className="button button-small compare-first"
                      onClick={() => onCompare(c.citedBy[0]?.id ?? d.id, d.id)}
                      title={`${phrase(c.citedBy[0]?.title ?? '')} ⇄ ${phrase(d.title)}`}
                    >
                      {t('intel.compareWithFirst')}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </main>
  );
}
