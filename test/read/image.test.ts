import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { isReadError, type ReadError } from '../../src/read/errors.js';
import { readImage } from '../../src/read/image.js';
import { withLimits } from '../../src/read/limits.js';
import { shutdownOcr } from '../../src/read/ocr/index.js';
import { createCanvas } from '@napi-rs/canvas';
import { drawPage, greyTiff, jpegHeader, pngHeader, tiffHeader, turnedPng } from './pdf-samples.js';

const opts = { limits: withLimits() };
const failure = async (p: Promise<unknown>): Promise<ReadError> => {
  const err: unknown = await p.then(() => null, (e: unknown) => e);
  if (!isReadError(err)) throw new Error(`expected a ReadError, got ${String(err)}`);
  return err;
};

afterAll(() => shutdownOcr());

describe('readImage: refused from the header, before any decoding', () => {
  it.each([
    ['PNG', pngHeader(20000, 20000)],
    ['JPEG', jpegHeader(20000, 20000)],
    ['TIFF', tiffHeader(20000, 20000)],
  ])('a %s claiming 20000 × 20000 → limit-exceeded, in words a clerk reads', async (_kind, bytes) => {
    const err = await failure(readImage(bytes, 'anh-chup.png', opts));
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toBe('the image is 20000 × 20000 pixels, over the 60,000,000-pixel limit');
    expect(err.message).not.toContain('anh-chup');
  });

  it('a lowered limit is honoured', async () => {
    const err = await failure(readImage(pngHeader(1000, 1000), 'a.png', { limits: withLimits({ maxImagePixels: 500_000 }) }));
    expect(err.message).toBe('the image is 1000 × 1000 pixels, over the 500,000-pixel limit');
  });

  it('a PNG cut short is truncated, a damaged header corrupt, a text file unsupported', async () => {
    const png = turnedPng(drawPage(['Kính gửi: Sở Giáo dục và Đào tạo'], 72), 0);
    expect((await failure(readImage(png.slice(0, Math.floor(png.length / 2)), 'a.png', opts))).code).toBe('truncated');
    expect((await failure(readImage(png.slice(0, 20), 'a.png', opts))).code).toBe('truncated');
    const damaged = png.slice();
    damaged.set([0x49, 0x44, 0x41, 0x54], 12);
    expect((await failure(readImage(damaged, 'a.png', opts))).code).toBe('corrupt');
    expect((await failure(readImage(new TextEncoder().encode('Kính gửi'), 'a.png', opts))).code).toBe('unsupported-type');
  });
});

describe('readImage: OCR', () => {
  it('a blank scan → no-text', { timeout: 60_000 }, async () => {
    const page = drawPage([], 72);
    page.getContext('2d').fillStyle = '#fff';
    page.getContext('2d').fillRect(0, 0, page.width, page.height);
    expect((await failure(readImage(turnedPng(page, 0), 'trang-trang.png', opts))).code).toBe('no-text');
  });

  it('a JPEG photo turned 90° is read upright, header columns split by a TAB, nothing written to the working directory', { timeout: 120_000 }, async () => {
    const before = readdirSync('.').sort();
    const canvas = drawPage(undefined, 200);
    const photo = turnedPng(canvas, 90, 'jpeg');
    const r = await readImage(photo, 'cong-van.jpg', opts);
    expect(r.text).toContain('UBND TỈNH QUẢNG NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(r.text).toContain('Số: 1234/KH-SGDĐT\tQuảng Ninh, ngày 05 tháng 3 năm 2024');
    expect(r.text).toContain('thực hiện Kế hoạch số 12/KH-UBND ngày');
    expect(r.provenance.reader).toBe('image');
    expect(r.provenance.mediaType).toBe('image/jpeg');
    expect(r.provenance.warnings).toContain('the image was turned 270° to be read');
    expect(r.provenance.pages).toEqual([{ page: 1, start: 0, end: r.text.length, ocr: true, confidence: expect.any(Number) }]);
    expect(r.provenance.pages[0]!.confidence).toBeGreaterThan(80);
    expect(readdirSync('.').sort()).toEqual(before);
  });

  it('a multi-page TIFF from a fax server: every page read in order, the thumbnail skipped, provenance per page', { timeout: 120_000 }, async () => {
    const second = createCanvas(1240, 1754);
    const x = second.getContext('2d');
    x.fillStyle = '#fff';
    x.fillRect(0, 0, second.width, second.height);
    x.fillStyle = '#000';
    x.font = '24px "DejaVu Serif"';
    ['2. Các phòng chuyên môn báo cáo kết quả về Sở Giáo dục và Đào tạo', 'trước ngày 15/12/2024 để tổng hợp.', 'Nơi nhận:'].forEach((line, i) => x.fillText(line, 100, 200 + i * 40));
    const thumbnail = createCanvas(60, 85);
    const tiff = greyTiff([{ canvas: drawPage(undefined, 150) }, { canvas: thumbnail, thumbnail: true }, { canvas: second }], 150, 'MM');
    const r = await readImage(tiff, 'fax.tif', opts);
    expect(r.provenance.mediaType).toBe('image/tiff');
    expect(r.provenance.pages.map((p) => [p.page, p.ocr])).toEqual([
      [1, true],
      [2, true],
    ]);
    const [one, two] = r.provenance.pages;
    expect(r.text.slice(one!.start, one!.end)).toContain('Số: 1234/KH-SGDĐT');
    expect(r.text.slice(two!.start, two!.end)).toContain('trước ngày 15/12/2024');
    expect(two!.start).toBeGreaterThan(one!.end);
  });

  it('a TIFF with more pages than maxOcrPages is refused before any page is read', async () => {
    const page = { canvas: createCanvas(40, 40) };
    const err = await failure(readImage(greyTiff([page, page, page], 200), 'fax.tif', { limits: withLimits({ maxOcrPages: 2 }) }));
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toBe('the TIFF has more than 2 pages to recognise, over the limit (maxOcrPages)');
  });
});
