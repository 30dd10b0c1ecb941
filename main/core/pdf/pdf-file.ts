// A PDF being written in memory: A4 pages added by hand, the app's fonts registered, the app named
// as creator, and the given date as creation date, so that the same input gives the same bytes.
import type { PdfFont } from './fonts.js';

export const A4: [number, number] = [595.28, 841.89];
/** Points per millimetre. */
export const MM = 72 / 25.4;
/** 〓, the typesetter's mark for a character the fonts lack. */
export const PLACEHOLDER = 0x3013;

export interface PdfFile {
  pdf: PDFKit.PDFDocument;
  /** Ends the document and resolves to its bytes. */
  finish(): Promise<Buffer>;
}

export async function openPdf(options: {
  lang: 'zh-Hans' | 'zh-Hant';
  title: string;
  author?: string;
  keywords?: string;
  date: Date;
  fonts: readonly PdfFont[];
}): Promise<PdfFile> {
  // PDFKit is loaded for the first export, not when the app starts.
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({
    size: A4,
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: options.lang,
    displayTitle: true,
    info: {
      Title: options.title,
      ...(options.author !== undefined && { Author: options.author }),
      ...(options.keywords !== undefined && { Keywords: options.keywords }),
      Creator: '政策阅读器 Policy Reader',
      Producer: '政策阅读器 Policy Reader',
      CreationDate: options.date,
      ModDate: options.date,
    },
  });
  for (const font of options.fonts) pdf.registerFont(font.name, font.data);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  return {
    pdf,
    finish: async () => {
      pdf.end();
      await finished;
      return Buffer.concat(chunks);
    },
  };
}
