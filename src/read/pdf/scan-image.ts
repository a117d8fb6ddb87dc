import type { GreyRaster } from '../ocr/raster.js';
import type { PdfDocument } from './text-layer.js';

/**
 * The images a page paints, taken as pdfjs decoded them. pdf-parse's getImage() would also do
 * this, but then draws each image on a canvas and encodes it as an RGBA PNG: ~1–2 s of CPU for an
 * A4 scan at 300 dpi, only for the OCR to decode that PNG again. Here the pixels go straight to
 * grey (the luma the OCR computes anyway), so the page's text comes out the same.
 */

/** pdfjs's operator codes and image kinds (pdf-parse 2.4.5 pins pdfjs-dist 5.4.296). */
const PAINT_IMAGE = 85; // OPS.paintImageXObject
const PAINT_INLINE_IMAGE = 86; // OPS.paintInlineImageXObject
const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

/** An image as pdfjs hands it over: `data` row by row in `kind`'s layout (a `bitmap` in browsers only). */
interface DecodedImage {
  readonly width: number;
  readonly height: number;
  readonly kind?: number | null;
  readonly data?: Uint8Array | Uint8ClampedArray | null;
}
interface PdfObjects {
  has(name: string): boolean;
  get(name: string, callback: (image: DecodedImage | null) => void): void;
}
interface PagePainting {
  getOperatorList(): Promise<{ readonly fnArray: readonly number[]; readonly argsArray: readonly unknown[][] }>;
  readonly objs: PdfObjects;
  readonly commonObjs: PdfObjects;
  cleanup(): void;
}

const resolve = (objs: PdfObjects, name: string): Promise<DecodedImage | null> => new Promise((done) => objs.get(name, (image) => done(image ?? null)));

/** ITU-R 601 luma, as raster.ts's greyOf computes it; a transparent pixel is white paper. */
function toGrey(image: DecodedImage): GreyRaster | null {
  const { width, height, kind, data: src } = image;
  if (!src || width < 1 || height < 1) return null;
  const n = width * height;
  const data = new Uint8Array(n);
  if (kind === RGB_24BPP && src.length >= 3 * n) {
    for (let i = 0, p = 0; i < n; i++, p += 3) data[i] = (src[p]! * 299 + src[p + 1]! * 587 + src[p + 2]! * 114) / 1000;
  } else if (kind === RGBA_32BPP && src.length >= 4 * n) {
    for (let i = 0, p = 0; i < n; i++, p += 4) {
      const a = src[p + 3]!;
      data[i] = ((src[p]! * 299 + src[p + 1]! * 587 + src[p + 2]! * 114) * a + 1000 * 255 * (255 - a)) / (1000 * 255);
    }
  } else if (kind === GRAYSCALE_1BPP) {
    // Rows padded to whole bytes, most significant bit first; a set bit is white.
    const stride = (width + 7) >> 3;
    if (src.length < stride * height) return null;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = (src[y * stride + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
  } else return null;
  return { width, height, data };
}

/** What a page image is: its size, and its pixels in grey when they could be read. */
export interface ScanImage {
  readonly width: number;
  readonly height: number;
  readonly grey: GreyRaster | null;
}

/**
 * The images page `num` paints that are larger than `minSide` pixels both ways, in grey. An image
 * kind not read here has `grey: null`: the caller renders the page instead.
 */
export async function pageImages(doc: PdfDocument, num: number, minSide: number): Promise<ScanImage[]> {
  const page = (await doc.getPage(num)) as unknown as PagePainting;
  try {
    const ops = await page.getOperatorList();
    const out: ScanImage[] = [];
    for (let i = 0; i < ops.fnArray.length; i++) {
      const fn = ops.fnArray[i];
      if (fn !== PAINT_IMAGE && fn !== PAINT_INLINE_IMAGE) continue;
      const arg = ops.argsArray[i]?.[0];
      let image: DecodedImage | null = null;
      if (typeof arg === 'string') image = await resolve(page.commonObjs.has(arg) ? page.commonObjs : page.objs, arg);
      else if (arg && typeof arg === 'object' && 'width' in arg) image = arg as DecodedImage;
      if (!image || image.width <= minSide || image.height <= minSide) continue;
      out.push({ width: image.width, height: image.height, grey: toGrey(image) });
    }
    return out;
  } finally {
    page.cleanup();
  }
}
