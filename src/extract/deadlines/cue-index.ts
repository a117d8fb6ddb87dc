import { caselessRegExp, hasRareFold, type Caseless } from '../../grammar/vi/deadlines-targets-caseless.js';
import { FIRST_WORDS, ONCE, ONCE_FIRST_WORDS } from './cue-words.js';

/**
 * cueWordStarts made fast and split by rule. Only word starts are kept (wordStartsAt skips the
 * rest), and each rule gets the starts of its own first words: "trong" and "từ" are everywhere,
 * and a rule tried where it cannot match still costs an exec. The scan runs without the 'i' flag
 * (see caseless): with 'iu' it was the stage's costliest regex.
 */
export interface CueIndex {
  readonly cueDate: readonly number[];
  readonly year: readonly number[];
  readonly period: readonly number[];
  readonly range: readonly number[];
  readonly recurring: readonly number[];
  /** Where "cuối" starts a word: "tháng cuối quý" (quarter-day.ts) is looked for only there. */
  readonly cuoi: readonly number[];
  /** The text holds a character that folds across blocks (hasRareFold): caseless patterns take their full form. */
  readonly rare: boolean;
}

export type CueRule = Exclude<keyof CueIndex, 'cuoi' | 'rare'>;

const SCAN = caselessRegExp(FIRST_WORDS);
const ONCE_AT = new RegExp(ONCE.source, 'iuy');
const ONCE_SCAN = caselessRegExp(ONCE_FIRST_WORDS);

// "trước" with the misread vowels FIRST_WORDS allows.
const TRUOC = [...'ưu'].flatMap((u) => [...'ớóơoờ'].map((o) => `tr${u}${o}c`));
/** The first words each rule's pattern can start with (a test checks each pattern against them). */
export const RULE_WORDS: Readonly<Record<CueRule, readonly string[]>> = {
  cueDate: [...TRUOC, 'chậm', 'muộn', 'không', 'hạn', 'thời', 'đến', 'trong'],
  year: [...TRUOC, 'trong', 'vào', 'chậm', 'đến'],
  period: [...TRUOC, 'thời', 'trong', 'vào', 'chậm', 'đến', 'cuối', 'hết'],
  range: ['trong', 'từ'],
  recurring: ['hằng', 'hàng', 'định', 'báo'],
};
const RULES = Object.keys(RULE_WORDS) as CueRule[];
/** Lower-cased first word → the rules (bits in RULES order) it opens. */
const MASK = new Map<string, number>();
RULES.forEach((r, i) => { for (const w of RULE_WORDS[r]) MASK.set(w, (MASK.get(w) ?? 0) | (1 << i)); });
const CUOI = 1 << RULES.length;
MASK.set('cuối', (MASK.get('cuối') ?? 0) | CUOI);

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** What wordStartsAt refuses before a match: a letter or digit as one UTF-16 unit. */
function wordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return WORD_CHAR.test(text[i]!);
}
const atWordStart = (text: string, i: number): boolean => i === 0 || !wordCharAt(text, i - 1);

export function cueIndex(text: string): CueIndex {
  const cueDate: number[] = [], year: number[] = [], period: number[] = [], range: number[] = [], recurring: number[] = [], cuoi: number[] = [];
  const lists = [cueDate, year, period, range, recurring];
  const rare = hasRareFold(text);
  const scan = rare ? SCAN.full : SCAN.common;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const at = m.index;
    scan.lastIndex = at + 1;
    if (!atWordStart(text, at)) continue;
    const mask = MASK.get(m[0].toLowerCase()) ?? 0;
    for (let i = 0; i < lists.length; i++) if (mask & (1 << i)) lists[i]!.push(at);
    if (mask & CUOI) cuoi.push(at);
  }
  // A cycle "6 tháng một lần" starts on a word FIRST_WORDS leaves out (see cue-words.ts).
  if (saysOnce(text)) {
    const once = rare ? ONCE_SCAN.full : ONCE_SCAN.common;
    once.lastIndex = 0;
    for (let m = once.exec(text); m; m = once.exec(text)) {
      once.lastIndex = m.index + 1;
      if (atWordStart(text, m.index)) recurring.push(m.index);
    }
    recurring.sort((a, b) => a - b);
    return { cueDate, year, period, range, recurring: recurring.filter((x, i) => i === 0 || recurring[i - 1] !== x), cuoi, rare };
  }
  return { cueDate, year, period, range, recurring, cuoi, rare };
}

/**
 * ONCE.test(text), found from the rare "ầ" of "lần" (indexOf is far cheaper than a scan): a match
 * ends "một", one to three spaces, "lần", so it starts 5 to 7 units before that "ầ".
 */
export function saysOnce(text: string): boolean {
  for (const a of ['ầ', 'Ầ']) {
    for (let p = text.indexOf(a); p >= 0; p = text.indexOf(a, p + 1)) {
      for (let back = 5; back <= 7 && p - back >= 0; back++) {
        ONCE_AT.lastIndex = p - back;
        if (ONCE_AT.test(text)) return true;
      }
    }
  }
  return false;
}

/**
 * What wordStartsAt(re, text, starts) gives, for starts already at word starts: `sticky` (a 'y'
 * copy of the rule's pattern, stickyOf) tried at each, the next search from where a match ended.
 */
export function matchesAt(sticky: Caseless, text: string, starts: readonly number[], rare: boolean): RegExpExecArray[] {
  const re = rare ? sticky.full : sticky.common;
  const out: RegExpExecArray[] = [];
  let next = 0;
  for (const at of starts) {
    if (at < next) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    next = at + m[0].length;
    out.push(m);
  }
  return out;
}

/** A sticky copy of a rule's global pattern, without 'i' (caseless: each exec costs less). */
export const stickyOf = (re: RegExp): Caseless => caselessRegExp(re, `${re.flags.replace(/[gi]/gu, '')}y`);
