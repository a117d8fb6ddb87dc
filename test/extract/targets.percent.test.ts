import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets/index.js';

const read = (text: string) =>
  extractTargets(text, { exclude: [] }).map((t) => [t.value, t.unit, t.comparator, text.slice(t.span.start, t.span.end)]);

describe('target/percent', () => {
  it.each([
    ['Chỉ tiêu cụ thể: Có 100% cơ quan, cơ sở giáo dục được công nhận "Trường học điển hình".', [100, '%', '=', '100% cơ quan, cơ sở giáo dục được công nhận "Trường học điển hình"']],
    ['Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt trên 95%.', [95, '%', '>=', 'Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt trên 95%']],
    ['Tỷ lệ hài lòng của người bệnh đạt từ 90% trở lên.', [90, '%', '>=', 'Tỷ lệ hài lòng của người bệnh đạt từ 90% trở lên']],
    ['phấn đấu 90% hộ gia đình được công nhận gia đình văn hóa.', [90, '%', '=', '90% hộ gia đình được công nhận gia đình văn hóa']],
    ['Phấn đấu giảm 10% số vụ tai nạn giao thông so với năm 2023.', [10, '%', '=', '10% số vụ tai nạn giao thông so với năm 2023']],
    ['Tỷ lệ hộ nghèo không quá 5%.', [5, '%', '<=', 'Tỷ lệ hộ nghèo không quá 5%']],
    ['Tỷ lệ nhiễm khuẩn bệnh viện dưới 2%.', [2, '%', '<=', 'Tỷ lệ nhiễm khuẩn bệnh viện dưới 2%']],
    ['phấn đấu giảm ít nhất 20% khối lượng tài liệu tích đống.', [20, '%', '>=', 'ít nhất 20% khối lượng tài liệu tích đống']],
    ['Tối thiểu 80% cơ sở giáo dục có nhân viên y tế.', [80, '%', '>=', 'Tối thiểu 80% cơ sở giáo dục có nhân viên y tế']],
    ['có 80% số xã trở lên đạt chuẩn nông thôn mới, trong đó có ít nhất 20% số xã đạt chuẩn nâng cao.', [80, '%', '>=', '80% số xã trở lên đạt chuẩn nông thôn mới'], [20, '%', '>=', 'ít nhất 20% số xã đạt chuẩn nâng cao']],
    ['Tỷ lệ tử vong trên tổng số ca mắc dưới 0,09%.', [0.09, '%', '<=', 'Tỷ lệ tử vong trên tổng số ca mắc dưới 0,09%']],
    ['Tỷ lệ số hóa đạt 2.5% trong năm.', [2.5, '%', '=', '2.5% trong năm']],
  ])('%s', (text, ...want) => {
    expect(read(text)).toEqual(want);
  });

  it('the measure: what follows the number, or the "tỷ lệ" before it', () => {
    const [a] = extractTargets('Có 100% cơ quan được công nhận.', { exclude: [] });
    expect(a?.measure).toBe('cơ quan được công nhận');
    const [b] = extractTargets('Tỷ lệ hộ nghèo không quá 5%.', { exclude: [] });
    expect(b?.measure).toBe('Tỷ lệ hộ nghèo');
  });
});

describe('a floor over last year\'s figure', () => {
  it('"tăng ít nhất 10% so với cùng kỳ" is a target; "tăng 15% so với cùng kỳ" reports a result', () => {
    const got = (t: string) => extractTargets(t, { exclude: [] }).map((x) => [x.value, x.comparator]);
    expect(got('Số người tham gia bảo hiểm xã hội tự nguyện tăng ít nhất 10% so với cùng kỳ.')).toEqual([[10, '>=']]);
    expect(got('Doanh thu tăng 12% so với cùng kỳ.')).toEqual([]);
  });
});

describe('a chỉ tiêu list in "label: value" form', () => {
  // Congress and plan target lists (2020-2021) put the measure before a colon; figures changed.
  it.each([
    ['5. Tỷ lệ lao động qua đào tạo năm 2025: 72%.', [72, '%', '=', 'Tỷ lệ lao động qua đào tạo năm 2025: 72%']],
    ['- Tỷ lệ hộ dân được dùng nước sạch: từ 93% trở lên.', [93, '%', '>=', 'Tỷ lệ hộ dân được dùng nước sạch: từ 93% trở lên']],
    ['(11) Tỷ lệ thất nghiệp khu vực thành thị: dưới 4%.', [4, '%', '<=', 'Tỷ lệ thất nghiệp khu vực thành thị: dưới 4%']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });
  it('a label that is no ratio is not taken for the measure', () => {
    expect(read('Nội dung 3: 85% giáo viên được bồi dưỡng.')[0]?.[3]).toBe('85% giáo viên được bồi dưỡng');
  });
});
