import { unitTest } from './unit-class.js';

/**
 * Số, ký hiệu: the number/symbol of a Vietnamese document.
 *
 *   124/2021/TT-BCA     number / year / type - issuer          (normative documents)
 *   43/2019/QH14        number / year / issuer                  (laws)
 *   51-NQ/TW            number - type / issuer                  (Party documents)
 *   3560/KH-SGDĐT       number / type - issuer                  (administrative documents)
 *   9745/QĐ-BCA-V05     ... with a unit suffix
 *   586/UBND-NCTCD      number / issuer - unit                  (công văn: no type part)
 *   1234/QĐ.UBND        a dot typed for the dash
 *   06/2008/CT-TTg      lower case inside a code (TTg, CTr, QyĐ), or all lower case (qđ-ttg)
 *   183/2010/TTLT/BTC-BNN   a slash between the type and the issuers (older joint circulars)
 *   100 - KL/TW         Party form with the dash spaced on both sides (web pages, PDF text)
 *   30c/NQ-CP           a number with a letter added (a document slotted in after no. 30)
 *   84 QĐ/TWĐTN         Party form with a space for the dash (Đoàn and Party pages): only before
 *                       a Party type code and a "/", and read back as 84-QĐ/TWĐTN
 */
const COMP = String.raw`[\p{L}][\p{L}\p{N}&]{0,15}`;
// After the first part, "/" only before a capital: "TTLT/BTC-BNN", never "QĐ-UBND/ngày". A dot
// for the dash, as some offices type it ("1234/QĐ.UBND", "56/UBND.VX"), only before a part in
// capitals: "56/UBND.Các đơn vị" is a lost space after a full stop.
const CODE = String.raw`${COMP}(?:-${COMP}|/\p{Lu}[\p{L}\p{N}&]{0,15}|\.\p{Lu}[\p{Lu}\p{N}&]{1,15}(?![\p{Ll}])){0,5}`;

/** Type codes the Party and the Đoàn put after the number: "84 QĐ/TWĐTN" lost its dash, "10 giờ/ngày" is no symbol. */
const PARTY_TYPE = String.raw`(?:NQ|CT|CTr|KH|QĐi|QĐ|QC|HD|TB|BC|KL|TTr|ĐA|CV|TT)`;
/** "84 QĐ/TWĐTN": a space where the dash goes. */
const SPACED_PARTY = new RegExp(String.raw`^(\d{1,6}[a-zđ]?)[ \t]{1,2}(?=${PARTY_TYPE}/)`, 'u');

/** A symbol anchor. Groups: num, year, code (state form), ptype and pissuer (Party form). */
export const SYMBOL = String.raw`(?<![\p{L}\p{N}/.,-])(?<num>\d{1,6}[a-zđ]?)(?:(?:/(?<year>(?:19|20)\d\d))?/(?<code>${CODE})|(?:-| - |[ \t]{1,2}(?=${PARTY_TYPE}/\p{Lu}))(?<ptype>${COMP})/(?<pissuer>${CODE}))(?![\p{L}\p{N}&])`;

/** A symbol whose number is left blank, as drafts have it: "Số:    /KH-SGDĐT", "Số: …/QĐ-UBND". */
export const BLANK_SYMBOL = String.raw`(?:[.…_ ]{0,12})/(?<blank>${CODE})(?![\p{L}\p{N}&])`;

export interface SymbolParts {
  readonly number: string;
  readonly year: string | null;
  /** Components after the number (and year): ["TT", "BCA"], ["UBND", "NCTCD"], ["NQ", "TW"]. */
  readonly components: readonly string[];
  readonly party: boolean;
}

export const symbolRegex = (): RegExp => new RegExp(SYMBOL, 'gu');

const SYMBOL_AT = new RegExp(SYMBOL, 'uy');
/**
 * How far before its first "/" a symbol can start: the number and its letter (7 units), the Party
 * form's separator (" - ", 3) and type code (16 letters, astral ones 2 units each: 32). Every
 * symbol holds a "/": the state form right after its number, the Party form after its type code.
 */
const SLASH_REACH = 42;
const isCodeUnit = unitTest(/[\p{L}\p{N}&]/u);

