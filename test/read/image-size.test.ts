import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { readImageSize } from '../../src/read/ocr/image-size.js';
import { jpegHeader, pngHeader, tiffHeader } from './pdf-samples.js';


describe('readImageSize: the pixel size from the header, nothing decoded', () => {
  it.each([
    ['PNG', pngHeader(20000, 20000), 'png'],
    ['JPEG (baseline)', jpegHeader(20000, 20000), 'jpeg'],
    ['JPEG (progressive SOF2)', jpegHeader(4000, 3000, 0xc2), 'jpeg'],
    ['TIFF little-endian', tiffHeader(2480, 3508), 'tiff'],
    ['TIFF big-endian', tiffHeader(2480, 3508, false), 'tiff'],
  ] as const)('%s', (_name, bytes, format) => {
    const size = readImageSize(bytes);
    expect(size.ok && size.format).toBe(format);
    expect(size.ok && [size.width, size.height]).toEqual(format === 'tiff' ? [2480, 3508] : _name.includes('SOF2') ? [4000, 3000] : [20000, 20000]);
  });

  it('a header cut short is truncated; a damaged one corrupt; anything else unsupported', () => {
    expect(readImageSize(pngHeader(10, 10).slice(0, 20))).toEqual({ ok: false, reason: 'truncated' });
    expect(readImageSize(jpegHeader(10, 10).slice(0, 12))).toEqual({ ok: false, reason: 'truncated' });
    expect(readImageSize(tiffHeader(10, 10).slice(0, 20))).toEqual({ ok: false, reason: 'truncated' });
    const badChunk = pngHeader(10, 10);
    badChunk.set([0x49, 0x44, 0x41, 0x54], 12); // IDAT where IHDR must be
    expect(readImageSize(badChunk)).toEqual({ ok: false, reason: 'corrupt' });
    expect(readImageSize(pngHeader(0, 10))).toEqual({ ok: false, reason: 'corrupt' });
    expect(readImageSize(new TextEncoder().encode('Kính gửi: Sở Giáo dục'))).toEqual({ ok: false, reason: 'unsupported' });
  });
});

test.prop([fc.uint8Array({ maxLength: 200 })])('never throws on arbitrary bytes', (bytes) => {
  expect(() => readImageSize(bytes)).not.toThrow();
});

test.prop([fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }), fc.constantFrom('png', 'jpeg', 'tiff')])(
  'reads back the size written, and every strict prefix of the header is truncated',
  (w, h, kind) => {
    const bytes = kind === 'png' ? pngHeader(w, h) : kind === 'jpeg' ? jpegHeader(w, h) : tiffHeader(w, h);
    expect(readImageSize(bytes)).toEqual({ ok: true, format: kind, width: w, height: h });
    const needed = kind === 'png' ? 24 : kind === 'jpeg' ? 17 : 8 + 2 + 2 * 12; // the next-IFD offset is not needed
    for (let n = kind === 'png' ? 8 : 4; n < needed; n++) expect(readImageSize(bytes.slice(0, n))).toEqual({ ok: false, reason: 'truncated' });
  },
);
