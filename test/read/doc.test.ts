import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDoc, zipHeaderRow } from '../../src/read/doc.js';
import { readDocument } from '../../src/read/index.js';
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

describe('readDoc on a real Word 97 file (samples/plan.word97.doc, saved by LibreOffice 7.4 as "MS Word 97")', () => {
  it('puts the header cells side by side, decodes the .VnTime and VNI paragraphs of a Unicode document', async () => {
    const { text, provenance } = await readDocument(fileURLToPath(new URL('./samples/plan.word97.doc', import.meta.url)));
    expect(text.split('\n')).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH LONG AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 123/KH-SGDĐT\tLong An, ngày 05 tháng 3 năm 2024',
      'KẾ HOẠCH',
      'Triển khai công tác phòng cháy, chữa cháy năm 2024',
      'Căn cứ Thông tư số 124/2021/TT-BCA;',
      'Chỉ tiêu: 100% trường học & cơ sở giáo dục tổ chức diễn tập <trước ngày 30/11/2024>.',
      'STT\tNội dung\tThời gian',
      '1\tTổ chức tập huấn\tTháng 4/2024',
      'Ủy ban nhân dân huyện Thủ Thừa',
      'kế hoạch', // .VnTimeH draws lower-case codes as capitals; without the font name they read lower case
      'Phòng Giáo dục và Đào tạo',
      'Chú thích:',
      'Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an.',
    ]);
    expect(provenance.encoding).toBe('tcvn3');
  });
});

describe('zipHeaderRow', () => {
  it('leaves a body whose first row holds no motto as it is', () => {
    const body = 'KẾ HOẠCH\nCăn cứ Luật\nSTT\tNội dung\tThời gian\t\n';
    expect(zipHeaderRow(body)).toBe(body);
  });
  it('zips cells of unequal height, the shorter padded', () => {
    expect(zipHeaderRow('\nHUYỆN ỦY CHÂU THÀNH\n*\nSố 12-KH/HU\tĐẢNG CỘNG SẢN VIỆT NAM\nChâu Thành, ngày 3 tháng 4 năm 2023\t\nKẾ HOẠCH'))
      .toBe('\nHUYỆN ỦY CHÂU THÀNH\tĐẢNG CỘNG SẢN VIỆT NAM\n*\tChâu Thành, ngày 3 tháng 4 năm 2023\nSố 12-KH/HU\nKẾ HOẠCH');
  });
});
