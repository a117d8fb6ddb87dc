import ICAL from 'ical.js';
import { dueDay, type IsoDay } from './due-date.js';
import { formatRule, parseRule, placeRule, type RuleParts } from './rrule.js';

/** Enough to walk a daily rule across decades; a rule that yields nothing in that many steps never will. */
const MAX_STEPS = 20_000;

/**
 * The first day a deadline falls due within [from, to] (either end open). A one-off is due on its
 * date (a month or quarter on its last day); a recurring duty is expanded by ical.js from its first
 * due day, placed as the calendar places it, so `vanban deadlines` and the .ics agree. Null when it
 * is not due in the range; undefined when that cannot be told (a recurring duty with no first date
 * whose days hang on one, or no range start to walk from).
 */
export function dueWithin(d: { date: string | null; rrule: string | null; kind?: string }, from?: IsoDay, to?: IsoDay): IsoDay | null | undefined {
  const first = d.date ? dueDay(d.date, d.kind) : null;
  if (!d.rrule) {
    if (!first) return undefined;
    return (!from || first >= from) && (!to || first <= to) ? first : null;
  }
  const parts = parseRule(d.rrule);
  // With no first date, only a rule whose days do not hang on its start can be walked from the range.
  const anchor = first ?? (from !== undefined && parts && startFree(parts) ? from : null);
  if (!parts || !anchor) return undefined;
  const { start, rule } = placeRule(parts, anchor);
  const it = ICAL.Recur.fromString(formatRule(rule)).iterator(ICAL.Time.fromDateString(start));
  for (let i = 0, next = it.next(); next && i < MAX_STEPS; i++, next = it.next()) {
    const day = next.toString().slice(0, 10);
    if (to && day > to) return null;
    if (!from || day >= from) return day;
  }
  return null;
}

/**
 * Does the rule name its own days, whatever its start? "hằng tháng, trước ngày 20" (MONTHLY;
 * BYMONTHDAY=20) does; "hằng năm" alone, an INTERVAL (which months of "6 tháng"?) or a COUNT does not.
 */
export function startFree(parts: RuleParts): boolean {
  if (parts.has('COUNT') || parts.has('BYSETPOS') || (parts.get('INTERVAL') ?? '1') !== '1') return false;
  switch (parts.get('FREQ')) {
    case 'DAILY':
      return true;
    case 'WEEKLY':
      return parts.has('BYDAY');
    case 'MONTHLY':
      return parts.has('BYMONTHDAY') || parts.has('BYDAY');
    case 'YEARLY':
      return parts.has('BYMONTH') && parts.has('BYMONTHDAY');
    default:
      return false;
  }
}
