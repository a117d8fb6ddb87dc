import type { Image } from '@napi-rs/canvas';
import { layoutText, type PageLayout } from './layout.js';
import { detectSideways } from './orientation.js';
import type { OcrPool, RecognizeOptions } from './pool.js';
import { decodeImage, encodePgm, greyOf, halfTurn, type GreyRaster, type Turns } from './raster.js';

export interface OcrPageResult {
  /** The page's text, two-column rows as "left\tright". */
  readonly text: string;
  /** Mean word confidence 0..100. */
  readonly confidence: number;
  /** Degrees (clockwise) the image was turned to be read: 0, 90, 180 or 270. */
  readonly angle: number;
}

// Below this mean confidence the page may be upside down: read it turned over and keep the better.
const FLIP_BELOW = 70;
const PROFILE_SIDE = 800;

/** Skia decodes PNG/JPEG/WebP/BMP; TIFF goes through Leptonica (its first page). */
async function decodeAny(pool: OcrPool, image: Uint8Array, opts: RecognizeOptions): Promise<Image> {
  try {
    return await decodeImage(image);
  } catch {
    return decodeImage(await pool.toPng(image, opts));
  }
}

const inkShare = (r: GreyRaster): number => {
  let ink = 0;
  for (const v of r.data) if (v < 128) ink++;
  return ink / Math.max(1, r.data.length);
};

async function readTurned(pool: OcrPool, grey: GreyRaster, opts: RecognizeOptions): Promise<PageLayout> {
  const { blocks } = await pool.recognize(encodePgm(grey), opts);
  return layoutText(blocks, grey.width);
}

/**
 * OCRs one page image: finds whether its lines run sideways (projection profile), reads it, and
 * reads it again turned over when the confidence is low (an upside-down photo).
 */
export async function ocrPage(pool: OcrPool, image: Uint8Array, opts: RecognizeOptions = {}): Promise<OcrPageResult> {
  const img = await decodeAny(pool, image, opts);
  const small = greyOf(img, 0, Math.min(1, PROFILE_SIDE / Math.max(img.width, img.height)));
  if (inkShare(small) < 0.0005) return { text: '', confidence: 0, angle: 0 };
  const turns: Turns = detectSideways(small).sideways ? 1 : 0;
  const grey = greyOf(img, turns);
  let best = { layout: await readTurned(pool, grey, opts), angle: turns * 90 };
  if (best.layout.confidence < FLIP_BELOW) {
    const flipped = await readTurned(pool, halfTurn(grey), opts);
    if (flipped.confidence > best.layout.confidence) best = { layout: flipped, angle: turns * 90 + 180 };
  }
  return { text: best.layout.text, confidence: best.layout.confidence, angle: best.angle };
}
