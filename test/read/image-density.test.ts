import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { readImageDpi } from '../../src/read/ocr/image-density.js';
import { drawPage, turnedPng } from './pdf-samples.js';

/** A PNG with a pHYs chunk (pixels per unit, unit 1 = metre, 0 = aspect ratio only) before its IDAT. */
function withPhys(png: Uint8Array, perUnit: number, unit: 0 | 1): Uint8Array {
  const chunk = Buffer.alloc(21);
  chunk.writeUInt32BE(9, 0);
  chunk.write('pHYs', 4, 'latin1');
  chunk.writeUInt32BE(perUnit, 8);
  chunk.writeUInt32BE(perUnit, 12);
  chunk[16] = unit;
  chunk.writeInt32BE(0, 17); // CRC: not checked by the reader
  const ihdrEnd = 8 + 25;
  return new Uint8Array(Buffer.concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]));
}

/** A JPEG whose JFIF header declares `density` in `units` (0 aspect only, 1 dpi, 2 dots per cm). */
function withJfif(units: 0 | 1 | 2, density: number): Uint8Array {
  const jpeg = Buffer.from(createCanvas(40, 40).toBuffer('image/jpeg', 80));
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, units, density >> 8, density & 0xff, density >> 8, density & 0xff, 0x00, 0x00]);
  // Replace whatever APP0 Skia wrote (or insert one) right after SOI.
  const rest = jpeg[2] === 0xff && jpeg[3] === 0xe0 ? jpeg.subarray(4 + jpeg.readUInt16BE(4)) : jpeg.subarray(2);
  return new Uint8Array(Buffer.concat([jpeg.subarray(0, 2), app0, rest]));
}

describe('readImageDpi: the resolution a scan declares, told to tesseract', () => {
  const png = turnedPng(drawPage(['Kính gửi: Sở Giáo dục và Đào tạo'], 72), 0);

  it.each([
    ['a 300 dpi PNG (11811 px/m)', withPhys(png, 11811, 1), 300],
    ['a 200 dpi PNG', withPhys(png, 7874, 1), 200],
    ['a PNG with aspect ratio only', withPhys(png, 1, 0), null],
    ['a 72 dpi placeholder', withPhys(png, 2835, 1), null],
    ['a PNG without pHYs', png, null],
    ['a 300 dpi JPEG', withJfif(1, 300), 300],
    ['a JPEG at 118 dots/cm', withJfif(2, 118), 300],
    ['a JPEG with density 1×1 (aspect only)', withJfif(0, 1), null],
    ['a TIFF header', new Uint8Array([0x49, 0x49, 42, 0, 8, 0, 0, 0]), null],
    ['nothing', new Uint8Array(), null],
  ])('%s → %s', (_what, bytes, dpi) => {
    expect(readImageDpi(bytes)).toBe(dpi);
  });

  it('a PNG cut short inside its chunks gives no resolution instead of throwing', () => {
    const cut = withPhys(png, 11811, 1).subarray(0, 40);
    expect(readImageDpi(cut)).toBeNull();
  });
});
