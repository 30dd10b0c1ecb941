import { useTranslation } from 'react-i18next';

/**
 * The document's first lines beside the metadata fields; picking one fills the field being
 * corrected (Shift appends, for a title over two lines). A mouse pick leaves the focus in the field.
 */
export function OpeningLines({
  lines,
  target,
  onPick,
}: {
  /** Null while loading. */
  lines: string[] | null;
  /** The name of the field a pick fills. */
  target: string;
  onPick: (line: string, append: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="opening-lines" aria-labelledby="opening-lines-title">
      <h3 id="opening-lines-title" className="opening-lines-title">
        {t('metadata.openingLines')}
      </h3>
      <p id="opening-lines-hint" className="hint">
        {t('metadata.pickHint', { field: target })}
      </p>
      <ol className="opening-lines-list" aria-busy={lines === null || undefined}>
        {lines?.map((line, i) => (
          // Lines can repeat (第N号 twice), and the list never changes while it is shown.
          <li key={i}>
            <button
              type="button"
              className="opening-line"
              title={line}
              aria-describedby="opening-lines-hint"
              onMouseDown={(event) => event.preventDefault()}
              onClick={(event) => onPick(line, event.shiftKey)}
            >
              {line}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
