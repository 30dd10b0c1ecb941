// Text recognition of scanned pages, offline: tesseract.js with the Chinese models npm ships
// (@tesseract.js-data/chi_sim, chi_tra), loaded from node_modules — no request is ever made. The
// first page is read with both models side by side, and the surer one reads the rest. Red is taken
// out before recognition (a seal stamped over the text would otherwise break its lines): the page is
// made black and white from its red channel alone, where red ink is as light as the paper.
import { createRequire } from 'node:module';
import { ReaderError } from '../../../shared/errors.js';
import { characterCensus, detectScript } from '../parse/script.js';
import { checkedReading } from './second-reading.js';

const require = createRequire(import.meta.url);

export interface Recognised {
  text: string;
  /** Mean confidence of the pages, 0–100 as tesseract gives it. */
  confidence: number;
  pages: number;
  /** Lines read with little confidence, as recognised (without white space), by page. */
  doubtful: DoubtfulLine[];
}

export interface DoubtfulLine {
  page: number;
  text: string;
  confidence: number;
}

/** Below this confidence (0–100) a recognised line is worth checking against the page. */
const DOUBTFUL_BELOW = 85;
/** Characters of Chinese a doubtful line needs to be placed in the text (specks read as "一 ." are not). */
const DOUBTFUL_MIN_HAN = 4;

type Language = 'chi_sim' | 'chi_tra';
/** Below this in the red channel a pixel is ink; a seal's red is far above it. */
const INK = 150;
type Worker = Awaited<ReturnType<typeof import('tesseract.js')['createWorker']>>;

async function startWorker(language: Language): Promise<Worker> {
  const { createWorker } = await import('tesseract.js');
  const data = require(`@tesseract.js-data/${language}`) as { langPath: string; gzip: boolean };
  return createWorker(language, 1, { langPath: data.langPath, gzip: data.gzip, cacheMethod: 'none' });
}

/** Dark pixels a page needs, of every 10,000, to be worth reading (a blank page has a few specks at most). */
const INK_PER_10000 = 10;

/** A page's pixels as they come out of a file (a TIFF's, a scanned PDF's image): RGBA, row by row. */
export interface PagePixels {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

/** Pixels as a PNG, to be looked at. */
export async function pngOf({ width, height, rgba }: PagePixels): Promise<Buffer> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  const image = context.createImageData(width, height);
  image.data.set(rgba);
  context.putImageData(image, 0, 0);
  return canvas.toBuffer('image/png');
}

/** A page to recognise: an image file's bytes (PNG, JPEG), or its pixels already decoded. */
export type PageImage = Uint8Array | PagePixels;

async function pixelsOf(image: PageImage): Promise<PagePixels> {
  if (!(image instanceof Uint8Array)) return image;
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  let picture: Awaited<ReturnType<typeof loadImage>>;
  try {
    picture = await loadImage(Buffer.from(image));
  } catch (error) {
    throw new ReaderError('DAMAGED_FILE', { format: 'image', reason: error instanceof Error ? error.message : String(error) });
  }
  const canvas = createCanvas(picture.width, picture.height);
  const context = canvas.getContext('2d');
  context.drawImage(picture, 0, 0);
  const { data } = context.getImageData(0, 0, picture.width, picture.height);
  return { width: picture.width, height: picture.height, rgba: data };
}

/**
 * A page with red taken out and dust cleared, in black and white, as a PBM (one bit a pixel, which
 * tesseract reads without decoding a PNG); and whether any ink is left.
 */
function withoutRed({ width, height, rgba: d }: PagePixels): { pbm: Buffer; ink: boolean } {
  const sealOverPrint = sealOverPrintBelow(d);
  for (let i = 0; i < d.length; i += 4) {
    // Red ink is light in the red channel; what is still dark there is black ink, or a seal over it.
    const red = d[i] ?? 255;
    d[i] = red < INK || (red < sealOverPrint && isSealRed(red, d[i + 1] ?? 0)) ? 0 : 255;
  }
  despeckle(d, width, height, Math.max(4, Math.round((width / A4_WIDTH_INCHES / 300) ** 2 * SPECK_AREA)));
  const row = Math.ceil(width / 8);
  const bits = Buffer.alloc(row * height);
  let dark = 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (d[(y * width + x) * 4] === 0) {
        bits[y * row + (x >> 3)] = (bits[y * row + (x >> 3)] ?? 0) | (0x80 >> (x & 7));
        dark++;
      }
  if (dark * 10_000 < width * height * INK_PER_10000) return { pbm: Buffer.alloc(0), ink: false };
  return { pbm: Buffer.concat([Buffer.from(`P4\n${width} ${height}\n`, 'latin1'), bits]), ink: true };
}

/** How much redder than green a seal's pixel is, over paper or over print. */
const SEAL_REDNESS = 80;
const isSealRed = (red: number, green: number) => red - green > SEAL_REDNESS && red >= INK;
/** Points of red by which a seal over print is darker than the seal over paper. */
const PRINT_UNDER_SEAL = 20;

