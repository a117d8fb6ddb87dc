import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Edit, StepResult } from '../../src/normalize/edits.js';
import { fromEdits } from '../../src/normalize/edits.js';
import { normalize, normalizeWithoutUnitScan, type NormalizeOptions } from '../../src/normalize/index.js';
import { cleanCharacters, composeNfc, composeNfcTelling } from '../../src/normalize/nfc.js';
import { unifyNewlines } from '../../src/normalize/newlines.js';
import { unifySpaces } from '../../src/normalize/spaces.js';
import { unifyPunctuation } from '../../src/normalize/punctuation.js';
import { spacedSeparatorFrom, tightenSymbols } from '../../src/normalize/symbol-spacing.js';
import { splitGlued, splitGluedWords } from '../../src/normalize/glued-words.js';
import { placeTonesNewStyle } from '../../src/normalize/tone-placement.js';
import { stripEmphasis } from '../../src/normalize/markdown.js';
import { endsWithAny } from '../../src/grammar/vi/boundaries.js';
import { continuesSentence, endsOnMottoWord, hasLower, isPlaceDate, joinLines, twoColumns, type Logical } from '../../src/normalize/line-joins.js';
import { hasSplitCentury } from '../../src/normalize/split-years.js';
import { hasLostMotto } from '../../src/normalize/lost-hyphens.js';
import { readDigitLookAlikes } from '../../src/normalize/digit-lookalikes.js';
import { CLEAN, cleanAt, NEWLINE, newlinesAt, NOT_NFC, PUNCTUATION, punctuationAt, SCAN_PATTERNS, scanUnits, SPACE, spacesAt, UNIT_CLASS } from '../../src/normalize/_units.js';

/*
 * The fast paths of normalize against their plain definitions: composeNfc's cluster scan against
 * the loop over every code point, the one scan for units against the four steps' own patterns,
 * and normalize with that scan against normalize without it.
 */

const FC_RUNS = Number(process.env['FC_RUNS'] ?? 400);
// Runs of several thousand (FC_RUNS=4000) take longer than vitest's default 5 s on a shared machine.
const LONG = 120_000;

