import { addDays, daysInMonth, parseDay, type IsoDay } from './due-date.js';

// The RRULE subset deadlines use (FREQ, INTERVAL, BYMONTH, BYMONTHDAY, COUNT, UNTIL, BYDAY,
// BYSETPOS, WKST), parsed so the first occurrence can be put on a day the rule itself yields:
// RFC 5545 leaves the set undefined when DTSTART does not match its rule.

export type RuleParts = ReadonlyMap<string, string>;

const FREQS = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const KNOWN = new Set(['FREQ', 'INTERVAL', 'BYMONTH', 'BYMONTHDAY', 'BYDAY', 'BYSETPOS', 'COUNT', 'UNTIL', 'WKST']);
const VALUE = /^[A-Z0-9,+-]+$/u;

/** Parts of an RRULE value ("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31"), or null when it is not one we can vouch for. */
export function parseRule(rule: string): RuleParts | null {
  const parts = new Map<string, string>();
  for (const piece of rule.trim().replace(/^RRULE:/iu, '').split(';')) {
    const [name, value, ...rest] = piece.split('=');
    if (!name || value === undefined || rest.length > 0) return null;
    const key = name.toUpperCase();
    if (!KNOWN.has(key) || parts.has(key) || !VALUE.test(value.toUpperCase())) return null;
    parts.set(key, value.toUpperCase());
  }
  const freq = parts.get('FREQ');
  return freq && FREQS.has(freq) ? parts : null;
}

export const formatRule = (parts: RuleParts): string => [...parts].map(([k, v]) => `${k}=${v}`).join(';');

const numbers = (v: string | undefined): number[] => (v === undefined ? [] : v.split(',').map(Number).filter(Number.isInteger));

/**
 * Month ends written as day numbers: "ngày 31 hằng tháng" skips every short month under RRULE
 * semantics, so it becomes BYMONTHDAY=-1; a yearly rule on the last day of its month (30/6, 31/12)
 * says the same with -1, and "29/2 hằng năm" becomes February's end in every year.
 */
export function monthEndRule(parts: RuleParts): RuleParts {
  const days = numbers(parts.get('BYMONTHDAY'));
  if (days.length !== 1 || parts.has('BYSETPOS')) return parts;
  const day = days[0] ?? 0;
  const months = numbers(parts.get('BYMONTH'));
  const freq = parts.get('FREQ');
  // 28/2 is left as written; 29/2 can only mean February's end (else it fires one year in four).
  const lastOfEach = months.length > 0 && months.every((m) => (m === 2 ? day === 29 : day === daysInMonth(2001, m)));
  if ((freq === 'MONTHLY' && day === 31 && months.length === 0) || (freq === 'YEARLY' && lastOfEach)) {
    return new Map(parts).set('BYMONTHDAY', '-1');
  }
  return parts;
}

function matchesDay(parts: RuleParts, day: IsoDay): boolean {
  const { y, m, d } = parseDay(day);
  const months = numbers(parts.get('BYMONTH'));
  if (months.length > 0 && !months.includes(m)) return false;
  const days = numbers(parts.get('BYMONTHDAY'));
  if (days.length === 0) return true;
  const last = daysInMonth(y, m);
  return days.some((k) => (k > 0 ? k === d : last + k + 1 === d));
}

/**
 * The first day on or after `anchor` that the rule yields. Rules by month and month day are
 * searched (at most four years: every such rule fires within that); a rule without them repeats
 * from the anchor itself; BYDAY/BYSETPOS rules are left at the anchor.
 */
export function firstOccurrence(parts: RuleParts, anchor: IsoDay): IsoDay {
  if (parts.has('BYDAY') || parts.has('BYSETPOS')) return anchor;
  if (!parts.has('BYMONTH') && !parts.has('BYMONTHDAY')) return anchor;
  for (let i = 0, day = anchor; i < 4 * 366; i += 1, day = addDays(day, 1)) {
    if (matchesDay(parts, day)) return day;
  }
  return anchor;
}

/**
 * A monthly rule with no month day repeats on DTSTART's day; started on a month's last day
 * (31/8, "định kỳ 6 tháng") it would skip 31/2, so the day becomes BYMONTHDAY=-1.
 */
export function anchorMonthEnd(parts: RuleParts, start: IsoDay): RuleParts {
  const freq = parts.get('FREQ');
  if ((freq !== 'MONTHLY' && freq !== 'YEARLY') || parts.has('BYMONTHDAY') || parts.has('BYDAY')) return parts;
  const { y, m, d } = parseDay(start);
  const monthly = freq === 'MONTHLY';
  if (d <= 28 || d !== daysInMonth(y, m) || !(monthly || m === 2)) return parts;
  // YEARLY;BYMONTHDAY=-1 alone would mean every month's end: pin the month too.
  const pinned = new Map(parts).set('BYMONTHDAY', '-1');
  return monthly || parts.has('BYMONTH') ? pinned : pinned.set('BYMONTH', String(m));
}

/** The first due day on or after `anchor`, and the rule made safe to expand from it (month ends). */
export function placeRule(parts: RuleParts, anchor: IsoDay): { start: IsoDay; rule: RuleParts } {
  const rule = monthEndRule(parts);
  const start = firstOccurrence(rule, anchor);
  return { start, rule: anchorMonthEnd(rule, start) };
}
