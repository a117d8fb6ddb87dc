import type { Span } from '../doc/span.js';

/** A line of the text, or one column of it when a flattened two-column header put a tab in it. */
export interface Cell extends Span {
  readonly text: string;
  /** Index of the line this cell belongs to. */
  readonly line: number;
  /** 0 for the left column (or a whole line), 1+ for columns to the right. */
  readonly column: number;
}

/**
 * Splits the text into lines and each line into columns at tabs or runs of 8+ spaces (a flattened
 * two-column header). Shorter runs are blanks inside a line: "ngày    tháng 01", "Số:     /KH-UBND".
 */
const COLUMN_GAP = /\t+|(?<!ngày|:) {8,}/gu;

export function cells(text: string): Cell[] {
  const out: Cell[] = [];
  let start = 0;
  let line = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let column = 0;
    const lineText = text.slice(start, end);
    let from = 0;
    let m: RegExpExecArray | null;
    const pieces: [number, number][] = [];
    // Most lines have neither a tab nor eight spaces: no scan for columns then.
    const columns = lineText.includes('\t') || lineText.includes('        ');
    COLUMN_GAP.lastIndex = 0;
    while (columns && (m = COLUMN_GAP.exec(lineText))) {
      pieces.push([from, m.index]);
      from = m.index + m[0].length;
    }
    pieces.push([from, lineText.length]);
    for (const [a, b] of pieces) {
      const raw = lineText.slice(a, b);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) {
        out.push({ start: start + a + lead, end: start + a + lead + trimmed.length, text: trimmed, line, column });
        column++;
      }
    }
    if (nl === -1) break;
    start = nl + 1;
    line++;
  }
  return out;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** An all-caps line such as "KẾ HOẠCH" or "UBND HUYỆN THỦ THỪA" (digits and punctuation allowed). */
export const isAllCaps = (s: string): boolean =>
  // Removing "a)" list marks can only take lower case away: without one, or without ")", no copy is needed.
  UPPER.test(s) && (!LOWER.test(s) || (s.includes(')') && !LOWER.test(s.replace(/\b[a-z]\)/gu, ''))));
