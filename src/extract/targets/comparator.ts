import type { Comparator } from './types.js';

/** Comparator words right before a quantity ("ít nhất 01", "không quá 5%", "đạt trên 95%"). */
export const PREFIX = String.raw`(?<cmp>ít\s+nhất|tối\s+thiểu|không\s+(?:dưới|ít\s+hơn|thấp\s+hơn)|trên|hơn|từ|tối\s+đa|không\s+(?:quá|vượt\s+quá|cao\s+hơn|nhiều\s+hơn)|dưới|ít\s+hơn)\s+`;

/** A comparator ending right before a quantity; run on the few characters before the number. */
const PREFIX_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${PREFIX})$`, 'iu');

/** A rough letter test for a prefilter: ASCII letters and everything from Latin-1 up to the General Punctuation block. */
const isLetterUnit = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c < 0x2000);
const PREFIX_LAST = new Set(['nhất', 'thiểu', 'dưới', 'hơn', 'trên', 'từ', 'đa', 'quá']);

/** The comparator words just before `at` ("ít nhất ", "không quá "), with where they start. */
export function prefixBefore(text: string, at: number): { cmp: string; start: number } | null {
  // Quick refusal: every comparator ends in one of these words, right before the number.
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  if (end === at) return null;
  let start = end;
  while (start > 0 && end - start < 6 && isLetterUnit(text.charCodeAt(start - 1))) start--;
  if (!PREFIX_LAST.has(text.slice(start, end).toLowerCase())) return null;
  const from = Math.max(0, at - 40);
  const m = PREFIX_BEFORE.exec(text.slice(from, at));
  if (m?.groups?.cmp === undefined) return null;
  if (m.index === 0 && from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!)) return null; // cut mid-word
  return { cmp: m.groups.cmp, start: from + m.index };
}

const boundWithin = (reach: number): RegExp => new RegExp(String.raw`^\s*(?:\/\s?\p{L}+\s+)?(?:\p{L}+\s+){0,${reach}}trở\s+(?<dir>lên|xuống)`, 'iu');
const BOUND_NEAR = boundWithin(3);
const BOUND_FAR = boundWithin(8);

const AT_LEAST = /^(?:ít\s+nhất|tối\s+thiểu|không\s+(?:dưới|ít\s+hơn|thấp\s+hơn)|trên|hơn|từ)$/iu;

/** The comparator a prefix word (and a following "trở lên"/"trở xuống") gives. */
export function comparatorOf(prefix: string | undefined, after: string): Comparator {
  // "95% trở lên", "80% số xã trở lên", "từ 3 sao trở lên": a few words may sit before it.
  // "8,5%/năm trở lên"; after "từ", the bound may close a longer noun phrase: "từ 80% tổ chức cơ sở đảng trở lên".
  const p = prefix?.trim().replace(/\s+/gu, ' ');
  const bound = (p !== undefined && /^từ$/iu.test(p) ? BOUND_FAR : BOUND_NEAR).exec(after);
  if (bound) return bound.groups?.dir?.toLowerCase() === 'lên' ? '>=' : '<=';
  if (p === undefined) return '=';
  if (/^từ$/iu.test(p)) return '='; // "từ 5 đến 10" is a range; "từ 95% trở lên" is caught above
  return AT_LEAST.test(p) ? '>=' : '<=';
}
