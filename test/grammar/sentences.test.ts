import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceSpans } from '../../src/grammar/vi/sentences.js';

const split = (t: string): string[] => sentenceSpans(t).map((s) => t.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it.each([
    ['Căn cứ Kế hoạch của UBND TP. Hồ Chí Minh. Các đơn vị thực hiện.', ['Căn cứ Kế hoạch của UBND TP. Hồ Chí Minh.', 'Các đơn vị thực hiện.']],
    ['Gửi về Sở trước ngày 05/12/2023./. Nơi nhận: Như trên.', ['Gửi về Sở trước ngày 05/12/2023./.', 'Nơi nhận: Như trên.']],
    ['Có 1.000 người tham gia. Tỷ lệ đạt 2.5%.', ['Có 1.000 người tham gia.', 'Tỷ lệ đạt 2.5%.']],
    ['1. Mục đích. Nâng cao nhận thức.', ['1. Mục đích.', 'Nâng cao nhận thức.']],
    ['II. NỘI DUNG', ['II. NỘI DUNG']],
    ['1.2. Nội dung cụ thể', ['1.2. Nội dung cụ thể']],
    ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']],
    ['TS. Nguyễn Văn A và ThS. Trần B báo cáo.', ['TS. Nguyễn Văn A và ThS. Trần B báo cáo.']],
    ['V/v triển khai kế hoạch\nKính gửi: các trường', ['V/v triển khai kế hoạch', 'Kính gửi: các trường']],
    ['Bộ trưởng (để b/c); Lưu: VT.', ['Bộ trưởng (để b/c); Lưu: VT.']],
    ['Ông Nguyễn V. An chủ trì. Q. Hiệu trưởng ký.', ['Ông Nguyễn V. An chủ trì.', 'Q. Hiệu trưởng ký.']],
    ['Các hoạt động văn nghệ, thể thao, v.v. và các hội thi.', ['Các hoạt động văn nghệ, thể thao, v.v. và các hội thi.']],
    ['Hoàn thành việc này! Sau đó báo cáo? Có.', ['Hoàn thành việc này!', 'Sau đó báo cáo?', 'Có.']],
    ['  \n\n  ', []],
  ])('%j', (text, want) => {
    expect(split(text)).toEqual(want);
  });

  it('spans are trimmed, in order and non-empty', () => {
    const t = ' A b. C d.\n\n  E f ';
    const spans = sentenceSpans(t);
    for (const [i, s] of spans.entries()) {
      expect(s.end).toBeGreaterThan(s.start);
      expect(t.slice(s.start, s.end)).toBe(t.slice(s.start, s.end).trim());
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    }
  });
});

describe('sentenceAt', () => {
  const t = 'Căn cứ Kế hoạch số 12. Các đơn vị gửi báo cáo trước ngày 05/12/2023.\nNơi nhận';
  it.each([
    [t.indexOf('gửi'), 'Các đơn vị gửi báo cáo trước ngày 05/12/2023.'],
    [0, 'Căn cứ Kế hoạch số 12.'],
    [t.indexOf(' Các'), 'Các đơn vị gửi báo cáo trước ngày 05/12/2023.'],
    [t.indexOf('Nơi'), 'Nơi nhận'],
    [t.length, 'Nơi nhận'],
  ])('offset %i → %j', (offset, want) => {
    const s = sentenceAt(t, offset);
    expect(t.slice(s.start, s.end)).toBe(want);
  });
});
