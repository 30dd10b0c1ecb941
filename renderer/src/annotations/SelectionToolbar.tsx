import { Popover, Toolbar } from 'radix-ui';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations.js';
import { useColorNames } from './useColorNames.js';

interface Props {
  anchor: RefObject<{ getBoundingClientRect(): DOMRect } | null>;
  open: boolean;
  onHighlight: (color: HighlightColor) => void;
  onUnderline: () => void;
  onNote: () => void;
  onCopy: () => void;
  onClose: () => void;
}

/** The small toolbar over a selection: a colour for each meaning, underline, note, copy. */
export function SelectionToolbar({ anchor, open, onHighlight, onUnderline, onNote, onCopy, onClose }: Props) {
  const { t } = useTranslation();
  const colorName = useColorNames();
  return (
    <Popover.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        <Popover.Content
          className="selection-toolbar"
          side="top"
          sideOffset={8}
          onOpenAutoFocus={(event) => event.preventDefault()}
          onCloseAutoFocus={(event) => event.preventDefault()}
          aria-label={t('annotations.toolbar')}
        >
          <Toolbar.Root className="toolbar" aria-label={t('annotations.toolbar')}>
            {HIGHLIGHT_COLORS.map((color) => (
              <Toolbar.Button
                key={color}
                className={`swatch swatch-${color}`}
                onClick={() => onHighlight(color)}
                aria-label={t('annotations.highlightAs', { name: colorName(color) })}
                title={colorName(color)}
              >
                <span aria-hidden="true">{colorName(color)}</span>
              </Toolbar.Button>
            ))}
            <Toolbar.Separator className="toolbar-separator" />
            <Toolbar.Button className="toolbar-button" onClick={onUnderline}>
              {t('annotations.underline')}
            </Toolbar.Button>
            <Toolbar.Button className="toolbar-button" onClick={onNote}>
              {t('annotations.addNote')}
            </Toolbar.Button>
            <Toolbar.Button className="toolbar-button" onClick={onCopy}>
              {t('annotations.copy')}
            </Toolbar.Button>
          </Toolbar.Root>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
