import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';

describe('preamble: items opened by a bullet', () => {
  it('"– Căn cứ …;" items under a council\'s authority line are carried out', () => {
    const text = [
      'HỘI ĐỒNG NHÂN DÂN',
      'XÃ ĐÔNG HƯNG',
      'Số:      /NQ-HĐND',
      'Đông Hưng, ngày    tháng    năm 2013',
      'NGHỊ QUYẾT',
      'Về việc thông qua kế hoạch sử dụng đất năm 2014 của xã Đông Hưng',
      'HỘI ĐỒNG NHÂN DÂN XÃ ĐÔNG HƯNG',
      'KHÓA XX, KỲ HỌP THỨ 7',
      '– Căn cứ Luật Đất đai ngày 26 tháng 11 năm 2003;',
      '- Căn cứ Nghị định số 181/2004/NĐ-CP ngày 29 tháng 10 năm 2004 của Chính phủ về thi hành Luật Đất đai;',
      '+ Căn cứ Thông tư số 19/2009/TT-BTNMT ngày 02 tháng 11 năm 2009 của Bộ Tài nguyên và Môi trường;',
      'QUYẾT NGHỊ:',
      'Điều 1. Thông qua kế hoạch sử dụng đất năm 2014; xem Nghị định số 69/2009/NĐ-CP khi lập hồ sơ.',
    ].join('\n');
    const rel = Object.fromEntries(analyzeText(text).citations.map((c) => [c.key, c.relation]));
    expect(rel).toEqual({ '181/2004/NĐ-CP': 'implements', '19/2009/TT-BTNMT': 'implements', '69/2009/NĐ-CP': 'cites' });
  });

  it('a dash that opens a body line is no preamble trigger', () => {
    const text = 'KẾ HOẠCH\nTổ chức hội thi\nI. MỤC ĐÍCH\n- Theo dõi việc thực hiện Quyết định số 12/QĐ-UBND ngày 02/3/2024 của UBND huyện.\n';
    expect(analyzeText(text).citations.map((c) => c.relation)).toEqual(['cites']);
  });
});

describe('title: a line broken before a proper name', () => {
  it('"… tiến tới Đại hội đại biểu / Đoàn TNCS Hồ Chí Minh thành phố … lần thứ VIII, / nhiệm kỳ 2012 - 2017" is one subject', () => {
    const text = 'KẾ HOẠCH\nTổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu\nĐoàn TNCS Hồ Chí Minh thành phố Đà Nẵng lần thứ VIII,\nnhiệm kỳ 2012 - 2017\n\nCăn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; Ban Thường vụ Thành đoàn ban hành Kế hoạch như sau:\nI. YÊU CẦU\n';
    expect(analyzeText(text).document.subject).toBe('Tổ chức đại hội Đoàn các cấp, tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Đà Nẵng lần thứ VIII, nhiệm kỳ 2012 - 2017');
  });

  it('a sentence of the body under the title is not taken into it', () => {
    const text = 'KẾ HOẠCH\nTuyên truyền phòng, chống ma túy năm 2024\nPhòng Văn hóa và Thông tin huyện xây dựng Kế hoạch như sau\nI. MỤC ĐÍCH\n';
    expect(analyzeText(text).document.subject).toBe('Tuyên truyền phòng, chống ma túy năm 2024');
  });
});
