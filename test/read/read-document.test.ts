import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../src/read/errors.js';
import { readDocument } from '../../src/read/index.js';

const dir = mkdtempSync(join(tmpdir(), 'vanban-read-'));
const codeOf = async (file: string): Promise<string> => {
  try {
    await readDocument(file);
    return 'read';
  } catch (err) {
    if (err instanceof ReadError) return err.code;
    throw err;
  }
};

describe('readDocument: what happens before any reader', () => {
  it('a missing path is missing, a folder is not-a-file', async () => {
    expect(await codeOf(join(dir, 'không có.txt'))).toBe('missing');
    expect(await codeOf(dir)).toBe('not-a-file');
  });

  it('a path the system cannot open is unreadable, with the system reason', async () => {
    const tooLong = join(dir, 'v'.repeat(300));
    await expect(readDocument(tooLong)).rejects.toMatchObject({ code: 'unreadable', message: expect.stringContaining('ENAMETOOLONG') });
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission is unreadable', async () => {
    const f = join(dir, 'khóa.txt');
    writeFileSync(f, 'Căn cứ Kế hoạch số 12/KH-UBND');
    chmodSync(f, 0o000);
    expect(await codeOf(f)).toBe('unreadable');
  });

  it('a file over maxFileBytes is refused before it is read', async () => {
    const f = join(dir, 'lớn.txt');
    writeFileSync(f, 'Căn cứ Kế hoạch số 12/KH-UBND ngày 05/3/2024. '.repeat(100));
    await expect(readDocument(f, { limits: { maxFileBytes: 1000 } })).rejects.toMatchObject({ code: 'limit-exceeded', message: expect.stringContaining('maxFileBytes') });
  });

  it('reads text with its provenance and the hash of its bytes', async () => {
    const f = join(dir, 'công văn.txt');
    writeFileSync(f, 'Số: 12/UBND-VX\nKính gửi: Các phòng, ban.');
    const r = await readDocument(f);
    expect(r.provenance).toMatchObject({ reader: 'text', mediaType: 'text/plain', encoding: 'utf-8' });
    expect(r.provenance.pages).toEqual([{ page: 1, start: 0, end: r.text.length, ocr: false, confidence: null }]);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/u);
  });
});
