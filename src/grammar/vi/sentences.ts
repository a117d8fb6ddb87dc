import type { Span } from '../../doc/span.js';
import { unitTest } from './unit-class.js';

/**
 * Sentence spans in normalized text. A "\n" always ends a sentence; inside a line a sentence ends
 * at "./.", "!", "?", "…" or a "." followed by space and an upper-case letter, a digit or a quote,
 * unless the "." closes an abbreviation ("TP.", "KT.", "ThS.", an initial "V."), a list marker at
 * the start of the line ("1.", "II.", "1.2.") or a number ("1.000" has no space after the dot).
 */

/** Abbreviations that end in "." without ending a sentence (compared case-sensitively). */
const ABBREVIATIONS = new Set([
  'TP', 'Tp', 'tp', 'Q', 'P', 'H', 'X', 'TX', 'Tx', 'TT', 'KT', 'TL', 'TM', 'TUQ', 'TS', 'ThS', 'Th', 'PGS', 'GS',
  'BS', 'CN', 'KS', 'NCS', 'Ths', 'Ô', 'Bà', 'St', 'tr', 'Tr', 'vv', 'v.v', 'Đ/c', 'đ/c', 'ĐT', 'Đt', 'Số', 'No', 'Mr', 'Ms',
]);

// A candidate end: "./." or a run of terminal marks, then optional closing quotes/brackets.
const CANDIDATE = /\.\/\.|[.!?…]+["')\]]*/gu;
// The word right before a ".": letters, "/" and inner dots ("v.v", "Đ/c").
const WORD_BEFORE = /([\p{L}][\p{L}./]{0,5})$/u;
// A list marker opening the line: "1.", "1.2.", "II.", "a.", with bullets before it.
const LIST_MARKER = /^[\s\-+·•*]*(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6}|[a-zđ])\.$/u;
const STARTS_SENTENCE = /^[\p{Lu}\p{N}"'(\[\-+·•*]/u;

/** Sentence spans of one line [from, to): trimmed, non-empty, in order. */
function lineSentences(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(line); m; m = CANDIDATE.exec(line)) {
    const end = m.index + m[0].length;
    if (m[0] !== './.' && !endsHere(line, m.index, m[0], end, start)) continue;
    push(text, from + start, from + end, out);
    start = end;
  }
  push(text, from + start, to, out);
}

function endsHere(line: string, at: number, mark: string, end: number, start: number): boolean {
  const after = line.slice(end, end + 40);
  const rest = after.replace(/^\s+/u, '');
  if (rest === '') return true;
  if (rest.length === after.length) return false; // no space after the mark: "1.000", "a.b"
  // "... v.v. và" continues; an inline item "a) ..." after a full stop starts anew.
  if (!STARTS_SENTENCE.test(rest) && !/^[a-zđ]\)\s/u.test(rest)) return false;
  if (!mark.startsWith('.') || mark.length > 1) return true;
  const before = line.slice(Math.max(start, at - 12), at);
  if (LIST_MARKER.test(line.slice(start, at + 1))) return false;
  const w = WORD_BEFORE.exec(before)?.[1];
  if (w === undefined) return true;
  if (ABBREVIATIONS.has(w)) return false;
  return !/^\p{Lu}$/u.test(w); // an initial: "Nguyễn V. A"
}

const isBlank = unitTest(/\s/u);

function push(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Every sentence of the text, in order. */
export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  while (from <= text.length) {
    const nl = text.indexOf('\n', from);
    const to = nl < 0 ? text.length : nl;
    lineSentences(text, from, to, out);
    if (nl < 0) break;
    from = nl + 1;
  }
  return out;
}

/** The sentence holding `offset` (or, between sentences, the next one on the line, else the previous). */
export function sentenceAt(text: string, offset: number): Span {
  return sentenceFinder(text)(offset);
}

/**
 * A lookup for many offsets in one text: each line is split once and cached, so extractors can
 * ask for the sentence of every match without re-scanning long lines.
 */
export function sentenceFinder(text: string): (offset: number) => Span {
  const cache = new Map<number, Span[]>();
  // Line ends found once: searching for them per lookup is quadratic on a text of one huge line.
  let breaks: number[] | null = null;
  return (offset: number): Span => {
    const at = Math.max(0, Math.min(offset, text.length));
    breaks ??= lineBreaks(text);
    let b = 0, e = breaks.length; // the first break at or after `at`
    while (b < e) {
      const mid = (b + e) >> 1;
      if (breaks[mid]! < at) b = mid + 1;
      else e = mid;
    }
    const from = b > 0 ? breaks[b - 1]! + 1 : 0;
    const to = b < breaks.length ? breaks[b]! : text.length;
    let spans = cache.get(from);
    if (!spans) {
      spans = [];
      lineSentences(text, from, to, spans);
      cache.set(from, spans);
    }
    // The first sentence ending after `at` (binary search: a line may hold thousands).
    let lo = 0, hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.end > at) hi = mid;
      else lo = mid + 1;
    }
    return spans[lo] ?? spans[spans.length - 1] ?? { start: from, end: to };
  };
}

function lineBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}
