import { Dialog } from 'radix-ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/library.js';
import { useApi } from '../app/ApiContext.js';
import { useErrorMessage } from '../common/useErrorMessage.js';

interface Props {
  doc: DocumentSummary;
  onClose: () => void;
  onSaved: (doc: DocumentSummary) => void;
}

const FIELDS = ['title', 'issuer', 'date', 'docNumber'] as const;
type Field = (typeof FIELDS)[number];

/** Corrects the parsed metadata of a document; only the fields that changed are sent. */
export function MetadataDialog({ doc, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState<Record<Field, string>>({
    title: doc.title,
    issuer: doc.issuer ?? '',
    date: doc.date ?? '',
    docNumber: doc.docNumber ?? '',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (values.title.trim() === '') return setProblem(t('metadata.titleRequired'));
    if (values.date.trim() !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(values.date.trim()))
      return setProblem(t('metadata.invalidDate'));
    const changes: { title?: string; issuer?: string | null; date?: string | null; docNumber?: string | null } = {};
    if (values.title.trim() !== doc.title) changes.title = values.title.trim();
    for (const field of ['issuer', 'date', 'docNumber'] as const) {
      const value = values[field].trim() === '' ? null : values[field].trim();
      if (value !== doc[field]) changes[field] = value;
    }
    setSaving(true);
    try {
      onSaved(await api.updateMetadata({ id: doc.id, changes }));
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog-title">{t('metadata.title')}</Dialog.Title>
          <Dialog.Description className="dialog-description">{t('metadata.description')}</Dialog.Description>
          <form onSubmit={save} className="form">
            {FIELDS.map((field) => (
              <label key={field} className="form-row">
                <span>{t(`metadata.fields.${field}`)}</span>
                <input
                  name={field}
                  value={values[field]}
                  placeholder={field === 'date' ? t('metadata.datePlaceholder') : undefined}
                  onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
                />
              </label>
            ))}
            {problem && (
              <p role="alert" className="form-error">
                {problem}
              </p>
            )}
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button" className="button">
                  {t('metadata.cancel')}
                </button>
              </Dialog.Close>
              <button type="submit" className="button button-primary" disabled={saving}>
                {t('metadata.save')}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
