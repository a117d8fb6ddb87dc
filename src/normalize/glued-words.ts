import { COMMON_SYLLABLES } from '../data/vi/index.js';
import { fromEdits, type Edit, type StepResult } from './edits.js';
import { placeTonesNewStyle } from './tone-placement.js';

/*
 * Pages converted from old HTML lose the space where the source wrapped a line: "BANHÀNH",
 * "Kếhoạch", "Hội đồngnhân dân", "theoQuyết định". Vietnamese is written one syllable per word
 * and its syllables have a strict shape, so a word that is no syllable but is two or three
 * syllables end to end is two or three words glued together.
 */

const TONE_MARKS = new Map([['\u0300', 2], ['\u0301', 1], ['\u0303', 3], ['\u0309', 4], ['\u0323', 5]]);
/** Tones a syllable closed by p, t, c, ch may carry: none but sắc (1) and nặng (5). */
const STOP_TONES = new Set([1, 5]);
const SYLLABLE = /^(?<onset>ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?(?<nucleus>[aăâeêioôơuưy]{1,3})(?<coda>ch|nh|ng|[cmnpt])?$/u;
// ă and â never end a syllable: "vă", "tâ" are no syllables.
const OPEN_SHORT = /[ăâ]$/u;
const MAX_WORD = 24;
const MAX_PIECES = 3;

interface Letter {
  readonly base: string;
  readonly tone: number;
}

/** Each letter without its tone (and the tone: 0 none, 1 sắc, 2 huyền, 3 ngã, 4 hỏi, 5 nặng). */
function lettersOf(word: string): Letter[] {
  return [...word.toLocaleLowerCase('vi')].map((ch) => {
    let tone = 0;
    const base = [...ch.normalize('NFD')]
      .filter((c) => {
        const t = TONE_MARKS.get(c);
        if (t !== undefined) tone = t;
        return t === undefined;
      })
      .join('')
      .normalize('NFC');
    return { base, tone };
  });
}

/** Whether the letters form one Vietnamese syllable: its shape, one tone, a stop's tone. */
function isSyllable(letters: readonly Letter[]): boolean {
  const m = SYLLABLE.exec(letters.map((l) => l.base).join(''));
  if (!m) return false;
  const tones = letters.filter((l) => l.tone > 0);
  if (tones.length > 1) return false;
  const coda = m.groups?.coda ?? '';
  if (!coda && OPEN_SHORT.test(m.groups?.nucleus ?? '')) return false;
  return !/^(?:c|ch|p|t)$/u.test(coda) || STOP_TONES.has(tones[0]?.tone ?? 0);
}

const VOWEL_START = /^[aăâeêioôơuưy]/u;
// Looked up with the tone where the new style puts it, so "khoẻ" and "khỏe" are one syllable and a
// second normalize pass (after tone placement) cuts as the first did.
const newStyle = (s: string): string => placeTonesNewStyle(s).text;
const KNOWN = new Set([...COMMON_SYLLABLES].map(newStyle));
// Marks and letters only Vietnamese writes: breve, horn, hook, dot below, tilde, đ, two marks on a
// vowel, an acute or grave on i, o, u, y.
const VIETNAMESE_ONLY = /[\u0306\u031B\u0309\u0323\u0303đĐ]|\u0302[\u0300\u0301]|[iouyIOUY][\u0300\u0301]/u;

/** Where to cut a glued word into syllables (offsets inside it), or null when it is none. */
export function splitGlued(word: string): number[] | null {
  const letters = lettersOf(word);
  if (letters.length !== word.length || letters.length > MAX_WORD || isSyllable(letters)) return null;
  // best[i]: the cheapest cut of letters[0, i): pieces, then unknown syllables, then pieces
  // opening on a vowel ("BANH ÀNH"), then the cuts themselves.
  type Cost = [number, number, number, number[]];
  const best: (Cost | null)[] = new Array<Cost | null>(letters.length + 1).fill(null);
  best[0] = [0, 0, 0, []];
  const lower = word.toLocaleLowerCase('vi');
  for (let i = 0; i < letters.length; i++) {
    const from = best[i];
    if (!from || from[0] >= MAX_PIECES) continue;
    for (let j = i + 1; j <= letters.length && j - i <= 7; j++) {
      const piece = letters.slice(i, j);
      if (!isSyllable(piece)) continue;
      // A capital inside a piece is no syllable of running text ("heoQ").
      if (/\p{Lu}/u.test(word.slice(i + 1, j)) && /\p{Ll}/u.test(word.slice(i, j))) continue;
      const unknown = KNOWN.has(newStyle(lower.slice(i, j))) ? 0 : 1;
      const vowel = i > 0 && VOWEL_START.test(piece[0]!.base) ? 1 : 0;
      const cost: Cost = [from[0] + 1, from[1] + unknown, from[2] + vowel, i > 0 ? [...from[3], i] : []];
      if (cheaper(cost, best[j] ?? null)) best[j] = cost;
    }
  }
  const end = best[letters.length];
  if (!end || end[0] < 2) return null;
  // Known syllables, or a word no other language writes ("comité", "année" stay whole).
  return end[1] === 0 || (end[1] <= 1 && VIETNAMESE_ONLY.test(newStyle(word).normalize('NFD'))) ? end[3] : null;
}

const cheaper = (a: readonly [number, number, number, unknown], b: readonly [number, number, number, unknown] | null): boolean =>
  !b || a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2])));

