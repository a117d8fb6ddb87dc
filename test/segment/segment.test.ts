import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';
import { segment } from '../../src/segment/index.js';
import { normalize } from '../../src/normalize/index.js';

const CV = `UBND TỈNH QUẢNG NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ\tĐộc lập - Tự do - Hạnh phúc
Số: 567/SYT-NVY\tQuảng Nam, ngày 04 tháng 3 năm 2024
V/v tăng cường phòng, chống sốt xuất huyết

Kính gửi: Trung tâm Y tế các huyện, thị xã, thành phố.

Thực hiện Công văn số 1234/BYT-DP ngày 28/02/2024 của Bộ Y tế về việc phòng chống dịch; Sở Y tế đề nghị các đơn vị thực hiện một số nội dung sau:
1. Tổ chức giám sát chặt chẽ, báo cáo về Sở Y tế trước ngày 15/3/2024.
Nơi nhận:
- Như trên;
- Lưu: VT, NVY.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC



Nguyễn Văn Hùng`;

const QD = `ỦY BAN NHÂN DÂN
TỈNH LONG AN
Số:      /QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long An, ngày    tháng 5 năm 2019
QUYẾT ĐỊNH
Về việc thành lập Ban Chỉ đạo phòng, chống tội phạm
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LONG AN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;
Theo đề nghị của Giám đốc Công an tỉnh,
QUYẾT ĐỊNH:
Điều 1. Thành lập Ban Chỉ đạo.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Cần`;

describe('segment: the anatomy of a document', () => {
  it('a công văn with a tab-flattened two-column header', () => {
    const s = segment(CV);
    expect(s.header.bodies.map((c) => c.text)).toEqual(['UBND TỈNH QUẢNG NAM', 'SỞ Y TẾ']);
    expect(CV.slice(s.header.numberLine!.symbol!.start, s.header.numberLine!.symbol!.end)).toBe('567/SYT-NVY');
    expect(s.header.placeDate).toMatchObject({ day: 4, month: 3, year: 2024 });
    expect(CV.slice(s.header.vv!.start, s.header.vv!.end)).toBe('tăng cường phòng, chống sốt xuất huyết');
    expect(s.preamble.map((p) => CV.slice(p.start, p.start + 22))).toEqual(['Thực hiện Công văn số ']);
    expect(s.signature?.name?.text).toBe('Nguyễn Văn Hùng');
    expect(s.signature?.title?.text).toBe('PHÓ GIÁM ĐỐC');
    expect(s.signature?.authority?.text).toBe('KT. GIÁM ĐỐC');
  });

  it('a draft decision: blank number and day, authority line under the title', () => {
    const s = segment(QD);
    expect(s.header.numberLine?.symbol).toBeNull();
    expect(QD.slice(s.header.numberLine!.code!.start, s.header.numberLine!.code!.end)).toBe('QĐ-UBND');
    expect(s.header.placeDate).toMatchObject({ day: null, month: 5, year: 2019 });
    expect(s.title?.type.text).toBe('QUYẾT ĐỊNH');
    expect(QD.slice(s.title!.subject!.start, s.title!.subject!.end)).toBe('Về việc thành lập Ban Chỉ đạo phòng, chống tội phạm');
    expect(s.preamble).toHaveLength(3);
    expect(QD.slice(s.body.start, s.body.start + 11)).toBe('QUYẾT ĐỊNH:');
  });
});

describe('signature beside Nơi nhận, interleaved line by line', () => {
  it('finds the title above the name counting only the signature column', () => {
    const text = [
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Các phòng chuyên môn thuộc Sở chủ trì hướng dẫn, đôn đốc các đơn vị triển khai kế hoạch này đến từng cơ sở giáo dục trên địa bàn.',
      '2. Thủ trưởng các đơn vị xây dựng kế hoạch cụ thể, phân công cán bộ theo dõi, tổng hợp kết quả thực hiện.',
      'Các đơn vị báo cáo kết quả trước ngày 15/12/2023./.',
      'Nơi nhận:\tKT. GIÁM ĐỐC',
      '- Như trên;\tPHÓ GIÁM ĐỐC',
      '- UBND tỉnh (b/c);',
      '- Giám đốc Sở;',
      '- Các Phó Giám đốc Sở;',
      '- Các phòng thuộc Sở;',
      '- Website Sở;',
      '- Lưu: VT, VP.\tNguyễn Văn An',
    ].join('\n');
    const doc = analyzeText(text).document;
    expect(doc.signer).toMatchObject({ name: 'Nguyễn Văn An', title: 'PHÓ GIÁM ĐỐC', authority: 'KT.' });
  });
});

describe('preamble: a wrapped paragraph whose break was kept', () => {
  it('runs on to the next Căn cứ, so every preamble citation is carried out', () => {
    const text = [
      'Kính gửi: Hiệu trưởng các trường trực thuộc.',
      'Thực hiện Công văn số 291/SGDĐT-HCQT ngày 03/02/2021 của Sở GD&ĐT Long An V/v triển khai thực hiện phong trào toàn dân',
      'Bảo vệ an ninh Tổ quốc năm 2021;',
      'Căn cứ Công văn số 531/UBND-NC ngày 28/01/2021 của UBND huyện Thủ Thừa về việc thực hiện công tác năm 2021.',
      'Phòng Giáo dục và Đào tạo yêu cầu Hiệu trưởng các trường thực hiện tốt một số nhiệm vụ như sau:',
      '1. Tiếp tục triển khai Chỉ thị số 03-CT/TU ngày 14/12/2020 của Ban Thường vụ Tỉnh ủy.',
    ].join('\n');
    const rel = Object.fromEntries(analyzeText(text).citations.map((c) => [c.key, c.relation]));
    expect(rel).toEqual({ '291/SGDĐT-HCQT': 'implements', '531/UBND-NC': 'implements', '03-CT/TU': 'cites' });
  });
});

