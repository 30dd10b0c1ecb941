import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations.js';
import { useColorNames } from './useColorNames.js';

export interface AnnotationFilterValues {
  color: HighlightColor | null;
  tag: string | null;
  text: string;
}

export const NO_ANNOTATION_FILTERS: AnnotationFilterValues = { color: null, tag: null, text: '' };

/** Colour, tag and text filters, shared by the document's panel and the library-wide view. */
export function AnnotationFilters({
  value,
  tags,
  onChange,
}: {
  value: AnnotationFilterValues;
  tags: string[];
  onChange: (value: AnnotationFilterValues) => void;
}) {
  const { t } = useTranslation();
  const colorName = useColorNames();
  return (
    <search className="annotation-filters">
      <input
        type="search"
        placeholder={t('annotations.filterText')}
        aria-label={t('annotations.filterText')}
        value={value.text}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
      />
      <select
        aria-label={t('annotations.color')}
        value={value.color ?? ''}
        onChange={(e) => onChange({ ...value, color: (e.target.value || null) as HighlightColor | null })}
      >
        <option value="">{t('annotations.allColors')}</option>
        {HIGHLIGHT_COLORS.map((color) => (
          <option key={color} value={color}>
            {colorName(color)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('annotations.tags')}
        value={value.tag ?? ''}
        onChange={(e) => onChange({ ...value, tag: e.target.value || null })}
      >
        <option value="">{t('annotations.allTags')}</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            #{tag}
          </option>
        ))}
      </select>
    </search>
  );
}

export function matchesFilters(
  a: { color: HighlightColor; tags: string[]; exact: string; note: string },
  f: AnnotationFilterValues,
): boolean {
  const text = f.text.trim();
  return (
    (f.color === null || a.color === f.color) &&
    (f.tag === null || a.tags.includes(f.tag)) &&
    (text === '' || a.exact.includes(text) || a.note.includes(text))
  );
}
