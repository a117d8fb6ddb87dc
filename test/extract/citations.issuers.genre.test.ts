import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';
import { normalize } from '../../src/normalize/index.js';

// Citations in letters and resolutions of ministries, councils and departments (2006-2021), rewritten.
const cites = (text: string) => analyzeText(text).citations.map((c) => ({ key: c.key, relation: c.relation }));

const LETTER = [
  'BỘ Y TẾ',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 4125/BYT-DP',
  'V/v tăng cường công tác phòng, chống dịch bệnh sốt xuất huyết',
  'Hà Nội, ngày 30 tháng 7 năm 2020',
  'Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.',
];

describe('a letter\'s first paragraph may state the situation before "Thực hiện …"', () => {
  it('"Thời gian qua, số mắc … gia tăng. Thực hiện Chỉ thị số 07/CT-TTg …, Bộ Y tế đề nghị …" implements it', () => {
    const text = [
      ...LETTER,
      'Thời gian qua, số mắc sốt xuất huyết tại một số địa phương có xu hướng gia tăng. Thực hiện Chỉ thị số 07/CT-TTg ngày 03/3/2020 của Thủ tướng Chính phủ về việc đẩy mạnh công tác phòng, chống dịch bệnh sốt xuất huyết, Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh chỉ đạo thực hiện một số nội dung sau:',
      '1. Sở Y tế thực hiện phân tuyến điều trị theo Quyết định số 3705/QĐ-BYT ngày 22/8/2019 của Bộ trưởng Bộ Y tế.',
    ].join('\n');
    expect(cites(text)).toEqual([
      { key: '07/CT-TTg', relation: 'implements' },
      { key: '3705/QĐ-BYT', relation: 'cites' },
    ]);
  });

  it('a document named in the situation sentence itself stays a mention', () => {
    const text = [
      ...LETTER,
      'Số mắc có xu hướng gia tăng, như Cục Y tế dự phòng đã nêu tại Công văn số 88/DP-DT ngày 02/7/2020. Thực hiện Chỉ thị số 07/CT-TTg ngày 03/3/2020 của Thủ tướng Chính phủ, Bộ Y tế đề nghị:',
    ].join('\n');
    expect(cites(text)).toEqual([
      { key: '88/DP-DT', relation: 'cites' },
      { key: '07/CT-TTg', relation: 'implements' },
    ]);
  });
});

const full = (text: string) => analyzeText(text).citations.map((c) => ({ key: c.key, type: c.type, date: c.date, issuer: c.issuer }));

describe('the issuer named between the type word and the number', () => {
  it('"Căn cứ Nghị quyết của Ban Chấp hành Đảng bộ tỉnh số 08-NQ/TU ngày 25 tháng 11 năm 2021"', () => {
    const text = 'Căn cứ Nghị quyết của Ban Chấp hành Đảng bộ tỉnh số 08-NQ/TU ngày 25 tháng 11 năm 2021 về phương hướng, nhiệm vụ năm 2022;';
    expect(full(text)).toEqual([{ key: '08-NQ/TU', type: 'Nghị quyết', date: '2021-11-25', issuer: 'Ban Chấp hành Đảng bộ tỉnh' }]);
  });

  it('"Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh số 125/KH-UBND ngày 10/3/2022"', () => {
    const text = 'Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh số 125/KH-UBND ngày 10/3/2022 về chuyển đổi số, Sở Nội vụ xây dựng kế hoạch như sau:';
    expect(full(text)).toEqual([{ key: '125/KH-UBND', type: 'Kế hoạch', date: '2022-03-10', issuer: 'Ủy ban nhân dân tỉnh' }]);
  });
});

describe('the body that set the cited content, as the subject of a verb before "tại"', () => {
  it('"15/18 chỉ tiêu Nghị quyết Hội đồng nhân dân huyện đề ra tại Nghị quyết số 42/NQ-HĐND"', () => {
    const text = 'Năm 2020, huyện đã đạt và vượt 15/18 chỉ tiêu Nghị quyết Hội đồng nhân dân huyện đề ra tại Nghị quyết số 42/NQ-HĐND ngày 18/12/2019.';
    expect(full(text)).toEqual([{ key: '42/NQ-HĐND', type: 'Nghị quyết', date: '2019-12-18', issuer: 'Hội đồng nhân dân huyện' }]);
  });

  it('"nhiệm vụ Ủy ban nhân dân tỉnh giao tại Quyết định số 12/QĐ-UBND"; "hướng dẫn tại Công văn số 5/SYT-NV" names no issuer', () => {
    expect(full('Hoàn thành nhiệm vụ Ủy ban nhân dân tỉnh giao tại Quyết định số 12/QĐ-UBND ngày 02/01/2020.')).toEqual([
      { key: '12/QĐ-UBND', type: 'Quyết định', date: '2020-01-02', issuer: 'Ủy ban nhân dân tỉnh' },
    ]);
    expect(full('Các đơn vị thực hiện theo hướng dẫn tại Công văn số 5/SYT-NV.')).toEqual([{ key: '5/SYT-NV', type: 'Công văn', date: null, issuer: null }]);
  });
});

describe('letters typed or OCR\'d for digits in a symbol\'s or a date\'s numbers, in plain text', () => {
  it('"Thông tư số 19/2Ol3/TT-BTNMT", "Quyết định số 1O5/QĐ-UBND", "trước ngày 3O/5/2014"', () => {
    const text = [
      'Quảng Trị, ngày 14 tháng 4 năm 2014',
      'Thực hiện Thông tư số 19/2Ol3/TT-BTNMT ngày 18/7/2013 của Bộ Tài nguyên và Môi trường, Sở đề nghị:',
      '1. Vận hành hồ chứa theo Quyết định số 1O5/QĐ-UBND ngày 20/01/2014 của UBND tỉnh; gửi Sở trước ngày 3O/5/2014.',
    ].join('\n');
    const r = analyzeText(text);
    expect(r.citations.map((c) => c.key)).toEqual(['19/2013/TT-BTNMT', '105/QĐ-UBND']);
    expect(r.deadlines.map((d) => d.date)).toEqual(['2014-05-30']);
  });

  it('"CO2/năm", "H2O", "quý I/2024", "lO/ha" are left as written', () => {
    const text = 'Giảm phát thải 5 tấn CO2/năm; H2O; trong quý I/2024; mật độ lO/ha.';
    expect(normalize(text).text).toBe(text);
  });
});

describe('a carrier type before a capitalised type word names what the document is', () => {
  it('"Thông báo Kết luận số 45-TB/HU" is a Thông báo, as "Thông báo kết luận số …"; "Kết luận số 21-KL/TW" stays a Kết luận', () => {
    expect(full('Thực hiện Thông báo Kết luận số 45-TB/HU ngày 01/3/2024 của Ban Thường vụ Huyện ủy;')[0]).toMatchObject({ key: '45-TB/HU', type: 'Thông báo' });
    expect(full('Căn cứ Thông báo kết luận số 63-TB/HU ngày 04-7-2016 của Ban Thường vụ Huyện ủy;')[0]).toMatchObject({ key: '63-TB/HU', type: 'Thông báo' });
    expect(full('Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Bộ Chính trị;')[0]).toMatchObject({ key: '21-KL/TW', type: 'Kết luận' });
    expect(full('Thực hiện Công văn Hướng dẫn số 15/SNV-CCVC ngày 02/3/2024 của Sở Nội vụ;')[0]).toMatchObject({ key: '15/SNV-CCVC', type: 'Công văn' });
  });
});
