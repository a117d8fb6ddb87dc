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
