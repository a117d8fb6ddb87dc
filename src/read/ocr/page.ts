import type { Image } from '@napi-rs/canvas';
import { readImageDpi } from './image-density.js';
import { layoutText, type OcrBlock, type PageLayout } from './layout.js';
import { detectSideways, inkBox, inkMask, inkShare, measureSkew, quarterTurn, type InkMask } from './orientation.js';
import type { OcrPool, RecognizeOptions } from './pool.js';
import { rereadDoubtful } from './reread.js';
import { eraseRules } from './rules.js';
import { cropGrey, decodeImage, encodePng, greyOf, halfTurn, quarterTurnGrey, shrinkGrey, skiaDecodes, type GreyRaster, type Turns } from './raster.js';

export interface OcrPageResult {
  /** The page's text, two-column rows as "left\tright". */
  readonly text: string;
  /** Mean word confidence 0..100. */
  readonly confidence: number;
  /** Degrees (clockwise) the image was turned to be read: 0, 90, 180 or 270. */
  readonly angle: number;
  /** Where the page's time went, so a benchmark can tell our work from tesseract's. */
  readonly timing: OcrTiming;
}

/** Milliseconds per stage of one page (wall clock; a read includes its wait for a free worker). */
export interface OcrTiming {
  /** Decoding, grey conversion, ink mask, orientation profile, skew, rule erasing. */
  readonly prepare: number;
  /** Trial reads of a crop, upright and turned, when the profile cannot tell (0 on most pages). */
  readonly probe: number;
  /** The page read, plus a second one turned over when its confidence was low. */
  readonly read: number;
  /** Single-line re-reads of doubtful header cells (reread.ts). */
  readonly reread: number;
  /** Rebuilding the text from the word boxes. */
  readonly layout: number;
  /** Recognitions run for the page in all: the page read, and any probe, flip or re-read. */
  readonly recognitions: number;
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
/**
 * Which way a sideways page is turned is told from a smaller crop: text read upside down scores
 * ~35 against ~85 even on a few lines. Each such probe costs ~a tenth of the page read; a wrong
 * guess cost a whole second read (the turned-over one).
 */
const TURN_PROBE_SHARE = 0.3;
/**
 * A page declared finer than this (dots per inch) is read scaled down to it. Tesseract scales
 * every text line to its model's input height anyway (a few dozen pixels), and a 13 pt line is
 * still ~50 px high at 225 dpi, while thresholding and layout analysis, which touch every pixel,
 * get 44 % fewer of them from a 300 dpi scan (so do our grey copy and rule erasing). Measured
 * (tesseract's read alone, paired): 5 bench pages 0.91× CPU, CER 0.167 → 0.110 %; the 8 fixture
 * scans 0.85×, CER 1.92 → 1.60 %. 200 dpi lost citations on the seed scans; 250 and 225 lost a
 * header cell each until margin specks read as "." were dropped (junk.ts).
 */
export const READ_DPI = 225;

/** Skia decodes PNG/JPEG/WebP/BMP; TIFF (its first page) and what Skia fails on go through Leptonica. */
async function decodeAny(pool: OcrPool, image: Uint8Array, opts: RecognizeOptions): Promise<Image> {
  if (skiaDecodes(image)) {
    try {
      return await decodeImage(image);
    } catch {
      // Leptonica gets its chance at a PNG or JPEG Skia cannot decode, and names the damage.
    }
  }
  return decodeImage(await pool.toPng(image, opts));
}

interface Reading {
  readonly layout: PageLayout;
  readonly blocks: readonly OcrBlock[];
  readonly grey: GreyRaster;
  readonly rotated: boolean;
  readonly angle: number;
  readonly layoutMs: number;
}

async function readTurned(pool: OcrPool, grey: GreyRaster, opts: RecognizeOptions, skew: number, angle: number): Promise<Reading> {
  const rotated = pool.deskew && Math.abs(skew) > DESKEW_ABOVE;
  // Tesseract turns the image by -skew (radians, clockwise positive) to level the lines.
  const { blocks } = await pool.recognize(encodePng(grey), { ...opts, rotate: rotated ? (-skew * Math.PI) / 180 : undefined });
  const start = performance.now();
  const layout = layoutText(blocks, grey.width, { skew: rotated ? 0 : skew });
  return { layout, blocks, grey, rotated, angle, layoutMs: performance.now() - start };
}

/** Confidence of a small trial read of the page turned by so many quarter turns. */
type Probe = (turns: Turns) => Promise<number>;

/**
 * Trial reads of a downscaled crop of the middle of the inked area. They settle what the ink
 * profiles cannot: whether a table, a page of few words or a shadowed photo runs sideways, and
 * which way a sideways page is turned (the profiles look the same at 90° and 270°).
 */
function makeProbe(pool: OcrPool, img: Image, mask: InkMask, opts: RecognizeOptions, share: number): Probe | null {
  const box = inkBox(mask);
  if (box === null) return null;
  const k = (img.width * PROBE_SCALE) / mask.width; // mask pixels → probe pixels
  const w = Math.max(box.width * share, Math.min(box.width, PROBE_MIN / k));
  const h = Math.max(box.height * share, Math.min(box.height, PROBE_MIN / k));
  let crop: GreyRaster | null = null;
  const dpi = opts.dpi ? opts.dpi * PROBE_SCALE : undefined;
  return async (turns) => {
    crop ??= cropGrey(greyOf(img, 0, PROBE_SCALE), Math.round((box.x + (box.width - w) / 2) * k), Math.round((box.y + (box.height - h) / 2) * k), Math.round(w * k), Math.round(h * k));
    const quarter = turns % 2 === 1 ? quarterTurnGrey(crop) : crop;
    const turned = turns >= 2 ? halfTurn(quarter) : quarter;
    return layoutText((await pool.recognize(encodePng(turned), { ...opts, dpi })).blocks, turned.width).confidence;
  };
}

/**
 * OCRs one page image: finds whether its lines run sideways (ink profiles, or a trial read when
 * they do not settle it), which way a sideways page is turned (trial reads), and how much its lines
 * slope; reads it, and reads it again turned over when the confidence is low (an upside-down photo).
 */
export async function ocrPage(pool: OcrPool, image: Uint8Array, opts: RecognizeOptions = {}): Promise<OcrPageResult> {
  let last = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    return ms;
  };
  const img = await decodeAny(pool, image, opts);
  const declared = opts.dpi ?? readImageDpi(image) ?? undefined;
  // Not below 1.1 × READ_DPI: scaling by 0.9 or more would save little and blur the strokes.
  const scale = declared && declared > READ_DPI * 1.1 ? READ_DPI / declared : 1;
  const dpi = declared && declared * scale;
  const withDpi: RecognizeOptions = { ...opts, dpi };
  const upright = greyOf(img, 0, scale);
  const mask = inkMask(shrinkGrey(upright, Math.max(upright.width, upright.height) / PROFILE_SIDE));
  if (inkShare(mask) < 0.0005) return { text: '', confidence: 0, angle: 0, timing: { prepare: lap(), probe: 0, read: 0, reread: 0, layout: 0, recognitions: 0 } };
  const profile = detectSideways(mask);
  let prepare = lap();
  let recognitions = 0;
  const counted = (probe: Probe | null): Probe => (turns) => {
    recognitions++;
    return probe ? probe(turns) : Promise.resolve(0);
  };
  // The quarter-turned probe must win clearly, since specks read either way give a few
  // confident-looking "words".
  // Probes scale the decoded image themselves: they are told its own resolution.
  const unscaled: RecognizeOptions = { ...opts, dpi: declared };
  const probe = counted(profile.clear ? null : makeProbe(pool, img, mask, unscaled, PROBE_SHARE));
  const sideways = profile.clear ? profile.sideways : (await probe(1)) > (await probe(0)) + PROBE_MARGIN;
  // Sideways: a quarter turn clockwise or three; the better probe decides, and the turned-over
  // read below still catches a wrong call.
  const turn = counted(sideways ? makeProbe(pool, img, mask, unscaled, TURN_PROBE_SHARE) : null);
  const turns: Turns = sideways ? ((await turn(3)) > (await turn(1)) ? 3 : 1) : 0;
  const probeMs = lap();
  const skew = measureSkew(sideways ? quarterTurn(mask) : mask);
  // A half turn keeps the slope's sign, so the skew of the quarter-turned mask holds for three quarters.
  const quarter = sideways ? quarterTurnGrey(upright) : upright;
  const grey = turns === 3 ? halfTurn(quarter) : quarter;
  eraseRules(grey, Math.round(dpi ? dpi / 3 : grey.width / 25));
  prepare += lap();
  let best = await readTurned(pool, grey, withDpi, skew, turns * 90);
  recognitions++;
  let layoutMs = best.layoutMs;
  if (best.layout.confidence < FLIP_BELOW) {
    // Turned over, the slope keeps its sign (a half turn maps a falling line onto a falling line).
    const flipped = await readTurned(pool, halfTurn(grey), withDpi, skew, turns * 90 + 180);
    recognitions++;
    layoutMs += flipped.layoutMs;
    if (flipped.layout.confidence > best.layout.confidence) best = flipped;
  }
  const read = lap() - layoutMs;
  let layout = best.layout;
  let reread = 0;
  // Word boxes refer to the image tesseract turned itself: crops of ours would miss them.
  if (!best.rotated) {
    const again = await rereadDoubtful(pool, best.grey, best.blocks, withDpi);
    recognitions += again.reads;
    reread = lap();
    if (again.blocks !== best.blocks) layout = layoutText(again.blocks, best.grey.width, { skew });
    layoutMs += lap();
  }
  return { text: layout.text, confidence: layout.confidence, angle: best.angle, timing: { prepare, probe: probeMs, read, reread, layout: layoutMs, recognitions } };
}
