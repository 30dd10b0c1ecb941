import { memo, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shownLanguage } from '../../../shared/display-script.js';
import { type Piece, type TableCell, tableCells } from '../../../shared/document-layout.js';
import { isOutOfForce } from '../../../shared/force.js';
import type { CitationLink } from '../../../shared/intel.js';
import type { ReaderDocument } from '../../../shared/library.js';
import type { Block, DoubtfulSpan, FieldSource, ForwardedDocument } from '../../../shared/policy.js';
import { FieldValue, SourceMark } from '../common/FieldSource.js';
import { forceLabel } from '../force/labels.js';
import { type ShownBlock, type ShownDocument, type ShownRun, shownRuns } from '../script/shown-text.js';
import { groupsOf } from './groups.js';
import { PageImageDialog } from './PageImageDialog.js';
import { splitByRanges } from './stretches.js';

function MetaRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** 转发：issuer《title》number, without the issuer where the title already opens with it. */
function forwardedText({ issuer, title, docNumber }: ForwardedDocument): string {
  return `${issuer && !title.startsWith(issuer) ? issuer : ''}《${title}》${docNumber ?? ''}`;
}

function DocumentHead({ doc, phrase }: { doc: ReaderDocument; phrase: (text: string) => string }) {
  const { t } = useTranslation();
  const { provenance } = doc;
  /** A reviewed field has a row where it has a value, or to say that none was found. */
  const shows = (value: string | null, source: FieldSource) => value !== null || source === 'missing';
  return (
    <header className="doc-head">
      {doc.docNumber && (
        <p className="doc-number">
          <FieldValue source={provenance.docNumber}>{phrase(doc.docNumber)}</FieldValue>
        </p>
      )}
      <h1 className="doc-title">
        {phrase(doc.title)}
        <SourceMark source={provenance.title} />
      </h1>
      {doc.subtitle && <p className="doc-subtitle">{phrase(doc.subtitle)}</p>}
      <dl className="doc-meta">
        {!doc.docNumber && provenance.docNumber === 'missing' && (
          <MetaRow label={t('reader.head.docNumber')}>
            <FieldValue source={provenance.docNumber}>{null}</FieldValue>
          </MetaRow>
        )}
        {shows(doc.genre, provenance.genre) && (
          <MetaRow label={t('reader.head.genre')}>
            <FieldValue source={provenance.genre}>{doc.genre && phrase(doc.genre)}</FieldValue>
          </MetaRow>
        )}
        {shows(doc.issuer, provenance.issuer) && (
          <MetaRow label={t('reader.head.issuer')}>
            <FieldValue source={provenance.issuer}>{doc.issuer && phrase(doc.issuer)}</FieldValue>
          </MetaRow>
        )}
        {shows(doc.date, provenance.date) && (
          <MetaRow label={t('reader.head.date')}>
            <FieldValue source={provenance.date}>{doc.date && <time dateTime={doc.date}>{doc.date}</time>}</FieldValue>
          </MetaRow>
        )}
        {doc.publishedDate && (
          <MetaRow label={t('reader.head.publishedDate')}>
            <time dateTime={doc.publishedDate}>{doc.publishedDate}</time>
          </MetaRow>
        )}
        {doc.indexNumber && <MetaRow label={t('reader.head.indexNumber')}>{doc.indexNumber}</MetaRow>}
        {doc.topic && <MetaRow label={t('reader.head.topic')}>{phrase(doc.topic)}</MetaRow>}
        {doc.validity && <MetaRow label={t('reader.head.validity')}>{phrase(doc.validity)}</MetaRow>}
        {doc.recognition && (
          <MetaRow label={t('reader.head.recognition')}>
            <span className="badge badge-recognised" title={t('reader.head.recognitionHint')}>
              {t('reader.head.recognitionValue', {
                confidence: Math.round(doc.recognition.confidence),
                pages: doc.recognition.pages,
              })}
            </span>
          </MetaRow>
        )}
        {doc.forwarded && <MetaRow label={t('reader.head.forwarded')}>{phrase(forwardedText(doc.forwarded))}</MetaRow>}
      </dl>
    </header>
  );
}

const HEADING_TAGS = { 1: 'h2', 2: 'h3', 3: 'h4', 4: 'h5' } as const;

