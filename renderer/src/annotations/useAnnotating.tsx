import { type ReactNode, type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationFormat, HighlightColor } from '../../../shared/annotations.js';
import { blockAt } from '../../../shared/document-layout.js';
import type { ReaderDocument } from '../../../shared/library.js';
import { useApi } from '../app/ApiContext.js';
import { downloadText } from '../common/download.js';
import { useNotify } from '../common/Toasts.js';
import { useErrorMessage } from '../common/useErrorMessage.js';
import { topWithin } from '../reader/positions.js';
import { settleScroll } from '../reader/settle.js';
import type { ShownDocument } from '../script/shown-text.js';
import { AnnotationEditor } from './AnnotationEditor.js';
import { AnnotationHighlights } from './annotation-highlights.js';
import { SelectionToolbar } from './SelectionToolbar.js';
import { annotationsByBlock } from './segments.js';
import { selectionOffsets } from './selection.js';
import { useAnnotations } from './useAnnotations.js';

type Measurable = { getBoundingClientRect(): DOMRect };

interface Options {
  doc: ReaderDocument;
  /** The document's annotations, on their way. */
  initial: Promise<Annotation[]>;
  /** The scrolling element that holds the document body. */
  scroller: RefObject<HTMLElement | null>;
  /** Draws the document up to a block, for jumps into the part not drawn yet. */
  reveal: (block: number) => void;
  /** The document as it is shown, to map a selection in converted text back to canonical positions. */
  shown: ShownDocument;
}

export interface Annotating {
  annotations: Annotation[];
  /** Whether they have arrived: before, their count is not known. */
  loaded: boolean;
  annotationsOf: (blockIndex: number) => readonly Annotation[];
  /** After a mouse or keyboard selection in the body. */
  onSelectionEnd: () => void;
  /** Clicks in the body: a click on a highlight opens it. */
  onBodyClick: (event: React.MouseEvent) => void;
  /** The pointer over the body: over a highlight, it shows that a click opens it. */
  onBodyMouseMove: (event: React.MouseEvent) => void;
  /** Draws the annotations on the text as it is drawn now; called whenever the drawn text may have changed. */
  drawHighlights: () => void;
  open: (annotation: Annotation) => void;
  exportAs: (format: AnnotationFormat) => void;
  importFile: (file: File) => void;
  undoDelete: () => void;
  overlays: ReactNode;
}

