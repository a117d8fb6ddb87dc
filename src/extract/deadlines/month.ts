import { dayBeforeMonth, monthEnd, nextMonthYear } from './calendar.js';
import { wordStarts } from '../../grammar/vi/boundaries.js';
import { MONTH_AT } from './fragments.js';
import type { Proposal, RuleInput } from './types.js';

/** Cues before a month or a quarter; "trước" means the period before it. Matched with wordStarts. */
export const PERIOD_CUE = String.raw`(?<cue>trước|trong|chậm\s{1,3}nhất(?:\s{1,3}(?:là|trong|vào))?|đến\s{1,3}hết|đến|cuối|hết)\s{1,3}`;

// "hoàn thành trong tháng 12/2023" → 2023-12-31; "trước tháng 6/2024" → 2024-05-31 (the last day
// before June: "trước" is strict, as with "trước ngày"); "trong tháng 10" → the next October's end.
// A month alone is a period in a narrative too ("Trong tháng 12/2023, đã tổ chức ..."), so it needs a duty.
const PATTERN = new RegExp(PERIOD_CUE + MONTH_AT, 'gdiu');

export function months({ text, ref }: RuleInput): Proposal[] {
  const out: Proposal[] = [];
  for (const m of wordStarts(PATTERN, text)) {
    const g = m.groups ?? {};
    const month = Number(g.m);
    const written = g.y ?? g.y2;
    const before = /^trước/iu.test(g.cue ?? '');
    const y = written !== undefined ? Number(written) : ref ? nextMonthYear(ref, month) : null;
    const date = y === null ? null : before ? dayBeforeMonth(y, month) : monthEnd(y, month);
    const start = m.index, end = start + m[0].length;
    const dateStart = m.indices?.groups?.m?.[0] ?? start;
    out.push({
      rule: written !== undefined ? 'deadline/trong-thang' : 'deadline/trong-thang-partial',
      kind: 'month',
      date,
      rrule: null,
      span: { start, end },
      dateSpan: { start: Math.max(start, dateStart - 6), end },
      yearInferred: written === undefined && y !== null,
      needsDuty: true,
      by: written === undefined && !before ? { month, day: -1 } : null,
    });
  }
  return out;
}
