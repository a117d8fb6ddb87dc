import type { Span } from '../../doc/span.js';
import type { CueIndex } from './cue-index.js';

export interface DeadlineContext {
  /** The document's date or, failing that, a date from context (ISO YYYY, YYYY-MM or YYYY-MM-DD), for partial dates. */
  readonly refDate: string | null;
  /** Spans not to read as deadlines: the dates of cited documents, the document's own date line. */
  readonly exclude: readonly Span[];
}

export type DeadlineKind = 'absolute' | 'partial' | 'month' | 'quarter' | 'year' | 'recurring';

export interface DeadlineFound {
  /** ISO due date: the end of a month, quarter or year for "trong tháng/quý/năm"; a recurring duty's first due date when known. */
  readonly date: string | null;
  /** RFC 5545 RRULE value without the "RRULE:" prefix. */
  readonly rrule: string | null;
  readonly kind: DeadlineKind;
  readonly action: string | null;
  readonly actor: string | null;
  readonly recipient: string | null;
  /** The deadline phrase: "trước ngày 05/12/2023". */
  readonly span: Span;
  /** The source sentence, narrowed to its clause (";" outside brackets). */
  readonly sentence: Span;
  /** True when the year came from refDate. */
  readonly yearInferred: boolean;
  readonly rule: string;
}

/** What a rule proposes; refiners decide what stays and add who/what/to whom. */
export interface Proposal {
  readonly rule: string;
  readonly kind: DeadlineKind;
  readonly date: string | null;
  readonly rrule: string | null;
  readonly span: Span;
  /** The span of the date expression alone (checked against ctx.exclude). */
  readonly dateSpan: Span;
  readonly yearInferred: boolean;
  /** Needs an obligation verb in its clause to count (events, bare months, ranges). */
  readonly needsDuty: boolean;
  /** A date written without its year, which a recurring phrase may take as its BYMONTH/BYMONTHDAY. */
  readonly by: ByDate | null;
}

/** A by-date without a year that a recurring phrase may take over: "trước ngày 15/12 hằng năm". */
export interface ByDate {
  /** 1-12, or null for a day of the month alone ("trước ngày 20 hằng tháng"). */
  readonly month: number | null;
  /** Day of the month; -1 for the month's last day ("trong tháng 12 hằng năm", "trong quý I hằng năm"). */
  readonly day: number;
}

export interface RuleInput {
  readonly text: string;
  /** Parsed refDate: year, month (1-12, default 1), day (default 1); null when unknown. */
  readonly ref: RefDate | null;
  /** Where each rule's first words start a word (cueIndex): the only offsets its pattern can match at. */
  readonly cues: CueIndex;
}

export interface RefDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
