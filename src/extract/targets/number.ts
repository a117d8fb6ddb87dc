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

/** The value of a NUM or NUM_WORD match. */
export function numberValue(num: string | undefined, word: string | undefined): number | null {
  if (word !== undefined) return NUMBER_WORDS[word.toLowerCase()] ?? null;
  if (num === undefined) return null;
  const v = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(num) ? Number(num.replace(/\./gu, '').replace(',', '.')) : Number(num.replace(',', '.'));
  return Number.isFinite(v) ? v : null;
}

/** Zero-padded counts ("01", "02") are how plans write planned quantities. */
export const isPadded = (num: string | undefined): boolean => num !== undefined && /^0\d$/u.test(num);
