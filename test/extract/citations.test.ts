import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/extract/citations/index.js';

const find = (text: string) => findCitations(text, { exclude: [], selfKeys: [] });

describe('citations: anchor, type word, date, issuer, subject', () => {
  const rows: [string, string, Partial<{ key: string; type: string | null; date: string | null; issuerText: string | null; subject: string | null; pinpoint: string | null }>][] = [
    ['normative symbol with year', 'Căn cứ Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an quy định về khu dân cư;',
      { key: '124/2021/TT-BCA', type: 'Thông tư', date: '2021-12-28', issuerText: 'Bộ Công an' }],
    ['lower-case inside the code', 'Chỉ thị số 06/2008/CT-TTg ngày 01/02/2008 của Thủ tướng Chính phủ về phát huy vai trò người có uy tín',
      { key: '06/2008/CT-TTg', type: 'Chỉ thị', date: '2008-02-01', issuerText: 'Thủ tướng Chính phủ', subject: 'phát huy vai trò người có uy tín' }],
    ['number with a letter added', 'Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính',
      { key: '30c/NQ-CP', type: 'Nghị quyết', date: '2011-11-08', issuerText: 'Chính phủ' }],
    ['law with legislature number', 'Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;',
      { key: '77/2015/QH13', date: '2015-06-19' }],
    ['Party symbol with hyphen', 'Thực hiện Chỉ thị số 04-CT/TU, ngày 04/01/2021 của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo',
      { key: '04-CT/TU', type: 'Chỉ thị', date: '2021-01-04', issuerText: 'Ban Thường vụ Huyện ủy', subject: 'tăng cường lãnh đạo' }],
    ['Party plan of a Party committee', 'Kế hoạch số 118-KH/ĐUCA ngày 25/5/2022 về xây dựng thế trận an ninh nhân dân',
      { key: '118-KH/ĐUCA', type: 'Kế hoạch', date: '2022-05-25', issuerText: null }],
    ['công văn without type part', 'Công văn số 586/UBND-NCTCD ngày 21/01/2021 của UBND tỉnh Long An về công tác trọng tâm',
      { key: '586/UBND-NCTCD', type: 'Công văn', date: '2021-01-21', issuerText: 'UBND tỉnh Long An' }],
    ['unit suffix, long date', 'Quyết định số 9745/QĐ-BCA-V05 ngày 28 tháng 12 năm 2022 ban hành Bộ Tiêu chí tạm thời',
      { key: '9745/QĐ-BCA-V05', type: 'Quyết định', date: '2022-12-28' }],
    ['no "số"', 'Căn cứ Kế hoạch 3560/KH-SGDĐT ngày 06 tháng 7 năm 2023 của Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh về Xây dựng cơ sở',
      { key: '3560/KH-SGDĐT', type: 'Kế hoạch', date: '2023-07-06', issuerText: 'Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh' }],
    ['"Văn bản" with a report symbol', 'Căn cứ Văn bản số 06/BC-BCĐ ngày 08/01/2025 của Ban Chỉ đạo 138 Ủy ban Nhân dân tỉnh Lâm Đồng về tổng kết',
      { key: '06/BC-BCĐ', type: 'Báo cáo', date: '2025-01-08', issuerText: 'Ban Chỉ đạo 138 Ủy ban Nhân dân tỉnh Lâm Đồng' }],
    ['issuer then V/v', 'Công văn số 291/SGDDĐT-HCQT ngày 03/02/2021 của Sở GD&ĐT Long An V/v triển khai thực hiện',
      { key: '291/SGDDĐT-HCQT', date: '2021-02-03', issuerText: 'Sở GD&ĐT Long An' }],
    ['issuer closed by a parenthesis', 'Nghị quyết số 51-NQ/TW ngày 05/9/2019 của Ban Chấp hành Trung ương Đảng (khóa XII) về Chiến lược',
      { key: '51-NQ/TW', type: 'Nghị quyết', date: '2019-09-05', issuerText: 'Ban Chấp hành Trung ương Đảng' }],
    ['issuer then quoted subject', 'Chỉ thị số 09/CT-BCA-V28, ngày 19/8/2014 của Bộ Công an "Về đẩy mạnh phong trào"',
      { key: '09/CT-BCA-V28', date: '2014-08-19', issuerText: 'Bộ Công an' }],
    ['article pinpoint', 'thời gian hoàn thành quy định tại Điều 9 Thông tư số 124/2021/TT-BCA.',
      { key: '124/2021/TT-BCA', pinpoint: 'Điều 9' }],
    ['clause and article pinpoint', 'theo khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư',
      { key: '30/2020/NĐ-CP', type: 'Nghị định', pinpoint: 'khoản 2 Điều 5', issuerText: 'Chính phủ' }],
    ['issuer with TP. abbreviation', 'Kế hoạch số 12/KH-UBND ngày 3/3/2024 của UBND TP. Hồ Chí Minh về phòng chống dịch',
      { key: '12/KH-UBND', date: '2024-03-03', issuerText: 'UBND TP. Hồ Chí Minh' }],
    ['joint circular', 'Thông tư liên tịch số 01/2015/TTLT-BTC-BNV ngày 05/01/2015 của Bộ Tài chính và Bộ Nội vụ',
      { key: '01/2015/TTLT-BTC-BNV', type: 'Thông tư liên tịch', date: '2015-01-05' }],
    ['date before issuer after ký', 'Quyết định số 1234/QĐ-UBND của UBND tỉnh Quảng Nam ngày 12/4/2023 về việc phê duyệt',
      { key: '1234/QĐ-UBND', date: '2023-04-12', issuerText: 'UBND tỉnh Quảng Nam' }],
    ['lower-case symbol', 'theo Quyết định số 15/qđ-ttg ngày 2/1/2020',
      { key: '15/qđ-ttg', type: 'Quyết định', date: '2020-01-02' }],
  ];
  it.each(rows)('%s', (_name, text, want) => {
    const { mentions } = find(text);
    expect(mentions.length).toBe(1);
    const m = mentions[0]!;
    for (const [k, v] of Object.entries(want)) expect((m as unknown as Record<string, unknown>)[k]).toEqual(v);
    expect(text.slice(m.symbolSpan.start, m.symbolSpan.end).replace(/\s/gu, '')).toBe(m.key);
  });

  it('the full span starts at the type word', () => {
    const text = 'Căn cứ Kế hoạch số 103/KH-BCĐ ngày 22/12/2022 của Ban chỉ đạo 799 về việc xây dựng phong trào;';
    const m = find(text).mentions[0]!;
    expect(text.slice(m.fullSpan.start, m.fullSpan.end)).toMatch(/^Kế hoạch số 103\/KH-BCĐ ngày 22\/12\/2022 của Ban chỉ đạo 799 về việc xây dựng phong trào$/u);
  });

  it('finds every citation of a list, each with its own tail', () => {
    const text = 'Trọng tâm là Nghị quyết số 51-NQ/TW ngày 05/9/2019 của Ban Chấp hành Trung ương Đảng; Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư; Chỉ thị số 03/CT-BCA-V28 ngày 26/6/2016 của Bộ trưởng Bộ Công an.';
    const got = find(text).mentions.map((m) => [m.key, m.date, m.issuerText]);
    expect(got).toEqual([
      ['51-NQ/TW', '2019-09-05', 'Ban Chấp hành Trung ương Đảng'],
      ['44-KL/TW', '2019-01-22', 'Ban Bí thư'],
      ['03/CT-BCA-V28', '2016-06-26', 'Bộ trưởng Bộ Công an'],
    ]);
  });
});

