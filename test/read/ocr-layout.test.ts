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

/** One OCR word with its confidence, at x (20 px per letter), on the line at y. */
const w = (text: string, confidence: number, x: number, y = 600): OcrWord => ({ text, confidence, bbox: { x0: x, x1: x + 20 * [...text].length, y0: y, y1: y + 50 } });
/** Words laid out left to right, 22 px apart, with the given confidences. */
function spaced(items: readonly (readonly [string, number])[], x = 200, y = 600): OcrWord[] {
  return items.map(([text, c]) => {
    const out = w(text, c, x, y);
    x = out.bbox.x1 + 22;
    return out;
  });
}

describe('layoutText: specks next to the text are not words', () => {
  it.each([
    ['". .ˆ .." before the issuer', [['.', 21], ['.ˆ', 12], ['..', 30], ['Ủy', 94], ['ban', 96], ['nhân', 96], ['dân', 96]], 'Ủy ban nhân dân'],
    ['a quote and a colon after the last word', [['giáo', 96], ['dục', 96], ['điển', 92], ["'", 41], [':', 30]], 'giáo dục điển'],
    ['specks glued to a list number', [['...1.', 14], ['Cụ', 96], ['thể', 96], ['hóa', 96]], '1. Cụ thể hóa'],
    ['a lone low-confidence speck mid-line', [['về', 96], ['phong', 96], ['.', 30], ['trào', 96]], 'về phong trào'],
  ] as const)('%s', (_what, items, expected) => {
    expect(layoutText([block(line(spaced(items)))], PAGE).text).toBe(expected);
  });

  it('specks at the start of the right header cell ("Số: …\t.. Thủ Thừa, ngày …") are dropped too', () => {
    const ws = [...spaced([['Số:', 93], ['/PGDDĐT', 91]], 490, 410), ...spaced([['..', 75], ['Thủ', 93], ['Thừa,', 91], ['ngày', 97]], 1179, 410)];
    expect(layoutText([block(line(ws))], PAGE).text).toBe('Số: /PGDDĐT\tThủ Thừa, ngày');
  });

  it.each([
    ['the dashes of the motto', [['Độc', 95], ['lập', 96], ['-', 90], ['Tự', 96], ['do', 96], ['-', 91], ['Hạnh', 96], ['phúc', 96]], 'Độc lập - Tự do - Hạnh phúc'],
    ['a "-" list marker read with confidence', [['-', 88], ['Tổ', 96], ['chức', 96], ['tuyên', 96], ['truyền', 96]], '- Tổ chức tuyên truyền'],
    ['a "-" list marker of middling confidence in the Nơi nhận list', [['-', 62], ['Đơn', 96], ['vị', 96], ['trực', 96], ['thuộc;', 96]], '- Đơn vị trực thuộc;'],
    ['a closing "./." read with confidence', [['quy', 96], ['định', 96], ['./.', 85]], 'quy định ./.'],
  ] as const)('kept: %s', (_what, items, expected) => {
    expect(layoutText([block(line(spaced(items)))], PAGE).text).toBe(expected);
  });

  it('a dot alone in the margin, a wide gap before the title, is a speck however confident (". ⇥ KẾ HOẠCH" at 92 %)', () => {
    const ws = [w('.', 92, 400, 500), ...spaced([['KẾ', 96], ['HOẠCH', 96]], 1100, 500)];
    expect(layoutText([block(line(ws))], PAGE).text).toBe('KẾ HOẠCH');
    const end = [...spaced([['Hạnh', 96], ['phúc', 96]], 1400, 500), w('..', 90, 2200, 500)];
    expect(layoutText([block(line(end))], PAGE).text).toBe('Hạnh phúc');
  });

  it('an opening quote tesseract doubted, glued to the first word ("“Xây" at 0 %), is a speck', () => {
    expect(layoutText([block(line(spaced([['-', 34], ['“Xây', 0], ['dựng', 96], ['phong', 96], ['trào', 96]])))], PAGE).text).toBe('Xây dựng phong trào');
    expect(layoutText([block(line(spaced([['“Tháng', 95], ['hành', 96], ['động”', 94]])))], PAGE).text).toBe('“Tháng hành động”');
  });

  it('a row of nothing but specks leaves no line behind', () => {
    // The specks sit in the leading between two lines.
    const specks = spaced([['.', 20], [':', 25]], 200, 352).map((x) => ({ ...x, bbox: { ...x.bbox, y1: 366 } }));
    const text = layoutText([block(line(spaced([['Kính', 96], ['gửi:', 96]], 200, 300)), line(specks), line(spaced([['Sở', 96], ['Y', 96], ['tế', 96]], 200, 370)))], PAGE).text;
    expect(text).toBe('Kính gửi:\nSở Y tế');
  });

  it('a doubtful period before a lower-case word is a speck; a confident one, or one before a capital, stays', () => {
    const rows = [
      line(spaced([['Căn', 96], ['cứ', 96], ['Kế', 96], ['hoạch', 93], ['3560/KH-SGDĐT', 90], ['năm', 94], ['2023.', 55]], 200, 150)),
      line(spaced([['của', 96], ['Sở', 96], ['xây', 96], ['dựng', 96], ['kế', 96], ['hoạch.', 60], ['triển', 96], ['khai', 96]], 200, 220)),
      line(spaced([['TP.', 62], ['Hồ', 96], ['Chí', 96], ['Minh', 96], ['thực', 96], ['hiện.', 95], ['tốt', 96]], 200, 290)),
    ];
    expect(layoutText([block(...rows)], PAGE).text.split('\n')).toEqual([
      'Căn cứ Kế hoạch 3560/KH-SGDĐT năm 2023',
      'của Sở xây dựng kế hoạch triển khai',
      'TP. Hồ Chí Minh thực hiện. tốt',
    ]);
  });

  it('a stray mark in the margin, cut off by a wide gap, is dropped; a short word in the text is kept', () => {
    const ws = [...spaced([['nhiệm', 96], ['vụ', 96], ['ở', 96], ['cơ', 96], ['sở.', 96]]), w('TC', 30, 2300)];
    expect(layoutText([block(line(ws))], PAGE).text).toBe('nhiệm vụ ở cơ sở.');
  });
});

describe('layoutText: a measured skew levels the rows', () => {
  // Header cells 1000 px apart on a page tilted by 2°: the right cell sits 35 px lower.
  const tilt = (ws: OcrWord[], dy: number): OcrWord[] => ws.map((x) => ({ ...x, bbox: { ...x.bbox, y0: x.bbox.y0 + dy, y1: x.bbox.y1 + dy } }));
  const drop = Math.tan((2 * Math.PI) / 180) * 1000;
  const rows = [
    [line(words('UBND TỈNH QUẢNG NINH', 200, 150)), line(tilt(words('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1200, 150), drop))],
    [line(tilt(words('SỞ GIÁO DỤC VÀ ĐÀO TẠO', 200, 210), 0)), line(tilt(words('Độc lập - Tự do - Hạnh phúc', 1200, 210), drop))],
  ];
  const blocks = [block(rows[0]![0]!, rows[1]![0]!), block(rows[0]![1]!, rows[1]![1]!)];

  it('told the slope, the two columns share their rows', () => {
    expect(layoutText(blocks, PAGE, { skew: 2 }).text.split('\n')).toEqual([
      'UBND TỈNH QUẢNG NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc',
    ]);
  });

  it('not told, they fall apart (why the slope is passed on)', () => {
    expect(layoutText(blocks, PAGE).text.split('\n')).not.toContain('UBND TỈNH QUẢNG NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
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
