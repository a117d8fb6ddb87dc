import type { Image } from '@napi-rs/canvas';
import { readImageDpi } from './image-density.js';
import { layoutText, type PageLayout } from './layout.js';
import { detectSideways, inkMask, inkShare, measureSkew, quarterTurn } from './orientation.js';
import type { OcrPool, RecognizeOptions } from './pool.js';
import { cropGrey, decodeImage, encodePgm, greyOf, halfTurn, type GreyRaster, type Turns } from './raster.js';

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
/** A slope beyond this (degrees) is undone by tesseract before reading; a smaller one only by the layout. */
const DESKEW_ABOVE = 1.5;
/** The central crop read both ways when the profiles cannot tell: its share of the page, and its scale. */
const PROBE_SHARE = 0.5;
const PROBE_SCALE = 0.5;

/** Skia decodes PNG/JPEG/WebP/BMP; TIFF goes through Leptonica (its first page). */
async function decodeAny(pool: OcrPool, image: Uint8Array, opts: RecognizeOptions): Promise<Image> {
  try {
    return await decodeImage(image);
  } catch {
    return decodeImage(await pool.toPng(image, opts));
  }
}

async function readTurned(pool: OcrPool, grey: GreyRaster, opts: RecognizeOptions, skew: number): Promise<PageLayout> {
  const rotate = pool.deskew && Math.abs(skew) > DESKEW_ABOVE;
  // Tesseract turns the image by -skew (radians, clockwise positive) to level the lines.
  const { blocks } = await pool.recognize(encodePgm(grey), { ...opts, rotate: rotate ? (-skew * Math.PI) / 180 : undefined });
  return layoutText(blocks, grey.width, { skew: rotate ? 0 : skew });
}

/**
 * When the ink profiles are not clear-cut (a table, a page of few words, heavy shadows), reads a
 * downscaled central crop upright and a quarter turned, and keeps the way read with more confidence.
 */
async function probeSideways(pool: OcrPool, img: Image, opts: RecognizeOptions): Promise<boolean> {
  const confidence = async (turns: Turns): Promise<number> => {
    const g = greyOf(img, turns, PROBE_SCALE);
    const w = Math.round(g.width * PROBE_SHARE);
    const h = Math.round(g.height * PROBE_SHARE);
    const crop = cropGrey(g, Math.round((g.width - w) / 2), Math.round((g.height - h) / 2), w, h);
    const dpi = opts.dpi ? opts.dpi * PROBE_SCALE : undefined;
    const { blocks } = await pool.recognize(encodePgm(crop), { ...opts, dpi });
    return layoutText(blocks, crop.width).confidence;
  };
  const upright = await confidence(0);
  return (await confidence(1)) > upright;
}

/**
 * OCRs one page image: finds whether its lines run sideways (ink profiles, or a trial read when
 * they do not settle it) and how much they slope, reads it, and reads it again turned over when
 * the confidence is low (an upside-down photo).
 */
export async function ocrPage(pool: OcrPool, image: Uint8Array, opts: RecognizeOptions = {}): Promise<OcrPageResult> {
  const img = await decodeAny(pool, image, opts);
  const dpi = opts.dpi ?? readImageDpi(image) ?? undefined;
  const withDpi: RecognizeOptions = { ...opts, dpi };
  const small = greyOf(img, 0, Math.min(1, PROFILE_SIDE / Math.max(img.width, img.height)));
  const mask = inkMask(small);
  if (inkShare(mask) < 0.0005) return { text: '', confidence: 0, angle: 0 };
  const profile = detectSideways(mask);
  const sideways = profile.clear ? profile.sideways : await probeSideways(pool, img, withDpi);
  const turns: Turns = sideways ? 1 : 0;
  const skew = measureSkew(sideways ? quarterTurn(mask) : mask);
  const grey = greyOf(img, turns);
  let best = { layout: await readTurned(pool, grey, withDpi, skew), angle: turns * 90 };
  if (best.layout.confidence < FLIP_BELOW) {
    // Turned over, the slope keeps its sign (a half turn maps a falling line onto a falling line).
    const flipped = await readTurned(pool, halfTurn(grey), withDpi, skew);
    if (flipped.confidence > best.layout.confidence) best = { layout: flipped, angle: turns * 90 + 180 };
  }
  return { text: best.layout.text, confidence: best.layout.confidence, angle: best.angle };
}
