import { Popover } from 'radix-ui';
import { type KeyboardEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Annotation, type AnnotationKind, HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations.js';
import { Choice } from '../common/Choice.js';
import { useShownText } from '../script/ShownText.js';
import type { AnnotationActions } from './useAnnotations.js';
import { useColorNames } from './useColorNames.js';

interface Props {
  annotation: Annotation;
  anchor: RefObject<{ getBoundingClientRect(): DOMRect } | null>;
  focusNote: boolean;
  actions: AnnotationActions;
  onDeleted: (annotation: Annotation) => void;
  onClose: () => void;
}

const SAVE_DELAY = 400;

/** Colour, kind, note and tags of one annotation. The note saves itself as it is typed. */
/** Room the editor leaves: the reader's toolbar above, a little at the other edges. */
const EDITOR_MARGINS = { top: 64, right: 12, bottom: 12, left: 12 };

export function AnnotationEditor({ annotation, anchor, focusNote, actions, onDeleted, onClose }: Props) {
  const { t } = useTranslation();
  const colorName = useColorNames();
  const shownText = useShownText();
  const [note, setNote] = useState(annotation.note);
  const [tagDraft, setTagDraft] = useState('');
  const pending = useRef<number | undefined>(undefined);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const latest = useRef(note);
  latest.current = note;

  const flush = () => {
    window.clearTimeout(pending.current);
    pending.current = undefined;
    if (latest.current !== annotation.note) void actions.update(annotation.id, { note: latest.current });
  };
  // Whatever is typed is saved, also when the editor closes before the delay.
  useEffect(() => () => flush(), []);

  const onNoteChange = (value: string) => {
    setNote(value);
    window.clearTimeout(pending.current);
    pending.current = window.setTimeout(flush, SAVE_DELAY);
  };

  const addTag = () => {
    const tag = tagDraft.trim().replace(/^#/, '');
    setTagDraft('');
    if (tag && !annotation.tags.includes(tag)) void actions.update(annotation.id, { tags: [...annotation.tags, tag] });
  };
  const onTagKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',' || event.key === '，') {
      event.preventDefault();
      addTag();
    }
  };

  return (
    <Popover.Root open onOpenChange={(open) => !open && onClose()}>
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        <Popover.Content
          className="popover annotation-editor"
          side="bottom"
          align="start"
          sideOffset={6}
          // Inside the window and clear of the reader's toolbar, however tall its tags make it (it
          // scrolls within, its quote first).
          collisionPadding={EDITOR_MARGINS}
          aria-label={t('annotations.editor')}
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            if (focusNote) noteField.current?.focus();
          }}
        >
          <p className="annotation-quote">{shownText(annotation.exact)}</p>
          <Choice<HighlightColor>
            label={t('annotations.color')}
            value={annotation.color}
            options={HIGHLIGHT_COLORS.map((color) => ({ value: color, label: colorName(color) }))}
            itemClassName={(color) => `swatch-toggle swatch-${color}`}
            onChange={(color) => void actions.update(annotation.id, { color })}
          />
          <Choice<AnnotationKind>
            label={t('annotations.kind')}
            value={annotation.kind}
            options={[
              { value: 'highlight', label: t('annotations.highlight') },
              { value: 'underline', label: t('annotations.underline') },
            ]}
            onChange={(kind) => void actions.update(annotation.id, { kind })}
          />
          <label className="annotation-field">
            <span>{t('annotations.note')}</span>
            <textarea ref={noteField} value={note} rows={4} onChange={(e) => onNoteChange(e.target.value)} onBlur={flush} />
          </label>
          <div className="annotation-field">
            <span id={`tags-${annotation.id}`}>{t('annotations.tags')}</span>
            <ul className="tag-list" aria-labelledby={`tags-${annotation.id}`}>
              {annotation.tags.map((tag) => (
                <li key={tag} className="tag">
                  #{tag}
                  <button
                    type="button"
                    className="tag-remove"
                    aria-label={t('annotations.removeTag', { tag })}
                    onClick={() => void actions.update(annotation.id, { tags: annotation.tags.filter((x) => x !== tag) })}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <input
              value={tagDraft}
              placeholder={t('annotations.addTag')}
              aria-label={t('annotations.addTag')}
              onChange={(e) => setTagDraft(e.target.value)}
              onKeyDown={onTagKey}
              onBlur={addTag}
            />
          </div>
          <div className="dialog-actions">
            <button
              type="button"
              className="button button-danger"
              onClick={async () => {
                window.clearTimeout(pending.current);
                latest.current = annotation.note;
                const removed = await actions.remove(annotation.id);
                if (removed) onDeleted(removed);
                onClose();
              }}
            >
              {t('annotations.delete')}
            </button>
            <Popover.Close className="button">{t('annotations.done')}</Popover.Close>
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
