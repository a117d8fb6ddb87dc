import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';

const read = (text: string, refDate: string | null = '2024-03-15') =>
  extractDeadlines(text, { refDate, exclude: [] }).map((d) => ({ date: d.date, kind: d.kind, span: text.slice(d.span.start, d.span.end) }));

// A year alone as a due date: the year's last day, as a month gives its last day.
describe('deadline/trong-nam: a year governed by a duty', () => {
  it.each([
    ['Các xã hoàn thành việc cắm mốc giới trong năm 2025.', '2025-12-31', 'trong năm 2025'],
    ['Sở Kế hoạch và Đầu tư tổ chức sơ kết giữa kỳ vào năm 2026.', '2026-12-31', 'vào năm 2026'],
    ['Hoàn thành việc số hóa hồ sơ địa chính trước năm 2026.', '2025-12-31', 'trước năm 2026'],
    ['UBND các huyện ban hành quy hoạch chậm nhất trong năm 2025.', '2025-12-31', 'chậm nhất trong năm 2025'],
    ['Các trường xây dựng kế hoạch và triển khai đến hết năm 2024.', '2024-12-31', 'đến hết năm 2024'],
    ['Tổ chức tổng kết việc thực hiện Kế hoạch vào cuối năm 2025.', '2025-12-31', 'vào cuối năm 2025'],
  ])('%s', (text, date, span) => {
    expect(read(text)).toEqual([{ date, kind: 'year', span }]);
  });

  it('"sơ kết giữa kỳ vào năm 2008 và tổng kết vào năm 2010": two duties', () => {
    expect(read('Tổ chức sơ kết giữa kỳ vào năm 2008 và tổng kết vào năm 2010 việc thực hiện Kế hoạch.', '2007-03-05').map((d) => d.date)).toEqual(['2008-12-31', '2010-12-31']);
  });
});

describe('a year that is no due date', () => {
  it.each([
    ['Phấn đấu đến năm 2025, 100% xã đạt chuẩn nông thôn mới.'],
    ['Đến năm 2030, tỷ lệ hộ nghèo giảm còn dưới 1%.'],
    ['Trong năm 2025, phấn đấu 95% hồ sơ được giải quyết đúng hạn.'],
    ['Triển khai Đề án trong năm 2025, tỷ lệ dân số có thẻ bảo hiểm y tế đạt 95%.'],
    ['Kế hoạch tổ chức các hoạt động hè năm 2024.'],
    ['Trong năm 2023, huyện đã tổ chức 12 lớp tập huấn.'],
    ['Báo cáo sơ kết 6 tháng cuối năm 2024 của Sở.'],
    ['Tổ chức rà soát hộ nghèo trong năm 2024, hoàn thành trong tháng 11/2024.'],
    ['Thực hiện Chương trình giai đoạn trong năm 2024 - 2025.'],
    ['Các hộ đã xây dựng nhà ở trước năm 1990 được cấp giấy chứng nhận.'],
  ])('%s', (text) => {
    expect(read(text).filter((d) => d.kind === 'year')).toEqual([]);
  });
});

describe('deadline/bang-thoi-gian: a year in a timetable', () => {
  it('"| Năm 2026 |" under "Thời gian hoàn thành" → 2026-12-31', () => {
    const text = ['| TT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |', '| 1 | Xây dựng cơ sở dữ liệu dùng chung | Sở Nội vụ | Năm 2026 |', '| 2 | Ban hành quy chế | Văn phòng | Quý III/2025 |'].join('\n');
    expect(read(text, '2025-04-05')).toEqual([
      { date: '2026-12-31', kind: 'year', span: 'Năm 2026' },
      { date: '2025-09-30', kind: 'quarter', span: 'Quý III/2025' },
    ]);
  });
});

// "trình" is a duty only before whom it goes to: the patterns use 'i', under which a capital test
// would take "bày" and "độ" too.
describe('"trình" as a duty verb', () => {
  it('"trình UBND tỉnh phê duyệt … trong năm 2025" is a duty', () => {
    expect(read('Sở Tài chính trình UBND tỉnh phê duyệt dự toán trong năm 2025.').map((d) => d.date)).toEqual(['2025-12-31']);
  });
  it.each([
    ['Các đồng chí lãnh đạo trình bày tham luận tại hội nghị trong năm 2025.'],
    ['Giáo viên trình độ chuẩn được bồi dưỡng trong năm 2025.'],
  ])('%s: no duty', (text) => {
    expect(read(text)).toEqual([]);
  });
});
