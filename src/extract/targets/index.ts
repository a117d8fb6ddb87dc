import type { Span } from '../../doc/span.js';
import { spansOverlap } from '../../doc/span.js';
import { counts } from './count.js';
import { TARGET_WORDS } from './guards.js';
import { percents } from './percent.js';
import type { TargetContext, TargetFound } from './types.js';

export type { Comparator, TargetContext, TargetFound } from './types.js';

// "100% khoa có mạng lưới ... và triển khai ít nhất 01 đề án": a second duty joined by "và", with
// its own lower bound, is a target of its own, not a qualifier of the percentage.
const AT_LEAST_HERE = /^(?:ít\s+nhất|tối\s+thiểu)\s/iu;
const JOINED_VERB_BEFORE = /\svà\s+(?:\p{L}+\s+){1,3}$/u;
const secondDuty = (text: string, at: number): boolean =>
  AT_LEAST_HERE.test(text.slice(at, at + 12)) && JOINED_VERB_BEFORE.test(text.slice(Math.max(0, at - 40), at));

// "Năm 2023, toàn huyện ghi nhận 1.256 ca ..., tăng 35% so với năm 2022": the situation a plan
// starts from. A paragraph, sentence or clause opening on a year before the document's own reports
// results; one opening on the document's year does when it says so ("Năm 2010, công tác tuyển quân
// đạt kết quả tốt: ... đạt 100% chỉ tiêu" in a directive of October 2010 for the year 2011).
// A clause that strives ("...; phấn đấu năm 2024 đạt 98%") sets a target whatever opened the sentence.
const OPENS_ON_YEAR = /^(?:(?:Trong|Qua|Cả|Đến\s+hết|Kết\s+quả(?:\s+thực\s+hiện)?)\s+)?năm\s+((?:19|20)\d\d)\s*[,:]/iu;
const PAST_MARK = /(?:^|[\s,:])(?:đã|kết\s+quả|vừa\s+qua|ước\s+(?:đạt|tính)|ghi\s+nhận|xảy\s+ra)(?=[\s,:]|$)/iu;
/** Target words, but not "chỉ tiêu" counted against ("đạt 100% chỉ tiêu huyện giao" reports). */
const STRIVES = /phấn\s+đấu|mục\s+tiêu|(?<!%\s?)chỉ\s+tiêu|bảo\s+đảm|đảm\s+bảo/iu;
/** Where the clause, the sentence and the paragraph holding `at` open, nearest first. */
function openings(text: string, at: number): number[] {
  const line = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(line, at);
  let sentence = 0, clause = 0;
  for (let i = before.length - 2; i >= 0; i--) {
    const c = before[i];
    if (clause === 0 && c === ';') clause = i + 1;
    if (c === '.' && /\s/u.test(before[i + 1] ?? '')) { sentence = i + 1; break; }
  }
  return [...new Set([Math.max(clause, sentence), sentence, 0])].map((o) => line + o);
}

function aboutThePast(text: string, at: number, refYear: number | null): boolean {
  const opens = openings(text, at);
  if (STRIVES.test(text.slice(opens[0]!, at))) return false;
  for (const start of opens) {
    const head = text.slice(start, Math.min(at, start + 60)).trimStart();
    const m = OPENS_ON_YEAR.exec(head);
    if (!m) continue;
    const year = Number(m[1]);
    if (refYear === null) return !TARGET_WORDS.test(text.slice(start, at));
    if (year !== refYear) return year < refYear;
    return PAST_MARK.test(text.slice(start, at)) || /^kết/iu.test(head);
  }
  return false;
}

/** Targets (chỉ tiêu) the text sets: percentages and planned counts, with their comparators. */
export function extractTargets(text: string, ctx: TargetContext): TargetFound[] {
  const excluded = (s: Span): boolean => ctx.exclude.some((x) => spansOverlap(x, s));
  const numberSpan = (t: TargetFound): Span => ({ start: t.span.start, end: Math.min(t.span.end, t.span.start + 16) });
  const pct = percents(text).filter((t) => !excluded(numberSpan(t)));
  const listEnds = pct.map((t) => t.span.end).sort((a, b) => a - b);
  // A count inside a percentage's clause qualifies it ("100% tàu cá có chiều dài từ 15 mét trở lên"),
  // as one inside a count's does ("ít nhất 05 sản phẩm OCOP đạt từ 3 sao trở lên"). Both lists are
  // sorted by start, so one sweep keeps the furthest clause end seen so far.
  const found = counts(text, listEnds).filter((t) => !excluded(numberSpan(t)));
  const cnt: TargetFound[] = [];
  let p = 0, coverEnd = -1;
  for (const t of found) {
    while (p < pct.length && pct[p]!.span.start < t.span.start) coverEnd = Math.max(coverEnd, pct[p++]!.span.end);
    if (t.span.start >= coverEnd || secondDuty(text, t.span.start)) cnt.push(t);
    coverEnd = Math.max(coverEnd, t.span.end);
  }
  return [...pct, ...cnt].filter((t) => !aboutThePast(text, t.span.start, ctx.refYear ?? null)).sort((a, b) => a.span.start - b.span.start);
}
