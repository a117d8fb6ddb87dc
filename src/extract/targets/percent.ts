import { clauseEnd, lastClause, lineStartWithin } from './clause-end.js';
import { comparatorOf, prefixBefore } from './comparator.js';
import { MONEY_LINE, NOT_TARGET_AFTER, RESULT_BEFORE, TARGET_WORDS } from './guards.js';
import { NUM_BARE, numberMatches, numberValue } from './number.js';
import type { TargetFound } from './types.js';

// "100% cơ quan ... được công nhận", "tỷ lệ ... đạt trên 95%", "phấn đấu 90% ...", "giảm 10% số vụ",
// "không quá 5%", "dưới 2%", "từ 95% trở lên". A percentage is a target unless it reports a result
// ("chiếm 30%", "đã đạt 95%") in a sentence that sets none.
const PATTERN = new RegExp(String.raw`${NUM_BARE}\s?%`, 'yu');
/** The longest NUM_BARE ("123.456.789.012.345,678") and a space: a "%" further on cannot end a match. */
const PERCENT_NEAR = { char: '%', within: 25 } as const;
// "tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95%": the measure before the number.
const LABEL_COLON = /:\s{0,3}$/u;
const RATIO_BEFORE = /^(?:tỷ|tỉ)\s+lệ[^;:.()\n]{0,160}$/iu;
/** The lower end of a range right before the upper one: "5 - ", "1,5-", "12% - ". */
const RANGE_LOW = /(?<![\p{L}\p{N}.,/-])(\d{1,3}(?:,\d{1,2})?)\s?%?\s?[-–]\s?$/u;
const AT_LEAST_WORD = /^(?:trên|ít\s+nhất|tối\s+thiểu|từ)$/iu;
const STRONG_FLOOR = /^(?:ít nhất|tối thiểu|không dưới)$/iu;
const BOUND_WORD = /^(?:ít\s+nhất|tối\s+thiểu|tối\s+đa|không\s+(?:quá|vượt\s+quá|dưới))$/iu;
const RANGE_HIGH_AFTER = /^\s?[-–]\s?\d/u;
/** "giảm xuống còn 18,5%", "giảm còn 0,8%": a ceiling to get under. */
const DOWN_TO_BEFORE = /giảm\s+(?:xuống\s+)?còn\s*$/iu;
const WEAK_MEASURE = /^(?:\/\s?năm(?!\p{L})\s*)?(?:trở\s+lên|trở\s+xuống|so\s+với|trên\s+tổng|,|$)/iu;

// "12-13%/năm": the upper end is glued to the dash, which numberMatches refuses (dates, symbols).
export const GLUED_RANGE = /(?<![\p{L}\p{N}.,/-])\d{1,3}(?:,\d{1,2})?[-–](?<num>\d{1,3}(?:,\d{1,2})?)\s?%/gu;
const GLUED_RANGE_AT = new RegExp(GLUED_RANGE.source, 'uy');
/** The longest match of GLUED_RANGE, less one: how far before its "%" a match can start. */
const GLUED_REACH = 14;

interface NumberMatch { readonly index: number; readonly 0: string; readonly groups?: Record<string, string | undefined> }

/**
 * The matches of GLUED_RANGE, tried only in the few units before each "%": a match holds one "%",
 * at its end, so the leftmost match after a point ends at the first "%" after it.
 */
export function gluedRanges(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (let q = text.indexOf('%'); q >= 0; q = text.indexOf('%', q + 1)) {
    for (let at = Math.max(next, q - GLUED_REACH); at < q; at++) {
      const c = text.charCodeAt(at);
      if (c < 0x30 || c > 0x39) continue;
      GLUED_RANGE_AT.lastIndex = at;
      const m = GLUED_RANGE_AT.exec(text);
      if (m) {
        out.push(m);
        next = at + m[0].length;
        break;
      }
    }
  }
  return out;
}

function withGluedRanges(text: string, found: NumberMatch[]): NumberMatch[] {
  const extra: NumberMatch[] = [];
  for (const m of gluedRanges(text)) {
    const upper = m[0].slice(m[0].search(/[-–]/u) + 1);
    extra.push({ index: m.index + m[0].length - upper.length, 0: upper, groups: { num: m.groups?.num } });
  }
  return extra.length === 0 ? found : [...found, ...extra].sort((a, b) => a.index - b.index);
}

