import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';

const roles = (text: string) =>
  extractDeadlines(text, { refDate: '2023-07-06', exclude: [] }).map((d) => ({ action: d.action, actor: d.actor, recipient: d.recipient }));

describe('who must do what, for whom', () => {
  it.each([
    ['Đề nghị các cơ sở giáo dục theo định kỳ tổ chức sơ kết, tổng kết và gửi báo cáo (bản dấu đỏ) về Sở Giáo dục và Đào tạo (qua phòng Giáo dục thường xuyên) trước ngày 05/12/2023 để tổng hợp báo cáo Ban Chỉ đạo 799 thành phố theo quy định./.',
      { action: 'tổ chức sơ kết, tổng kết và gửi báo cáo', actor: 'các cơ sở giáo dục', recipient: 'Sở Giáo dục và Đào tạo' }],
    ['Sở GDĐT yêu cầu thủ trưởng các đơn vị triển khai, thực hiện nghiêm túc các nội dung của Kế hoạch và báo cáo kết quả về Sở GDĐT trước ngày 05/11/2025 để tổng hợp.',
      { action: 'triển khai, thực hiện nghiêm túc các nội dung của Kế hoạch và báo cáo kết quả', actor: 'thủ trưởng các đơn vị', recipient: 'Sở GDĐT' }],
    ['- Yêu cầu hiệu trưởng các trường phối hợp với công an địa phương xây dựng kế hoạch cụ thể và gửi kế hoạch về Phòng trước ngày 25/02/2024.',
      { action: 'xây dựng kế hoạch cụ thể và gửi kế hoạch', actor: 'hiệu trưởng các trường', recipient: 'Phòng' }],
    ['c) Tổng hợp tình hình thực hiện Chỉ thị này, báo cáo Thủ tướng Chính phủ trước ngày 15/12/2023.',
      { action: 'Tổng hợp tình hình thực hiện Chỉ thị này, báo cáo Thủ tướng Chính phủ', actor: null, recipient: 'Thủ tướng Chính phủ' }],
    ['Trước ngày 15/10/2023, các đơn vị gửi báo cáo về Phòng Giáo dục và Đào tạo.',
      { action: 'gửi báo cáo', actor: 'các đơn vị', recipient: 'Phòng Giáo dục và Đào tạo' }],
    ['· Phòng Tổ chức hành chính: Tổng hợp báo cáo kết quả trước ngày 20/12/2023.',
      { action: 'Tổng hợp báo cáo kết quả', actor: 'Phòng Tổ chức hành chính', recipient: null }],
    ['Các tổ chức, cá nhân khai thác công trình hoàn thành việc rà soát quy trình vận hành chậm nhất ngày 30/6/2024.',
      { action: 'hoàn thành việc rà soát quy trình vận hành', actor: 'Các tổ chức, cá nhân khai thác công trình', recipient: null }],
    ['Hoàn thành công tác sơ tuyển trước ngày 30/11/2023.',
      { action: 'Hoàn thành công tác sơ tuyển', actor: null, recipient: null }],
  ])('%s', (text, want) => {
    expect(roles(text)).toEqual([want]);
  });

  it('the heading above a list item names the actor', () => {
    const text = '2. Các đơn vị, trường học\na) Xây dựng kế hoạch triển khai.\nb) Định kì 6 tháng, 1 năm báo cáo kết quả thực hiện gửi về Sở Giáo dục và Đào tạo.';
    expect(roles(text)).toEqual([
      { action: 'báo cáo kết quả thực hiện gửi', actor: 'Các đơn vị, trường học', recipient: 'Sở Giáo dục và Đào tạo' },
      { action: 'báo cáo kết quả thực hiện gửi', actor: 'Các đơn vị, trường học', recipient: 'Sở Giáo dục và Đào tạo' },
    ]);
  });

  it('two deadlines in one clause: each its own action', () => {
    const text = 'Các đơn vị báo cáo sơ kết 6 tháng trước ngày 10/6/2024 và tổng kết năm trước ngày 15/11/2024.';
    expect(roles(text).map((r) => r.action)).toEqual(['báo cáo sơ kết 6 tháng', 'tổng kết năm']);
  });
});
