import { describe, expect, it } from 'vitest';
import { splitGlued, splitGluedWords } from '../../src/normalize/glued-words.js';
import { normalize } from '../../src/normalize/index.js';
import { joinLines } from '../../src/normalize/line-joins.js';
import { restoreLostHyphens } from '../../src/normalize/lost-hyphens.js';
import { breakRunOnHeader } from '../../src/normalize/run-on-header.js';
import { unescapeBreaks, unpipeCells } from '../../src/normalize/web-layout.js';

describe('glued words from old web pages', () => {
  it.each([
    ['BANHÀNH KẾ HOẠCH HÀNH ĐỘNG', 'BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG'],
    ['Căn cứ Luật Tổ chức Hội đồngnhân dân và Ủy bannhân dân', 'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân'],
    ['phê duyệt Kếhoạch hành động', 'phê duyệt Kế hoạch hành động'],
    ['Ban hành kèm theoQuyết định này', 'Ban hành kèm theo Quyết định này'],
    ['VỀ KẾ HOẠCH PHÁTTRIỂN KINH TẾ - XÃ HỘI', 'VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI'],
    ['Sở Kế hoạchvà Đầu tư; giaiđoạn 2006 - 2010', 'Sở Kế hoạch và Đầu tư; giai đoạn 2006 - 2010'],
    ['QUYẾTĐỊNH', 'QUYẾT ĐỊNH'],
  ])('%j → %j', (raw, want) => {
    expect(splitGluedWords(raw).text).toBe(want);
  });

  it.each([
    ['118-KH/ĐUCA', 'a Party symbol in capitals without a marked vowel'],
    ['Đảng ủy Công an tỉnh (ĐUCA)', 'an acronym'],
    ['Nguyễn Thị Quỳnh, Huỳnh Văn Khuê, người khuỷu tay nghiêng', 'real syllables'],
    ['Đắk Lắk, Krông Pắc, Buôn Ma Thuột, H\'Yim Niê', 'place and ethnic names'],
    ['Le comité a décidé à l\'unanimité', 'French'],
    ['UBND, HĐND, BCĐ, CĐSP, BTGTƯ, TTYT', 'acronyms'],
    ['online, Pleiku, Covid', 'words without a Vietnamese mark'],
  ])('%j stays (%s)', (raw) => {
    expect(splitGluedWords(raw).text).toBe(raw);
  });

  it('cuts where both pieces are known syllables: "BAN HÀNH", not "BA NHÀNH"', () => {
    expect(splitGlued('BANHÀNH')).toEqual([3]);
    expect(splitGlued('vànhân')).toEqual([2]);
    expect(splitGlued('hành')).toBeNull();
  });

  it('each space maps to raw text and a second pass changes nothing', () => {
    const raw = 'Thực hiện Kếhoạch của Ủy bannhân dân huyện';
    const once = normalize(raw);
    expect(once.text).toBe('Thực hiện Kế hoạch của Ủy ban nhân dân huyện');
    const at = once.text.indexOf(' hoạch');
    expect(once.map.toRaw({ start: at, end: at + 1 }).end).toBeGreaterThan(once.map.toRaw({ start: at, end: at + 1 }).start);
    expect(normalize(once.text).text).toBe(once.text);
  });
});

describe('web-table pipes', () => {
  it('a pipe between two cells becomes a tab; one at the row edge goes', () => {
    const raw = 'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 41/2019/QĐ-UBND | Quảng Trị, ngày 22 tháng 10 năm 2019 |';
    expect(unpipeCells(raw).text).toBe('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 41/2019/QĐ-UBND\tQuảng Trị, ngày 22 tháng 10 năm 2019');
  });

  it('a line of pipes only becomes an empty line', () => {
    expect(unpipeCells('TỈNH HƯNG YÊN\n|\nCỘNG HÒA').text).toBe('TỈNH HƯNG YÊN\n\nCỘNG HÒA');
    expect(unpipeCells(' | |\n | Hà Sỹ Đồng |').text).toBe('\nHà Sỹ Đồng');
  });

  it('a pipe inside running text without spaces is left alone', () => {
    expect(unpipeCells('tỷ lệ a|b trong bảng').text).toBe('tỷ lệ a|b trong bảng');
  });

  it('"\\r\\n" written as text becomes a line break when a page has several', () => {
    const raw = 'ỦY BAN NHÂN DÂN \\r\\n TỈNH LẠNG SƠN\\r\\n \\r\\n Số: 54/KH-UBND \\r\\n';
    expect(unescapeBreaks(raw).text).toBe('ỦY BAN NHÂN DÂN \n TỈNH LẠNG SƠN\n \n Số: 54/KH-UBND \n');
    expect(unescapeBreaks('đường dẫn C:\\new').text).toBe('đường dẫn C:\\new');
  });
});

