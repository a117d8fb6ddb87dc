import { normalize } from '../../src/normalize/index.js';
import { describe, expect, it } from 'vitest';
import { joinLines } from '../../src/normalize/line-joins.js';
import { stripEmphasis, stripEscapes, stripHeadings } from '../../src/normalize/markdown.js';
import { cleanCharacters, composeNfc } from '../../src/normalize/nfc.js';
import { unifyNewlines } from '../../src/normalize/newlines.js';
import { unifyPunctuation } from '../../src/normalize/punctuation.js';
import { unifySpaces } from '../../src/normalize/spaces.js';
import { tightenSymbols } from '../../src/normalize/symbol-spacing.js';
import { joinSplitYears } from '../../src/normalize/split-years.js';
import { breakRunOnHeader } from '../../src/normalize/run-on-header.js';
import { placeTonesNewStyle } from '../../src/normalize/tone-placement.js';

const NFD = (s: string): string => s.normalize('NFD');

describe('newlines', () => {
  it.each([
    ['KẾ HOẠCH\r\nXây dựng', 'KẾ HOẠCH\nXây dựng'],
    ['Căn cứ\rThực hiện', 'Căn cứ\nThực hiện'],
    ['Nơi nhận:\u2028- Như trên;\u2029- Lưu: VT.', 'Nơi nhận:\n- Như trên;\n- Lưu: VT.'],
    ['\r\n\r\n', '\n\n'],
  ])('%j → %j', (raw, want) => {
    expect(unifyNewlines(raw).text).toBe(want);
  });

  it('has nothing to do on "\\n" text', () => {
    expect(unifyNewlines('a\nb').edits).toEqual([]);
  });
});

describe('nfc and invisible characters', () => {
  it.each([
    [NFD('Căn cứ Kế hoạch'), 'Căn cứ Kế hoạch'],
    [NFD('ĐẢNG CỘNG SẢN VIỆT NAM'), 'ĐẢNG CỘNG SẢN VIỆT NAM'],
    // tone mark before the vowel mark (non-canonical order) is reordered and composed
    ['Vie\u0323\u0302t Nam', 'Việt Nam'],
  ])('composes %j', (raw, want) => {
    const out = composeNfc(raw);
    expect(out.text).toBe(want);
    expect(out.text).toBe(raw.normalize('NFC'));
  });

  it('edits one cluster per composed character', () => {
    const out = composeNfc(NFD('Căn cứ'));
    expect(out.edits.map((e) => [e.start, e.end, e.insert])).toEqual([
      [1, 3, 'ă'],
      [6, 9, 'ứ'],
    ]);
  });

  it.each([
    ['\u00D0ảng ủy', 'Đảng ủy'],
    ['\u00F0ồng chí', 'đồng chí'],
    ['\uFEFFKẾ HOẠCH', 'KẾ HOẠCH'],
    ['Quyết\u200B định', 'Quyết định'],
    ['phòng, chống tham nhũng, tiêu cực', 'phòng, chống tham nhũng, tiêu cực'],
    ['thành\u00ADphố', 'thànhphố'],
  ])('%j → %j', (raw, want) => {
    expect(cleanCharacters(raw).text).toBe(want);
  });
});

describe('spaces and punctuation', () => {
  it.each([
    ['Số:\u00A0124/2021/TT-BCA', 'Số: 124/2021/TT-BCA'],
    ['Hà\u202FNội\u3000ngày', 'Hà Nội ngày'],
    ['Số: 12/KH-UBND\tHà Nội, ngày', 'Số: 12/KH-UBND\tHà Nội, ngày'],
  ])('spaces: %j → %j', (raw, want) => {
    const out = unifySpaces(raw);
    expect(out.text).toBe(want);
    expect(out.text.length).toBe(raw.length);
  });

  it.each([
    ['giai đoạn 2021 – 2025', 'giai đoạn 2021 - 2025'],
    ['Độc lập — Tự do — Hạnh phúc', 'Độc lập - Tự do - Hạnh phúc'],
    ['“An toàn về an ninh, trật tự”', '"An toàn về an ninh, trật tự"'],
    ['«Ngày hội»', '"Ngày hội"'],
    ['‘5K’', "'5K'"],
    ['124\u22152021\uFF0FTT\u2010BCA', '124/2021/TT-BCA'],
    ['hội thảo…', 'hội thảo…'],
  ])('punctuation: %j → %j', (raw, want) => {
    expect(unifyPunctuation(raw).text).toBe(want);
  });
});

