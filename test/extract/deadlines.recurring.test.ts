import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';

const read = (text: string, refDate: string | null = '2023-07-06') =>
  extractDeadlines(text, { refDate, exclude: [] }).map((d) => ({ rrule: d.rrule, date: d.date, span: text.slice(d.span.start, d.span.end) }));

describe('recurring duties → RRULE', () => {
  it.each([
    ['Hằng năm, các đơn vị tổ chức khen thưởng tập thể, cá nhân điển hình.', [['FREQ=YEARLY', null, 'Hằng năm']]],
    ['Các trường báo cáo kết quả hàng năm về Sở.', [['FREQ=YEARLY', null, 'hàng năm']]],
    ['Các đơn vị gửi báo cáo hằng quý về Phòng.', [['FREQ=MONTHLY;INTERVAL=3', null, 'hằng quý']]],
    ['Các đơn vị gửi báo cáo hàng quý về Phòng.', [['FREQ=MONTHLY;INTERVAL=3', null, 'hàng quý']]],
    ['tổng hợp số liệu, báo cáo Sở Y tế hằng tháng, trước ngày 20.', [['FREQ=MONTHLY;BYMONTHDAY=20', '2023-07-20', 'hằng tháng, trước ngày 20']]],
    ['Các đơn vị báo cáo định kỳ 6 tháng về Sở.', [['FREQ=MONTHLY;INTERVAL=6', null, 'định kỳ 6 tháng']]],
    ['Các đơn vị báo cáo định kì 6 tháng về Sở.', [['FREQ=MONTHLY;INTERVAL=6', null, 'định kì 6 tháng']]],
    ['Định kì 6 tháng, 1 năm báo cáo kết quả thực hiện gửi về Sở Giáo dục và Đào tạo.', [
      ['FREQ=MONTHLY;INTERVAL=6', null, 'Định kì 6 tháng, 1 năm'],
      ['FREQ=YEARLY', null, 'Định kì 6 tháng, 1 năm'],
    ]],
    ['Các đơn vị gửi báo cáo định kỳ 6 tháng và năm về Sở.', [
      ['FREQ=MONTHLY;INTERVAL=6', null, 'định kỳ 6 tháng và năm'],
      ['FREQ=YEARLY', null, 'định kỳ 6 tháng và năm'],
    ]],
    ['b) Tổ chức đăng kí (hoàn thành trong quý I hằng năm) và đề nghị công nhận.', [['FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31', '2024-03-31', 'trong quý I hằng năm']]],
    ['Tổng hợp tình hình, báo cáo Thủ tướng Chính phủ trước ngày 15/12 hằng năm.', [['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', '2023-12-15', 'trước ngày 15/12 hằng năm']]],
    ['Báo cáo kết quả thực hiện định kỳ hằng năm, chậm nhất vào ngày 30/11.', [['FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30', '2023-11-30', 'định kỳ hằng năm, chậm nhất vào ngày 30/11']]],
    ['định kỳ hằng năm tổng hợp tình hình, báo cáo UBND tỉnh trước ngày 15 tháng 12.', [['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', '2023-12-15', 'định kỳ hằng năm tổng hợp tình hình, báo cáo UBND tỉnh trước ngày 15 tháng 12']]],
    ['Các xã tổng kết trong tháng 12 hằng năm.', [['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=-1', '2023-12-31', 'trong tháng 12 hằng năm']]],
    ['Các đơn vị gửi báo cáo tuần về Văn phòng.', [['FREQ=WEEKLY', null, 'báo cáo tuần']]],
    ['Các xã báo cáo tình hình dịch hằng tuần về Phòng Y tế.', [['FREQ=WEEKLY', null, 'hằng tuần']]],
    ['Các khoa cập nhật số liệu hằng ngày.', [['FREQ=DAILY', null, 'hằng ngày']]],
    ['báo cáo định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12).', [
      ['FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15', '2024-06-15', 'định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)'],
      ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', '2023-12-15', 'định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)'],
    ]],
    ['Các đơn vị báo cáo định kỳ 3 tháng một lần.', [['FREQ=MONTHLY;INTERVAL=3', null, 'định kỳ 3 tháng']]],
  ])('%s', (text, want) => {
    expect(read(text).map((d) => [d.rrule, d.date, d.span])).toEqual(want);
  });

  it('"hoàn thành trong quý I hằng năm, riêng năm 2022 hoàn thành trước ngày 15/6/2022": a yearly duty and a one-off', () => {
    const text = 'b) Tổ chức đăng kí đầu năm (hoàn thành trong quý I hằng năm, riêng năm 2022 hoàn thành trước ngày 15/6/2022).';
    expect(read(text, '2022-04-29').map((d) => [d.rrule, d.date, d.span])).toEqual([
      ['FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31', '2023-03-31', 'trong quý I hằng năm'],
      [null, '2022-06-15', 'trước ngày 15/6/2022'],
    ]);
  });
});

