import type { Deadline } from '../../src/record/record.js';

/** The document a deadline was read from, as the calendar tells it. */
export interface CalendarSource {
  /** The graph key of the document: part of every event's UID. */
  readonly key: string;
  readonly type: string | null;
  readonly number: string | null;
  readonly date: string | null;
  readonly issuer: string | null;
  readonly subject: string | null;
  readonly file: string | null;
}

/** One deadline with its document: what `buildCalendar` takes. */
export interface CalendarDeadline {
  readonly document: CalendarSource;
  readonly deadline: Pick<Deadline, 'date' | 'rrule' | 'kind' | 'action' | 'actor' | 'recipient' | 'text'>;
}

export interface CalendarOptions {
  /** Days before the due day the reminder fires (VALARM TRIGGER:-PnD); 0 for none. Default 3. */
  readonly alarmDays?: number;
  /** Only deadlines whose actor, recipient or issuing body names this agency. */
  readonly agency?: string;
  /** X-WR-CALNAME shown by calendar apps. */
  readonly name?: string;
}

/** Why a deadline gave no event. */
export type SkipReason = 'no-date' | 'bad-date' | 'bad-rule' | 'no-start' | 'other-agency' | 'duplicate';

/** What the calendar will hold: plain data, one entry per VEVENT. */
export interface PlannedEvent {
  readonly uid: string;
  /** All-day: YYYY-MM-DD. */
  readonly start: string;
  readonly rrule: string | null;
  /** The document gives no start for this duty: it starts at the document's earliest due day. */
  readonly inferredStart: boolean;
  readonly summary: string;
  readonly description: string;
  /** Fixed DTSTAMP (no clock): the document date, else the due day, at 00:00Z. */
  readonly stamp: string;
}

export interface CalendarPlan {
  readonly events: readonly PlannedEvent[];
  readonly skipped: Readonly<Record<SkipReason, number>>;
}
