import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { layoutText, type OcrBlock, type OcrLine, type OcrWord } from '../../src/read/ocr/layout.js';
import { cells } from '../../src/segment/lines.js';

const PAGE = 2480;

/** Words of one printed line starting at x, 20 px per letter, 22 px between words. */
function words(text: string, x: number, y: number): OcrWord[] {
  const out: OcrWord[] = [];
  for (const t of text.split(' ')) {
    out.push({ text: t, confidence: 90, bbox: { x0: x, x1: x + 20 * t.length, y0: y, y1: y + 50 } });
    x += 20 * t.length + 22;
  }
  return out;
}
const line = (ws: OcrWord[]): OcrLine => ({
  words: ws,
  bbox: { x0: ws[0]!.bbox.x0, x1: ws.at(-1)!.bbox.x1, y0: Math.min(...ws.map((w) => w.bbox.y0)), y1: Math.max(...ws.map((w) => w.bbox.y1)) },
});
const block = (...lines: OcrLine[]): OcrBlock => ({ paragraphs: [{ lines }] });

describe('layoutText: tesseract word boxes → lines the segmenter reads', () => {
  it('two header blocks side by side come out as "left\\tright" rows, in reading order', () => {
    // Tesseract gives the left column's block first, then the right one.
    const left = block(line(words('UBND TỈNH QUẢNG NINH', 200, 150)), line(words('SỞ GIÁO DỤC VÀ ĐÀO TẠO', 200, 220)), line(words('Số: 1234/KH-SGDĐT', 200, 360)));
    const right = block(
      line(words('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1200, 152)),
      line(words('Độc lập - Tự do - Hạnh phúc', 1400, 218)),
      line(words('Quảng Ninh, ngày 05 tháng 3 năm 2024', 1300, 362)),
    );
    const { text } = layoutText([left, right], PAGE);
    expect(text.split('\n')).toEqual([
      'UBND TỈNH QUẢNG NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc',
      '',
      'Số: 1234/KH-SGDĐT\tQuảng Ninh, ngày 05 tháng 3 năm 2024',
    ]);
    // The segmenter splits them back into two columns.
    const row = cells(text).filter((c) => c.line === 3);
    expect(row.map((c) => [c.column, c.text])).toEqual([
      [0, 'Số: 1234/KH-SGDĐT'],
      [1, 'Quảng Ninh, ngày 05 tháng 3 năm 2024'],
    ]);
  });

  it('a justified body line keeps plain spaces (gaps under 4 % of the width)', () => {
    const ws = words('Căn cứ Luật Giáo dục năm 2019', 200, 600).map((w, i) => ({ ...w, bbox: { ...w.bbox, x0: w.bbox.x0 + i * 60, x1: w.bbox.x1 + i * 60 } }));
    expect(layoutText([block(line(ws))], PAGE).text).toBe('Căn cứ Luật Giáo dục năm 2019');
  });

  it('mean word confidence, and an empty page is empty text with confidence 0', () => {
    const ws = words('Kế hoạch số 12/KH-UBND', 200, 600).map((w, i) => ({ ...w, confidence: [80, 90, 100, 70][i]! }));
    expect(layoutText([block(line(ws))], PAGE).confidence).toBe(85);
    expect(layoutText(null, PAGE)).toEqual({ text: '', confidence: 0 });
    expect(layoutText([], PAGE)).toEqual({ text: '', confidence: 0 });
  });

  it('decomposed Vietnamese from the engine is returned in NFC', () => {
    const ws = words('Quyết định'.normalize('NFD'), 200, 600);
    expect(layoutText([block(line(ws))], PAGE).text).toBe('Quyết định'.normalize('NFC'));
  });
});

const word = fc.stringMatching(/^[A-Za-zĐđàáạảãêếệờởơư0-9/:-]{1,12}$/u);

test.prop([fc.array(fc.array(word, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 30 })])(
  'every word is kept once, rows stay in order, and no tab appears inside a single-column page',
  (rows) => {
    const lines = rows.map((r, i) => line(words(r.join(' '), 200, 100 + i * 70)));
    const { text } = layoutText([block(...lines)], PAGE);
    expect(text.includes('\t')).toBe(false);
    expect(text.split('\n')).toEqual(rows.map((r) => r.join(' ').normalize('NFC')));
  },
);
