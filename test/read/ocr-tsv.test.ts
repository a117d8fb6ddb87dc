import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../src/read/ocr/tsv.js';

// Rows as tesseract's GetTSVText gives them: level, page, block, paragraph, line, word, box, conf, text.
const TSV = [
  '1\t1\t0\t0\t0\t0\t0\t0\t2481\t3507\t-1\t',
  '2\t1\t1\t0\t0\t0\t264\t221\t1935\t300\t-1\t',
  '3\t1\t1\t1\t0\t0\t266\t221\t298\t62\t-1\t',
  '4\t1\t1\t1\t1\t0\t266\t221\t298\t62\t-1\t',
  '5\t1\t1\t1\t1\t1\t266\t221\t69\t53\t96.558250\tKẾ',
  '5\t1\t1\t1\t1\t2\t358\t235\t206\t48\t59.99\tHOẠCH',
  '3\t1\t1\t2\t0\t0\t264\t374\t1706\t63\t-1\t',
  '4\t1\t1\t2\t1\t0\t264\t374\t1706\t63\t-1\t',
  '5\t1\t1\t2\t1\t1\t264\t385\t97\t52\t96.269730\tXây',
  '2\t1\t2\t0\t0\t0\t1200\t221\t500\t60\t-1\t',
  '3\t1\t2\t1\t0\t0\t1200\t221\t500\t60\t-1\t',
  '4\t1\t2\t1\t1\t0\t1200\t221\t500\t60\t-1\t',
  '5\t1\t2\t1\t1\t1\t1200\t221\t500\t60\t91\tCỘNG',
  '',
].join('\n');

describe('parseTsv: tesseract TSV → blocks, paragraphs, lines, words', () => {
  it('nests the rows by level, with boxes as corners and confidences in whole points (as the JSON had them)', () => {
    const blocks = parseTsv(TSV);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.paragraphs).toHaveLength(2);
    const line = blocks[0]!.paragraphs[0]!.lines[0]!;
    expect(line.bbox).toEqual({ x0: 266, y0: 221, x1: 564, y1: 283 });
    expect(line.words).toEqual([
      { text: 'KẾ', confidence: 96, bbox: { x0: 266, y0: 221, x1: 335, y1: 274 } },
      { text: 'HOẠCH', confidence: 59, bbox: { x0: 358, y0: 235, x1: 564, y1: 283 } },
    ]);
    expect(blocks[1]!.paragraphs[0]!.lines[0]!.words.map((w) => w.text)).toEqual(['CỘNG']);
  });

  it('an empty page gives no blocks', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n')).toEqual([]);
  });
});
