import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../src/read/errors.js';
import { withLimits } from '../../src/read/limits.js';
import { guardZip } from '../../src/read/zip-guard.js';
import { buildZip, deflated, zeroBomb } from './zip-fixtures.js';
import { refusal } from './refusal.js';

const DOCUMENT = '<?xml version="1.0" encoding="UTF-8"?><w:document><w:body><w:p><w:r><w:t>Số: 123/KH-SGDĐT</w:t></w:r></w:p></w:body></w:document>';
const small = (): Buffer =>
  buildZip([
    deflated('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
    deflated('word/document.xml', DOCUMENT),
    deflated('word/media/image1.png', Buffer.alloc(2000, 7)),
  ]);


describe('guardZip', () => {
  it('lists the parts and keeps the XML ones, inflated', async () => {
    const out = await guardZip(small(), 'kh.docx', withLimits());
    expect(out.entries).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/media/image1.png']);
    expect([...out.parts.keys()]).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(Buffer.from(out.parts.get('word/document.xml')!).toString('utf8')).toBe(DOCUMENT);
    expect(out.inflatedBytes).toBe(Buffer.byteLength(DOCUMENT) + 2000 + 29);
  });

  it('refuses more parts than maxZipEntries', async () => {
    const err = await refusal(guardZip(small(), 'kh.docx', withLimits({ maxZipEntries: 2 })));
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toBe('its ZIP container holds 3 parts, over the limit of 2 (maxZipEntries)');
  });

  it('refuses a 1 GiB bomb that declares its size, from the directory alone', async () => {
    const stored = zeroBomb(1024);
    expect(stored.length).toBeLessThan(1_100_000);
    const zip = buildZip([deflated('word/document.xml', DOCUMENT), { name: 'word/media/zeros.bin', stored, method: 8, declaredSize: 1024 * 1024 * 1024, crc: 0 }]);
    const err = await refusal(guardZip(zip, 'bom.docx', withLimits()));
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toBe('its part word/media/zeros.bin would inflate to 1073741824 bytes, over the limit of 134217728 (maxZipEntryBytes)');
  });

  it('refuses a 1 GiB bomb that lies about its size, while inflating it', async () => {
    const zip = buildZip([{ name: 'word/document.xml', stored: zeroBomb(1024), method: 8, declaredSize: 4096, crc: 0 }]);
    const err = await refusal(guardZip(zip, 'bom.docx', withLimits()));
    expect(err.code).toBe('corrupt');
    expect(err.message).toBe('a part of its ZIP container does not inflate to the size it declares (a damaged or forged file)');
  });

  it('refuses parts that together would inflate past maxZipTotalBytes', async () => {
    const zip = buildZip([deflated('a.xml', Buffer.alloc(600_000, 0x20)), deflated('b.xml', Buffer.alloc(600_000, 0x20))]);
    const err = await refusal(guardZip(zip, 'kh.docx', withLimits({ maxZipTotalBytes: 1_000_000 })));
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toContain('maxZipTotalBytes');
  });

  it('calls a ZIP without its end-of-directory record truncated', async () => {
    const zip = small();
    const err = await refusal(guardZip(zip.subarray(0, Math.floor(zip.length * 0.6)), 'kh.docx', withLimits()));
    expect(err.code).toBe('truncated');
    expect(err.message).toBe('the file is cut short: its ZIP directory is missing (an interrupted download or copy?)');
  });

  it('calls a damaged central directory corrupt', async () => {
    const zip = small();
    const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip[cd + 2] = 0x07;
    const err = await refusal(guardZip(zip, 'kh.docx', withLimits()));
    expect(err.code).toBe('corrupt');
  });

  it('refuses an encrypted entry', async () => {
    const zip = buildZip([{ ...deflated('word/document.xml', DOCUMENT), flags: 0x0001 }]);
    const err = await refusal(guardZip(zip, 'mat.docx', withLimits()));
    expect(err.code).toBe('encrypted');
    expect(err.message).toBe('it is protected by a password');
  });

  fcTest.prop([fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 })], { numRuns: 150 })(
    'a ZIP with bytes overwritten either passes or fails with a ReadError',
    async (edits) => {
      const zip = small();
      for (const [at, value] of edits) zip[at % zip.length] = value;
      await guardZip(zip, 'kh.docx', withLimits()).catch((e: unknown) => {
        expect(e).toBeInstanceOf(ReadError);
      });
    },
  );
});
