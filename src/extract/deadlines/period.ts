import { matchesAt, stickyOf } from './cue-index.js';
import { HALF_AT, MONTH_AT, QUARTER_AT } from './fragments.js';
import { halfYear } from './half-year.js';
import { month } from './month.js';
import { quarter } from './quarter.js';
import type { PeriodMatch } from './period-proposal.js';
import type { Proposal, RuleInput } from './types.js';

const CUES = String.raw`trước|trong|vào|chậm\s{1,3}nhất(?:\s{1,3}(?:là|trong|vào))?|đến\s{1,3}hết|đến|cuối|hết`;
/**
 * Cues before a month, a quarter or a half year; "trước" means the period before it. A "Thời gian
 * (thực hiện|hoàn thành ...):" label is a cue of its own, and a duty by itself: an activity's time
 * in a plan ("Thời gian thực hiện: tháng 5/2024", "Thời gian: Quý III/2023").
 */
const PERIOD_CUE = String.raw`(?:(?<label>thời\s{1,3}(?:gian|hạn)(?:\s{1,3}(?!tháng|quý)\p{L}+){0,3}\s{0,2}:\s{0,3}(?:dự\s{1,3}kiến\s{0,2}:?\s{0,3})?)(?:(?<cue2>${CUES})\s{1,3})?|(?<cue>${CUES})\s{1,3})`;
// One pass for the three: each cue word is tried once, not once per kind of period.
// A week or a half of the month may narrow it: "trong tuần đầu của tháng 4/2024", "trong nửa cuối tháng 10".
// So may its start, middle or a third: "vào đầu tháng 12/2024", "giữa tháng 5", "thượng tuần tháng 4".
const PART_OF_MONTH = String.raw`(?:(?<part>tuần\s{1,3}(?:đầu|cuối|thứ\s{1,3}(?:nhất|hai|ba|tư|[1-4]))|nửa\s{1,3}(?:đầu|cuối)|đầu|giữa|(?:thượng|trung|hạ)\s{1,3}tuần)\s{1,3}(?:của\s{1,3})?(?=tháng))?`;
export const PATTERN = new RegExp(String.raw`${PERIOD_CUE}(?:${PART_OF_MONTH}${MONTH_AT}|${QUARTER_AT}|${HALF_AT})`, 'gdiu');
const STICKY = stickyOf(PATTERN);

/** Month, quarter and half-year deadlines: "trong tháng 12/2023", "trước quý IV/2024", "trong 6 tháng đầu năm 2024". */
export function periods({ text, ref, cues }: RuleInput): Proposal[] {
  const out: Proposal[] = [];
  for (const m of matchesAt(STICKY, text, cues.period, cues.rare)) {
    const g = m.groups ?? {};
    const pm: PeriodMatch = {
      g,
      gi: m.indices?.groups,
      start: m.index,
      end: m.index + m[0].length,
      before: /^trước/iu.test(g.cue ?? g.cue2 ?? ''),
      labelled: g.label !== undefined,
    };
    const p = g.m !== undefined ? month(pm, ref) : g.q !== undefined ? quarter(pm, ref) : halfYear(pm, ref);
    if (p) out.push(p);
  }
  return out;
}
