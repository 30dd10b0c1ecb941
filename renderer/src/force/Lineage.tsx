import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { blockAt } from '../../../shared/document-layout.js';
import type { ClauseSpan, ForceReport } from '../../../shared/force.js';
import type { ReaderDocument } from '../../../shared/library.js';
import { useShownText } from '../script/ShownText.js';
import { evidenceHref } from './ForceBanner.js';
import { forceLabel } from './labels.js';

interface Entry {
  date: string | null;
  key: string;
  content: ReactNode;
}

/**
 * 沿革: what this document replaced or amended, when it took effect and ends, and what later
 * documents of the library did to it — one timeline, oldest first, each entry a link to its sentence.
 */
export function Lineage({
  report,
  doc,
  onJump,
  onSet,
}: {
  report: ForceReport;
  doc: Pick<ReaderDocument, 'blocks'>;
  onJump: (block: number) => void;
  onSet: () => void;
}) {
  const { t, i18n } = useTranslation();
  const phrase = useShownText();
  const named = (title: string | null, docNumber: string | null) =>
    `${title ? `《${phrase(title)}》` : ''}${docNumber ? `（${phrase(docNumber)}）` : ''}`;
  const jump = (start: number) => () => onJump(blockAt(doc.blocks, start));
  const entries: Entry[] = [];
  report.actsOn.forEach((clause, c) => {
    clause.targets.forEach((target, i) => {
      const found = clause.resolved[i];
      entries.push({
        date: report.effective.date,
        key: `on-${c}-${i}`,
        content: (
          <>
            <button type="button" className="link-button" onClick={jump(clause.start)}>
              {t(`force.actsOn.${clause.relation}`)}
              {clause.partial && t('force.partial')}
            </button>{' '}
            {found ? (
              <a href={`#/doc/${found.id}`}>{named(target.title, target.docNumber)}</a>
            ) : (
              named(target.title, target.docNumber)
            )}
            {!found && <span className="panel-hint"> {t('force.notInLibrary')}</span>}
          </>
        ),
      });
    });
  });
  /** This document's own date (its 施行, the end of its term), a link to its clause where it states one. */
  const own = (key: string, date: string | null, clause: ClauseSpan | null, label: string) => {
    if (!date) return;
    const content = clause ? (
      <button type="button" className="link-button" onClick={jump(clause.start)}>
        {label}
      </button>
    ) : (
      label
    );
    entries.push({ date, key, content });
  };
  own('effective', report.effective.date, report.effective.clause, t('force.thisEffective'));
  report.actedOnBy.forEach((event, i) => {
    entries.push({
      date: event.date,
      key: `by-${i}`,
      content: (
        <>
          {t(`force.actedOn.${event.kind}`)}
          {event.partial && t('force.partial')} <a href={evidenceHref(event)}>{named(event.by.title, event.by.docNumber)}</a>
        </>
      ),
    });
  });
  own('expires', report.expires.date, report.expires.clause, t('force.thisExpires'));
  entries.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const related = report.actsOn.length + report.actedOnBy.length > 0;
  return (
    <section aria-label={t('force.lineage')}>
      <h3 className="panel-subtitle">
        {t('force.lineage')} · {forceLabel(report.status, i18n.language)}
        {report.source === 'user' && `（${t('force.byHand')}）`}
      </h3>
      {!related && <p className="panel-hint">{t('force.lineageNone')}</p>}
      <ol className="force-lineage">
        {entries.map((entry) => (
          <li key={entry.key}>
            <time>{entry.date ?? '—'}</time> {entry.content}
          </li>
        ))}
      </ol>
      <button type="button" className="button button-small" onClick={onSet}>
        {t('force.set')}
      </button>
    </section>
  );
}
