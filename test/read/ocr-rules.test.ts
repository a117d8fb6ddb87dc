import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { decodeImage, greyOf, type GreyRaster } from '../../src/read/ocr/raster.js';
import { eraseRules } from '../../src/read/ocr/rules.js';
import './pdf-samples.js'; // registers DejaVu Serif

/** "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" in bold at 300 dpi on grey paper, underlined by a rule touching the descenders. */
async function underlined(rule: boolean): Promise<GreyRaster> {
  const c = createCanvas(1400, 200);
  const x = c.getContext('2d');
  x.fillStyle = '#eeeeee';
  x.fillRect(0, 0, c.width, c.height);
  x.fillStyle = '#000';
  x.font = 'bold 52px "DejaVu Serif"';
  x.fillText('PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 60, 110);
  if (rule) x.fillRect(300, 118, 560, 4);
  return greyOf(await decodeImage(new Uint8Array(c.toBuffer('image/png'))));
}

const darkIn = (r: GreyRaster, y0: number, y1: number, x0 = 0, x1 = r.width): number => {
  let n = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (r.data[y * r.width + x]! < 140) n++;
  return n;
};

describe('eraseRules: underlines under letterhead rows', () => {
  it('the rule under the issuing body is painted over with the paper, the letters are left', async () => {
    const page = await underlined(true);
    const letters = darkIn(page, 40, 112);
    expect(eraseRules(page, 100)).toBeGreaterThanOrEqual(4);
    expect(darkIn(page, 118, 122, 300, 860)).toBe(0);
    expect(page.data[120 * page.width + 500]).toBe(0xee);
    expect(darkIn(page, 40, 112)).toBe(letters);
  });

  it('a line of text alone has no run a third of an inch long: nothing is erased', async () => {
    const page = await underlined(false);
    const before = page.data.slice();
    expect(eraseRules(page, 100)).toBe(0);
    expect(page.data).toEqual(before);
  });
});
