import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReadError, type ReadError } from '../../src/read/errors.js';
import { withLimits } from '../../src/read/limits.js';
import { shutdownOcr } from '../../src/read/ocr/index.js';
import { readPdf } from '../../src/read/pdf/index.js';
import type { ReadOptions } from '../../src/read/types.js';
import { BODY, drawPage, makePdf, makeStreamBomb, turnedPng } from './pdf-samples.js';

const opts: ReadOptions = { limits: withLimits() };
const failure = async (p: Promise<unknown>): Promise<ReadError> => {
  const err: unknown = await p.then(() => null, (e: unknown) => e);
  if (!isReadError(err)) throw new Error(`expected a ReadError, got ${String(err)}`);
  return err;
};

let twoPages: Uint8Array;
let encrypted: Uint8Array;
beforeAll(async () => {
  twoPages = await makePdf([{ text: BODY }, { text: ['Nơi nhận:', '- Như trên;', '- Lưu: VT, GDTrH.'] }]);
  encrypted = await makePdf([{ text: BODY }], { userPassword: 'matkhau', ownerPassword: 'chuso' });
});
afterAll(() => shutdownOcr());

describe('readPdf: born-digital text layer', () => {
  it('two pages joined by a blank line, header columns split by a TAB, offsets per page, no page markers', { timeout: 60_000 }, async () => {
    const r = await readPdf(twoPages, 'ke-hoach.pdf', opts);
    expect(r.text.startsWith('UBND TỈNH QUẢNG NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc\n')).toBe(true);
    expect(r.text).toContain('Căn cứ Luật Giáo dục năm 2019; thực hiện Kế hoạch số 12/KH-UBND ngày\n05/01/2024');
    expect(r.text).not.toMatch(/-- \d+ of \d+ --/u);
    const [p1, p2] = r.provenance.pages;
    expect(r.provenance.pages).toHaveLength(2);
    expect(p1).toMatchObject({ page: 1, start: 0, ocr: false, confidence: null });
    expect(r.text.slice(p1!.end, p2!.start)).toBe('\n\n');
    expect(r.text.slice(p1!.start, p1!.end).endsWith('95% học sinh hoàn thành chương trình tiểu học.')).toBe(true);
    expect(r.text.slice(p2!.start, p2!.end)).toContain('Nơi nhận:\n- Như trên;\n- Lưu: VT, GDTrH.');
    expect(p2!.end).toBe(r.text.length);
    expect(r.provenance).toMatchObject({ reader: 'pdf', mediaType: 'application/pdf', warnings: [] });
    expect(r.text).toBe(r.text.normalize('NFC'));
  });

  it('too many pages → limit-exceeded before any page is read', { timeout: 60_000 }, async () => {
    const err = await failure(readPdf(twoPages, 'a.pdf', { limits: withLimits({ maxPdfPages: 1 }) }));
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toBe('it has 2 pages, over the 1-page limit (maxPdfPages)');
  });
});

describe('readPdf: passwords', () => {
  it('a user password without one configured → encrypted, with what to do', { timeout: 60_000 }, async () => {
    const err = await failure(readPdf(encrypted, 'mat.pdf', opts));
    expect(err.code).toBe('encrypted');
    expect(err.message).toBe('it is protected by a password (set a password in the configuration to open it)');
  });

  it('the configured password opens it; a wrong one is still encrypted', { timeout: 60_000 }, async () => {
    const r = await readPdf(encrypted, 'mat.pdf', { ...opts, password: 'matkhau' });
    expect(r.text).toContain('Số: 1234/KH-SGDĐT\tQuảng Ninh, ngày 05 tháng 3 năm 2024');
    const err = await failure(readPdf(encrypted, 'mat.pdf', { ...opts, password: 'sai' }));
    expect(err.code).toBe('encrypted');
    expect(err.message).toContain('the configured password does not open it');
  });

  it('an owner password alone (permissions only) does not stop reading', { timeout: 60_000 }, async () => {
    const ownerOnly = await makePdf([{ text: BODY }], { ownerPassword: 'chuso' });
    expect(Buffer.from(ownerOnly).includes('/Encrypt')).toBe(true);
    const r = await readPdf(ownerOnly, 'quyen.pdf', opts);
    expect(r.text).toContain('đạt tỷ lệ\n95% học sinh');
  });
});

describe('readPdf: hostile and broken files', () => {
  it('a stream that inflates to 300 MB is refused before pdfjs parses it', { timeout: 60_000 }, async () => {
    const bomb = await makeStreamBomb(300);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const err = await failure(readPdf(bomb, 'bom.pdf', opts));
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toContain('(maxPdfStreamBytes)');
    // Under a roomier budget the same file opens (and has no text): the budget decided.
    const small = await makeStreamBomb(3);
    expect((await failure(readPdf(small, 'bom.pdf', opts))).code).toBe('no-text');
  });

  it('cut short → truncated; random bytes behind a PDF header → corrupt', { timeout: 60_000 }, async () => {
    const cut = twoPages.slice(0, Math.floor(twoPages.length * 0.5));
    expect((await failure(readPdf(cut, 'cut.pdf', opts))).code).toBe('truncated');
    const noise = new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4096)]));
    const err = await failure(readPdf(noise, 'noise.pdf', opts));
    expect(err.code).toBe('corrupt');
    expect(err.message).toBe('the PDF is damaged and cannot be opened');
  });

  it('a scanned page over the OCR page budget → limit-exceeded', { timeout: 60_000 }, async () => {
    const scan = await makePdf([{ image: turnedPng(drawPage(undefined, 100), 0) }]);
    const err = await failure(readPdf(scan, 'scan.pdf', { limits: withLimits({ maxOcrPages: 0 }) }));
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toContain('(maxOcrPages)');
  });
});

describe('readPdf: scans (OCR)', () => {
  it('an image-only page is OCR\'d; in a mixed file each page says how it was read', { timeout: 180_000 }, async () => {
    const scan = turnedPng(drawPage(undefined, 200), 0);
    const mixed = await makePdf([{ text: BODY }, { image: scan }]);
    const r = await readPdf(mixed, 'hon-hop.pdf', opts);
    const [p1, p2] = r.provenance.pages;
    expect(p1).toMatchObject({ page: 1, ocr: false, confidence: null });
    expect(p2).toMatchObject({ page: 2, ocr: true });
    expect(p2!.confidence).toBeGreaterThan(80);
    const scanned = r.text.slice(p2!.start, p2!.end);
    expect(scanned).toContain('UBND TỈNH QUẢNG NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(scanned).toContain('thực hiện Kế hoạch số 12/KH-UBND ngày');
    expect(r.text.slice(p1!.end, p2!.start)).toBe('\n\n');
  });

  it('a blank scanned page and nothing else → no-text', { timeout: 120_000 }, async () => {
    const page = drawPage([], 100);
    page.getContext('2d').fillStyle = '#fff';
    page.getContext('2d').fillRect(0, 0, page.width, page.height);
    const blank = await makePdf([{ image: turnedPng(page, 0) }]);
    expect((await failure(readPdf(blank, 'trang.pdf', opts))).code).toBe('no-text');
  });
});
