import { forwardRef, type KeyboardEvent, useEffect, useRef } from 'react';
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

  // The section being read stays in view in the outline as the reader moves on (the outline scrolls,
  // never the document).
  useEffect(() => {
    if (current === null) return;
    const active = list.current?.querySelector<HTMLElement>('[aria-current="location"]');
    const box = list.current?.closest<HTMLElement>('.outline');
    if (!active || !box) return;
    const top = active.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop) box.scrollTop = top - box.clientHeight / 4;
    else if (top + active.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = top + active.offsetHeight - (box.clientHeight * 3) / 4;
  }, [current]);

  /** ↑ / ↓ (and Home / End) move through the headings once the outline has the focus. */
  const onKeyDown = (event: KeyboardEvent) => {
    const links = [...(list.current?.querySelectorAll<HTMLElement>('a') ?? [])];
    const at = links.indexOf(document.activeElement as HTMLElement);
    const next =
      event.key === 'ArrowDown'
        ? Math.min(links.length - 1, at + 1)
        : event.key === 'ArrowUp'
          ? Math.max(0, at - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? links.length - 1
              : null;
    if (next === null || links.length === 0) return;
    event.preventDefault();
    event.stopPropagation();
    links[next]?.focus();
  };

  return (
    <nav ref={ref} className="outline" aria-label={t('reader.outline')} tabIndex={-1}>
      <h2 className="outline-title">{t('reader.outline')}</h2>
      {entries.length === 0 ? (
        <p className="outline-empty">{t('reader.outlineEmpty')}</p>
      ) : (
        <ol ref={list} onKeyDown={onKeyDown}>
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
