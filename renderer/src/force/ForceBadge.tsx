import { useTranslation } from 'react-i18next';
import type { ForceSummary } from '../../../shared/force.js';
import { forceLabel } from './labels.js';

/** A document's status as a small label, its reason on hover; marked when set by hand. */
export function ForceBadge({ force }: { force: ForceSummary }) {
  const { t, i18n } = useTranslation();
  const label = forceLabel(force.status, i18n.language);
  const reason = [
    force.since && t('force.since', { date: force.since }),
    force.by && `${force.by.title}${force.by.docNumber ? `（${force.by.docNumber}）` : ''}`,
    force.source === 'user' && t('force.byHand'),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <span className={`force-badge force-${force.status}`} data-source={force.source} title={reason || undefined}>
      {label}
      {force.source === 'user' && <span aria-hidden="true">*</span>}
    </span>
  );
}
