import type { OcrBlock, OcrLine, OcrWord } from './layout.js';

/**
 * Tesseract's TSV output turned into the blocks → paragraphs → lines → words tree we read. We ask
 * for TSV rather than tesseract.js's `blocks`: that JSON also carries every symbol and its
 * choices (~360 kB for an A4 page against ~35 kB), and building, parsing and posting it back from
 * the worker costs ~0.1 s a page for nothing we use.
 *
 * Columns: level page_num block_num par_num line_num word_num left top width height conf text;
 * level 2 is a block, 3 a paragraph, 4 a line, 5 a word.
 */
export function parseTsv(tsv: string): OcrBlock[] {
  const blocks: { paragraphs: { lines: { bbox: OcrLine['bbox']; words: OcrWord[] }[] }[] }[] = [];
  let block: (typeof blocks)[number] | undefined;
  let para: (typeof blocks)[number]['paragraphs'][number] | undefined;
  let line: { bbox: OcrLine['bbox']; words: OcrWord[] } | undefined;
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12) continue;
    const level = Number(f[0]);
    const x0 = Number(f[6]);
    const y0 = Number(f[7]);
    const bbox = { x0, y0, x1: x0 + Number(f[8]), y1: y0 + Number(f[9]) };
    if (level === 2) blocks.push((block = { paragraphs: [] }));
    else if (level === 3 && block) block.paragraphs.push((para = { lines: [] }));
    else if (level === 4 && para) para.lines.push((line = { bbox, words: [] }));
    // Whole points, as the JSON gave them (the thresholds downstream were set on those).
    else if (level === 5 && line) line.words.push({ text: f.slice(11).join('\t'), confidence: Math.trunc(Number(f[10])), bbox });
  }
  return blocks;
}
