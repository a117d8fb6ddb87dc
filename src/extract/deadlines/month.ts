import { dayBeforeMonth, monthEnd, nextMonthYear } from './calendar.js';
import { periodProposal, type PeriodMatch } from './period-proposal.js';
import type { Proposal, RefDate } from './types.js';

// "hoàn thành trong tháng 12/2023" → 2023-12-31; "trước tháng 6/2024" → 2024-05-31 (the last day
// before June: "trước" is strict, as with "trước ngày"); "trong tháng 10" → the next October's end.
// A month alone is a period in a narrative too ("Trong tháng 12/2023, đã tổ chức ..."), so it needs a duty.
export function month(pm: PeriodMatch, ref: RefDate | null): Proposal {
  const { g, gi, before } = pm;
  const mm = Number(g.m);
  const written = g.y ?? g.y2;
  const y = written !== undefined ? Number(written) : ref ? nextMonthYear(ref, mm) : null;
  return periodProposal(pm, {
    rule: written !== undefined ? 'deadline/trong-thang' : 'deadline/trong-thang-partial',
    kind: 'month',
    date: y === null ? null : before ? dayBeforeMonth(y, mm) : monthEnd(y, mm),
    written: written !== undefined,
    year: y,
    at: gi?.m?.[0],
    back: 6,
    by: written === undefined && !before ? { month: mm, day: -1 } : null,
  });
}
