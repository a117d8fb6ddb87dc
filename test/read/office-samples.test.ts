import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { closeReaders, readDocument } from '../../src/read/index.js';
import { repairLegacyLines } from '../../src/read/legacy-lines.js';

const sample = (name: string): string => fileURLToPath(new URL(`./samples/${name}`, import.meta.url));
afterAll(() => closeReaders());

describe('documents saved by LibreOffice (samples/README.md)', () => {
  it('PDF: the footnote mark is written [1], not glued to the symbol; legacy-font lines are decoded', { timeout: 60_000 }, async () => {
    const { text, provenance } = await readDocument(sample('plan.libreoffice.pdf'));
    expect(text).toContain('Căn cứ Thông tư số 124/2021/TT-BCA[1];');
    expect(text).toContain('\n[1] Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an.');
    expect(text).toContain('\nỦy ban nhân dân huyện Thủ Thừa\n');
    expect(text).toContain('\nPhòng Giáo dục và Đào tạo\n');
    expect(text).not.toMatch(/nh©n|Phoøng/u);
    expect(provenance.warnings).toContain('some lines were typed in a TCVN3 font and were decoded');
    expect(provenance.pages.at(-1)?.end).toBe(text.length);
  });

  it('RTF: \\uN escapes in .VnTime runs decoded, a .VnTimeH line in capitals', async () => {
    const { text } = await readDocument(sample('plan.libreoffice.rtf'));
    expect(text.split('\n')).toContain('Ủy ban nhân dân huyện Thủ Thừa');
    expect(text.split('\n')).toContain('KẾ HOẠCH');
    expect(text.split('\n')[2]).toBe('Số: 123/KH-SGDĐT\tLong An, ngày 05 tháng 3 năm 2024');
  });
});

describe('a document whose header is in Word\'s first-page header, saved by LibreOffice (samples/README.md)', () => {
  const LINES = [
    'ỦY BAN NHÂN DÂN TỈNH LONG AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'SỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc',
    'Số: 123/KH-SGDĐT\tLong An, ngày 05 tháng 3 năm 2024',
    'KẾ HOẠCH',
    'Triển khai công tác phòng cháy, chữa cháy năm 2024',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT.',
  ];
  it.each([
    ['header-plan.docx', /^the first-page header \(word\/header\d\.xml\)/u, /^the first-page footer \(word\/footer\d\.xml\)/u],
    ['header-plan.libreoffice.docx', /^the first-page header \(word\/header\d\.xml\)/u, /^the first-page footer \(word\/footer\d\.xml\)/u],
    ['header-plan.libreoffice.rtf', /^the first-page header \(\\headerf\)/u, /^the first-page footer \(\\footerf\)/u],
    ['header-plan.word97.doc', /^the first-page header was read/u, /^the first-page footer was read/u],
  ])('%s: the header table first, the body, the Nơi nhận footer last; no page numbers', async (name, header, footer) => {
    const { text, provenance } = await readDocument(sample(name));
    expect(text).toBe(LINES.join('\n'));
    expect(provenance.warnings).toEqual([expect.stringMatching(header), expect.stringMatching(footer)]);
  });

  it('header-plan-nofirst.word97.doc: page 1 shows only page numbers above and below the body, so nothing is added', async () => {
    const { text, provenance } = await readDocument(sample('header-plan-nofirst.word97.doc'));
    expect(text).toBe('KẾ HOẠCH\nTriển khai công tác phòng cháy, chữa cháy năm 2024');
    expect(provenance.warnings).toEqual([]);
  });
});

describe('repairLegacyLines', () => {
  const page = (page: number, start: number, end: number, ocr = false) => ({ page, start, end, ocr, confidence: ocr ? 90 : null });
  it('moves the page offsets by what each page grew or shrank, and leaves OCR pages alone', () => {
    const p1 = 'Căn cứ Kế hoạch số 5/KH-UBND;\nPhoøng Giaùo duïc vaø Ñaøo taïo';
    const p2 = 'Phoøng Giaùo duïc vaø Ñaøo taïo';
    const p3 = 'Nơi nhận: nh©n d©n huyÖn';
    const text = `${p1}\n\n${p2}\n\n${p3}`;
    const r = repairLegacyLines({
      text,
      provenance: { reader: 'pdf', mediaType: 'application/pdf', encoding: null, warnings: [],
        pages: [page(1, 0, p1.length), page(2, p1.length + 2, p1.length + 2 + p2.length, true), page(3, text.length - p3.length, text.length)] },
    });
    const [a, b, c] = r.provenance.pages;
    expect(r.text.slice(a!.start, a!.end)).toBe('Căn cứ Kế hoạch số 5/KH-UBND;\nPhòng Giáo dục và Đào tạo');
    expect(r.text.slice(b!.start, b!.end)).toBe(p2); // OCR'd: its glyphs are what the scan shows
    expect(r.text.slice(c!.start, c!.end)).toBe(p3); // holds Unicode Vietnamese: not a legacy line
    expect(c!.end).toBe(r.text.length);
  });
  it('returns the result itself when nothing needed decoding', () => {
    const result = { text: 'Hà Tây', provenance: { reader: 'text' as const, mediaType: 'text/plain', encoding: 'utf-8', warnings: [], pages: [page(1, 0, 6)] } };
    expect(repairLegacyLines(result)).toBe(result);
  });
});
