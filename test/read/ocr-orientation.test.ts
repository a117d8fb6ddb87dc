import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { ocrImage, shutdownOcr } from '../../src/read/ocr/index.js';
import { detectSideways, inkMask, measureSkew, quarterTurn } from '../../src/read/ocr/orientation.js';
import { decodeImage, greyOf } from '../../src/read/ocr/raster.js';
import { BODY, drawPage, turnedPng } from './pdf-samples.js';

afterAll(() => shutdownOcr());

const LONG_BODY = [...BODY, ...BODY, ...BODY, ...BODY];

/**
 * A phone photo of a page: the page tilted by `skew` degrees (clockwise), light falling off from
 * the top-left corner to the opposite one, as under a desk lamp.
 */
function photo(skew: number, body: readonly string[] = LONG_BODY): Canvas {
  const page = drawPage(body, 200);
  const out = createCanvas(page.width, page.height);
  const x = out.getContext('2d');
  x.fillStyle = '#fff';
  x.fillRect(0, 0, out.width, out.height);
  x.translate(out.width / 2, out.height / 2);
  x.rotate((skew * Math.PI) / 180);
  x.drawImage(page, -page.width / 2, -page.height / 2);
  x.setTransform(1, 0, 0, 1, 0, 0);
  const light = x.createLinearGradient(0, 0, out.width, out.height);
  light.addColorStop(0, 'rgb(255,255,255)');
  light.addColorStop(1, 'rgb(80,80,80)');
  x.globalCompositeOperation = 'multiply';
  x.fillStyle = light;
  x.fillRect(0, 0, out.width, out.height);
  return out;
}

async function maskOf(png: Uint8Array): Promise<ReturnType<typeof inkMask>> {
  const img = await decodeImage(png);
  return inkMask(greyOf(img, 0, 800 / Math.max(img.width, img.height)));
}

describe('page geometry from a small copy (uneven light, slight skew)', () => {
  it.each([
    [0, false],
    [90, true],
    [270, true],
  ] as const)('a lamp-lit page turned %i° → sideways %s, without doubt', async (degrees, sideways) => {
    const found = detectSideways(await maskOf(turnedPng(photo(1.2), degrees)));
    expect(found.sideways).toBe(sideways);
    expect(found.clear).toBe(true);
  });

  it.each([-2.5, -1, 0, 1.2, 3])('the slope of the lines, %f°, is measured within 0.3°', async (skew) => {
    expect(Math.abs(measureSkew(await maskOf(turnedPng(photo(skew), 0))) - skew)).toBeLessThanOrEqual(0.3);
  });

  it('the slope of a page turned a quarter is measured once the mask is turned upright', async () => {
    const mask = await maskOf(turnedPng(photo(-1.5), 270));
    // A page turned 270° is made upright by a quarter turn clockwise.
    expect(Math.abs(measureSkew(quarterTurn(mask)) - -1.5)).toBeLessThanOrEqual(0.3);
  });

  it('a blank page has no slope', async () => {
    expect(measureSkew(await maskOf(turnedPng(drawPage([], 72), 0)))).toBe(0);
  });
});

describe('OCR of lamp-lit, slightly skewed photos', () => {
  it.each([
    [0, 0],
    [90, 270],
    [270, 90],
  ] as const)('a photo turned %i° is turned %i° and read upright, header columns split by a TAB', { timeout: 120_000 }, async (degrees, undone) => {
    const r = await ocrImage(turnedPng(photo(1.2), degrees));
    expect(r.angle).toBe(undone);
    expect(r.confidence).toBeGreaterThan(85);
    expect(r.text).toContain('UBND TỈNH QUẢNG NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(r.text).toContain('Số: 1234/KH-SGDĐT\tQuảng Ninh, ngày 05 tháng 3 năm 2024');
    expect(r.text).toContain('thực hiện Kế hoạch số 12/KH-UBND ngày');
  });

  it('a 2.5° skew is undone before reading: the header columns still share their rows', { timeout: 120_000 }, async () => {
    const r = await ocrImage(turnedPng(photo(2.5), 0));
    expect(r.text).toContain('SỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc');
  });

  it('tesseract writes nothing to stderr (no "Estimating resolution", no "Detected … diacritics")', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-ocr-stderr-'));
    try {
      // A PNG without a pHYs chunk: tesseract would estimate the resolution and say so.
      const file = join(dir, 'page.png');
      writeFileSync(file, turnedPng(photo(0.5, BODY), 0));
      const script = `import { readFileSync } from 'node:fs';
        import { ocrImage, shutdownOcr } from ${JSON.stringify(new URL('../../src/read/ocr/index.ts', import.meta.url).pathname)};
        const r = await ocrImage(new Uint8Array(readFileSync(${JSON.stringify(file)})));
        await shutdownOcr();
        process.stdout.write(String(r.text.includes('UBND TỈNH QUẢNG NINH')));`;
      writeFileSync(join(dir, 'read.mts'), script);
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(dir, 'read.mts')], { timeout: 110_000 });
      expect(stdout).toBe('true');
      expect(stderr).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
