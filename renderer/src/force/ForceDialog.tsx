import { Dialog } from 'radix-ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_NOTE_CHARS } from '../../../shared/annotations.js';
import { FORCE_STATUSES, type ForceReport, type ForceStatus } from '../../../shared/force.js';
import { useApi } from '../app/ApiContext.js';
import { useNotify } from '../common/Toasts.js';
import { useErrorMessage } from '../common/useErrorMessage.js';
import { forceLabel } from './labels.js';

interface Props {
  doc: { id: string; title: string };
  report: ForceReport | null;
  onClose: () => void;
  onSaved: (report: ForceReport) => void;
}

/** Sets a document's status by hand, with a note — or goes back to what the documents say. */
export function ForceDialog({ doc, report, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [status, setStatus] = useState<ForceStatus | ''>(report?.manual?.status ?? '');
  const [note, setNote] = useState(report?.manual?.note ?? '');
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const saved = await api.setForceStatus({ id: doc.id, status: status || null, note: note.trim() });
      onSaved(saved);
      notify({ message: t('force.saved') });
      onClose();
    } catch (error) {
      notify({ message: errorMessage(error) });
      setBusy(false);
    }
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && !busy && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog-title">{t('force.setTitle', { title: doc.title })}</Dialog.Title>
          <Dialog.Description className="dialog-description">{t('force.setHint')}</Dialog.Description>
          <form onSubmit={save} className="force-form">
            <label>
              {t('force.column')}
              <select value={status} onChange={(e) => setStatus(e.target.value as ForceStatus | '')}>
                <option value="">
                  {t('force.fromText')}
                  {report && report.source !== 'user' ? `（${forceLabel(report.status, i18n.language)}）` : ''}
                </option>
                {FORCE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {forceLabel(s, i18n.language)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('force.note')}
              <textarea
                value={note}
                maxLength={MAX_NOTE_CHARS}
                rows={3}
                disabled={!status}
                onChange={(e) => setNote(e.target.value)}
              />
            </label>
            <div className="dialog-actions">
              <Dialog.Close className="button" disabled={busy}>
                {t('confirm.cancel')}
              </Dialog.Close>
              <button type="submit" className="button button-primary" disabled={busy}>
                {t('force.save')}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
