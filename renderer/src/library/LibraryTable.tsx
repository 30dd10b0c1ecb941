import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/library.js';
import type { LibrarySortKey } from '../../../shared/settings.js';
import { FieldValue } from '../common/FieldSource.js';
import { ForceBadge } from '../force/ForceBadge.js';
import type { LibrarySort } from './filters.js';

interface Props {
  docs: DocumentSummary[];
  sort: LibrarySort;
  onSort: (sort: LibrarySort) => void;
  onOpen: (doc: DocumentSummary) => void;
  onEdit: (doc: DocumentSummary) => void;
  onDelete: (doc: DocumentSummary) => void;
}

export function ScriptBadge({ script }: { script: DocumentSummary['script'] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-${script}`} title={t(`script.${script}Long`)}>
      <span aria-hidden="true">{t(`script.${script}`)}</span>
      <span className="visually-hidden">{t(`script.${script}Long`)}</span>
    </span>
  );
}

function SortHeader({ column, sort, onSort }: { column: LibrarySortKey; sort: LibrarySort; onSort: Props['onSort'] }) {
  const { t } = useTranslation();
  const active = sort.key === column;
  const label = t(`library.columns.${column}`);
  return (
    <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        className="sort-button"
        aria-label={t('library.sortBy', { column: label })}
        onClick={() => onSort({ key: column, descending: active ? !sort.descending : column === 'date' })}
      >
        {label}
        <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

export function LibraryTable({ docs, sort, onSort, onOpen, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  return (
    <table className="library-table">
      <thead>
        <tr>
          <SortHeader column="title" sort={sort} onSort={onSort} />
          <SortHeader column="issuer" sort={sort} onSort={onSort} />
          <th scope="col">{t('library.columns.docNumber')}</th>
          <SortHeader column="date" sort={sort} onSort={onSort} />
          <th scope="col">{t('force.column')}</th>
          <th scope="col">{t('library.columns.genre')}</th>
          <th scope="col">{t('library.columns.script')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('library.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {docs.map((doc) => (
          <tr key={doc.id} data-doc-id={doc.id}>
            <td className="cell-title">
              <FieldValue source={doc.provenance.title}>
                <a
                  href={`#/doc/${doc.id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(doc);
                  }}
                >
                  {doc.title}
                </a>
              </FieldValue>
            </td>
            <td className="cell-issuer">
              <FieldValue source={doc.provenance.issuer}>{doc.issuer}</FieldValue>
            </td>
            <td className="cell-number">
              <FieldValue source={doc.provenance.docNumber}>{doc.docNumber}</FieldValue>
            </td>
            <td className="cell-date">
              <FieldValue source={doc.provenance.date}>{doc.date}</FieldValue>
            </td>
            <td className="cell-force">
              <ForceBadge force={doc.force} />
            </td>
            <td className="cell-genre">
              <FieldValue source={doc.provenance.genre}>{doc.genre}</FieldValue>
            </td>
            <td>
              <ScriptBadge script={doc.script} />
            </td>
            <td className="cell-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() => onEdit(doc)}
                aria-label={`${t('library.edit')}：${doc.title}`}
              >
                {t('library.edit')}
              </button>
              <button
                type="button"
                className="button button-small button-danger"
                onClick={() => onDelete(doc)}
                aria-label={`${t('library.delete')}：${doc.title}`}
              >
                {t('library.delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
