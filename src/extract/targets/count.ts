import { clauseEnd } from './clause-end.js';
import { comparatorOf, PREFIX } from './comparator.js';
import { BLOCKED_HEAD, LABEL_BEFORE, PART_BEFORE, PAST_CLAUSE, RANGE_BEFORE, SLOGAN_HEAD, TARGET_VERB, TARGET_WORDS } from './guards.js';
import { isPadded, NUM, NUM_WORD, numberValue } from './number.js';
import type { TargetFound } from './types.js';
import { unitOf } from './unit.js';

// Counts: "ít nhất 01 hình thức, phương pháp tuyên truyền, 01 mô hình ...", "ít nhất một mô hình",
// "xây dựng mô hình điểm tại: 01 trường ...", "tổ chức 03 lớp tập huấn", "mỗi xã có 02 ...".
// A bare number next to a noun is everywhere in these texts, so a count needs one of: a comparator
// word, zero padding ("01"), a planning verb just before it, or a place in a list after a target.
const PATTERN = new RegExp(String.raw`(?:${PREFIX})?(?:${NUM}|${NUM_WORD})\s{1,3}(?<head>\p{L}+(?:\s+\p{L}+)?)`, 'gdiu');

/** The largest value in a sorted array that is <= x, or -1. */
function floor(sorted: readonly number[], x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1]! : -1;
}

/** `listEnds`: where the percentages' clauses end, sorted (a count may continue their list). */
export function counts(text: string, listEnds: readonly number[]): TargetFound[] {
  const out: TargetFound[] = [];
  const pctEnds = listEnds;
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const g = m.groups ?? {};
    const gi = m.indices?.groups;
    const headAt = gi?.head?.[0] ?? m.index + m[0].length;
    PATTERN.lastIndex = headAt; // the head may hold the next quantity's prefix
    const value = numberValue(g.num, g.word);
    if (value === null || value === 0) continue;
    if (g.word !== undefined && g.cmp === undefined) continue; // "một số", "một cách": only "ít nhất một"
    const head = g.head ?? '';
    const first = head.split(/\s+/u)[0] ?? '';
    if (BLOCKED_HEAD.test(first) || BLOCKED_HEAD.test(head)) continue;
    if (/^(?:19|20)\d\d$/u.test(g.num ?? '')) continue; // a year
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (LABEL_BEFORE.test(before) || RANGE_BEFORE.test(before) || (g.cmp === undefined && PART_BEFORE.test(before))) continue;
    if (g.cmp === undefined && !isPadded(g.num) && SLOGAN_HEAD.test(first)) continue;
    const line = before.slice(before.lastIndexOf('\n') + 1);
    const clauseBefore = line.slice(line.search(/[^;:.()]*$/u));
    if (PAST_CLAUSE.test(clauseBefore) && !TARGET_WORDS.test(line)) continue;
    // In a list after a target: the nearest target clause ends just before this number.
    const e = Math.max(floor(pctEnds, m.index), out[out.length - 1]?.span.end ?? -1);
    const inList = e >= 0 && e <= m.index && m.index - e <= 24 && /^\s*(?:,|và|hoặc|;)?\s*(?:tại\s*)?$/u.test(text.slice(e, m.index));
    if (g.cmp === undefined && !isPadded(g.num) && !inList && !TARGET_VERB.test(line)) continue;
    if (/^(?:triệu|tỷ|đồng)/iu.test(head) && !TARGET_WORDS.test(line)) continue;
    const start = m.index;
    const end = clauseEnd(text, headAt);
    const after = text.slice(headAt, end);
    const prev = out[out.length - 1];
    // "ít nhất 01 A, 01 B": the comparator carries over the list.
    const carried = g.cmp === undefined && inList && prev && prev.span.end <= m.index ? prev.comparator : null;
    out.push({
      value,
      unit: unitOf(head),
      comparator: carried ?? comparatorOf(g.cmp, after),
      measure: text.slice(headAt, end).trim() || null,
      span: { start, end },
      rule: g.cmp !== undefined ? 'target/count-comparator' : 'target/count',
    });
  }
  return out;
}