export function percents(text: string): TargetFound[] {
  const out: TargetFound[] = [];
  for (const n of withGluedRanges(text, [...numberMatches(PATTERN, text, PERCENT_NEAR)])) {
    // "giảm từ 5 - 10%", "đạt 12-13%/năm": a range commits to its lower bound.
    const low = RANGE_LOW.exec(text.slice(Math.max(0, n.index - 16), n.index));
    const at = low ? n.index - low[0].length : n.index;
    const p = prefixBefore(text, at);
    const cmp = p?.cmp;
    const from = p?.start ?? at; // the comparator word, else the number
    const numberEnd = n.index + n[0].length;
    if (RANGE_HIGH_AFTER.test(text.slice(numberEnd, numberEnd + 6))) continue; // "2,6% - 3,0%": read at its upper end
    const value = numberValue(low ? low[1] : n.groups?.num, undefined);
    if (value === null || value > 1000) continue;
    const before = text.slice(Math.max(0, from - 200), from);
    const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
    const end = clauseEnd(text, numberEnd);
    const tail = text.slice(numberEnd, end).trim();
    // A bound ("chiếm tối thiểu 20% GRDP") is set, not reported.
    const bounded = cmp !== undefined && BOUND_WORD.test(cmp);
    // "đạt 52% kế hoạch" reports progress; "đạt trên 95% kế hoạch vốn được giao" sets a floor to reach.
    const floorOfPlan = cmp !== undefined && AT_LEAST_WORD.test(cmp) && /^kế\s+hoạch/iu.test(tail) && !RESULT_BEFORE.test(lineBefore);
    // "tăng ít nhất 10% so với cùng kỳ": a floor over last year's figure is set, not reported.
    const floorOverPeriod = cmp !== undefined && STRONG_FLOOR.test(cmp.replace(/\s+/gu, ' ')) && /^(?:so\s+với|cùng\s+kỳ)/iu.test(tail) && !RESULT_BEFORE.test(lineBefore);
    if (((RESULT_BEFORE.test(lineBefore) && !bounded) || (NOT_TARGET_AFTER.test(tail) && !floorOfPlan && !floorOverPeriod)) && !TARGET_WORDS.test(lineBefore)) continue;
    const lineStart = lineStartWithin(text, from);
    // "Dự toán thu ngân sách xã năm 2009 phải tăng tối thiểu 10% so với ước thực hiện năm 2008": a floor
    // over the last period is set even on a line about money.
    if (MONEY_LINE.test(text.slice(lineStart, lineStart + 60)) && !floorOverPeriod) continue;
    let start = from;
    let measure: string | null = tail.replace(/^(?:trở\s+lên|trở\s+xuống)\s*/iu, '') || null;
    if (WEAK_MEASURE.test(tail)) {
      // The measure is the last "tỷ lệ ..." of the clause before the number.
      // In a list of chỉ tiêu the measure is a label before a colon: "Tỷ lệ lao động qua đào tạo: 65%".
      const label = LABEL_COLON.exec(lineBefore);
      const upTo = label ? lineBefore.length - label[0].length : lineBefore.length;
      const clause = lastClause(lineBefore.slice(0, upTo));
      const at = Math.max(clause.toLowerCase().lastIndexOf('tỷ lệ'), clause.toLowerCase().lastIndexOf('tỉ lệ'));
      if (at >= 0 && RATIO_BEFORE.test(clause.slice(at))) {
        start = from - (lineBefore.length - upTo) - clause.length + at;
        measure = clause.slice(at).trim();
      } else measure = null;
    }
    out.push({
      value,
      unit: '%',
      comparator: low ? '>=' : cmp === undefined && DOWN_TO_BEFORE.test(lineBefore) ? '<=' : comparatorOf(cmp, tail),
      measure,
      span: { start, end: Math.max(end, numberEnd) },
      rule: 'target/percent',
    });
  }
  return out;
}
