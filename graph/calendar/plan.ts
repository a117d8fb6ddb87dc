import { createHash } from 'node:crypto';
import { agencyMatcher } from './agency.js';
import { dueDay, firstDay } from './due-date.js';
import { anchorMonthEnd, firstOccurrence, formatRule, monthEndRule, parseRule } from './rrule.js';
import { descriptionOf, summaryOf } from './text.js';
import type { CalendarDeadline, CalendarOptions, CalendarPlan, PlannedEvent, SkipReason } from './types.js';

/**
 * The UID names the deadline, not the run: the document key, the deadline's date and rule as
 * extracted, and its action (or sentence). Importing the file again updates these events.
 */
export function eventUid({ document, deadline }: CalendarDeadline): string {
  const basis = [document.key, deadline.date ?? '', deadline.rrule ?? '', deadline.action ?? deadline.text].join('\n');
  return `${createHash('sha1').update(basis.normalize('NFC')).digest('hex')}@vanban`;
}

type Placed = { readonly start: string; readonly rrule: string | null } | { readonly skip: SkipReason };

/** Where an event starts, and its rule made safe for RFC 5545 expansion. */
function place({ document, deadline }: CalendarDeadline): Placed {
  if (!deadline.rrule) {
    if (!deadline.date) return { skip: 'no-date' };
    const start = dueDay(deadline.date, deadline.kind);
    return start ? { start, rrule: null } : { skip: 'bad-date' };
  }
  const parsed = parseRule(deadline.rrule);
  if (!parsed) return { skip: 'bad-rule' };
  // A recurring duty starts at its first due date when the text gives one, else at the document's date.
  const anchor = (deadline.date ? dueDay(deadline.date, deadline.kind) : null) ?? (document.date ? firstDay(document.date) : null);
  if (!anchor) return { skip: 'no-start' };
  const rule = monthEndRule(parsed);
  const start = firstOccurrence(rule, anchor);
  return { start, rrule: formatRule(anchorMonthEnd(rule, start)) };
}

const NO_SKIPS: Record<SkipReason, number> = { 'no-date': 0, 'bad-date': 0, 'bad-rule': 0, 'no-start': 0, 'other-agency': 0, duplicate: 0 };

/** Decides every event (pure): sorted by day then UID, so the same deadlines give the same calendar. */
export function planCalendar(deadlines: readonly CalendarDeadline[], opts: CalendarOptions = {}): CalendarPlan {
  const skipped = { ...NO_SKIPS };
  const concerns = opts.agency ? agencyMatcher(opts.agency) : () => true;
  const byUid = new Map<string, PlannedEvent>();
  for (const d of deadlines) {
    if (!concerns(d)) { skipped['other-agency'] += 1; continue; }
    const p = place(d);
    if ('skip' in p) { skipped[p.skip] += 1; continue; }
    const uid = eventUid(d);
    // The same deadline read from the DOCX and the PDF of one document is one event.
    if (byUid.has(uid)) { skipped.duplicate += 1; continue; }
    const stampDay = (d.document.date ? firstDay(d.document.date) : null) ?? p.start;
    byUid.set(uid, { uid, start: p.start, rrule: p.rrule, summary: summaryOf(d), description: descriptionOf(d, p.rrule), stamp: `${stampDay}T00:00:00Z` });
  }
  const events = [...byUid.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  return { events, skipped };
}
