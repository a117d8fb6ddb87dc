import { clauseEnd, lastClause, lineStartWithin } from './clause-end.js';
import { wordStarts } from '../../grammar/vi/boundaries.js';
import { comparatorOf, prefixBefore } from './comparator.js';
import { ACT_ARTICLE, BLOCKED_HEAD, LABEL_BEFORE, MONEY_LINE, PART_BEFORE, PAST_CLAUSE, RANGE_BEFORE, SLOGAN_HEAD, TARGET_VERB, TARGET_WORDS } from './guards.js';
import { isPadded, NUM_BARE, NUM_WORD_BARE, numberMatchesAll, numberValue } from './number.js';
import type { TargetFound } from './types.js';
import { unitOf } from './unit.js';
import { caselessRegExp, hasRareFold } from '../../grammar/vi/deadlines-targets-caseless.js';
import { targetSections, type TopHeading } from './past.js';

// Counts: "ít nhất 01 hình thức, phương pháp tuyên truyền, 01 mô hình ...", "ít nhất một mô hình",
// "xây dựng mô hình điểm tại: 01 trường ...", "tổ chức 03 lớp tập huấn", "mỗi xã có 02 ...".
// A bare number next to a noun is everywhere in these texts, so a count needs one of: a comparator
// word, zero padding ("01"), a planning verb just before it, or a place in a list after a target.
// Digits first, the comparator looked up behind them: an optional leading group is tried at every
// position and cost 4x. A number word only counts after a comparator ("ít nhất một").
const HEAD = String.raw`\s{1,3}(?<head>\p{L}+(?:\s+\p{L}+)?)`;
const DIGITS = new RegExp(NUM_BARE + HEAD, 'yu');
// Lower case only: after a comparator a number word never opens a sentence. No 'd' flag: the
// head ends the match, so its offset is known without group indices (which cost on every exec).
const WORDS = new RegExp(NUM_WORD_BARE + HEAD, 'gu');

/** TARGET_VERB without 'i' (caseless): it is tried from every position of the line before each bare number. */
const TARGET_VERB_FAST = caselessRegExp(TARGET_VERB);

interface Candidate {
  readonly index: number;
  readonly cmp: string | undefined;
  readonly num: string | undefined;
  readonly word: string | undefined;
  readonly head: string;
  readonly headAt: number;
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of numberMatchesAll(DIGITS, text)) {
    const headAt = m.index + m[0].length - (m.groups?.head?.length ?? 0); // the head ends the match
    const p = prefixBefore(text, m.index);
    out.push({ index: p?.start ?? m.index, cmp: p?.cmp, num: m.groups?.num, word: undefined, head: m.groups?.head ?? '', headAt });
  }
  for (const m of wordStarts(WORDS, text)) {
    const headAt = m.index + m[0].length - (m.groups?.head?.length ?? 0);
    WORDS.lastIndex = headAt;
    const p = prefixBefore(text, m.index);
    if (p) out.push({ index: p.start, cmp: p.cmp, num: undefined, word: m.groups?.word, head: m.groups?.head ?? '', headAt });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The largest value in a sorted array that is <= x, or -1. */
function floor(sorted: readonly number[], x: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1]! : -1;
}

// A score or a waiting time with a bound is a standard to meet: "không quá 60 phút",
// "từ 3,2 điểm trở lên". Years, months and days stay out: with a bound they are durations or dates.
/** The lower end of a count's range after "từ": "từ 2 - 3 ", "từ 02-03 ". */
const RANGE_FROM = /(?:^|\s)từ\s+(?<low>\d{1,3})\s?[-–]\s?$/iu;

