import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedCode } from '../../fixtures/make/bad.js';
import { hugePng, manyPagesPdf, manyPartsDocx, pdfStreamBomb, zipBombDocx } from '../../fixtures/make/bombs.js';
import { buildDocx } from '../../fixtures/make/docx.js';
import { layoutOf } from '../../fixtures/make/layout.js';
import { newPdf, pdfBytes } from '../../fixtures/make/pdf.js';
import { buildScanPdf } from '../../fixtures/make/scan.js';
import { READ_ERROR_CODES, ReadError, type ReadErrorCode } from '../../src/read/errors.js';
import { closeReaders, readDocument, type ReadDocumentOptions } from '../../src/read/index.js';
import type { ReadLimits } from '../../src/read/limits.js';
import { FIXTURES } from '../fixtures.js';

/**
 * Every file in fixtures/bad/ must be refused with the ReadError code its name starts with, and a
 * sentence that keeps the reason. The big hostile files are made here, not committed.
 */
const BAD = join(FIXTURES, 'bad');
const committed = readdirSync(BAD).filter((f) => f !== 'README.md').sort();
/**
 * Files whose expected code the readers do not give yet, with why; `it.fails` keeps them visible
 * and turns red the day they are fixed, so the mark is then removed.
 */
const KNOWN: Readonly<Record<string, string>> = {};

async function refusal(file: string, opts?: ReadDocumentOptions): Promise<ReadError> {
  try {
    const read = await readDocument(file, opts);
    throw new Error(`read ${read.text.length} characters instead of refusing: ${JSON.stringify(read.text.slice(0, 80))}`);
  } catch (err) {
    if (err instanceof ReadError) return err;
    throw err;
  }
}

function expectRefusal(err: ReadError, file: string, code: ReadErrorCode): void {
  expect({ code: err.code, message: err.message }).toMatchObject({ code });
  expect(err.file).toBe(file);
  // One sentence a clerk reads after "<path>: <code>: ": the reason, not the path again.
  expect(err.message.trim().length).toBeGreaterThan(10);
  expect(err.message).toMatch(/\p{L}{3,}/u);
  expect(err.message).not.toContain(file);
  expect(err.message).not.toMatch(/\n|^\s*(?:Error|TypeError|undefined|null)\b/u);
}

afterAll(async () => {
  await closeReaders();
});

describe('fixtures/bad: the code is in the name', () => {
  const cases = committed.map((name) => ({ name, known: KNOWN[name] }));
  it.each(cases.filter((c) => !c.known))('$name', async ({ name }) => {
    const code = expectedCode(name, READ_ERROR_CODES);
    expect(code, `${name} must start with a read error code`).not.toBeNull();
    const file = join(BAD, name);
    expectRefusal(await refusal(file), file, code!);
  }, 60_000);

  it.fails.each(cases.filter((c) => c.known))('$name (known: $known)', async ({ name }) => {
    const file = join(BAD, name);
    expectRefusal(await refusal(file), file, expectedCode(name, READ_ERROR_CODES)!);
  }, 60_000);

  it('encrypted.pdf opens with its password', async () => {
    const read = await readDocument(join(BAD, 'encrypted.pdf'), { password: 'vanban-2025' });
    expect(read.text.normalize('NFC')).toContain('Kế hoạch số 12/KH-UBND');
  }, 60_000);
});

const MiB = 1024 * 1024;
const PEAK_RSS = fileURLToPath(new URL('../../fixtures/make/peak-rss.ts', import.meta.url));
const SAMPLE = layoutOf('102', [
  'BỘ NỘI VỤ',
  'Số: 5816/BNV-VTLTNN',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Hà Nội, ngày 15 tháng 12 năm 2021',
  'Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư, Bộ Nội vụ hướng dẫn như sau:',
  '1. Báo cáo gửi về Bộ Nội vụ trước ngày 15/01/2022.',
].join('\n'));

interface Hostile {
  readonly name: string;
  readonly build: () => Promise<Uint8Array> | Uint8Array;
  readonly limits?: Partial<ReadLimits>;
}

/** Made in the test: each crosses one named limit (or forges a size) and must be refused without eating memory. */
const HOSTILE: readonly Hostile[] = [
  { name: 'limit-exceeded-zip-bomb.docx', build: () => zipBombDocx(512) },
  { name: 'corrupt-zip-bomb-forged-size.docx', build: () => zipBombDocx(512, 1) },
  { name: 'limit-exceeded-zip-total.docx', build: () => zipBombDocx(200), limits: { maxZipTotalBytes: 100 * MiB } },
  { name: 'limit-exceeded-zip-parts.docx', build: () => manyPartsDocx(2500) },
  { name: 'limit-exceeded-pdf-stream-bomb.pdf', build: () => pdfStreamBomb(512) },
  { name: 'limit-exceeded-pdf-pages.pdf', build: () => manyPagesPdf(600) },
  { name: 'limit-exceeded-image-20000px.png', build: () => hugePng(20000, 20000) },
  { name: 'limit-exceeded-file-size.docx', build: () => buildDocx(SAMPLE), limits: { maxFileBytes: 1024 } },
  { name: 'limit-exceeded-ocr-pages.pdf', build: async () => (await buildScanPdf({ ...SAMPLE, blocks: [...SAMPLE.blocks, ...SAMPLE.blocks.slice(-1).flatMap((b) => Array.from({ length: 60 }, () => b))] })).pdf, limits: { maxOcrPages: 1 } },
  { name: 'timeout-slow-scan.pdf', build: async () => (await buildScanPdf(SAMPLE)).pdf, limits: { timeoutMs: 50 } },
];

describe('hostile files made in the test', () => {
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vanban-bad-'));
    for (const h of HOSTILE) writeFileSync(join(dir, h.name), await h.build());
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(HOSTILE)('$name', async ({ name, limits }) => {
    const file = join(dir, name);
    expectRefusal(await refusal(file, limits ? { limits } : undefined), file, expectedCode(name, READ_ERROR_CODES)!);
  }, 120_000);

  // Each bomb is read in a fresh process so its peak RSS is its own (getrusage maxrss).
  it.each(['limit-exceeded-zip-bomb.docx', 'limit-exceeded-pdf-stream-bomb.pdf', 'limit-exceeded-image-20000px.png'])(
    '%s is refused in a fresh process whose peak RSS stays under 1 GB',
    async (name) => {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', PEAK_RSS, join(dir, name)], { timeout: 110_000 });
      const out = JSON.parse(stdout.trim().split('\n').at(-1)!) as { code: string; maxRssMb: number };
      expect(out.code).toBe('limit-exceeded');
      expect(out.maxRssMb).toBeGreaterThan(0);
      expect(out.maxRssMb).toBeLessThan(1024);
    },
    120_000,
  );

  it('an owner-password-only PDF (printing restricted, no password to open) is read', async () => {
    const doc = newPdf('owner-only', { ownerPassword: 'chi-chu-so-huu', permissions: { printing: 'lowResolution' }, pdfVersion: '1.4' });
    doc.addPage({ size: 'A4', margin: 0 });
    doc.font('regular').fontSize(13).text('Kế hoạch số 88/KH-UBND ngày 29/4/2022 của UBND thành phố.', 85, 80, { lineBreak: false });
    const file = join(dir, 'owner-only.pdf');
    writeFileSync(file, await pdfBytes(doc));
    const read = await readDocument(file);
    expect(read.text.normalize('NFC')).toContain('Kế hoạch số 88/KH-UBND');
  }, 60_000);
});
