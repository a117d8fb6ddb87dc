import { ReadError } from './errors.js';
import type { ReadLimits } from './limits.js';
import { ocrImage, OcrImageError, readImageSize, type ImageSize, type OcrPageResult } from './ocr/index.js';
import { tiffPageFile, tiffPages } from './ocr/tiff.js';
import { joinPages, lowConfidencePages, type PageText } from './pages.js';
import type { Reader, ReadResult } from './types.js';

type Format = 'png' | 'jpeg' | 'tiff';

const MEDIA_TYPES = { png: 'image/png', jpeg: 'image/jpeg', tiff: 'image/tiff' } as const;
const NAMES = { png: 'PNG', jpeg: 'JPEG', tiff: 'TIFF' } as const;
const LETTER = /\p{L}/u;
const LOW_CONFIDENCE = 60;

const grouped = (n: number): string => n.toLocaleString('en-US');

/** A PNG ends with its IEND chunk, a JPEG with FFD9 (a little trailing junk is tolerated). */
function looksComplete(bytes: Uint8Array, format: Format): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - 4096));
  if (format === 'png') return tail.includes('IEND', 0, 'latin1');
  if (format === 'jpeg') return tail.includes(Buffer.from([0xff, 0xd9]));
  return true;
}

function checkSize(size: ImageSize, bytes: Uint8Array, file: string, maxPixels: number): Format {
  if (!size.ok) {
    if (size.reason === 'unsupported') throw new ReadError('unsupported-type', file, 'it is not a PNG, JPEG or TIFF image');
    if (size.reason === 'truncated') throw new ReadError('truncated', file, 'the image is cut short: its header is incomplete');
    throw new ReadError('corrupt', file, 'the image header is damaged');
  }
  const pixels = size.width * size.height;
  if (pixels > maxPixels) {
    throw new ReadError('limit-exceeded', file, `the image is ${size.width} × ${size.height} pixels, over the ${grouped(maxPixels)}-pixel limit`);
  }
  if (!looksComplete(bytes, size.format)) throw new ReadError('truncated', file, `the ${NAMES[size.format]} image is cut short: its end is missing`);
  return size.format;
}

/**
 * The page images of a TIFF: a fax or a scanner's multi-page file gives one per page, thumbnails
 * left out. Each page's pixel size is checked before anything is decoded.
 */
function tiffImages(bytes: Uint8Array, file: string, limits: ReadLimits, warnings: string[]): (() => Uint8Array)[] {
  // Thumbnails share the chain, so walk a little further than the page limit before judging.
  const r = tiffPages(bytes, limits.maxOcrPages * 2 + 1);
  if (!r.ok) throw new ReadError('corrupt', file, 'the TIFF page list is damaged');
  const pages = r.pages.filter((p) => !p.reduced);
  if (pages.length > limits.maxOcrPages || r.cut === 'too-many') {
    throw new ReadError('limit-exceeded', file, `the TIFF has more than ${limits.maxOcrPages} pages to recognise, over the limit (maxOcrPages)`);
  }
  for (const [i, p] of pages.entries()) {
    if (p.width * p.height > limits.maxImagePixels) {
      throw new ReadError('limit-exceeded', file, `page ${i + 1} of the TIFF is ${p.width} × ${p.height} pixels, over the ${grouped(limits.maxImagePixels)}-pixel limit`);
    }
  }
  if (r.cut === 'truncated') warnings.push(`the TIFF is cut short after page ${pages.length}: later pages may be lost`);
  if (r.cut === 'loop') warnings.push(`the TIFF's page list loops back after page ${pages.length}; the ${pages.length} pages before it were read`);
  // One page that is the file's first directory is handed over as it is; others as a copy pointing at them.
  if (pages.length === 1 && pages[0]!.ifd === r.pages[0]!.ifd) return [() => bytes];
  return pages.map((p) => () => tiffPageFile(bytes, p));
}

async function recognise(image: Uint8Array, file: string, where: string, format: Format, signal: AbortSignal | undefined): Promise<OcrPageResult> {
  if (signal?.aborted) throw new ReadError('timeout', file, 'reading was stopped because the time for this file ran out');
  try {
    return await ocrImage(image, { signal });
  } catch (err) {
    if (signal?.aborted) throw new ReadError('timeout', file, 'reading was stopped because the time for this file ran out', { cause: err });
    if (err instanceof OcrImageError) throw new ReadError('corrupt', file, `${where} is damaged and cannot be decoded`, { cause: err });
    const why = err instanceof Error ? err.message : String(err);
    throw new ReadError('unreadable', file, `the text recognition engine failed${format === 'tiff' ? ` on ${where}` : ''} (${why})`, { cause: err });
  }
}

/**
 * Reads a scanned page or a photo (PNG, JPEG, TIFF; every page of a multi-page TIFF) with OCR.
 * The pixel size is checked from the header before any decoding; a sideways or upside-down page
 * is turned before it is read.
 */
export const readImage: Reader = async (bytes, file, opts): Promise<ReadResult> => {
  const format = checkSize(readImageSize(bytes), bytes, file, opts.limits.maxImagePixels);
  const warnings: string[] = [];
  const images = format === 'tiff' ? tiffImages(bytes, file, opts.limits, warnings) : [() => bytes];
  const many = images.length > 1;
  const pages: PageText[] = [];
  const turned: string[] = [];
  for (const [i, image] of images.entries()) {
    const where = many ? `page ${i + 1} of the TIFF` : `the ${NAMES[format]} image`;
    const page = await recognise(image(), file, where, format, opts.signal);
    pages.push({ num: i + 1, text: page.text, ocr: true, confidence: page.confidence });
    if (page.angle !== 0) turned.push(many ? `page ${i + 1} was turned ${page.angle}° to be read` : `the image was turned ${page.angle}° to be read`);
  }
  const { text, provenance } = joinPages(pages);
  if (!LETTER.test(text)) throw new ReadError('no-text', file, 'no text was found in the image');
  warnings.push(...turned);
  const low = lowConfidencePages(provenance, LOW_CONFIDENCE);
  if (low.length > 0 && !many) warnings.push(`the text was recognised with low confidence (${Math.round(pages[0]!.confidence ?? 0)} %): check numbers and symbols`);
  if (low.length > 0 && many) warnings.push(`text recognition had low confidence on page ${low.join(', ')}: check numbers and symbols`);
  return { text, provenance: { reader: 'image', mediaType: MEDIA_TYPES[format], encoding: null, pages: provenance, warnings } };
};