const BOUNDED_UNIT = /^(?:điểm|phút|giờ)$/iu;
const MONEY_HEAD = /^(?:triệu|tỷ|tỉ)$/iu;
const MONEY_VERB = /(?:đạt|đạt\s+trên|đạt\s+từ|tăng\s+lên|lên|trên|tối\s+thiểu|ít\s+nhất)\s+$/iu;
const BOUND = /^(?:không\s+quá|tối\s+đa|dưới|ít\s+nhất|tối\s+thiểu|không\s+dưới|trên)$/iu;
const RANGE_HEAD = /^(?:đến|tới)$/iu;
const TRO_LEN_AFTER = /^\s*(?:\p{L}+\s+){0,3}trở\s+(?:lên|xuống)/iu;
// An area, a length or a mass with a floor is a quantity to reach: "chuyển đổi tối thiểu 500 ha đất
// lúa", "trồng mới ít nhất 1.200 ha rừng". Not with "từ … trở lên" or "trên", which set a scope
// ("cơ sở xả thải từ 200 m3/ngày đêm trở lên").
const FLOOR_MEASURE_UNIT = /^(?:ha|km|tấn)$/iu;
const FLOOR = /^(?:ít\s+nhất|tối\s+thiểu|không\s+dưới)$/iu;
const PROGRESS_AFTER = /,\s*(?:đạt|bằng)\s+\d{1,3}(?:,\d{1,2})?\s?%\s*(?:kế\s+hoạch|chỉ\s+tiêu)/iu;
const REACH_BEFORE = /(?:^|\s)đạt\s+$/iu;
const PER_CAPITA = /^\s?\/\s?(?:vạn|\d{1,3}(?:\.\d{3})+)\s+(?:dân|người|trẻ)(?![\p{L}])/u;
/** A label and its colon right before the number, on a line that names a count: "Số lao động được đào tạo nghề: ". */
const LABEL_COLON_BEFORE = /\p{L}\s{0,2}:\s{0,3}$/u;
const LABEL_WORDS = /^\s*(?:[-+•·]\s*|[a-zđ0-9]{1,2}[.)]\s*)?(?:tổng\s+)?số\s+\p{L}/iu;
/** The lower end of "3 - 5" right before `at`, after a planning verb, in a targets part: a floor. */
const RANGE_BARE = /(?:^|\s)(?<low>\d{1,3})\s?[-–]\s?$/u;
function bareRangeLow(text: string, at: number, inTargets: (at: number) => boolean): RegExpExecArray | null {
  const r = RANGE_BARE.exec(text.slice(Math.max(0, at - 16), at));
  if (!r || !inTargets(at)) return null;
  const lowAt = at - r[0].length + (r[0].length - r[0].trimStart().length);
  return verbGoverns(text, lowAt) ? r : null;
}
const verbGoverns = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - 80), at);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return (hasRareFold(line) ? TARGET_VERB_FAST.full : TARGET_VERB_FAST.common).test(line);
};
// "Tuổi thọ trung bình đạt 74,5 tuổi": life expectancy is set in years of age.
const LIFE_EXPECTANCY = /tuổi\s+thọ[^;.\n]{0,40}$/iu;
const boundedMeasure = (cmp: string | undefined, unit: string, text: string, headAt: number, at: number): boolean =>
  (BOUNDED_UNIT.test(unit) && ((cmp !== undefined && BOUND.test(cmp.replace(/\s+/gu, ' '))) || TRO_LEN_AFTER.test(text.slice(headAt, headAt + 40))))
  || (FLOOR_MEASURE_UNIT.test(unit) && cmp !== undefined && FLOOR.test(cmp.replace(/\s+/gu, ' ')))
  // "diện tích cây vụ đông đạt 3.500 ha trở lên": reached, then bounded.
  || (FLOOR_MEASURE_UNIT.test(unit) && cmp === undefined && REACH_BEFORE.test(text.slice(Math.max(0, at - 8), at)) && TRO_LEN_AFTER.test(text.slice(headAt, headAt + 40)));

/**
 * `listEnds`: where the percentages' clauses end, sorted (a count may continue their list);
 * `headings`: the text's top-level headings (topHeadings).
 */
