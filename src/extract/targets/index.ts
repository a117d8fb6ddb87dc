import type { Span } from '../../doc/span.js';
import { spansOverlap } from '../../doc/span.js';
import { counts } from './count.js';
import { partsOfWhole } from './part-of-whole.js';
import { fractions } from './fraction.js';
import { aboutThePast, reportSections, topHeadings } from './past.js';
import { percents } from './percent.js';
import { tableTargets } from './table.js';
import type { TargetContext, TargetFound } from './types.js';

export type { Comparator, TargetContext, TargetFound } from './types.js';

// "100% khoa có mạng lưới ... và triển khai ít nhất 01 đề án": a second duty joined by "và", with
// its own lower bound, is a target of its own, not a qualifier of the percentage.
const AT_LEAST_HERE = /^(?:ít\s+nhất|tối\s+thiểu)\s/iu;
const JOINED_VERB_BEFORE = /\svà\s+(?:\p{L}+\s+){1,3}$/u;
const secondDuty = (text: string, at: number): boolean =>
  AT_LEAST_HERE.test(text.slice(at, at + 12)) && JOINED_VERB_BEFORE.test(text.slice(Math.max(0, at - 40), at));

// "ít nhất 180 đoàn viên, bảo đảm hoàn thành chỉ tiêu 500 đoàn viên mới": a count named as the
// chỉ tiêu is a target of its own inside another's clause.
const NAMED_TARGET_BEFORE = /chỉ\s+tiêu\s+$/iu;
const namedTarget = (text: string, at: number): boolean => NAMED_TARGET_BEFORE.test(text.slice(Math.max(0, at - 12), at));

/** Targets (chỉ tiêu) the text sets: percentages and planned counts, with their comparators. */
export function extractTargets(text: string, ctx: TargetContext): TargetFound[] {
  const excluded = (s: Span): boolean => ctx.exclude.some((x) => spansOverlap(x, s));
  const numberSpan = (t: TargetFound): Span => ({ start: t.span.start, end: Math.min(t.span.end, t.span.start + 16) });
  const pct = [...percents(text), ...fractions(text)].filter((t) => !excluded(numberSpan(t))).sort((a, b) => a.span.start - b.span.start);
  const listEnds = pct.map((t) => t.span.end).sort((a, b) => a - b);
  // A count inside a percentage's clause qualifies it ("100% tàu cá có chiều dài từ 15 mét trở lên"),
  // as one inside a count's does ("ít nhất 05 sản phẩm OCOP đạt từ 3 sao trở lên"). Both lists are
  // sorted by start, so one sweep keeps the furthest clause end seen so far.
  const headings = topHeadings(text);
  // Counts out of a whole ("19/19 tiêu chí") go with the counts, which never read a number glued to "/".
  const found = [...counts(text, listEnds, headings), ...partsOfWhole(text, headings)].filter((t) => !excluded(numberSpan(t))).sort((a, b) => a.span.start - b.span.start);
  const cnt: TargetFound[] = [];
  let p = 0, coverEnd = -1;
  for (const t of found) {
    while (p < pct.length && pct[p]!.span.start < t.span.start) coverEnd = Math.max(coverEnd, pct[p++]!.span.end);
    if (t.span.start >= coverEnd || secondDuty(text, t.span.start) || namedTarget(text, t.span.start)) cnt.push(t);
    coverEnd = Math.max(coverEnd, t.span.end);
  }
  const inReport = reportSections(text, headings);
  return [...pct, ...cnt, ...tableTargets(text, ctx.refYear ?? null).filter((t) => !excluded(t.span))]
    .filter((t) => !inReport(t.span.start) && !aboutThePast(text, t.span.start, ctx.refYear ?? null))
    .sort((a, b) => a.span.start - b.span.start);
}
