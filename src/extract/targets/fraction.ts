import { wordStarts } from '../../grammar/vi/boundaries.js';
import { clauseEnd, lastClause } from './clause-end.js';
import { comparatorOf, prefixBefore } from './comparator.js';
import { RESULT_BEFORE, TARGET_WORDS } from './guards.js';
import type { TargetFound } from './types.js';

// A share written as a fraction: "2/3 số xã đạt chuẩn", "ít nhất 1/3 số giáo viên", "một nửa số
// hộ". Read as a percentage (2/3 → 66.67 %, rounded to two decimals) so that it compares with the
// other shares. Only before "số"/"tổng số" (what it is a share of): "ngày 2/3" is a date, "1/2 suất"
// a portion. A quorum ("có ít nhất 2/3 số hộ tham dự", "được 2/3 tổng số đại biểu tán thành") is a
// rule of procedure, not a target.
const PATTERN = /(?:(?<n>[1-9])\s?\/\s?(?<d>[2-9]|10)|(?<half>một\s+nửa|nửa))\s+(?=(?:tổng\s+)?số\s+\p{L})/giu;
const QUORUM = /(?:tham\s+dự|có\s+mặt|tán\s+thành|đồng\s+ý|biểu\s+quyết|nhất\s+trí|bỏ\s+phiếu)/iu;
const NOT_AFTER_DATE = /(?:ngày|tháng|số|năm|lúc)\s*$/iu;

export function fractions(text: string): TargetFound[] {
  const out: TargetFound[] = [];
  for (const m of wordStarts(PATTERN, text, /[\p{L}\p{N}/.,-]/u)) {
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
