import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';
import { findCitations } from '../../src/extract/citations/index.js';

// Shapes met in real documents of the Đoàn, the Party, ministries and provinces (2006-2024), rewritten.
const find = (text: string) => findCitations(text, { exclude: [], selfKeys: [] });
const keys = (text: string) => find(text).mentions.map((m) => m.key);

describe('Party and Đoàn symbols written with a space for the dash', () => {
  it('"Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013" → 84-QĐ/TWĐTN, with its date and issuer', () => {
    const text = '- Căn cứ Quy chế làm việc ban hành kèm theo Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn;';
    const [m] = find(text).mentions;
    expect(m).toMatchObject({ key: '84-QĐ/TWĐTN', type: 'Quyết định', date: '2013-02-22', issuerText: 'Ban Chấp hành Trung ương Đoàn' });
    expect(text.slice(m!.symbolSpan.start, m!.symbolSpan.end)).toBe('84 QĐ/TWĐTN');
  });

  it('"Kế hoạch số 301 KH/TWĐTN" and "Hướng dẫn 12 HD/TU" are found; the same document written with a dash merges', () => {
    const text = 'Căn cứ Kế hoạch số 301 KH/TWĐTN ngày 14/7/2016 của Trung ương Đoàn và Hướng dẫn 12 HD/TU của Tỉnh ủy; Kế hoạch 301-KH/TWĐTN nêu rõ.';
    expect(keys(text)).toEqual(['301-KH/TWĐTN', '12-HD/TU', '301-KH/TWĐTN']);
    expect(analyzeText(text).citations.map((c) => c.key)).toEqual(['301-KH/TWĐTN', '12-HD/TU']);
  });

  it('a number, a space and a code that is no Party type is not a symbol', () => {
    expect(keys('Mỗi đơn vị cử 10 CB/đơn vị, làm việc 8 giờ/ngày, 5 KH/năm, lớp 10 A/B.')).toEqual([]);
  });

  it('the document\'s own number line "Số: 84 QĐ/TWĐTN" reads the same way', () => {
    const text = 'BAN CHẤP HÀNH TRUNG ƯƠNG\tĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 84 QĐ/TWĐTN\tHà Nội, ngày 22 tháng 02 năm 2013\nQUYẾT ĐỊNH\nBan hành Quy chế làm việc\n';
    expect(analyzeText(text).document.number).toBe('84-QĐ/TWĐTN');
  });
});

describe('a stray space inside the issuer code', () => {
  it('"Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016" → 01/2016/TT-BGDĐT with its date', () => {
    const [m] = find('quy định cụ thể hóa Điều 18 của Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016 của Bộ trưởng Bộ GD&ĐT;').mentions;
    expect(m).toMatchObject({ key: '01/2016/TT-BGDĐT', date: '2016-01-15' });
  });

  it('a known code followed by a capitalised word keeps its own end', () => {
    expect(keys('theo Công văn số 12/SGDĐT-VP UBND tỉnh đã giao; Quyết định 45/QĐ-UBND ĐT 741.')).toEqual(['12/SGDĐT-VP', '45/QĐ-UBND']);
  });
});

describe('a cited subject ends where the citing clause starts', () => {
  it('"… về việc báo cáo số liệu, Phòng … đề nghị …": the subject stops before the comma', () => {
    const text = 'Thực hiện Công văn số 1234/SGDĐT-KHTC ngày 02/5/2024 của Sở Giáo dục và Đào tạo về việc báo cáo số liệu cơ sở vật chất, Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường báo cáo trước ngày 15/5/2024.';
    const [m] = find(text).mentions;
    expect(m?.subject).toBe('báo cáo số liệu cơ sở vật chất');
    const rec = analyzeText(text);
    expect(rec.deadlines.map((d) => d.date)).toEqual(['2024-05-15']);
  });

  it('"…, đề nghị các đơn vị …" after a subject ends it too; a comma inside a subject does not', () => {
    expect(find('Thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2023 của UBND tỉnh về phòng, chống dịch bệnh, đề nghị các đơn vị triển khai.').mentions[0]?.subject).toBe('phòng, chống dịch bệnh');
    expect(find('Căn cứ Quyết định số 12/QĐ-UBND ngày 02/3/2023 của UBND tỉnh về quy hoạch mạng lưới trường học, cơ sở giáo dục nghề nghiệp;').mentions[0]?.subject).toBe('quy hoạch mạng lưới trường học, cơ sở giáo dục nghề nghiệp');
  });
});

