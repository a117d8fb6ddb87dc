import { monthEnd, nextMonthYear } from './calendar.js';
import type { PeriodMatch } from './period.js';
import type { Proposal, RefDate } from './types.js';

// "hoàn thành trong 6 tháng đầu năm 2024" → 2024-06-30; "trong 6 tháng cuối năm" → the next
// 31/12. Without a cue ("Báo cáo sơ kết 6 tháng đầu năm") it names a report, not a due date, and
// "trước 6 tháng ..." does not occur as a deadline: only the inclusive cues count.
export function halfYear({ g, gi, start, end, before, labelled }: PeriodMatch, ref: RefDate | null): Proposal | null {
  if (before) return null;
  const mm = g.half?.toLowerCase() === 'đầu' ? 6 : 12;
  const written = g.hy ?? g.hy2;
  const y = written !== undefined ? Number(written) : ref ? nextMonthYear(ref, mm) : null;
  const dateStart = gi?.half?.[0] ?? start;
  return {
    rule: 'deadline/sau-thang',
    kind: 'month',
    date: y === null ? null : monthEnd(y, mm),
    rrule: null,
    span: { start, end },
    dateSpan: { start: Math.max(start, dateStart - 10), end },
    yearInferred: written === undefined && y !== null,
    needsDuty: !labelled,
    by: null,
  };
}
