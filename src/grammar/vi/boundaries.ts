/**
 * Word boundaries for Vietnamese. JavaScript's `\b` only knows ASCII, so "Căn cứ" has a
 * "boundary" after "C"; these lookarounds treat every letter and digit as a word character.
 */
export const L = String.raw`(?<![\p{L}\p{N}])`;
export const R = String.raw`(?![\p{L}\p{N}])`;

import { unitTest } from './unit-class.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The matches of a global regex that start at a word boundary. The boundary is checked here
 * rather than as a leading `(?<![\p{L}\p{N}])`: irregexp tries a leading lookbehind at every
 * position before its quick check on the first letters, which made our cue patterns 5x slower.
 * The caller may move `re.lastIndex` between matches.
 */
export function* wordStarts(re: RegExp, text: string, notBefore: RegExp = WORD_CHAR): Generator<RegExpExecArray> {
  const isWordBefore = unitTest(notBefore);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && isWordBefore(text.charCodeAt(m.index - 1))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * What wordStarts(re, text) gives, with `re` tried only at `starts` (sorted offsets), sticky: right
 * when every match of `re` starts at one of them, as when they are where the first words of its
 * alternatives occur. One scan for those words can then serve several patterns, each tried at a
 * few offsets instead of scanning the text. The next search starts where a match ended.
 */
export function* wordStartsAt(re: RegExp, text: string, starts: readonly number[], notBefore: RegExp = WORD_CHAR): Generator<RegExpExecArray> {
  let sticky = stickyCopies.get(re);
  if (!sticky) stickyCopies.set(re, (sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`)));
  const isWordBefore = unitTest(notBefore);
  let next = 0;
  for (const at of starts) {
    // A match not at a word start is refused by wordStarts, which goes on from the next unit.
    if (at < next || (at > 0 && isWordBefore(text.charCodeAt(at - 1)))) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    next = at + m[0].length;
    yield m;
  }
}

/**
 * Whether `s` without its trailing whitespace (what a pattern's `\s*$` skips; trimEnd and `\s`
 * know the same characters) ends with one of `words`. A cheap necessary condition for a pattern
 * anchored at the end of a window ("… (?:tại|theo)\s*$"): irregexp tries such a pattern, lookbehind
 * first, from every position of the window, and most windows end with other words.
 */
export function endsWithAny(s: string, words: readonly string[]): boolean {
  const t = s.trimEnd();
  return words.some((w) => t.endsWith(w));
}
