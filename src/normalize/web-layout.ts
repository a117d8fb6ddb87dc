import { fromEdits, type Edit, type StepResult } from './edits.js';

/*
 * Text copied from a web page of legal documents keeps traces of the page's HTML table:
 *
 *   ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |      cells on one line, "|" between
 *   |                                                            a cell boundary on a line of its own
 *   Số: 54/KH-UBND \r\n | \r\n Lạng Sơn, ngày …                  line breaks written as "\r\n" text
 *
 * The pipes become what a flattened DOCX table has (a tab between two cells, nothing at a row's
 * edges, an empty line for a lone boundary), and escaped line breaks become line breaks.
 */

/** A page dump with line breaks written out as "\r\n" or "\n": at least this many of them. */
const MIN_ESCAPED_BREAKS = 3;
const ESCAPED_BREAK = /\\r\\n|\\n|\\r/gu;

/** Turns "\r\n" written as text into line breaks, when the text has several of them. */
export function unescapeBreaks(input: string): StepResult {
  // Either form holds a written "\n" (a literal search, far quicker than the pattern's scan).
  if (!input.includes('\\n')) return { text: input, edits: [] };
  const found = [...input.matchAll(ESCAPED_BREAK)];
  if (found.length < MIN_ESCAPED_BREAKS) return { text: input, edits: [] };
  return fromEdits(input, found.map((m) => ({ start: m.index, end: m.index + m[0].length, insert: '\n' })));
}

// A lone cell boundary: only pipes and spaces on the line.
const ONLY_PIPES = /^[ \t]*\|[ \t|]*$/u;
// A table row written with pipes: "| a | b |" or "a | b |".
const ROW_EDGE = /^[ \t]*\||\|[ \t]*$/u;

/** Web-table pipes: a boundary between two cells becomes a tab, one at a row's edge goes. */
export function unpipeCells(input: string): StepResult {
  if (!input.includes('|')) return { text: input, edits: [] };
  const edits: Edit[] = [];
  let from = 0;
  while (from <= input.length) {
    const nl = input.indexOf('\n', from);
    const to = nl === -1 ? input.length : nl;
    const line = input.slice(from, to);
    if (line.includes('|')) pipesOfLine(line, from, edits);
    if (nl === -1) break;
    from = nl + 1;
  }
  return fromEdits(input, edits);
}

function pipesOfLine(line: string, at: number, edits: Edit[]): void {
  if (ONLY_PIPES.test(line)) {
    edits.push({ start: at, end: at + line.length, insert: '' });
    return;
  }
  const row = ROW_EDGE.test(line);
  // Inside running text a pipe is a cell boundary only with spaces on both sides ("a | b").
  const pipe = row ? /[ \t]*\|[ \t]*/gu : /[ \t]+\|[ \t]+/gu;
  const first = line.search(/\S/u);
  const last = line.search(/\s*$/u);
  for (const m of line.matchAll(pipe)) {
    const start = m.index;
    const end = start + m[0].length;
    const edge = start <= first || end >= last;
    edits.push({ start: at + start, end: at + end, insert: edge ? '' : '\t' });
  }
}