/**
 * The red below which a seal's pixel lies over black print. A seal's ink over paper is as light in
 * red as the paper, but over print it is darker, and the strokes it crosses are kept; measured from
 * the page's own seal (the median red of its red pixels), none where the page has no seal.
 */
function sealOverPrintBelow(d: Uint8ClampedArray): number {
  const counts = new Uint32Array(256);
  let seal = 0;
  for (let i = 0; i < d.length; i += 4) {
    const red = d[i] ?? 0;
    if (isSealRed(red, d[i + 1] ?? 0)) {
      counts[red] = (counts[red] ?? 0) + 1;
      seal++;
    }
  }
  let seen = 0;
  for (let red = 0; red < 256 && seal > 0; red++) {
    seen += counts[red] ?? 0;
    if (seen * 2 >= seal) return red - PRINT_UNDER_SEAL;
  }
  return 0;
}

/** A page's width in inches, to scale the speck size with the scan's resolution. */
const A4_WIDTH_INCHES = 8.27;
/** Dark spots smaller than this many pixels at 300 dpi are dust (a 、 or 。 at 10 pt is some 60). */
const SPECK_AREA = 24;

/**
 * Whites out every dark patch (4-connected) smaller than `least` pixels: dust and toner specks,
 * which tesseract otherwise reads as 国 or 口. Pixels are RGBA, black where the red channel is 0.
 */
function despeckle(d: Uint8ClampedArray, width: number, height: number, least: number): void {
  const seen = new Uint8Array(width * height);
  const patch: number[] = [];
  const stack: number[] = [];
  for (let start = 0; start < width * height; start++) {
    if (seen[start] || d[start * 4] !== 0) continue;
    patch.length = 0;
    stack.push(start);
    seen[start] = 1;
    while (stack.length > 0) {
      const at = stack.pop() as number;
      if (patch.length <= least) patch.push(at);
      const x = at % width;
      const neighbours = [x > 0 ? at - 1 : -1, x < width - 1 ? at + 1 : -1, at - width, at + width];
      for (const n of neighbours) {
        if (n < 0 || n >= width * height || seen[n] || d[n * 4] !== 0) continue;
        seen[n] = 1;
        stack.push(n);
      }
    }
    if (patch.length < least) for (const at of patch) d[at * 4] = d[at * 4 + 1] = d[at * 4 + 2] = 255;
  }
}

/**
 * Tesseract's lines of Chinese come with a space between characters, a blank line between
 * paragraphs and Western punctuation where the page has Chinese: the spaces next to a Chinese
 * character go, each paragraph is a line, a comma or bracket beside Chinese is the full-width one,
 * a year in brackets is 〔2016〕 as in a document number, and quotation marks open and close in turn.
 * A full stop between two Chinese characters is the 、 it was printed as. The page's number at its
 * foot (— 1 —, often read as 一|一) is a line of its own, printed as a 公文 prints it, where the
 * parse knows it for a page number.
 */
export function recognisedParagraphs(text: string, page = 1): string {
  return text
    .replace(FOLIO, (_line, number: string) => `\n\n— ${/^\d+$/.test(number) ? number : page} —\n\n`)
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      alternateQuotes(
        paragraph
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .join('')
          .replace(SMALL_FORMS, (c) => FULL_FORM[c] ?? c)
          .replace(SPACE_BEFORE_CJK, '')
          .replace(SPACE_AFTER_CJK, '$1')
          .replace(BRACKETED_YEAR, '〔$1〕')
          .replace(WESTERN_BESIDE_CJK, (c) => FULL_FORM[c] ?? c)
          .replace(STOP_BETWEEN_HAN, '、'),
      ),
    )
    .filter(Boolean)
    .join('\n');
}

/** A line of a dash, a number (or a stroke read for one) and a dash, as a 公文's page number is printed and read. */
const FOLIO = /^[ \t]*[-—–―一二－~][ \t]*([0-9|Il]{1,3})[ \t]*[-—–―一二－~][ \t]*$/gm;
const STOP_BETWEEN_HAN = /(?<=\p{Script=Han})[.．](?=\p{Script=Han})/gu;
const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef“”‘’]';
const SPACE_BEFORE_CJK = new RegExp(`[ \\t]+(?=${CJK})`, 'g');
const SPACE_AFTER_CJK = new RegExp(`(${CJK})[ \\t]+`, 'g');
const BRACKETED_YEAR = /[[〔【]\s*((?:19|20)\d{2})\s*[\]〕】]+/g;
const WESTERN_BESIDE_CJK = new RegExp(`(?<=${CJK})[,:;()?!]|[,:;()?!](?=${CJK})`, 'g');

function alternateQuotes(paragraph: string): string {
  let open = true;
  return paragraph.replace(/[“”"]/g, () => {
    const mark = open ? '“' : '”';
    open = !open;
    return mark;
  });
}

/** The small forms tesseract's models give for some punctuation (﹕﹝﹚); documents use the full-width ones. */
const FULL_FORM: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
  '﹐': '，',
  '﹑': '、',
  '﹒': '．',
  '﹔': '；',
  '﹕': '：',
  '﹖': '？',
  '﹗': '！',
  '﹙': '（',
  '﹚': '）',
  '﹛': '｛',
  '﹜': '｝',
  '﹝': '〔',
  '﹞': '〕',
  '﹢': '＋',
  '﹣': '－',
};
const SMALL_FORMS = /[\ufe50-\ufe6b]/g;

