/** What the queries mean, shared by every store: date ranges, agency matching, orderings. */
import { dueWithin } from './calendar/occurrences.js';
import { issuerKey } from './identity.js';
import type { DeadlineQuery, DeadlineRow, LineageEdge, LineageNode, MissingEntry } from './store.js';

/** The first and last day a (possibly partial) ISO date covers: "2023-12" → 2023-12-01 .. 2023-12-31. */
export function periodOf(date: string): { start: string; end: string } {
  if (date.length === 4) return { start: `${date}-01-01`, end: `${date}-12-31` };
  if (date.length === 7) return { start: `${date}-01`, end: `${date}-31` };
  return { start: date, end: date };
}

/**
 * Is the deadline due within [from, to]? A partial date counts when its period overlaps the range;
 * a recurring duty counts when one of its occurrences falls in it (one with no first date is walked
 * from the range's start when its rule names its days, else it recurs into any range); an undated
 * one-off counts only when no range is asked.
 */
export function deadlineInRange(d: { date: string | null; rrule: string | null; kind?: string }, q: DeadlineQuery): boolean {
  if (!q.from && !q.to) return true;
  if (d.rrule !== null) {
    // Expanded: "hằng năm, trước 15/12" from 2006 is due in 2025 only when 15/12/2025 is in the range.
    const due = dueWithin(d, q.from ? periodOf(q.from).start : undefined, q.to ? periodOf(q.to).end : undefined);
    if (due !== undefined) return due !== null;
    if (d.date === null || !q.to || d.date <= periodOf(q.to).end) return true;
  }
  if (d.date === null) return false;
  const p = periodOf(d.date);
  return (!q.from || p.end >= periodOf(q.from).start) && (!q.to || p.start <= periodOf(q.to).end);
}

/** A deadline as `vanban deadlines` lists it: `due` is the first day it falls due in the asked range. */
export type DueDeadline = DeadlineRow & { readonly due: string | null };

/**
 * Each row with the first day it falls due in [from, to] (a recurring duty's occurrence there, not
 * its first one years before), ordered by that day; null where it cannot be told.
 */
export function withDueDates(rows: readonly DeadlineRow[], q: DeadlineQuery): DueDeadline[] {
  const from = q.from ? periodOf(q.from).start : undefined;
  const to = q.to ? periodOf(q.to).end : undefined;
  const due = rows.map((r) => ({ ...r, due: dueWithin(r, from, to) ?? null }));
  const day = (r: DueDeadline): string | null => r.due ?? r.date;
  return due.sort((a, b) => {
    const x = day(a);
    const y = day(b);
    if (x !== y) return x === null ? 1 : y === null ? -1 : cmp(x, y);
    return compareDeadlines(a, b);
  });
}

/** "Sở GDĐT" matches "Sở Giáo dục và Đào tạo" (abbreviations expanded, case and old tone placement ignored). */
export function agencyMatches(d: { actor: string | null; recipient: string | null; issuer: string | null }, agency: string): boolean {
  const want = issuerKey(agency);
  if (!want) return true;
  return [d.actor, d.recipient, d.issuer].some((v) => {
    const k = issuerKey(v);
    return k !== null && ` ${k} `.includes(` ${want} `);
  });
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** By date (undated last), then document key, then deadline key. */
export function compareDeadlines(a: DeadlineRow, b: DeadlineRow): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return cmp(a.date, b.date);
  }
  return cmp(a.document, b.document) || cmp(a.key, b.key);
}

export const compareLineageNodes = (a: LineageNode, b: LineageNode): number => a.depth - b.depth || cmp(a.key, b.key);
export const compareLineageEdges = (a: LineageEdge, b: LineageEdge): number => cmp(a.from, b.from) || cmp(a.to, b.to);
export const compareMissing = (a: MissingEntry, b: MissingEntry): number => b.citedBy - a.citedBy || cmp(a.document.key, b.document.key);

/** One edge per (from, to): two documents may both state that 88 implements 124; the first evidence (by owner) stays. */
export function dedupeEdges(edges: readonly LineageEdge[]): LineageEdge[] {
  const seen = new Map<string, LineageEdge>();
  for (const e of edges) if (!seen.has(`${e.from}\u0000${e.to}`)) seen.set(`${e.from}\u0000${e.to}`, e);
  return [...seen.values()].sort(compareLineageEdges);
}

/** Sorts an object's keys so JSON.stringify prints the same bytes for the same content. */
export function sortedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortedKeys) as T;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => cmp(a, b));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortedKeys(v)])) as T;
  }
  return value;
}
