import { fromEdits, type Edit, type StepResult } from './edits.js';

/**
 * Letters typed or OCR'd for digits inside the numbers of a symbol or a date, in text of any
 * origin: "1O5/QĐ-UBND", "19/2Ol3/TT-BTNMT", "trước ngày 3O/5/2014" (O for 0, l and I for 1). A
 * token of 2-4 such characters holding at least one digit, standing alone, and glued to a "/" is
 * a number: no Vietnamese word mixes digits with these letters ("CO2", "H2O" are glued to a letter).
 */
const TOKEN = /(?<![\p{L}\p{N}])(?=[OolI]*\d)[0-9OolI]{2,4}(?![\p{L}\p{N}])/gu;
const isTokenUnit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || c === 0x4f || c === 0x6f || c === 0x6c || c === 0x49;
const isLookAlike = (c: number): boolean => c === 0x4f || c === 0x6f || c === 0x6c || c === 0x49;

/**
 * Whether a look-alike stands in a run of token units touching a "/" (within 4 units of it): every
 * edit needs one, and most texts have none. Found from the "/"s, not by scanning every "o".
 */
export function mayHoldLookAlikes(input: string): boolean {
  for (let p = input.indexOf('/'); p !== -1; p = input.indexOf('/', p + 1)) {
    for (let j = p - 1; j >= Math.max(0, p - 4) && isTokenUnit(input.charCodeAt(j)); j--) if (isLookAlike(input.charCodeAt(j))) return true;
    for (let j = p + 1; j <= Math.min(input.length - 1, p + 4) && isTokenUnit(input.charCodeAt(j)); j++) if (isLookAlike(input.charCodeAt(j))) return true;
  }
  return false;
}
const DIGIT: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };

/** Reads look-alikes as digits; `gate` false runs the scan on any text (the plain definition, for tests). */
export function readDigitLookAlikes(input: string, gate = true): StepResult {
  if (gate && !mayHoldLookAlikes(input)) return { text: input, edits: [] };
  const edits: Edit[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(input); m; m = TOKEN.exec(input)) {
    const t = m[0];
    if (!/[OolI]/u.test(t)) continue;
    const start = m.index, end = start + t.length;
    const slashAfter = input[end] === '/' && /[\p{N}\p{Lu}]/u.test(input[end + 1] ?? '');
    const slashBefore = input[start - 1] === '/' && /\p{N}/u.test(input[start - 2] ?? '');
    if (!slashAfter && !slashBefore) continue;
    for (let i = 0; i < t.length; i++) {
      const d = DIGIT[t[i]!];
      if (d) edits.push({ start: start + i, end: start + i + 1, insert: d });
    }
  }
  return fromEdits(input, edits);
}