export function counts(text: string, listEnds: readonly number[], headings: readonly TopHeading[]): TargetFound[] {
  const out: TargetFound[] = [];
  const inTargets = targetSections(headings);
  for (const c of candidates(text)) {
    // "xây dựng từ 2 - 3 mô hình": a range after "từ" commits to its lower end, a floor.
    // Under a targets heading, "Thu hút 3 - 5 dự án" after a planning verb commits to its lower end too.
    const low = c.cmp === undefined && c.num !== undefined
      ? RANGE_FROM.exec(text.slice(Math.max(0, c.index - 16), c.index)) ?? bareRangeLow(text, c.index, inTargets)
      : null;
    const g: Candidate = low ? { ...c, index: c.index - low[0].length + (low[0].length - low[0].trimStart().length), cmp: 'từ', num: low.groups?.low } : c;
    const headAt = g.headAt;
    const value = numberValue(g.num, g.word);
    if (value === null || value === 0) continue;
    if (g.word !== undefined && g.cmp === undefined) continue; // "một số", "một cách": only "ít nhất một"
    const head = g.head;
    // The first word: what head.split(/\s+/u)[0] gives, without split trying its pattern at every position.
    const space = head.search(/\s/u);
    const first = space < 0 ? head : head.slice(0, space);
    // "Thu nhập bình quân đầu người đạt 63 triệu đồng trở lên" under "II. MỤC TIÊU, CHỈ TIÊU": money set as a target.
    const money = MONEY_HEAD.test(first) && inTargets(g.index) && MONEY_VERB.test(text.slice(Math.max(0, g.index - 20), g.index));
    const lifeYears = /^tuổi$/iu.test(first) && LIFE_EXPECTANCY.test(text.slice(Math.max(0, g.index - 60), g.index));
    // "Tổng sản lượng lương thực đạt 25.000 tấn", "trồng rừng mới đạt 1.900 ha" under a targets heading: a quantity to reach.
    // So is one a planning verb governs there: "Trồng mới 500 ha rừng", "Xây dựng mới 15 km đường giao thông".
    // "10 bác sĩ/vạn dân", "32 giường bệnh/vạn dân" under a targets heading: a rate per head of population.
    const perCapita = inTargets(g.index) && PER_CAPITA.test(text.slice(headAt + head.length, headAt + head.length + 24));
    const reached = FLOOR_MEASURE_UNIT.test(first) && inTargets(g.index)
      && (REACH_BEFORE.test(text.slice(Math.max(0, g.index - 8), g.index)) || verbGoverns(text, g.index));
    if ((BLOCKED_HEAD.test(first) || BLOCKED_HEAD.test(head)) && !boundedMeasure(g.cmp, first, text, headAt, g.index) && !money && !lifeYears && !reached && !perCapita) continue;
    if (/^(?:19|20)\d\d$/u.test(g.num ?? '')) continue; // a year
    const before = text.slice(Math.max(0, g.index - 80), g.index);
    const line = before.slice(before.lastIndexOf('\n') + 1);
    // In a list after a target: the nearest target clause ends just before this number.
    const e = Math.max(floor(listEnds, g.index), out[out.length - 1]?.span.end ?? -1);
    const inList = e >= 0 && e <= g.index && g.index - e <= 24 && /^\s*(?:,|và|hoặc|;)?\s*(?:tại\s*)?$/u.test(text.slice(e, g.index));
    // Most numbers are bare (no comparator, no padding, no list, no planning verb): refuse them
    // before the costlier guards below. The guards are pure, so their order does not change the result.
    // A chỉ tiêu given as "Số lao động được đào tạo nghề: 1.500 người" under a targets heading: its label names it.
    const labelled = g.cmp === undefined && inTargets(g.index) && LABEL_COLON_BEFORE.test(line) && LABEL_WORDS.test(line);
    if (g.cmp === undefined && !isPadded(g.num) && !inList && !money && !reached && !labelled && !perCapita && !(hasRareFold(line) ? TARGET_VERB_FAST.full : TARGET_VERB_FAST.common).test(line)) continue;
    // A label word counts right before the number: "mỗi lớp không quá 35 em" is a bound, "lớp 9" a label.
    const labelBefore = g.cmp === undefined ? before : text.slice(Math.max(0, g.index - 80), g.index + g.cmp.length + 1);
    if (LABEL_BEFORE.test(labelBefore) || (!low && RANGE_BEFORE.test(before)) || (g.cmp === undefined && PART_BEFORE.test(before))) continue;
    if (RANGE_HEAD.test(first)) continue; // "từ 6 đến 15 tuổi": the unit is after the range
    // A bound opening a bracket glosses the word before it: "ngộ độc thực phẩm đông người (từ 30 người trở lên)".
    // Not a floor set in brackets: "(ít nhất 02 đợt)".
    if (g.cmp !== undefined && /^(?:từ|trên|dưới)(?!\p{L})/iu.test(g.cmp) && /\(\s*$/u.test(before)) continue;
    const lineStart = lineStartWithin(text, g.index);
    if (MONEY_LINE.test(text.slice(lineStart, lineStart + 60))) continue;
    if (ACT_ARTICLE.test(text.slice(lineStart, g.index + 1))) continue;
    if (g.cmp === undefined && !isPadded(g.num) && SLOGAN_HEAD.test(first)) continue;
    const clauseBefore = lastClause(line);
    if (PAST_CLAUSE.test(clauseBefore) && !TARGET_WORDS.test(line)) continue;
    if (/^(?:triệu|tỷ|đồng)/iu.test(head) && !TARGET_WORDS.test(line) && !money) continue;
    const start = g.index;
    const end = clauseEnd(text, headAt);
    const after = text.slice(headAt, end);
    // "giải quyết việc làm cho 12.400 lao động, đạt 52% kế hoạch năm": progress against the plan, reported.
    if (PROGRESS_AFTER.test(after)) continue;
    const prev = out[out.length - 1];
    // "ít nhất 01 A, 01 B": the comparator carries over the list.
    const carried = g.cmp === undefined && inList && prev && prev.span.end <= g.index ? prev.comparator : null;
    out.push({
      value,
      unit: unitOf(head),
      comparator: low ? '>=' : carried ?? comparatorOf(g.cmp, after),
      measure: text.slice(headAt, end).trim() || null,
      span: { start, end },
      rule: g.cmp !== undefined ? 'target/count-comparator' : 'target/count',
    });
  }
  return out;
}
