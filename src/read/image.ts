import { ReadError } from './errors.js';
import { ocrImage, OcrImageError, readImageSize, type ImageSize } from './ocr/index.js';
import type { Reader, ReadResult } from './types.js';

const MEDIA_TYPES = { png: 'image/png', jpeg: 'image/jpeg', tiff: 'image/tiff' } as const;
const NAMES = { png: 'PNG', jpeg: 'JPEG', tiff: 'TIFF' } as const;
const LETTER = /\p{L}/u;
const LOW_CONFIDENCE = 60;

const grouped = (n: number): string => n.toLocaleString('en-US');

/** A PNG ends with its IEND chunk, a JPEG with FFD9 (a little trailing junk is tolerated). */
function looksComplete(bytes: Uint8Array, format: 'png' | 'jpeg' | 'tiff'): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.length - 4096));
  if (format === 'png') return tail.includes('IEND', 0, 'latin1');
  if (format === 'jpeg') return tail.includes(Buffer.from([0xff, 0xd9]));
  return true;
}

function checkSize(size: ImageSize, bytes: Uint8Array, file: string, maxPixels: number): 'png' | 'jpeg' | 'tiff' {
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
 * Reads a scanned page or a photo (PNG, JPEG, TIFF) with OCR. The pixel size is checked from the
 * header before any decoding; a sideways or upside-down page is turned before it is read.
 */
export const readImage: Reader = async (bytes, file, opts): Promise<ReadResult> => {
  const format = checkSize(readImageSize(bytes), bytes, file, opts.limits.maxImagePixels);
  if (opts.signal?.aborted) throw new ReadError('timeout', file, 'reading was stopped because the time for this file ran out');
  let page;
  try {
    page = await ocrImage(bytes, { signal: opts.signal });
  } catch (err) {
    if (opts.signal?.aborted) throw new ReadError('timeout', file, 'reading was stopped because the time for this file ran out', { cause: err });
    if (err instanceof OcrImageError) throw new ReadError('corrupt', file, `the ${NAMES[format]} image is damaged and cannot be decoded`, { cause: err });
    const why = err instanceof Error ? err.message : String(err);
    throw new ReadError('unreadable', file, `the text recognition engine failed (${why})`, { cause: err });
  }
  if (!LETTER.test(page.text)) throw new ReadError('no-text', file, 'no text was found in the image');
  const warnings: string[] = [];
  if (page.angle !== 0) warnings.push(`the image was turned ${page.angle}° to be read`);
  if (page.confidence < LOW_CONFIDENCE) warnings.push(`the text was recognised with low confidence (${Math.round(page.confidence)} %): check numbers and symbols`);
  return {
    text: page.text,
    provenance: {
      reader: 'image',
      mediaType: MEDIA_TYPES[format],
      encoding: null,
      pages: [{ page: 1, start: 0, end: page.text.length, ocr: true, confidence: page.confidence }],
      warnings,
    },
  };
};
