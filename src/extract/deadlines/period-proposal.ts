// The proposal shared by the period builders (month.ts, quarter.ts, half-year.ts).
import type { Proposal } from './types.js';

/** What the period builders read from a match. */
export interface PeriodMatch {
  readonly g: Readonly<Record<string, string | undefined>>;
  readonly gi: Readonly<Record<string, [number, number] | undefined>> | undefined;
  readonly start: number;
  readonly end: number;
  /** "trước": the period before the one named. */
  readonly before: boolean;
  /** A "Thời gian ...:" label, not a cue word, introduced it: no duty verb needed. */
  readonly labelled: boolean;
}

/** What differs between a month, a quarter and a half year; the rest of the proposal is shared. */
export interface PeriodParts {
  readonly rule: string;
  readonly kind: Proposal['kind'];
  readonly date: string | null;
  /** The year was written ("tháng 12/2023"), not taken from the document's date. */
  readonly written: boolean;
  readonly year: number | null;
  /** Where the period's word starts ("tháng", "quý", "đầu/cuối"), and how far back its lead-in reaches. */
  readonly at: number | undefined;
  readonly back: number;
  readonly by: Proposal['by'];
}

export function periodProposal({ start, end, labelled }: PeriodMatch, p: PeriodParts): Proposal {
  return {
    rule: p.rule,
    kind: p.kind,
    date: p.date,
    rrule: null,
    span: { start, end },
    dateSpan: { start: Math.max(start, (p.at ?? start) - p.back), end },
    yearInferred: !p.written && p.year !== null,
    needsDuty: !labelled,
    by: p.by,
  };
}
