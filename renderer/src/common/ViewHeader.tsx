import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The head of a view opened from the library: back (Esc), the view's title, then whatever the view adds. */
export function ViewHeader({ title, onBack, children }: { title: string; onBack: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <header className="library-header">
      <button type="button" className="button" onClick={onBack} aria-keyshortcuts="Escape">
        ← {t('reader.back')}
      </button>
      <h1>{title}</h1>
      {children}
    </header>
  );
}
