import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/extract/targets/index.js';

const read = (text: string) =>
  extractTargets(text, { exclude: [] }).map((t) => [t.value, t.unit, t.comparator, text.slice(t.span.start, t.span.end)]);

describe('target/count', () => {
  it.each([
    ['Mỗi đơn vị trường học có ít nhất 01 hình thức, phương pháp tuyên truyền, 01 mô hình trong phòng, chống tội phạm và bảo vệ an ninh Tổ quốc.', [
      [1, 'hình thức', '>=', 'ít nhất 01 hình thức, phương pháp tuyên truyền'],
      [1, 'mô hình', '>=', '01 mô hình trong phòng, chống tội phạm và bảo vệ an ninh Tổ quốc'],
    ]],
    ['bảo đảm mỗi đơn vị, trường học có ít nhất một mô hình hoạt động hiệu quả để tập trung phòng ngừa.', [
      [1, 'mô hình', '>=', 'ít nhất một mô hình hoạt động hiệu quả'],
    ]],
    ['xây dựng mô hình điểm tại: 01 trường Trung học phổ thông; quận, huyện chỉ đạo tổ chức hoạt động hoặc mô hình điểm tại 01 trường Trung học cơ sở, 01 trường Tiểu học (hình thức: hội thi).', [
      [1, 'trường', '=', '01 trường Trung học phổ thông'],
      [1, 'trường', '=', '01 trường Trung học cơ sở'],
      [1, 'trường', '=', '01 trường Tiểu học'],
    ]],
    ['Phấn đấu mỗi xã có 02 câu lạc bộ phòng, chống bạo lực gia đình.', [[2, 'câu lạc bộ', '=', '02 câu lạc bộ phòng, chống bạo lực gia đình']]],
    ['Trung tâm y tế tổ chức 03 lớp tập huấn cho cán bộ y tế xã.', [[3, 'lớp', '=', '03 lớp tập huấn cho cán bộ y tế xã']]],
    ['Trung tâm y tế tổ chức 3 lớp tập huấn cho cán bộ y tế xã.', [[3, 'lớp', '=', '3 lớp tập huấn cho cán bộ y tế xã']]],
    ['Mỗi huyện xây dựng tối thiểu 02 mô hình giảm nghèo.', [[2, 'mô hình', '>=', 'tối thiểu 02 mô hình giảm nghèo']]],
    ['Mỗi lớp có không dưới 30 học sinh tham gia.', [[30, 'học sinh', '>=', 'không dưới 30 học sinh tham gia']]],
    ['Mỗi đoàn có tối đa 05 thành viên.', [[5, 'thành viên', '<=', 'tối đa 05 thành viên']]],
    ['Kiểm tra ít nhất 30 cơ sở sản xuất, kinh doanh có nước thải từ 200 m3/ngày trở lên.', [[30, 'cơ sở', '>=', 'ít nhất 30 cơ sở sản xuất, kinh doanh có nước thải từ 200 m3/ngày trở lên']]],
    ['Hỗ trợ việc làm cho ít nhất 3.000 lao động thuộc hộ nghèo.', [[3000, 'lao động', '>=', 'ít nhất 3.000 lao động thuộc hộ nghèo']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('target/count: bounded scores and waiting times, a second duty after a percentage', () => {
  const found = (text: string) => extractTargets(text, { exclude: [] }).map((t) => [t.value, t.unit, t.comparator]);
  it('a waiting time with an upper bound', () => {
    expect(found('c) Thời gian chờ khám trung bình tại Khoa Khám bệnh không quá 60 phút.')).toEqual([[60, 'phút', '<=']]);
  });
  it('a score with "trở lên"', () => {
    expect(found('a) Điểm trung bình chung các tiêu chí chất lượng bệnh viện đạt từ 3,2 điểm trở lên.')).toEqual([[3.2, 'điểm', '>=']]);
  });
  it('a bare duration, an article point or a day stays out', () => {
    expect(found('Thời gian thực hiện 18 tháng; tại điểm 2 khoản 1; trong 15 ngày làm việc.')).toEqual([]);
    expect(found('Hội nghị kéo dài 90 phút.')).toEqual([]);
  });
  it('"và triển khai ít nhất 01 đề án" after a percentage is a target of its own', () => {
    expect(found('đ) 100% khoa lâm sàng có mạng lưới quản lý chất lượng và triển khai ít nhất 01 đề án cải tiến chất lượng.')).toEqual([
      [100, '%', '='],
      [1, 'đề án', '>='],
    ]);
  });
});

describe('areas, lengths and masses with a floor', () => {
  it('"tối thiểu 500 ha", "ít nhất 1.200 ha" are targets; a scope or a result in ha, km, kg, m3 is not', () => {
    const text = 'Phấn đấu chuyển đổi tối thiểu 500 ha đất lúa thiếu nước sang cây trồng cạn; trồng mới ít nhất 1.200 ha rừng tập trung. Các cơ sở xả thải từ 200 m3/ngày đêm trở lên; đã thu giữ 12,6 kg heroin; xây dựng mới 186 km đường; diện tích trên 50 ha.';
    expect(extractTargets(text, { exclude: [] }).map((t) => [t.value, t.unit, t.comparator])).toEqual([[500, 'ha', '>='], [1200, 'ha', '>=']]);
  });
});

describe('a bound in brackets after a word', () => {
  it('"đông người (từ 30 người trở lên)" glosses the word; "(ít nhất 02 đợt)" still sets a floor', () => {
    const text = 'Không để xảy ra ngộ độc thực phẩm đông người (từ 30 người trở lên); tổ chức kiểm tra (ít nhất 02 đợt) các cơ sở.';
    expect(extractTargets(text, { exclude: [] }).map((t) => [t.value, t.comparator])).toEqual([[2, '>=']]);
  });
});
