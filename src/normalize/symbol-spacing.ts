import { fromEdits, type Edit, type StepResult } from './edits.js';

/**
 * Stray spaces inside a số hiệu: "586 /UBND-NCTCD", "124/ 2021/TT-BCA", "51- NQ/TW",
 * "3560/KH -SGDĐT", "04/CT-BCA- V28". A symbol starts with 1–5 digits, has a "/" somewhere, and
 * its parts are codes: mostly capitals or digits (TTg, QĐ, CTr, QyĐ, V28) or a year before "/".
 * A "-" with spaces on both sides is a dash between words or numbers ("2021 - 2025",
 * "kinh tế - xã hội", "88/KH-UBND - Sở"), never part of a symbol.
 */
// Only numbers followed, within the symbol's own characters, by a spaced "/" or "-": dates and
// unspaced symbols (most digits in a document) are passed over by the regex engine alone. Tried
// only where a run of digits starts (see numberAt): a leading lookbehind made irregexp try the
// pattern at every position of the text.
// A letter may follow the number: "20a /KH-THTM" (a plan slotted in after no. 20).
const NUMBER = /\d{1,5}[a-zđ]?(?=[\p{L}\p{N}&/-]{0,40}?(?: {1,2}[/-]|[/-] ))/uy;
const DIGITS = /\d+/g;
/** What may not stand right before the number: a letter, digit or mark, or the glue of dates and numbers. */
const GLUE_BEFORE = /[\p{L}\p{N}\p{M}/.,-]/u;
const PART = / {0,2}([/-]) {0,2}([\p{L}\p{N}&]+)/uy;
/** How far ahead of a number the spaced separator NUMBER looks for ("/ ", " /", "- ", " -") can start. */
const NUMBER_REACH = 5 + 1 + 40 + 1;

/**
 * Where the first spaced separator at or after `at` starts (as /[/-] | [/-]/g from `at` finds
 * it), or Infinity. Literal searches for "/" and "-": irregexp's scan for the pattern stops at
 * every space.
 */
export function spacedSeparatorFrom(input: string, at: number): number {
  let best = Infinity;
  for (const sep of ['/', '-']) {
    for (let i = input.indexOf(sep, at); i !== -1 && i - 1 < best; i = input.indexOf(sep, i + 1)) {
      if (i - 1 >= at && input.charCodeAt(i - 1) === 0x20) {
        best = i - 1;
        break;
      }
      if (input.charCodeAt(i + 1) === 0x20) {
        best = Math.min(best, i);
        break;
      }
    }
  }
  return best;
}
const YEAR = /^(?:19|20)\d\d$/u;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/gu;
const LOWER = /\p{Ll}/gu;
const CODE = /^\p{Lu}[\p{L}\p{N}&]*$/u;

/** A code part: starts with a capital, at least two capitals/digits, at most two lower-case letters. */
const isCode = (s: string): boolean =>
  CODE.test(s) && (s.match(UPPER_OR_DIGIT)?.length ?? 0) >= 2 && (s.match(LOWER)?.length ?? 0) <= 2;

interface Part {
  readonly sep: string;
  readonly body: string;
  readonly start: number;
  readonly sepAt: number;
  readonly bodyAt: number;
}

function readParts(input: string, at: number): Part[] {
  const parts: Part[] = [];
  PART.lastIndex = at;
  for (let m = PART.exec(input); m && parts.length < 6; m = PART.exec(input)) {
    const sep = m[1] ?? '';
    const body = m[2] ?? '';
    const sepAt = input.indexOf(sep, m.index);
    parts.push({ sep, body, start: m.index, sepAt, bodyAt: m.index + m[0].length - body.length });
    PART.lastIndex = m.index + m[0].length;
  }
  return parts;
}

/** The parts that make a symbol, or [] when the digits do not start one. */
function symbolParts(parts: readonly Part[], input: string): Part[] {
  const kept: Part[] = [];
  for (const [k, p] of parts.entries()) {
    const spaceBefore = p.sepAt > p.start;
    const spaceAfter = p.bodyAt > p.sepAt + 1;
    if (p.sep === '-' && spaceBefore && spaceAfter) break;
    const next = parts[k + 1];
    const yearBeforeSlash = k === 0 && YEAR.test(p.body) && next?.sep === '/';
    const spaced = spaceBefore || spaceAfter;
    // An unspaced part is read as written; a spaced one must look like a code.
    if (!yearBeforeSlash && !isCode(p.body) && (spaced || k === 0 || !/^[\p{L}\p{N}&]+$/u.test(p.body))) break;
    kept.push(p);
  }
  // Refuse a symbol that runs on into a word ("04/CT-BCA- V28abc" is read up to the last part).
  const last = kept.at(-1);
  if (last && /[\p{L}\p{N}\p{M}]/u.test(input[last.bodyAt + last.body.length] ?? '')) return [];
  return kept.some((p) => p.sep === '/') ? kept : [];
}

/**
 * Removes the spaces around "/" and "-" inside document symbols. `skip`: jump over the runs of
 * digits out of reach of the next spaced separator (false only in the test of that jump).
 */
export function tightenSymbols(input: string, skip = true): StepResult {
  let spaced = spacedSeparatorFrom(input, 0); // the next spaced separator at or after the current number
  if (spaced === Infinity) return { text: input, edits: [] };
  const edits: Edit[] = [];
  let from = 0;
  DIGITS.lastIndex = 0;
  // test(), not exec(): no match array per run of digits; its start is found by stepping back.
  while (DIGITS.test(input)) {
    let at = DIGITS.lastIndex - 1;
    while (at > from && isDigit(input.charCodeAt(at - 1))) at--;
    // NUMBER needs a spaced separator within its reach: most runs of digits have none near them.
    if (spaced < at) spaced = spacedSeparatorFrom(input, at);
    if (spaced === Infinity) break;
    if (spaced > at + NUMBER_REACH) {
      if (!skip) continue;
      // Every run of digits before the separator's reach is passed over the same way: skip them.
      DIGITS.lastIndex = Math.max(DIGITS.lastIndex, spaced - NUMBER_REACH);
      continue;
    }
    const m = numberAt(input, at);
    if (!m) continue;
    const parts = symbolParts(readParts(input, at + m[0].length), input);
    for (const p of parts) {
      if (p.sepAt > p.start) edits.push({ start: p.start, end: p.sepAt, insert: '' });
      if (p.bodyAt > p.sepAt + 1) edits.push({ start: p.sepAt + 1, end: p.bodyAt, insert: '' });
    }
    const last = parts.at(-1);
    if (last) DIGITS.lastIndex = from = last.bodyAt + last.body.length;
  }
  return fromEdits(input, edits);
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** NUMBER at `at`, unless the character before it glues the digits to what precedes them. */
function numberAt(input: string, at: number): RegExpExecArray | null {
  if (at > 0) {
    const c = input.charCodeAt(at - 1);
    if (c < 0x80) {
      if (isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2f || c === 0x2e || c === 0x2c || c === 0x2d) return null;
    } else {
      // The whole code point before: an astral letter is two units.
      const low = c >= 0xdc00 && c <= 0xdfff && at > 1 && input.charCodeAt(at - 2) >= 0xd800 && input.charCodeAt(at - 2) <= 0xdbff;
      if (GLUE_BEFORE.test(input.slice(low ? at - 2 : at - 1, at))) return null;
    }
  }
  NUMBER.lastIndex = at;
  return NUMBER.exec(input);
}
