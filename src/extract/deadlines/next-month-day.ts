import { DAY, isoDate } from '../../grammar/vi/dates.js';
import { STRONG_CUE } from './fragments.js';
import type { Proposal, RuleInput } from './types.js';

// "báo cáo … trước ngày 05 của tháng tiếp theo", "trước ngày 10 tháng sau": a month's report is due
// early in the next one, every month (RRULE monthly on that day). Only under a duty verb: the
// phrase alone may also date a one-off step. "tháng sau" is rare; it is found first (any case of
// its first letter), then the cue and the day are read just before it.
// Opens on the literal "háng" (irregexp searches for it quickly); its "t" or "T" is checked by hand.
const ANCHOR = /háng\s{1,3}(?:tiếp\s{1,3}theo|sau|kế\s{1,3}tiếp)(?![\p{L}\p{N}])/gu;
const LEAD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${STRONG_CUE})\s{0,3}(?:(?:là|vào)\s{1,3})?ngày\s{1,3}(?<d>${DAY})\s{1,3}(?:của\s{1,3})?$`, 'iu');
const REACH = 60;

export function nextMonthDays({ text, ref }: RuleInput): Proposal[] {
  const out: Proposal[] = [];
  for (const a of text.matchAll(ANCHOR)) {
    const at = a.index - 1;
    if (at < 0 || (text[at] !== 't' && text[at] !== 'T')) continue;
    const from = Math.max(0, at - REACH);
    const lead = LEAD.exec(text.slice(from, at));
    if (!lead) continue;
    const d = Number(lead.groups?.d);
    const start = from + lead.index, end = a.index + a[0].length;
    out.push({
      rule: 'deadline/thang-tiep-theo',
      kind: 'recurring',
      date: ref ? nextMonthDay(ref.y, ref.m, d) : null,
      rrule: `FREQ=MONTHLY;BYMONTHDAY=${d}`,
      span: { start, end },
      dateSpan: { start, end },
      yearInferred: ref !== null,
      needsDuty: true,
      // Not a by-date for a recurring phrase elsewhere in the clause: that phrase's deadline would then
      // span the clause and lose its action ("Định kỳ hằng tháng, … báo cáo … trước ngày 05 của tháng sau").
      by: null,
    });
  }
  return out;
}

/** Day d of the month after y-m (the first report falls due then). */
function nextMonthDay(y: number, m: number, d: number): string | null {
  return m === 12 ? isoDate(y + 1, 1, d) : isoDate(y, m + 1, d);
}
