import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Edit } from '../../src/normalize/edits.js';
import { splitGlued, splitGluedWords } from '../../src/normalize/glued-words.js';

/*
 * Steps made fast by hand-written scans and pre-tests must give what their plain definition
 * gives. Each reference below is that definition, written the slow, obvious way.
 */

// Letters of several scripts, astral letters, marks, lone surrogates, symbol glue and spaces.
const units = [...'aăâbcdđeêghiklmnoôơpqrstuưxyàáảãạếềểễệọụủứừựBANHÀNHĐUCAQĐKH0123456789/-., \n\t'.split(''),
  'é', 'ß', 'Ω', 'я', '中', 'ª', 'µ', '\u0301', '\u00A0', '…', '–', '𝐀', '𐐀', '\uD835', '\uDC00'];
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...units), maxLength: 200 }),
  fc.array(fc.constantFrom('BANHÀNH', 'Kếhoạch', 'theoQuyết', 'KH/ĐUCA', 'QĐ-UBND', 'vàcác', 'ahoạtđộng', 'Zquyếtđịnh', ' ', '\n', '/', '-', 'năm', 'comité', 'a', 'z', 'é'), { maxLength: 30 }).map((a) => a.join('')),
);

function gluedReference(input: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of input.matchAll(/\p{L}{5,}/gu)) {
    const word = m[0];
    if (!/[^\x00-\x7F]/u.test(word)) continue;
    const caps = !/\p{Ll}/u.test(word);
    if (caps && !/[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]/u.test(word)) continue;
    if (caps && (/[/-]/u.test(input[m.index - 1] ?? '') || /[/-]/u.test(input[m.index + word.length] ?? ''))) continue;
    for (const c of splitGlued(word) ?? []) edits.push({ start: m.index + c - 1, end: m.index + c, insert: `${word[c - 1] ?? ''} ` });
  }
  return edits;
}

describe('fast paths give what their plain definition gives', () => {
  test.prop([text])('splitGluedWords', (t) => {
    expect(splitGluedWords(t).edits).toEqual(gluedReference(t));
  });
});
