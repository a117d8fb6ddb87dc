import type { GreyRaster } from './raster.js';

/**
 * How "striped" an ink profile is: text lines crossed at right angles give runs of ink separated
 * by blank leading, so the profile varies a lot; read along the lines it is flat. Measured as the
 * variance over the squared mean, inside the span that has ink at all.
 */
function stripiness(profile: Float64Array): number {
  let first = 0;
  while (first < profile.length && profile[first] === 0) first++;
  let last = profile.length - 1;
  while (last > first && profile[last] === 0) last--;
  const n = last - first + 1;
  if (n < 4) return 0;
  let sum = 0;
  for (let i = first; i <= last; i++) sum += profile[i]!;
  const mean = sum / n;
  if (mean === 0) return 0;
  let v = 0;
  for (let i = first; i <= last; i++) v += (profile[i]! - mean) ** 2;
  return v / n / (mean * mean);
}

export interface Sideways {
  readonly sideways: boolean;
  /** Row stripiness over column stripiness (>1: the lines run across the page). */
  readonly ratio: number;
}

/**
 * Tells a page whose text lines run vertically (a photo taken at 90° or 270°) from an upright one,
 * from the horizontal and vertical projection profiles of a small grey copy.
 */
export function detectSideways(r: GreyRaster): Sideways {
  let sum = 0;
  for (const v of r.data) sum += v;
  // Ink is anything clearly darker than the page's mean (paper dominates a document).
  const threshold = Math.min(160, (sum / Math.max(1, r.data.length)) * 0.75);
  const rows = new Float64Array(r.height);
  const cols = new Float64Array(r.width);
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) {
      if (r.data[y * r.width + x]! < threshold) {
        rows[y]! += 1;
        cols[x]! += 1;
      }
    }
  }
  const across = stripiness(rows);
  const down = stripiness(cols);
  const ratio = down === 0 ? (across === 0 ? 1 : Infinity) : across / down;
  return { sideways: ratio < 1 / 1.3, ratio };
}
