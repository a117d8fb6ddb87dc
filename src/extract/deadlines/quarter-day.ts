import { DAY, isoDate } from '../../grammar/vi/dates.js';
import { STRONG_CUE } from './fragments.js';
import type { Proposal, RuleInput } from './types.js';

// "trước ngày 20 tháng cuối quý", "chậm nhất ngày 25 của tháng cuối mỗi quý": a quarterly duty
// on a day of the quarter's last month (RRULE every 3 months). A "hằng quý" phrase in the same
// clause takes it as its by-date; alone, it is a recurring deadline of its own. The rare words
// "tháng cuối quý" are found first, then the cue and the day are read just before them.
// "trước ngày 10 của tháng đầu quý sau", "tháng đầu của quý tiếp theo": the report on a quarter is due
// in the next one's first month (January, April, July, October).
const ANCHOR = /tháng\s{1,3}(?:cuối\s{1,3}(?:của\s{1,3}|mỗi\s{1,3}|hằng\s{1,3}|hàng\s{1,3})?quý|(?<first>đầu)\s{1,3}(?:của\s{1,3})?quý\s{1,3}(?:sau|tiếp\s{1,3}theo|kế\s{1,3}tiếp))(?![\p{L}\p{N}])/giu;
const LEAD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${STRONG_CUE})\s{0,3}(?:(?:là|vào)\s{1,3})?ngày\s{1,3}(?<d>${DAY})\s{1,3}(?:của\s{1,3})?$`, 'iu');
const REACH = 80;

export function quarterDays({ text, ref }: RuleInput): Proposal[] {
  const out: Proposal[] = [];
  ANCHOR.lastIndex = 0;
  for (let a = ANCHOR.exec(text); a; a = ANCHOR.exec(text)) {
    const from = Math.max(0, a.index - REACH);
    const lead = LEAD.exec(text.slice(from, a.index));
    if (!lead) continue;
    const d = Number(lead.groups?.d);
    const start = from + lead.index, end = a.index + a[0].length;
    out.push({
      rule: 'deadline/thang-cuoi-quy',
      kind: 'recurring',
      date: ref ? nextQuarterDay(ref.y, ref.m, ref.d, d, a.groups?.first ? 1 : 3) : null,
      rrule: `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=${d}`,
      span: { start, end },
      dateSpan: { start, end },
      yearInferred: ref !== null,
      needsDuty: false,
      by: { month: null, day: d },
    });
  }
  return out;
}

/** Day d of the next quarter's last month (March, June, September, December; `nth` 3) or first month (`nth` 1) on or after y-m-day. */
function nextQuarterDay(y: number, m: number, day: number, d: number, nth: number): string | null {
  const q0 = Math.ceil(m / 3) - 1;
  for (let i = 0; i < 6; i++) {
    const qm = ((q0 + i) % 4) * 3 + nth;
    const qy = y + Math.floor((q0 + i) / 4);
    const iso = isoDate(qy, qm, d);
    if (iso && (qy > y || qm > m || (qm === m && d >= day))) return iso;
  }
  return null;
}
