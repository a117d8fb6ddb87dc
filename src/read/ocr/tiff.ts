/**
 * The pages of a TIFF, read from its chain of image file directories (IFDs) without decoding a
 * pixel. Scanners and fax servers send a multi-page công văn as one TIFF; Leptonica reads only the
 * first directory, so each page is handed over as a copy of the file whose header points at it.
 */

export interface TiffPage {
  /** Byte offset of the page's directory. */
  readonly ifd: number;
  readonly width: number;
  readonly height: number;
  /** NewSubfileType bit 0: a reduced-resolution copy (a thumbnail), not a page of its own. */
  readonly reduced: boolean;
}

export type TiffPages =
  | {
      readonly ok: true;
      readonly pages: readonly TiffPage[];
      /** The chain ended early: cut short, pointing back into itself, or past `maxPages`. */
      readonly cut: 'truncated' | 'loop' | 'too-many' | null;
    }
  | { readonly ok: false; readonly reason: 'truncated' | 'corrupt' | 'unsupported' };

const TAG_NEW_SUBFILE_TYPE = 254;
const TAG_WIDTH = 256;
const TAG_HEIGHT = 257;
const SHORT = 3;
const LONG = 4;

type Directory = { readonly ok: true; readonly page: TiffPage; readonly next: number | null } | { readonly ok: false; readonly reason: 'truncated' | 'corrupt' };

/** One directory: its size tags and the offset of the next one (null when its pointer is cut off). */
function readDirectory(v: DataView, little: boolean, ifd: number): Directory {
  if (ifd < 8) return { ok: false, reason: 'corrupt' };
  if (ifd + 2 > v.byteLength) return { ok: false, reason: 'truncated' };
  const count = v.getUint16(ifd, little);
  let width = 0;
  let height = 0;
  let subfile = 0;
  for (let k = 0; k < count; k++) {
    const at = ifd + 2 + k * 12;
    if (at + 12 > v.byteLength) return { ok: false, reason: 'truncated' };
    const tag = v.getUint16(at, little);
    if (tag !== TAG_WIDTH && tag !== TAG_HEIGHT && tag !== TAG_NEW_SUBFILE_TYPE) continue;
    const type = v.getUint16(at + 2, little);
    // SHORT or LONG, one value, stored in the entry itself.
    const value = type === SHORT ? v.getUint16(at + 8, little) : type === LONG ? v.getUint32(at + 8, little) : -1;
    if (tag === TAG_NEW_SUBFILE_TYPE) subfile = Math.max(0, value);
    else if (value <= 0) return { ok: false, reason: 'corrupt' };
    else if (tag === TAG_WIDTH) width = value;
    else height = value;
  }
  if (width === 0 || height === 0) return { ok: false, reason: 'corrupt' };
  const nextAt = ifd + 2 + count * 12;
  const next = nextAt + 4 <= v.byteLength ? v.getUint32(nextAt, little) : null;
  return { ok: true, page: { ifd, width, height, reduced: (subfile & 1) === 1 }, next };
}

/**
 * Walks the directory chain. A damaged first directory fails the file; a chain that breaks later
 * keeps the pages read so far and says why it stopped.
 */
export function tiffPages(bytes: Uint8Array, maxPages = Number.POSITIVE_INFINITY): TiffPages {
  if (bytes.length < 8) return { ok: false, reason: 'truncated' };
  const little = bytes[0] === 0x49;
  if (!little && bytes[0] !== 0x4d) return { ok: false, reason: 'unsupported' };
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = v.getUint16(2, little);
  if (magic === 43) return { ok: false, reason: 'unsupported' }; // BigTIFF
  if (magic !== 42) return { ok: false, reason: 'corrupt' };
  const pages: TiffPage[] = [];
  const seen = new Set<number>();
  let ifd = v.getUint32(4, little);
  while (ifd !== 0) {
    if (seen.has(ifd)) return { ok: true, pages, cut: 'loop' };
    if (pages.length >= maxPages) return { ok: true, pages, cut: 'too-many' };
    seen.add(ifd);
    const dir = readDirectory(v, little, ifd);
    if (!dir.ok) return pages.length === 0 ? dir : { ok: true, pages, cut: 'truncated' };
    pages.push(dir.page);
    if (dir.next === null) return { ok: true, pages, cut: 'truncated' };
    ifd = dir.next;
  }
  return { ok: true, pages, cut: null };
}

/**
 * A copy of the file whose header points at `page`'s directory and whose chain ends there, so a
 * reader of "the first page" reads this one. The strips stay where they are: offsets are absolute.
 */
export function tiffPageFile(bytes: Uint8Array, page: TiffPage): Uint8Array {
  const out = Uint8Array.from(bytes);
  const little = out[0] === 0x49;
  const v = new DataView(out.buffer);
  v.setUint32(4, page.ifd, little);
  const nextAt = page.ifd + 2 + v.getUint16(page.ifd, little) * 12;
  if (nextAt + 4 <= out.length) v.setUint32(nextAt, 0, little);
  return out;
}
