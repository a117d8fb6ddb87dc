import type { Span } from '../../doc/span.js';

/**
 * The clause of a sentence holding `at`: the sentence cut at ";" outside brackets (an item of an
 * inline list is its own duty). The scan is bounded by the sentence, which the caller bounds.
 */
export function clauseAt(text: string, sentence: Span, at: number): Span {
  let depth = 0;
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++; // (
    else if (c === 41) depth = Math.max(0, depth - 1); // )
    else if (c === 59 && depth === 0) { // ;
      if (i >= at) return trim(text, start, i);
      start = i + 1;
    }
  }
  return trim(text, start, sentence.end);
}

function trim(text: string, s: number, e: number): Span {
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}
