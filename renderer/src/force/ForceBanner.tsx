import type { ReactElement, ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { dayInWords } from '../../../shared/dates.js';
import { blockAt } from '../../../shared/document-layout.js';
import type { ClauseSpan, ForceEvent, ForceReport } from '../../../shared/force.js';
import type { ReaderDocument } from '../../../shared/library.js';
import { useShownText } from '../script/ShownText.js';
import { forceLabel } from './labels.js';

interface Props {
  report: ForceReport;
  doc: Pick<ReaderDocument, 'blocks'>;
  /** Scrolls this document to a block and marks it. */
  onJump: (block: number) => void;
  onSet: () => void;
}

/** Where a later document's sentence is: that document, opened at the sentence's block. */
export function evidenceHref(event: Pick<ForceEvent, 'by' | 'evidence'>): string {
  return event.evidence.block === null ? `#/doc/${event.by.id}` : `#/doc/${event.by.id}?b=${event.evidence.block}`;
}

/** A link whose words the translation supplies (Trans fills in its children). */
function Linked({ href, children }: { href: string; children?: ReactNode }) {
  return <a href={href}>{children}</a>;
}

/** What decided the status, in words: a later document that acted on this one, or its own clauses. */
function Reason({ report, doc, onJump }: Omit<Props, 'onSet'>) {
  const { i18n } = useTranslation();
  const phrase = useShownText();
  const day = (iso: string) => dayInWords(iso, i18n.language);
  const own = (clause: ClauseSpan | null): ReactElement =>
    clause ? (
      <button type="button" className="link-button" onClick={() => onJump(blockAt(doc.blocks, clause.start))} />
    ) : (
      <span />
    );
  if (report.source === 'user') {
    return <>{i18n.t('force.manual', { status: forceLabel(report.status, i18n.language) })}</>;
  }
  const event = report.by && report.actedOnBy.filter((e) => e.by.id === report.by?.id).at(-1);
  if (event) {
    const key = report.status === 'partlyVoid' ? 'partly' : event.kind;
    const title = `《${phrase(event.by.title)}》${event.by.docNumber ? `（${phrase(event.by.docNumber)}）` : ''}`;
    return (
      <Trans
        i18nKey={event.date ? `force.${key}` : `force.${key}Undated`}
        values={{ date: event.date ? day(event.date) : '', title }}
        components={{ when: <Linked href={evidenceHref(event)} />, doc: <Linked href={evidenceHref(event)} /> }}
      />
    );
  }
  if (report.source === 'table' && report.table) return <>{i18n.t('force.table', { value: report.table })}</>;
  if (report.status === 'expired' && report.expires.date) {
    return (
      <Trans
        i18nKey="force.expired"
        values={{ date: day(report.expires.date) }}
        components={{ clause: own(report.expires.clause) }}
      />
    );
  }
  if (report.status === 'pending' && report.effective.date) {
    const date = day(report.effective.date);
    if (!report.effective.clause) return <>{i18n.t('force.pendingUnwritten', { date })}</>;
    return <Trans i18nKey="force.pending" values={{ date }} components={{ clause: own(report.effective.clause) }} />;
  }
  if (report.status === 'inForce' && report.expires.date) {
    return (
      <Trans
        i18nKey="force.inForceUntil"
        values={{ date: day(report.expires.date) }}
        components={{ clause: own(report.expires.clause) }}
      />
    );
  }
  return null;
}

/**
 * The banner over a document that is not simply in force (or runs to a stated end): what it is,
 * since when and by which document, each part a link to the sentence that says so.
 */
export function ForceBanner({ report, doc, onJump, onSet }: Props) {
  const { t, i18n } = useTranslation();
  const shown = report.status !== 'inForce' || report.expires.date || report.provisional || report.source === 'user';
  if (!shown) return null;
  return (
    <aside className={`force-banner force-${report.status}`} aria-label={t('force.column')} data-status={report.status}>
      <strong className="force-banner-status">
        {forceLabel(report.status, i18n.language)}
        {report.provisional && <span className="force-provisional">（{t(`force.provisional.${report.provisional}`)}）</span>}
      </strong>
      <span className="force-banner-reason">
        <Reason report={report} doc={doc} onJump={onJump} />
        {report.manual?.note && <span className="force-note">{report.manual.note}</span>}
      </span>
      <button type="button" className="button button-small" onClick={onSet}>
        {t('force.set')}
      </button>
    </aside>
  );
}
