// PDF export as the API carries it.

/** reading: a text column with notes in the margin; gongwen: GB/T 9704 proportions (A4, 156 × 225 mm, 22 × 28). */
export const PDF_LAYOUTS = ['reading', 'gongwen'] as const;
export type PdfLayout = (typeof PDF_LAYOUTS)[number];

/** A character no bundled font draws: drawn as 〓 and reported. */
export interface MissingCharacter {
  char: string;
  count: number;
}

export interface PdfFile {
  filename: string;
  /** The PDF, base64-encoded. */
  data: string;
  pages: number;
  missing: MissingCharacter[];
}
