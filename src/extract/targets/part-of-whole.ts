import { caselessRegExp, hasRareFold } from '../../grammar/vi/deadlines-targets-caseless.js';
import { BLOCKED_HEAD, TARGET_VERB } from './guards.js';
import { clauseEnd } from './clause-end.js';
import { targetSections, type TopHeading } from './past.js';
import type { TargetFound } from './types.js';
import { unitOf } from './unit.js';

// "Xã Xuân Bình đạt 19/19 tiêu chí nông thôn mới", "Phấn đấu có 5/9 xã đạt chuẩn", "Số xã đạt chuẩn
// quốc gia về y tế: 17/17 xã": a count out of the whole, set as a target. Its value is the count.
// A date is not one ("ngày 5/9", "5/9/2024"), nor a share of "số …" (fraction.ts reads that).
const AT = /(?<n>\d{1,3})\/(?<m>\d{1,3})\s{1,2}(?<head>\p{Ll}+(?:\s+\p{Ll}+)?)/uy;
const GLUE_BEFORE = /[\p{L}\p{N}/.,-]/u;
const DATE_WORD_BEFORE = /(?:ngày|hôm|từ|đến|tháng)\s*$/iu;
const LABEL_BEFORE = /\p{L}\s{0,2}:\s{0,3}$/u;
const VERB = caselessRegExp(TARGET_VERB);

export function partsOfWhole(text: string, headings: readonly TopHeading[]): TargetFound[] {
  const out: TargetFound[] = [];
  let inTargets: ((at: number) => boolean) | null = null;
  for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
    let start = slash;
    while (start > 0 && start > slash - 3 && isDigit(text.charCodeAt(start - 1))) start--;
    if (start === slash || (start > 0 && GLUE_BEFORE.test(text[start - 1]!))) continue;
    AT.lastIndex = start;
    const m = AT.exec(text);
    if (!m?.groups) continue;
    const n = Number(m.groups.n), whole = Number(m.groups.m);
    const head = m.groups.head!;
    const first = head.split(/\s/u)[0]!;
    if (n === 0 || whole < 2 || n > whole || first === 'số' || BLOCKED_HEAD.test(first)) continue;
    const before = text.slice(Math.max(0, start - 80), start);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    if (DATE_WORD_BEFORE.test(line)) continue;
    inTargets ??= targetSections(headings);
    const verb = (hasRareFold(line) ? VERB.full : VERB.common).test(line);
    if (!verb && !(inTargets(start) && LABEL_BEFORE.test(line))) continue;
    const headAt = start + m[0].length - head.length;
    const end = clauseEnd(text, headAt);
    out.push({ value: n, unit: unitOf(head), comparator: '=', measure: text.slice(headAt, end).trim() || null, span: { start, end }, rule: 'target/part-of-whole' });
  }
  return out;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
