import type { Span } from '../doc/span.js';
import { unitTest } from '../grammar/vi/unit-class.js';

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
  // The next tab and the next eight spaces, found for the whole text (most lines have neither:
  // they are not scanned for columns, nor copied).
  let tab = text.indexOf('\t');
  let gap = indexOfGap(text, 0);
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (tab >= 0 && tab < start) tab = text.indexOf('\t', start);
    if (gap >= 0 && gap < start) gap = indexOfGap(text, start);
    const columns = (tab >= 0 && tab < end) || (gap >= 0 && gap + 8 <= end);
    if (!columns) pushCell(out, text, start, end, line, 0);
    else {
      let column = 0;
      const lineText = text.slice(start, end);
      let from = 0;
      let m: RegExpExecArray | null;
      COLUMN_GAP.lastIndex = 0;
      while ((m = COLUMN_GAP.exec(lineText))) {
        if (pushCell(out, text, start + from, start + m.index, line, column)) column++;
        from = m.index + m[0].length;
      }
      pushCell(out, text, start + from, end, line, column);
    }
    if (nl === -1) break;
    start = nl + 1;
    line++;
  }
  return out;
}

const isBlank = unitTest(/\s/u);
const SPACE = 0x20;

/**
 * text.indexOf('        ', from): the first run of eight spaces. indexOf is slow at it (spaces
 * are everywhere); a run of eight holds one of every eighth offset i, and i - 4 or i + 4 too, so
 * only those are looked at, and the run around them measured when both are spaces.
 */
export function indexOfGap(text: string, from: number): number {
  for (let i = from + 7; i < text.length; i += 8) {
    if (text.charCodeAt(i) !== SPACE || (text.charCodeAt(i - 4) !== SPACE && text.charCodeAt(i + 4) !== SPACE)) continue;
    let a = i;
    while (a > from && text.charCodeAt(a - 1) === SPACE) a--;
    let b = i + 1;
    while (b < text.length && b - a < 8 && text.charCodeAt(b) === SPACE) b++;
    if (b - a >= 8) return a;
  }
  return -1;
}

/** The cell of text[a, b) without its blanks (what trim() removes: `\s`), when anything is left. */
function pushCell(out: Cell[], text: string, a: number, b: number, line: number, column: number): boolean {
  while (a < b && isBlank(text.charCodeAt(a))) a++;
  while (b > a && isBlank(text.charCodeAt(b - 1))) b--;
  if (a === b) return false;
  out.push({ start: a, end: b, text: text.slice(a, b), line, column });
  return true;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** An all-caps line such as "KẾ HOẠCH" or "UBND HUYỆN THỦ THỪA" (digits and punctuation allowed). */
export const isAllCaps = (s: string): boolean =>
  // Removing "a)" list marks can only take lower case away: without one, or without ")", no copy is needed.
  UPPER.test(s) && (!LOWER.test(s) || (s.includes(')') && !LOWER.test(s.replace(/\b[a-z]\)/gu, ''))));