/** Everything the reading view needs to highlight, annotate and find annotations again. */
export function useAnnotating({ doc, initial, scroller, reveal, shown }: Options): Annotating {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const onError = useCallback((error: unknown) => notify({ message: errorMessage(error) }), [notify, errorMessage]);
  const [annotations, actions, loaded] = useAnnotations(doc.id, initial, onError);
  const annotationsOf = useMemo(() => annotationsByBlock(doc.blocks, annotations), [doc.blocks, annotations]);

  const [range, setRange] = useState<{ start: number; end: number; text: string } | null>(null);
  const selectionAnchor = useRef<Measurable | null>(null);
  const [editing, setEditing] = useState<{ id: string; focusNote: boolean } | null>(null);
  const editorAnchor = useRef<Measurable | null>(null);
  const lastColor = useRef<HighlightColor>('red');
  const lastDeleted = useRef<Annotation | null>(null);

  const body = () => scroller.current?.querySelector<HTMLElement>('.doc-body') ?? null;
  const [highlights] = useState(() => new AnnotationHighlights());
  useEffect(() => () => highlights.dispose(), [highlights]);

  const shownNow = useRef(shown);
  shownNow.current = shown;
  const onSelectionEnd = useCallback(() => {
    const element = body();
    const selection = window.getSelection();
    const offsets = element ? selectionOffsets(element, selection, doc.blocks, shownNow.current) : null;
    if (!offsets || !selection) return setRange(null);
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    selectionAnchor.current = { getBoundingClientRect: () => rect };
    setRange({ ...offsets, text: selection.toString() });
  }, [doc.blocks]);

  const markOf = (id: string): Range | null => highlights.rangesOf(id)[0] ?? null;

  const edit = (id: string, focusNote: boolean) => {
    const mark = markOf(id);
    if (mark) editorAnchor.current = mark;
    setEditing({ id, focusNote });
  };

  const create = async (kind: 'highlight' | 'underline', color: HighlightColor, withNote: boolean) => {
    if (!range) return;
    lastColor.current = color;
    try {
      // Exactly an existing highlight selected again: that one changes, rather than a second over it.
      const same = annotations.find((a) => !a.orphaned && a.start === range.start && a.end === range.end);
      if (same) await actions.update(same.id, { kind, color });
      const id = same?.id ?? (await actions.create(range, kind, color)).id;
      window.getSelection()?.removeAllRanges();
      setRange(null);
      if (withNote) requestAnimationFrame(() => edit(id, true));
    } catch (error) {
      onError(error);
    }
  };

  const open = (annotation: Annotation) => {
    if (annotation.orphaned) {
      editorAnchor.current = scroller.current;
      setEditing({ id: annotation.id, focusNote: false });
      return;
    }
    reveal(blockAt(doc.blocks, annotation.start));
    requestAnimationFrame(() => {
      const mark = markOf(annotation.id);
      const container = scroller.current;
      if (!mark || !container) return;
      settleScroll(container, (c) => topWithin(c, mark) - c.clientHeight / 3);
      highlights.flash(annotation.id);
      edit(annotation.id, false);
    });
  };

  const onBodyClick = (event: React.MouseEvent) => {
    // A citation's link inside a highlight opens the cited document, not the annotation.
    if (!window.getSelection()?.isCollapsed || (event.target as Element).closest('a')) return;
    const id = highlights.at(event.clientX, event.clientY);
    const mark = id && markOf(id);
    if (id && mark) {
      editorAnchor.current = mark;
      setEditing({ id, focusNote: false });
    }
  };

  // Over a highlight the pointer shows a click opens it; found once a frame at most.
  const pointer = useRef(0);
  const onBodyMouseMove = (event: React.MouseEvent) => {
    const { clientX, clientY } = event;
    if (pointer.current) return;
    pointer.current = requestAnimationFrame(() => {
      pointer.current = 0;
      body()?.toggleAttribute('data-over-highlight', highlights.at(clientX, clientY) !== null);
    });
  };

  const drawHighlights = () => {
    const element = body();
    if (element) highlights.draw(element, doc.blocks, shownNow.current, annotationsOf);
  };

  const onDeleted = (annotation: Annotation) => {
    lastDeleted.current = annotation;
    notify({ message: t('annotations.deleted'), action: { label: t('annotations.undo'), run: () => void undo(annotation) } });
  };
  const undo = async (annotation: Annotation) => {
    lastDeleted.current = null;
    await actions.restore(annotation.id).catch(onError);
  };

  const exportAs = (format: AnnotationFormat) => {
    api
      .exportAnnotations({ docId: doc.id, format })
      .then((file) => downloadText(file.filename, file.mediaType, file.content), onError);
  };
  const importFile = (file: File) => {
    file
      .text()
      .then((content) => api.importAnnotations({ content }))
      .then((report) => {
        const pending = Object.values(report.pending).reduce((n, x) => n + x, 0);
        notify({ message: t('annotations.imported', { ...report, pending }) });
        actions.reload();
      }, onError);
  };

  const editingAnnotation = editing ? annotations.find((a) => a.id === editing.id) : undefined;
  const overlays = (
    <>
      <SelectionToolbar
        anchor={selectionAnchor}
        open={range !== null && editing === null}
        onHighlight={(color) => void create('highlight', color, false)}
        onUnderline={() => void create('underline', lastColor.current, false)}
        onNote={() => void create('highlight', lastColor.current, true)}
        onCopy={() => {
          if (range)
            void navigator.clipboard.writeText(range.text).then(() => notify({ message: t('annotations.copied') }), onError);
          setRange(null);
        }}
        onClose={() => setRange(null)}
      />
      {editingAnnotation && (
        <AnnotationEditor
          key={editingAnnotation.id}
          annotation={editingAnnotation}
          anchor={editorAnchor}
          focusNote={editing?.focusNote ?? false}
          actions={actions}
          onDeleted={onDeleted}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );

  return {
    annotations,
    loaded,
    annotationsOf,
    onSelectionEnd,
    onBodyClick,
    onBodyMouseMove,
    drawHighlights,
    open,
    exportAs,
    importFile,
    undoDelete: () => {
      if (lastDeleted.current) void undo(lastDeleted.current);
    },
    overlays,
  };
}
