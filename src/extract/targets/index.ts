import type { Span } from '../../doc/span.js';
import { spansOverlap } from '../../doc/span.js';
import { counts } from './count.js';
import { percents } from './percent.js';
import type { TargetContext, TargetFound } from './types.js';

export type { Comparator, TargetContext, TargetFound } from './types.js';

/** Targets (chỉ tiêu) the text sets: percentages and planned counts, with their comparators. */
export function extractTargets(text: string, ctx: TargetContext): TargetFound[] {
  const excluded = (s: Span): boolean => ctx.exclude.some((x) => spansOverlap(x, s));
  const numberSpan = (t: TargetFound): Span => ({ start: t.span.start, end: Math.min(t.span.end, t.span.start + 16) });
  const pct = percents(text).filter((t) => !excluded(numberSpan(t)));
  const listEnds = new Set(pct.map((t) => t.span.end));
  // A count inside a percentage's clause qualifies it: "100% tàu cá có chiều dài từ 15 mét trở lên".
  const inside = (t: TargetFound, all: readonly TargetFound[]): boolean => all.some((p) => p !== t && p.span.start < t.span.start && t.span.start < p.span.end);
  const found = counts(text, listEnds).filter((t) => !excluded(numberSpan(t)));
  // ... and inside a count's: "ít nhất 05 sản phẩm OCOP đạt từ 3 sao trở lên".
  const cnt = found.filter((t) => !inside(t, pct) && !inside(t, found));
  return [...pct, ...cnt].sort((a, b) => a.span.start - b.span.start);
}
