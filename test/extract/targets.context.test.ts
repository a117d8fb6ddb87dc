import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets/index.js';

// Targets read against what surrounds them: the year a sentence reports on, a budget line, a
// range, a bound closing a long noun phrase. The document is of 2024 unless a row says otherwise.
const read = (text: string, refYear: number | null = 2024) =>
  extractTargets(text, { exclude: [], refYear }).map((t) => [t.value, t.comparator, text.slice(t.span.start, t.span.end)]);

describe('the situation a plan starts from is not a target', () => {
  it.each([
    ['Năm 2023, toàn tỉnh có 95% xã đạt chuẩn quốc gia về y tế.'],
    ['Kết quả năm 2023: tỷ lệ tiêm chủng đầy đủ đạt 96,5%, vượt 1,5% so với kế hoạch.'],
    ['Tỉnh hiện có 145/151 xã thuộc vùng dân tộc thiểu số. Năm 2020, tỷ lệ hộ nghèo toàn huyện là 35,2%.'],
    ['Năm 2022, tỷ lệ này là 22%; năm 2023 giảm còn 20,3%.'],
    ['Quý I/2024, thu ngân sách đạt 28% dự toán năm.'],
    ['Tổng kinh phí thực hiện: 1.250 triệu đồng, trong đó ngân sách tỉnh 70%, ngân sách huyện 30%.'],
    ['Đối tượng: trẻ em từ 6 đến 15 tuổi; người từ 60 tuổi trở lên.'],
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it("a report of the document's own year says so: 'đạt kết quả', 'đạt 100% chỉ tiêu huyện giao'", () => {
    const text = 'Năm 2010, công tác tuyển quân của xã đạt kết quả tốt: giao 18 thanh niên, đạt 100% chỉ tiêu huyện giao, trong đó có 01 đảng viên.';
    expect(read(text, 2010)).toEqual([]);
    // The same year opening a plan's target is a target.
    expect(read('Năm 2024, phấn đấu 100% xã có Tổ công nghệ số cộng đồng.', 2024)).toEqual([[100, '=', '100% xã có Tổ công nghệ số cộng đồng']]);
  });

  it('a clause that strives after a report sets a target', () => {
    expect(read('Năm 2023, toàn tỉnh có 95% xã đạt chuẩn quốc gia về y tế; phấn đấu năm 2024 đạt 98%.')).toEqual([[98, '=', '98%']]);
  });
});

describe('comparators and lists', () => {
  it.each([
    ['Hằng năm có từ 80% tổ chức cơ sở đảng trở lên hoàn thành tốt nhiệm vụ.', [[80, '>=', 'từ 80% tổ chức cơ sở đảng trở lên hoàn thành tốt nhiệm vụ']]],
    ['Tốc độ tăng trưởng GRDP bình quân đạt 8,5%/năm trở lên.', [[8.5, '>=', '8,5%/năm trở lên']]],
    ['Số lượng học sinh mỗi lớp không quá 35 em.', [[35, '<=', 'không quá 35 em']]],
    ['Giảm tai nạn giao thông từ 5 - 10% số vụ so với năm 2019.', [[5, '>=', 'từ 5 - 10% số vụ so với năm 2019']]],
    ['Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 12-13%/năm.', [[12, '>=', '12-13%/năm']]],
    ['Xây dựng mới 05 trạm y tế xã, nâng cấp 10 trạm y tế đạt chuẩn.', [[5, '=', '05 trạm y tế xã'], [10, '=', '10 trạm y tế đạt chuẩn']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a part that reviews the last period reports results', () => {
  it('figures under "I. ĐÁNH GIÁ KẾT QUẢ ..." are not targets; those under "II. MỤC TIÊU" are', () => {
    const text = [
      'I. ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ 2015 - 2020',
      'Tốc độ tăng trưởng kinh tế bình quân đạt 11,2%/năm; 100% xã có trạm y tế đạt chuẩn.',
      'II. MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2020 - 2025',
      '- 100% trường mầm non đạt chuẩn quốc gia.',
    ].join('\n');
    expect(read(text, 2020)).toEqual([[100, '=', '100% trường mầm non đạt chuẩn quốc gia']]);
  });

  it('"Nhiệm kỳ qua, ..." looks back', () => {
    expect(read('Nhiệm kỳ qua, tốc độ tăng trưởng kinh tế bình quân đạt 11,2%/năm.', 2020)).toEqual([]);
    expect(read('Giai đoạn 2016 - 2020, tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.', 2020)).toEqual([]);
  });
});

describe('words that only begin like a policy noun', () => {
  it('"100% giáo viên" is a target ("giá" is a price, "giáo viên" is not)', () => {
    expect(read('Kiểm tra 100% giáo viên về hoạt động sư phạm.')).toEqual([[100, '=', '100% giáo viên về hoạt động sư phạm']]);
    expect(read('Giảm 50% giá vé cho học sinh.')).toEqual([]);
  });

  it('"Năm học 2022 - 2023, ..." looks back in a plan for 2023 - 2024', () => {
    expect(read('Năm học 2022 - 2023, nhà trường đã kiểm tra 32 giáo viên, xếp loại tốt 24 giáo viên (75%).', 2023)).toEqual([]);
  });
});

describe('ranges written with both ends as rates, the situation now', () => {
  it('"từ 2,6% - 3,0%/năm" is one target at 2.6', () => {
    expect(read('Phấn đấu đạt tốc độ tăng trưởng bình quân toàn ngành từ 2,6% - 3,0%/năm.')).toEqual([[2.6, '>=', 'từ 2,6% - 3,0%/năm']]);
  });
  it('"Hiện nay, ..." states the situation', () => {
    expect(read('Hiện nay, số lượng cán bộ tuyên giáo là 1.528 đồng chí, đạt 93% chỉ tiêu được phân bổ.')).toEqual([]);
  });
});

it('"chiếm tối thiểu 20%" sets a bound; "chiếm 30%" reports a share', () => {
  expect(read('Kinh tế số chiếm tối thiểu 20% GRDP của tỉnh.')).toEqual([[20, '>=', 'tối thiểu 20% GRDP của tỉnh']]);
  expect(read('Toàn huyện có 120 xã đạt chuẩn, chiếm 30%.')).toEqual([]);
});

describe('a numbered part that reviews results ("1. Kết quả đạt được") holds no targets', () => {
  it('its figures are results even when its heading was joined to the line under it; the next part sets targets', () => {
    const text = 'KẾT LUẬN\n1. Kết quả đạt được Tỷ lệ cán bộ lãnh đạo có trình độ cao cấp đạt 96,4%; tỷ lệ nữ trong cấp ủy các cấp đạt 18,2%.\n2. Nhiệm vụ, giải pháp trong thời gian tới\n- Phấn đấu tỷ lệ cán bộ trẻ trong cấp ủy không dưới 15%; 100% cán bộ lãnh đạo có trình độ đại học.';
    expect(read(text).map((t) => t[0])).toEqual([15, 100]);
  });

  it('a numbered task that mentions results is not such a part', () => {
    expect(read('1. Kết quả cần đạt: 100% trường học được kiểm tra.\n2. Đánh giá kết quả thực hiện, bảo đảm tối thiểu 90% hồ sơ đúng hạn.').map((t) => t[0])).toEqual([100]);
  });
});