// Two glued syllables make five letters or more in practice ("vàcác", "BANHÀNH"); most single
// syllables are shorter, so the length alone skips most words.
const MIN_LETTERS = 5;
// In capitals only a word with a marked vowel is taken for glued words: "BANHÀNH", never the
// acronym "ĐUCA" (Đảng ủy Công an) of a symbol.
const MARKED_VOWEL = /[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]/u;
const HAS_LOWER = /\p{Ll}/u;

/** What a word gives wherever it stands: where to cut it, and whether it is in capitals. */
interface Verdict {
  /** Null: never cut (no syllables, or capitals without a marked vowel, as acronyms are). */
  readonly cuts: readonly number[] | null;
  /** A word in capitals is not cut as a piece of a symbol ("KH/ĐUCA", "QĐ-UBND"). */
  readonly caps: boolean;
}

/**
 * The word with its tones where tone placement will put them ("ĐUỷ" as "ĐỦy"), so that a second
 * pass, run on the placed text, cuts as the first did; placement moves marks, not letters.
 */
function placedLike(word: string): string {
  const placed = newStyle(word);
  return placed.length === word.length ? placed : word;
}

// A document repeats a few thousand distinct words: each is judged once per process.
const judged = new Map<string, Verdict>();
const MAX_JUDGED = 50_000;
function verdictOf(word: string): Verdict {
  let v = judged.get(word);
  if (v === undefined) {
    const caps = !HAS_LOWER.test(word);
    v = { cuts: caps && !MARKED_VOWEL.test(word) ? null : splitGlued(placedLike(word)), caps };
    if (judged.size >= MAX_JUDGED) judged.clear();
    judged.set(word, v);
  }
  return v;
}

/*
 * Runs of five units or more that may hold letters: every letter (\p{L}) is ASCII or at least
 * U+00AA, so a run of five letters lies inside a match. Irregexp scans for them far faster than a
 * loop in JS, or than a regex with \p{L} (once most of this step's time); letters are then told
 * apart only inside the runs.
 */
// Written out five times: irregexp checks an unrolled prefix several units at a time, twice as
// fast here as the same pattern with {5,}.
const MAY_HOLD_WORD = /[A-Za-z\u00AA-\uFFFF][A-Za-z\u00AA-\uFFFF][A-Za-z\u00AA-\uFFFF][A-Za-z\u00AA-\uFFFF][A-Za-z\u00AA-\uFFFF]+/g;

/** Puts a space between the syllables of glued words. */
export function splitGluedWords(input: string): StepResult {
  const edits: Edit[] = [];
  MAY_HOLD_WORD.lastIndex = 0;
  let done = 0;
  // test() rather than exec(): no match array; the run's start is found by stepping back.
  while (MAY_HOLD_WORD.test(input)) {
    const end = MAY_HOLD_WORD.lastIndex;
    // Most runs are one word of BMP letters: one loop back finds its start and whether it is
    // ASCII. Anything else in the run (a surrogate, a unit that is no letter) leaves it to wordsIn.
    let start = end;
    let ascii = true;
    let pure = true;
    while (start > done) {
      const c = input.charCodeAt(start - 1);
      if (c < 0x80) {
        if ((c | 0x20) < 0x61 || (c | 0x20) > 0x7a) break;
      } else {
        if (c < 0xaa) break;
        if (c >= 0xd800 && c <= 0xdfff) {
          pure = false;
          break;
        }
        let known = LETTER_UNIT[c]!;
        if (known === 0) known = LETTER_UNIT[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
        if (known !== 1) {
          pure = false;
          break;
        }
        ascii = false;
      }
      start--;
    }
    if (pure) {
      if (!ascii && end - start >= MIN_LETTERS) judgeWord(input, start, end, edits);
    } else {
      start = end;
      while (start > done && mayBeLetter(input.charCodeAt(start - 1))) start--;
      wordsIn(input, start, end, edits);
    }
    done = end;
  }
  return fromEdits(input, edits);
}

const mayBeLetter = (c: number): boolean => c >= 0xaa || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** Judges the runs of letters (as /\p{L}+/u finds them) of five letters or more, one not ASCII, in [from, to). */
function wordsIn(input: string, from: number, to: number, edits: Edit[]): void {
  for (let i = from; i < to; ) {
    const first = letterLength(input, i);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    let ascii = true;
    for (let n = first; n > 0; n = i < to ? letterLength(input, i) : 0) {
      if (input.charCodeAt(i) >= 0x80) ascii = false;
      letters++;
      i += n;
    }
    if (letters >= MIN_LETTERS && !ascii) judgeWord(input, start, i, edits);
  }
}

function judgeWord(input: string, start: number, end: number, edits: Edit[]): void {
  const word = input.slice(start, end);
  const { cuts, caps } = verdictOf(word);
  if (!cuts) return;
  // A piece of a symbol ("KH/ĐUCA", "QĐ-UBND") is left alone.
  if (caps && (/[/-]/u.test(input[start - 1] ?? '') || /[/-]/u.test(input[end] ?? ''))) return;
  // The space replaces nothing but comes with the letter before it, so it maps to raw text.
  for (const c of cuts) edits.push({ start: start + c - 1, end: start + c, insert: `${word[c - 1] ?? ''} ` });
}

// Whether a UTF-16 unit is a letter (\p{L}), learned once per unit: 0 not yet known, 1 yes, 2 no.
const LETTER_UNIT = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;

/** The length in units of the letter at `i` (2 for an astral one), or 0 when none starts there. */
function letterLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let known = LETTER_UNIT[c]!;
  if (known === 0) known = LETTER_UNIT[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}
