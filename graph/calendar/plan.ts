import { createHash } from 'node:crypto';
import { agencyMatcher } from './agency.js';
import { dueDay, firstDay } from './due-date.js';
import { formatRule, parseRule, placeRule } from './rrule.js';
import { descriptionOf, summaryOf } from './text.js';
import type { CalendarDeadline, CalendarOptions, CalendarPlan, PlannedEvent, SkipReason } from './types.js';

/** What makes two deadlines the same one: read from the DOCX and the PDF of a document, they are one event. */
const sameness = ({ document, deadline }: CalendarDeadline): string =>
  [document.key, deadline.date ?? '', deadline.rrule ?? '', deadline.action ?? deadline.text].join('\n').normalize('NFC');

/** The deadline's duty with its figures blanked: what a corrected date or period leaves unchanged. */
const duty = ({ document, deadline }: CalendarDeadline): string =>
  [document.key, (deadline.action ?? deadline.text).normalize('NFC').replace(/\p{N}+/gu, '#')].join('\n');

/**
 * The UID names the deadline, not the run, and not its date: the document key, the duty with its
 * figures blanked, and its rank among the document's deadlines of the same duty. A corrected
 * document that moves a due date keeps the UID, so a calendar importing it again moves the event
 * instead of adding a second one.
 */
export function eventUid(d: CalendarDeadline, rank = 0): string {
  return `${createHash('sha1').update(`${duty(d)}\n${rank}`).digest('hex')}@vanban`;
}

/** Each distinct deadline once, with its UID; the ranks go by date, rule, then sentence. */
function withUids(deadlines: readonly CalendarDeadline[]): { d: CalendarDeadline; uid: string }[] {
  const distinct = new Map<string, CalendarDeadline>();
  for (const d of deadlines) {
    const same = sameness(d);
    if (!distinct.has(same)) distinct.set(same, d);
  }
  const byDuty = new Map<string, CalendarDeadline[]>();
  for (const d of distinct.values()) {
    const key = duty(d);
    const group = byDuty.get(key);
    if (group) group.push(d);
    else byDuty.set(key, [d]);
  }
  const order = (d: CalendarDeadline): string => [d.deadline.date ?? '', d.deadline.rrule ?? '', d.deadline.text].join('\n');
  return [...byDuty.values()].flatMap((group) =>
    group.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0)).map((d, rank) => ({ d, uid: eventUid(d, rank) })),
  );
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
  const { start, rule } = placeRule(parsed, anchor);
  return { start, rrule: formatRule(rule), inferredStart: stated === null };
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
  const distinct = withUids(deadlines);
  // The same deadline read from the DOCX and the PDF of one document is one event.
  skipped.duplicate = deadlines.length - distinct.length;
  for (const { d, uid } of distinct) {
    if (!concerns(d)) { skipped['other-agency'] += 1; continue; }
    const p = place(d, earliest);
    if ('skip' in p) { skipped[p.skip] += 1; continue; }
    const stampDay = (d.document.date ? firstDay(d.document.date) : null) ?? p.start;
    byUid.set(uid, { uid, start: p.start, rrule: p.rrule, summary: summaryOf(d), description: descriptionOf(d, p.rrule, p.inferredStart), inferredStart: p.inferredStart, stamp: `${stampDay}T00:00:00Z` });
  }
  const events = [...byUid.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
  return { events, skipped };
}
