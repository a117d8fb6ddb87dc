import { dayBeforeMonth, monthEnd, nextMonthYear } from './calendar.js';
import type { PeriodMatch } from './period.js';
import type { Proposal, RefDate } from './types.js';

// "hoàn thành trong tháng 12/2023" → 2023-12-31; "trước tháng 6/2024" → 2024-05-31 (the last day
// before June: "trước" is strict, as with "trước ngày"); "trong tháng 10" → the next October's end.
// A month alone is a period in a narrative too ("Trong tháng 12/2023, đã tổ chức ..."), so it needs a duty.
export function month({ g, gi, start, end, before, labelled }: PeriodMatch, ref: RefDate | null): Proposal {
  const mm = Number(g.m);
  const written = g.y ?? g.y2;
  const y = written !== undefined ? Number(written) : ref ? nextMonthYear(ref, mm) : null;
  const date = y === null ? null : before ? dayBeforeMonth(y, mm) : monthEnd(y, mm);
  const dateStart = gi?.m?.[0] ?? start;
  return {
    rule: written !== undefined ? 'deadline/trong-thang' : 'deadline/trong-thang-partial',
    kind: 'month',
    date,
    rrule: null,
    span: { start, end },
    dateSpan: { start: Math.max(start, dateStart - 6), end },
    yearInferred: written === undefined && y !== null,
    needsDuty: !labelled,
    by: written === undefined && !before ? { month: mm, day: -1 } : null,
  };
}
