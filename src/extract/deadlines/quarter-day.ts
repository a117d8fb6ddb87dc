import { DAY, isoDate } from '../../grammar/vi/dates.js';
import { STRONG_CUE } from './fragments.js';
import type { Proposal, RuleInput } from './types.js';

// "trước ngày 20 tháng cuối quý", "chậm nhất ngày 25 của tháng cuối mỗi quý": a quarterly duty
// on a day of the quarter's last month (RRULE every 3 months). A "hằng quý" phrase in the same
// clause takes it as its by-date; alone, it is a recurring deadline of its own. The rare words
// "tháng cuối quý" are found first, then the cue and the day are read just before them.
// "trước ngày 10 của tháng đầu quý sau", "tháng đầu của quý tiếp theo": the report on a quarter is due
// in the next one's first month (January, April, July, October).
const LAST = String.raw`tháng\s{1,3}cuối\s{1,3}(?:của\s{1,3}|mỗi\s{1,3}|hằng\s{1,3}|hàng\s{1,3})?quý`;
const FIRST = String.raw`tháng\s{1,3}(?<first>đầu)\s{1,3}(?:của\s{1,3})?quý\s{1,3}(?:sau|tiếp\s{1,3}theo|kế\s{1,3}tiếp)`;
export const ANCHOR = new RegExp(String.raw`(?:${LAST}|${FIRST})(?![\p{L}\p{N}])`, 'giu');
const LAST_AT = new RegExp(String.raw`${LAST}(?![\p{L}\p{N}])`, 'iuy');
const FIRST_ALL = new RegExp(String.raw`${FIRST}(?![\p{L}\p{N}])`, 'giu');
/** "tháng" and a run of one to three spaces: how far before its "cuối" an anchor can start. */
const BACK = [6, 7, 8];
const LEAD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${STRONG_CUE})\s{0,3}(?:(?:là|vào)\s{1,3})?ngày\s{1,3}(?<d>${DAY})\s{1,3}(?:của\s{1,3})?$`, 'iu');
const REACH = 80;

/**
 * What a global scan for ANCHOR finds. Its last-month form is tried only just before each word
 * "cuối" (`cuoi`, sorted): every match holds one, after "tháng" and one to three spaces. Its rare
 * first-month form ("tháng đầu quý sau") is scanned for only in a text holding a "quý" (any case).
 * The two cannot overlap: they differ in the word after "tháng".
 */
export function anchorsAt(text: string, cuoi: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const at of cuoi) {
    for (const back of BACK) {
      if (at - back < 0) break;
      LAST_AT.lastIndex = at - back;
      const a = LAST_AT.exec(text);
      if (a) {
        out.push(a);
        break;
      }
    }
  }
  if (!/[qQ][uU][ýÝ]/u.test(text)) return out;
  const first = [...text.matchAll(FIRST_ALL)];
  return first.length === 0 ? out : [...out, ...first].sort((a, b) => a.index - b.index);
}

export function quarterDays({ text, ref, cues }: RuleInput): Proposal[] {
  const out: Proposal[] = [];
  for (const a of anchorsAt(text, cues.cuoi)) {
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
