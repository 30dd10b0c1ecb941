import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/annotations.js';
import type { StoredDocument } from '../../../shared/library.js';
import type { Block } from '../../../shared/policy.js';
import { segmentsOf } from '../annotations/segments.js';
import type { Piece } from './layout.js';

function DocumentHead({ doc }: { doc: StoredDocument }) {
  const { t } = useTranslation();
  return (
    <header className="doc-head">
      {doc.docNumber && <p className="doc-number">{doc.docNumber}</p>}
      <h1 className="doc-title">
        {doc.title}
        {doc.titleDerived && <span className="derived-mark">{t('reader.derivedTitle')}</span>}
      </h1>
      <dl className="doc-meta">
        {doc.issuer && (
          <div>
            <dt>{t('reader.head.issuer')}</dt>
            <dd>{doc.issuer}</dd>
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

/**
 * A block's text in runs, each carrying the canonical offset of its first character (data-s), so that
 * a selection maps back to canonical positions; runs under annotations are marks.
 */
const BlockText = memo(function BlockText({ block, annotations }: { block: Block; annotations: readonly Annotation[] }) {
  return segmentsOf(block, annotations).map((segment) => {
    const text = block.text.slice(segment.start - block.start, segment.end - block.start);
    const top = segment.annotations.at(-1);
    if (!top) {
      return (
        <span key={segment.start} data-s={segment.start}>
          {text}
        </span>
      );
    }
    return (
      <mark
        key={segment.start}
        data-s={segment.start}
        data-anns={segment.annotations.map((a) => a.id).join(' ')}
        className={`hl hl-${top.color}${top.kind === 'underline' ? ' hl-underline' : ''}`}
      >
        {text}
      </mark>
    );
  });
});

type AnnotationsOf = (blockIndex: number) => readonly Annotation[];

const PieceView = memo(function PieceView({
  piece,
  annotations,
  runInAnnotations,
}: {
  piece: Piece;
  annotations: readonly Annotation[];
  runInAnnotations?: readonly Annotation[];
}) {
  switch (piece.kind) {
    case 'heading': {
      const Tag = HEADING_TAGS[piece.level];
      return (
        <Tag id={`b-${piece.index}`} className={`heading heading-${piece.level}`} data-block={piece.index}>
          <BlockText block={piece.block} annotations={annotations} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p className="paragraph" data-block={piece.runIn?.index ?? piece.index}>
          {piece.runIn && (
            <span id={`b-${piece.runIn.index}`} className={`run-in heading-${piece.runIn.level}`} data-block={piece.runIn.index}>
              <BlockText block={piece.runIn.block} annotations={runInAnnotations ?? []} />
            </span>
          )}
          <BlockText block={piece.block} annotations={annotations} />
        </p>
      );
    case 'frame':
      return (
        <p className={`frame frame-${piece.role}`} data-block={piece.index}>
          <BlockText block={piece.block} annotations={annotations} />
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
  pieces,
  annotationsOf,
}: {
  doc: StoredDocument;
  pieces: Piece[];
  annotationsOf: AnnotationsOf;
}) {
  return (
    <article className="document" lang={doc.script === 'traditional' ? 'zh-Hant' : 'zh-Hans'}>
      <DocumentHead doc={doc} />
      <div className="doc-body">
        {pieces.map((piece) => (
          <PieceView
            key={piece.index}
            piece={piece}
            annotations={annotationsOf(piece.index)}
            runInAnnotations={piece.kind === 'paragraph' && piece.runIn ? annotationsOf(piece.runIn.index) : undefined}
          />
        ))}
      </div>
    </article>
  );
});
