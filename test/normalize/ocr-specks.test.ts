import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze.js';
import { dropOcrSpecks } from '../../src/normalize/ocr-specks.js';
import type { Source } from '../../src/record/record.js';

const all = (text: string) => [{ start: 0, end: text.length }];
const ocrSource = (text: string): Source => ({
  reader: 'pdf', mediaType: 'application/pdf', encoding: null, warnings: [],
  pages: [{ page: 1, start: 0, end: text.length, ocr: true, confidence: 90 }],
});

describe('stops OCR read from specks at line ends', () => {
  it('drops a stop before a lower-case line, after a dangling word, and after "ngày" before its date', () => {
    const text = 'tăng cường lãnh.\nđạo công tác; của Ban.\nThường vụ Huyện ủy; Công văn số 586/UBND-NCTCD ngày.\n21/01/2021 của UBND';
    expect(dropOcrSpecks(text, all(text)).text).toBe('tăng cường lãnh\nđạo công tác; của Ban\nThường vụ Huyện ủy; Công văn số 586/UBND-NCTCD ngày\n21/01/2021 của UBND');
  });
  it('keeps a stop that may end a sentence, and every stop outside the OCR regions', () => {
    const text = 'Các trường thực hiện nghiêm túc.\nPhòng Giáo dục theo dõi; TP.\nHồ Chí Minh';
    expect(dropOcrSpecks(text, all(text)).text).toBe(text);
    const born = 'của Ban.\nThường vụ';
    expect(dropOcrSpecks(born, []).text).toBe(born);
  });
  it('end to end: the preamble goes on past the speck, so its later citations are implemented', () => {
    const text = 'Thực hiện Chỉ thị số 04-CT/TU, ngày 04/01/2021 của Ban.\nThường vụ Huyện ủy về công tác năm 2021; Công văn số\n586/UBND-NCTCD ngày 21/01/2021 của UBND tỉnh Long An về công tác trọng tâm;\nPhòng Giáo dục và Đào tạo yêu cầu các trường thực hiện như sau:\n';
    const cs = analyzeText(text, { source: ocrSource(text) }).citations;
    expect(cs.map((c) => [c.key, c.relation])).toEqual([['04-CT/TU', 'implements'], ['586/UBND-NCTCD', 'implements']]);
  });
});
