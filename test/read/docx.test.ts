import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/read/docx/index.js';
import { withLimits } from '../../src/read/limits.js';
import { buildCfb } from './doc-fixtures.js';
import { defaultFontDocx, documentXml, minimalDocx, paragraphXml, planDocx } from './docx-fixtures.js';
import { buildZip, deflated as deflatedEntry, zeroBomb } from './zip-fixtures.js';
import { refusal } from './refusal.js';

const opts = { limits: withLimits() };


describe('readDocx', () => {
  it('reads a plan: header table as tab-joined lines, body table rows, footnote, legacy-font runs repaired', async () => {
    const { text, provenance } = await readDocx(await planDocx(), 'kh.docx', opts);
    expect(text).toBe(
      [
        'ỦY BAN NHÂN DÂN TỈNH LONG AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'SỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc',
        'Số: 123/KH-SGDĐT\tLong An, ngày 05 tháng 3 năm 2024',
        'KẾ HOẠCH',
        'Triển khai công tác phòng cháy, chữa cháy năm 2024',
        'Căn cứ Thông tư số 124/2021/TT-BCA[1];',
        'Chỉ tiêu: 100% trường học & cơ sở giáo dục tổ chức diễn tập <trước ngày 30/11/2024>.',
        'STT\tNội dung\tThời gian',
        '1\tTổ chức tập huấn\tTháng 4/2024',
        'Ủy ban nhân dân huyện Thủ Thừa',
        'KẾ HOẠCH',
        'Phòng Giáo dục và Đào tạo',
        'Chú thích:',
        '[1] Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an.',
      ].join('\n'),
    );
    expect(provenance).toEqual({
      reader: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      encoding: 'tcvn3+vni',
      pages: [{ page: 1, start: 0, end: text.length, ocr: false, confidence: null }],
      warnings: ['1 run in .VnTime (TCVN3) was decoded', '1 run in .VnTimeH (TCVN3) was decoded', '1 run in VNI-Times (VNI) was decoded'],
    });
  });

  it('repairs runs that take .VnTime from the document defaults', async () => {
    const { text, provenance } = await readDocx(await defaultFontDocx(), 'ct.docx', opts);
    expect(text).toBe('Thực hiện Chỉ thị số 04-CT/TU ngày 12 tháng 5 năm 2023');
    expect(provenance.encoding).toBe('tcvn3');
  });

  it('reads a bare DOCX (relationships and main part only)', async () => {
    const { text, provenance } = await readDocx(minimalDocx(documentXml(paragraphXml('Công văn số 586/UBND-NCTCD'))), 'cv.docx', opts);
    expect(text).toBe('Công văn số 586/UBND-NCTCD');
    expect(provenance.encoding).toBeNull();
  });
});

describe('readDocx refuses bad files with a reason', () => {
  it.each([
    [
      'an XXE DOCTYPE in word/document.xml',
      () => minimalDocx(documentXml(paragraphXml('&xxe;'), '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')),
      'corrupt',
      'its part word/document.xml holds XML entity declarations, which vanban never resolves',
    ],
    [
      'a billion-laughs entity in word/styles.xml',
      () =>
        minimalDocx(documentXml(paragraphXml('x')), [
          { ...deflatedEntry('word/styles.xml', '<!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><w:styles>&b;</w:styles>') },
        ]),
      'corrupt',
      'its part word/styles.xml holds XML entity declarations, which vanban never resolves',
    ],
    [
      'malformed XML',
      () => minimalDocx(documentXml('<w:p><w:r><w:t>Số: 12/KH-UBND</w:r></w:p>')),
      'corrupt',
      'its part word/document.xml is damaged: the XML is not well-formed (</w:r> closes <w:t>)',
    ],
    ['a ZIP without a Word document', () => buildZip([deflatedEntry('anh/1.txt', 'ảnh')]), 'unsupported-type', 'it is a ZIP archive without a Word document in it'],
    ['random bytes', () => Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)), 'corrupt', 'it is not a ZIP container, as a DOCX must be'],
    [
      'a password-protected DOCX (OLE EncryptedPackage)',
      () => buildCfb([{ name: 'EncryptionInfo', data: Buffer.alloc(300) }, { name: 'EncryptedPackage', data: Buffer.alloc(2000) }]),
      'encrypted',
      'it is protected by a password',
    ],
    ['a document with no text', () => minimalDocx(documentXml('<w:p/><w:p><w:r></w:r></w:p>')), 'no-text', 'the document holds no text (only images or empty paragraphs?)'],
  ] as const)('%s', async (_what, make, code, message) => {
    const err = await refusal(readDocx(make(), 'x.docx', opts));
    expect(err.code).toBe(code);
    expect(err.message).toBe(message);
    expect(err.file).toBe('x.docx');
  });

  it('a truncated DOCX → truncated', async () => {
    const whole = await planDocx();
    const err = await refusal(readDocx(whole.subarray(0, whole.length - 200), 'kh.docx', opts));
    expect(err.code).toBe('truncated');
  });

  it('a DOCX holding a 1 GiB bomb in 1 MB is refused before mammoth sees it', async () => {
    const bomb = { name: 'word/media/image1.png', stored: zeroBomb(1024), method: 8 as const, declaredSize: 1000, crc: 0 };
    const err = await refusal(readDocx(minimalDocx(documentXml(paragraphXml('x')), [bomb]), 'bom.docx', opts));
    expect(err.code).toBe('corrupt');
    expect(err.message).toBe('a part of its ZIP container does not inflate to the size it declares (a damaged or forged file)');
  });

  it('a main part over maxZipEntryBytes → limit-exceeded', async () => {
    const big = documentXml(paragraphXml('Kế hoạch '.repeat(20_000)));
    const err = await refusal(readDocx(minimalDocx(big), 'kh.docx', { limits: withLimits({ maxZipEntryBytes: 100_000 }) }));
    expect(err.code).toBe('limit-exceeded');
    expect(err.message).toContain('word/document.xml');
  });
});
