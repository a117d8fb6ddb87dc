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

type Placed = { readonly start: string; readonly rrule: string | null; readonly inferredStart: boolean } | { readonly skip: SkipReason };

/**
 * Where an event starts, and its rule made safe for RFC 5545 expansion. A recurring duty starts
 * at its first due date when the text gives one, else at the document's date, else (an undated
 * draft) at the earliest due day the same document names: that last start is inferred, and the
 * event says so.
 */
function place({ document, deadline }: CalendarDeadline, earliest: ReadonlyMap<string, string>): Placed {
  if (!deadline.rrule) {
    if (!deadline.date) return { skip: 'no-date' };
    const start = dueDay(deadline.date, deadline.kind);
    return start ? { start, rrule: null, inferredStart: false } : { skip: 'bad-date' };
  }
  const parsed = parseRule(deadline.rrule);
  if (!parsed) return { skip: 'bad-rule' };
  const stated = (deadline.date ? dueDay(deadline.date, deadline.kind) : null) ?? (document.date ? firstDay(document.date) : null);
  const anchor = stated ?? earliest.get(document.key);
  if (!anchor) return { skip: 'no-start' };
  const rule = monthEndRule(parsed);
  const start = firstOccurrence(rule, anchor);
  return { start, rrule: formatRule(anchorMonthEnd(rule, start)), inferredStart: stated === null };
}

/** The earliest due day each document names (its dated deadlines): where its undated duties start. */
function earliestDueDays(deadlines: readonly CalendarDeadline[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { document, deadline } of deadlines) {
    const day = deadline.date ? dueDay(deadline.date, deadline.kind) : null;
    const seen = out.get(document.key);
    if (day && (!seen || day < seen)) out.set(document.key, day);
  }
  return out;
}

const NO_SKIPS: Record<SkipReason, number> = { 'no-date': 0, 'bad-date': 0, 'bad-rule': 0, 'no-start': 0, 'other-agency': 0, duplicate: 0 };

/** Decides every event (pure): sorted by day then UID, so the same deadlines give the same calendar. */
export function planCalendar(deadlines: readonly CalendarDeadline[], opts: CalendarOptions = {}): CalendarPlan {
  const skipped = { ...NO_SKIPS };
  const concerns = opts.agency ? agencyMatcher(opts.agency) : () => true;
  const byUid = new Map<string, PlannedEvent>();
  const earliest = earliestDueDays(deadlines);
  for (const d of deadlines) {
    if (!concerns(d)) { skipped['other-agency'] += 1; continue; }
    const p = place(d, earliest);
    if ('skip' in p) { skipped[p.skip] += 1; continue; }
    const uid = eventUid(d);
    // The same deadline read from the DOCX and the PDF of one document is one event.
    if (byUid.has(uid)) { skipped.duplicate += 1; continue; }
    const stampDay = (d.document.date ? firstDay(d.document.date) : null) ?? p.start;
    byUid.set(uid, { uid, start: p.start, rrule: p.rrule, summary: summaryOf(d), description: descriptionOf(d, p.rrule, p.inferredStart), inferredStart: p.inferredStart, stamp: `${stampDay}T00:00:00Z` });
  }
  const events = [...byUid.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  return { events, skipped };
}