describe('boards named for a field', () => {
  it('"của Ban Chỉ đạo quốc gia về phòng, chống thiên tai" is one issuer; "của UBND tỉnh về …" still ends at "về"', () => {
    const text = 'Thực hiện Công điện số 12/CĐ-BCĐQG ngày 10/10/2023 của Ban Chỉ đạo quốc gia về phòng, chống thiên tai, Quyết định số 78/QĐ-UBQG ngày 12/3/2020 của Ủy ban Quốc gia về người cao tuổi Việt Nam và Công văn số 90/UBND-KT ngày 02/3/2021 của UBND tỉnh về tăng cường quản lý.';
    expect(find(text).mentions.map((m) => m.issuerText)).toEqual(['Ban Chỉ đạo quốc gia về phòng, chống thiên tai', 'Ủy ban Quốc gia về người cao tuổi Việt Nam', 'UBND tỉnh']);
  });
});

describe('"thi hành" ends an issuer', () => {
  it('"của Ban Chấp hành Trung ương thi hành Điều lệ Đảng" → Ban Chấp hành Trung ương', () => {
    expect(find('Căn cứ Quy định số 29-QĐ/TW ngày 25/7/2016 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng;').mentions[0]).toMatchObject({ key: '29-QĐ/TW', issuerText: 'Ban Chấp hành Trung ương' });
  });
});

describe('a joint circular signed by two ministers', () => {
  it('"của Bộ trưởng Bộ Y tế và Bộ trưởng Bộ Nội vụ" → "Bộ Y tế và Bộ Nội vụ"', () => {
    const [c] = analyzeText('Căn cứ Thông tư liên tịch số 14/2015/TTLT-BYT-BNV ngày 25/6/2015 của Bộ trưởng Bộ Y tế và Bộ trưởng Bộ Nội vụ;').citations;
    expect(c).toMatchObject({ key: '14/2015/TTLT-BYT-BNV', type: 'Thông tư liên tịch', issuer: 'Bộ Y tế và Bộ Nội vụ', relation: 'implements' });
  });
});

describe('a joint resolution\'s parties listed with commas', () => {
  it('"của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch …" is the whole issuer of a NQLT; a comma after a single body still ends it', () => {
    const text = 'Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết các hình thức giám sát; Căn cứ Quyết định số 12/QĐ-UBND ngày 02/3/2019 của UBND tỉnh, Ban Chỉ đạo xây dựng kế hoạch.';
    expect(find(text).mentions.map((m) => m.issuerText)).toEqual(['Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'UBND tỉnh']);
  });
});

describe('a dot typed for the dash in the code', () => {
  it('"Quyết định số 1234/QĐ.UBND ngày 12/5/2008" keeps its whole code, its date and an issuer told by the code', () => {
    const text = 'Căn cứ Quyết định số 1234/QĐ.UBND ngày 12/5/2008 của UBND tỉnh Bình Dương về việc ban hành quy chế;';
    const [m] = find(text).mentions;
    expect(m).toMatchObject({ key: '1234/QĐ.UBND', type: 'Quyết định', date: '2008-05-12' });
    const [c] = analyzeText('Thực hiện Công văn số 56/UBND.VX ngày 03/4/2009 về công tác tuyển sinh.').citations;
    expect(c).toMatchObject({ key: '56/UBND.VX', date: '2009-04-03' });
  });

  it('a full stop with the space lost after a symbol is not a dot in the code', () => {
    expect(keys('theo Công văn số 56/UBND.Các đơn vị báo cáo; Kế hoạch 12/KH-UBND.Đề nghị thực hiện.')).toEqual(['56/UBND', '12/KH-UBND']);
  });
});

describe('a cited issuer followed by its document\'s own verb, with no "về"', () => {
  // Provincial plans and decisions (2013-2021) cite "Quyết định số … của UBND tỉnh X công bố …"; names and numbers changed.
  it.each([
    ['Căn cứ Quyết định số 81/QĐ-UBND ngày 20/02/2021 của Ủy ban nhân dân tỉnh Yên Bái công bố hiện trạng rừng năm 2020.', 'Ủy ban nhân dân tỉnh Yên Bái'],
    ['Căn cứ Quyết định số 905/QĐ-UBND ngày 10 tháng 5 năm 2014 của Chủ tịch UBND tỉnh Lào Cai thành lập Ban Chỉ đạo;', 'Chủ tịch UBND tỉnh Lào Cai'],
    ['Căn cứ Quyết định số 77/QĐ-UBND ngày 06/5/2013 của UBND huyện Bảo Lâm kiện toàn Hội đồng thi đua;', 'UBND huyện Bảo Lâm'],
    ['Thực hiện Quyết định số 12/2019/QĐ-UBND của UBND tỉnh Bình Định bãi bỏ một số văn bản;', 'UBND tỉnh Bình Định'],
  ])('%s', (text, issuer) => {
    expect(find(text).mentions[0]?.issuerText).toBe(issuer);
  });
  it('a board whose name holds such a word keeps it when capitalised', () => {
    expect(find('Căn cứ Kế hoạch số 15/KH-BCĐ ngày 02/3/2022 của Ban Chỉ đạo Thành lập doanh nghiệp tỉnh;').mentions[0]?.issuerText).toBe('Ban Chỉ đạo Thành lập doanh nghiệp tỉnh');
  });
});
