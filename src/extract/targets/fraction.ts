import { clauseEnd, lastClause } from './clause-end.js';
import { comparatorOf, prefixBefore } from './comparator.js';
import { RESULT_BEFORE, TARGET_WORDS } from './guards.js';
import type { TargetFound } from './types.js';

// A share written as a fraction: "2/3 số xã đạt chuẩn", "ít nhất 1/3 số giáo viên", "một nửa số
// hộ". Read as a percentage (2/3 → 66.67 %, rounded to two decimals) so that it compares with the
// other shares. Only before "số"/"tổng số" (what it is a share of): "ngày 2/3" is a date, "1/2 suất"
// a portion. A quorum ("có ít nhất 2/3 số hộ tham dự", "được 2/3 tổng số đại biểu tán thành") is a
// rule of procedure, not a target.
export const PATTERN = /(?:(?<n>[1-9])\s?\/\s?(?<d>[2-9]|10)|(?<half>một\s+nửa|nửa))\s+(?=(?:tổng\s+)?số\s+\p{L})/giu;
const QUORUM = /(?:tham\s+dự|có\s+mặt|tán\s+thành|đồng\s+ý|biểu\s+quyết|nhất\s+trí|bỏ\s+phiếu)/iu;
const NOT_AFTER_DATE = /(?:ngày|tháng|số|năm|lúc)\s*$/iu;
const PATTERN_AT = new RegExp(PATTERN.source, 'iuy');
const NOT_BEFORE = /[\p{L}\p{N}/.,-]/u;
const SPACE = /\s/u;
const isSpace = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i); // NaN outside the text
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === c && SPACE.test(text[i]!);
};
const isDigitIn = (text: string, i: number, lo: number, hi: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= lo && c <= hi;
};

/**
 * Where PATTERN can start, from the "/" or the "ử" every match holds (indexOf is far cheaper than a
 * scan): "2/3", "2 / 3" start one or two units before the "/"; "nửa" one before its "ử", "một nửa"
 * three before the spaces ahead of that. A "/" must have a numerator before it and a denominator
 * and a space after it, which dates and symbols seldom do. Sorted, without repeats.
 */
function fractionStarts(text: string): number[] {
  const out: number[] = [];
  for (let p = text.indexOf('/'); p >= 0; p = text.indexOf('/', p + 1)) {
    let q = isSpace(text, p + 1) ? p + 2 : p + 1; // "\s?" before the denominator
    if (isDigitIn(text, q, 0x32, 0x39)) q += 1;
    else if (text.charCodeAt(q) === 0x31 && text.charCodeAt(q + 1) === 0x30) q += 2;
    else continue;
    if (!isSpace(text, q)) continue;
    if (isDigitIn(text, p - 1, 0x31, 0x39)) out.push(p - 1);
    if (isSpace(text, p - 1) && isDigitIn(text, p - 2, 0x31, 0x39)) out.push(p - 2);
  }
  for (const a of ['ử', 'Ử']) {
    for (let p = text.indexOf(a); p >= 0; p = text.indexOf(a, p + 1)) {
      if (p === 0) continue;
      out.push(p - 1);
      let j = p - 1;
      while (isSpace(text, j - 1)) j--;
      if (j < p - 1 && j >= 3) out.push(j - 3);
    }
  }
  out.sort((a, b) => a - b);
  return out.filter((x, i) => i === 0 || out[i - 1] !== x);
}

/** What wordStarts(PATTERN, text, NOT_BEFORE) gives, with PATTERN tried only at fractionStarts. */
export function fractionMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const at of fractionStarts(text)) {
    if (at < next) continue;
    PATTERN_AT.lastIndex = at;
    const m = PATTERN_AT.exec(text);
    if (!m || (at > 0 && NOT_BEFORE.test(text[at - 1]!))) continue;
    next = at + m[0].length;
    out.push(m);
  }
  return out;
}

export function fractions(text: string): TargetFound[] {
  const out: TargetFound[] = [];
  for (const m of fractionMatches(text)) {
    const g = m.groups ?? {};
    const [n, d] = g.half ? [1, 2] : [Number(g.n), Number(g.d)];
    if (!(n < d)) continue;
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    if (NOT_AFTER_DATE.test(before)) continue;
    const numberEnd = m.index + m[0].trimEnd().length;
    if (/^\s?\/\s?\d/u.test(text.slice(numberEnd, numberEnd + 3))) continue; // "2/3/2024"
    const end = clauseEnd(text, numberEnd);
    const tail = text.slice(numberEnd, end).trim();
    if (QUORUM.test(tail)) continue;
    const clauseBefore = lastClause(before.slice(before.lastIndexOf('\n') + 1));
    if (RESULT_BEFORE.test(clauseBefore) && !TARGET_WORDS.test(clauseBefore)) continue;
    const p = prefixBefore(text, m.index);
    out.push({
      value: Math.round((n / d) * 10000) / 100,
      unit: '%',
      comparator: comparatorOf(p?.cmp, tail),
      measure: tail || null,
      span: { start: p?.start ?? m.index, end: Math.max(end, numberEnd) },
      rule: 'target/fraction',
    });
  }
  return out;
}
