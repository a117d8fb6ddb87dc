import type { Span } from '../../doc/span.js';
import { canonicalKey } from '../../grammar/vi/symbol.js';

/** One mention as the link finder needs it. */
export interface LinkableMention {
  readonly key: string;
  readonly headStart: number;
  readonly symbolEnd: number;
}

export interface LinkFound {
  readonly from: string;
  readonly to: string;
  readonly span: Span;
}

// "… triển khai thực hiện ", "… về việc tiếp tục đẩy mạnh thực hiện ", "… hướng dẫn thi hành ",
// right before the second citation's type word.
export const IMPLEMENTS_VERB = /(?<![\p{L}\p{N}])(?:(?:về\s+việc|về|để|nhằm)\s+)?(?:tiếp\s+tục\s+)?(?:đẩy\s+mạnh\s+)?(?:triển\s+khai\s+thực\s+hiện|triển\s+khai|thực\s+hiện|hướng\s+dẫn\s+(?:thực\s+hiện|thi\s+hành|triển\s+khai)|quy\s+định\s+chi\s+tiết(?:\s+thi\s+hành)?|cụ\s+thể\s+hóa|thi\s+hành)(?:\s+(?:một\s+số\s+(?:điều|nội\s+dung)(?:\s+của)?|nội\s+dung|các\s+nhiệm\s+vụ(?:\s+của)?))?\s+$/iu;
// What may not lie between the two: the end of a clause or sentence.
const BREAK = /[;\n]|\.\s+\p{Lu}/u;
// A verb after "và" or a comma starts another clause of the citing sentence, whose subject is the
// document itself: "Thực hiện Nghị quyết số 11/NQ-CP … và triển khai Nghị quyết số 43/2022/QH15".
const COORDINATED = /(?:,|(?<![\p{L}])(?:và|đồng\s+thời|cùng\s+với))\s*$/u;
const MAX_GAP = 260;
// A report on, or a check of, carrying something out is no lineage: "Báo cáo số … về kết quả thực
// hiện Nghị quyết số …", "Kế hoạch số … kiểm tra việc thực hiện Chỉ thị số …", "tổng kết 10 năm thực hiện".
const REVIEWS = /(?<![\p{L}])(?:kết\s+quả|tình\s+hình|sơ\s+kết|tổng\s+kết|đánh\s+giá|kiểm\s+tra|giám\s+sát|báo\s+cáo)(?:\s+(?:\d+\s+năm|việc|công\s+tác))*\s+(?:(?:tiếp\s+tục\s+)?(?:triển\s+khai\s+)?thực\s+hiện|triển\s+khai|thi\s+hành)/iu;

/** The last words of IMPLEMENTS_VERB's alternatives, in lower case (it matches in any case). */
const VERB_ENDS = ['hiện', 'khai', 'hành', 'tiết', 'hóa', 'điều', 'dung', 'của', 'vụ'];

/**
 * A necessary condition of IMPLEMENTS_VERB.test(s): blanks end `s` (its `\s+$`; trimEnd and `\s`
 * know the same characters) and one of VERB_ENDS, in any case, stands right before them.
 */
export function mayEndWithVerb(s: string): boolean {
  const t = s.trimEnd();
  if (t.length === s.length) return false;
  const last = t.slice(-4).toLowerCase();
  return VERB_ENDS.some((w) => last.endsWith(w));
}

/**
 * Lineage stated between two cited documents: "Kế hoạch số 88/KH-UBND ngày … của UBND
 * thành phố triển khai thực hiện Thông tư số 124/2021/TT-BCA" says 88 implements 124.
 */
export function findLinks(text: string, mentions: readonly LinkableMention[]): LinkFound[] {
  const found: LinkFound[] = [];
  const seen = new Set<string>();
  const keys = mentions.map((m) => canonicalKey(m.key));
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (keys[i] === keys[i + 1] || b.headStart < a.symbolEnd || b.headStart - a.symbolEnd > MAX_GAP) continue;
    const between = text.slice(a.symbolEnd, b.headStart);
    // IMPLEMENTS_VERB is end-anchored, so tried from every position: only where its last word is.
    if (!mayEndWithVerb(between) || BREAK.test(between)) continue;
    const verb = IMPLEMENTS_VERB.exec(between);
    if (!verb || COORDINATED.test(between.slice(0, verb.index)) || REVIEWS.test(between.slice(0, verb.index) + verb[0])) continue;
    const id = `${keys[i]!}>${keys[i + 1]!}`;
    if (seen.has(id)) continue;
    seen.add(id);
    found.push({ from: a.key, to: b.key, span: { start: a.headStart, end: b.symbolEnd } });
  }
  return found;
}
