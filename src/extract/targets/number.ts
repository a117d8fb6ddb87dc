import { L } from '../../grammar/vi/boundaries.js';

/** Number words a count may be written with after a comparator: "ít nhất một mô hình". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  // "năm" (five) and "tư" (four) are left out: "từ năm ngân sách 2017" is a year, not a count.
  một: 1, hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};
const WORD = Object.keys(NUMBER_WORDS).join('|');

/**
 * A quantity: "1.000" (thousands), "2,5" or "2.5" (decimals), "01", a number word. Not part of a
 * date, a symbol or a phone number: no "/", "-", "." or digit glued to either side.
 */
export const NUM = String.raw`(?<![\p{L}\p{N}/.,-])(?<num>\d{1,3}(?:\.\d{3}){1,4}(?:,\d{1,3})?|\d{1,9}(?:[.,]\d{1,3})?)(?![\p{L}\p{N}]|[/.,-][\p{L}\p{N}])`;
export const NUM_WORD = String.raw`${L}(?<word>${WORD})(?![\p{L}\p{N}])`;

/** NUM and NUM_WORD without their leading lookbehind, for wordStarts (see there why). */
export const NUM_BARE = String.raw`(?<num>\d{1,3}(?:\.\d{3}){1,4}(?:,\d{1,3})?|\d{1,9}(?:[.,]\d{1,3})?)(?![\p{L}\p{N}]|[/.,-][\p{L}\p{N}])`;
export const NUM_WORD_BARE = String.raw`(?<word>${WORD})(?![\p{L}\p{N}])`;
/** What may not sit right before a number: a letter, a digit, or the glue of dates and symbols. */
export const NOT_BEFORE_NUM = /[\p{L}\p{N}/.,-]/u;

const DIGIT_RUN = /\d+/g;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** NOT_BEFORE_NUM for one UTF-16 unit, without a regex for the ASCII cases. */
function glued(c: number, text: string, i: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2f || c === 0x2e || c === 0x2c || c === 0x2d;
  return NOT_BEFORE_NUM.test(text[i]!);
}

/** A character every match holds within `within` units of its start ("%" for percentages). */
export interface Needs {
  readonly char: string;
  readonly within: number;
}

/**
 * Matches of `sticky` (a 'y' regex starting with NUM_BARE) at the start of each free-standing
 * digit run. Finding the runs first and trying the full pattern only there is 5x faster than
 * letting the pattern (or a lookbehind) be tried at every position of the text. With `needs`, runs
 * too far from the next such character are skipped without trying the pattern.
 */
export function* numberMatches(sticky: RegExp, text: string, needs?: Needs): Generator<RegExpExecArray> {
  DIGIT_RUN.lastIndex = 0;
  let next = -1; // where `needs.char` next occurs
  for (;;) {
    // test(), not exec(): no match array per run; the run's start (the first digit at or after
    // `from`) is found by stepping back.
    const from = DIGIT_RUN.lastIndex;
    if (!DIGIT_RUN.test(text)) return;
    let at = DIGIT_RUN.lastIndex - 1;
    while (at > from && isDigit(text.charCodeAt(at - 1))) at--;
    if (needs) {
      if (next < at) next = text.indexOf(needs.char, at);
      if (next < 0) return;
      if (next - at > needs.within) {
        // No match can start before `next - within`; a run entered midway is refused as glued below.
        DIGIT_RUN.lastIndex = Math.max(DIGIT_RUN.lastIndex, next - needs.within);
        continue;
      }
    }
    if (at > 0 && glued(text.charCodeAt(at - 1), text, at - 1)) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) yield m;
  }
}

const DIGITS = '0123456789';

const SPACE = /\s/u;

const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c;
  return i < text.length && SPACE.test(text[i]!);
};
const LETTER = /\p{L}/u;

/**
 * A necessary condition for NUM_BARE + `\s{1,3}\p{L}` at `at`: NUM_BARE takes digits and dots or
 * commas followed by a digit, and may not be followed by a digit, so it ends where that run ends;
 * one to three spaces and a letter (or a surrogate: an astral letter) must follow. Most numbers
 * (dates, symbols, list marks "2.") fail it.
 */
function spaceAfterNumber(text: string, at: number): boolean {
  let j = at;
  for (;;) {
    const c = text.charCodeAt(j);
    if (c >= 0x30 && c <= 0x39) j++;
    else if ((c === 0x2e || c === 0x2c) && isDigit(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  let k = 0;
  while (k < 4 && isSpaceAt(text, j + k)) k++;
  if (k === 0 || k === 4) return false;
  const c = text.charCodeAt(j + k);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return (c >= 0xd800 && c <= 0xdfff) || LETTER.test(text[j + k] ?? '');
}

/**
 * What numberMatches(sticky, text) gives (no `needs`), in no set order (by first digit), for a
 * `sticky` that goes on with `\s{1,3}\p{L}` after NUM_BARE (a count's head). The runs of digits
 * are found by indexOf (ten native searches: a run starts where a digit follows no digit; glued()
 * refuses digits), and the pattern is tried only where spaceAfterNumber holds. Sorting the runs
 * would cost more than finding them; the caller sorts what it keeps.
 */
export function numberMatchesAll(sticky: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const d of DIGITS) {
    for (let at = text.indexOf(d); at >= 0; at = text.indexOf(d, at + 1)) {
      if (at > 0 && glued(text.charCodeAt(at - 1), text, at - 1)) continue; // inside a run, or glued to it
      if (!spaceAfterNumber(text, at)) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m) out.push(m);
    }
  }
  return out;
}

/** The value of a NUM or NUM_WORD match. */
export function numberValue(num: string | undefined, word: string | undefined): number | null {
  if (word !== undefined) return NUMBER_WORDS[word.toLowerCase()] ?? null;
  if (num === undefined) return null;
  const v = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(num) ? Number(num.replace(/\./gu, '').replace(',', '.')) : Number(num.replace(',', '.'));
  return Number.isFinite(v) ? v : null;
}

/** Zero-padded counts ("01", "02") are how plans write planned quantities. */
export const isPadded = (num: string | undefined): boolean => num !== undefined && /^0\d$/u.test(num);
