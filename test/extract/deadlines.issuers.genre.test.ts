import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';

// Deadlines in letters, notices and plans of hospitals, unions, Party cells and general departments
// (2016-2025), rewritten.
const deadlines = (text: string) => analyzeText(text).deadlines.map((d) => ({ date: d.date, rrule: d.rrule }));

describe('a unit named after a noun is no noun phrase the period describes', () => {
  it('"gửi báo cáo hoạt động về Phòng Kế hoạch tổng hợp trước ngày 28 hằng tháng" is a monthly duty', () => {
    const text = '4. Các khoa, phòng gửi báo cáo hoạt động về Phòng Kế hoạch tổng hợp trước ngày 28 hằng tháng để tổng hợp giao ban.';
    expect(deadlines(text)).toEqual([{ date: null, rrule: 'FREQ=MONTHLY;BYMONTHDAY=28' }]);
  });

  it('"báo cáo Ban Công tác Mặt trận định kỳ hằng quý" is a quarterly duty', () => {
    expect(deadlines('Các thôn báo cáo Ban Công tác Mặt trận định kỳ hằng quý.')).toEqual([{ date: null, rrule: 'FREQ=MONTHLY;INTERVAL=3' }]);
  });

  it('a plan\'s own yearly programme stays a noun phrase: "tổ chức các hoạt động thi đua hằng năm"', () => {
    expect(deadlines('Phòng tổ chức các hoạt động thi đua hằng năm.')).toEqual([]);
  });
});

describe('a week or a half of a month', () => {
  it('"tổ chức tập huấn ... trong tuần đầu của tháng 4/2016" is due at the first week\'s end', () => {
    const text = 'Hà Nội, ngày 18 tháng 3 năm 2016\n1. Cục Thuế các tỉnh, thành phố tổ chức tập huấn cho cán bộ thuế và tổ chức trả thu nhập trong tuần đầu của tháng 4/2016.';
    expect(deadlines(text)).toEqual([{ date: '2016-04-07', rrule: null }]);
  });

  it('"tuần thứ hai tháng 5", "nửa đầu tháng 6", "tuần cuối của tháng 10" (year from the document)', () => {
    const text = 'Bến Tre, ngày 20 tháng 02 năm 2019\n2. Tổ chức hội thi trong tuần thứ hai tháng 5/2019; sơ kết trong nửa đầu tháng 6/2019; tổng kết, báo cáo trong tuần cuối của tháng 10.';
    expect(deadlines(text)).toEqual([
      { date: '2019-05-14', rrule: null },
      { date: '2019-06-15', rrule: null },
      { date: '2019-10-31', rrule: null },
    ]);
  });
});

describe('the start, the middle or a third of a month', () => {
  it('"vào đầu tháng 12/2024" (the 10th), "trung tuần tháng 7" (the 20th), "trước giữa tháng 8" (the 20th)', () => {
    const text = 'Hà Nội, ngày 10 tháng 3 năm 2024\nCác xã hoàn thành việc rà soát vào đầu tháng 12/2024; tổ chức hội nghị sơ kết trong trung tuần tháng 7/2024; hoàn thành trước giữa tháng 8.';
    expect(deadlines(text)).toEqual([
      { date: '2024-12-10', rrule: null },
      { date: '2024-07-20', rrule: null },
      { date: '2024-08-20', rrule: null },
    ]);
  });

  it('a fronted "Đầu tháng 5/2024, Sở đã tổ chức …" is what was done', () => {
    expect(deadlines('Hà Nội, ngày 10 tháng 3 năm 2024\nĐầu tháng 5/2024, Sở đã tổ chức hội nghị.')).toEqual([]);
  });
});

describe('a report due in the next quarter\'s first month', () => {
  it('"báo cáo trước ngày 10 của tháng đầu quý sau" is quarterly, first due in April for a March letter', () => {
    expect(deadlines('Hà Nội, ngày 10 tháng 3 năm 2024\nCác đơn vị báo cáo trước ngày 10 của tháng đầu quý sau.')).toEqual([
      { date: '2024-04-10', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10' },
    ]);
  });

  it('"Hằng quý, gửi Sở Tài chính trước ngày 10 của tháng đầu quý tiếp theo" is one quarterly duty', () => {
    expect(deadlines('Hà Nội, ngày 20 tháng 4 năm 2024\nHằng quý, các đơn vị gửi Sở Tài chính trước ngày 10 của tháng đầu quý tiếp theo.')).toEqual([
      { date: '2024-07-10', rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10' },
    ]);
  });
});