describe('genres 2009-2024: cycles written as "N tháng một lần", a by-date after "của"', () => {
  it.each([
    ['Ban Tuyên giáo Tỉnh ủy tổng hợp tình hình báo cáo Ban Thường vụ Tỉnh ủy 6 tháng một lần.', [['FREQ=MONTHLY;INTERVAL=6', null, '6 tháng một lần']]],
    ['Các chi bộ báo cáo kết quả về Đảng ủy mỗi quý một lần.', [['FREQ=MONTHLY;INTERVAL=3', null, 'mỗi quý một lần']]],
    ['Giáo viên chủ nhiệm lớp 12 báo cáo tình hình học tập của học sinh về Ban Giám hiệu trước ngày 05 hằng tháng.', [['FREQ=MONTHLY;BYMONTHDAY=5', '2023-08-05', 'trước ngày 05 hằng tháng']]],
  ])('%s', (text, want) => {
    expect(read(text).map((d) => [d.rrule, d.date, d.span])).toEqual(want);
  });

  it('a cycle no duty governs is none: "mỗi quý một lần" of a meeting, "5 năm một lần" of a congress', () => {
    expect(read('Hội đồng là cơ quan tư vấn, họp mỗi quý một lần.')).toEqual([]);
    expect(read('Đại hội đại biểu 5 năm một lần.')).toEqual([]);
  });
});

describe('a standing rule\'s reports: "báo cáo 6 tháng", "báo cáo năm", one cycle named twice', () => {
  it('"báo cáo 6 tháng gửi trước ngày 15/6; báo cáo năm gửi trước ngày 15/11" are cycles with their by-dates', () => {
    expect(read('Báo cáo 6 tháng gửi trước ngày 15/6; báo cáo năm gửi trước ngày 15/11.', '2018-03-08').map((d) => d.rrule)).toEqual([
      'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=15', 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15',
    ]);
  });

  it('"báo cáo tháng … trước ngày 20 hằng tháng" is one monthly duty; "báo cáo năm học", "báo cáo năm 2017" are no cycle', () => {
    expect(read('Các chi bộ báo cáo tháng gửi về Văn phòng Huyện ủy trước ngày 20 hằng tháng.', '2018-03-08').map((d) => d.rrule)).toEqual(['FREQ=MONTHLY;BYMONTHDAY=20']);
    expect(read('Báo cáo năm học gửi trước 30/5/2018; gửi báo cáo năm 2017 trước ngày 30/3/2018.', '2018-03-08').map((d) => [d.rrule, d.date])).toEqual([[null, '2018-05-30'], [null, '2018-03-30']]);
  });

  it('two by-dates of one yearly cycle stay two duties', () => {
    expect(read('Tổng hợp, báo cáo UBND tỉnh trước 30/6 và 15/12 hằng năm.', '2018-03-08').map((d) => d.rrule)).toEqual(['FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15']);
  });
});

// "… trước ngày 05 của tháng tiếp theo": a month's report falls due early in the next month, every month.
describe('a day of the next month under a duty is a monthly deadline', () => {
  const read = (text: string) => extractDeadlines(text, { refDate: '2024-01-10', exclude: [] }).map((d) => ({ date: d.date, rrule: d.rrule, action: d.action }));
  it.each([
    ['Các phòng, ban báo cáo kết quả thực hiện về UBND huyện trước ngày 05 của tháng tiếp theo.', '2024-02-05', 'FREQ=MONTHLY;BYMONTHDAY=5'],
    ['Các xã gửi báo cáo về Phòng Nội vụ chậm nhất ngày 10 tháng sau.', '2024-02-10', 'FREQ=MONTHLY;BYMONTHDAY=10'],
  ])('%s', (text, date, rrule) => {
    expect(read(text).map((d) => [d.date, d.rrule])).toEqual([[date, rrule]]);
  });
  it('"Định kỳ hằng tháng, … báo cáo … trước ngày 05 của tháng sau" is one monthly duty that keeps its action', () => {
    expect(read('Định kỳ hằng tháng, BHXH tỉnh báo cáo kết quả thực hiện về BHXH Việt Nam trước ngày 05 của tháng sau.'))
      .toEqual([{ date: '2024-02-05', rrule: 'FREQ=MONTHLY;BYMONTHDAY=5', action: 'báo cáo kết quả thực hiện' }]);
  });
  it('without a duty verb it is not', () => {
    expect(read('Hội nghị dự kiến tổ chức vào ngày 05 của tháng sau.')).toEqual([]);
  });
});