describe('identity and resolution, end to end', () => {
  it('a công văn: number, date, place, issuer placed in its province, V/v subject, signer', () => {
    const r = analyzeText(CV).document;
    expect(r).toMatchObject({
      type: 'Công văn', number: '567/SYT-NVY', typeCode: null, date: '2024-03-04', place: 'Quảng Nam',
      issuer: 'Sở Y tế tỉnh Quảng Nam', governingBody: 'Ủy ban nhân dân tỉnh Quảng Nam',
      subject: 'tăng cường phòng, chống sốt xuất huyết',
      signer: { name: 'Nguyễn Văn Hùng', title: 'PHÓ GIÁM ĐỐC', authority: 'KT.' },
    });
    expect(r.recipients).toContain('Trung tâm Y tế các huyện, thị xã, thành phố');
  });

  it('a narrow date cell whose year wrapped onto the next line (a PDF of a Word header table)', () => {
    const text = 'UBND TỈNH QUẢNG NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nSỞ Y TẾ\tNAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1234/KH-SYT\tQuảng Nam, ngày 12 tháng 3 năm\n2024\nKẾ HOẠCH\nTriển khai công tác tiêm chủng mở rộng năm 2024\n';
    const d = analyzeText(text).document;
    expect(d).toMatchObject({ date: '2024-03-12', place: 'Quảng Nam', number: '1234/KH-SYT', subject: 'Triển khai công tác tiêm chủng mở rộng năm 2024' });
    expect(d.evidence.date?.quote).toBe('Quảng Nam, ngày 12 tháng 3 năm\n2024');
    // A Party header: the year sits under the date, beside the number line.
    const party = 'TỈNH ỦY BÌNH ĐỊNH\tĐẢNG CỘNG SẢN VIỆT NAM\n*\tQuy Nhơn, ngày 28 tháng 10 năm\nSố 45-KH/TU\t2022\nKẾ HOẠCH\nthực hiện Nghị quyết số 19-NQ/TW\n';
    expect(analyzeText(party).document).toMatchObject({ date: '2022-10-28', place: 'Quy Nhơn', number: '45-KH/TU' });
    // A year on the next line of a date that has its own is no part of it.
    expect(analyzeText(text.replace('năm\n2024', 'năm 2024\n2025')).document.date).toBe('2024-03-12');
  });

  it('a draft decision: number null, month-only date, the issuer written over two lines', () => {
    const rec = analyzeText(QD);
    expect(rec.document).toMatchObject({ type: 'Quyết định', number: null, symbol: 'QĐ-UBND', typeCode: 'QĐ', date: '2019-05', issuer: 'Ủy ban nhân dân tỉnh Long An' });
    expect(rec.citations.map((c) => [c.key, c.relation, c.issuer])).toEqual([['30/2020/NĐ-CP', 'implements', 'Chính phủ']]);
    expect(rec.deadlines).toEqual([]);
  });

  it('evidence quotes the original text, even where normalization changed it', () => {
    const raw = 'Căn cứ Công văn số 586 /UBND-NCTCD ngày 21/01/2021 của **UBND tỉnh** Long An;';
    const c = analyzeText(raw.normalize('NFD')).citations[0]!;
    expect(c.key).toBe('586/UBND-NCTCD');
    expect(c.evidence.quote.normalize('NFC')).toBe('Công văn số 586 /UBND-NCTCD ngày 21/01/2021 của **UBND tỉnh** Long An');
  });

  it('an issuer implied by the symbol is marked inferred; a stated one is not', () => {
    const cs = analyzeText('Quyết định số 9745/QĐ-BCA-V05 ngày 28/12/2022 ban hành Bộ Tiêu chí; Chỉ thị số 07/CT-BCA-V28 ngày 15/8/2014 của Bộ trưởng Bộ Công an.').citations;
    expect(cs[0]).toMatchObject({ issuer: 'Bộ Công an', issuerText: null, inferred: [expect.objectContaining({ field: 'issuer', from: 'symbol' })] });
    // The minister signs for the ministry: the issuer is the body, the text keeps what was written.
    expect(cs[1]).toMatchObject({ issuer: 'Bộ Công an', issuerText: 'Bộ trưởng Bộ Công an', inferred: [] });
  });
});

describe('signature above an attached Quy chế', () => {
  it('the signer is the one above "(Ban hành kèm theo Quyết định số …)", not a heading of the Quy chế', () => {
    const body = Array.from({ length: 12 }, (_, i) => `Điều ${i + 1}. Nội dung phối hợp thứ ${i + 1} giữa các sở, ban, ngành trên địa bàn tỉnh.`).join('\n');
    const text = normalize(`ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 24/2019/QĐ-UBND\nKiên Giang, ngày 18 tháng 11 năm 2019\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\nỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nCăn cứ Luật Khoáng sản ngày 17 tháng 11 năm 2010;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nLê Văn Thịnh\n\nQUY CHẾ\nPhối hợp quản lý nhà nước về khoáng sản\n(Ban hành kèm theo Quyết định số 24/2019/QĐ-UBND ngày 18 tháng 11 năm 2019 của Ủy ban nhân dân tỉnh Kiên Giang)\nChương I\nQUY ĐỊNH CHUNG\n${body}\nChương II\nTỔ CHỨC THỰC HIỆN\n`).text;
    const sig = segment(text).signature;
    expect(sig && text.slice(sig.name!.start, sig.name!.end)).toBe('Lê Văn Thịnh');
    expect(sig && text.slice(sig.title!.start, sig.title!.end)).toBe('PHÓ CHỦ TỊCH');
  });
});
