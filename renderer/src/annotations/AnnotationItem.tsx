import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/annotations.js';
import { useShownText } from '../script/ShownText.js';
import { useColorNames } from './useColorNames.js';

/** One annotation in a list: colour, quote, note, tags and date; the whole item opens it. */
export function AnnotationItem({
  annotation,
  documentTitle,
  onOpen,
}: {
  annotation: Annotation;
  documentTitle?: string;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const colorName = useColorNames();
  const shownText = useShownText();
  return (
    <li className="annotation-item">
      <button type="button" className={`annotation-open border-${annotation.color}`} onClick={onOpen}>
        {documentTitle && <span className="annotation-doc">{shownText(documentTitle)}</span>}
        <span className="annotation-item-quote">{shownText(annotation.exact)}</span>
        {annotation.note && <span className="annotation-item-note">{annotation.note}</span>}
        <span className="annotation-item-meta">
          <span className={`dot dot-${annotation.color}`} aria-hidden="true" />
          {colorName(annotation.color)}
          {annotation.kind === 'underline' && ` · ${t('annotations.underline')}`}
          {annotation.tags.map((tag) => ` #${tag}`).join('')}
          {' · '}
          <time dateTime={annotation.updatedAt}>{annotation.updatedAt.slice(0, 10)}</time>
        </span>
      </button>
    </li>
  );
}
