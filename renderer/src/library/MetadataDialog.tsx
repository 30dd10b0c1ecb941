import { Dialog } from 'radix-ui';
import { type FormEvent, type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiArgs } from '../../../shared/api.js';
import type { DocumentFields, DocumentSummary } from '../../../shared/library.js';
import { type FieldSource, GENRES, type Genre, isUncertain } from '../../../shared/policy.js';
import { useApi } from '../app/ApiContext.js';
import { useSourceName } from '../common/FieldSource.js';
import { useErrorMessage } from '../common/useErrorMessage.js';
import { EDITABLE_FIELDS, type EditableField, valueFromLine } from './line-to-field.js';
import { OpeningLines } from './OpeningLines.js';

interface Props {
  doc: DocumentFields;
  onClose: () => void;
  onSaved: (doc: DocumentSummary) => void;
}

type Values = Record<EditableField, string>;
type Changes = ApiArgs<'updateMetadata'>['changes'];

const valuesOf = (doc: DocumentFields): Values => ({
  title: doc.title,
  docNumber: doc.docNumber ?? '',
  issuer: doc.issuer ?? '',
  date: doc.date ?? '',
  genre: doc.genre ?? '',
});

/**
 * What saving sends: every field that changed, and every field that was inferred or not found,
 * since the user has now seen it (saving confirms it, so the document leaves 待核对).
 */
function changesOf(doc: DocumentFields, values: Values): Changes {
  const changes: Changes = {};
  const touched = (field: EditableField, value: string | null) => value !== doc[field] || isUncertain(doc.provenance[field]);
  const title = values.title.trim();
  if (touched('title', title)) changes.title = title;
  for (const field of ['docNumber', 'issuer', 'date'] as const) {
    const value = values[field].trim() || null;
    if (touched(field, value)) changes[field] = value;
  }
  const genre = (values.genre || null) as Genre | null;
  if (touched('genre', genre)) changes.genre = genre;
  return changes;
}

function FieldInput({
  field,
  value,
  source,
  isTarget,
  onChange,
  onFocus,
}: {
  field: EditableField;
  value: string;
  source: FieldSource;
  isTarget: boolean;
  onChange: (value: string) => void;
  onFocus: () => void;
}) {
  const { t } = useTranslation();
  const sourceName = useSourceName();
  const id = `metadata-${field}`;
  const common = {
    id,
    name: field,
    value,
    className: isTarget ? 'is-target' : undefined,
    'aria-describedby': `${id}-source`,
    onFocus,
  };
  return (
    <div className="form-row metadata-row">
      <label htmlFor={id}>{t(`metadata.fields.${field}`)}</label>
      {field === 'genre' ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('metadata.genreUnset')}</option>
          {GENRES.map((genre) => (
            <option key={genre} value={genre}>
              {genre}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          placeholder={field === 'date' ? t('metadata.datePlaceholder') : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <span
        id={`${id}-source`}
        className={`field-source source-${source}`}
        title={t('source.from', { source: sourceName(source) })}
      >
        {sourceName(source)}
      </span>
    </div>
  );
}

/**
 * Corrects the parsed metadata of a document beside its first lines, which fill the last focused
 * field when picked. Ctrl+Enter saves, Esc closes.
 */
export function MetadataDialog({ doc, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState<Values>(() => valuesOf(doc));
  const [target, setTarget] = useState<EditableField>('title');
  const [lines, setLines] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    api.openingLines({ id: doc.id }).then(
      (result) => live && setLines(result),
      (error: unknown) => {
        if (!live) return;
        setLines([]);
        setProblem(errorMessage(error));
      },
    );
    return () => {
      live = false;
    };
  }, [api, doc.id, errorMessage]);

  const pick = (line: string, append: boolean) => {
    const value = valueFromLine(target, line, values[target], append);
    if (value === null) return setProblem(t('metadata.noGenreInLine'));
    setProblem(null);
    setValues((v) => ({ ...v, [target]: value }));
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (values.title.trim() === '') return setProblem(t('metadata.titleRequired'));
    if (values.date.trim() !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(values.date.trim()))
      return setProblem(t('metadata.invalidDate'));
    setSaving(true);
    try {
      onSaved(await api.updateMetadata({ id: doc.id, changes: changesOf(doc, values) }));
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  const saveOnCtrlEnter = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <Dialog.Title className="dialog-title">{t('metadata.title')}</Dialog.Title>
          <Dialog.Description className="dialog-description">{t('metadata.description')}</Dialog.Description>
          <form onSubmit={save} onKeyDown={saveOnCtrlEnter} className="form">
            <div className="metadata-columns">
              <div className="metadata-fields">
                {EDITABLE_FIELDS.map((field) => (
                  <FieldInput
                    key={field}
                    field={field}
                    value={values[field]}
                    source={doc.provenance[field]}
                    isTarget={field === target}
                    onChange={(value) => setValues((v) => ({ ...v, [field]: value }))}
                    onFocus={() => setTarget(field)}
                  />
                ))}
                <p className="hint">{t('metadata.confirmHint')}</p>
              </div>
              <OpeningLines lines={lines} target={t(`metadata.fields.${target}`)} onPick={pick} />
            </div>
            {problem && (
              <p role="alert" className="form-error">
                {problem}
              </p>
            )}
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button" className="button" aria-keyshortcuts="Escape">
                  {t('metadata.cancel')}
                </button>
              </Dialog.Close>
              <button type="submit" className="button button-primary" disabled={saving} aria-keyshortcuts="Control+Enter">
                {t('metadata.save')}
                <span className="key-hint" aria-hidden="true">
                  Ctrl+Enter
                </span>
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
