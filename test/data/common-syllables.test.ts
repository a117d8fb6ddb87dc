import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_SYLLABLES } from '../../src/data/vi/index.js';
import { CommonSyllableTableSchema } from '../../src/data/vi/schema.js';
import { splitGlued } from '../../src/normalize/glued-words.js';
import { isVietnameseSyllable } from '../../src/read/encodings/index.js';

const text = readFileSync(new URL('../../src/data/vi/common-syllables.json', import.meta.url), 'utf8');
const table = JSON.parse(text) as { note: string; syllables: string[] };

// Entries that are not Vietnamese syllables, each for a reason: abbreviations written in lower
// case, Roman numerals, loanwords, and the Ê Đê names of Đắk Lắk.
const NOT_SYLLABLES = {
  abbreviations: ['antq', 'bca', 'nvy', 'ocop', 'ubnd', 'ubtvqh'],
  romanNumerals: ['ii', 'iii', 'iv', 'xiii', 'xviii'],
  loanwords: ['covid', 'drive', 'file', 'gov', 'rubella', 'website', 'word'],
  placeNames: ['lắk', 'đắk'],
};

describe('common-syllables.json', () => {
  it('is NFC and matches its schema', () => {
    expect(text).toBe(text.normalize('NFC'));
    expect(CommonSyllableTableSchema.safeParse(table).success).toBe(true);
  });

  it('is what COMMON_SYLLABLES holds', () => {
    expect([...COMMON_SYLLABLES]).toEqual(table.syllables);
    expect(COMMON_SYLLABLES.size).toBeGreaterThan(700);
  });

  it('holds Vietnamese syllables, and only the listed abbreviations, numerals, loanwords and names besides', () => {
    const others = table.syllables.filter((s) => !isVietnameseSyllable(s));
    expect(others.sort()).toEqual(Object.values(NOT_SYLLABLES).flat().sort());
  });

  it.each([
    ['unsorted', ['ban', 'an']],
    ['a duplicate', ['an', 'an']],
    ['upper case', ['An']],
    ['a space', ['ban hành']],
    ['NFD', ['hành'.normalize('NFD')]],
    ['empty', []],
  ])('refuses a table %s', (_what, syllables) => {
    expect(CommonSyllableTableSchema.safeParse({ note: table.note, syllables }).success).toBe(false);
  });

  it.each([
    ['BANHÀNH', 'BAN HÀNH'],
    ['QUYẾTĐỊNH', 'QUYẾT ĐỊNH'],
  ])('lets glued-words cut "%s" into known syllables: "%s"', (glued, cut) => {
    const at = splitGlued(glued);
    expect(at).not.toBeNull();
    const pieces = [0, ...at!, glued.length].slice(1).map((end, i, ends) => glued.slice(i === 0 ? 0 : ends[i - 1], end));
    expect(pieces.join(' ')).toBe(cut);
  });
});
