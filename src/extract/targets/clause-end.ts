import { NUMBER_WORDS } from './number.js';

/** The longest a target's clause runs. */
export const MAX_CLAUSE = 200;

const WORDS = Object.keys(NUMBER_WORDS).join('|');
// Ends a target's clause: ; ( : a line end, a full stop (not "1.000"), "…", a purpose ("để", "nhằm"),
// ", trong đó" / ", tỷ lệ" (the next item), or the next quantity of a list (", 01 mô hình", " và 02 lớp"). A lone comma does not end it:
// "01 hình thức, phương pháp tuyên truyền" keeps its inner comma.
const END = new RegExp(
  String.raw`[;(:\n…]|\.(?=\s|$|")|\s(?:để|nhằm)\s|,\s+(?=trong\s+đó|tỷ\s+lệ|tỉ\s+lệ|(?:xây\s+dựng|nâng\s+cấp|cải\s+tạo|sửa\s+chữa|tổ\s+chức|thành\s+lập|đào\s+tạo|tập\s+huấn|bồi\s+dưỡng|trồng|kết\s+nạp)(?:\s+mới)?\s+(?:ít\s+nhất\s+|tối\s+thiểu\s+)?\d)|(?:,|\s(?:và|hoặc))\s+(?=(?:(?:ít\s+nhất|tối\s+thiểu|tối\s+đa)\s+)?(?:\d{1,9}(?:[.,]\d{1,3})?\s?%|0\d\s+\p{L}|(?:${WORDS})\s+\p{L}|\d{1,3}\s+\p{L}))`,
  'iu',
);

/** The end offset of the clause that starts at `from` (exclusive), trailing spaces and commas dropped. */
export function clauseEnd(text: string, from: number): number {
  const window = text.slice(from, from + MAX_CLAUSE);
  const m = END.exec(window);
  let end = from + (m ? m.index : window.length);
  while (end > from && /[\s,]/u.test(text[end - 1] ?? '')) end--;
  return end;
}

/** The text after the last clause mark (; : . ( )) of `s`: a backward scan, not /[^;:.()]*$/, which is quadratic. */
export function lastClause(s: string): string {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x3b || c === 0x3a || c === 0x2e || c === 0x28 || c === 0x29) return s.slice(i + 1);
  }
  return s;
}

/** Where the line holding `at` starts, looking back at most `reach` characters (a huge line must not cost a scan per number). */
export function lineStartWithin(text: string, at: number, reach = 400): number {
  const stop = Math.max(0, at - reach);
  for (let i = at - 1; i >= stop; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop;
}
