import type { Edit, StepResult } from './edits.js';
import { fromEdits } from './edits.js';
import { PUNCTUATION_ASCII } from './punctuation.js';
import { CLEAN_RANGES, NEWLINE_RANGES, PUNCTUATION_RANGES, SPACE_RANGES } from './_replaceable.js';

/*
 * One scan of the raw text finds every unit the first steps replace (line breaks, invisibles,
 * spaces, punctuation variants) and whether NFC has anything to look at. Those steps are four
 * regex scans with classes of scattered non-ASCII units (several ns a unit each) and composeNfc
 * runs twice; with the positions in hand, a step with nothing to do is skipped and one with work
 * edits at the positions alone. normalize keeps the positions in step with each step's edits and
 * drops them (falling back to the steps' own scans) whenever an edit could make them wrong.
 */

export const NEWLINE = 1;
export const CLEAN = 2;
export const SPACE = 4;
export const PUNCTUATION = 8;
/** A unit outside the plainly-NFC ranges (nfc.ts): composeNfc has something to look at. */
export const NOT_NFC = 16;

/** The classes of each UTF-16 unit (bits above). */
export const UNIT_CLASS = new Uint8Array(0x10000);
for (const [ranges, bit] of [[NEWLINE_RANGES, NEWLINE], [CLEAN_RANGES, CLEAN], [SPACE_RANGES, SPACE], [PUNCTUATION_RANGES, PUNCTUATION]] as const) {
  for (const [from, to] of ranges) for (let u = from; u <= to; u++) UNIT_CLASS[u]! |= bit;
}
for (let u = 0; u < 0x10000; u++) if (!((u <= 0x2ff) || (u >= 0x1e00 && u <= 0x1eff) || (u >= 0x2010 && u <= 0x2027))) UNIT_CLASS[u]! |= NOT_NFC;

/*
 * Every unit with a class, and some without: irregexp runs a class of few ranges much faster than
 * one of many scattered units, so the plain ranges (ASCII but CR, Latin-1 letters, Latin Extended,
 * combining marks excluded, the Vietnamese letters) are what is left out, and a match is looked up
 * in UNIT_CLASS. A test checks every classed unit matches. No u flag: code units.
 */
const ANY_CLASS = /[^\0-\x0C\x0E-\x9F\xA1-\xAA\xAC\xAE-\xBA\xBC-\xCF\xD1-\xEF\xF1-\u02FF\u1E00-\u1EFF\u2016\u2017\u2020-\u2027]/g;
/** Every unit of the four replaced classes (NOT_NFC aside), and some others. */
const ANY_REPLACED = /[\r\xA0-\xBF\xD0\xF0\u2000-\u206F\u2212\u2215\u3000\uFE58\uFE63\uFEFF\uFF0D\uFF0F]/g;
export const SCAN_PATTERNS = { ANY_CLASS, ANY_REPLACED } as const;

/** Where the units of each replaced class are, and whether any unit is NOT_NFC. */
export interface Units {
  /** OR of the classes found. */
  flags: number;
  /** Sorted offsets of the units of each class, by bit: NEWLINE, CLEAN, SPACE, PUNCTUATION. */
  readonly at: Map<number, number[]>;
}

/** Scans `text` once for the units of every class. */
export function scanUnits(text: string): Units {
  const at = new Map<number, number[]>([[NEWLINE, []], [CLEAN, []], [SPACE, []], [PUNCTUATION, []]]);
  let flags = 0;
  let re = ANY_CLASS;
  re.lastIndex = 0;
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const cls = UNIT_CLASS[text.charCodeAt(i)]!;
    if (cls === 0) continue;
    flags |= cls;
    for (let bit = NEWLINE; bit <= PUNCTUATION; bit <<= 1) if (cls & bit) at.get(bit)!.push(i);
    // Once NFC is known to have work, only the replaced classes matter: a decomposed text has a
    // mark every few units, each a match of ANY_CLASS.
    if (cls & NOT_NFC && re === ANY_CLASS) {
      ANY_REPLACED.lastIndex = i + 1;
      re = ANY_REPLACED;
    }
  }
  return { flags, at };
}

/**
 * Brings `units` in step with a step's edits (sorted, non-overlapping, in the step's input).
 * `consumed`: the class the step replaces, all of whose units the edits replaced. Returns false
 * when the positions can no longer be trusted: an edit covers a unit of another class, or inserts
 * a classed unit.
 */
export function shiftUnits(units: Units, edits: readonly Edit[], consumed: number): boolean {
  for (const e of edits) {
    const ins = e.insert;
    for (let i = 0; i < ins.length; i++) if (UNIT_CLASS[ins.charCodeAt(i)] !== 0) return false;
  }
  for (const [bit, list] of units.at) {
    if (bit === consumed) {
      list.length = 0;
      units.flags &= ~bit;
      continue;
    }
    if (list.length === 0) continue;
    let k = 0;
    let delta = 0;
    for (let j = 0; j < list.length; j++) {
      const p = list[j]!;
      // Edits ending at or before p (an insertion at p too) move it.
      for (let e = edits[k]; e !== undefined && e.end <= p; e = edits[++k]) delta += e.insert.length - (e.end - e.start);
      const e = edits[k];
      if (e !== undefined && e.start <= p) return false;
      list[j] = p + delta;
    }
  }
  return true;
}

// The edits of the four steps, made at known positions. Each gives exactly the edits its regex
// step gives when `at` holds every unit of its class (a test checks it).

/** unifyNewlines: "\r\n" and a lone "\r", U+2028 and U+2029 become "\n". */
export function newlinesAt(input: string, at: readonly number[]): StepResult {
  const edits: Edit[] = [];
  for (const p of at) {
    const pair = input.charCodeAt(p) === 0x0d && input.charCodeAt(p + 1) === 0x0a;
    edits.push({ start: p, end: p + (pair ? 2 : 1), insert: '\n' });
  }
  return fromEdits(input, edits);
}

const ETH = 0xd0;
const ETH_SMALL = 0xf0;

/** cleanCharacters: an eth becomes đ, a run of invisibles goes. */
export function cleanAt(input: string, at: readonly number[]): StepResult {
  const edits: Edit[] = [];
  for (let j = 0; j < at.length; ) {
    const p = at[j]!;
    const c = input.charCodeAt(p);
    if (c === ETH || c === ETH_SMALL) {
      edits.push({ start: p, end: p + 1, insert: c === ETH ? '\u0110' : '\u0111' });
      j++;
      continue;
    }
    let end = p + 1;
    j++;
    while (j < at.length && at[j] === end && input.charCodeAt(end) !== ETH && input.charCodeAt(end) !== ETH_SMALL) {
      end++;
      j++;
    }
    edits.push({ start: p, end, insert: '' });
  }
  return fromEdits(input, edits);
}

/** unifySpaces: a run of unusual spaces becomes as many plain spaces. */
export function spacesAt(input: string, at: readonly number[]): StepResult {
  const edits: Edit[] = [];
  for (let j = 0; j < at.length; ) {
    const p = at[j]!;
    let end = p + 1;
    j++;
    while (j < at.length && at[j] === end) {
      end++;
      j++;
    }
    edits.push({ start: p, end, insert: ' '.repeat(end - p) });
  }
  return fromEdits(input, edits);
}

/** unifyPunctuation: each variant becomes its ASCII form. */
export function punctuationAt(input: string, at: readonly number[]): StepResult {
  const edits: Edit[] = [];
  for (const p of at) edits.push({ start: p, end: p + 1, insert: PUNCTUATION_ASCII[input[p]!] ?? '-' });
  return fromEdits(input, edits);
}