describe('header cells wrapped by a web page', () => {
  it.each([
    ['ỦY\nBAN NHÂN DÂN\nTỈNH HƯNG YÊN', 'ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN'],
    ['CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Số: 28/CTr-UBND\n\nHưng\nYên, ngày 18 tháng 02 năm 2022', 'Số: 28/CTr-UBND\n\nHưng Yên, ngày 18 tháng 02 năm 2022'],
    ['THỰC HIỆN NGHỊ QUYẾT SỐ 11/NQ-CP CỦA CHÍNH PHỦ VỀ\nCHƯƠNG TRÌNH PHỤC HỒI', 'THỰC HIỆN NGHỊ QUYẾT SỐ 11/NQ-CP CỦA CHÍNH PHỦ VỀ CHƯƠNG TRÌNH PHỤC HỒI'],
  ])('%j → %j', (raw, want) => {
    expect(joinLines(raw).text).toBe(want);
  });

  it.each([
    ['TỈNH ỦY BÌNH ĐỊNH\nBAN TUYÊN GIÁO', 'two bodies of a Party header'],
    ['UBND TỈNH QUẢNG NAM\nSỞ Y TẾ', 'a governing body and its department'],
    ['LUẬT\nGIÁO DỤC', 'a law\'s heading'],
    ['KHẨN\nQUYẾT ĐỊNH', 'an urgency mark'],
    ['Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 12 tháng 3 năm 2019', 'the motto above the date line'],
    ['Tỉnh Hưng Yên\nHưng Yên, ngày 18 tháng 02 năm 2022', 'a unit name above the date line'],
  ])('%j stays on two lines (%s)', (raw) => {
    expect(joinLines(raw).text).toBe(raw);
  });
});

describe('header parts run together on one line', () => {
  it('a PDF text layer that put both columns on one line with one space between them', () => {
    const raw = 'UBND TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ Độc lập - Tự do - Hạnh phúc\nSố: 1234/SYT-NVY Quảng Ngãi, ngày 12 tháng 5 năm 2021\nV/v tăng cường phòng, chống dịch';
    expect(breakRunOnHeader(raw).text).toBe(
      'UBND TỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ Y TẾ\nĐộc lập - Tự do - Hạnh phúc\nSố: 1234/SYT-NVY\nQuảng Ngãi, ngày 12 tháng 5 năm 2021\nV/v tăng cường phòng, chống dịch',
    );
  });

  it('a whole document printed as one paragraph', () => {
    const raw = 'BỘ Y TẾ BỆNH VIỆN PHỔI TRUNG ƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 88/QĐ-BVPTU Hà Nội, ngày 03 tháng 3 năm 2022 QUYẾT ĐỊNH Ban hành quy chế chi tiêu nội bộ của Bệnh viện Phổi Trung ương GIÁM ĐỐC BỆNH VIỆN PHỔI TRUNG ƯƠNG Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập; QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy chế chi tiêu nội bộ. Nơi nhận: - Như Điều 3; - Lưu: VT, TCKT. GIÁM ĐỐC Đinh Văn Lượng';
    const lines = breakRunOnHeader(raw).text.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      'BỘ Y TẾ',
      'BỆNH VIỆN PHỔI TRUNG ƯƠNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 88/QĐ-BVPTU',
      'Hà Nội, ngày 03 tháng 3 năm 2022',
      'QUYẾT ĐỊNH',
      'Ban hành quy chế chi tiêu nội bộ của Bệnh viện Phổi Trung ương',
      'GIÁM ĐỐC BỆNH VIỆN PHỔI TRUNG ƯƠNG',
    ]);
    expect(lines.slice(-2)).toEqual(['GIÁM ĐỐC', 'Đinh Văn Lượng']);
  });

  it('leaves a header laid out in columns or lines alone', () => {
    const raw = 'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LONG AN\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\tLong An, ngày 05 tháng 01 năm 2024';
    expect(breakRunOnHeader(raw).text).toBe(raw);
  });
});

describe('hyphens lost by a PDF text layer', () => {
  it('puts the hyphen back between type and issuer codes when the motto lost its hyphens', () => {
    const raw = 'Số: 1961/QĐUBND\nĐộc lập  Tự do  Hạnh phúc\nCăn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 và Nghị quyết số 30c/NQCP;';
    expect(restoreLostHyphens(raw).text).toBe('Số: 1961/QĐ-UBND\nĐộc lập  Tự do  Hạnh phúc\nCăn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 và Nghị quyết số 30c/NQ-CP;');
  });

  it('changes nothing when the motto has its hyphens, or the code is one known code', () => {
    const kept = 'Độc lập - Tự do - Hạnh phúc\nSố: 12/QĐUBND';
    expect(restoreLostHyphens(kept).text).toBe(kept);
    const one = 'Độc lập  Tự do  Hạnh phúc\nCông văn số 586/UBND và 45/SGDĐT';
    expect(restoreLostHyphens(one).text).toBe(one);
  });
});
