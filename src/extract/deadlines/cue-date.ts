import { isoDate } from '../../grammar/vi/dates.js';
import { nextDayMonth } from './calendar.js';
import { matchesAt, stickyOf } from './cue-index.js';
import { dateAt, NOT_DUTY_BEFORE, readDate, STRONG_CUE, WEAK_CUE } from './fragments.js';
import type { Span } from '../../doc/span.js';
import type { Proposal, RefDate, RuleInput } from './types.js';

// "trước ngày 05/12/2023", "chậm nhất là ngày 20/10/2022", "hạn chót: 15 tháng 6 năm 2022",
// "hoàn thành trước 30/6/2024", "trước ngày 01/10" (partial), "trước ngày 20" (a day: only as a
// recurring duty's BYMONTHDAY). Weak cues ("đến hết ngày", "trong ngày") need a duty verb nearby.
// No 'd' flag (group indices slow every exec): the date ends the match, so `at` gives its start.
// A time of day may come between the cue and "ngày": "trước 17 giờ ngày 15/12", "chậm nhất 16h00 ngày ...".
const TIME_OF_DAY = String.raw`(?:(?:lúc|vào\s{1,3}lúc)\s{1,3})?(?:[01]?\d|2[0-3])\s{0,2}(?:giờ|h|g|:)\s{0,2}(?:[0-5]\d\s{0,2}(?:phút|p|')?)?\s{0,3},?\s{0,3}(?=ngày)`;
export const PATTERN = new RegExp(
  String.raw`(?:(?<strong>${STRONG_CUE})|(?<weak>${WEAK_CUE}))\s{0,3}(?:(?:là|vào)\s{1,3})?(?:${TIME_OF_DAY})?(?<ngay>ngày\s{0,3})?(?<at>${dateAt('')})`,
  'giu',
);
const STICKY = stickyOf(PATTERN);

// A second date the same cue governs: "trước 30/6 và 15/12 hằng năm", "trước ngày 15/6, 15/12".
const CHAINED = new RegExp(String.raw`\s{0,3}(?:,\s{0,3}|và\s{1,3}|,\s{0,3}và\s{1,3})(?<ngay>ngày\s{0,3})?(?<at>${dateAt('')})`, 'yiu');

export function cueDates({ text, ref, cues }: RuleInput): Proposal[] {
  const out: Proposal[] = [];
  for (const m of matchesAt(STICKY, text, cues.cueDate, cues.rare)) {
    const g = m.groups ?? {};
    const date = readDate(g, '');
    if (!date) continue;
    if (!g.ngay && (date.m === null || (g.weak && date.y === null))) continue; // "trước 15 giờ", "trong 30 ngày"
    if (NOT_DUTY_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const start = m.index, end = start + m[0].length;
    const dateStart = end - (g.at?.length ?? 0) - (g.ngay?.length ?? 0);
    const needsDuty = g.strong === undefined;
    propose(out, ref, date, { span: { start, end }, dateSpan: { start: dateStart, end }, needsDuty });
    // Dates chained to this one with "và" or a comma share its cue (day and month written out).
    for (let at = end, i = 0; i < 3; i++) {
      CHAINED.lastIndex = at;
      const c = CHAINED.exec(text);
      const cd = c ? readDate(c.groups ?? {}, '') : null;
      if (!c || !cd || cd.m === null) break;
      const cEnd = at + c[0].length;
      propose(out, ref, cd, { span: { start: cEnd - (c.groups?.at?.length ?? 0) - (c.groups?.ngay?.length ?? 0), end: cEnd }, dateSpan: { start: cEnd - (c.groups?.at?.length ?? 0), end: cEnd }, needsDuty });
      at = cEnd;
    }
  }
  return out;
}

interface Base { readonly span: Span; readonly dateSpan: Span; readonly needsDuty: boolean }

function propose(out: Proposal[], ref: RefDate | null, date: { d: number; m: number | null; y: number | null }, base: Base): void {
  if (date.y !== null && date.m !== null) {
    const iso = isoDate(date.y, date.m, date.d);
    // Fields spelled out, not spread: spreading `base` took a slow path on every proposal.
    if (iso) out.push({ span: base.span, dateSpan: base.dateSpan, needsDuty: base.needsDuty, rule: 'deadline/truoc-ngay', kind: 'absolute', date: iso, rrule: null, yearInferred: false, by: null });
    return;
  }
  if (date.m === null) {
    out.push({ span: base.span, dateSpan: base.dateSpan, needsDuty: base.needsDuty, rule: 'deadline/ngay-trong-thang', kind: 'partial', date: null, rrule: null, yearInferred: false, by: { month: null, day: date.d } });
    return;
  }
  if (!isoDate(2024, date.m, date.d)) return; // no such day in any year (31/02)
  out.push({
    span: base.span,
    dateSpan: base.dateSpan,
    needsDuty: base.needsDuty,
    rule: 'deadline/truoc-ngay-partial',
    kind: 'partial',
    date: ref ? nextDayMonth(ref, date.m, date.d) : null,
    rrule: null,
    yearInferred: ref !== null,
    by: { month: date.m, day: date.d },
  });
}
