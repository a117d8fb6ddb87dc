import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets/index.js';

const read = (text: string) =>
  extractTargets(text, { exclude: [], refYear: 2024 }).map((t) => ({ value: t.value, unit: t.unit, comparator: t.comparator, text: text.slice(t.span.start, t.span.end) }));

// A share written as a fraction, read as a percentage rounded to two decimals.
describe('target/fraction', () => {
  it.each([
    ['Phấn đấu đến năm 2025 có 2/3 số xã đạt chuẩn nông thôn mới nâng cao.', 66.67, '=', '2/3 số xã đạt chuẩn nông thôn mới nâng cao'],
    ['Kiểm tra toàn diện ít nhất 1/3 số giáo viên trong năm học.', 33.33, '>=', 'ít nhất 1/3 số giáo viên trong năm học'],
    ['Phấn đấu một nửa số hộ nghèo được vay vốn ưu đãi.', 50, '=', 'một nửa số hộ nghèo được vay vốn ưu đãi'],
    ['Mỗi năm giảm ít nhất 1/2 tổng số điểm nóng về rác thải.', 50, '>=', 'ít nhất 1/2 tổng số điểm nóng về rác thải'],
  ])('%s', (text, value, comparator, span) => {
    expect(read(text)).toEqual([{ value, unit: '%', comparator, text: span }]);
  });

  it.each([
    ['Hội nghị có hiệu lực khi có ít nhất 2/3 số hộ tham dự.'],
    ['Nghị quyết được thông qua khi được 2/3 tổng số đại biểu tán thành.'],
    ['Từ ngày 2/3 số lượng khách tăng mạnh.'],
    ['Kế hoạch số 2/3 số liệu báo cáo.'],
    ['Năm 2023 đã có 2/3 số xã đạt chuẩn.'],
    ['Mỗi suất ăn được hỗ trợ 1/2 giá.'],
  ])('no target: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a measure in grams is a definition, not a count', () => {
  it('"tỷ lệ trẻ có cân nặng sơ sinh thấp (dưới 2.500 gram) dưới 5%" → only the 5%', () => {
    expect(read('duy trì tỷ lệ trẻ có cân nặng sơ sinh thấp (dưới 2.500 gram) dưới 5%.').map((t) => [t.value, t.unit])).toEqual([[5, '%']]);
  });
});

describe('an article that performs an act sets no target', () => {
  it.each([
    ['Điều 2. Thành lập 05 phường thuộc thị xã Phú Hòa trên cơ sở các xã hiện có.'],
    ['Điều 1. Công nhận 12 xã đạt chuẩn nông thôn mới năm 2023.'],
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('a plan\'s item with the same verb still does: "2. Thành lập mới 05 câu lạc bộ …"', () => {
    expect(read('2. Thành lập mới 05 câu lạc bộ văn nghệ quần chúng.').map((t) => t.value)).toEqual([5]);
  });
});

describe('a threshold with nothing measured after it is no count', () => {
  it('"điểm trung bình chung tích lũy từ 2,80 trở lên" names no unit: not a count target', () => {
    expect(read('1. Điều kiện: sinh viên có điểm trung bình chung tích lũy từ 2,80 trở lên.')).toEqual([]);
  });
  it('"từ 3,2 điểm trở lên" keeps its unit', () => {
    expect(read('Phấn đấu điểm trung bình đạt từ 3,2 điểm trở lên.').map((t) => [t.value, t.unit, t.comparator])).toEqual([[3.2, 'điểm', '>=']]);
  });
});

describe('money set as a target under a targets heading', () => {
  const section = (line: string) => `II. MỤC TIÊU, CHỈ TIÊU NĂM 2023\n1. Tổng giá trị sản xuất tăng 9,5% trở lên.\n${line}\nIII. NHIỆM VỤ\n`;
  it('"Thu nhập bình quân đầu người đạt 63 triệu đồng trở lên" → 63 triệu, >=', () => {
    const t = read(section('2. Thu nhập bình quân đầu người đạt 63 triệu đồng trở lên.')).find((x) => x.value === 63);
    expect(t).toMatchObject({ unit: 'triệu', comparator: '>=' });
  });
  it('the same words in a review, or money not reached by a verb, are no target', () => {
    expect(read('I. ĐÁNH GIÁ KẾT QUẢ\nThu nhập bình quân đầu người đạt 58 triệu đồng.\n').map((t) => t.value)).toEqual([]);
    expect(read(section('2. Hỗ trợ mỗi hộ 30 triệu đồng để xây nhà.')).map((t) => t.value)).toEqual([9.5]);
  });
});

describe('a share of the plan', () => {
  it('"đạt trên 95% kế hoạch vốn được giao" sets a floor; "đạt 52% kế hoạch năm" and "ước đạt trên 50% kế hoạch" report', () => {
    expect(read('- Tỷ lệ giải ngân vốn đầu tư công năm 2025 đạt trên 95% kế hoạch vốn được giao.').map((t) => [t.value, t.comparator])).toEqual([[95, '>=']]);
    expect(read('giải quyết việc làm cho 12.400 lao động, đạt 52% kế hoạch năm.')).toEqual([]);
    expect(read('Giá trị sản xuất 6 tháng ước đạt trên 50% kế hoạch.')).toEqual([]);
  });
});
