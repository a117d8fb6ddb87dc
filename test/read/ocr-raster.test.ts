import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { decodeImage, encodePng, greyOf, type GreyRaster } from '../../src/read/ocr/raster.js';

/** A grey ramp with a dark band: every shade 0..255 occurs, and rows differ. */
function ramp(width: number, height: number): GreyRaster {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = y > height / 2 && y < height / 2 + 3 ? 10 : (x * 7 + y * 3) % 256;
  return { width, height, data };
}

describe('greyOf: the page as luma over white paper', () => {
  it('an opaque colour gives its ITU-R 601 luma (red 200, green 100, blue 50 → 124)', async () => {
    const c = createCanvas(8, 4);
    const x = c.getContext('2d');
    x.fillStyle = 'rgb(200,100,50)';
    x.fillRect(0, 0, 8, 4);
    const g = greyOf(await decodeImage(new Uint8Array(c.toBuffer('image/png'))));
    expect([...new Set(g.data)]).toEqual([Math.floor((200 * 299 + 100 * 587 + 50 * 114) / 1000)]);
  });

  it('transparent pixels are white paper, half-transparent black is mid grey', async () => {
    const c = createCanvas(8, 4);
    const x = c.getContext('2d');
    x.fillStyle = 'rgba(0,0,0,0.5)';
    x.fillRect(0, 0, 4, 4); // the right half is left transparent
    const g = greyOf(await decodeImage(new Uint8Array(c.toBuffer('image/png'))));
    expect(g.data[7]).toBe(255);
    expect(g.data[0]).toBeGreaterThanOrEqual(126);
    expect(g.data[0]).toBeLessThanOrEqual(129);
  });

  it('a quarter turn swaps width and height; scaling sizes the raster', async () => {
    const c = createCanvas(40, 10);
    const img = await decodeImage(new Uint8Array(c.toBuffer('image/png')));
    expect([greyOf(img, 1).width, greyOf(img, 1).height]).toEqual([10, 40]);
    expect([greyOf(img, 0, 0.5).width, greyOf(img, 0, 0.5).height]).toEqual([20, 5]);
  });
});

describe('encodePng: the grey raster handed to the OCR engine', () => {
  it.each([
    [1, 1],
    [7, 3],
    [301, 97],
  ])('%i × %i pixels decode back exactly', async (w, h) => {
    const r = ramp(w, h);
    const png = encodePng(r);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const back = greyOf(await decodeImage(png));
    expect([back.width, back.height]).toEqual([w, h]);
    expect(back.data).toEqual(r.data);
  });
});
