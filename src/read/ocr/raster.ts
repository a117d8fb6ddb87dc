import * as zlib from 'node:zlib';
import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';

/** An 8-bit grey image, row by row. */
export interface GreyRaster {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Quarter turns clockwise. */
export type Turns = 0 | 1 | 2 | 3;

const startsWith = (b: Uint8Array, ascii: string, at = 0): boolean => [...ascii].every((c, i) => b[at + i] === c.charCodeAt(0));

/** PNG, JPEG, GIF, WebP or BMP by their magic bytes: what Skia decodes. */
export const skiaDecodes = (b: Uint8Array): boolean =>
  startsWith(b, '\x89PNG') || (b[0] === 0xff && b[1] === 0xd8) || startsWith(b, 'GIF8') || (startsWith(b, 'RIFF') && startsWith(b, 'WEBP', 8)) || startsWith(b, 'BM');

/**
 * Decodes PNG/JPEG/WebP/GIF/BMP with Skia. Anything else is refused before Skia sees it: handed a
 * TIFF, Skia crashes the whole process (a segmentation fault, not an exception).
 */
export const decodeImage = (bytes: Uint8Array): Promise<Image> =>
  skiaDecodes(bytes) ? loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : Promise.reject(new Error('not a PNG, JPEG, GIF, WebP or BMP image'));

/** Pixels read as 32-bit words are R | G << 8 | B << 16 | A << 24 on a little-endian machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Draws `img` turned by `turns` quarter turns clockwise, scaled by `scale`, and returns it grey
 * (ITU-R 601 luma; transparent pixels count as white paper).
 */
export function greyOf(img: Image, turns: Turns = 0, scale = 1): GreyRaster {
  const w = Math.max(1, Math.round(img.width * scale));
  const h = Math.max(1, Math.round(img.height * scale));
  const sideways = turns % 2 === 1;
  const cw = sideways ? h : w;
  const ch = sideways ? w : h;
  const canvas = createCanvas(cw, ch);
  const ctx = canvas.getContext('2d');
  ctx.translate(cw / 2, ch / 2);
  ctx.rotate((turns * Math.PI) / 2);
  ctx.drawImage(img, -w / 2, -h / 2, w, h);
  // No white fill first (on an A4 page at 300 dpi it costs as much as the draw, ~30 ms): the
  // canvas keeps its RGBA premultiplied, so the image over white paper is c + (255 - alpha) in each
  // channel, and, the weights summing to 1000, its luma is luma(c) + 255 - alpha. data() is a view
  // of the canvas's own memory (getImageData would un-premultiply a copy, ~80 ms; copying the view
  // ~30 ms), read while `canvas` is still referenced (its size, below).
  const rgba = canvas.data();
  const data = new Uint8Array(cw * ch);
  if (LITTLE_ENDIAN && rgba.byteOffset % 4 === 0) {
    // One 32-bit read per pixel instead of four byte reads.
    const px = new Uint32Array(rgba.buffer, rgba.byteOffset, data.length);
    for (let i = 0; i < data.length; i++) {
      const v = px[i]!;
      data[i] = ((v & 255) * 299 + ((v >>> 8) & 255) * 587 + ((v >>> 16) & 255) * 114 + (255 - (v >>> 24)) * 1000) / 1000;
    }
  } else {
    for (let i = 0, p = 0; i < data.length; i++, p += 4) data[i] = (rgba[p]! * 299 + rgba[p + 1]! * 587 + rgba[p + 2]! * 114 + (255 - rgba[p + 3]!) * 1000) / 1000;
  }
  return { width: canvas.width, height: canvas.height, data };
}

/** The raster turned upside down (a half turn is the pixel order reversed). */
export const halfTurn = (r: GreyRaster): GreyRaster => ({ width: r.width, height: r.height, data: r.data.slice().reverse() });

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** CRC-32 of PNG chunks: zlib's own where Node has it (20.15+; a named import would not even load on 20.11), else a table. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
const crc32: (bytes: Uint8Array) => number =
  typeof nativeCrc32 === 'function'
    ? nativeCrc32
    : (() => {
        const table = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
          let c = n;
          for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
          table[n] = c >>> 0;
        }
        return (bytes: Uint8Array): number => {
          let c = 0xffffffff;
          for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 255]! ^ (c >>> 8);
          return (c ^ 0xffffffff) >>> 0;
        };
      })();

function pngChunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

/**
 * A grey PNG whose pixels are stored, not compressed: what the OCR engine is handed. Leptonica,
 * compiled to WebAssembly, reads it ~4x faster than a binary PGM (~25 against ~100 ms for an A4
 * page at 300 dpi: its PGM reader takes the pixels one by one), and storing costs ~15 ms here.
 */
export function encodePng(r: GreyRaster): Uint8Array {
  const rows = new Uint8Array((r.width + 1) * r.height); // each row: filter 0 (none), then its pixels
  for (let y = 0; y < r.height; y++) rows.set(r.data.subarray(y * r.width, (y + 1) * r.width), y * (r.width + 1) + 1);
  const head = new Uint8Array(13);
  const view = new DataView(head.buffer);
  view.setUint32(0, r.width);
  view.setUint32(4, r.height);
  head[8] = 8; // bits per sample; then colour type 0 (grey), deflate, adaptive filtering, no interlace: all zeros
  const parts = [Uint8Array.from(PNG_SIGNATURE), pngChunk('IHDR', head), pngChunk('IDAT', zlib.deflateSync(rows, { level: 0 })), pngChunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A rectangle of the raster (clipped to it). */
export function cropGrey(r: GreyRaster, x: number, y: number, width: number, height: number): GreyRaster {
  const x0 = Math.max(0, Math.min(r.width - 1, x));
  const y0 = Math.max(0, Math.min(r.height - 1, y));
  const w = Math.max(1, Math.min(width, r.width - x0));
  const h = Math.max(1, Math.min(height, r.height - y0));
  const data = new Uint8Array(w * h);
  for (let row = 0; row < h; row++) data.set(r.data.subarray((y0 + row) * r.width + x0, (y0 + row) * r.width + x0 + w), row * w);
  return { width: w, height: h, data };
}

/** The raster turned a quarter clockwise. */
export function quarterTurnGrey(r: GreyRaster): GreyRaster {
  const data = new Uint8Array(r.data.length);
  const w = r.height;
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) data[x * w + (r.height - 1 - y)] = r.data[y * r.width + x]!;
  }
  return { width: w, height: r.width, data };
}

/** A smaller copy, each pixel the mean of a `step` × `step` block (cheaper than a second canvas draw). */
export function shrinkGrey(r: GreyRaster, step: number): GreyRaster {
  const s = Math.max(1, Math.floor(step));
  if (s === 1) return r;
  const width = Math.max(1, Math.floor(r.width / s));
  const height = Math.max(1, Math.floor(r.height / s));
  const sums = new Uint32Array(width);
  const data = new Uint8Array(width * height);
  const src = r.data;
  const area = s * s;
  for (let y = 0; y < height; y++) {
    sums.fill(0);
    for (let dy = 0; dy < s; dy++) {
      // Block by block, not pixel by pixel with a division for its column: ~3x faster.
      for (let x = 0, p = (y * s + dy) * r.width; x < width; x++) {
        let sum = 0;
        for (let k = 0; k < s; k++) sum += src[p++]!;
        sums[x]! += sum;
      }
    }
    for (let x = 0; x < width; x++) data[y * width + x] = sums[x]! / area;
  }
  return { width, height, data };
}
