import type { Span } from '../../doc/span.js';
import { MAIN_CLAUSE } from '../../grammar/vi/main-clause.js';
import { hasRareFold, leadScan, nextMatch } from '../../grammar/vi/deadlines-targets-caseless.js';
import { OBLIGATION } from './fragments.js';

// A recurring phrase or a weak deadline counts only as a duty: an obligation verb must govern it.
const VERB = leadScan(new RegExp(OBLIGATION, 'iu'));
const VERB_AT_END = new RegExp(`${OBLIGATION}\\s*$`, 'iu');
/** Nouns a period phrase describes rather than a duty: "chương trình công tác hằng năm". */
const NOUN_BEFORE = /(?:chương\s+trình|kế\s+hoạch|công\s+tác|nhiệm\s+vụ|ngân\s+sách|dự\s+toán|kinh\s+phí|hoạt\s+động|ngày\s+hội|lễ\s+hội|lễ|phong\s+trào|thi\s+đua|tiêu\s+chí|chỉ\s+tiêu|định\s+mức|nhu\s+cầu|chi\s+phí|sản\s+lượng|doanh\s+thu|cuộc\s+sống|sinh\s+hoạt|công\s+việc|đời\s+sống|thu\s+nhập|lương|mức|trợ\s+cấp|phụ\s+cấp|tổ\s+quốc|truyền\s+thống)(?:\s+[\p{L}]+){0,2}\s*$/iu;
/** A unit's name that holds such a noun: "gửi về Phòng Kế hoạch tổng hợp trước ngày 28 hằng tháng". */
const UNIT_BEFORE = /(?:^|\s)(?:phòng|ban|vụ|cục|sở|khoa|trung\s+tâm|văn\s+phòng|tổ)\s+$/iu;
/** Between the verb and the phrase, a copula or preposition opens a noun phrase: "là ... trong chương trình hằng năm". */
const NOUN_LINK = /\s(?:là|trong|của|thuộc)\s/iu;
/**
 * A cited document's subject: "Công văn số 4152/UBND-NC ... về việc tổ chức Ngày hội ... hàng năm",
 * "Quyết định số 24/2021/QĐ-TTg ... của Thủ tướng Chính phủ quy định quy trình rà soát ... hằng năm",
 * "Thông tư số … hướng dẫn việc báo cáo định kỳ 6 tháng". Not once the citing clause has started.
 */
export const CITED_SUBJECT = /(?:\d{1,6}(?:\/\d{4})?\/[\p{Lu}Đ]|\d{1,6}-[\p{Lu}]{1,6}\/)[^;]{0,160}?\s(?:về(?:\s+việc)?|quy\s+định|hướng\s+dẫn|phê\s+duyệt|ban\s+hành)\s(?<subject>[^;]{0,200})$/u;
const MAIN = new RegExp(MAIN_CLAUSE, 'u');

/** A quantity to reach between the period and its verb: "hằng năm có từ 80% ... hoàn thành". */
const TARGET_AHEAD = /\d\s?%|(?:ít\s+nhất|tối\s+thiểu|từ|trên)\s+\d/iu;
/** "Phấn đấu hằng năm ...": what follows is a target. */
const STRIVE_BEFORE = /phấn\s+đấu\s*$/iu;

const hasVerb = (s: string): boolean => nextMatch(VERB, s) !== null;

/** The last obligation verb in `s`: its end offset in `s`, or -1. */
function lastVerbEnd(s: string): number {
  const rare = hasRareFold(s);
  let end = -1;
  for (let m = nextMatch(VERB, s, 0, rare); m; m = nextMatch(VERB, s, end, rare)) end = m.index + m[0].length;
  return end;
}

/** True when the phrase at `span` is inside quotes or a cited document's subject in its clause. */
export function inCitedSubject(text: string, clause: Span, span: Span): boolean {
  const before = text.slice(Math.max(clause.start, span.start - 400), span.start);
  if ((before.match(/"/gu)?.length ?? 0) % 2 === 1) return true;
  // Both forms of the symbol hold a "/": without one the pattern would only be tried at every digit.
  const m = before.includes('/') ? CITED_SUBJECT.exec(before) : null;
  return m !== null && !MAIN.test(m.groups?.subject ?? '');
}

/**
 * Whether an obligation verb governs the period phrase at `phrase` (its by-date, if any, starts the
 * combined span at `lead`): a verb before it in the clause (after a "Heading:" colon) with no noun
 * phrase between, or, with no verb before (the phrase leads the clause or follows its actor), a verb after it.
 */
export function governedByDuty(text: string, clause: Span, phrase: Span, lead: number = phrase.start): boolean {
  if (inCitedSubject(text, clause, phrase)) return false;
  let before = text.slice(Math.max(clause.start, lead - 200), lead);
  before = before.slice(before.lastIndexOf(':') + 1);
  const after = text.slice(phrase.end, Math.min(clause.end, phrase.end + 160));
  const v = lastVerbEnd(before);
  if (STRIVE_BEFORE.test(before)) return false;
  if (v < 0) {
    // "Hằng năm có từ 80% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ": a yearly target, not a duty.
    const w = nextMatch(VERB, after);
    return w !== null && !TARGET_AHEAD.test(after.slice(0, w.index));
  }
  const between = before.slice(v);
  // A by-date leading the phrase is the duty's own ("báo cáo tình hình học tập của học sinh … trước
  // ngày 05 hằng tháng"): a "của" before it does not open a noun phrase the period describes.
  if (lead >= phrase.start && NOUN_LINK.test(` ${between} `)) return hasVerb(after) && /^\s*,/u.test(after);
  const noun = NOUN_BEFORE.exec(before);
  if (noun && !VERB_AT_END.test(before.slice(0, noun.index)) && !UNIT_BEFORE.test(before.slice(Math.max(0, noun.index - 20), noun.index))) return false;
  return true;
}

/** Whether the clause holds an obligation verb at all (weak cues, ranges, months). */
export function clauseHasDuty(text: string, clause: Span, span: Span): boolean {
  if (inCitedSubject(text, clause, span)) return false;
  return hasVerb(text.slice(Math.max(clause.start, span.start - 200), Math.min(clause.end, span.end + 160)));
}
