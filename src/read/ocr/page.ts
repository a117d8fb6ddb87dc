import type { Image } from '@napi-rs/canvas';
import { readImageDpi } from './image-density.js';
import { layoutText, type OcrBlock, type PageLayout } from './layout.js';
import { detectSideways, inkBox, inkMask, inkShare, measureSkew, quarterTurn, type InkMask } from './orientation.js';
import type { OcrPool, RecognizeOptions } from './pool.js';
import { rereadDoubtful } from './reread.js';
import { eraseRules } from './rules.js';
import { cropGrey, decodeImage, encodePgm, greyOf, halfTurn, quarterTurnGrey, shrinkGrey, type GreyRaster, type Turns } from './raster.js';

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
/** The probe is at least this many pixels a side (when the ink is that big): enough for a few lines. */
const PROBE_MIN = 500;
/** Confidence points the quarter-turned probe must gain to win. */
const PROBE_MARGIN = 10;

/** Skia decodes PNG/JPEG/WebP/BMP; TIFF goes through Leptonica (its first page). */
async function decodeAny(pool: OcrPool, image: Uint8Array, opts: RecognizeOptions): Promise<Image> {
  try {
    return await decodeImage(image);
  } catch {
    return decodeImage(await pool.toPng(image, opts));
  }
}

interface Reading {
  readonly layout: PageLayout;
  readonly blocks: readonly OcrBlock[];
  readonly grey: GreyRaster;
  readonly rotated: boolean;
  readonly angle: number;
}

async function readTurned(pool: OcrPool, grey: GreyRaster, opts: RecognizeOptions, skew: number, angle: number): Promise<Reading> {
  const rotated = pool.deskew && Math.abs(skew) > DESKEW_ABOVE;
  // Tesseract turns the image by -skew (radians, clockwise positive) to level the lines.
  const { blocks } = await pool.recognize(encodePgm(grey), { ...opts, rotate: rotated ? (-skew * Math.PI) / 180 : undefined });
  return { layout: layoutText(blocks, grey.width, { skew: rotated ? 0 : skew }), blocks, grey, rotated, angle };
}

/**
 * When the ink profiles are not clear-cut (a table, a page of few words, heavy shadows), reads a
 * downscaled crop of the middle of the inked area upright and a quarter turned; the turn must win
 * clearly, since specks read either way give a few confident-looking "words".
 */
async function probeSideways(pool: OcrPool, img: Image, mask: InkMask, opts: RecognizeOptions): Promise<boolean> {
  const box = inkBox(mask);
  if (box === null) return false;
  const k = (img.width * PROBE_SCALE) / mask.width; // mask pixels → probe pixels
  const g = greyOf(img, 0, PROBE_SCALE);
  const w = Math.max(box.width * PROBE_SHARE, Math.min(box.width, PROBE_MIN / k));
  const h = Math.max(box.height * PROBE_SHARE, Math.min(box.height, PROBE_MIN / k));
  const crop = cropGrey(g, Math.round((box.x + (box.width - w) / 2) * k), Math.round((box.y + (box.height - h) / 2) * k), Math.round(w * k), Math.round(h * k));
  const dpi = opts.dpi ? opts.dpi * PROBE_SCALE : undefined;
  const confidence = async (r: GreyRaster): Promise<number> => layoutText((await pool.recognize(encodePgm(r), { ...opts, dpi })).blocks, r.width).confidence;
  const upright = await confidence(crop);
  return (await confidence(quarterTurnGrey(crop))) > upright + PROBE_MARGIN;
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
  const upright = greyOf(img, 0);
  const mask = inkMask(shrinkGrey(upright, Math.max(upright.width, upright.height) / PROFILE_SIDE));
  if (inkShare(mask) < 0.0005) return { text: '', confidence: 0, angle: 0 };
  const profile = detectSideways(mask);
  const sideways = profile.clear ? profile.sideways : await probeSideways(pool, img, mask, withDpi);
  const turns: Turns = sideways ? 1 : 0;
  const skew = measureSkew(sideways ? quarterTurn(mask) : mask);
  const grey = sideways ? quarterTurnGrey(upright) : upright;
  eraseRules(grey, Math.round(dpi ? dpi / 3 : grey.width / 25));
  let best = await readTurned(pool, grey, withDpi, skew, turns * 90);
  if (best.layout.confidence < FLIP_BELOW) {
    // Turned over, the slope keeps its sign (a half turn maps a falling line onto a falling line).
    const flipped = await readTurned(pool, halfTurn(grey), withDpi, skew, turns * 90 + 180);
    if (flipped.layout.confidence > best.layout.confidence) best = flipped;
  }
  let layout = best.layout;
  // Word boxes refer to the image tesseract turned itself: crops of ours would miss them.
  if (!best.rotated) {
    const blocks = await rereadDoubtful(pool, best.grey, best.blocks, withDpi);
    if (blocks !== best.blocks) layout = layoutText(blocks, best.grey.width, { skew });
  }
  return { text: layout.text, confidence: layout.confidence, angle: best.angle };
}
