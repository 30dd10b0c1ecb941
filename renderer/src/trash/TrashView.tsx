import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRASH_DAYS, type Trash, type TrashedAnnotation, type TrashedDocument } from '../../../shared/library.js';
import { useApi } from '../app/ApiContext.js';
import { useSettings } from '../app/SettingsContext.js';
import { ConfirmDialog } from '../common/ConfirmDialog.js';
import { useNotify } from '../common/Toasts.js';
import { useErrorMessage } from '../common/useErrorMessage.js';
import { useShortcuts } from '../common/useShortcuts.js';
import { ViewHeader } from '../common/ViewHeader.js';
import { usePhrases } from '../script/ShownText.js';
import { expiryDate, localTime } from './time.js';

type Entry = { kind: 'document'; item: TrashedDocument } | { kind: 'annotation'; item: TrashedAnnotation };
type Confirming = Entry | { kind: 'all' };

const keyOf = (entry: Entry) => `${entry.kind}:${entry.item.id}`;

/** The longest quote a confirmation repeats. */
const QUOTE_CHARS = 40;

/** When it was deleted, and when it goes for good. */
function Deleted({ at }: { at: string }) {
  const { t } = useTranslation();
  const expires = t('trash.expires', { date: expiryDate(at, TRASH_DAYS) });
  return (
    <>
      <time dateTime={at}>{localTime(at)}</time>
      <span className="trash-expires">{expires}</span>
    </>
  );
}

/**
 * 回收站: deleted documents (with the annotations that come back with them) and deleted annotations,
 * restorable for TRASH_DAYS. Rows take the keyboard: Enter or R restores, Delete removes for good
 * after asking, the arrows move between rows.
 */
