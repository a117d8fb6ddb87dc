/**
 * Case-insensitive patterns without the 'i' flag, for the deadline and target extractors. With
 * 'iu', irregexp folds every character through Unicode case closure and gives up its quick checks
 * on the first letters: a scan for a list of Vietnamese words ran 3-4x slower than the same list
 * written with explicit case classes ("[tT][rR]…"). `caseless` writes those classes.
 *
 * Under 'iu' two characters match when their simple case foldings agree. For the letters of
 * Vietnamese that is the letter and its upper case, plus the Kelvin sign for "k" and the long s
 * for "s" (a test checks every BMP code unit against 'iu' for each letter). Those two are left
 * out of the common pattern: one character above U+00FF in a class of first letters made the scan
 * as slow as 'iu' again. A text holding either (hasRareFold) takes the full pattern.
 */

/** Characters that fold to a letter besides its two cases. */
const FOLDS_TO: Readonly<Record<string, string>> = { k: '\u212A', s: '\u017F' };

const LETTER = /\p{L}/u;

/** Whether `text` holds a character that folds to a letter of another block (the Kelvin sign, the long s). */
export const hasRareFold = (text: string): boolean => text.includes('\u212A') || text.includes('\u017F');

/**
 * Every character that matches `ch` under the 'iu' flags (for a letter of Latin script), or `ch`
 * itself; with `rare` false, without the Kelvin sign and the long s.
 */
export function caseVariants(ch: string, rare = true): string {
  if (!LETTER.test(ch)) return ch;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  let out = ch;
  for (const v of [lower, upper, rare ? FOLDS_TO[lower] ?? '' : '']) if (v.length === 1 && !out.includes(v)) out += v;
  return out;
}

const escapeInClass = (s: string): string => s.replace(/[\\\]\[^-]/gu, (c) => `\\${c}`);

/**
 * The source of a pattern meant for 'iu', rewritten to match the same without 'i': each letter
 * outside a class becomes a class of its case variants, and each letter inside one (negated or
 * not) gains its variants. \s, \d, \p{L}, \p{N} and group names are copied as they are; escapes
 * that 'i' changes (\w, \b, \p{Lu} …), letter ranges ("[a-z]") and code escapes are refused.
 * A backreference (\k<sep>) must refer to a group without letters: 'i' would compare it caselessly.
 */
export function caseless(source: string, rare = true, loose = false): string {
  let out = '';
  let inClass = false;
  const negative: boolean[] = []; // the open groups: each a negative lookaround or not
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      let end = i + 2;
      if (n === 'p' || n === 'P') {
        end = source.indexOf('}', i) + 1;
        const esc = source.slice(i, end);
        // Under 'iu' \p{Lu} matches every cased letter, and the mark U+0345 (it folds to ι): a loose
        // pattern (a pre-scan checked by the original) takes all letters and that mark.
        if (loose && !inClass && !negative.includes(true) && (esc === '\\p{Lu}' || esc === '\\p{Ll}')) {
          out += '[\\p{L}\\u0345]';
          i = end - 1;
          continue;
        }
        if (!/^\\[pP]\{[LN]\}$/u.test(esc) || esc === '\\P{L}') throw new Error(`caseless: ${esc} in ${source}`);
        // Under 'iu' \p{L} also takes U+0345, a mark that folds to ι (the only unit it adds).
        if (esc === '\\p{L}') {
          out += inClass ? '\\p{L}\\u0345' : '[\\p{L}\\u0345]';
          i = end - 1;
          continue;
        }
      } else if (n === 'k') end = source.indexOf('>', i) + 1;
      else if (/[wWbBuxc0-9]/u.test(n)) throw new Error(`caseless: \\${n} in ${source}`);
      out += source.slice(i, end);
      i = end - 1;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (c === '-' && source[i - 1] !== '[' && source[i + 1] !== ']' && (LETTER.test(source[i - 1] ?? '') || LETTER.test(source[i + 1] ?? ''))) {
        throw new Error(`caseless: a range of letters in ${source}`);
      }
      out += LETTER.test(c) ? escapeInClass(caseVariants(c, rare)) : c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') out += source[++i];
      continue;
    }
    if (c === '(') negative.push(source.startsWith('?!', i + 1) || source.startsWith('?<!', i + 1));
    else if (c === ')') negative.pop();
    if (c === '(' && source.startsWith('?<', i + 1) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      const end = source.indexOf('>', i) + 1; // a group name: not letters to match
      out += source.slice(i, end);
      i = end - 1;
      continue;
    }
    const v = caseVariants(c, rare);
    out += v.length > 1 ? `[${escapeInClass(v)}]` : c;
  }
  return out;
}

/** `re` without its 'i' flag: `full` matches the same (see caseless), `common` the same in a text without a rare fold. */
export interface Caseless {
  readonly common: RegExp;
  readonly full: RegExp;
}

/** `re` rewritten by caseless; `flags` replaces its flags (default: the same less 'i'). */
export function caselessRegExp(re: RegExp, flags: string = re.flags.replace('i', '')): Caseless {
  return { common: new RegExp(caseless(re.source, false), flags), full: new RegExp(caseless(re.source), flags) };
}

/** The word boundary the deadline and target patterns open with (boundaries.ts's L). */
const LEAD = String.raw`(?<![\p{L}\p{N}])`;

/**
 * Matches of a pattern that opens on the boundary L (no 'g'; any flags), found fast: a caseless
 * copy without L (its lookbehind, tried at every position, and 'i' were most of the cost) scans
 * for candidates, and the pattern itself, sticky, decides at each. It can match only where the
 * copy does, so the first it accepts is the leftmost match.
 */
export interface LeadScan {
  readonly scan: Caseless;
  /** The pattern itself, sticky: caseless when it can be written so (not with \p{Lu}), else as it is. */
  readonly sticky: Caseless;
}

export function leadScan(re: RegExp): LeadScan {
  if (!re.source.startsWith(LEAD)) throw new Error(`leadScan: ${re.source} does not open on L`);
  const rest = re.source.slice(LEAD.length);
  const flags = `${re.flags.replace(/[gyi]/gu, '')}g`;
  return {
    scan: { common: new RegExp(caseless(rest, false, true), flags), full: new RegExp(caseless(rest, true, true), flags) },
    sticky: stickyCopy(re),
  };
}

function stickyCopy(re: RegExp): Caseless {
  const flags = `${re.flags.replace('g', '')}y`;
  try {
    return caselessRegExp(re, flags.replace('i', ''));
  } catch {
    const same = new RegExp(re.source, flags);
    return { common: same, full: same };
  }
}

/** The first match of the pattern at or after `from` in `s` (what a global exec from `from` gives). */
export function nextMatch(l: LeadScan, s: string, from = 0, rare: boolean = hasRareFold(s)): RegExpExecArray | null {
  const scan = rare ? l.scan.full : l.scan.common;
  const sticky = rare ? l.sticky.full : l.sticky.common;
  scan.lastIndex = from;
  for (let c = scan.exec(s); c; c = scan.exec(s)) {
    sticky.lastIndex = c.index;
    const m = sticky.exec(s);
    if (m) return m;
    scan.lastIndex = c.index + 1;
  }
  return null;
}
