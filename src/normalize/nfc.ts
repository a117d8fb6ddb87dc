import { fromEdits, replaceMatches, type Edit, type StepResult } from './edits.js';

// Ð/ð (Icelandic eth) are often typed for Đ/đ; zero-width characters, BOM and soft hyphen are
// invisible in decoded text and would split words ("Đ\u200Bảng") for every later regex.
const CLEAN = /[\u00D0\u00F0]|[\u00AD\u200B-\u200D\u2060\uFEFF]+/gu;

/** Replaces eth by đ and removes invisible characters. */
export const cleanCharacters = (input: string): StepResult =>
  replaceMatches(input, CLEAN, (m) => (m[0] === '\u00D0' ? '\u0110' : m[0] === '\u00F0' ? '\u0111' : ''));

// A character that attaches to the one before it: a combining mark, or a Hangul vowel/final jamo.
const ATTACHES = /^[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]$/u;

/*
 * A unit NFC may change or compose with its neighbour: all but those below U+0300, Latin Extended
 * Additional (the precomposed Vietnamese letters) and the dashes and quotes of U+2010–U+2027
 * (checked exhaustively against String#normalize). Most text has none, and irregexp finds that
 * out faster than a loop in JS or normalizing a copy to compare. No u flag: code units.
 */
const NOT_PLAINLY_NFC = /[^\u0000-\u02FF\u1E00-\u1EFF\u2010-\u2027]/g;
/** The same, for the scan inside one line (the outer scan keeps its own lastIndex). */
const NOT_PLAINLY_NFC_IN_LINE = /[^\u0000-\u02FF\u1E00-\u1EFF\u2010-\u2027]/g;

// Whether a BMP unit attaches (ATTACHES), learned once per unit: 0 not yet known, 1 yes, 2 no.
const ATTACHES_UNIT = new Uint8Array(0x10000);

/** The length of the code point at `i` (2 for a surrogate pair), as `for (const ch of s)` steps. */
function pointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Whether the code point at `i` attaches to the one before it. */
function attachesAt(s: string, i: number): boolean {
  if (pointLength(s, i) === 2) return ATTACHES.test(s.slice(i, i + 2));
  const c = s.charCodeAt(i);
  let known = ATTACHES_UNIT[c]!;
  if (known === 0) known = ATTACHES_UNIT[c] = ATTACHES.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/** Where the code point before `i` starts, `from` being a code point boundary. */
function previousPoint(s: string, from: number, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return i - 2;
  }
  return i - 1;
}

// Clusters of up to three units composed so far, keyed by their units (null: NFC already). A
// decomposed document repeats a few dozen clusters (a vowel and one or two marks).
const COMPOSED = new Map<number, string | null>();
const MAX_COMPOSED = 10_000;

/** NFC of input[start, end), or null when it is NFC already. */
function composedCluster(input: string, start: number, end: number): string | null {
  const n = end - start;
  if (n > 3) {
    const cluster = input.slice(start, end);
    const composed = cluster.normalize('NFC');
    return composed === cluster ? null : composed;
  }
  let key = n;
  for (let i = start; i < end; i++) key = key * 65536 + input.charCodeAt(i);
  let v = COMPOSED.get(key);
  if (v === undefined) {
    const cluster = input.slice(start, end);
    const composed = cluster.normalize('NFC');
    v = composed === cluster ? null : composed;
    if (COMPOSED.size >= MAX_COMPOSED) COMPOSED.clear();
    COMPOSED.set(key, v);
  }
  return v;
}

/**
 * Composes one line cluster by cluster (a base plus the marks after it), so each composed
 * character maps back to exactly the raw units it was made from. `first` is the line's first unit
 * of NOT_PLAINLY_NFC: only a cluster holding such a unit can change (a cluster of plain units is
 * one plain character, and marks and jamo are all outside the plain ranges), so the others are
 * passed over.
 */
function composeLine(input: string, from: number, to: number, first: number, edits: Edit[], rest: Rest): void {
  const line = input.slice(from, to);
  const target = line.normalize('NFC');
  if (target === line) {
    rest.notPlain = true;
    return;
  }
  const local: Edit[] = [];
  const scan = NOT_PLAINLY_NFC_IN_LINE;
  for (let p = first; p < to; ) {
    let start = p;
    while (start > from && attachesAt(input, start)) start = previousPoint(input, from, start);
    let end = p + pointLength(input, p);
    while (end < to && attachesAt(input, end)) end += pointLength(input, end);
    const composed = composedCluster(input, start, end);
    if (composed !== null) local.push({ start, end, insert: composed });
    if (composed === null || NOT_PLAINLY_NFC_ONE.test(composed)) rest.notPlain = true;
    scan.lastIndex = end;
    if (!scan.test(input)) break;
    p = scan.lastIndex - 1;
  }
  // Composition rarely crosses clusters (a mark after an invisible we did not remove); then the
  // whole line is one edit: a coarser map, but the text is still exactly NFC.
  let at = from;
  const rebuilt: string[] = [];
  for (const e of local) {
    rebuilt.push(input.slice(at, e.start), e.insert);
    at = e.end;
  }
  rebuilt.push(input.slice(at, to));
  if (rebuilt.join('') === target) edits.push(...local);
  else {
    edits.push({ start: from, end: to, insert: target });
    if (NOT_PLAINLY_NFC_ONE.test(target)) rest.notPlain = true;
  }
}

/** Whether the output still holds a unit of NOT_PLAINLY_NFC. */
interface Rest {
  notPlain: boolean;
}
const NOT_PLAINLY_NFC_ONE = /[^\u0000-\u02FF\u1E00-\u1EFF\u2010-\u2027]/;

/**
 * Unicode NFC, with a per-cluster map. NFC never composes across "\n", so lines are independent,
 * and only the lines holding a unit of NOT_PLAINLY_NFC are looked at.
 */
export function composeNfc(input: string): StepResult {
  return composeNfcTelling(input).out;
}

/**
 * composeNfc, telling also whether its output still holds a unit of NOT_PLAINLY_NFC (a cluster
 * left as it was, or composed into one): when none is left, NFC has nothing to do on the text
 * until an edit puts one back.
 */
export function composeNfcTelling(input: string): { out: StepResult; notPlainLeft: boolean } {
  const scan = NOT_PLAINLY_NFC;
  scan.lastIndex = 0;
  if (!scan.test(input)) return { out: { text: input, edits: [] }, notPlainLeft: false };
  const rest: Rest = { notPlain: false };
  const edits: Edit[] = [];
  for (;;) {
    const first = scan.lastIndex - 1;
    const from = first === 0 ? 0 : input.lastIndexOf('\n', first - 1) + 1;
    const nl = input.indexOf('\n', first);
    const to = nl === -1 ? input.length : nl;
    composeLine(input, from, to, first, edits, rest);
    if (nl === -1) break;
    scan.lastIndex = nl + 1;
    if (!scan.test(input)) break;
  }
  return { out: fromEdits(input, edits), notPlainLeft: rest.notPlain };
}