describe('citations: links between two cited documents', () => {
  it.each([
    ['Thực hiện Kế hoạch số 88/KH-UBND ngày 29/4/2022 của UBND thành phố triển khai thực hiện Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ Công an', '88/KH-UBND>124/2021/TT-BCA'],
    ['Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư Trung ương Đảng về việc tiếp tục đẩy mạnh thực hiện Chỉ thị số 09-CT/TW ngày 01/12/2011', '44-KL/TW>09-CT/TW'],
    ['Kế hoạch số 250/KH-BCA-V05 ngày 15/6/2020 của Bộ Công an về tiếp tục đẩy mạnh thực hiện Chỉ thị số 07/CT-BCA-V28 ngày 15/8/2014', '250/KH-BCA-V05>07/CT-BCA-V28'],
    ['Nghị định số 15/2020/NĐ-CP quy định chi tiết thi hành Luật số 24/2018/QH14', '15/2020/NĐ-CP>24/2018/QH14'],
    ['Kế hoạch số 45-KH/TU ngày 2/3/2023 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 20-NQ/TW', '45-KH/TU>20-NQ/TW'],
  ])('%s → %s', (text, want) => {
    expect(find(text).links.map((l) => `${l.from}>${l.to}`)).toEqual([want]);
  });

  it.each([
    'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ; Thực hiện Công văn số 12/UBND-VX ngày 3/4/2024',
    'Quyết định số 20/2024/QĐ-UBND ban hành kèm theo Thông tư số 01/2011/TT-BNV',
    'Chỉ thị số 03-CT/TU ngày 14/12/2020 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo; Kế hoạch số 250/KH-BCA-V05 ngày 15/6/2020',
  ])('no link: %s', (text) => {
    expect(find(text).links).toEqual([]);
  });
});

