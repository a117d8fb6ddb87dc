import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { normalize } from '../../src/normalize/index.js';

/*
 * Invariants of normalize(raw) = { text, map }:
 *   - it never throws; text is NFC; map.length === text.length;
 *   - toRawOffset is monotonic, lies in [0, raw.length], and toRawOffset(text.length) === raw.length
 *     (toRawOffset(0) is 0 unless raw starts with something removed: a BOM, "**", "# ");
 *   - an ASCII letter or digit maps onto itself in raw (or onto the letter it was the base of,
 *     when tone placement moved a tone: "oà" → "òa");
 *   - toRaw of a span holds toRaw of each of its characters, and its start/end are toRawOffset
 *     values of the span's ends, so a span of replaced text maps to all that it replaced;
 *   - normalize is idempotent on its own output.
 */

const vietnamese = ['Căn cứ', 'Kế hoạch', 'Đảng', 'Ủy ban', 'Uỷ ban', 'hoà', 'Hoà', 'HOÀ', 'khoẻ', 'thuỷ', 'quý', 'quỷ', 'hoàn', 'thuyền', 'Tổ quốc', 'an ninh', 'xây dựng', 'phong trào', 'ngày', 'tháng', 'năm', 'Số:', 'Kính gửi:', 'Nơi nhận:', 'KẾ HOẠCH', 'I. MỤC ĐÍCH', 'V/v', 'Thủ Thừa, ngày', 'gửi', 'Việt'];
const symbols = ['586 /UBND-NCTCD', '04/CT-BCA- V28', '124/ 2021/TT-BCA', '51- NQ/TW', '3560/KH -SGDĐT', 'Số: /KH-SGDĐT', '2021 - 2025', '19/8/2005 - 19/8/2023', 'Độc lập - Tự do', '06/2008/CT-TTg'];
const marks = ['\r\n', '\r', '\n', '\n\n', ' \n\n', '\u2028', '\t', ' ', '  ', '\u00A0', '\u3000', '\u200B', '\uFEFF', '\u00AD', '\u0300', '\u0301', '\u0303', '\u0306', '\u0309', '\u0323', '\u031B', '\u0302'];
const markup = ['**', '*', '__', '_', '***', '# ', '## ', '\\-', '\\.', '\\*', '\\', '- ', '* ', '1. ', 'a) ', 'II. ', '•'];
const punctuation = ['–', '—', '\u2212', '“', '”', '‘', '’', '«', '»', '\u2044', '\uFF0F', '…', '.', ',', ';', ':', './.', '(', ')', '"', 'Ð', 'ð'];

const nfdMaybe = (s: string): fc.Arbitrary<string> => fc.constantFrom(s, s.normalize('NFD'));
const word = fc.constantFrom(...vietnamese).chain(nfdMaybe);
const piece = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 2, arbitrary: fc.constantFrom(...symbols) },
  { weight: 3, arbitrary: fc.constantFrom(...marks) },
  { weight: 2, arbitrary: fc.constantFrom(...markup) },
  { weight: 2, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z0-9]{1,6}$/) },
);
/** Document-like strings: Vietnamese words (NFC or NFD), symbols, line breaks, markup, odd spaces. */
const docText = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));
/** Anything at all, including lone surrogates. */
const anyText = fc.oneof(docText, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

const params = { numRuns: Number(process.env['FC_RUNS'] ?? 400) };

describe('normalize: properties', () => {
  test.prop([anyText], params)('never throws; text is NFC; map covers text', (raw) => {
    const n = normalize(raw);
    expect(n.raw).toBe(raw);
    expect(n.text.normalize('NFC')).toBe(n.text);
    expect(n.map.length).toBe(n.text.length);
  });

  test.prop([anyText], params)('toRawOffset is monotonic, in range, and ends at raw.length', (raw) => {
    const { text, map } = normalize(raw);
    let prev = map.toRawOffset(0);
    expect(prev).toBeGreaterThanOrEqual(0);
    if (/^[A-Za-z0-9]/u.test(raw)) expect(prev).toBe(0);
    for (let i = 1; i <= text.length; i++) {
      const o = map.toRawOffset(i);
      expect(o).toBeGreaterThanOrEqual(prev);
      expect(o).toBeLessThanOrEqual(raw.length);
      prev = o;
    }
    expect(map.toRawOffset(text.length)).toBe(raw.length);
  });

  test.prop([anyText], params)('ASCII letters and digits map onto themselves', (raw) => {
    const { text, map } = normalize(raw);
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] ?? '';
      if (!/[A-Za-z0-9]/u.test(ch)) continue;
      const at = map.toRawOffset(i);
      // The raw unit is the same letter, or carries it as its base ("à" for the "a" of "òa").
      expect((raw[at] ?? '').normalize('NFD').startsWith(ch), `text[${i}] = ${ch}, raw[${at}] = ${raw[at]}`).toBe(true);
      expect(map.toRaw({ start: i, end: i + 1 }).start).toBe(at);
    }
  });

  test.prop([docText, fc.nat(), fc.nat()], params)('a span maps to a raw span holding each of its characters', (raw, a, b) => {
    const { text, map } = normalize(raw);
    const len = text.length;
    const start = len === 0 ? 0 : a % (len + 1);
    const end = start + (len === 0 ? 0 : b % (len - start + 1));
    const s = map.toRaw({ start, end });
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(s.start).toBe(map.toRawOffset(start));
    expect(s.end).toBeLessThanOrEqual(raw.length);
    for (let k = start; k < end; k++) {
      const c = map.toRaw({ start: k, end: k + 1 });
      expect(c.start).toBeGreaterThanOrEqual(s.start);
      expect(c.end).toBeLessThanOrEqual(s.end);
      expect(c.end).toBeGreaterThan(c.start); // every character came from something
    }
  });

  test.prop([docText], params)('is idempotent', (raw) => {
    const once = normalize(raw).text;
    expect(normalize(once).text).toBe(once);
  });

  test.prop([fc.array(word, { minLength: 1, maxLength: 12 })], params)('plain NFC words pass through unchanged', (words) => {
    const raw = words.map((w) => w.normalize('NFC')).join(' ');
    const n = normalize(raw);
    expect(n.text.length).toBe(raw.length);
  });
});
