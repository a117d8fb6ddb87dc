import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';

const read = (text: string, refDate: string | null = '2023-07-06', exclude: { start: number; end: number }[] = []) =>
  extractDeadlines(text, { refDate, exclude }).map((d) => text.slice(d.span.start, d.span.end));

describe('not deadlines', () => {
  it.each([
    ['b) Xây dựng đơn vị đạt tiêu chuẩn là nhiệm vụ quan trọng trong chương trình công tác hằng năm; kết quả là căn cứ xét khen thưởng.'],
    ['Công văn số 4152/UBND-NC, ngày 13/7/2020 của UBND huyện về việc tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc hàng năm trên địa bàn huyện.'],
    ['Đề nghị các cơ sở giáo dục theo định kỳ tổ chức sơ kết, tổng kết.'],
    ['Tổ chức kỷ niệm 18 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8/2005-19/8/2023).'],
    ['kỷ niệm 90 năm Ngày truyền thống của Dân quân tự vệ (28/3/1935-28/3/2025).'],
    ['Đảng Cộng sản Việt Nam ra đời ngày 03/02/1930.'],
    ['Nghị định này có hiệu lực từ ngày 05/3/2020.'],
    ['Quyết định này có hiệu lực thi hành kể từ ngày 22 tháng 10 năm 2018.'],
    ['Chỉ thị này có hiệu lực kể từ ngày ký ban hành.'],
    ['Triển khai nhiệm vụ năm học 2023-2024 và giai đoạn 2021-2025, định hướng đến năm 2030.'],
    ['Điện thoại: 024.37666.179; thư điện tử: vanthu@archives.gov.vn.'],
    ['Thủ Thừa, ngày 15 tháng 02 năm 2021'],
    ['Hội nghị tổ chức vào ngày 20/10/2023 tại hội trường Sở.'],
    ['Các văn bản ban hành trước ngày 01/7/2016 vẫn còn hiệu lực.'],
    ['Nghị quyết này quy định mức hỗ trợ hằng tháng từ ngân sách tỉnh.'],
    ['Hằng năm, thiên tai làm hàng trăm người chết.'],
    ['báo cáo tháng 12/2023 của Sở đã nêu rõ.'],
    ['Trong tháng 12/2023, nhiều hoạt động diễn ra sôi nổi.'],
    ['Các trường hợp tuyển dụng trước ngày 01/7/2020 được giữ nguyên.'],
    ['các trường trực thuộc trước 15 giờ thứ Sáu'],
    ['Các đơn vị tiếp nhận trong 30 ngày kể từ ngày nhận hồ sơ.'],
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('a date inside ctx.exclude (a cited document) is not read', () => {
    const text = 'Thực hiện Công văn số 12/SGDĐT về việc gửi báo cáo trước ngày 05/12/2023.';
    const at = text.indexOf('05/12/2023');
    expect(read(text, null, [{ start: at, end: at + 10 }])).toEqual([]);
    expect(read(text, null)).toEqual(['trước ngày 05/12/2023']);
  });

  it('a due date years before the reference date is history', () => {
    expect(read('Các đơn vị hoàn thành trước ngày 31/12/2015.', '2023-07-06')).toEqual([]);
    expect(read('Các đơn vị hoàn thành trước ngày 31/12/2015.', null)).toEqual(['trước ngày 31/12/2015']);
  });
});
