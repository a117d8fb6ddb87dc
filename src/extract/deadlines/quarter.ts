import { quarterNumber } from '../../grammar/vi/dates.js';
import { nextMonthYear, quarterEnd } from './calendar.js';
import { periodProposal, type PeriodMatch } from './period-proposal.js';
import type { Proposal, RefDate } from './types.js';

// "trong quý III/2024", "trong quý III năm 2024" → 2024-09-30; "trước quý IV/2024" → 2024-09-30;
// "trong quý I" alone → the next first quarter from refDate, or a recurring duty's BYMONTH
// ("hoàn thành trong quý I hằng năm").
/** The last day of each quarter's last month (31/3, 30/6, 30/9, 31/12): the same every year. */
const QUARTER_LAST_DAY = [31, 30, 30, 31] as const;

export function quarter(pm: PeriodMatch, ref: RefDate | null): Proposal | null {
  const { g, gi, before } = pm;
  const q = quarterNumber(g.q ?? '');
  if (q === null) return null;
  const written = g.qy ?? g.qy2;
  const last = before ? q - 1 : q; // "trước quý I" → the end of the previous year's fourth quarter
  let y = written !== undefined ? Number(written) : ref ? nextMonthYear(ref, q * 3) : null;
  let qq = last;
  if (y !== null && qq === 0) [y, qq] = [y - 1, 4];
  return periodProposal(pm, {
    rule: written !== undefined ? 'deadline/trong-quy' : 'deadline/trong-quy-partial',
    kind: 'quarter',
    date: y === null ? null : quarterEnd(y, qq),
    written: written !== undefined,
    year: y,
    at: gi?.q?.[0],
    back: 4,
    by: written === undefined && !before ? { month: q * 3, day: QUARTER_LAST_DAY[q - 1] ?? -1 } : null,
  });
}
