import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { addDays } from './due-date.js';
import { planCalendar } from './plan.js';
import type { CalendarDeadline, CalendarOptions, CalendarPlan } from './types.js';

export { planCalendar, eventUid } from './plan.js';
export { agencyMatcher } from './agency.js';
export { dueDay } from './due-date.js';
export { calendarDeadline, deadlinesFromStore } from './from-store.js';
export type { CalendarDeadline, CalendarOptions, CalendarPlan, CalendarSource, PlannedEvent, SkipReason } from './types.js';

export const DEFAULT_ALARM_DAYS = 3;
const DAY_SECONDS = 86_400;

/**
 * RFC 5545 text for planned events: all-day VALUE=DATE events (DTEND the next day, as Outlook
 * expects), RRULE for recurring duties, a display VALARM `alarmDays` before. Dates only, so no
 * TZID and no VTIMEZONE; DTSTAMP comes from the plan, so the bytes depend on the input alone.
 */
export function renderCalendar(plan: CalendarPlan, opts: CalendarOptions = {}): string {
  const alarmDays = opts.alarmDays ?? DEFAULT_ALARM_DAYS;
  if (!Number.isInteger(alarmDays) || alarmDays < 0) throw new RangeError(`alarmDays must be a whole number of days, got ${alarmDays}`);
  const cal = ical({
    name: opts.name ?? 'Hạn công việc (vanban)',
    prodId: { company: 'vanban', product: 'vanban', language: 'VI' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const e of plan.events) {
    const event = cal.createEvent({
      id: e.uid,
      start: e.start,
      end: addDays(e.start, 1),
      allDay: true,
      stamp: e.stamp,
      summary: e.summary,
      description: e.description,
      ...(e.rrule ? { repeating: e.rrule } : {}),
    });
    if (alarmDays > 0) {
      event.createAlarm({ type: ICalAlarmType.display, triggerBefore: alarmDays * DAY_SECONDS, description: e.summary });
    }
  }
  return cal.toString();
}

/** Deadlines to an .ics file's text (pure): `planCalendar` then `renderCalendar`. */
export function buildCalendar(deadlines: readonly CalendarDeadline[], opts: CalendarOptions = {}): string {
  return renderCalendar(planCalendar(deadlines, opts), opts);
}
