import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets/index.js';

const read = (text: string, exclude: { start: number; end: number }[] = []) =>
  extractTargets(text, { exclude }).map((t) => text.slice(t.span.start, t.span.end));

describe('not targets', () => {
  it.each([
    ['Với phương châm thực hiện tốt 5 tự "Tự giác, tự phòng, tự quản".'],
    ['3 Tự (tự phòng, tự quản và tự báo cáo trong giáo viên, học sinh).'],
    ['5 An (An ninh trật tự, An sinh xã hội).'],
    ['xây dựng trường học 2 không (không có học sinh bị đe dọa).'],
    ['thực hiện mô hình 3 không trong khu dân cư.'],
    ['thực hiện tốt thông điệp "5K", tham gia quản lý các khu cách ly.'],
    ['chuẩn bị lực lượng theo phương châm "4 tại chỗ".'],
    ['Tổ chức tốt các hoạt động kỷ niệm 18 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc.'],
    ['kỷ niệm 90 năm Ngày truyền thống của Dân quân tự vệ.'],
    ['Các đơn vị giải quyết hồ sơ trong 30 ngày.'],
    ['Thời gian thực hiện 02 năm.'],
    ['phát triển bền vững đô thị Việt Nam đến năm 2030 tầm nhìn 2045.'],
    ['Triển khai nhiệm vụ năm 2025.'],
    ['Nghị quyết Đại hội Đảng các cấp nhiệm kỳ 2020-2025.'],
    ['Đề án nông thôn mới giai đoạn 2021 - 2025 của Chính phủ.'],
    ['theo thẩm quyền quy định tại Điều 10, thời gian hoàn thành quy định tại Điều 9 Thông tư.'],
    ['theo quy định tại khoản 2 Điều 5 Nghị định số 30/2020/NĐ-CP.'],
    ['thực hiện nội dung tại Mục 3 của Kế hoạch.'],
    ['qua phòng Giáo dục thường xuyên, số 37 Minh Khai, Hồng Bàng, Hải Phòng.'],
    ['Điện thoại: 024.37666.179.'],
    ['báo cáo kết quả bằng 01 file scan và 01 file word (không gửi văn bản giấy).'],
    ['Hồ sơ gồm 02 bản chính và 01 bộ hồ sơ điện tử.'],
    ['Căn cứ Kế hoạch số 103/KH-BCĐ ngày 22/12/2022 của Ban chỉ đạo 799.'],
    ['để tổng hợp báo cáo Ban Chỉ đạo 799 thành phố theo quy định.'],
    ['để tổng hợp, báo cáo Ban Chỉ đạo 138 tỉnh.'],
    ['của Ban Chấp hành Trung ương Đảng (khóa XII) về Chiến lược.'],
    ['1. Mục đích\na) Nâng cao nhận thức.'],
    ['Tổ chức kỷ niệm (19/8/2005-19/8/2023).'],
    ['Năm 2019, thiên tai làm 133 người chết và mất tích, thiệt hại khoảng 7.000 tỷ đồng.'],
    ['mùa mưa bão có khả năng xuất hiện khoảng 11 - 13 cơn bão.'],
    ['Bố trí kinh phí 500 triệu đồng để tổ chức hội thi.'],
    ['Đoàn kiểm tra gồm 09 thành viên có tên tại Phụ lục.'],
    ['theo Mẫu số 01, 02 ban hành kèm theo Thông tư.'],
    ['học sinh lớp 9 và lớp 12 tham gia.'],
    ['đã giải quyết việc làm cho 2.150 lao động.'],
    ['Sinh viên được miễn 100% học phí, giảm 50% học phí theo quy định.'],
    ['Kết quả thực hiện đạt 52% kế hoạch năm.'],
    ['Lao động nông nghiệp chiếm 35% tổng lao động.'],
    ['Phòng chống dịch bệnh Covid-19 và cúm A (H5N1).'],
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('a quantity inside ctx.exclude (a citation) is not read', () => {
    const text = 'Thực hiện Kế hoạch số 12/KH-UBND về việc phấn đấu 100% xã đạt chuẩn.';
    const at = text.indexOf('Kế hoạch');
    expect(read(text, [{ start: at, end: text.length - 1 }])).toEqual([]);
    expect(read(text)).toEqual(['100% xã đạt chuẩn']);
  });
});

describe('targets: the situation a plan starts from is no target', () => {
  const values = (text: string, refYear: number | null) => extractTargets(text, { exclude: [], refYear }).map((t) => t.value);
  const text = [
    'Năm 2023, toàn huyện ghi nhận 1.256 ca mắc sốt xuất huyết, tăng 35% so với năm 2022; tỷ lệ hộ gia đình được phun hóa chất đạt 88,7%.',
    'Năm 2024, phấn đấu 100% ổ dịch được phát hiện và xử lý kịp thời.',
  ].join('\n');
  it('drops a paragraph about a year before the document and keeps the plan\'s own year', () => {
    expect(values(text, 2024)).toEqual([100]);
  });
  it('without a reference year, keeps only what a target word marks', () => {
    expect(values(text, null)).toEqual([100]);
  });
});
