import { monthEnd, nextMonthYear } from './calendar.js';
import { periodProposal, type PeriodMatch } from './period-proposal.js';
import type { Proposal, RefDate } from './types.js';

// "hoàn thành trong 6 tháng đầu năm 2024" → 2024-06-30; "trong 6 tháng cuối năm" → the next
// 31/12. Without a cue ("Báo cáo sơ kết 6 tháng đầu năm") it names a report, not a due date, and
// "trước 6 tháng ..." does not occur as a deadline: only the inclusive cues count.
export function halfYear(pm: PeriodMatch, ref: RefDate | null): Proposal | null {
  const { g, gi, before } = pm;
  if (before) return null;
  const mm = g.half?.toLowerCase() === 'đầu' ? 6 : 12;
  const written = g.hy ?? g.hy2;
  const y = written !== undefined ? Number(written) : ref ? nextMonthYear(ref, mm) : null;
  return periodProposal(pm, {
    rule: 'deadline/sau-thang',
    kind: 'month',
    date: y === null ? null : monthEnd(y, mm),
    written: written !== undefined,
    year: y,
    at: gi?.half?.[0],
    back: 10,
    by: null,
  });
}
