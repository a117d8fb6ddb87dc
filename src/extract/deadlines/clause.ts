import type { Span } from '../../doc/span.js';

/** How far a clause reaches on either side of its deadline: keeps every lookup O(1) on huge lines. */
export const CLAUSE_REACH = 400;

/**
 * The clause of a sentence holding `at`: the sentence cut at ";" outside brackets (an item of an
 * inline list is its own duty), and at most CLAUSE_REACH characters on either side of `at`.
 */
export function clauseAt(text: string, sentence: Span, at: number): Span {
  const from = Math.max(sentence.start, at - CLAUSE_REACH);
  const to = Math.min(sentence.end, at + CLAUSE_REACH);
  let start = from;
  let depth = 0;
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 41) depth++; // ) seen backwards opens a bracket
    else if (c === 40) depth = Math.max(0, depth - 1);
    else if (c === 59 && depth === 0) { start = i + 1; break; }
  }
  let end = to;
  depth = 0;
  for (let i = at; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    else if (c === 59 && depth === 0) { end = i; break; }
  }
  return trim(text, start, end);
}

function trim(text: string, s: number, e: number): Span {
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
