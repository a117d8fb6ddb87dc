import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AGENCY_ABBREVIATIONS,
  ISSUER_CODES,
  PROVINCES,
  TYPE_WORDS,
  docTypeByCode,
  docTypeOfSymbol,
  issuersOfSymbol,
  lookupIssuerCode,
  provinceKey,
  provinceValidOn,
} from '../../src/data/vi/index.js';
import { DocTypeTableSchema, IssuerTableSchema, ProvinceTableSchema } from '../../src/data/vi/schema.js';

const DIR = new URL('../../src/data/vi/', import.meta.url);
const FILES = ['issuer-codes.json', 'doc-types.json', 'agencies.json', 'provinces.json'] as const;
const readText = (f: string): string => readFileSync(new URL(f, DIR), 'utf8');
const keysOf = (f: string, pick: (j: unknown) => unknown = (j) => j): string[] =>
  Object.keys(pick(JSON.parse(readText(f))) as object);
const docTypes = (): string[] => keysOf('doc-types.json', (j) => (j as { types: object }).types);
const upper = (s: string): string => s.toLocaleUpperCase('vi');
const fold = (s: string): string =>
  upper(s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D'));
const startsUpper = (s: string): boolean => s.charAt(0) !== s.charAt(0).toLocaleLowerCase('vi');

describe.each(FILES)('%s', (file) => {
  it('is NFC throughout', () => {
    const text = readText(file);
    expect(text).toBe(text.normalize('NFC'));
  });
  it('has no Icelandic eth (Ð U+00D0) posing as Đ', () => {
    expect(readText(file)).not.toMatch(/[\u00D0\u00F0]/u);
  });
});

describe('issuer-codes.json', () => {
  const keys = keysOf('issuer-codes.json');
  it('has keys sorted', () => expect(keys).toEqual([...keys].sort()));
  it('has 100+ entries', () => expect(ISSUER_CODES.length).toBeGreaterThanOrEqual(100));

  it.each(ISSUER_CODES.map((i) => [i.code, i] as const))('%s: variants, examples, names', (code, entry) => {
    expect(entry.variants).not.toContain(code);
    expect(new Set(entry.variants).size).toBe(entry.variants.length);
    for (const v of entry.variants) expect(lookupIssuerCode(v)?.code, v).toBe(code);
    expect(lookupIssuerCode(code)?.code).toBe(code);
    for (const ex of entry.examples) expect(issuersOfSymbol(ex).map((i) => i.code), ex).toContain(code);
    expect(startsUpper(entry.name)).toBe(true);
    if (entry.nameInCity !== undefined) expect(startsUpper(entry.nameInCity)).toBe(true);
    if (entry.successor !== undefined) expect(lookupIssuerCode(entry.successor)?.code).toBe(entry.successor);
    if (entry.validFrom !== undefined && entry.validTo !== undefined) expect(entry.validFrom < entry.validTo).toBe(true);
  });

  it('gives every spelling, upper-cased or accent-folded, to one entry only', () => {
    const clashes: string[] = [];
    for (const norm of [(s: string) => s, upper, fold]) {
      const owner = new Map<string, string>();
      for (const i of ISSUER_CODES) {
        for (const s of [i.code, ...i.variants]) {
          const k = norm(s);
          const prev = owner.get(k);
          if (prev !== undefined && prev !== i.code) clashes.push(`${prev}/${i.code} as ${k}`);
          owner.set(k, i.code);
        }
      }
    }
    // Known: "TƯ" (Trung ương, a variant of TW) folds to "TU" (Tỉnh ủy); exact spellings still win.
    expect(clashes).toEqual(['TU/TW as TU']);
  });

  it('shares no spelling with a document type ("TT" is a type, "TU" an issuer)', () => {
    for (const i of ISSUER_CODES) for (const s of [i.code, ...i.variants]) expect(docTypeByCode(s), s).toBeUndefined();
  });

  it('dates the 2025 reorganization of ministries', () => {
    const until = (c: string): string | undefined => lookupIssuerCode(c)?.validTo;
    for (const c of ['BKHĐT', 'BNNPTNT', 'BTNMT', 'BGTVT', 'BTTTT', 'BLĐTBXH', 'UBDT']) expect(until(c), c).toBe('2025-02-28');
    for (const c of ['BNNMT', 'BDTTG']) expect(lookupIssuerCode(c)?.validFrom, c).toBe('2025-03-01');
  });
});

describe('doc-types.json', () => {
  const keys = docTypes();
  it('has keys sorted', () => expect(keys).toEqual([...keys].sort()));

  it.each(keys)('%s: variants resolve, examples carry it', (code) => {
    const t = docTypeByCode(code);
    expect(t?.code).toBe(code);
    if (!t) return;
    expect(t.variants).not.toContain(code);
    for (const v of t.variants) expect(docTypeByCode(v)?.code, v).toBe(code);
    for (const ex of t.examples) expect(docTypeOfSymbol(ex)?.code, ex).toBe(code);
    expect(startsUpper(t.name)).toBe(true);
  });

  it('gives every spelling and its upper case to one type only', () => {
    const owner = new Map<string, string>();
    for (const code of keys) {
      const t = docTypeByCode(code);
      for (const s of [code, ...(t?.variants ?? [])]) {
        expect(owner.get(upper(s)) ?? code, s).toBe(code);
        owner.set(upper(s), code);
      }
    }
  });

  it('has type words that are unique, capitalized and point at known codes', () => {
    const raw = JSON.parse(readText('doc-types.json')) as { typeWords: { word: string; code?: string }[] };
    expect(new Set(TYPE_WORDS).size).toBe(TYPE_WORDS.length);
    for (const w of raw.typeWords) {
      expect(startsUpper(w.word), w.word).toBe(true);
      if (w.code !== undefined) expect(docTypeByCode(w.code)?.code, w.word).toBe(w.code);
    }
  });
});

describe('agencies.json', () => {
  it('has unique abbreviations and non-empty expansions', () => {
    const abbrs = AGENCY_ABBREVIATIONS.map((a) => a.abbr);
    expect(new Set(abbrs).size).toBe(abbrs.length);
    for (const a of AGENCY_ABBREVIATIONS) expect(a.expansion.length).toBeGreaterThan(a.abbr.length);
  });
});

describe('provinces.json', () => {
  const on = (d: string) => PROVINCES.filter((p) => provinceValidOn(p, d));
  const count = (d: string, kind: string) => on(d).filter((p) => p.kind === kind).length;

  it.each([
    ['2024-06-01', 58, 5],
    ['2025-06-30', 57, 6], // Huế a centrally-run city from 2025-01-01
    ['2025-07-01', 28, 6],
  ])('on %s: %i tỉnh and %i thành phố', (d, tinh, tp) => {
    expect(count(d, 'tỉnh')).toBe(tinh);
    expect(count(d, 'thành phố')).toBe(tp);
  });

  it('links every merger both ways', () => {
    for (const p of PROVINCES.filter((x) => x.mergedInto !== undefined)) {
      const into = on('2025-07-01').find((x) => x.name === p.mergedInto);
      expect(into?.mergedFrom, p.name).toContain(p.name);
      expect(p.validTo).toBe('2025-06-30');
    }
    for (const p of PROVINCES.filter((x) => x.mergedFrom !== undefined)) {
      for (const m of p.mergedFrom ?? []) expect(on('2025-06-30').map((x) => x.name), m).toContain(m);
    }
  });

  it('never gives one spelling to two different names', () => {
    const owner = new Map<string, string>();
    for (const p of PROVINCES) {
      for (const s of [p.name, ...p.aliases]) {
        const k = provinceKey(s);
        expect(owner.get(k) ?? p.name, s).toBe(p.name);
        owner.set(k, p.name);
      }
    }
  });
});

describe('schemas reject broken tables', () => {
  const entry = { name: 'Bộ Công an', level: 'central', relative: false, variants: [], examples: ['124/2021/TT-BCA'] };
  it.each([
    ['an NFD name', { BCA: { ...entry, name: 'Bộ Công an'.normalize('NFD') } }],
    ['a lower-case name', { BCA: { ...entry, name: 'bộ Công an' } }],
    ['an unknown field', { BCA: { ...entry, extra: 1 } }],
    ['a variant shared by two keys', { BCA: { ...entry, variants: ['X'] }, BQP: { ...entry, variants: ['X'] } }],
    ['a variant equal to a key', { BCA: { ...entry, variants: ['BQP'] }, BQP: entry }],
    ['a bad date', { BCA: { ...entry, validTo: '2025-02-30' } }],
    ['an example that is not a symbol', { BCA: { ...entry, examples: ['Bộ Công an'] } }],
  ])('issuer table with %s', (_why, table) => {
    expect(IssuerTableSchema.safeParse(table).success).toBe(false);
  });
  it('doc types without type words', () => {
    expect(DocTypeTableSchema.safeParse({ types: {}, typeWords: [] }).success).toBe(false);
  });
  it('a province of an unknown kind', () => {
    expect(ProvinceTableSchema.safeParse([{ name: 'Long An', kind: 'huyện' }]).success).toBe(false);
  });
});

describe('codes and abbreviations seen in real symbols and preambles', () => {
  it.each([
    ['15-HD/BTGDVTU', 'BTGDVTU'],
    ['05-HD/BDVHU', 'BDVHU'],
    ['215/KH-TTKSBT', 'TTKSBT'],
    ['1234/VPUBND-KT', 'VPUBND'],
    ['1234/QĐ-ĐHQGHN', 'ĐHQGHN'],
    ['183/2010/TTLT/BTC-BNN', 'BTC'],
  ])('%s → %s', (symbol, code) => {
    expect(issuersOfSymbol(symbol)[0]?.code).toBe(code);
  });
  it('"183/2010/TTLT/BTC-BNN" names both parties to the joint circular', () => {
    expect(issuersOfSymbol('183/2010/TTLT/BTC-BNN').map((i) => i.code)).toEqual(['BTC', 'BNNPTNT']);
  });
  it('"Bộ Nông nghiệp và PTNT", "Phòng TC-KH" are spelled out', async () => {
    const { expandAgencyAbbreviations } = await import('../../src/data/vi/index.js');
    expect(expandAgencyAbbreviations('Bộ Nông nghiệp và PTNT')).toBe('Bộ Nông nghiệp và Phát triển nông thôn');
    expect(expandAgencyAbbreviations('Phòng TC-KH huyện')).toBe('Phòng Tài chính - Kế hoạch huyện');
  });
});
