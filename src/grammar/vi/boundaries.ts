/**
 * Word boundaries for Vietnamese. JavaScript's `\b` only knows ASCII, so "Căn cứ" has a
 * "boundary" after "C"; these lookarounds treat every letter and digit as a word character.
 */
export const L = String.raw`(?<![\p{L}\p{N}])`;
export const R = String.raw`(?![\p{L}\p{N}])`;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The matches of a global regex that start at a word boundary. The boundary is checked here
 * rather than as a leading `(?<![\p{L}\p{N}])`: irregexp tries a leading lookbehind at every
 * position before its quick check on the first letters, which made our cue patterns 5x slower.
 * The caller may move `re.lastIndex` between matches.
 */
export function* wordStarts(re: RegExp, text: string, notBefore: RegExp = WORD_CHAR): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && notBefore.test(text[m.index - 1]!)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

/** The whole character (a surrogate pair counts as one) just before `i`, or '' at the start. */
export function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1]!;
}

const DIGIT_RUN = /\d+/g;

/**
 * The matches of `sticky` (a 'y' regex) at the start of each digit run whose preceding character
 * is not in `notBefore`, in order; `resumeAt` (from the match) skips the runs before it. This is
 * `(?<![notBefore])\d…` as a global regex, without the leading lookbehind that irregexp would try
 * at every position of the text (see wordStarts).
 */
export function* digitRunMatches(sticky: RegExp, text: string, notBefore: RegExp, resumeAt: (m: RegExpExecArray) => number = (m) => m.index + m[0].length): Generator<RegExpExecArray> {
  const runs = new RegExp(DIGIT_RUN); // own lastIndex: callers may nest
  for (let r = runs.exec(text); r; r = runs.exec(text)) {
    const at = r.index;
    if (at > 0 && notBefore.test(charBefore(text, at))) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    yield m;
    // A run entered midway has a digit before it, which every caller's notBefore refuses.
    runs.lastIndex = Math.max(runs.lastIndex, resumeAt(m));
  }
}
