/**
 * Width and height of a PNG, JPEG or TIFF read from its header, before anything is decoded, so a
 * 20000 × 20000 "photo" is refused without allocating 1.6 GB of pixels.
 */

import { tiffPages } from './tiff.js';

export type ImageFormat = 'png' | 'jpeg' | 'tiff';

export type ImageSize =
  | { readonly ok: true; readonly format: ImageFormat; readonly width: number; readonly height: number }
  | { readonly ok: false; readonly reason: 'truncated' | 'corrupt' | 'unsupported' };

const TRUNCATED = { ok: false, reason: 'truncated' } as const;
const CORRUPT = { ok: false, reason: 'corrupt' } as const;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(b: Uint8Array): ImageSize {
  if (b.length < 24) return TRUNCATED;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // The first chunk must be IHDR: length 13, then width and height as big-endian u32.
  if (v.getUint32(8) !== 13 || String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return CORRUPT;
  const width = v.getUint32(16);
  const height = v.getUint32(20);
  return width > 0 && height > 0 ? { ok: true, format: 'png', width, height } : CORRUPT;
}

// SOF0..SOF15 carry the frame size, except C4 (DHT), C8 (JPG extension) and CC (DAC).
const isSof = (m: number): boolean => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpegSize(b: Uint8Array): ImageSize {
  let i = 2;
  while (i < b.length) {
    if (b[i] !== 0xff) return CORRUPT;
    // Markers may be padded with extra 0xFF bytes.
    while (i < b.length && b[i] === 0xff) i++;
    if (i >= b.length) return TRUNCATED;
    const marker = b[i]!;
    i++;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue; // no length
    if (marker === 0xd9 || marker === 0xda) return CORRUPT; // image data (or its end) before any frame header
    if (i + 2 > b.length) return TRUNCATED;
    const length = (b[i]! << 8) | b[i + 1]!;
    if (length < 2) return CORRUPT;
    if (isSof(marker)) {
      if (i + 7 > b.length) return TRUNCATED;
      const height = (b[i + 3]! << 8) | b[i + 4]!;
      const width = (b[i + 5]! << 8) | b[i + 6]!;
      // Height 0 means "defined later by a DNL marker" — rare; refuse rather than guess.
      return width > 0 && height > 0 ? { ok: true, format: 'jpeg', width, height } : CORRUPT;
    }
    i += length;
  }
  return TRUNCATED;
}

function tiffSize(b: Uint8Array): ImageSize {
  const r = tiffPages(b, 1);
  if (!r.ok) return r;
  const first = r.pages[0];
  return first ? { ok: true, format: 'tiff', width: first.width, height: first.height } : CORRUPT;
}

/** Reads the pixel size from the header of a PNG, JPEG or TIFF; `unsupported` for anything else. */
export function readImageSize(bytes: Uint8Array): ImageSize {
  if (bytes.length >= 8 && PNG_SIGNATURE.every((x, i) => bytes[i] === x)) return pngSize(bytes);
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegSize(bytes);
  const tiffMagic = bytes.length >= 4 ? (bytes[0] === 0x49 && bytes[1] === 0x49 ? bytes[2]! | (bytes[3]! << 8) : bytes[0] === 0x4d && bytes[1] === 0x4d ? (bytes[2]! << 8) | bytes[3]! : 0) : 0;
  if (tiffMagic === 42 || tiffMagic === 43) return tiffSize(bytes);
  return { ok: false, reason: 'unsupported' };
}
