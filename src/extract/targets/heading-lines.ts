import { matchesAtLineStarts } from '../../grammar/vi/re.js';

/**
 * Headings open on a numeral ("1.", "12)"), a Roman numeral ("II."), "PHẦN"/"Phần" or a letter
 * A-D and a dot, after blanks: most lines open on something else (two characters tell). The lines that may hold one are found once per text and shared by
 * the two heading patterns (past.ts), each tried only there instead of at every line start.
 */
interface Lines {
  readonly text: string;
  /** A line break other than "\n" (not normalized text): the lines are then matchAll's. */
  readonly otherBreaks: boolean;
  /** Line starts that open (after spaces and tabs) on I, V or X and one of them, "." or ")"; on "PH" or "Ph"; or on A-D and ".". */
  readonly lettered: readonly number[];
  /** Line starts that open on a digit and a digit, "." or ")". */
  readonly numbered: readonly number[];
}

let last: Lines | null = null;

/** Line breaks other than "\n" that `^` also follows: matchesAtLineStarts reads such text as matchAll does. */
const hasOtherLineBreak = (text: string): boolean => text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');

function lines(text: string): Lines {
  if (last?.text === text) return last;
  const otherBreaks = hasOtherLineBreak(text);
  const lettered: number[] = [], numbered: number[] = [];
  for (let at = 0; ; ) {
    let i = at;
    let c = text.charCodeAt(i);
    while (c === 0x20 || c === 0x09) c = text.charCodeAt(++i);
    const d = text.charCodeAt(i + 1);
    if (c >= 0x30 && c <= 0x39) {
      if ((d >= 0x30 && d <= 0x39) || d === 0x2e || d === 0x29) numbered.push(at);
    } else if (c === 0x49 || c === 0x56 || c === 0x58) {
      if (d === 0x49 || d === 0x56 || d === 0x58 || d === 0x2e || d === 0x29) lettered.push(at);
    } else if (c === 0x50) {
      if (d === 0x48 || d === 0x68) lettered.push(at);
    } else if (c >= 0x41 && c <= 0x44 && d === 0x2e) lettered.push(at);
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    at = nl + 1;
  }
  return (last = { text, otherBreaks, lettered, numbered });
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * What matchesAtLineStarts(re, text) gives for a pattern whose matches open (after `[ \t]*`) as
 * Lines.lettered says (TOP_HEADING), or also as Lines.numbered says with `digits` (NUMBERED).
 */
export function headingLinesMatches(re: RegExp, text: string, digits: boolean): RegExpExecArray[] {
  const { otherBreaks, lettered, numbered } = lines(text);
  if (otherBreaks) return matchesAtLineStarts(re, text);
  let sticky = stickyCopies.get(re);
  if (!sticky) stickyCopies.set(re, (sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`)));
  const starts = digits ? merge(lettered, numbered) : lettered;
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const at of starts) {
    if (at < end) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      end = at + m[0].length;
    }
  }
  return out;
}

function merge(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return out;
}
