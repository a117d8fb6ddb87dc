import type { Span } from '../../doc/span.js';
import { spansOverlap } from '../../doc/span.js';
import { sentenceFinder } from '../../grammar/vi/sentences.js';
import { monthEnd, nextDayMonth, nextMonthDay, nextMonthYear, parseRef } from './calendar.js';
import { clauseAt } from './clause.js';
import { cueDates } from './cue-date.js';
import { cueIndex } from './cue-index.js';
import { clauseHasDuty, governedByDuty } from './duty.js';
import { headingActor } from './heading.js';
import { periods } from './period.js';
import { quarterDays } from './quarter-day.js';
import { nextMonthDays } from './next-month-day.js';
import { tableCells } from './table.js';
import { ranges } from './range.js';
import { years } from './year.js';
import { recurringPhrases, type Period } from './recurring.js';
import { readRoles } from './roles.js';
import type { ByDate, DeadlineContext, DeadlineFound, Proposal, RefDate } from './types.js';

export type { DeadlineContext, DeadlineFound, DeadlineKind } from './types.js';

/** Only text with one of these words can hold a deadline: skip the rest cheaply. */
const HINT = /ngày|tháng|quý|năm|hằng|hàng|định\s+k|tuần|báo\s+cáo|trước|hạn|chậm|muộn/iu;
/** How far a recurring phrase looks for its by-date ("trước ngày 15/12 hằng năm"). */
const BY_REACH = 150;
/** A due date this many years before the reference date is history, not a duty. */
const HISTORY_YEARS = 1;

interface Found { readonly item: Omit<DeadlineFound, 'action' | 'actor' | 'recipient' | 'sentence'> }

