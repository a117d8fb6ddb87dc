import ICAL from 'ical.js';
import { dueDay, type IsoDay } from './due-date.js';
import { formatRule, parseRule, placeRule } from './rrule.js';

/** Enough to walk a daily rule across decades; a rule that yields nothing in that many steps never will. */
const MAX_STEPS = 20_000;

/**
 * The first day a deadline falls due within [from, to] (either end open). A one-off is due on its
 * date (a month or quarter on its last day); a recurring duty is expanded by ical.js from its first
 * due day, placed as the calendar places it, so `vanban deadlines` and the .ics agree. Null when it
 * is not due in the range; undefined when that cannot be told (a recurring duty with no first date).
 */
export function dueWithin(d: { date: string | null; rrule: string | null; kind?: string }, from?: IsoDay, to?: IsoDay): IsoDay | null | undefined {
  const first = d.date ? dueDay(d.date, d.kind) : null;
  if (!d.rrule) {
    if (!first) return undefined;
    return (!from || first >= from) && (!to || first <= to) ? first : null;
  }
  const parts = parseRule(d.rrule);
  if (!parts || !first) return undefined;
  const { start, rule } = placeRule(parts, first);
  const it = ICAL.Recur.fromString(formatRule(rule)).iterator(ICAL.Time.fromDateString(start));
  for (let i = 0, next = it.next(); next && i < MAX_STEPS; i++, next = it.next()) {
    const day = next.toString().slice(0, 10);
    if (to && day > to) return null;
    if (!from || day >= from) return day;
  }
  return null;
}
