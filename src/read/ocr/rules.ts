import type { GreyRaster } from './raster.js';

/**
 * Vietnamese letterheads underline the issuing body and the motto ("Độc lập - Tự do - Hạnh
 * phúc") with a rule that touches the descenders; tesseract then takes line and text for one
 * blob and loses or garbles the whole row. Horizontal rules are erased before reading: in any
 * pixel row, a dark run longer than a letter ever is (a third of an inch) is a rule, not text.
 */

/** Darker than this (0..255) counts as ink for the run test. */
const DARK = 140;

/**
 * Paints over, in place, every horizontal dark run of at least `minRun` pixels with the paper's
 * shade next to it; returns how many runs it erased.
 */
export function eraseRules(r: GreyRaster, minRun: number): number {
  const { width, height, data } = r;
  let erased = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let x = 0;
    while (x < width) {
      if (data[row + x]! >= DARK) {
        x++;
        continue;
      }
      const start = x;
      while (x < width && data[row + x]! < DARK) x++;
      if (x - start >= minRun) {
        // The paper at the ends of the run, so a grey scan does not get white stripes.
        const paper = Math.max(start > 0 ? data[row + start - 1]! : 0, x < width ? data[row + x]! : 0, DARK);
        data.fill(paper, row + start, row + x);
        erased++;
      }
    }
  }
  return erased;
}
