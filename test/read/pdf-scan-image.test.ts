import { deflateSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { decodeImage, greyOf, type GreyRaster } from '../../src/read/ocr/raster.js';
import { pageImages } from '../../src/read/pdf/scan-image.js';
import { pdfDocument } from '../../src/read/pdf/text-layer.js';
import { makePdf } from './pdf-samples.js';

/** The grey images page 1 paints (over 200 px both ways), and what pdf-parse's own PNG of the one image decodes to. */
async function both(pdf: Uint8Array): Promise<{ ours: (GreyRaster | null)[]; viaPng: GreyRaster | null }> {
  const parser = new PDFParse({ data: pdf.slice(), verbosity: 0 });
  try {
    const ours = (await pageImages(await pdfDocument(parser), 1, 200)).map((i) => i.grey);
    const png = (await parser.getImage({ partial: [1], imageThreshold: 200, imageBuffer: true, imageDataUrl: false })).pages[0]?.images[0]?.data;
    return { ours, viaPng: png ? greyOf(await decodeImage(png)) : null };
  } finally {
    await parser.destroy();
  }
}

/** A 1-bit grey PNG (bit set = white) of a `w` × `h` checkerboard of 3-pixel squares, built by hand. */
function oneBitPng(w: number, h: number): Uint8Array {
  const stride = (w + 7) >> 3;
  const rows = Buffer.alloc((stride + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if ((Math.floor(x / 3) + Math.floor(y / 3)) % 2 === 0) rows[y * (stride + 1) + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
  const chunk = (type: string, body: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 1; // bit depth 1, colour type 0 (grey)
  return new Uint8Array(Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]));
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

describe('pageImages: a scanned page\'s pixels, straight from pdfjs', () => {
  it('an RGB scan: the same grey as pdf-parse\'s PNG of it decoded, without the PNG', { timeout: 60_000 }, async () => {
    const c = createCanvas(420, 594);
    const x = c.getContext('2d');
    x.fillStyle = 'rgb(244,242,238)';
    x.fillRect(0, 0, 420, 594);
    x.fillStyle = 'rgb(20,30,120)';
    x.font = '28px serif';
    x.fillText('Kế hoạch số 88/KH-UBND', 30, 100);
    x.fillStyle = 'rgb(200,30,30)';
    x.fillRect(300, 400, 60, 60); // a red seal
    const { ours, viaPng } = await both(await makePdf([{ image: new Uint8Array(c.toBuffer('image/png')) }]));
    expect(ours).toHaveLength(1);
    expect([ours[0]!.width, ours[0]!.height]).toEqual([420, 594]);
    expect(ours[0]!.data).toEqual(viaPng!.data);
  });

  it('a scan with transparent parts: white paper there, as the PNG route gave', { timeout: 60_000 }, async () => {
    const c = createCanvas(300, 300);
    const x = c.getContext('2d');
    x.fillStyle = 'rgba(0,0,0,1)';
    x.fillRect(0, 0, 150, 300);
    x.fillStyle = 'rgba(0,0,0,0.5)';
    x.fillRect(150, 0, 75, 300); // the last quarter stays transparent
    const { ours } = await both(await makePdf([{ image: new Uint8Array(c.toBuffer('image/png')) }]));
    const g = ours[0]!;
    expect(g.data[10 * 300 + 10]).toBe(0);
    expect(Math.abs(g.data[10 * 300 + 180]! - 128)).toBeLessThanOrEqual(2);
    expect(g.data[10 * 300 + 290]).toBe(255);
  });

  it('a 1-bit scan whose rows do not end on a byte: each row starts on its own byte', { timeout: 60_000 }, async () => {
    const w = 243;
    const h = 210;
    const { ours } = await both(await makePdf([{ image: oneBitPng(w, h) }]));
    const g = ours[0]!;
    expect([g.width, g.height]).toEqual([w, h]);
    for (const [px, py] of [[0, 0], [3, 0], [242, 1], [5, 209], [241, 200]] as const) {
      expect(g.data[py * w + px]).toBe((Math.floor(px / 3) + Math.floor(py / 3)) % 2 === 0 ? 255 : 0);
    }
  });

  it('an image 200 px or less either way (a logo, a signature) is not taken', { timeout: 60_000 }, async () => {
    const c = createCanvas(400, 200);
    const { ours } = await both(await makePdf([{ image: new Uint8Array(c.toBuffer('image/png')) }]));
    expect(ours).toEqual([]);
  });
});