// Letters, Vietnamese in NFC and NFD, marks (astral ones too), jamo, singletons NFC changes,
// every class of replaced unit, markup, lone surrogates.
const pieces = [
  'a', 'A', 'o', 'u', 'y', 'Đ', 'đ', ' ', '  ', '\n', '\n\n', '\t', '.', ',', '/', '-', '*', '**', '_', '#', '\\', '|', '1', '2021',
  'Căn cứ', 'Căn cứ'.normalize('NFD'), 'Việt', 'Việt'.normalize('NFD'), 'hoà', 'hoà'.normalize('NFD'), 'Uỷ ban', 'KẾ HOẠCH'.normalize('NFD'),
  '\u0300', '\u0301', '\u0302', '\u0303', '\u0309', '\u0323', '\u031B', '\u0306', '\u0340', '\u0344', '\uD834\uDD65', '\uD834\uDD5E',
  '\u1100', '\u1161', '\u11A8', '\uAC00', '\uD7B0', '\u2000', '\u2001', '\u212B', '\u2126', '\u037E', '\u0387', '\u1F71', '\uF900', '\u0344',
  '\r\n', '\r', '\u2028', '\u2029', '\u00D0', '\u00F0', '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF',
  '\u00A0', '\u2002', '\u200A', '\u202F', '\u205F', '\u3000', '\u2013', '\u2014', '\u2212', '\uFF0D', '\u201C', '\u201D', '\u00AB', '\u00BB',
  '\u2018', '\u2019', '\u2032', '\u2033', '\u2044', '\u2215', '\uFF0F', '…', '•', '°', 'é', 'e\u0301', 'ß', 'Ω', '中', '\uD835', '\uDC00', '𝐀',
  '586 /UBND', 'Số:', '\\r\\n', '| ', 'ngày 16/7/20 21', 'Độc lập Tự do Hạnh phúc', '1961/QĐUBND', 'BANHÀNH', 'vàcác',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

// composeNfc as it was written first: every code point of a line not already NFC tested.
const ATTACHES = /^[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]$/u;
function composeLineReference(input: string, from: number, to: number, edits: Edit[]): void {
  const line = input.slice(from, to);
  const target = line.normalize('NFC');
  if (target === line) return;
  const local: Edit[] = [];
  let clusterStart = 0;
  const flush = (end: number): void => {
    if (end <= clusterStart) return;
    const cluster = line.slice(clusterStart, end);
    const composed = cluster.normalize('NFC');
    if (composed !== cluster) local.push({ start: from + clusterStart, end: from + end, insert: composed });
  };
  let i = 0;
  for (const ch of line) {
    if (i > 0 && !ATTACHES.test(ch)) {
      flush(i);
      clusterStart = i;
    }
    i += ch.length;
  }
  flush(line.length);
  let at = from;
  const rebuilt: string[] = [];
  for (const e of local) {
    rebuilt.push(input.slice(at, e.start), e.insert);
    at = e.end;
  }
  rebuilt.push(input.slice(at, to));
  if (rebuilt.join('') === target) edits.push(...local);
  else edits.push({ start: from, end: to, insert: target });
}
function composeNfcReference(input: string): StepResult {
  if (input.normalize('NFC') === input) return { text: input, edits: [] };
  const edits: Edit[] = [];
  let from = 0;
  while (from <= input.length) {
    const nl = input.indexOf('\n', from);
    const to = nl === -1 ? input.length : nl;
    composeLineReference(input, from, to, edits);
    if (nl === -1) break;
    from = nl + 1;
  }
  return fromEdits(input, edits);
}

const STEPS = [
  [NEWLINE, unifyNewlines, newlinesAt],
  [CLEAN, cleanCharacters, cleanAt],
  [SPACE, unifySpaces, spacesAt],
  [PUNCTUATION, unifyPunctuation, punctuationAt],
] as const;

/** Every offset of `t` whose unit has `bit`. */
const offsetsOf = (t: string, bit: number): number[] => [...Array(t.length).keys()].filter((i) => (UNIT_CLASS[t.charCodeAt(i)]! & bit) !== 0);

describe('normalize fast paths', () => {
  test.prop([text], { numRuns: FC_RUNS * 2 })('composeNfc gives what the loop over every code point gives', (t) => {
    expect(composeNfc(t)).toEqual(composeNfcReference(t));
  }, LONG);

  test.prop([text], { numRuns: FC_RUNS * 2 })('composeNfc tells rightly whether its output holds no unit NFC may change', (t) => {
    const { out, notPlainLeft } = composeNfcTelling(t);
    // It may say "left" when none is (a coarse line edit), never the reverse.
    if (!notPlainLeft) expect(/[^\u0000-\u02FF\u1E00-\u1EFF\u2010-\u2027]/.test(out.text)).toBe(false);
    else expect(/[^\u0000-\u02FF\u1E00-\u1EFF\u2010-\u2027]/.test(out.text) || out.edits.some((e) => e.end - e.start > 0)).toBe(true);
  }, LONG);

  it('composeNfc handles clusters at line starts, astral marks and lines NFC changes as a whole', () => {
    for (const t of ['\u0301a\u0301\nb', 'a\uD834\uDD65\u0301', '\u1100\u1161\u11A8x\n\u1161', 'e\u0301\u0301\u0323', 'a\uD834\uDD5E\u0301', '\u212B\u0301', '\n\n\u0344', 'x\uFEFF\u0301']) {
      expect(composeNfc(t)).toEqual(composeNfcReference(t));
    }
  });

  it('a unit has a class exactly when its step changes it, or NFC may', () => {
    const NOT_PLAINLY_NFC = /[^\u0000-\u02FF\u1E00-\u1EFF\u2010-\u2027]/;
    const wrong: string[] = [];
    for (let u = 0; u < 0x10000; u++) {
      const c = String.fromCharCode(u);
      const cls = UNIT_CLASS[u]!;
      for (const [bit, step] of STEPS) if ((step(`ab${c}`).edits.length > 0) !== ((cls & bit) !== 0)) wrong.push(`${u.toString(16)}:${bit}`);
      if (NOT_PLAINLY_NFC.test(c) !== ((cls & NOT_NFC) !== 0)) wrong.push(`${u.toString(16)}:nfc`);
      // The scan's patterns see every classed unit.
      SCAN_PATTERNS.ANY_CLASS.lastIndex = 0;
      if (cls !== 0 && !SCAN_PATTERNS.ANY_CLASS.test(c)) wrong.push(`${u.toString(16)}:any`);
      SCAN_PATTERNS.ANY_REPLACED.lastIndex = 0;
      if ((cls & ~NOT_NFC) !== 0 && !SCAN_PATTERNS.ANY_REPLACED.test(c)) wrong.push(`${u.toString(16)}:replaced`);
    }
    SCAN_PATTERNS.ANY_CLASS.lastIndex = 0;
    SCAN_PATTERNS.ANY_REPLACED.lastIndex = 0;
    expect(wrong).toEqual([]);
  });

  test.prop([text], { numRuns: FC_RUNS * 2 })('scanUnits finds every unit of every class', (t) => {
    const units = scanUnits(t);
    let flags = 0;
    for (let i = 0; i < t.length; i++) flags |= UNIT_CLASS[t.charCodeAt(i)]!;
    expect(units.flags).toBe(flags);
    for (const [bit] of STEPS) expect(units.at.get(bit)).toEqual(offsetsOf(t, bit));
  }, LONG);

  test.prop([text], { numRuns: FC_RUNS * 2 })('a step made at the positions of its units gives what its pattern gives', (t) => {
    for (const [bit, step, at] of STEPS) expect(at(t, offsetsOf(t, bit))).toEqual(step(t));
  }, LONG);

  const options = fc.constantFrom<NormalizeOptions>({}, { stripMarkdown: false }, { joinLines: false }, { ocrRegions: [{ start: 0, end: 30 }] });
  test.prop([text, options], { numRuns: FC_RUNS })('normalize gives with its scan for units what it gives without', (t, opts) => {
    const a = normalize(t, opts);
    const b = normalizeWithoutUnitScan(t, opts);
    expect(a.text).toBe(b.text);
    expect(a.messages).toEqual(b.messages);
    expect(a.ocrRepairs).toEqual(b.ocrRepairs);
    for (let i = 0; i <= a.text.length; i++) {
      expect(a.map.toRawOffset(i)).toBe(b.map.toRawOffset(i));
      for (const j of [i + 1, i + 3]) if (j <= a.text.length) expect(a.map.toRaw({ start: i, end: j })).toEqual(b.map.toRaw({ start: i, end: j }));
    }
  }, LONG);

  // Dates with split years, the motto with and without its hyphens, escaped breaks.
  const literalText = fc.oneof(text, fc.array(fc.constantFrom('19', '20', ' ', '21', '2', '1', '0', '9', 'x', '/', 'năm ', 'Độc', 'ĐỘC', ' lập', ' LẬP', '  Tự do', ' TỰ DO', ' Hạnh phúc', ' HẠNH PHÚC', '-', '\\', 'n', 'r', '\\r\\n'), { maxLength: 30 }).map((a) => a.join('')));
  test.prop([literalText], { numRuns: FC_RUNS * 2 })('the literal searches before a pattern find what the pattern finds', (t) => {
    expect(hasSplitCentury(t)).toBe(/(?:19|20) \d\d/u.test(t));
    expect(hasLostMotto(t)).toBe(/Độc\s+lập\s+Tự\s+do\s+Hạnh\s+phúc|ĐỘC\s+LẬP\s+TỰ\s+DO\s+HẠNH\s+PHÚC/u.test(t));
    expect(t.includes('\\n')).toBe(/\\r\\n|\\n/u.test(t));
    expect(t.includes('*') || t.includes('_') || !/[*_]\S/u.test(t)).toBe(true);
  }, LONG);
  it('the literal searches find the motto that lost its hyphens and split years', () => {
    expect(hasLostMotto('x Độc lập  Tự do  Hạnh phúc')).toBe(true);
    expect(hasLostMotto('ĐỘC LẬP - TỰ DO; ĐỘC LẬP TỰ\nDO HẠNH  PHÚC')).toBe(true);
    expect(hasLostMotto('Độc lập - Tự do - Hạnh phúc')).toBe(false);
    expect(hasSplitCentury('ngày 16/7/20 21')).toBe(true);
    expect(hasSplitCentury('năm 20 2x; 19 9')).toBe(false);
  });
  const spacedText = fc.oneof(text, fc.array(fc.constantFrom(' ', '/', '-', ' /', '/ ', ' - ', 'a', '1', '586', 'UBND', 'KH', '2021', '\n'), { maxLength: 30 }).map((a) => a.join('')));
  test.prop([spacedText, fc.nat()], { numRuns: FC_RUNS * 2 })('spacedSeparatorFrom finds what /[/-] | [/-]/g finds', (t, n) => {
    const at = n % (t.length + 1);
    const re = /[/-] | [/-]/g;
    re.lastIndex = at;
    expect(spacedSeparatorFrom(t, at)).toBe(re.test(t) ? re.lastIndex - 2 : Infinity);
  }, LONG);
  const farText = fc.array(fc.constantFrom(' ', '/', '-', ' /', '/ ', ' - ', 'a', '1', '586', '12345', 'UBND', 'KH', 'x'.repeat(20), 'A'.repeat(19), '2021', '\n'), { maxLength: 40 }).map((a) => a.join(''));
  // A symbol whose spaced separator is near the farthest a number can look ahead to.
  const farSymbol = fc.tuple(fc.constantFrom('', 'a ', '1 ', '12 /'), fc.constantFrom('1', '12', '12345', '123456'), fc.constantFrom('/', '-', ''), fc.oneof(fc.integer({ min: 0, max: 46 }), fc.integer({ min: 30, max: 42 })), fc.constantFrom(' /', '  /', '/ ', ' - ', '- ', ' -'), fc.constantFrom('UBND', 'ubnd', '2021', 'X'))
    .map(([pre, num, sep, n, spaced, code]) => `${pre}${num}${sep}${'A'.repeat(n)}${spaced}${code}`);
  test.prop([fc.oneof(spacedText, farText, farSymbol, farSymbol)], { numRuns: FC_RUNS * 2 })('tightenSymbols jumps only over numbers out of reach of a spaced separator', (t) => {
    expect(tightenSymbols(t)).toEqual(tightenSymbols(t, false));
  }, LONG);
  it('tightenSymbols still reads a symbol at the farthest reach after a number out of reach', () => {
    const t = `1 12345/${'A'.repeat(39)}  /UBND`;
    expect(tightenSymbols(t).edits).toEqual([{ start: 47, end: 49, insert: '' }]);
  });
  // stripEmphasis as first written: the global pattern from where the last match ended.
  function stripEmphasisReference(input: string): StepResult {
    const EMPHASIS = /(?<![\\*_\p{L}\p{N}\p{M}])(\*{1,3}|_{1,3})(?![\s*_)\]])([^]{1,2000}?)(?<![\s\\*_(\[])\1(?![*_\p{L}\p{N}\p{M}])/gu;
    if (!/[*_]\S/u.test(input)) return { text: input, edits: [] };
    const edits: Edit[] = [];
    for (let m = EMPHASIS.exec(input); m; m = EMPHASIS.exec(input)) {
      const marker = m[1] ?? '';
      const inner = m[2] ?? '';
      if (inner.includes(marker)) {
        EMPHASIS.lastIndex = m.index + marker.length;
        continue;
      }
      edits.push({ start: m.index, end: m.index + marker.length, insert: '' });
      const close = m.index + marker.length + inner.length;
      edits.push({ start: close, end: close + marker.length, insert: '' });
    }
    return fromEdits(input, edits);
  }
  const emphasisText = fc.oneof(text, fc.array(fc.constantFrom('*', '**', '***', '_', '__', ' ', 'a', 'Đ', '1', '\n', '\\', '(', ')', '[', ']', '\u0301', 'KẾ HOẠCH', '* '), { maxLength: 30 }).map((a) => a.join('')));
  test.prop([emphasisText], { numRuns: FC_RUNS * 2 })('stripEmphasis tries its pattern only on markers, finding what the global pattern finds', (t) => {
    expect(stripEmphasis(t)).toEqual(stripEmphasisReference(t));
  }, LONG);
  const lineText = fc.oneof(text, fc.array(fc.constantFrom('KẾ HOẠCH', 'QUYẾT ĐỊNH', 'Hà Nội', ', ', ',', 'ngày', ' ngày 5', 'Số', 'a', 'A', 'Ủ', 'ủ', '\t', '    ', '   ', ' ', 'x', '𝐀', '𝐚', '\uD835', 'ǅ', '.', '\n', '\n\n', 'CỦA', 'của', '1.', '- '), { maxLength: 30 }).map((a) => a.join('')));
  test.prop([lineText], { numRuns: FC_RUNS * 2 })('the line tests of joinLines find what their patterns find', (t) => {
    expect(hasLower(t)).toBe(/\p{Ll}/u.test(t));
    expect(isPlaceDate(t)).toBe(/^\p{Lu}[^,\n]{0,40},\s*ngày(?:\s|$)/u.test(t));
    expect(twoColumns(t)).toBe(/\S(?:\t|[ ]{4,})\S/u.test(t));
    expect(twoColumns(t)).toBe(/\S(?:\t|[ ]{4,})\S/u.test(t));
    for (const end of ['', ' do', 'Do ', 'phúc\t', 'NAM\u00A0', 'Nam\u3000']) expect(endsOnMottoWord(t + end)).toBe(endsWithAny(t + end, ['do', 'Do', 'DO', 'phúc', 'Phúc', 'PHÚC', 'Nam', 'NAM']));
  }, LONG);
  // joinLines deciding every break on a fresh logical line (no remembered caps).
  function joinLinesReference(input: string): StepResult {
    const isCapsText = (s: string): boolean => !/\p{Ll}/u.test(s) && /\p{Lu}.*?\p{Lu}/u.test(s);
    const LIST_ITEM = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][).]|[IVXLC]+\.|[-+•·*–])(?:\s|$)/u;
    const edits: Edit[] = [];
    let cur = null as Logical | null;
    let curEnd = 0;
    let blanks = 0;
    let from = 0;
    if (!input.includes('\n')) return { text: input, edits: [] };
    for (;;) {
      const nl = input.indexOf('\n', from);
      const to = nl === -1 ? input.length : nl;
      let a = from;
      let b = to;
      while (a < b && (input[a] === ' ' || input[a] === '\t')) a++;
      while (b > a && (input[b - 1] === ' ' || input[b - 1] === '\t')) b--;
      const line = input.slice(a, b);
      if (line.length === 0) blanks++;
      else {
        const prev: Logical | null = cur;
        if (prev !== null && continuesSentence({ first: prev.first, last: prev.last, text: prev.text, afterHeading: prev.afterHeading }, line, blanks)) {
          edits.push({ start: curEnd, end: a, insert: ' ' });
          cur = { first: prev.first, last: line, text: `${prev.text} ${line}`, afterHeading: prev.afterHeading };
        } else {
          const afterHeading: boolean = prev !== null && isCapsText(prev.text) && !LIST_ITEM.test(line);
          cur = { first: line, last: line, text: line, afterHeading };
        }
        curEnd = b;
        blanks = 0;
      }
      if (nl === -1) break;
      from = nl + 1;
    }
    return fromEdits(input, edits);
  }
  const linesText = fc.array(fc.oneof(lineText, fc.constantFrom('ỦY', 'BAN NHÂN DÂN', 'Hưng', 'Yên, ngày 18 tháng 02 năm 2022', 'CHỐNG DỊCH, ', 'của Ban', 'Thường vụ', 'Căn cứ Luật', 'I. MỤC ĐÍCH', 'Độc lập - Tự do', 'x'.repeat(60))), { maxLength: 12 }).map((a) => a.join('\n'));
  test.prop([linesText], { numRuns: FC_RUNS * 2 })('joinLines remembering a logical line is not in capitals decides as on a fresh one', (t) => {
    expect(joinLines(t)).toEqual(joinLinesReference(t));
  }, LONG);
  // splitGluedWords as its definition reads: every run of letters judged.
  function gluedReference(input: string): Edit[] {
    const edits: Edit[] = [];
    for (const m of input.matchAll(/\p{L}{5,}/gu)) {
      const word = m[0];
      if (!/[^\x00-\x7F]/u.test(word)) continue;
      const caps = !/\p{Ll}/u.test(word);
      if (caps && !/[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]/u.test(word)) continue;
      if (caps && (/[/-]/u.test(input[m.index - 1] ?? '') || /[/-]/u.test(input[m.index + word.length] ?? ''))) continue;
      const placed = placeTonesNewStyle(word).text;
      for (const c of splitGlued(placed.length === word.length ? placed : word) ?? []) edits.push({ start: m.index + c - 1, end: m.index + c, insert: `${word[c - 1] ?? ''} ` });
    }
    return edits;
  }
  const gluedText = fc.oneof(text, fc.array(fc.constantFrom('BANHÀNH', 'Kếhoạch', 'theoQuyết', 'KH/ĐUCA', 'QĐ-UBND', 'vàcác', 'ahoạtđộng', 'ĐUỷ', 'người', 'trường', ' ', '\n', '/', '-', '…', '\u0301', '𝐀', '\uD835', 'ª', 'comité', 'année', 'x'), { maxLength: 20 }).map((a) => a.join('')));
  test.prop([gluedText], { numRuns: FC_RUNS * 2 })('splitGluedWords judges the runs of letters its definition judges', (t) => {
    expect(splitGluedWords(t).edits).toEqual(gluedReference(t));
  }, LONG);

  // Symbols and dates with look-alikes, and text around them that has none.
  const lookToken = fc.string({ unit: fc.constantFrom('1', '0', '9', 'O', 'o', 'l', 'I'), minLength: 1, maxLength: 5 });
  const lookText = fc.array(fc.oneof(lookToken, lookToken, fc.constantFrom('/', '/', 'QĐ', '-', 'UBND', ' ', '\n', 'năm', 'CO2', 'H2O', 'Hoà', 'x', '.', '𝐀')), { maxLength: 16 }).map((a) => a.join(''));
  test.prop([fc.oneof(lookText, text)], { numRuns: FC_RUNS * 2 })('digit look-alikes: the "/" pre-test skips only texts the scan leaves as they are', (t) => {
    expect(readDigitLookAlikes(t)).toEqual(readDigitLookAlikes(t, false));
  }, LONG);
});
