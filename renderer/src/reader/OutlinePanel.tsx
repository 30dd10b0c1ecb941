import { forwardRef, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from '../../../shared/document-layout.js';

interface Props {
  entries: OutlineEntry[];
  current: number | null;
  onJump: (index: number) => void;
}

/** 目录: the document's headings; the section being read is marked and kept in view. */
export const OutlinePanel = forwardRef<HTMLElement, Props>(function OutlinePanel({ entries, current, onJump }, ref) {
  const { t } = useTranslation();
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const active = list.current?.querySelector<HTMLElement>('[aria-current="location"]');
    active?.scrollIntoView({ block: 'nearest' });
  }, []);

  return (
    <nav ref={ref} className="outline" aria-label={t('reader.outline')} tabIndex={-1}>
      <h2 className="outline-title">{t('reader.outline')}</h2>
      {entries.length === 0 ? (
        <p className="outline-empty">{t('reader.outlineEmpty')}</p>
      ) : (
        <ol ref={list}>
          {entries.map((entry) => (
            <li key={entry.index} className={`outline-level-${entry.level}`}>
              <a
                href={`#b-${entry.index}`}
                aria-current={entry.index === current ? 'location' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  onJump(entry.index);
                }}
              >
                {entry.text}
              </a>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
});
