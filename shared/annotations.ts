/** The longest note the editor takes; an imported annotation file is held to it too. */
export const MAX_NOTE_CHARS = 20_000;

export const HIGHLIGHT_COLORS = ['red', 'yellow', 'green', 'blue', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
export type AnnotationKind = 'highlight' | 'underline';

/** The names officials give the colours by default; each can be renamed in settings. */
export const DEFAULT_COLOR_NAMES: Record<HighlightColor, string> = {
  red: '重点',
  yellow: '疑问',
  green: '待办',
  blue: '引用',
  purple: '其他',
};

export interface Annotation {
  id: string;
  docId: string;
  kind: AnnotationKind;
  color: HighlightColor;
  note: string;
  tags: string[];
  /** TextPositionSelector: offsets into the document's canonical text. */
  start: number;
  end: number;
  /** TextQuoteSelector. */
  exact: string;
  prefix: string;
  suffix: string;
  /** Could not be placed in the current text of its document; kept with its quote and note. */
  orphaned: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface LibraryAnnotation extends Annotation {
  docTitle: string;
}

export interface AnnotationQuery {
  docId?: string;
  color?: HighlightColor;
  tag?: string;
  /** Matches the quote or the note. */
  text?: string;
  limit?: number;
}

export interface AnnotationPage {
  /** How many annotations match, of which `items` holds the first `limit`. */
  total: number;
  items: LibraryAnnotation[];
  /** Every tag in use, for the filter. */
  tags: string[];
}

export type AnnotationFormat = 'w3c' | 'md';

export interface AnnotationExport {
  filename: string;
  mediaType: string;
  content: string;
}

export interface AnnotationImportReport {
  added: number;
  /** Already present (same id, or the same passage with the same note). */
  duplicates: number;
  /** For documents not in the library: kept aside, by document id. */
  pending: Record<string, number>;
  /** Added, but their quote is not found in the document's text. */
  orphaned: number;
}
