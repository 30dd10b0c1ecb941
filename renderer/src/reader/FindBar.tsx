import { type RefObject, startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** 在文中查找: the query, "3/17", previous and next, close. Enter / Shift+Enter step, Escape closes. */
export function FindBar({
  input,
  query,
  current,
  total,
  onQuery,
  onStep,
  onClose,
}: {
  input: RefObject<HTMLInputElement | null>;
  query: string;
  current: number;
  total: number;
  onQuery: (query: string) => void;
  onStep: (direction: 1 | -1) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [input]);
  // The box answers each keystroke at once; the document is searched in a transition behind it, so
  // typing into a 2 M-character compilation never waits on the reader to draw its marks.
  // (The bar opens with the query it had, or the search hit's; only the box changes it after.)
  const [text, setText] = useState(query);
  const counter = query.trim() ? (total === 0 ? t('find.none') : t('find.counter', { current: current + 1, total })) : '';
  return (
    <search className="find-bar" aria-label={t('find.label')}>
      <input
        ref={input}
        type="search"
        value={text}
        placeholder={t('find.placeholder')}
        aria-label={t('find.label')}
        aria-keyshortcuts="Control+F"
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          startTransition(() => onQuery(next));
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            onStep(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onClose();
          }
        }}
      />
      <output className="find-counter" aria-live="polite">
        {counter}
      </output>
      <button
        type="button"
        className="button button-small"
        onClick={() => onStep(-1)}
        disabled={total === 0}
        aria-label={t('find.previous')}
      >
        ↑
      </button>
      <button
        type="button"
        className="button button-small"
        onClick={() => onStep(1)}
        disabled={total === 0}
        aria-label={t('find.next')}
      >
        ↓
      </button>
      <button type="button" className="button button-small" onClick={onClose} aria-label={t('find.close')}>
        ×
      </button>
    </search>
  );
}
