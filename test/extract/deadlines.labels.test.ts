import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';

// Deadlines as plans write them in their activity lists and tables, and the lists of by-dates of
// a recurring duty. Reference date: a plan of 15 March 2024.
const read = (text: string, refDate: string | null = '2024-03-15') =>
  extractDeadlines(text, { refDate, exclude: [] }).map((d) => ({ date: d.date, rrule: d.rrule, span: text.slice(d.span.start, d.span.end) }));

describe('a "Thời gian ...:" label dates the activity it closes', () => {
  it.each([
    ['- Thời gian thực hiện: tháng 5/2024.', '2024-05-31', 'Thời gian thực hiện: tháng 5/2024'],
    ['Thời gian hoàn thành: Quý III/2024.', '2024-09-30', 'Thời gian hoàn thành: Quý III/2024'],
    ['+ Thời gian: trong tháng 6 năm 2024.', '2024-06-30', 'Thời gian: trong tháng 6 năm 2024'],
    ['Thời gian tổ chức: Dự kiến trong tháng 8/2024.', '2024-08-31', 'Thời gian tổ chức: Dự kiến trong tháng 8/2024'],
    ['Thời hạn: quý IV năm 2024.', '2024-12-31', 'Thời hạn: quý IV năm 2024'],
    ['Hạn nộp báo cáo: ngày 05/10/2024.', '2024-10-05', 'Hạn nộp báo cáo: ngày 05/10/2024'],
    ['Thời gian hoàn thành: trước ngày 30/6/2024.', '2024-06-30', 'trước ngày 30/6/2024'],
  ])('%s', (text, date, span) => {
    expect(read(text)).toEqual([{ date, rrule: null, span }]);
  });
});

describe('half a year, "vào" a quarter', () => {
  it.each([
    ['Các xã hoàn thành việc cấp đổi trong 6 tháng đầu năm 2024.', '2024-06-30', 'trong 6 tháng đầu năm 2024'],
    ['Hoàn thành việc số hóa hồ sơ trong 6 tháng cuối năm.', '2024-12-31', 'trong 6 tháng cuối năm'],
    ['Tổ chức tổng kết, đánh giá vào quý IV/2025.', '2025-12-31', 'vào quý IV/2025'],
    ['Sở Nội vụ tổ chức kiểm tra vào tháng 9/2024.', '2024-09-30', 'vào tháng 9/2024'],
  ])('%s', (text, date, span) => {
    expect(read(text)).toEqual([{ date, rrule: null, span }]);
  });

  it('a report named for its half year is not a due date', () => {
    expect(read('Báo cáo sơ kết 6 tháng đầu năm 2024 của Sở đã nêu rõ các tồn tại.')).toEqual([]);
  });
});

describe('several by-dates of one recurring duty', () => {
  it.each([
    ['Gửi báo cáo về Sở Y tế trước 30/6 và 15/12 hằng năm.', [
      ['2024-06-30', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30'],
      ['2024-12-15', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15'],
    ]],
    ['Các đơn vị gửi báo cáo trước ngày 15/6, 15/12 hằng năm về Sở.', [
      ['2024-06-15', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15'],
      ['2024-12-15', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15'],
    ]],
    ['Hằng năm, các huyện gửi báo cáo trước ngày 15/6 và ngày 15/12 về Ban Dân tộc.', [
      ['2024-06-15', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15'],
      ['2024-12-15', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15'],
    ]],
  ])('%s', (text, want) => {
    expect(read(text).map((d) => [d.date, d.rrule])).toEqual(want);
  });

  it('"trước ngày 20 tháng cuối quý" is a quarterly duty on the 20th', () => {
    expect(read('Các huyện báo cáo kết quả về UBND tỉnh trước ngày 20 tháng cuối quý.')).toEqual([
      { date: '2024-03-20', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20', span: 'trước ngày 20 tháng cuối quý' },
    ]);
    expect(read('Định kỳ hằng quý, các chi bộ gửi báo cáo về Đảng ủy chậm nhất ngày 25 của tháng cuối quý.', '2024-04-02').map((d) => [d.date, d.rrule])).toEqual([
      ['2024-06-25', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=25'],
    ]);
  });
});

describe('not deadlines: done before the document, targets of a year', () => {
  it.each([
    ['Ngày 15/01/2024, UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND; các huyện đã tổ chức triển khai trước ngày 30/01/2024.'],
    ['Phấn đấu hằng năm có từ 80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.'],
    ['Hằng năm có trên 90% đảng viên hoàn thành tốt nhiệm vụ.'],
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('deadline/bang-thoi-gian: the time column of an activity table', () => {
  const table = [
    'TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian thực hiện',
    '1\tXây dựng kế hoạch kiểm tra nội bộ năm học\tTổ chuyên môn\tTháng 9/2023',
    '2\tTổ chức Hội thi giáo viên dạy giỏi cấp trường\tBan giám hiệu\tQuý II/2024',
    '3\tSơ kết học kỳ I, báo cáo Phòng GD&ĐT\tHiệu trưởng\t15/01/2024',
    '4\tBồi dưỡng thường xuyên\tGiáo viên\tThường xuyên',
    '| 5 | Kiểm tra hồ sơ chuyên môn | Phó Hiệu trưởng | Tháng 11 |',
  ].join('\n');

  it('reads each row whose time cell is only a time', () => {
    expect(read(table, '2023-08-20')).toEqual([
      { date: '2023-09-30', rrule: null, span: 'Tháng 9/2023' },
      { date: '2024-06-30', rrule: null, span: 'Quý II/2024' },
      { date: '2024-01-15', rrule: null, span: '15/01/2024' },
      { date: '2023-11-30', rrule: null, span: 'Tháng 11' },
    ]);
  });

  it('a table with no time column is not read', () => {
    expect(read('TT\tTên văn bản\tNgày ban hành\n1\tKế hoạch số 12/KH-UBND\t15/01/2024', '2023-08-20')).toEqual([]);
  });
});

describe('what was done is not due', () => {
  it.each([
    ['Vào tháng 3/2024, Sở đã tổ chức hội nghị sơ kết.'],
    ['Trước ngày 15/3/2024, UBND tỉnh đã ban hành Kế hoạch triển khai.'],
    ['Theo báo cáo, trong 6 tháng đầu năm 2024, toàn tỉnh đã xảy ra 45 vụ cháy.'],
  ])('%s', (text) => {
    expect(read(text, '2024-03-01')).toEqual([]);
  });

  it('a reminder in brackets does not undo the duty', () => {
    expect(read('Đề nghị các đơn vị gửi báo cáo trước ngày 20/3/2024 (đơn vị nào đã gửi thì không phải gửi lại).', '2024-03-01')).toEqual([
      { date: '2024-03-20', rrule: null, span: 'trước ngày 20/3/2024' },
    ]);
  });
});