describe('tone placement', () => {
  it.each([
    ['hoà giải', 'hòa giải'],
    ['Hoà Bình', 'Hòa Bình'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
    ['cụ thể hoá', 'cụ thể hóa'],
    ['sức khoẻ', 'sức khỏe'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['UỶ BAN NHÂN DÂN', 'ỦY BAN NHÂN DÂN'],
    ['thuỷ lợi, Thuý', 'thủy lợi, Thúy'],
    ['toạ đàm; loè loẹt', 'tọa đàm; lòe loẹt'],
  ])('%j → %j', (raw, want) => {
    const out = placeTonesNewStyle(raw);
    expect(out.text).toBe(want);
    expect(out.text.length).toBe(raw.length);
  });

  it.each(['hoàn thành', 'khoảng 10%', 'thuyền viên', 'quý I', 'Quỳnh Lưu', 'quỷ', 'Quý', 'hòa giải', 'Ủy ban', 'hoạch'])(
    'leaves %j alone',
    (raw) => {
      expect(placeTonesNewStyle(raw).edits).toEqual([]);
    },
  );

  it('edits are one character for one', () => {
    expect(placeTonesNewStyle('Uỷ').edits).toEqual([
      { start: 0, end: 1, insert: 'Ủ' },
      { start: 1, end: 2, insert: 'y' },
    ]);
  });
});

describe('markdown', () => {
  it.each([
    ['**UBND HUYỆN THỦ THỪA\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO**', 'UBND HUYỆN THỦ THỪA\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO'],
    ['trước ngày **25/02/2021** và', 'trước ngày 25/02/2021 và'],
    ['(*Phòng Giáo dục và Đào tạo, UBND xã, thị trấn*)', '(Phòng Giáo dục và Đào tạo, UBND xã, thị trấn)'],
    ['__KẾ HOẠCH__', 'KẾ HOẠCH'],
    ['_Kính gửi_: các trường', 'Kính gửi: các trường'],
    ['***Nơi nhận:***', 'Nơi nhận:'],
    ['**bold *và* nghiêng**', 'bold *và* nghiêng'],
    // across a blank line too: line joins may later put the two halves on one line
    ['**đoạn một\n\nđoạn hai**', 'đoạn một\n\nđoạn hai'],
  ])('emphasis: %j → %j', (raw, want) => {
    expect(stripEmphasis(raw).text).toBe(want);
  });

  it.each([
    '* Nội dung thứ nhất\n* Nội dung thứ hai',
    'diện tích 2*3*4 m',
    'a * b * c',
    'tệp bao_cao_quy_1.docx',
    'Số: ____/KH-UBND, ngày ___ tháng ___',
    'xem ghi chú (*) ở cuối và (*) ở đầu',
    '\\*không nghiêng\\*',
  ])('emphasis: leaves %j alone', (raw) => {
    expect(stripEmphasis(raw).text).toBe(raw);
  });

  it.each([
    ['# KẾ HOẠCH\n## I. MỤC ĐÍCH', 'KẾ HOẠCH\nI. MỤC ĐÍCH'],
    ['Số #5 không phải tiêu đề', 'Số #5 không phải tiêu đề'],
  ])('headings: %j → %j', (raw, want) => {
    expect(stripHeadings(raw).text).toBe(want);
  });

  it.each([
    ['3560/KH\\-SGDĐT', '3560/KH-SGDĐT'],
    ['1\\. Mục đích \\(chung\\) \\[1\\]', '1. Mục đích (chung) [1]'],
    ['C:\\\\temp', 'C:\\\\temp'],
    ['đường dẫn a\\b', 'đường dẫn a\\b'],
  ])('escapes: %j → %j', (raw, want) => {
    expect(stripEscapes(raw).text).toBe(want);
  });
});

describe('symbol spacing', () => {
  it.each([
    ['Công văn số 586 /UBND-NCTCD ngày 21/01/2021', 'Công văn số 586/UBND-NCTCD ngày 21/01/2021'],
    ['Chỉ thị số 04/CT-BCA- V28 ngày 21/4/2014', 'Chỉ thị số 04/CT-BCA-V28 ngày 21/4/2014'],
    ['Thông tư số 124/ 2021/TT-BCA', 'Thông tư số 124/2021/TT-BCA'],
    ['Nghị quyết số 51- NQ/TW ngày 05/9/2019', 'Nghị quyết số 51-NQ/TW ngày 05/9/2019'],
    ['Kế hoạch 3560/KH -SGDĐT', 'Kế hoạch 3560/KH-SGDĐT'],
    ['Quyết định 06/2008/ CT-TTg', 'Quyết định 06/2008/CT-TTg'],
    ['số 12 / QĐ-UBND', 'số 12/QĐ-UBND'],
    // A number with a letter, as school plans slot one in: "Số: 20a /KH-THTM".
    ['Số: 31b /KH-THAL', 'Số: 31b/KH-THAL'],
    ['Kế hoạch số 7đ / KH-UBND ngày', 'Kế hoạch số 7đ/KH-UBND ngày'],
  ])('%j → %j', (raw, want) => {
    expect(tightenSymbols(raw).text).toBe(want);
  });

  it.each([
    'giai đoạn 2021 - 2025',
    'kỷ niệm (19/8/2005 - 19/8/2023)',
    'Độc lập - Tự do - Hạnh phúc',
    'phát triển kinh tế - xã hội',
    'Số: /KH-SGDĐT',
    'Số:    /KH-SGDĐT',
    'Kế hoạch 88/KH-UBND - Sở Giáo dục',
    'Điều 5 - Trách nhiệm',
    'ngày 15/ 02/2021',
    'tỷ lệ 50 / 100',
    'năm 2021 - Tổng kết',
    'khoản 2a - Điều 5',
  ])('leaves %j alone', (raw) => {
    expect(tightenSymbols(raw).text).toBe(raw);
  });
});

describe('line joins', () => {
  const join = (s: string): string => joinLines(s).text;

  it.each([
    ['của Ban chỉ đạo 799 về việc \n\nxây dựng phong trào', 'của Ban chỉ đạo 799 về việc xây dựng phong trào'],
    ['Sở Giáo dục và Đào tạo xây \n\ndựng Kế hoạch', 'Sở Giáo dục và Đào tạo xây dựng Kế hoạch'],
    [
      'đường lối, chủ trương của Đảng, pháp luật của Nhà nước; chỉ đạo của \n\nThành ủy, Hội đồng nhân dân',
      'đường lối, chủ trương của Đảng, pháp luật của Nhà nước; chỉ đạo của Thành ủy, Hội đồng nhân dân',
    ],
    ['theo định kỳ tổ chức sơ kết, tổng kết và gửi báo cáo \n\n(bản dấu đỏ)', 'theo định kỳ tổ chức sơ kết, tổng kết và gửi báo cáo (bản dấu đỏ)'],
    ['để tổng hợp báo cáo Ban Chỉ đạo \n\n799 thành phố', 'để tổng hợp báo cáo Ban Chỉ đạo 799 thành phố'],
    ['V/v triển khai thực hiện công tác phong trào\ntoàn dân bảo vệ', 'V/v triển khai thực hiện công tác phong trào toàn dân bảo vệ'],
    ['KẾ HOẠCH \n\nXây dựng phong trào năm 2023 \n\n của ngành Giáo dục', 'KẾ HOẠCH \n\nXây dựng phong trào năm 2023 của ngành Giáo dục'],
    ['phòng, chống dịch bệnh Covid-19, xuất, nhập\n\ncảnh trái phép.', 'phòng, chống dịch bệnh Covid-19, xuất, nhập cảnh trái phép.'],
  ])('joins %j', (raw, want) => {
    expect(join(raw)).toBe(want);
  });

  it.each([
    'I. MỤC ĐÍCH, YÊU CẦU \n\n1. Nâng cao năng lực',
    'KẾ HOẠCH \n\nXây dựng phong trào',
    'Nơi nhận: \n\n- Ban Chỉ đạo 799 (để b/c);',
    'KT.GIÁM ĐỐC \n\nPHÓ GIÁM ĐỐC',
    'UBND HUYỆN THỦ THỪA\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO',
    'Số: /PGDDĐT\nV/v triển khai',
    'V/v triển khai thực hiện công tác phong trào toàn dân năm 2021\n\nThủ Thừa, ngày 15 tháng 02 năm 2021',
    'theo quy định./. \n\nNơi nhận:',
    'kế hoạch năm 2023.\n\nCác cơ sở giáo dục',
    'các nội dung cụ thể như sau:\na) Nâng cao',
    'các chỉ tiêu gồm\n- 100% trường học',
    'Số: 12/KH-UBND\tHà Nội, ngày 05 tháng 3 năm 2024\nlưu hành nội bộ',
    'Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025\n\n\nCăn cứ Văn bản số 06/BC-BCĐ',
    'Căn cứ Kế hoạch 3560/KH-SGDĐT ngày 06 tháng 7 năm 2023 của Sở Giáo dục và Đào tạo\nPhòng Giáo dục và Đào tạo xây dựng',
    'của ngành Giáo dục và Đào tạo \n\n \n\nCăn cứ Kế hoạch',
    'một dòng ngắn\nTiếp theo viết hoa',
  ])('keeps %j', (raw) => {
    expect(join(raw)).toBe(raw);
  });

  it('replaces the break, the blank lines and the spaces around them by one space', () => {
    const raw = 'về việc \n \n  xây dựng';
    expect(joinLines(raw).edits).toEqual([{ start: 7, end: raw.indexOf('xây'), insert: ' ' }]);
  });
});

describe('line joins: a year that wraps onto the next line', () => {
  it('"… ngày 02 tháng 6 năm\\n2005. Yêu cầu …" joins: a four-digit year is no list number', () => {
    const t = normalize('tại Công văn số 1550/BNN-TY ngày 02 tháng 6 năm\n2005. Yêu cầu các địa phương').text;
    expect(t).toBe('tại Công văn số 1550/BNN-TY ngày 02 tháng 6 năm 2005. Yêu cầu các địa phương');
  });
  it('"1. …" and "12) …" still start list items', () => {
    expect(normalize('các nội dung sau\n1. Tổ chức tập huấn').text).toBe('các nội dung sau\n1. Tổ chức tập huấn');
    expect(normalize('các nội dung sau\n12) Tổ chức tập huấn').text).toBe('các nội dung sau\n12) Tổ chức tập huấn');
  });
});

describe('joinLines: a line ending in a word no sentence ends with runs on', () => {
  it('joins "của Ban" with the capitalised rest of the name, even in a preamble line', () => {
    const raw = 'Thực hiện Chỉ thị số 04-CT/TU, ngày 04/01/2021 của Ban\nThường vụ Huyện ủy về tăng cường lãnh đạo công tác;';
    expect(joinLines(raw).text).toBe('Thực hiện Chỉ thị số 04-CT/TU, ngày 04/01/2021 của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo công tác;');
  });
  it('"do" runs on ("do Sở\nGiáo dục chủ trì"), the motto\'s "Tự do" does not', () => {
    expect(joinLines('Kinh phí thực hiện do\nSở Tài chính bảo đảm.').text).toBe('Kinh phí thực hiện do Sở Tài chính bảo đảm.');
    const header = 'Độc lập - Tự do\nHòa Số: /KH-SGDĐT';
    expect(joinLines(header).text).toBe(header);
  });
  it('the motto keeps its own line under a long unpunctuated one, so a second pass has nothing to cut', () => {
    const header = 'Nơi nhận: KẾ HOẠCH Tổ quốc KẾ HOẠCH586 /UBND-NCTCD của Ban\nĐộc lập - Tự do\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    expect(joinLines('Sở Giáo dục và Đào tạo tỉnh Quảng Nam thực hiện kế hoạch của\nĐộc lập - Tự do - Hạnh phúc').edits).toHaveLength(0);
    expect(joinLines(header).text).toBe(header);
    // Nor does the line under the motto run on to it: a number line, a place line glued to a word.
    const under = 'Độc lập - Tự do\n586/UBND-NCTCD Căn cứ Thủ Thừa, ngày Căn cứ';
    expect(joinLines(under).text).toBe(under);
  });
  it('still keeps a new sentence after a preamble line that ends in a full word', () => {
    const raw = 'Căn cứ Quyết định số 12/QĐ-UBND ngày 05/3/2024 của UBND tỉnh Lâm Đồng\nSở Giáo dục và Đào tạo xây dựng kế hoạch như sau:';
    expect(joinLines(raw).text).toBe(raw);
  });
});

describe('years split by a space', () => {
  it('joins "16/7/20 21" and "năm 20 19" inside dates, and maps back to the raw text', () => {
    const raw = 'Quyết định số 3088/QĐ-BYT ngày 16/7/20 21 của Bộ Y tế; Công văn ngày 05 tháng 3 năm 20 19.';
    const n = normalize(raw);
    expect(n.text).toBe('Quyết định số 3088/QĐ-BYT ngày 16/7/2021 của Bộ Y tế; Công văn ngày 05 tháng 3 năm 2019.');
    expect(joinSplitYears(n.text).edits).toEqual([]);
  });

  it('leaves ranges, counts and full years alone', () => {
    for (const t of ['giai đoạn 2020 - 20 25', 'có 20 21 học sinh', 'ngày 16/7/2021 lúc 20 giờ', 'lớp 10/20 21 em']) expect(joinSplitYears(t).edits).toEqual([]);
  });
});

describe('a letter\'s header run onto one line', () => {
  it('cuts the two bodies, the number, the V/v, the motto, the date, the salutation and the preamble apart', () => {
    const raw = 'UBND HUYỆN PHÚ LƯƠNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Số: 245/PGDĐT-THCS V/v tổ chức kiểm tra cuối học kỳ I CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Phú Lương, ngày 04 tháng 12 năm 2023 Kính gửi: Hiệu trưởng các trường THCS. Căn cứ Công văn số 1890/SGDĐT-GDTrH ngày 28/11/2023 của Sở GD&ĐT, Phòng hướng dẫn như sau:\n1. Các trường hoàn thành.';
    expect(breakRunOnHeader(raw).text.split('\n')).toEqual([
      'UBND HUYỆN PHÚ LƯƠNG', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Số: 245/PGDĐT-THCS', 'V/v tổ chức kiểm tra cuối học kỳ I',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Phú Lương, ngày 04 tháng 12 năm 2023',
      'Kính gửi: Hiệu trưởng các trường THCS.', 'Căn cứ Công văn số 1890/SGDĐT-GDTrH ngày 28/11/2023 của Sở GD&ĐT, Phòng hướng dẫn như sau:', '1. Các trường hoàn thành.',
    ]);
  });
});