/**
 * Where a symbol whose first "/" is at `slash` may start, at the earliest: before the "/" a run of
 * letters, digits and "&" (the Party form's type code, which starts the run since a separator
 * stands before it; or the state form's number), then up to 3 separator units and up to 7 units
 * of a number and its letter. Dates ("ngày 12/3/2024") give a window of a few units.
 */
export function symbolWindowStart(text: string, slash: number): number {
  const floor = Math.max(0, slash - SLASH_REACH);
  let at = slash;
  // A lone surrogate half counts as a code unit here: the run may only grow, never shrink.
  while (at > floor && (isCodeUnit(text.charCodeAt(at - 1)) || isSurrogate(text.charCodeAt(at - 1)))) at--;
  for (let k = 0; k < 3 && at > floor && isSeparator(text.charCodeAt(at - 1)); k++) at--;
  for (let k = 0; k < 7 && at > floor && isNumberUnit(text.charCodeAt(at - 1)); k++) at--;
  return at;
}
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
const isSeparator = (c: number): boolean => c === 0x2d || c === 0x20 || c === 0x09;
const isNumberUnit = (c: number): boolean => isDigit(c) || isLowerAscii(c) || c === 0x111;

/**
 * The matches of `symbolRegex()` in `text`, as `text.matchAll(symbolRegex())` gives them. A symbol
 * starts where a run of digits does (its lookbehind refuses a digit before it), a few units before
 * a "/" (symbolWindowStart): the pattern is tried there alone, sticky, at the run starts before
 * each "/" (found with indexOf, far cheaper than a regex scan of the text for digits).
 */
export function* symbolMatches(text: string): Generator<RegExpExecArray> {
  let next = 0; // the first offset not yet tried (and where the last match ended: matches do not overlap)
  for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
    for (let at = Math.max(next, symbolWindowStart(text, slash)); at < slash; at++) {
      if (!isDigit(text.charCodeAt(at)) || (at > 0 && isDigit(text.charCodeAt(at - 1))) || !mayStartSymbol(text, at)) continue;
      SYMBOL_AT.lastIndex = at;
      const m = SYMBOL_AT.exec(text);
      if (!m) continue;
      next = at + m[0].length;
      at = next - 1;
      yield m;
    }
    if (next < slash) next = slash;
  }
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/**
 * A necessary condition of SYMBOL_AT matching at `at`, the start of a run of digits, read unit by
 * unit: most runs (dates' parts, counts, years) fail it without a call to the pattern. Before the
 * run no ASCII letter, "/", ".", "," or "-" (the lookbehind); the run has at most 6 digits, then
 * perhaps a letter [a-zđ], then "/" (before a year and "/" when a digit follows), "-", or a blank
 * followed by "-", a blank or the first letter of a Party type code.
 */
export function mayStartSymbol(text: string, at: number): boolean {
  if (at > 0) {
    const b = text.charCodeAt(at - 1);
    if (b === 0x2f || b === 0x2e || b === 0x2c || b === 0x2d || isLowerAscii(b) || (b >= 0x41 && b <= 0x5a)) return false;
  }
  let i = at;
  while (isDigit(text.charCodeAt(i))) i++;
  if (i - at > 6) return false;
  let c = text.charCodeAt(i);
  if (isLowerAscii(c) || c === 0x111) c = text.charCodeAt(++i);
  if (c === 0x2f) {
    // "/" then a digit: only the year branch, "(19|20)\d\d/".
    const d = text.charCodeAt(i + 1);
    if (!isDigit(d)) return true;
    const d2 = text.charCodeAt(i + 2);
    return ((d === 0x31 && d2 === 0x39) || (d === 0x32 && d2 === 0x30)) && isDigit(text.charCodeAt(i + 3)) && isDigit(text.charCodeAt(i + 4)) && text.charCodeAt(i + 5) === 0x2f;
  }
  if (c === 0x2d) return true;
  if (c !== 0x20 && c !== 0x09) return false;
  return PARTY_BLANK_NEXT.includes(text.charAt(i + 1));
}
/** What may follow the first blank after a Party form's number: " - ", a second blank, a type code's first letter. */
const PARTY_BLANK_NEXT = '- \tNCKQHTBĐ';
const SYMBOL_EXACT = new RegExp(`^${SYMBOL}$`, 'u');

