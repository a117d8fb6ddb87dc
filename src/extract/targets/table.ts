import { NUM_BARE, numberValue } from './number.js';
import { unitOf } from './unit.js';
import type { TargetFound } from './types.js';

// A plan's chỉ tiêu table (pasted from PDF, Word or a web page, its cells joined by tabs):
//
//   TT  Chỉ tiêu                               Đơn vị  Kế hoạch 2018        STT  Chỉ tiêu        Năm 2025
//   1   Số lớp tập huấn kỹ thuật                lớp     120                  1    Số xã đạt chuẩn 4 xã
//
// A row's planned figure is a target, named by its indicator. Cells holding "%" or a comparator
// word are left to the percentage and count rules, which read them in place. Columns of what was
// done ("Thực hiện 2017", "Ước đạt", "Kết quả") and of past years are results.
export const INDICATOR = /^(?:chỉ\s+tiêu|nội\s+dung(?:\s+chỉ\s+tiêu)?|tên\s+chỉ\s+tiêu|mục\s+tiêu)$/iu;
/** What a line holding an INDICATOR cell must have: a cell opening on "chỉ", "nội", "tên" or "mục" (any case). */
export const HEAD_WORD = /(?:^|\t)\s*(?:[cC][hH][ỉỈ]|[nN][ộỘ][iI]|[tT][êÊ][nN]|[mM][ụỤ][cC])\s/u;
const UNIT = /^(?:đơn\s+vị(?:\s+tính)?|đvt)$/iu;
const PLANNED = /kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu|phấn\s+đấu|^năm\s+(?:19|20)\d\d$|^(?:19|20)\d\d$/iu;
const DONE = /thực\s+hiện|ước|đạt\s+được|kết\s+quả|so\s+sánh|tỷ\s+lệ\s+%|cùng\s+kỳ/iu;
const YEAR = /(?:19|20)\d\d/u;
const VALUE = new RegExp(String.raw`^${NUM_BARE}(?:\s+(?<unit>\p{L}+(?:\s+\p{L}+)?))?$`, 'u');
const MAX_ROWS = 30;

export function tableTargets(text: string, refYear: number | null): TargetFound[] {
  if (!text.includes('\t')) return [];
  const out: TargetFound[] = [];
  const lines = text.split('\n');
  let starts: number[] | null = null; // only a table needs the lines' offsets
  for (let i = 0; i < lines.length; i++) {
    // A header row has a tab and a cell opening on an indicator's first word: most lines have neither.
    if (!lines[i]!.includes('\t') || !HEAD_WORD.test(lines[i]!)) continue;
    const head = lines[i]!.split('\t').map((c) => c.trim());
    if (head.length < 2) continue;
    const ind = head.findIndex((c) => INDICATOR.test(c));
    if (ind < 0) continue;
    const unitCol = head.findIndex((c) => UNIT.test(c));
    const cols = head.map((c, k) => k).filter((k) => {
      const c = head[k]!;
      if (k === ind || k === unitCol || !PLANNED.test(c) || DONE.test(c)) return false;
      const y = YEAR.exec(c);
      return !y || refYear === null || Number(y[0]) >= refYear;
    });
    if (cols.length === 0) continue;
    for (let j = i + 1; j < lines.length && j <= i + MAX_ROWS; j++) {
      const row = lines[j]!.split('\t');
      if (row.length !== head.length) break;
      const name = row[ind]!.trim();
      if (!/\p{L}/u.test(name)) continue;
      for (const k of cols) {
        const cell = row[k]!.trim();
        const m = VALUE.exec(cell);
        if (!m) continue;
        const value = numberValue(m.groups?.num, undefined);
        if (value === null || value === 0) continue;
        const rawUnit = m.groups?.unit ?? (unitCol >= 0 ? row[unitCol]!.trim() : '');
        const unit = rawUnit === '%' ? '%' : rawUnit ? unitOf(rawUnit) : null;
        if (!starts) {
          let at = 0;
          starts = lines.map((l) => { const s0 = at; at += l.length + 1; return s0; });
        }
        const rowStart = starts[j]!;
        const nameStart = rowStart + row.slice(0, ind).reduce((s, c) => s + c.length + 1, 0) + (row[ind]!.length - row[ind]!.trimStart().length);
        const cellEnd = rowStart + row.slice(0, k + 1).reduce((s, c) => s + c.length + 1, 0) - 1;
        out.push({ value, unit, comparator: '=', measure: name, span: { start: nameStart, end: cellEnd }, rule: 'target/table' });
      }
    }
  }
  return out;
}