/** A citation's text: a link to the library's copy of the cited document, or marked as not in the library. */
function Cited({ link, children }: { link: CitationLink; children: string }) {
  const { t, i18n } = useTranslation();
  if (!link.target) {
    return (
      <span className="cite cite-missing" title={`${link.docNumber}：${t('intel.notInLibrary')}`}>
        {children}
      </span>
    );
  }
  const void_ = link.force && isOutOfForce(link.force.status) ? forceLabel(link.force.status, i18n.language) : null;
  const title = `${t('intel.open')} ${link.target.title}`;
  return (
    <a
      className={void_ ? 'cite cite-void' : 'cite'}
      href={`#/doc/${link.target.id}`}
      data-force={void_ ?? undefined}
      title={
        void_ ? `${title}\n${t('force.citedVoid', { status: void_ })}${link.force?.since ? ` · ${link.force.since}` : ''}` : title
      }
    >
      {children}
    </a>
  );
}

/** What draws a block's text: the block, its shown text, and the citations in it. */
interface BlockTextProps {
  index: number;
  block: Block;
  shown: ShownBlock;
  citations: readonly CitationLink[];
}

/** A block's whole stretch, before it is split at citations. */
const whole = (block: Block) => [{ start: block.start, end: block.end }];

/**
 * A block's shown text in runs split at citation boundaries, runs in a citation holding its link.
 * Each run names its block (data-b) and where it starts in the canonical text (data-s) and, where
 * that differs, in the block's shown text (data-v), so that a selection maps back to canonical
 * positions and highlights are drawn as ranges over the runs (annotations/annotation-highlights).
 */
const BlockText = memo(function BlockText({ index, block, shown, citations }: BlockTextProps) {
  return shownRuns(block, shown, splitByRanges(whole(block), citations)).map((run) => runElement(index, block, run));
});

type DrawnRun = ShownRun<{ start: number; end: number; range?: CitationLink | null }>;

function runElement(index: number, block: Block, run: DrawnRun): ReactNode {
  // data-v only where the shown offset differs from the canonical one (a converted script).
  const v = run.shownStart === run.start - block.start ? undefined : run.shownStart;
  return (
    <span key={run.start} data-b={index} data-v={v} data-s={run.start}>
      {run.range ? <Cited link={run.range}>{run.text}</Cited> : run.text}
    </span>
  );
}

/** Characters of the longest cell of a column kept on one line. */
const SHORT_CELL = 12;

/**
 * A table: each cell draws the runs of its own stretch of the block, so that the tabs and line
 * breaks between cells are drawn as the table's grid and a selection still maps to canonical offsets.
 */
const TableText = memo(function TableText({ index, block, shown, citations }: BlockTextProps) {
  const rows = tableCells(block.text);
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const spans = rows.flat().map((cell) => ({ start: block.start + cell.start, end: block.start + cell.end }));
  const inCells = new Map<number, Array<{ start: number; end: number }>>();
  for (const { range, ...stretch } of splitByRanges(whole(block), spans)) {
    if (range) inCells.set(range.start, [...(inCells.get(range.start) ?? []), stretch]);
  }
  const byCell = new Map<number, DrawnRun[]>();
  for (const [start, segments] of inCells) byCell.set(start, shownRuns(block, shown, splitByRanges(segments, citations)));
  // A column of short cells (序号, 牵头单位) keeps each on one line; Chinese text would otherwise
  // break after any character and the long column would take all the width.
  const short = Array.from({ length: columns }, (_, c) =>
    rows.every((row) => {
      const cell = row[c];
      return !cell || cell.end - cell.start <= SHORT_CELL;
    }),
  );
  const cellsOf = (row: readonly TableCell[], Tag: 'th' | 'td') =>
    Array.from({ length: columns }, (_, c) => {
      const cell = row[c];
      const runs = cell ? (byCell.get(block.start + cell.start) ?? []) : [];
      return (
        <Tag key={c} className={short[c] ? 'cell-short' : undefined}>
          {runs.map((run) => runElement(index, block, run))}
        </Tag>
      );
    });
  const [head, ...body] = rows.length > 1 ? rows : [undefined, ...rows];
  return (
    <table className="doc-table">
      {head && (
        <thead>
          <tr>{cellsOf(head, 'th')}</tr>
        </thead>
      )}
      <tbody>
        {body.map((row, r) => (
          <tr key={r}>{row && cellsOf(row, 'td')}</tr>
        ))}
      </tbody>
    </table>
  );
});

