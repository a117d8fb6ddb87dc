import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';

// Deadlines in real preambles and letters (provinces, districts; 2016-2024), rewritten.
const deadlines = (text: string) => analyzeText(text).deadlines.map((d) => ({ date: d.date, rrule: d.rrule }));

describe('a period in a cited document\'s subject is no duty of this one', () => {
  it('"… của Thủ tướng Chính phủ quy định quy trình rà soát … hằng năm" and "… hướng dẫn … định kỳ 6 tháng"', () => {
    const text = [
      'Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ quy định quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm;',
      'Căn cứ Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021 của Bộ Lao động - Thương binh và Xã hội hướng dẫn việc báo cáo định kỳ 6 tháng;',
      'UBND huyện yêu cầu các xã báo cáo kết quả định kỳ hằng quý.',
    ].join('\n');
    expect(deadlines(text)).toEqual([{ date: null, rrule: 'FREQ=MONTHLY;INTERVAL=3' }]);
  });

  it('once the citing clause has started, its period is a duty: "…, Sở đề nghị các đơn vị báo cáo định kỳ hằng tháng"', () => {
    const text = 'Thực hiện Công văn số 88/BYT-DP ngày 02/3/2024 của Bộ Y tế hướng dẫn giám sát bệnh sốt xuất huyết, Sở Y tế đề nghị các đơn vị báo cáo định kỳ hằng tháng.';
    expect(deadlines(text)).toEqual([{ date: null, rrule: 'FREQ=MONTHLY' }]);
  });
});

describe('"sinh" before a cue: born, or a noun', () => {
  it('"phê duyệt kết quả tuyển sinh trước ngày 30/6/2023" and "danh sách học sinh trước ngày …" are due; "sinh trước ngày" is a birth date', () => {
    expect(deadlines('3. Sở Giáo dục và Đào tạo trình Ủy ban nhân dân tỉnh phê duyệt kết quả tuyển sinh trước ngày 30/6/2023.')).toEqual([{ date: '2023-06-30', rrule: null }]);
    expect(deadlines('Các trường gửi danh sách học sinh trước ngày 10/5/2023.')).toEqual([{ date: '2023-05-10', rrule: null }]);
    expect(deadlines('Trẻ em sinh trước ngày 01/01/2020 được cấp thẻ bảo hiểm y tế.')).toEqual([]);
  });
});
