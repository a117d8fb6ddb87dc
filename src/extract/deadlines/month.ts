import { isoDate } from '../../grammar/vi/dates.js';
import { dayBeforeMonth, monthEnd, nextMonthYear } from './calendar.js';
import { periodProposal, type PeriodMatch } from './period-proposal.js';
import type { Proposal, RefDate } from './types.js';

// "hoàn thành trong tháng 12/2023" → 2023-12-31; "trước tháng 6/2024" → 2024-05-31 (the last day
// before June: "trước" is strict, as with "trước ngày"); "trong tháng 10" → the next October's end.
// A month alone is a period in a narrative too ("Trong tháng 12/2023, đã tổ chức ..."), so it needs a duty.
// "trong tuần đầu của tháng 4/2024" → 2024-04-07; "tuần thứ hai" → the 14th; "nửa đầu tháng" → the
// 15th; "tuần cuối", "nửa cuối" → the month's end; "đầu tháng", "thượng tuần" → the 10th; "giữa
// tháng", "trung tuần" → the 20th; "hạ tuần" → the month's end.
const WEEK_ENDS: Readonly<Record<string, number>> = { đầu: 7, nhất: 7, '1': 7, hai: 14, '2': 14, ba: 21, '3': 21, tư: 28, '4': 28 };
function partEnd(part: string | undefined, y: number, mm: number): string | null {
  if (part === undefined) return null;
  const [unit, ...rest] = part.toLowerCase().split(/\s+/u);
  if (unit === 'đầu' || unit === 'thượng') return isoDate(y, mm, 10);
  if (unit === 'giữa' || unit === 'trung') return isoDate(y, mm, 20);
  if (unit === 'hạ') return null;
  const which = rest[rest.length - 1]!;
  if (which === 'cuối') return null;
  return isoDate(y, mm, unit === 'nửa' ? 15 : WEEK_ENDS[which] ?? 7);
}

export function month(pm: PeriodMatch, ref: RefDate | null): Proposal {
  const { g, gi, before } = pm;
  const mm = Number(g.m);
  const written = g.y ?? g.y2;
  const y = written !== undefined ? Number(written) : ref ? nextMonthYear(ref, mm) : null;
  return periodProposal(pm, {
    rule: written !== undefined ? 'deadline/trong-thang' : 'deadline/trong-thang-partial',
    kind: 'month',
    date: y === null ? null : partEnd(g.part, y, mm) ?? (before ? dayBeforeMonth(y, mm) : monthEnd(y, mm)),
    written: written !== undefined,
    year: y,
    at: gi?.m?.[0],
    back: 6,
    by: written === undefined && !before ? { month: mm, day: -1 } : null,
  });
}
