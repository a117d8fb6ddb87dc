import { afterAll, describe, expect, it } from 'vitest';
import { ocrImage, OcrPool, shutdownOcr } from '../../src/read/ocr/index.js';
import { startEngineWorker, OcrEngineError } from '../../src/read/ocr/engine.js';
import { drawPage, turnedPng } from './pdf-samples.js';

afterAll(() => shutdownOcr());

describe('OCR engine (tesseract.js, offline Vietnamese LSTM model)', () => {
  it('reads a page turned upside down, and says by how much it turned it', { timeout: 120_000 }, async () => {
    const r = await ocrImage(turnedPng(drawPage(undefined, 150), 180));
    expect(r.angle).toBe(180);
    expect(r.text).toContain('SỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc');
    expect(r.text).toContain('95% học sinh hoàn thành chương trình tiểu học.');
    expect(r.confidence).toBeGreaterThan(80);
  });

  it('a model folder without the model fails to start with a clear error instead of hanging', { timeout: 30_000 }, async () => {
    await expect(startEngineWorker('/nonexistent/tessdata', 5_000)).rejects.toBeInstanceOf(OcrEngineError);
    const pool = new OcrPool({ langPath: '/nonexistent/tessdata' });
    await expect(pool.recognize(turnedPng(drawPage([], 36), 0))).rejects.toThrow(/model is missing/u);
    await pool.terminate();
  });

  it('an aborted page is stopped and rejected with the abort reason; the pool then works again', { timeout: 120_000 }, async () => {
    const pool = new OcrPool();
    const small = turnedPng(drawPage(['Kính gửi: Sở Giáo dục và Đào tạo'], 100), 0);
    await pool.recognize(small); // the worker is up: the abort below lands mid-page
    const controller = new AbortController();
    const page = turnedPng(drawPage(undefined, 200), 0);
    const pending = pool.recognize(page, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('hết giờ')), 300);
    await expect(pending).rejects.toThrow('hết giờ');
    const queued = new AbortController();
    queued.abort(new Error('đã hủy'));
    await expect(pool.recognize(small, { signal: queued.signal })).rejects.toThrow('đã hủy');
    const again = await pool.recognize(small);
    expect(again.blocks.length).toBeGreaterThan(0);
    await pool.terminate();
    await expect(pool.recognize(page)).rejects.toThrow(/shut down/u);
  });
});