export function TrashView({
  onBack,
  onOpenDocument,
  onOpenAnnotation,
}: {
  onBack: () => void;
  onOpenDocument: (id: string) => void;
  onOpenAnnotation: (docId: string, id: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  // Quotes and titles from many documents: shown in the default script, as in 全部批注.
  const phrase = usePhrases(useSettings().settings.defaultScript);
  const [trash, setTrash] = useState<Trash | null>(null);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const rows = useRef(new Map<string, HTMLElement>());
  const emptyNote = useRef<HTMLParagraphElement>(null);
  /** The row to focus once the list is read again after an action (null: the first there is). */
  const focusAfter = useRef<string | null | undefined>(undefined);
  const working = useRef(false);

  const load = useCallback(async () => {
    try {
      setTrash(await api.trash({}));
    } catch (error) {
      notify({ message: errorMessage(error) });
    }
  }, [api, notify, errorMessage]);
  useEffect(() => {
    void load();
  }, [load]);
  // Another window or the command line may have restored or deleted something meanwhile.
  useEffect(() => {
    const onFocus = () => void load();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [load]);

  const entries = useMemo<Entry[]>(
    () =>
      trash
        ? [
            ...trash.documents.map((item): Entry => ({ kind: 'document', item })),
            ...trash.annotations.map((item): Entry => ({ kind: 'annotation', item })),
          ]
        : [],
    [trash],
  );
  const total = entries.length;

  useEffect(() => {
    if (!trash || focusAfter.current === undefined) return;
    const key = focusAfter.current;
    focusAfter.current = undefined;
    const row = (key && rows.current.get(key)) || rows.current.values().next().value;
    (row ?? emptyNote.current)?.focus();
  }, [trash]);

  /** Runs an action on the 回收站, then reads it again (restoring a document can bring back annotations deleted before it). */
  const perform = useCallback(
    async (entry: Entry | null, run: () => Promise<void>) => {
      if (working.current) return;
      working.current = true;
      const keys = entries.map(keyOf);
      const at = entry ? keys.indexOf(keyOf(entry)) : -1;
      try {
        await run();
        focusAfter.current = entry ? (keys[at + 1] ?? keys[at - 1] ?? null) : null;
      } catch (error) {
        notify({ message: errorMessage(error) });
        focusAfter.current = entry ? keyOf(entry) : undefined;
      } finally {
        working.current = false;
      }
      await load();
    },
    [entries, load, notify, errorMessage],
  );

  const restore = (entry: Entry) =>
    perform(entry, async () => {
      if (entry.kind === 'document') {
        const { id, title } = entry.item;
        await api.restoreDocument({ id });
        notify({
          message: t('trash.restoredDocument', { title }),
          action: { label: t('trash.open'), run: () => onOpenDocument(id) },
        });
      } else {
        const { id, docId, docTitle } = entry.item;
        await api.restoreAnnotation({ id });
        notify({
          message: t('trash.restoredAnnotation', { title: phrase(docTitle) }),
          action: { label: t('trash.open'), run: () => onOpenAnnotation(docId, id) },
        });
      }
    });

  const removeForever = (entry: Entry) =>
    perform(entry, async () => {
      const { removed } = await api.emptyTrash(
        entry.kind === 'document' ? { documents: [entry.item.id] } : { annotations: [entry.item.id] },
      );
      notify({ message: removed > 0 ? t('trash.deletedForever') : t('trash.gone') });
    });

  const emptyAll = () =>
    perform(null, async () => {
      if (!trash) return;
      // What the user saw and agreed to, not whatever another window deleted since.
      const { removed } = await api.emptyTrash({
        documents: trash.documents.map((d) => d.id),
        annotations: trash.annotations.map((a) => a.id),
      });
      notify({ message: t('trash.emptied', { count: removed }) });
    });

  const onRowKeyDown = (event: KeyboardEvent<HTMLElement>, entry: Entry) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const keys = entries.map(keyOf);
    const at = keys.indexOf(keyOf(entry));
    const moveTo = (index: number) => rows.current.get(keys[Math.max(0, Math.min(keys.length - 1, index))] ?? '')?.focus();
    switch (event.key) {
      case 'Enter':
      case 'r':
      case 'R':
        void restore(entry);
        break;
      case 'Delete':
      case 'Backspace':
        setConfirming(entry);
        break;
      case 'ArrowDown':
        moveTo(at + 1);
        break;
      case 'ArrowUp':
        moveTo(at - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(keys.length - 1);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const rowProps = (entry: Entry) => ({
    ref: (element: HTMLElement | null) => {
      if (element) rows.current.set(keyOf(entry), element);
      else rows.current.delete(keyOf(entry));
    },
    tabIndex: 0,
    'aria-keyshortcuts': 'Enter R Delete',
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => onRowKeyDown(event, entry),
  });

  const actions = (entry: Entry, name: string) => (
    <td className="cell-actions">
      <button
        type="button"
        className="button button-small"
        onClick={() => void restore(entry)}
        aria-label={`${t('trash.restore')}：${name}`}
      >
        {t('trash.restore')}
      </button>
      <button
        type="button"
        className="button button-small button-danger"
        onClick={() => setConfirming(entry)}
        aria-label={`${t('trash.deleteForever')}：${name}`}
      >
        {t('trash.deleteForever')}
      </button>
    </td>
  );

  useShortcuts({ escape: onBack });

  return (
    <main id="main" className="trash-view">
      <ViewHeader title={t('trash.title')} onBack={onBack}>
        {trash && (
          <p className="library-count" aria-live="polite">
            {t('trash.count', { count: total })}
          </p>
        )}
        <button
          type="button"
          className="button button-danger trash-empty"
          disabled={total === 0}
          onClick={() => setConfirming({ kind: 'all' })}
        >
          {t('trash.emptyTrash')}
        </button>
      </ViewHeader>
      <p className="trash-rule">
        {t('trash.rule', { days: TRASH_DAYS })}
        {total > 0 && <span className="hint">{t('trash.keys')}</span>}
      </p>

      {trash && total === 0 && (
        <p className="empty" ref={emptyNote} tabIndex={-1}>
          {t('trash.nothing')}
        </p>
      )}

      {trash && trash.documents.length > 0 && (
        <section aria-labelledby="trash-documents">
          <h2 id="trash-documents" className="trash-section">
            {t('trash.documents', { count: trash.documents.length })}
          </h2>
          <table className="library-table trash-table">
            <thead>
              <tr>
                <th scope="col">{t('library.columns.title')}</th>
                <th scope="col">{t('trash.columns.source')}</th>
                <th scope="col">{t('trash.columns.deletedAt')}</th>
                <th scope="col">{t('trash.columns.annotations')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('library.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {trash.documents.map((doc) => {
                const entry: Entry = { kind: 'document', item: doc };
                return (
                  <tr key={doc.id} data-doc-id={doc.id} {...rowProps(entry)}>
                    <td className="cell-title">
                      <span className="trash-title">{doc.title}</span>
                    </td>
                    <td className="cell-source">
                      {doc.docNumber && <span className="trash-number">{doc.docNumber}</span>}
                      {doc.issuer && <span className="trash-issuer">{doc.issuer}</span>}
                      {!doc.docNumber && !doc.issuer && '—'}
                    </td>
                    <td className="cell-deleted">
                      <Deleted at={doc.deletedAt} />
                    </td>
                    <td className="cell-annotations" title={t('trash.annotationsHint')}>
                      {doc.annotations > 0 ? t('trash.annotationCount', { count: doc.annotations }) : '—'}
                    </td>
                    {actions(entry, doc.title)}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}

      {trash && trash.annotations.length > 0 && (
        <section aria-labelledby="trash-annotations">
          <h2 id="trash-annotations" className="trash-section">
            {t('trash.annotations', { count: trash.annotations.length })}
          </h2>
          <table className="library-table trash-table">
            <thead>
              <tr>
                <th scope="col">{t('trash.columns.quote')}</th>
                <th scope="col">{t('trash.columns.document')}</th>
                <th scope="col">{t('trash.columns.deletedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('library.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {trash.annotations.map((annotation) => {
                const entry: Entry = { kind: 'annotation', item: annotation };
                return (
                  <tr key={annotation.id} data-annotation-id={annotation.id} {...rowProps(entry)}>
                    <td className="cell-quote">
                      <span className="trash-quote">{phrase(annotation.exact)}</span>
                      {annotation.note && <span className="trash-note">{annotation.note}</span>}
                    </td>
                    <td className="cell-document">《{phrase(annotation.docTitle)}》</td>
                    <td className="cell-deleted">
                      <Deleted at={annotation.deletedAt} />
                    </td>
                    {actions(entry, shorten(phrase(annotation.exact)))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}

      {confirming && (
        <ConfirmDialog
          {...confirmation(confirming, total, t, phrase)}
          onConfirm={() => void (confirming.kind === 'all' ? emptyAll() : removeForever(confirming))}
          onClose={() => setConfirming(null)}
        />
      )}
    </main>
  );
}

function shorten(text: string): string {
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text;
}

/** What the confirmation asks, for one row or for the whole 回收站. */
function confirmation(
  confirming: Confirming,
  total: number,
  t: ReturnType<typeof useTranslation>['t'],
  phrase: (text: string) => string,
): { title: string; description: string; confirmLabel: string } {
  if (confirming.kind === 'all') {
    return {
      title: t('trash.confirmEmpty'),
      description: t('trash.confirmEmptyText', { count: total }),
      confirmLabel: t('trash.emptyTrash'),
    };
  }
  if (confirming.kind === 'document') {
    const { title, annotations } = confirming.item;
    return {
      title: t('trash.confirmDocument', { title }),
      description: annotations > 0 ? t('trash.confirmDocumentNotes', { count: annotations }) : t('trash.confirmDocumentText'),
      confirmLabel: t('trash.deleteForever'),
    };
  }
  return {
    title: t('trash.confirmAnnotation'),
    description: t('trash.confirmAnnotationText', { quote: shorten(phrase(confirming.item.exact)) }),
    confirmLabel: t('trash.deleteForever'),
  };
}