/**
 * Recognises pages one by one (each image made only when its turn comes); `onPage` reports each
 * page as it is taken up, and `signal` stops between pages.
 */
/** Word of a recognition's progress: the page it has come to, of how many; and a stop between pages. */
export interface RecognitionProgress {
  onPage?: (page: number, pages: number) => void;
  signal?: AbortSignal;
}

/** Points of confidence the traditional model may trail by on a page it reads as traditional. */
const TRADITIONAL_MARGIN = 3;

/**
 * Whether a page is in traditional script, by what each model made of it: the traditional model
 * reads a simplified page as a mixture, and a traditional one as traditional, where the simplified
 * model's confidence on a traditional page can match the traditional model's.
 */
function readsTraditional(traditional: { text: string; confidence: number }, simplified: { confidence: number }): boolean {
  if (traditional.confidence > simplified.confidence) return true;
  return (
    detectScript(characterCensus(traditional.text)) === 'traditional' &&
    traditional.confidence >= simplified.confidence - TRADITIONAL_MARGIN
  );
}

/** The models that read a scan's pages: the one that fits it, and on a traditional page the simplified one to check it. */
interface Readers {
  worker: Worker;
  checker: Worker | null;
}

/**
 * The first page read with both models at once (a core each), and the models that read the rest: the
 * one that fits the page, and where that is the traditional one, the simplified one beside it to check
 * its reading (second-reading.ts); a simplified page's model is let go of the other.
 */
async function withTheFittingModel(started: Started, page: Buffer): Promise<Readers & { data: Page }> {
  const workers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  try {
    const [simplified, traditional] = started.map((s) => {
      if (s.status === 'rejected') throw s.reason;
      return s.value;
    }) as [Worker, Worker];
    const [read, other] = await Promise.all([simplified.recognize(page, {}, OUTPUT), traditional.recognize(page, {}, OUTPUT)]);
    if (readsTraditional(other.data, read.data))
      return { worker: traditional, checker: simplified, data: checkedReading(other.data, read.data) };
    await traditional.terminate();
    return { worker: simplified, checker: null, data: read.data };
  } catch (error) {
    await Promise.allSettled(workers.map((w) => w.terminate()));
    throw error;
  }
}

/** A later page, read by the fitting model and, beside it on the other core, the checking one. */
async function readWith({ worker, checker }: Readers, page: Buffer): Promise<Page> {
  if (!checker) return (await worker.recognize(page, {}, OUTPUT)).data;
  const [read, check] = await Promise.all([worker.recognize(page, {}, OUTPUT), checker.recognize(page, {}, OUTPUT)]);
  return checkedReading(read.data, check.data);
}

type Started = PromiseSettledResult<Worker>[];

/** Both models, started side by side; one that fails to start is told when they are used. */
function startBoth(): Promise<Started> {
  return Promise.allSettled([startWorker('chi_sim'), startWorker('chi_tra')]);
}

type Page = Awaited<ReturnType<Worker['recognize']>>['data'];

/** The text, and its lines with their confidence. */
const OUTPUT = { text: true, blocks: true } as const;

export async function recognisePages(
  pages: number,
  image: (page: number) => Promise<PageImage>,
  options: RecognitionProgress = {},
): Promise<Recognised> {
  // Both models load while the first page that decodes is made ready (a damaged image costs none).
  let starting: Promise<Started> | null = null;
  let readers: Readers | null = null;
  const texts: string[] = [];
  const confidences: number[] = [];
  const doubtful: DoubtfulLine[] = [];
  try {
    for (let page = 1; page <= pages; page++) {
      if (options.signal?.aborted) throw new ReaderError('CANCELLED');
      const pixels = await pixelsOf(await image(page));
      starting ??= startBoth();
      const clean = withoutRed(pixels);
      options.onPage?.(page, pages);
      if (!clean.ink) continue;
      let data: Page;
      if (readers) data = await readWith(readers, clean.pbm);
      else ({ data, ...readers } = await withTheFittingModel(await starting, clean.pbm));
      texts.push(recognisedParagraphs(data.text, page));
      confidences.push(data.confidence);
      for (const line of (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines))) {
        const text = line.text.replace(/\s+/g, '');
        if (line.confidence < DOUBTFUL_BELOW && (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= DOUBTFUL_MIN_HAN)
          doubtful.push({ page, text, confidence: Math.round(line.confidence) });
      }
    }
  } finally {
    if (readers) await Promise.all([readers.worker.terminate(), readers.checker?.terminate()]);
    else if (starting)
      await Promise.allSettled((await starting).flatMap((s) => (s.status === 'fulfilled' ? [s.value.terminate()] : [])));
  }
  const text = texts.filter(Boolean).join('\n');
  const confidence = confidences.reduce((a, b) => a + b, 0) / Math.max(1, confidences.length);
  return { text: text ? `${text}\n` : '', confidence: Math.round(confidence * 10) / 10, pages, doubtful };
}
