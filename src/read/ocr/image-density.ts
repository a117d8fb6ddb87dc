/**
 * The resolution a PNG (pHYs chunk) or JPEG (JFIF APP0 segment) declares, in dots per inch, so
 * tesseract is told it instead of guessing from the letter height. We hand tesseract a bare grey
 * PGM, which carries no resolution of its own.
 */

/** Below or above this a declared density is a placeholder (72, 1×1 "aspect ratio only") or nonsense. */
const MIN_DPI = 100;
const MAX_DPI = 1200;

const plausible = (dpi: number): number | null => (dpi >= MIN_DPI && dpi <= MAX_DPI ? Math.round(dpi) : null);

function pngDpi(b: Uint8Array): number | null {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // pHYs must come before the first IDAT.
  for (let i = 8; i + 8 <= b.length; ) {
    const length = v.getUint32(i);
    const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
    if (type === 'IDAT' || type === 'IEND') return null;
    if (type === 'pHYs') {
      if (length !== 9 || i + 17 > b.length) return null;
      const perMetre = v.getUint32(i + 8); // x; y is the same on any sane scan
      return b[i + 16] === 1 ? plausible(perMetre * 0.0254) : null; // unit 1 = metre, 0 = aspect only
    }
    i += 12 + length;
  }
  return null;
}

function jpegDpi(b: Uint8Array): number | null {
  // JFIF: FFD8 FFE0 len 'JFIF\0' version(2) units(1) xdensity(2) ydensity(2).
  if (b.length < 18 || b[2] !== 0xff || b[3] !== 0xe0) return null;
  if (String.fromCharCode(b[6]!, b[7]!, b[8]!, b[9]!) !== 'JFIF' || b[10] !== 0) return null;
  const units = b[13];
  const x = (b[14]! << 8) | b[15]!;
  if (units === 1) return plausible(x);
  if (units === 2) return plausible(x * 2.54);
  return null;
}

/** Dots per inch declared in a PNG or JPEG header; null when absent, a placeholder, or another format. */
export function readImageDpi(bytes: Uint8Array): number | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return pngDpi(bytes);
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegDpi(bytes);
  return null;
}
