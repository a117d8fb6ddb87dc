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
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, cw, ch);
  ctx.translate(cw / 2, ch / 2);
  ctx.rotate((turns * Math.PI) / 2);
  ctx.drawImage(img, -w / 2, -h / 2, w, h);
  // The canvas's own RGBA, premultiplied, which on a page made opaque by the white fill is the
  // plain colour: getImageData would un-premultiply it (~80 ms for an A4 page at 300 dpi). data()
  // is a view of the canvas's memory, so it is copied while the canvas is surely alive (~5 ms).
  const rgba = new Uint8Array(canvas.data());
  const data = new Uint8Array(cw * ch);
  if (LITTLE_ENDIAN && rgba.byteOffset % 4 === 0) {
    // One 32-bit read per pixel instead of three byte reads.
    const px = new Uint32Array(rgba.buffer, rgba.byteOffset, data.length);
    for (let i = 0; i < data.length; i++) {
      const v = px[i]!;
      data[i] = ((v & 255) * 299 + ((v >>> 8) & 255) * 587 + ((v >>> 16) & 255) * 114) / 1000;
    }
  } else {
    for (let i = 0, p = 0; i < data.length; i++, p += 4) data[i] = (rgba[p]! * 299 + rgba[p + 1]! * 587 + rgba[p + 2]! * 114) / 1000;
  }
  return { width: cw, height: ch, data };
}

/** The raster turned upside down (a half turn is the pixel order reversed). */
export const halfTurn = (r: GreyRaster): GreyRaster => ({ width: r.width, height: r.height, data: r.data.slice().reverse() });

/** Binary PGM (P5): lossless, and the cheapest format Leptonica reads — no PNG deflate per page. */
export function encodePgm(r: GreyRaster): Uint8Array {
  const head = Buffer.from(`P5\n${r.width} ${r.height}\n255\n`, 'ascii');
  const out = new Uint8Array(head.length + r.data.length);
  out.set(head, 0);
  out.set(r.data, head.length);
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
