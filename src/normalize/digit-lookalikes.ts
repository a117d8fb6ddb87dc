import { fromEdits, type Edit, type StepResult } from './edits.js';

/**
 * Letters typed or OCR'd for digits inside the numbers of a symbol or a date, in text of any
 * origin: "1O5/QĐ-UBND", "19/2Ol3/TT-BTNMT", "trước ngày 3O/5/2014" (O for 0, l and I for 1). A
 * token of 2-4 such characters holding at least one digit, standing alone, and glued to a "/" is
 * a number: no Vietnamese word mixes digits with these letters ("CO2", "H2O" are glued to a letter).
 */
const TOKEN = /(?<![\p{L}\p{N}])(?=[OolI]*\d)[0-9OolI]{2,4}(?![\p{L}\p{N}])/gu;
const QUICK = /\d[OolI]|[OolI]\d/u;
const DIGIT: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };

export function readDigitLookAlikes(input: string): StepResult {
  if (!QUICK.test(input)) return { text: input, edits: [] };
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