/** Splits a matched symbol into its parts; null when it is not shaped like a symbol. */
export function parseSymbol(raw: string): SymbolParts | null {
  const m = SYMBOL_EXACT.exec(raw.replace(SPACED_PARTY, '$1-').replace(/\s+/gu, ''));
  return partsOfGroups(m?.groups);
}

const BLANK = /\s/u;

/**
 * parseSymbol(m[0]) for a match of symbolMatches: without a blank in it, parseSymbol would match
 * the same text with the same pattern, anchored, and find the same groups, so they are read from
 * the match itself.
 */
export const symbolPartsOf = (m: RegExpExecArray): SymbolParts | null =>
  BLANK.test(m[0]) ? parseSymbol(m[0]) : partsOfGroups(m.groups);

function partsOfGroups(g: Record<string, string | undefined> | undefined): SymbolParts | null {
  if (!g?.num) return null;
  if (g.ptype && g.pissuer) {
    return { number: g.num, year: null, components: [g.ptype, ...splitCode(g.pissuer)], party: true };
  }
  if (!g.code) return null;
  return { number: g.num, year: g.year ?? null, components: splitCode(g.code), party: false };
}

/** `code.split(/[-/.]/u)` without a regex: split runs its pattern at every position. */
function splitCode(code: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 0x2d || c === 0x2f || c === 0x2e) {
      out.push(code.slice(from, i));
      from = i + 1;
    }
  }
  out.push(code.slice(from));
  return out;
}

/**
 * Is this plausibly a document symbol rather than "10/ngày" or "1/2 số"? Symbols are mostly
 * upper case; an all-lower-case one ("qđ-ttg") is accepted only when the caller knows its codes.
 */
export function looksLikeSymbol(parts: SymbolParts, knownCode: (c: string) => boolean): boolean {
  if (hasTwoUpper(parts.components)) return true;
  return parts.components.some((c) => knownCode(c)) && (parts.components.length >= 2 || parts.year !== null);
}

/**
 * Whether at least two code points of the components change under toLowerCase() (which equals
 * toLocaleLowerCase('vi'): ICU has no Vietnamese case rules): counted without spreading the joined
 * string, ASCII by its code, and stopping at the second.
 */
export function hasTwoUpper(components: readonly string[]): boolean {
  const c = components.join(''); // joined, as a pair of surrogates may straddle two parts
  let upper = 0;
  for (let i = 0; i < c.length; i++) {
    const u = c.charCodeAt(i);
    let cased: boolean;
    if (u < 0x80) cased = u >= 0x41 && u <= 0x5a;
    else {
      const cp = c.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      cased = ch !== ch.toLowerCase();
      if (cp > 0xffff) i++;
    }
    if (cased && ++upper >= 2) return true;
  }
  return false;
}

/**
 * Anything but printable ASCII and the Latin letters of U+00C0–U+024F and U+1E00–U+1EFF. A string
 * without such a character is NFC already (checked for every character and pair), has no space and
 * no dash or slash to unify: the keys below are then the string itself, or its upper case.
 */
const NOT_PLAIN_KEY = /[^\u0021-\u007E\u00C0-\u024F\u1E00-\u1EFF]/u;
/** !NOT_PLAIN_KEY.test(s), unit by unit: keys are short, and the regex call cost more than the scan. */
export function isPlainKey(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 0x21 && c <= 0x7e) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff))) return false;
  }
  return true;
}
export { NOT_PLAIN_KEY };

/** The canonical form used for merging: NFC, no whitespace, dashes unified, Vietnamese upper case. */
export const canonicalKey = (symbol: string): string =>
  // toUpperCase() equals toLocaleUpperCase('vi'): ICU has no Vietnamese case rules.
  !isPlainKey(symbol) ? writtenKey(symbol).toUpperCase() : symbol.toUpperCase();

/** The key as written: NFC, no whitespace, dashes unified; case kept (06/2008/CT-TTg). */
export const writtenKey = (symbol: string): string =>
  !isPlainKey(symbol)
    ? symbol
        .normalize('NFC')
        .replace(SPACED_PARTY, '$1-')
        .replace(/[\u2010-\u2015\u2212]/gu, '-')
        .replace(/[\u2044\u2215\uFF0F]/gu, '/')
        .replace(/\s+/gu, '')
    : symbol;
