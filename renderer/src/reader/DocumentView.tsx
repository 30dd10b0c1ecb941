import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredDocument } from '../../../shared/library.js';
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

const PieceView = memo(function PieceView({ piece }: { piece: Piece }) {
  switch (piece.kind) {
    case 'heading': {
      const Tag = HEADING_TAGS[piece.level];
      return (
        <Tag id={`b-${piece.index}`} className={`heading heading-${piece.level}`} data-block={piece.index}>
          {piece.block.text}
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p className="paragraph" data-block={piece.runIn?.index ?? piece.index}>
          {piece.runIn && (
            <span id={`b-${piece.runIn.index}`} className={`run-in heading-${piece.runIn.level}`} data-block={piece.runIn.index}>
              {piece.runIn.block.text}
            </span>
          )}
          <span data-block={piece.index}>{piece.block.text}</span>
        </p>
      );
    case 'frame':
      return (
        <p className={`frame frame-${piece.role}`} data-block={piece.index}>
          {piece.block.text}
        </p>
      );
  }
});

/**
 * The document as read: its head from the (editable) metadata, then every block in order, the
 * addressees line (主送机关) first where the document has one.
 */
export const DocumentView = memo(function DocumentView({ doc, pieces }: { doc: StoredDocument; pieces: Piece[] }) {
  return (
    <article className="document" lang={doc.script === 'traditional' ? 'zh-Hant' : 'zh-Hans'}>
      <DocumentHead doc={doc} />
      <div className="doc-body">
        {pieces.map((piece) => (
          <PieceView key={piece.index} piece={piece} />
        ))}
      </div>
    </article>
  );
});
