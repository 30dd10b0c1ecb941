import { type CSSProperties, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/annotations.js';
import type { MenuCommand } from '../../../shared/commands.js';
import { DISPLAY_SCRIPTS, type DisplayScript, nextDisplayScript } from '../../../shared/display-script.js';
import { layoutBlocks, outlineOf } from '../../../shared/document-layout.js';
import type { DocumentSummary, ReaderDocument } from '../../../shared/library.js';
import { type ReadingPosition, SETTINGS_LIMITS } from '../../../shared/settings.js';
import { AnnotationsPanel } from '../annotations/AnnotationsPanel.js';
import { useAnnotating } from '../annotations/useAnnotating.js';
import { useApi } from '../app/ApiContext.js';
import type { FindTarget, Route } from '../app/routes.js';
import { useSettings } from '../app/SettingsContext.js';
import { useNotify } from '../common/Toasts.js';
import { useCommand } from '../common/useCommand.js';
import { useErrorMessage } from '../common/useErrorMessage.js';
import { useShortcuts } from '../common/useShortcuts.js';
import { useStableCallback } from '../common/useStableCallback.js';
import { ForceBanner } from '../force/ForceBanner.js';
import { ForceDialog } from '../force/ForceDialog.js';
import { useForceReport } from '../force/useForceReport.js';
import { IntelPanel } from '../intel/IntelPanel.js';
import { useRelations } from '../intel/useRelations.js';
import { MetadataDialog } from '../library/MetadataDialog.js';
import { prepareWhenIdle, showIn } from '../script/converters.js';
import { ScriptMenu } from '../script/ScriptMenu.js';
import { ShownTextProvider } from '../script/ShownText.js';
import type { ShownDocument } from '../script/shown-text.js';
import { useShownDocument } from '../script/useShownDocument.js';
import { DocumentView } from './DocumentView.js';
import { ExportPdfDialog } from './ExportPdfDialog.js';
import { FindBar } from './FindBar.js';
import { PIECES_PER_GROUP } from './groups.js';
import { OutlinePanel } from './OutlinePanel.js';
import {
  anchorAt,
  currentHeading,
  pieceElement,
  positionAt,
  scrollTopFor,
  scrollTopForAnchor,
  topWithin,
  type ViewAnchor,
} from './positions.js';
import { SettingsPanel } from './SettingsPanel.js';
import { ShortcutsDialog } from './ShortcutsDialog.js';
import { settleScroll } from './settle.js';
import { useFind } from './useFind.js';
import { useProgressiveCount } from './useProgressiveCount.js';
import { useStaggeredView } from './useStaggeredView.js';

/** The panels beside the text, one at a time, each with its toolbar button and key. */
const PANELS = [
  { name: 'annotations', key: 'A' },
  { name: 'intel', key: 'I' },
] as const;
type SidePanel = (typeof PANELS)[number]['name'];

/** The blocks a long document opens on, a few screens' worth; the rest follows. */
const FIRST_BLOCKS = 120;
/** Blocks that surely fill a screen below where the reader left off. */
const SCREEN_BLOCKS = 40;

const SCRIPT_COMMANDS: readonly MenuCommand[] = DISPLAY_SCRIPTS.map((script) => `script:${script}` as const);

interface Loaded {
  doc: ReaderDocument;
  position: ReadingPosition | null;
  /** On their way: the text is read without waiting for them. */
  annotations: Promise<Annotation[]>;
  /** The script chosen for this document, or null to follow the default. */
  script: DisplayScript | null;
  shown: ShownDocument;
}

export function ReaderView({
  id,
  annotationId,
  find,
  block,
  fromSearch = false,
  onBack,
  onNavigate,
}: {
  id: string;
  annotationId?: string;
  find?: FindTarget;
  /** Open at this block rather than where the reader left off. */
  block?: number;
  /** Opened from search results: 返回 goes back to them. */
  fromSearch?: boolean;
  onBack: () => void;
  onNavigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const errorMessage = useErrorMessage();
  const { settings } = useSettings();
  const defaultScript = useRef(settings.defaultScript);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const openedAtTarget = annotationId !== undefined || find !== undefined;

  useEffect(() => {
    let live = true;
    const load = async (): Promise<Loaded & { rest: Promise<ReaderDocument> | null }> => {
      // A long document opens on its first blocks, the rest following (a 2 M-character compilation
      // is 2.5 M characters to send and parse). Opened at an annotation or a search hit, or where
      // the reader left off further in, it comes whole: the place may be anywhere in it.
      const [head, position, script] = await Promise.all([
        api.getDocument(openedAtTarget ? { id } : { id, blocks: FIRST_BLOCKS }),
        block === undefined ? api.getReadingPosition({ id }) : { block, fraction: 0 },
        api.getDisplayScript({ id }),
      ]);
      const whole = head.blocks.length === head.blockCount;
      const doc = whole || (position?.block ?? 0) + SCREEN_BLOCKS < head.blocks.length ? head : await api.getDocument({ id });
      // Then the rest of a long document, then the annotations (the core answers one call at a time):
      // 10,000 take it some 300 ms to list, and the text reads without them.
      const rest = doc.blocks.length < doc.blockCount ? api.getDocument({ id }) : null;
      const annotations = api.listAnnotations({ docId: id });
      annotations.catch(() => undefined);
      // Opened in its script straight away, not in the original first.
      const shown = await showIn(doc.blocks, script ?? defaultScript.current);
      return { doc, position, annotations, script, shown, rest };
    };
    load().then(
      ({ rest, ...result }) => {
        if (!live) return;
        setLoaded(result);
        rest?.then(
          (whole) => live && setLoaded((l) => l && { ...l, doc: { ...l.doc, blocks: whole.blocks } }),
          (error: unknown) => live && setProblem(errorMessage(error)),
        );
      },
      (error: unknown) => live && setProblem(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [api, id, block, openedAtTarget, errorMessage]);

  if (problem) {
    return (
      <main id="main" className="reader-problem">
        <p role="alert">{problem}</p>
        <button type="button" className="button" onClick={onBack}>
          {t('reader.back')}
        </button>
      </main>
    );
  }
  if (!loaded) return <main id="main" className="reader-loading" aria-busy="true" />;
  const metadataSaved = (saved: DocumentSummary) => setLoaded((l) => l && { ...l, doc: { ...l.doc, ...saved } });
  return (
    <Reader
      key={loaded.doc.id}
      doc={loaded.doc}
      initialPosition={loaded.position}
      initialAnnotations={loaded.annotations}
      initialScript={loaded.script}
      initialShown={loaded.shown}
      initialAnnotation={annotationId}
      initialFind={find}
      fromSearch={fromSearch}
      onBack={onBack}
      onNavigate={onNavigate}
      onMetadataSaved={metadataSaved}
    />
  );
}

function Reader({
  doc: loadedDoc,
  initialPosition,
  initialAnnotations,
  initialScript,
  initialShown,
  initialAnnotation,
  initialFind,
  fromSearch,
  onBack,
  onNavigate,
  onMetadataSaved,
}: {
  doc: ReaderDocument;
  initialPosition: ReadingPosition | null;
  initialAnnotations: Promise<Annotation[]>;
  initialScript: DisplayScript | null;
  initialShown: ShownDocument;
  initialAnnotation?: string;
  initialFind?: FindTarget;
  fromSearch: boolean;
  onBack: () => void;
  onNavigate: (route: Route) => void;
  onMetadataSaved: (saved: DocumentSummary) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const onError = useCallback((error: unknown) => notify({ message: errorMessage(error) }), [notify, errorMessage]);
  const { settings, update } = useSettings();
  const [chosenScript, setChosenScript] = useState(initialScript);
  const script = chosenScript ?? settings.defaultScript;
  const { shown, blocks, pending } = useShownDocument(loadedDoc.blocks, script, initialShown, onError);
  // The document as far as it is shown: a long one opens on its first blocks while the rest comes.
  const doc = useMemo(() => (blocks === loadedDoc.blocks ? loadedDoc : { ...loadedDoc, blocks }), [loadedDoc, blocks]);
  const pieces = useMemo(() => layoutBlocks(doc.blocks), [doc.blocks]);
  const outline = useMemo(() => outlineOf(doc.blocks, (i) => shown.block(i).text), [doc.blocks, shown]);
  const pieceOfBlock = useCallback(
    (block: number) => {
      const at = pieces.findIndex((p) => p.index >= block || (p.kind === 'paragraph' && p.runIn?.index === block));
      return at === -1 ? pieces.length - 1 : at;
    },
    [pieces],
  );
  const [count, ensure] = useProgressiveCount(pieces.length, initialPosition ? pieceOfBlock(initialPosition.block) : 0);
  const drawn = useMemo(() => (count === pieces.length ? pieces : pieces.slice(0, count)), [pieces, count]);
  const scroller = useRef<HTMLDivElement>(null);
  const outlineRef = useRef<HTMLElement>(null);
  const [current, setCurrent] = useState<number | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [panel, setPanel] = useState<SidePanel | null>('annotations');
  const togglePanel = (which: SidePanel) => setPanel((open) => (open === which ? null : which));
  const { relations, citationsOf } = useRelations(doc);
  const force = useForceReport(doc.id);
  const [settingForce, setSettingForce] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [editing, setEditing] = useState(false);
  const annotating = useAnnotating({
    doc,
    initial: initialAnnotations,
    scroller,
    reveal: (block) => ensure(pieceOfBlock(block)),
    shown,
  });

  const openAnnotation = useStableCallback(annotating.open);
  const exportAnnotations = useStableCallback(annotating.exportAs);
  const importAnnotations = useStableCallback(annotating.importFile);

  const staggered = useStaggeredView(shown, Math.ceil(drawn.length / PIECES_PER_GROUP), scroller);
  const redrawn = useMemo(
    () => ({ drawn, annotations: annotating.annotations, citationsOf, view: staggered.version }),
    [drawn, annotating.annotations, citationsOf, staggered.version],
  );
  // Annotations are drawn as highlights over the text as drawn: anew wherever it may have changed.
  useLayoutEffect(() => annotating.drawHighlights(), [redrawn, shown]);
  const find = useFind({
    blocks: doc.blocks,
    shown,
    scroller,
    reveal: (block) => ensure(pieceOfBlock(block)),
    redrawn,
    initial: initialFind,
  });

  // Opened from the library-wide annotations view: go to that annotation once they are loaded.
  const opened = useRef(false);
  useEffect(() => {
    const target = annotating.annotations.find((a) => a.id === initialAnnotation);
    if (target && !opened.current) {
      opened.current = true;
      annotating.open(target);
    }
  }, [annotating, initialAnnotation]);

  const bodyOf = () => scroller.current?.querySelector<HTMLElement>('.doc-body') ?? null;

  // Back to where the reader left this document.
  useEffect(() => {
    const container = scroller.current;
    const body = bodyOf();
    if (container && body && initialPosition) settleScroll(container, (c) => scrollTopFor(c, body, initialPosition));
  }, [initialPosition]);

  // Where the reader is, as last scrolled to: every setting that moves the text (size, spacing,
  // width, preset, font) keeps them on that passage.
  const readingAt = useRef<ViewAnchor | null>(null);
  const layout = `${settings.fontSize}/${settings.lineHeight}/${settings.pageWidth}/${settings.preset}/${settings.fontFamily}`;
  useLayoutEffect(() => {
    const container = scroller.current;
    const body = bodyOf();
    const anchor = readingAt.current;
    if (!container || !body || !anchor) return;
    const hold = () => {
      container.scrollTop = scrollTopForAnchor(container, body, anchor);
    };
    hold();
    // A font that loads after the change moves the text once more.
    void document.fonts.ready.then(hold);
  }, [layout]);

  // Scroll spy and reading position, at most once a frame and once every half second.
  useEffect(() => {
    const container = scroller.current;
    if (!container) return;
    let frame = 0;
    let saveTimer = 0;
    const save = () => {
      const body = bodyOf();
      if (body) void api.setReadingPosition({ id: doc.id, position: positionAt(container, body) });
    };
    const spy = () => {
      const body = bodyOf();
      if (!body) return;
      setCurrent(currentHeading(container, body));
      readingAt.current = anchorAt(container, body);
    };
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(spy);
      window.clearTimeout(saveTimer);
      saveTimer = window.setTimeout(save, 500);
    };
    container.addEventListener('scroll', onScroll, { passive: true });
    // The first spy after the document's first frame, which it would otherwise hold up measuring it.
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(spy);
    });
    return () => {
      container.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      window.clearTimeout(saveTimer);
    };
  }, [api, doc.id]);

  const jump = useCallback(
    (block: number) => {
      ensure(pieceOfBlock(block));
      const target = scroller.current?.querySelector<HTMLElement>(`#b-${block}`);
      if (!target || !scroller.current) return;
      settleScroll(scroller.current, (container) => topWithin(container, target) - 16);
      target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
      setCurrent(block);
    },
    [ensure, pieceOfBlock],
  );

  /** Scrolls to any block (a citation's, a goal's) and marks it for a moment. */
  const goTo = useCallback(
    (block: number) => {
      ensure(pieceOfBlock(block));
      const container = scroller.current;
      const body = bodyOf();
      if (!container || !body) return;
      settleScroll(container, (c) => scrollTopFor(c, body, { block, fraction: 0 }) - 16);
      const target = pieceElement(body, block);
      target?.classList.add('flash');
      window.setTimeout(() => target?.classList.remove('flash'), 1600);
    },
    [ensure, pieceOfBlock],
  );

  const step = (direction: 1 | -1) => {
    if (outline.length === 0) return;
    const at = outline.findIndex((entry) => entry.index === current);
    const next = at === -1 ? (direction === 1 ? 0 : -1) : at + direction;
    const entry = outline[next];
    if (entry) jump(entry.index);
  };
  useEffect(() => prepareWhenIdle(doc.script), [doc.script]);

  // A switch of script keeps the reader on the passage they are reading when it is shown — where
  // they last scrolled to, also while the converters were loading, not where they chose it.
  const switching = useRef(false);
  const chooseScript = (next: DisplayScript) => {
    switching.current = true;
    setChosenScript(next);
    api.setDisplayScript({ id: doc.id, script: next }).catch(onError);
  };
  useLayoutEffect(() => {
    const container = scroller.current;
    const body = bodyOf();
    const anchor = readingAt.current;
    if (!switching.current || shown.script !== script) return;
    switching.current = false;
    if (container && body && anchor) container.scrollTop = scrollTopForAnchor(container, body, anchor);
  }, [shown, script]);

  const fontSize = (delta: number) => {
    const { min, max } = SETTINGS_LIMITS.fontSize;
    update({ fontSize: Math.min(max, Math.max(min, settings.fontSize + delta)) });
  };

  useShortcuts({
    ']': () => step(1),
    'alt+arrowdown': () => step(1),
    '[': () => step(-1),
    'alt+arrowup': () => step(-1),
    '+': () => fontSize(1),
    '=': () => fontSize(1),
    'mod+=': () => fontSize(1),
    '-': () => fontSize(-1),
    'mod+-': () => fontSize(-1),
    o: () => (outlineRef.current?.querySelector<HTMLElement>('[aria-current="location"], a') ?? outlineRef.current)?.focus(),
    escape: () => !helpOpen && !editing && onBack(),
    'mod+f': () => find.show(),
    'mod+p': () => setExporting(true),
    e: () => setEditing(true),
    '?': () => setHelpOpen(true),
    a: () => togglePanel('annotations'),
    i: () => togglePanel('intel'),
    s: (event) => chooseScript(nextDisplayScript(script, event.shiftKey ? -1 : 1)),
    'mod+z': () => annotating.undoDelete(),
  });

  useCommand('font-bigger', () => fontSize(1));
  useCommand('font-smaller', () => fontSize(-1));
  useCommand('shortcuts', () => setHelpOpen(true));
  useCommand('find', () => find.show());
  useCommand('export-pdf', () => setExporting(true));
  useCommand('edit-metadata', () => setEditing(true));
  useCommand('script-next', () => chooseScript(nextDisplayScript(script)));
  useCommand(SCRIPT_COMMANDS, (command) => chooseScript(command.slice('script:'.length) as DisplayScript));

  const style = {
    '--font-size': `${settings.fontSize}px`,
    '--line-height': settings.lineHeight,
    // GB/T 9704 sets 28 characters a line.
    '--page-width': settings.preset === 'gongwen' ? 28 : settings.pageWidth,
  } as CSSProperties;

  return (
    <ShownTextProvider value={shown.phrase}>
      <div className="reader" data-font={settings.fontFamily} data-preset={settings.preset} style={style}>
        <header className="reader-toolbar">
          <button type="button" className="button" onClick={onBack} aria-keyshortcuts="Escape Alt+ArrowLeft">
            ← {fromSearch ? t('reader.backToResults') : t('reader.back')}
          </button>
          <p className="reader-toolbar-title" title={shown.phrase(doc.title)}>
            {shown.phrase(doc.title)}
          </p>
          <button type="button" className="button" onClick={find.show} aria-keyshortcuts="Control+F" aria-label={t('find.label')}>
            {t('find.button')}
          </button>
          <button type="button" className="button" onClick={() => setExporting(true)} aria-keyshortcuts="Control+P">
            {t('pdf.button')}
          </button>
          <button type="button" className="button" onClick={() => setEditing(true)} aria-keyshortcuts="E">
            {t('library.edit')}
          </button>
          <ScriptMenu value={script} original={doc.script} pending={pending} onChange={chooseScript} />
          {PANELS.map(({ name, key }) => (
            <button
              key={name}
              type="button"
              className="button"
              aria-pressed={panel === name}
              onClick={() => togglePanel(name)}
              aria-keyshortcuts={key}
            >
              {name === 'annotations'
                ? annotating.loaded
                  ? `${t('annotations.panel')} ${annotating.annotations.length}`
                  : t('annotations.panel')
                : t('intel.panel')}
            </button>
          ))}
          <button type="button" className="button" onClick={() => setHelpOpen(true)} aria-label={t('reader.shortcuts')}>
            ?
          </button>
          <SettingsPanel />
        </header>
        <div className="reader-panes">
          <OutlinePanel ref={outlineRef} entries={outline} current={current} onJump={jump} />
          <div className="reader-main">
            {find.open && (
              <FindBar
                input={find.input}
                query={find.query}
                current={find.current}
                total={find.total}
                onQuery={find.setQuery}
                onStep={find.step}
                onClose={find.close}
              />
            )}
            <div className="reader-scroll" ref={scroller}>
              {force.report && <ForceBanner report={force.report} doc={doc} onJump={goTo} onSet={() => setSettingForce(true)} />}
              {/* Highlights are reached by keyboard through the annotations panel. */}
              <main
                id="main"
                className="reader-page"
                onMouseUp={annotating.onSelectionEnd}
                onKeyUp={(event) => event.shiftKey && annotating.onSelectionEnd()}
                onClick={annotating.onBodyClick}
                onMouseMove={annotating.onBodyMouseMove}
              >
                <DocumentView
                  doc={doc}
                  shown={shown}
                  pieces={drawn}
                  viewOf={staggered.viewOf}
                  drawing={count < pieces.length || doc.blocks.length < doc.blockCount}
                  citationsOf={citationsOf}
                />
              </main>
            </div>
          </div>
          {panel === 'intel' && (
            <IntelPanel
              doc={doc}
              relations={relations}
              force={force.report}
              onJump={goTo}
              onNavigate={onNavigate}
              onSetForce={() => setSettingForce(true)}
            />
          )}
          {panel === 'annotations' && (
            <AnnotationsPanel
              annotations={annotating.annotations}
              loaded={annotating.loaded}
              onOpen={openAnnotation}
              onExport={exportAnnotations}
              onImport={importAnnotations}
            />
          )}
        </div>
        {annotating.overlays}
        <ShortcutsDialog open={helpOpen} onOpenChange={setHelpOpen} />
        {settingForce && (
          <ForceDialog doc={doc} report={force.report} onClose={() => setSettingForce(false)} onSaved={force.replace} />
        )}
        {exporting && <ExportPdfDialog doc={doc} script={script} onClose={() => setExporting(false)} />}
        {editing && (
          <MetadataDialog
            doc={doc}
            onClose={() => setEditing(false)}
            onSaved={(saved) => {
              onMetadataSaved(saved);
              notify({ message: t('metadata.saved') });
            }}
          />
        )}
      </div>
    </ShownTextProvider>
  );
}