type CitationsOf = (blockIndex: number) => readonly CitationLink[];

/** A mark after a stretch of recognised text read with little confidence: it opens the page it was read from. */
function DoubtMark({ doubt, onShow }: { doubt: DoubtfulSpan; onShow: (doubt: DoubtfulSpan) => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="doubt-mark"
      title={t('reader.pageImage.hint', { page: doubt.page, confidence: doubt.confidence })}
      onClick={() => onShow(doubt)}
    >
      {t('reader.pageImage.mark', { page: doubt.page })}
    </button>
  );
}

const PieceView = memo(function PieceView({
  piece,
  shown,
  citationsOf,
  doubt,
  onShowPage,
}: {
  piece: Piece;
  shown: ShownDocument;
  citationsOf: CitationsOf;
  doubt?: DoubtfulSpan;
  onShowPage: (doubt: DoubtfulSpan) => void;
}) {
  const text = (index: number, block: Block) => (
    <BlockText index={index} block={block} shown={shown.block(index)} citations={citationsOf(index)} />
  );
  const mark = doubt && <DoubtMark doubt={doubt} onShow={onShowPage} />;
  switch (piece.kind) {
    case 'heading': {
      const Tag = HEADING_TAGS[piece.level];
      return (
        <Tag id={`b-${piece.index}`} className={`heading heading-${piece.level}`} data-block={piece.index}>
          {text(piece.index, piece.block)}
          {mark}
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p className="paragraph" data-block={piece.runIn?.index ?? piece.index}>
          {piece.runIn && (
            <span id={`b-${piece.runIn.index}`} className={`run-in heading-${piece.runIn.level}`} data-block={piece.runIn.index}>
              {text(piece.runIn.index, piece.runIn.block)}
            </span>
          )}
          {text(piece.index, piece.block)}
          {mark}
        </p>
      );
    case 'frame':
      return (
        <p className={`frame frame-${piece.role}`} data-block={piece.index}>
          {text(piece.index, piece.block)}
          {mark}
        </p>
      );
    case 'table':
      return (
        <div className="table-frame" data-block={piece.index}>
          <TableText
            index={piece.index}
            block={piece.block}
            shown={shown.block(piece.index)}
            citations={citationsOf(piece.index)}
          />
        </div>
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
  viewOf,
  drawing,
  citationsOf,
}: {
  doc: ReaderDocument;
  shown: ShownDocument;
  pieces: Piece[];
  /** The view each group of pieces shows: `shown`, or during a switch of script the one before. */
  viewOf: (group: number) => ShownDocument;
  /** Whether more of a long document is still to be drawn. */
  drawing: boolean;
  citationsOf: CitationsOf;
}) {
  const [checking, setChecking] = useState<DoubtfulSpan | null>(null);
  const doubtful = doc.recognition?.doubtful ?? [];
  // The least sure stretch read into a piece's text, if any.
  const doubtOf = (piece: Piece) => {
    const start = piece.kind === 'paragraph' && piece.runIn ? piece.runIn.block.start : piece.block.start;
    const overlapping = doubtful.filter((d) => d.start < piece.block.end && d.end > start);
    return overlapping.reduce<DoubtfulSpan | undefined>(
      (least, d) => (!least || d.confidence < least.confidence ? d : least),
      undefined,
    );
  };
  return (
    <article className="document" lang={shownLanguage(shown.script, doc.script)} data-script={shown.script}>
      <DocumentHead doc={doc} phrase={shown.phrase} />
      <div className="doc-body" aria-busy={drawing || undefined}>
        {groupsOf(pieces).map((group, g) => (
          <div key={group[0]?.index} className="doc-group">
            {group.map((piece) => (
              <PieceView
                key={piece.index}
                piece={piece}
                shown={viewOf(g)}
                citationsOf={citationsOf}
                doubt={doubtful.length > 0 ? doubtOf(piece) : undefined}
                onShowPage={setChecking}
              />
            ))}
          </div>
        ))}
      </div>
      {doubtful.length > 0 && <PageImageDialog docId={doc.id} doubt={checking} onClose={() => setChecking(null)} />}
    </article>
  );
});
