import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/annotations.js';
import { shownLanguage } from '../../../shared/display-script.js';
import type { Piece } from '../../../shared/document-layout.js';
import type { CitationLink } from '../../../shared/intel.js';
import type { StoredDocument } from '../../../shared/library.js';
import type { Block } from '../../../shared/policy.js';
import { segmentsOf } from '../annotations/segments.js';
import { type ShownBlock, type ShownDocument, shownRuns } from '../script/shown-text.js';
import { splitByRanges } from './stretches.js';

function DocumentHead({ doc, phrase }: { doc: StoredDocument; phrase: (text: string) => string }) {
  const { t } = useTranslation();
  return (
    <header className="doc-head">
      {doc.docNumber && <p className="doc-number">{phrase(doc.docNumber)}</p>}
      <h1 className="doc-title">
        {phrase(doc.title)}
        {doc.titleDerived && <span className="derived-mark">{t('reader.derivedTitle')}</span>}
      </h1>
      <dl className="doc-meta">
        {doc.issuer && (
          <div>
            <dt>{t('reader.head.issuer')}</dt>
            <dd>{phrase(doc.issuer)}</dd>
          </div>
        )}
        {doc.date && (
          <div>
            <dt>{t('reader.head.date')}</dt>
            <dd>
              <time dateTime={doc.date}>{doc.date}</time>
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}

const HEADING_TAGS = { 1: 'h2', 2: 'h3', 3: 'h4', 4: 'h5' } as const;

/** A citation's text: a link to the library's copy of the cited document, or marked as not in the library. */
function Cited({ link, children }: { link: CitationLink; children: string }) {
  const { t } = useTranslation();
  if (!link.target) {
    return (
      <span className="cite cite-missing" title={`${link.docNumber}：${t('intel.notInLibrary')}`}>
        {children}
      </span>
    );
  }
  return (
    <a className="cite" href={`#/doc/${link.target.id}`} title={`${t('intel.open')} ${link.target.title}`}>
      {children}
    </a>
  );
}

/**
 * A block's shown text in runs split at annotation and citation boundaries; runs under annotations
 * are marks, runs in a citation hold its link. Each run names its block (data-b) and where it
 * starts in the canonical text (data-s) and, where that differs, in the block's shown text
 * (data-v), so that a selection maps back to canonical positions.
 */
const BlockText = memo(function BlockText({
  index,
  block,
  shown,
  annotations,
  citations,
}: {
  index: number;
  block: Block;
  shown: ShownBlock;
  annotations: readonly Annotation[];
  citations: readonly CitationLink[];
}) {
  return shownRuns(block, shown, splitByRanges(segmentsOf(block, annotations), citations)).map((run) => {
    const top = run.annotations.at(-1);
    // data-v only where the shown offset differs from the canonical one (a converted script).
    const v = run.shownStart === run.start - block.start ? undefined : run.shownStart;
    const text = run.range ? <Cited link={run.range}>{run.text}</Cited> : run.text;
    if (!top) {
      return (
        <span key={run.start} data-b={index} data-v={v} data-s={run.start}>
          {text}
        </span>
      );
    }
    return (
      <mark
        key={run.start}
        data-b={index}
        data-v={v}
        data-s={run.start}
        data-anns={run.annotations.map((a) => a.id).join(' ')}
        className={`hl hl-${top.color}${top.kind === 'underline' ? ' hl-underline' : ''}`}
      >
        {text}
      </mark>
    );
  });
});

type AnnotationsOf = (blockIndex: number) => readonly Annotation[];
type CitationsOf = (blockIndex: number) => readonly CitationLink[];

const PieceView = memo(function PieceView({
  piece,
  shown,
  annotations,
  runInAnnotations,
  citationsOf,
}: {
  piece: Piece;
  shown: ShownDocument;
  annotations: readonly Annotation[];
  runInAnnotations?: readonly Annotation[];
  citationsOf: CitationsOf;
}) {
  const text = (index: number, block: Block, of: readonly Annotation[]) => (
    <BlockText index={index} block={block} shown={shown.block(index)} annotations={of} citations={citationsOf(index)} />
  );
  switch (piece.kind) {
    case 'heading': {
      const Tag = HEADING_TAGS[piece.level];
      return (
        <Tag id={`b-${piece.index}`} className={`heading heading-${piece.level}`} data-block={piece.index}>
          {text(piece.index, piece.block, annotations)}
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p className="paragraph" data-block={piece.runIn?.index ?? piece.index}>
          {piece.runIn && (
            <span id={`b-${piece.runIn.index}`} className={`run-in heading-${piece.runIn.level}`} data-block={piece.runIn.index}>
              {text(piece.runIn.index, piece.runIn.block, runInAnnotations ?? [])}
            </span>
          )}
          {text(piece.index, piece.block, annotations)}
        </p>
      );
    case 'frame':
      return (
        <p className={`frame frame-${piece.role}`} data-block={piece.index}>
          {text(piece.index, piece.block, annotations)}
        </p>
      );
  }
});

/**
 * The document as read: its head from the (editable) metadata, then every block in order, the
 * addressees line (主送机关) first where the document has one.
 */
export const DocumentView = memo(function DocumentView({
  doc,
  shown,
  pieces,
  drawing,
  annotationsOf,
  citationsOf,
}: {
  doc: StoredDocument;
  shown: ShownDocument;
  pieces: Piece[];
  /** Whether more of a long document is still to be drawn. */
  drawing: boolean;
  annotationsOf: AnnotationsOf;
  citationsOf: CitationsOf;
}) {
  return (
    <article className="document" lang={shownLanguage(shown.script, doc.script)} data-script={shown.script}>
      <DocumentHead doc={doc} phrase={shown.phrase} />
      <div className="doc-body" aria-busy={drawing || undefined}>
        {pieces.map((piece) => (
          <PieceView
            key={piece.index}
            piece={piece}
            shown={shown}
            annotations={annotationsOf(piece.index)}
            runInAnnotations={piece.kind === 'paragraph' && piece.runIn ? annotationsOf(piece.runIn.index) : undefined}
            citationsOf={citationsOf}
          />
        ))}
      </div>
    </article>
  );
});
