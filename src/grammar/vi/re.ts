/** Builds a global, Unicode regex with group indices from a raw template: re`${L}ngày${R}`. */
export const re = (strings: TemplateStringsArray, ...parts: readonly (string | number)[]): RegExp =>
  new RegExp(String.raw({ raw: strings }, ...parts), 'gdu');


/** Escapes a literal for use inside a pattern. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of literals, longest first so "Thông tư liên tịch" wins over "Thông tư". */
export const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

/** Line breaks other than "\n" that `^` also follows (includes: faster than a class scan). */
const hasOtherLineBreak = (text: string): boolean => text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * What `text.matchAll(re)` gives for a global multiline pattern whose matches all start with `^`
 * (a line start), with the pattern tried at line starts only: irregexp tries it at every position
 * and checks `^` there. On text with line breaks other than "\n" (not normalized) it is matchAll.
 */
export function matchesAtLineStarts(re: RegExp, text: string): RegExpExecArray[] {
  if (hasOtherLineBreak(text)) return [...text.matchAll(re)] as RegExpExecArray[];
  let sticky = stickyCopies.get(re);
  if (!sticky) stickyCopies.set(re, (sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`)));
  const out: RegExpExecArray[] = [];
  let end = 0; // where the last match ended: the next is looked for from there, as matchAll does
  for (let at = 0; ; ) {
    sticky.lastIndex = at;
    const m = at >= end ? sticky.exec(text) : null;
    if (m) {
      out.push(m);
      end = at + m[0].length;
    }
    const nl = text.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
  return out;
}