/** Deadlines imposed by the text: absolute, partial, month, quarter and recurring duties. */
export function extractDeadlines(text: string, ctx: DeadlineContext): DeadlineFound[] {
  if (!HINT.test(text)) return [];
  const ref = parseRef(ctx.refDate);
  const refDay = ctx.refDate !== null && /^\d{4}-\d{2}-\d{2}$/u.test(ctx.refDate) ? ctx.refDate : null;
  const cues = cueIndex(text);
  const input = { text, ref, cues };
  const excluded = (s: Span): boolean => ctx.exclude.some((x) => spansOverlap(x, s));
  const proposals = [...cueDates(input), ...ranges(input), ...periods(input), ...quarterDays(input), ...nextMonthDays(input), ...tableCells(input), ...years(input)]
    .filter((p) => !excluded(p.dateSpan))
    .sort((a, b) => a.span.start - b.span.start);
  const sentenceOf = sentenceFinder(text);
  // A clause depends on its start alone, and the same spans are asked for up to four times below.
  const clauses = new Map<number, Span>();
  const clauseOf = (s: Span): Span => {
    let c = clauses.get(s.start);
    if (c === undefined) clauses.set(s.start, (c = clauseAt(text, sentenceOf(s.start), s.start)));
    return c;
  };
  const consumed = new Set<Proposal>();
  const found: Found[] = [];

  for (const phrase of recurringPhrases(text, cues.recurring, cues.rare)) {
    if (excluded(phrase.span)) continue;
    const clause = clauseOf(phrase.span);
    const bys = phrase.periods.map((p) => pickBy(proposals, consumed, clause, phrase.periods.length > 1 ? p.span : phrase.span, p));
    const lead = bys.reduce((at, b) => (b ? Math.min(at, b.span.start) : at), phrase.span.start);
    if (!governedByDuty(text, clause, phrase.span, lead)) continue;
    phrase.periods.forEach((p, i) => {
      const by = bys[i] ?? null;
      // "trước 30/6 và 15/12 hằng năm": each by-date chained to the first is a duty of its own.
      for (const b of by ? [by, ...chained(text, proposals, consumed, clause, by, p)] : [null]) {
        if (b) consumed.add(b);
        const { rrule, date } = recurrence(p, b, ref);
        found.push({ item: { date, rrule, kind: 'recurring', span: b ? union(phrase.span, b.span) : phrase.span, yearInferred: date !== null, rule: phrase.rule } });
      }
    });
  }

  const kept: Proposal[] = [];
  for (const p of proposals) {
    if (consumed.has(p) || p.date === null) continue;
    if (ref && Number(p.date.slice(0, 4)) < ref.y - HISTORY_YEARS) continue;
    // Due before the document was written: what was done ("đã triển khai trước ngày 30/01"), not a duty.
    if (refDay !== null && p.date < refDay) continue;
    const clause = clauseOf(p.span);
    if (p.needsDuty && !clauseHasDuty(text, clause, p.span)) continue;
    if (reportsDone(text, clause, p)) continue;
    // Sorted by start: a clash can only be with the last few kept.
    let clash = -1;
    for (let i = kept.length - 1; i >= Math.max(0, kept.length - 4) && clash < 0; i--) if (spansOverlap(kept[i]!.span, p.span)) clash = i;
    if (clash < 0) kept.push(p);
    else if (length(p.span) > length(kept[clash]!.span)) kept[clash] = p;
  }
  // A year is the coarsest due date: beside a finer one in its clause it names the period, not the
  // deadline ("rà soát hộ nghèo trong năm 2023 …, hoàn thành trong tháng 11/2023").
  const finer = kept.filter((p) => p.kind !== 'year').map((p) => clauseOf(p.span));
  const keptFinal = kept.filter((p) => p.kind !== 'year' || !finer.some((c) => spansOverlap(c, clauseOf(p.span))));
  for (const p of keptFinal) found.push({ item: { date: p.date, rrule: p.rrule, kind: p.kind, span: p.span, yearInferred: p.yearInferred, rule: p.rule } });

  const out: DeadlineFound[] = [];
  const items = found.map((f) => f.item).sort((a, b) => a.span.start - b.span.start);
  const last = new Map<string, DeadlineFound>();
  items.forEach((item, i) => {
    const sentence = clauseOf(item.span);
    const others: Span[] = [];
    for (let j = i - 1; j >= 0 && items[j]!.span.start >= sentence.start; j--) others.push(items[j]!.span);
    for (let j = i + 1; j < items.length && items[j]!.span.end <= sentence.end; j++) others.push(items[j]!.span);
    const roles = readRoles(text, sentence, item.span, others);
    const actor = roles.actor ?? headingActor(text, sentence.start);
    // Spelled out, not spread: spreading two objects of varying shape was a hot spot.
    const d: DeadlineFound = {
      date: item.date, rrule: item.rrule, kind: item.kind, span: item.span, yearInferred: item.yearInferred, rule: item.rule,
      action: roles.action, actor, recipient: roles.recipient, sentence,
    };
    // The same duty read twice from one clause (two rules, one phrase) is one deadline.
    const key = `${d.date}|${d.rrule}|${d.action}`;
    const prev = last.get(key);
    if (prev && spansOverlap(prev.sentence, d.sentence)) return;
    last.set(key, d);
    // One cycle named twice in a clause ("báo cáo tháng … trước ngày 20 hằng tháng"): one duty, the
    // reading with its by-day kept.
    if (d.rrule !== null) {
      const cycle = `cycle|${d.rrule.replace(/;BY[A-Z]+=[^;]*/gu, '')}`;
      const same = last.get(cycle);
      const by = /;BY/u.test(d.rrule);
      if (same && spansOverlap(same.sentence, d.sentence) && by !== /;BY/u.test(same.rrule ?? '')) {
        if (!by) return;
        out[out.indexOf(same)] = d;
        last.set(cycle, d);
        return;
      }
      if (!same || by) last.set(cycle, d);
    }
    out.push(d);
  });
  return out;
}

