import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutBlocks, type Piece } from '../../../shared/document-layout.js';
import type { ComparedPair, Comparison, Section, TextRange } from '../../../shared/intel.js';
import type { ReaderDocument } from '../../../shared/library.js';
import type { Block } from '../../../shared/policy.js';
import { useApi } from '../app/ApiContext.js';
import { useErrorMessage } from '../common/useErrorMessage.js';
import { useShortcuts } from '../common/useShortcuts.js';
import { ViewHeader } from '../common/ViewHeader.js';
import { settleScroll } from '../reader/settle.js';
import { splitByRanges } from '../reader/stretches.js';
import { showIn } from '../script/converters.js';
import { type ShownDocument, shownRuns } from '../script/shown-text.js';

interface Side {
  doc: ReaderDocument;
  shown: ShownDocument;
}

interface Loaded {
  comparison: Comparison;
  a: Side;
  b: Side;
}

const startOf = (piece: Piece) => (piece.kind === 'paragraph' && piece.runIn ? piece.runIn.block.start : piece.block.start);

/** A section's blocks laid out as in the reader, with the text the other document lacks marked. */
function SectionText({ side, section, only }: { side: Side; section: Section; only: readonly TextRange[] }) {
  const { doc, shown } = side;
  const pieces = useMemo(() => layoutBlocks(doc.blocks), [doc.blocks]);
  const text = (block: Block, index: number) =>
    shownRuns(block, shown.block(index), splitByRanges([{ start: block.start, end: block.end }], only)).map((run) =>
      run.range ? (
        <mark key={run.start} className="diff">
          {run.text}
        </mark>
      ) : (
        <span key={run.start}>{run.text}</span>
      ),
    );
  return pieces
    .filter((p) => p.kind !== 'frame' && startOf(p) >= section.start && p.block.end <= section.end)
    .map((piece) =>
      piece.kind === 'heading' ? (
        <h3 key={piece.index} className="compare-heading">
          {text(piece.block, piece.index)}
        </h3>
      ) : (
        <p key={piece.index} className={piece.kind === 'table' ? 'compare-paragraph compare-table' : 'compare-paragraph'}>
          {piece.kind === 'paragraph' && piece.runIn && (
            <span className={`run-in heading-${piece.runIn.level}`}>{text(piece.runIn.block, piece.runIn.index)}</span>
          )}
          {text(piece.block, piece.index)}
        </p>
      ),
    );
}

function PairRow({ pair, index, a, b }: { pair: ComparedPair; index: number; a: Side; b: Side }) {
  const { t } = useTranslation();
  const name = (section: Section | null) => (section ? section.heading || t('intel.preamble') : '—');
  return (
    <section className="compare-pair" id={`pair-${index}`} aria-label={`${name(pair.a)} ⇄ ${name(pair.b)}`}>
      <p className="compare-score">
        {pair.a && pair.b ? t('intel.score', { score: pair.score.toFixed(2) }) : t('intel.unpaired')}
      </p>
      {/* A section without a counterpart stands beside a hatched cell. */}
      <div className={pair.a ? 'compare-cell' : 'compare-cell compare-empty'} data-side="a">
        {pair.a && <SectionText side={a} section={pair.a} only={pair.onlyA} />}
      </div>
      <div className={pair.b ? 'compare-cell' : 'compare-cell compare-empty'} data-side="b">
        {pair.b && <SectionText side={b} section={pair.b} only={pair.onlyB} />}
      </div>
    </section>
  );
}

/**
 * 对比阅读: two documents side by side, their sections paired by content (across scripts) in one
 * scrolling grid, so paired sections always stand level; what one says and the other does not is
 * shaded. Both can be shown in one script.
 */
export function CompareView({ a, b, onBack, onSwap }: { a: string; b: string; onBack: () => void; onSwap: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const errorMessage = useErrorMessage();
  const [data, setData] = useState<{ comparison: Comparison; docA: ReaderDocument; docB: ReaderDocument } | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [unify, setUnify] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const unifyTo = i18n.language === 'zh-TW' ? 'tw' : 'cn';

  useEffect(() => {
    let live = true;
    Promise.all([api.compare({ a, b }), api.getDocument({ id: a }), api.getDocument({ id: b })]).then(
      ([comparison, docA, docB]) => live && setData({ comparison, docA, docB }),
      (error: unknown) => live && setProblem(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [api, a, b, errorMessage]);

  // Two scripts are read in one unless the reader asks otherwise.
  const unified = unify ?? (data ? data.docA.script !== data.docB.script : false);
  useEffect(() => {
    if (!data) return;
    let live = true;
    const script = unified ? unifyTo : 'original';
    Promise.all([showIn(data.docA.blocks, script), showIn(data.docB.blocks, script)]).then(
      ([shownA, shownB]) =>
        live &&
        setLoaded({ comparison: data.comparison, a: { doc: data.docA, shown: shownA }, b: { doc: data.docB, shown: shownB } }),
      (error: unknown) => live && setProblem(errorMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [data, unified, unifyTo, errorMessage]);

  // ] and [ go to the next and previous pair of sections, below the sticky titles.
  const step = (direction: 1 | -1) => {
    const container = scroller.current;
    if (!container) return;
    const heads = container.querySelector<HTMLElement>('.compare-heads')?.offsetHeight ?? 0;
    const rows = [...container.querySelectorAll<HTMLElement>('.compare-pair')];
    const top = container.scrollTop + heads;
    const next = direction === 1 ? rows.find((r) => r.offsetTop > top + 4) : rows.reverse().find((r) => r.offsetTop < top - 4);
    if (next) settleScroll(container, () => next.offsetTop - heads);
  };
  useShortcuts({ escape: onBack, ']': () => step(1), '[': () => step(-1) });

  return (
    <main id="main" className="intel-view compare-view">
      <ViewHeader title={t('intel.compareTitle')} onBack={onBack}>
        <button type="button" className="button" onClick={onSwap}>
          ⇄ {t('intel.swap')}
        </button>
        <label className="compare-unify">
          <input type="checkbox" checked={unified} disabled={!data} onChange={(e) => setUnify(e.target.checked)} />
          {t('intel.unify')}
        </label>
        <p className="hint">{t('intel.compareLegend')}</p>
      </ViewHeader>
      {problem && <p role="alert">{problem}</p>}
      {loaded && (
        <div className="compare-scroll" ref={scroller}>
          <div className="compare-heads">
            {[loaded.a, loaded.b].map((side) => (
              <h2
                key={side.doc.id}
                className="compare-head"
                lang={side.doc.script === 'traditional' && side.shown.script === 'original' ? 'zh-Hant' : undefined}
              >
                <a href={`#/doc/${side.doc.id}`}>{side.shown.phrase(side.doc.title)}</a>
              </h2>
            ))}
          </div>
          {loaded.comparison.pairs.map((pair, index) => (
            <PairRow
              key={`${pair.a?.block ?? '-'}/${pair.b?.block ?? '-'}`}
              pair={pair}
              index={index}
              a={loaded.a}
              b={loaded.b}
            />
          ))}
        </div>
      )}
    </main>
  );
}
