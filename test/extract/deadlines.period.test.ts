import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';

const read = (text: string, refDate: string | null = '2023-07-06') =>
  extractDeadlines(text, { refDate, exclude: [] }).map((d) => ({ date: d.date, kind: d.kind, span: text.slice(d.span.start, d.span.end), yearInferred: d.yearInferred }));

describe('deadline/trong-thang: the end of the month', () => {
  it.each([
    ['Các đơn vị hoàn thành trong tháng 12/2023.', '2023-12-31', 'trong tháng 12/2023', false],
    ['ban hành Danh mục hồ sơ năm 2024 trong tháng 01/2024.', '2024-01-31', 'trong tháng 01/2024', false],
    ['Tổ chức Hội thi trong tháng 11 năm 2023.', '2023-11-30', 'trong tháng 11 năm 2023', false],
    // "trước tháng 6/2024": the last day before June (the scorer compares by prefix).
    ['Tổ chức chiến dịch vệ sinh môi trường trước tháng 6/2024.', '2024-05-31', 'trước tháng 6/2024', false],
    ['Các xã hoàn thành việc rà soát trong tháng 10.', '2023-10-31', 'trong tháng 10', true],
    ['Hoàn thành việc kiểm tra trong tháng 02/2024.', '2024-02-29', 'trong tháng 02/2024', false],
  ])('%s', (text, date, span, yearInferred) => {
    expect(read(text)).toEqual([{ date, kind: 'month', span, yearInferred }]);
  });
});

describe('deadline/trong-quy: the end of the quarter', () => {
  it.each([
    ['rà soát, cập nhật phương án, hoàn thành trong quý III/2024.', '2024-09-30', 'trong quý III/2024', false],
    ['Hoàn thành việc kiểm tra trong quý III năm 2024.', '2024-09-30', 'trong quý III năm 2024', false],
    ['Hoàn thành việc kiểm tra trong quý IV/2023', '2023-12-31', 'trong quý IV/2023', false],
    ['Các đơn vị hoàn thành trước quý IV/2024.', '2024-09-30', 'trước quý IV/2024', false],
    ['Các đơn vị hoàn thành trong quý 2/2024.', '2024-06-30', 'trong quý 2/2024', false],
    ['Các đơn vị hoàn thành việc đăng ký trong quý I.', '2024-03-31', 'trong quý I', true],
  ])('%s', (text, date, span, yearInferred) => {
    expect(read(text)).toEqual([{ date, kind: 'quarter', span, yearInferred }]);
  });
});

describe('deadline/tu-ngay-den-ngay: a duty over a range is due at its end', () => {
  it.each([
    ['Sinh viên nộp học phí từ ngày 14/9/2023 đến hết ngày 30/9/2023 qua tài khoản.', '2023-09-30', 'từ ngày 14/9/2023 đến hết ngày 30/9/2023', false],
    ['Các đơn vị đăng ký trong thời gian từ ngày 01/10/2023 đến ngày 15/10/2023.', '2023-10-15', 'trong thời gian từ ngày 01/10/2023 đến ngày 15/10/2023', false],
    ['Các trường nộp hồ sơ từ ngày 01/10 đến ngày 15/10/2023.', '2023-10-15', 'từ ngày 01/10 đến ngày 15/10/2023', false],
    ['Các trường nộp hồ sơ từ ngày 01/10 đến ngày 15/10.', '2023-10-15', 'từ ngày 01/10 đến ngày 15/10', true],
  ])('%s', (text, date, span, yearInferred) => {
    expect(read(text).map(({ date: d, span: s, yearInferred: y }) => ({ d, s, y }))).toEqual([{ d: date, s: span, y: yearInferred }]);
  });

  it('an event range with no duty is not a deadline', () => {
    expect(read('Hội thi diễn ra từ ngày 01/10/2023 đến ngày 15/10/2023 tại Nhà văn hóa.')).toEqual([]);
  });
});