/** "đã" (done) as a word: "đã tổ chức", "đã ban hành", "đã xảy ra". */
const DONE = /(?:^|[\s,(])đã\s/iu;

/**
 * What was done, not what is due: a period in a clause that says "đã" ("Vào tháng 3/2024, Sở đã
 * tổ chức ..."), or a date opening a clause that goes on with "đã" ("Trước ngày 15/3/2024, UBND
 * tỉnh đã ban hành ..."; not "gửi trước ngày 20/10 (đơn vị nào đã gửi thì thôi)").
 * A duty reported as given ("UBND tỉnh đã giao các sở hoàn thành trước ngày 30/6") keeps its date.
 */
function reportsDone(text: string, clause: Span, p: Proposal): boolean {
  const fronted = /^[\s\-+•·*]*$/u.test(text.slice(clause.start, p.span.start));
  if (fronted && DONE.test(text.slice(p.span.end, Math.min(clause.end, p.span.end + 80)))) return true;
  return p.needsDuty && DONE.test(text.slice(Math.max(clause.start, p.span.start - 160), Math.min(clause.end, p.span.end + 80)));
}

const length = (s: Span): number => s.end - s.start;
const union = (a: Span, b: Span): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
const gap = (a: Span, b: Span): number => Math.max(0, b.start - a.end, a.start - b.end);

/** The yearless date a period takes as its by-date: inside its own brackets, or the nearest in the clause. */
function pickBy(proposals: readonly Proposal[], consumed: ReadonlySet<Proposal>, clause: Span, near: Span, p: Period): Proposal | null {
  let best: Proposal | null = null;
  // Proposals are sorted by start and short: begin a little before the reach.
  for (let i = lowerBound(proposals, near.start - BY_REACH - 200); i < proposals.length; i++) {
    const q = proposals[i]!;
    if (q.span.start > near.end + BY_REACH) break;
    if (!q.by || consumed.has(q) || q.span.start < clause.start || q.span.end > clause.end) continue;
    if (gap(q.span, near) > BY_REACH || !fits(p, q.by)) continue;
    if (!best || gap(q.span, near) < gap(best.span, near)) best = q;
  }
  return best;
}

/** The first proposal starting at or after `from` (proposals are sorted by start). */
function lowerBound(proposals: readonly Proposal[], from: number): number {
  let lo = 0, hi = proposals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (proposals[mid]!.span.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Proposals chained to `first` by "và" or a comma ("trước 30/6 và 15/12"), that `p` can also take. */
function chained(text: string, proposals: readonly Proposal[], consumed: ReadonlySet<Proposal>, clause: Span, first: Proposal, p: Period): Proposal[] {
  const out: Proposal[] = [];
  let last = first;
  for (let i = lowerBound(proposals, first.span.end); i < proposals.length; i++) {
    const q = proposals[i]!;
    if (q.span.start - last.span.end > 12) break; // sorted by start: nothing further can be chained
    if (consumed.has(q) || !q.by || q.span.end > clause.end || !fits(p, q.by)) continue;
    if (q.span.start - last.span.end > 12 || !/^\s*(?:,|và|,\s*và)\s*$/u.test(text.slice(last.span.end, q.span.start))) break;
    out.push(q);
    last = q;
  }
  // And backwards: the nearest by-date may be the last of the list ("trước 30/6 và 15/12 hằng năm").
  let next = first;
  for (let i = lowerBound(proposals, first.span.start) - 1; i >= 0 && i >= lowerBound(proposals, clause.start); i--) {
    const q = proposals[i]!;
    if (next.span.start - q.span.start > 200) break; // proposals are short: none further back ends close enough
    if (consumed.has(q) || !q.by || q.span.end > next.span.start || !fits(p, q.by)) continue;
    if (next.span.start - q.span.end > 12 || !/^\s*(?:,|và|,\s*và)\s*$/u.test(text.slice(q.span.end, next.span.start))) break;
    out.unshift(q);
    next = q;
  }
  return out;
}

const fits = (p: Period, by: ByDate): boolean =>
  p.freq === 'YEARLY' ? by.month !== null && p.interval === 1 : p.freq === 'MONTHLY';

/** The RRULE and the first due date on or after the reference date, when the by-date says one. */
function recurrence(p: Period, from: Proposal | null, ref: RefDate | null): { rrule: string; date: string | null } {
  // "trước ngày 20 tháng cuối quý": its own quarterly rule and first due date.
  if (from?.rrule && p.freq === 'MONTHLY') return { rrule: from.rrule, date: from.date };
  const by = from?.by ?? null;
  const parts = [`FREQ=${p.freq}`];
  if (p.interval > 1) parts.push(`INTERVAL=${p.interval}`);
  let date: string | null = null;
  if (by && p.freq === 'YEARLY' && by.month !== null) {
    parts.push(`BYMONTH=${by.month}`, `BYMONTHDAY=${by.day}`);
    if (ref) date = by.day > 0 ? nextDayMonth(ref, by.month, by.day) : monthEnd(nextMonthYear(ref, by.month), by.month);
  } else if (by && p.freq === 'MONTHLY' && by.day > 0) {
    parts.push(`BYMONTHDAY=${by.day}`);
    if (ref) date = by.month !== null ? nextDayMonth(ref, by.month, by.day) : nextMonthDay(ref, by.day);
  }
  return { rrule: parts.join(';'), date };
}
