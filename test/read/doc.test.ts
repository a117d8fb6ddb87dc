import { describe, expect, it } from 'vitest';
import { readDoc } from '../../src/read/doc.js';
import { withLimits } from '../../src/read/limits.js';
import { buildCfb, buildWord97, ROW_END } from './doc-fixtures.js';
import { refusal } from './refusal.js';

const opts = { limits: withLimits() };


describe('readDoc (Word 97-2003, synthetic files laid out as word-extractor reads them)', () => {
  it('reads the header table as tab-joined rows, the body, and footnotes after "Chú thích:"', async () => {
    const body =
      `UBND TỈNH QUẢNG NAM\x07CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\x07${ROW_END}` +
      `SỞ Y TẾ\x07Độc lập - Tự do - Hạnh phúc\x07${ROW_END}` +
      `Số: 567/SYT-NVY\x07Quảng Nam, ngày 04 tháng 3 năm 2024\x07${ROW_END}` +
      'V/v triển khai Kế hoạch số 88/KH-UBND\r\rCăn cứ Nghị định 30/2020/NĐ-CP\x02;\r';
    const { text, provenance } = await readDoc(buildWord97(body, { footnotes: '\x02 Ngày 05/3/2020 của Chính phủ.\r' }), 'cv.doc', opts);
    expect(text).toBe(
      [
        'UBND TỈNH QUẢNG NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc',
        'Số: 567/SYT-NVY\tQuảng Nam, ngày 04 tháng 3 năm 2024',
        'V/v triển khai Kế hoạch số 88/KH-UBND',
        'Căn cứ Nghị định 30/2020/NĐ-CP;',
        'Chú thích:',
        'Ngày 05/3/2020 của Chính phủ.',
      ].join('\n'),
    );
    expect(provenance).toEqual({
      reader: 'doc',
      mediaType: 'application/msword',
      encoding: null,
      pages: [{ page: 1, start: 0, end: text.length, ocr: false, confidence: null }],
      warnings: [],
    });
  });

  it.each([
    ['a password-protected .doc', buildWord97('Mật\r', { encrypted: true }), 'encrypted', 'it is protected by a password'],
    ['an Excel 97 workbook', buildCfb([{ name: 'Workbook', data: Buffer.alloc(700) }]), 'unsupported-type', 'it is an Office 97-2003 file that is not a Word document'],
    ['bytes that are no OLE file', Buffer.from('Số: 12/KH-UBND'), 'corrupt', 'it is not a Word 97-2003 document, or its internal directory is damaged'],
    ['an empty document', buildWord97('\r\r'), 'no-text', 'the document holds no text (only images or empty paragraphs?)'],
  ] as const)('%s', async (_what, bytes, code, message) => {
    const err = await refusal(readDoc(bytes, 'x.doc', opts));
    expect(err.code).toBe(code);
    expect(err.message).toBe(message);
  });

  it('a WordDocument stream with a bad magic number → corrupt', async () => {
    const doc = buildWord97('Kế hoạch\r');
    doc.writeUInt16LE(0x1234, 3 * 512); // the FIB's magic: the WordDocument stream starts in sector 2
    const err = await refusal(readDoc(doc, 'x.doc', opts));
    expect(err.code).toBe('corrupt');
    expect(err.message).toContain('could not be parsed');
  });
});
