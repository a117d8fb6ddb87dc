import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFParse, type PageLinkResult } from 'pdf-parse';
import { ReadError } from '../errors.js';
import type { IsolatedOptions } from '../isolate.js';
import type { ReadLimits } from '../limits.js';
import { pdfOpenError } from './open-error.js';
import { measureStreams } from './stream-budget.js';
import { encodePng } from '../ocr/raster.js';
import { pageImages } from './scan-image.js';
import { pageText, pdfDocument, type PdfDocument } from './text-layer.js';

/** One page as pdfjs gives it: its text layer and, for a page without one, an image to OCR. */
export interface PdfLayerPage {
  readonly num: number;
  readonly text: string;
  /** PNG of the page (its one embedded scan in grey, or a rendering) when the text layer is (almost) empty. */
  readonly image: Uint8Array | null;
  /** Resolution of `image` in dots per inch, when known. */
  readonly dpi: number | null;
}

export interface PdfLayer {
  readonly pages: PdfLayerPage[];
}

/** Fewer letters than this on a page: it is a scan (or a stamp), read it with OCR. */
export const MIN_LETTERS = 16;
const RENDER_DPI = 300;
/** An embedded image this small either way (pixels) is not looked at. */
const MIN_IMAGE_SIDE = 200;
/** An embedded image below this resolution is a logo or a signature, not the page's scan. */
const MIN_SCAN_DPI = 150;

const LETTERS = /\p{L}/gu;
export const countLetters = (s: string): number => s.match(LETTERS)?.length ?? 0;

const pdfjsDir = (): string => dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;

type Size = Pick<PageLinkResult, 'width' | 'height'>;

/**
 * The page's image when the page is one big scan (its pixels, in grey, stored in a PNG: no deflate,
 * and no colour the OCR would drop anyway); else a rendering at ~300 dpi (within the pixel limit).
 */
async function pageImage(parser: PDFParse, doc: PdfDocument, num: number, size: Size, limits: ReadLimits): Promise<{ image: Uint8Array | null; dpi: number | null }> {
  const inches = size.width / 72;
  const images = await pageImages(doc, num, MIN_IMAGE_SIDE).catch(() => []); // an image pdfjs cannot decode: render the page instead
  const only = images.length === 1 ? images[0] : undefined;
  if (only?.grey) {
    const pageRatio = size.width / size.height;
    const ratio = only.width / only.height;
    // A scan placed sideways has the inverse ratio; OCR turns it upright.
    const fits = Math.abs(ratio - pageRatio) / pageRatio < 0.06 || Math.abs(1 / ratio - pageRatio) / pageRatio < 0.06;
    const dpi = Math.max(only.width, only.height) / (Math.max(size.width, size.height) / 72);
    if (fits && dpi >= MIN_SCAN_DPI) return { image: encodePng(only.grey), dpi: Math.round(dpi) };
  }
  let width = Math.round(inches * RENDER_DPI);
  const height = (w: number): number => Math.round((w * size.height) / size.width);
  if (width * height(width) > limits.maxImagePixels) width = Math.floor(Math.sqrt((limits.maxImagePixels * size.width) / size.height));
  const shot = await parser.getScreenshot({ partial: [num], desiredWidth: width, imageBuffer: true, imageDataUrl: false });
  const data = shot.pages[0]?.data;
  return data && data.length > 0 ? { image: data, dpi: Math.round((width / inches) * 10) / 10 } : { image: null, dpi: null };
}

/**
 * The pdfjs part of reading a PDF, meant to run in the isolated worker (runIsolated): checks the
 * stream and page budgets, then returns each page's text layer, and an image of every page that
 * has none. Throws ReadError.
 */
export async function extractPdfLayer(bytes: Uint8Array, file: string, opts: IsolatedOptions): Promise<PdfLayer> {
  const { limits, password } = opts;
  const budget = await measureStreams(bytes, limits.maxPdfStreamBytes);
  if (budget.over) {
    throw new ReadError('limit-exceeded', file, `its compressed contents unpack to more than ${mb(limits.maxPdfStreamBytes)}, over the limit (maxPdfStreamBytes)`);
  }
  const dir = pdfjsDir();
  const parser = new PDFParse({
    data: bytes.slice(), // pdfjs takes ownership of the buffer it is given
    ...(password !== undefined ? { password } : {}),
    verbosity: 0,
    maxImageSize: limits.maxImagePixels,
    isEvalSupported: false,
    standardFontDataUrl: join(dir, 'standard_fonts') + '/',
    cMapUrl: join(dir, 'cmaps') + '/',
    cMapPacked: true,
  });
  try {
    const info = await parser.getInfo({ parsePageInfo: true });
    if (info.total > limits.maxPdfPages) {
      throw new ReadError('limit-exceeded', file, `it has ${info.total} pages, over the ${limits.maxPdfPages}-page limit (maxPdfPages)`);
    }
    const doc = await pdfDocument(parser);
    const text: { num: number; text: string }[] = [];
    for (let num = 1; num <= doc.numPages; num++) text.push({ num, text: await pageText(doc, num) });
    const scans = text.filter((p) => countLetters(p.text) < MIN_LETTERS).length;
    if (scans > limits.maxOcrPages) {
      throw new ReadError('limit-exceeded', file, `it has ${scans} scanned pages to recognise, over the ${limits.maxOcrPages}-page limit (maxOcrPages)`);
    }
    const pages: PdfLayerPage[] = [];
    for (const p of text) {
      const size = info.pages.find((s) => s.pageNumber === p.num) ?? { width: 595, height: 842 };
      const scan = countLetters(p.text) < MIN_LETTERS ? await pageImage(parser, doc, p.num, size, limits) : { image: null, dpi: null };
      pages.push({ num: p.num, text: p.text, ...scan });
    }
    return { pages };
  } catch (err) {
    throw pdfOpenError(err, bytes, file, password);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
