import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';

const read = (text: string, refDate: string | null = '2023-07-06') =>
  extractDeadlines(text, { refDate, exclude: [] }).map((d) => ({ date: d.date, kind: d.kind, rule: d.rule, span: text.slice(d.span.start, d.span.end), yearInferred: d.yearInferred }));

describe('deadline/truoc-ngay: a cue and a full date', () => {
  it.each([
    ['Các đơn vị gửi báo cáo về Sở trước ngày 05/12/2023 để tổng hợp.', '2023-12-05', 'trước ngày 05/12/2023'],
    ['Các trường nộp hồ sơ chậm nhất ngày 20/10/2022.', '2022-10-20', 'chậm nhất ngày 20/10/2022'],
    ['Báo cáo gửi về Phòng chậm nhất là ngày 15/11/2023.', '2023-11-15', 'chậm nhất là ngày 15/11/2023'],
    ['Thủ trưởng đơn vị gửi hồ sơ chậm nhất vào ngày 30/11/2023.', '2023-11-30', 'chậm nhất vào ngày 30/11/2023'],
    ['Hạn chót nộp hồ sơ là ngày 25/10/2023.', '2023-10-25', 'Hạn chót nộp hồ sơ là ngày 25/10/2023'],
    ['Hạn chót ngày 25/10/2012, trưởng các ấp nộp biên bản.', '2012-10-25', 'Hạn chót ngày 25/10/2012'],
    ['Các đơn vị đăng ký trước ngày 15 tháng 6 năm 2022.', '2022-06-15', 'trước ngày 15 tháng 6 năm 2022'],
    ['Các xã hoàn thành trước 30/6/2024.', '2024-06-30', 'trước 30/6/2024'],
    ['Đề nghị gửi báo cáo không muộn hơn ngày 10/01/2024.', '2024-01-10', 'không muộn hơn ngày 10/01/2024'],
    ['gửi kế hoạch về Phòng trước ngày 25/02/2021 và báo cáo đột xuất.', '2021-02-25', 'trước ngày 25/02/2021'],
    ['Thời hạn hoàn thành: ngày 31/12/2023.', '2023-12-31', 'Thời hạn hoàn thành: ngày 31/12/2023'],
    ['Các đơn vị nộp báo cáo trong ngày 20/10/2023.', '2023-10-20', 'trong ngày 20/10/2023'],
    ['Các trường nộp hồ sơ đến hết ngày 30/9/2023.', '2023-09-30', 'đến hết ngày 30/9/2023'],
    ['gửi về Sở trước ngày 15/11/2025.\n3. Đề nghị các đơn vị thực hiện.', '2025-11-15', 'trước ngày 15/11/2025'],
  ])('%s', (text, date, span) => {
    expect(read(text, null)).toEqual([{ date, kind: 'absolute', rule: 'deadline/truoc-ngay', span, yearInferred: false }]);
  });
});

describe('deadline/truoc-ngay-partial: a day and month, the year from refDate', () => {
  it.each([
    ['báo cáo kết quả thực hiện trước ngày 01/10 để tổng hợp.', '2023-07-06', '2023-10-01', 'trước ngày 01/10'],
    ['Báo cáo thống kê gửi về Bộ Nội vụ trước ngày 15/01 để tổng hợp.', '2021-12-15', '2022-01-15', 'trước ngày 15/01'],
    ['tổng hợp, báo cáo Uỷ ban nhân dân tỉnh trước ngày 15 tháng 12.', '2018-10-10', '2018-12-15', 'trước ngày 15 tháng 12'],
    ['Các đơn vị gửi báo cáo trước ngày 06/7.', '2023-07-06', '2023-07-06', 'trước ngày 06/7'],
    ['Các đơn vị gửi báo cáo trước ngày 01/10.', '2023', '2023-10-01', 'trước ngày 01/10'],
  ])('%s (ref %s)', (text, ref, date, span) => {
    expect(read(text, ref)).toEqual([{ date, kind: 'partial', rule: 'deadline/truoc-ngay-partial', span, yearInferred: true }]);
  });

  it('no refDate: a partial date gives no item', () => {
    expect(read('báo cáo kết quả trước ngày 01/10.', null)).toEqual([]);
  });
  it('31/02 is no date', () => {
    expect(read('báo cáo kết quả trước ngày 31/02.')).toEqual([]);
  });
});

describe('deadline/truoc-ngay with a time of day before the date', () => {
  const dates = (text: string): (string | null)[] => extractDeadlines(text, { refDate: '2020-01-01', exclude: [] }).map((d) => d.date);
  it.each([
    ['Hạn chót nộp hồ sơ: 17 giờ 00 ngày 25/9/2020.', '2020-09-25'],
    ['Các đơn vị gửi báo cáo về Sở trước 17 giờ ngày 15/12/2023.', '2023-12-15'],
    ['Các đơn vị nộp hồ sơ chậm nhất 16h00 ngày 20/10/2022.', '2022-10-20'],
    ['Báo cáo gửi trước 10 giờ 30 phút, ngày 05/01/2024.', '2024-01-05'],
  ])('%s → %s', (text, date) => {
    expect(dates(text)).toEqual([date]);
  });
  it('an event at a time is no deadline', () => {
    expect(dates('Hội nghị bắt đầu lúc 8 giờ ngày 05/01/2024 tại hội trường.')).toEqual([]);
  });
});

describe('"trước" as OCR misreads it', () => {
  it('"gửi về Sở trưóc ngày 20/6/2015" and "truớc ngày" are due dates; "trúc" is no cue', () => {
    const got = (t: string) => extractDeadlines(t, { refDate: '2015-06-08', exclude: [] }).map((d) => d.date);
    expect(got('Các đơn vị xây dựng phương án, gửi về Sở (qua Chi cục Thủy lợi) trưóc ngày 20/6/2015.')).toEqual(['2015-06-20']);
    expect(got('Các đơn vị nộp báo cáo truớc ngày 30/6/2015.')).toEqual(['2015-06-30']);
    expect(got('Công trình kiến trúc ngày 20/6/2015 được khánh thành.')).toEqual([]);
  });
});
