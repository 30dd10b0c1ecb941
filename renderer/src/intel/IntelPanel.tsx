import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blockAt } from '../../../shared/document-layout.js';
import type { ForceReport } from '../../../shared/force.js';
import type { DepartmentSummary, DocumentRelations, Target } from '../../../shared/intel.js';
import type { DocumentSummary, ReaderDocument } from '../../../shared/library.js';
import { useApi } from '../app/ApiContext.js';
import type { Route } from '../app/routes.js';
import { Lineage } from '../force/Lineage.js';
import { useShownText } from '../script/ShownText.js';

interface Props {
  doc: ReaderDocument;
  relations: DocumentRelations | null;
  force: ForceReport | null;
  onJump: (block: number) => void;
  onNavigate: (route: Route) => void;
  onSetForce: () => void;
}

interface Loaded {
  targets: Target[];
  /** The departments this document gives tasks to, the busiest first. */
  departments: DepartmentSummary[];
  others: DocumentSummary[];
}

/** A section's heading with how many it holds, or that they are still being counted (never a 0 that is not one). */
function CountedHead({ count, label }: { count: number | undefined; label: 'intel.targets' | 'intel.ownDepartments' }) {
  const { t } = useTranslation();
  if (count !== undefined) return <h3 className="panel-subtitle">{t(label, { count })}</h3>;
  return (
    <>
      <h3 className="panel-subtitle">{t(`${label}Loading`)}</h3>
      <p className="panel-hint" aria-busy="true">
        {t('intel.analysing')}
      </p>
    </>
  );
}

/**
 * 政策要素: what the document cites and what cites it (its implementations, for a national one),
 * its quantitative goals, the departments it gives tasks to, and a way to compare it with another.
 */
export function IntelPanel({ doc, relations, force, onJump, onNavigate, onSetForce }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const phrase = useShownText();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [other, setOther] = useState('');

  useEffect(() => {
    let live = true;
    Promise.all([api.targets({ id: doc.id }), api.departments({ docId: doc.id }), api.listDocuments({})]).then(
      ([targets, overview, docs]) =>
        live && setLoaded({ targets, departments: overview.departments, others: docs.filter((d) => d.id !== doc.id) }),
      () => live && setLoaded({ targets: [], departments: [], others: [] }),
    );
    return () => {
      live = false;
    };
  }, [api, doc.id]);

  // Related documents first: those implementing the same policy, citing this one or cited by it.
  const candidates = useMemo(() => {
    const related = new Set([
      ...(relations?.siblings ?? []),
      ...(relations?.citedBy.map((d) => d.id) ?? []),
      ...(relations?.cites.flatMap((c) => (c.target ? [c.target.id] : [])) ?? []),
    ]);
    const rank = (d: DocumentSummary) => (related.has(d.id) ? 0 : 1);
    return [...(loaded?.others ?? [])].sort((a, b) => rank(a) - rank(b));
  }, [loaded, relations]);
  const chosen = other || candidates[0]?.id || '';

  // The same document cited twice is listed once, at its first citation.
  const cites = relations ? [...new Map(relations.cites.map((c) => [c.docNumber, c])).values()] : [];

  return (
    <aside className="annotations-panel intel-panel" aria-label={t('intel.panelTitle')}>
      <h2 className="panel-title">{t('intel.panelTitle')}</h2>

      {force && <Lineage report={force} doc={doc} onJump={onJump} onSet={onSetForce} />}

      <section aria-label={t('intel.cites', { count: cites.length })}>
        <h3 className="panel-subtitle">{t('intel.cites', { count: cites.length })}</h3>
        {relations && cites.length === 0 && <p className="panel-hint">{t('intel.citesNone')}</p>}
        <ul className="intel-list">
          {cites.map((c) => (
            <li key={c.docNumber}>
              <button type="button" className="link-button" onClick={() => onJump(blockAt(doc.blocks, c.start))}>
                《{phrase(c.title)}》{phrase(c.docNumber)}
              </button>
              {c.target ? (
                <a className="intel-open" href={`#/doc/${c.target.id}`}>
                  {t('intel.open')}
                </a>
              ) : (
                <span className="panel-hint">{t('intel.notInLibrary')}</span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h3 className="panel-subtitle">
          {relations?.national
            ? t('intel.implementedBy', { count: relations.citedBy.length })
            : t('intel.citedByThis', { count: relations?.citedBy.length ?? 0 })}
        </h3>
        {relations && relations.citedBy.length === 0 && <p className="panel-hint">{t('intel.citedByNone')}</p>}
        <ul className="intel-list">
          {relations?.citedBy.map((d) => (
            <li key={d.id}>
              <a href={`#/doc/${d.id}`}>{phrase(d.title)}</a>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <CountedHead count={loaded?.targets.length} label="intel.targets" />
        {loaded && loaded.targets.length === 0 && <p className="panel-hint">{t('intel.targetsNone')}</p>}
        {loaded && loaded.targets.length > 0 && (
          <table className="intel-targets">
            <thead>
              <tr>
                <th scope="col">{t('intel.year')}</th>
                <th scope="col">{t('intel.indicator')}</th>
                <th scope="col">{t('intel.value')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.targets.map((target) => (
                <tr key={target.start}>
                  <td>{target.year}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => onJump(blockAt(doc.blocks, target.start))}>
                      {phrase(target.indicator)}
                    </button>
                  </td>
                  <td>{phrase(target.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <CountedHead count={loaded?.departments.length} label="intel.ownDepartments" />
        {loaded && loaded.departments.length === 0 && <p className="panel-hint">{t('intel.ownDepartmentsNone')}</p>}
        <ul className="intel-list intel-departments">
          {loaded?.departments.map((d) => (
            <li key={d.name}>
              <a href={`#/departments?${new URLSearchParams({ name: d.name, doc: doc.id })}`}>{phrase(d.name)}</a>
              <span className="panel-count">{t('intel.taskCount', { count: d.tasks })}</span>
            </li>
          ))}
        </ul>
      </section>

      {candidates.length > 0 && (
        <section>
          <h3 className="panel-subtitle">{t('intel.compareWith')}</h3>
          <div className="intel-compare">
            <select value={chosen} onChange={(e) => setOther(e.target.value)} aria-label={t('intel.compareWith')}>
              {candidates.map((d) => (
                <option key={d.id} value={d.id}>
                  {phrase(d.title)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button-small"
              disabled={!chosen}
              onClick={() => onNavigate({ view: 'compare', a: doc.id, b: chosen })}
            >
              {t('intel.compare')}
            </button>
          </div>
        </section>
      )}
    </aside>
  );
}