describe('citations: what is not a citation', () => {
  it.each([
    'Kỷ niệm 18 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8/2005-19/8/2023).',
    'Số điện thoại 0272/3826 123, giai đoạn 2021 - 2025, năm học 2023-2024.',
    'Phòng chống HIV/AIDS, mô hình 5K, tỷ lệ 1/2 số trường, 24/7.',
    'số 37 Minh Khai, Hồng Bàng, Hải Phòng; Lưu: VT, GDTX&ĐH.',
  ])('%s', (text) => {
    expect(find(text).mentions).toEqual([]);
  });

  it('skips the document\'s own number', () => {
    const text = 'Số: 3560/KH-SGDĐT\nCăn cứ Kế hoạch số 12/KH-UBND ngày 1/2/2023;';
    const got = findCitations(text, { exclude: [{ start: 0, end: 17 }], selfKeys: ['3560/KH-SGDĐT'] }).mentions.map((m) => m.key);
    expect(got).toEqual(['12/KH-UBND']);
  });
});

describe('citations: issuer named before the citation', () => {
  it.each([
    ['Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 3125/TTr-SNN ngày 25 tháng 9 năm 2018.', '3125/TTr-SNN', 'Giám đốc Sở Nông nghiệp và Phát triển nông thôn'],
    ['Xét đề nghị của Bộ Nông nghiệp và Phát triển nông thôn tại Công văn số 1550/BNN-TY ngày 02/6/2005,', '1550/BNN-TY', 'Bộ Nông nghiệp và Phát triển nông thôn'],
  ])('%s', (text, key, issuer) => {
    const m = find(text).mentions[0]!;
    expect([m.key, m.issuerText]).toEqual([key, issuer]);
    expect(text.slice(m.issuerSpan!.start, m.issuerSpan!.end)).toBe(issuer);
  });
});

describe('citations: acts named before their number', () => {
  it.each([
    ['Căn cứ Luật Thủy lợi số 08/2017/QH14 ngày 19 tháng 6 năm 2017;', '08/2017/QH14', 'Luật'],
    ['Thực hiện nghiêm Luật Phòng, chống ma túy số 73/2021/QH14 và Nghị định', '73/2021/QH14', 'Luật'],
    ['Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14;', '02/2020/UBTVQH14', 'Pháp lệnh'],
    ['theo Bộ luật Lao động 45/2019/QH14', '45/2019/QH14', 'Bộ luật'],
  ])('%s', (text, key, type) => {
    const m = find(text).mentions[0]!;
    expect([m.key, m.type]).toEqual([key, type]);
    expect(text.slice(m.fullSpan.start).startsWith(type)).toBe(true);
  });
});

describe('the closing mark "./." after an issuer', () => {
  it('"… của Uỷ ban nhân dân tỉnh./." keeps the issuer', () => {
    const text = 'Chỉ thị này thay thế Chỉ thị số 08/2004/CT-UB ngày 19/3/2004 của Ủy ban nhân dân tỉnh./.';
    expect(findCitations(text, { exclude: [], selfKeys: [] }).mentions[0]).toMatchObject({ key: '08/2004/CT-UB', date: '2004-03-19', issuerText: 'Ủy ban nhân dân tỉnh' });
  });
});
