// Draws annotations with the CSS Custom Highlight API: ranges over the drawn text, one highlight
// per colour and kind, so that the document's DOM is the same with 10,000 annotations as with none
// and adding one redraws nothing but its block's ranges.
import { type Annotation, type AnnotationKind, HIGHLIGHT_COLORS, type HighlightColor } from '../../../shared/annotations.js';
import type { Block } from '../../../shared/policy.js';
import { canHighlight, drawnRuns, shownRange, textOf } from '../reader/dom-ranges.js';
import { type ShownDocument, shownOffset } from '../script/shown-text.js';
import { segmentsOf } from './segments.js';

/** The highlight an annotation is drawn with (styled as ::highlight(ann-red), ::highlight(ann-red-underline)). */
export function highlightName(color: HighlightColor, kind: AnnotationKind): string {
  return kind === 'underline' ? `ann-${color}-underline` : `ann-${color}`;
}

/** The performance measure each drawing of the highlights leaves. */
export const DRAW_MEASURE = 'annotation highlights';

/** An annotation flashed where it is opened. */
const FLASH = 'ann-flash';
const FLASH_MS = 1_400;

/**
 * A stretch of a block drawn in the colour of the latest annotation over it. Its range is static:
 * live ranges are kept up to date by every change to the DOM, and 10,000 of them made drawing the
 * rest of a long document twice as slow; a block's ranges are made anew when its text nodes change.
 */
interface Part {
  range: StaticRange;
  highlight: Highlight;
  /** The annotations over it, latest last: the one drawn, and clicked. */
  ids: readonly string[];
}

/** What a block's ranges were made from: its annotations, and the text nodes they point into. */
interface DrawnBlock {
  annotations: readonly Annotation[];
  key: string;
  texts: ReadonlyArray<readonly [Node | null, number]>;
  parts: Part[];
}

function liveRange(range: StaticRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

const keyOf = (annotations: readonly Annotation[]) =>
  annotations.map((a) => `${a.id}:${a.color}:${a.kind}:${a.start}:${a.end}`).join('|');

/** The runs still hold the text nodes, of the same lengths, that the block's ranges point into. */
const sameTexts = (texts: DrawnBlock['texts'], runs: readonly HTMLElement[]) =>
  texts.length === runs.length &&
  texts.every(([node, length], i) => {
    const run = runs[i];
    const text = run ? textOf(run) : null;
    return text === node && ((text as CharacterData | null)?.length ?? 0) === length;
  });

export class AnnotationHighlights {
  private readonly highlights = new Map<string, Highlight>();
  private readonly drawn = new Map<number, DrawnBlock>();
  private view: ShownDocument | null = null;
  private flashTimer = 0;

  /** The highlights, registered on the first drawing (and again after a dispose, as React's strict mode does). */
  private register(): void {
    if (this.highlights.size > 0) return;
    for (const color of HIGHLIGHT_COLORS) {
      for (const kind of ['highlight', 'underline'] as const) {
        const highlight = new Highlight();
        this.highlights.set(highlightName(color, kind), highlight);
        CSS.highlights.set(highlightName(color, kind), highlight);
      }
    }
  }

  /**
   * Draws the annotations of every drawn block, anew only where its annotations or its text nodes
   * changed since the last call (a piece drawn, a citation link split a run, a script switched).
   */
  draw(
    body: HTMLElement,
    blocks: readonly Block[],
    shown: ShownDocument,
    annotationsOf: (block: number) => readonly Annotation[],
  ) {
    if (!canHighlight()) return;
    const started = performance.now();
    this.register();
    if (shown !== this.view) {
      for (const index of [...this.drawn.keys()]) this.forget(index);
      this.view = shown;
    }
    // A document without annotations is not walked run by run: in a 2 M-character compilation
    // that walk is most of a switch of script.
    if (this.drawn.size === 0 && !blocks.some((_, index) => annotationsOf(index).length > 0)) return;
    const runsOf = drawnRuns(body);
    for (const index of [...this.drawn.keys()]) if (!runsOf.has(index) || annotationsOf(index).length === 0) this.forget(index);
    for (const [index, runs] of runsOf) {
      const annotations = annotationsOf(index);
      const block = blocks[index];
      if (annotations.length === 0 || !block) continue;
      // Each step of a long document's drawing calls this: a block drawn before costs a look at its runs.
      const before = this.drawn.get(index);
      if (before && sameTexts(before.texts, runs) && (before.annotations === annotations || before.key === keyOf(annotations)))
        continue;
      if (before) this.forget(index);
      const key = keyOf(annotations);
      const texts = runs.map((run) => {
        const text = textOf(run);
        return [text, (text as CharacterData | null)?.length ?? 0] as const;
      });
      const view = shown.block(index);
      const parts: Part[] = [];
      for (const segment of segmentsOf(block, annotations)) {
        const top = segment.annotations.at(-1);
        const highlight = top && this.highlights.get(highlightName(top.color, top.kind));
        if (!highlight) continue;
        const from = shownOffset(block, view, segment.start);
        const to = shownOffset(block, view, segment.end);
        const live = to > from ? shownRange(runs, block.start, from, to) : null;
        if (!live) continue;
        const range = new StaticRange(live);
        highlight.add(range);
        parts.push({ range, highlight, ids: segment.annotations.map((a) => a.id) });
      }
      this.drawn.set(index, { annotations, key, texts, parts });
    }
    // For the bench: the time the highlights take, apart from drawing the text.
    performance.measure(DRAW_MEASURE, { start: started });
  }

  /** The annotation drawn at a point of the window (the latest where several overlap), if any. */
  at(x: number, y: number): string | null {
    const run = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-b]');
    const parts = run ? this.drawn.get(Number(run.dataset.b))?.parts : undefined;
    const inside = (rect: DOMRect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
    const part = parts?.find((p) => [...liveRange(p.range).getClientRects()].some(inside));
    return part?.ids.at(-1) ?? null;
  }

  /** The drawn stretches of an annotation, in order, as ranges to measure. */
  rangesOf(id: string): Range[] {
    const ranges: Range[] = [];
    for (const index of [...this.drawn.keys()].sort((a, b) => a - b)) {
      for (const part of this.drawn.get(index)?.parts ?? []) if (part.ids.includes(id)) ranges.push(liveRange(part.range));
    }
    return ranges;
  }

  /** Outlines an annotation for a moment, where it was opened. */
  flash(id: string): void {
    if (!canHighlight()) return;
    window.clearTimeout(this.flashTimer);
    CSS.highlights.set(FLASH, new Highlight(...this.rangesOf(id)));
    this.flashTimer = window.setTimeout(() => CSS.highlights.delete(FLASH), FLASH_MS);
  }

  dispose(): void {
    if (!canHighlight()) return;
    window.clearTimeout(this.flashTimer);
    CSS.highlights.delete(FLASH);
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    this.highlights.clear();
    this.drawn.clear();
    this.view = null;
  }

  private forget(index: number): void {
    for (const part of this.drawn.get(index)?.parts ?? []) part.highlight.delete(part.range);
    this.drawn.delete(index);
  }
}
