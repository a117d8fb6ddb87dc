import { createCanvas } from '@napi-rs/canvas';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readImageSize } from '../../src/read/ocr/image-size.js';
import { tiffPageFile, tiffPages } from '../../src/read/ocr/tiff.js';
import { greyTiff } from './pdf-samples.js';

const blank = (w: number, h: number) => ({ canvas: createCanvas(w, h) });
const u32 = (b: Uint8Array, at: number, v: number, little = true): void => new DataView(b.buffer, b.byteOffset).setUint32(at, v, little);

describe('tiffPages: the directory chain of a multi-page TIFF', () => {
  it('lists every page with its size, thumbnails marked, in either byte order', () => {
    for (const order of ['II', 'MM'] as const) {
      const bytes = greyTiff([blank(30, 40), { canvas: createCanvas(8, 10), thumbnail: true }, blank(31, 41)], 200, order);
      const r = tiffPages(bytes);
      expect(r.ok && r.cut).toBe(null);
      expect(r.ok && r.pages.map((p) => [p.width, p.height, p.reduced])).toEqual([
        [30, 40, false],
        [8, 10, true],
        [31, 41, false],
      ]);
    }
  });

  it('a chain pointing back at an earlier page stops there, keeping the pages read', () => {
    const bytes = greyTiff([blank(20, 20), blank(21, 21)], 200);
    const r = tiffPages(bytes);
    if (!r.ok) throw new Error('expected pages');
    const second = r.pages[1]!;
    u32(bytes, second.ifd + 2 + 13 * 12, r.pages[0]!.ifd);
    expect(tiffPages(bytes)).toMatchObject({ ok: true, cut: 'loop', pages: [{ width: 20 }, { width: 21 }] });
  });

  it('a file cut inside its second directory keeps the first page and says it was cut', () => {
    const bytes = greyTiff([blank(20, 20), blank(21, 21)], 200);
    const r = tiffPages(bytes);
    if (!r.ok) throw new Error('expected pages');
    const cut = bytes.slice(0, r.pages[1]!.ifd + 20);
    expect(tiffPages(cut)).toMatchObject({ ok: true, cut: 'truncated', pages: [{ width: 20 }] });
  });

  it('stops at maxPages and says so; a damaged first directory fails the file', () => {
    const bytes = greyTiff([blank(5, 5), blank(6, 6), blank(7, 7)], 200);
    expect(tiffPages(bytes, 2)).toMatchObject({ ok: true, cut: 'too-many', pages: [{ width: 5 }, { width: 6 }] });
    const bad = bytes.slice();
    u32(bad, 4, 3);
    expect(tiffPages(bad)).toEqual({ ok: false, reason: 'corrupt' });
    expect(tiffPages(bytes.slice(0, 6))).toEqual({ ok: false, reason: 'truncated' });
  });
});

describe('tiffPageFile: one page as a file of its own', () => {
  test.prop([fc.array(fc.record({ w: fc.integer({ min: 1, max: 12 }), h: fc.integer({ min: 1, max: 12 }) }), { minLength: 1, maxLength: 5 }), fc.constantFrom('II', 'MM')])(
    'the copy starts at that page, its chain ends there, and the original is untouched',
    (sizes, order) => {
      const bytes = greyTiff(sizes.map(({ w, h }) => blank(w, h)), 300, order as 'II' | 'MM');
      const before = bytes.slice();
      const r = tiffPages(bytes);
      if (!r.ok) throw new Error('expected pages');
      expect(r.pages.map((p) => [p.width, p.height])).toEqual(sizes.map(({ w, h }) => [w, h]));
      for (const p of r.pages) {
        const one = tiffPageFile(bytes, p);
        expect(tiffPages(one)).toEqual({ ok: true, cut: null, pages: [p] });
        expect(readImageSize(one)).toEqual({ ok: true, format: 'tiff', width: p.width, height: p.height });
      }
      expect(bytes).toEqual(before);
    },
  );
});

describe('tiffPages on arbitrary bytes', () => {
  test.prop([fc.constantFrom('II*\u0000', 'MM\u0000*'), fc.uint8Array({ maxLength: 300 })])('never throws, and every page it lists lies inside the file', (magic, rest) => {
    const bytes = Uint8Array.from([...Buffer.from(magic, 'latin1'), ...rest]);
    const r = tiffPages(bytes);
    if (r.ok) for (const p of r.pages) expect(p.ifd + 2).toBeLessThanOrEqual(bytes.length);
  });
});
