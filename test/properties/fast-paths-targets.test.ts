import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { wordStarts } from '../../src/grammar/vi/boundaries.js';
import { matchesAtLineStarts } from '../../src/grammar/vi/re.js';
import { fractionMatches, PATTERN as FRACTION } from '../../src/extract/targets/fraction.js';
import { GLUED_RANGE, gluedRanges } from '../../src/extract/targets/percent.js';
import { NUM_BARE, numberMatches, numberMatchesAll } from '../../src/extract/targets/number.js';
import { NUMBERED, TOP_HEADING } from '../../src/extract/targets/past.js';
import { headingLinesMatches } from '../../src/extract/targets/heading-lines.js';
import { TARGET_VERB } from '../../src/extract/targets/guards.js';
import { HEAD_WORD, INDICATOR } from '../../src/extract/targets/table.js';
import { caselessRegExp, hasRareFold } from '../../src/grammar/vi/deadlines-targets-caseless.js';

/*
 * The target extractor's fast paths against their plain definitions (see fast-paths.test.ts).
 */

const units = [...'aăâbcdđeêghiklmnoôơpqrstuưxyàáảãạếềểễệọụủứừựBANHÀNHĐUCAQĐKHIVXP0123456789/-–.,% \n\t\r'.split(''),
  '\u212A', '\u017F', 'ử', 'Ử', '\u00A0', '\u2028', '\u3000', '…', '𝐀', '\uD835', '\uDC00', '٣'];
const text = fc.string({ unit: fc.constantFrom(...units), maxLength: 200 });
const pieces = ['123,45-678,90 %', 'x123,45–678,90%', '2/3', '1 / 2', '2/ 10', '5/3/2024', '3/4', 'một nửa', 'Một  nửa', 'nửa', 'NỬA', 'một\tnửa', 'số', 'tổng số', 'xã', ' ', '  ', '\n', '\u00A0',
  '12-13%', '1,5–2,5 %', '5 - 10%', '95%', '%', '-', '/', '.', ',', 'x', 'đ', '01', '1.000', '2,5', '12345678901', 'mô hình', 'lớp', ' \t', '2.', '2. Tổ',
  'I. MỤC TIÊU', '  II) NỘI DUNG', 'PHẦN THỨ NHẤT', 'Phần thứ hai', 'A. Kết quả', '1. Kết quả đạt được', '12) x', 'V.', 'D.', 'E.', '\r\n', '\u2028'];
const pieceText = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join(''));
const spacedText = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join(' '));
// Built to match: fractions before "số", glued ranges of every length, counts with 1-4 spaces.
const digits = (min: number, max: number): fc.Arbitrary<string> => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
const space = fc.constantFrom('', ' ', '  ', '\t', '\u00A0', '\n');
const fraction = fc.tuple(fc.oneof(fc.tuple(digits(1, 2), space, fc.constantFrom('/', '-'), space, digits(1, 2)).map((a) => a.join('')),
  fc.constantFrom('nửa', 'một nửa', 'Một \t nửa', 'NỬA', 'một  nửa')), space, fc.constantFrom('số', 'tổng số', 'Số', 'sổ'), space, fc.constantFrom('xã', 'x', '1', ''))
  .map((a) => a.join(''));
const glued = fc.tuple(digits(1, 4), fc.constantFrom('', ',5', ',25', ',25', ',123'), fc.constantFrom('-', '–', ' - ', '/'), digits(1, 4), fc.constantFrom('', ',5', ',25', ',25', ',123'), fc.constantFrom('', ' ', '  '), fc.constantFrom('%', '', 'x'))
  .map((a) => a.join(''));
const count = fc.tuple(digits(1, 4), fc.constantFrom('', '.000', ',5', '.', ',', '.5.'), space, space, fc.constantFrom('mô hình', 'x', '1', '', 'Ý', '𝐀')).map((a) => a.join(''));
const built = fc.array(fc.oneof(fraction, glued, count, fc.constantFrom(...pieces)), { maxLength: 8 }).map((a) => a.join(''));
const anyText = fc.oneof(built, built, pieceText, spacedText, text, fc.array(fc.oneof(fc.constantFrom(...pieces), text), { maxLength: 6 }).map((a) => a.join('')));

const verbWords = ['xây dựng', 'XÂY  DỰNG', 'Tổ chức', 'thành lập', 'mở', 'Mở', 'đạt', 'phấn đấu', 'lựa chọn', 'tuyển sinh', 'tuyển', 'kết nạp', 'trồng', 'nhân rộng',
  'mỗi xã có', 'Mỗi trường tổ chức', 'mỗi huyện, xây dựng', 'tại', 'tại:', 'Tại :', 'mới', 'mô hình', 'x', ' ', '  ', ',', '.', '\n', '\u212A', '\u017F', 'ſ', 'İ', '1'];
const verbText = fc.array(fc.constantFrom(...verbWords), { maxLength: 12 }).map((a) => a.join(' '));

describe('target fast paths', () => {
  const { common, full } = caselessRegExp(TARGET_VERB);
  test.prop([fc.oneof(verbText, verbText, text)], { numRuns: 1500 })('TARGET_VERB without the i flag tests as TARGET_VERB', (t) => {
    expect(full.test(t)).toBe(TARGET_VERB.test(t));
    if (!hasRareFold(t)) expect(common.test(t)).toBe(TARGET_VERB.test(t));
  }, 60_000);
  const shape = (m: RegExpExecArray): unknown => [m.index, m[0], { ...m.groups }];
  test.prop([anyText], { numRuns: 1500 })('fractionMatches finds what wordStarts finds', (t) => {
    expect(fractionMatches(t).map(shape)).toEqual([...wordStarts(FRACTION, t, /[\p{L}\p{N}/.,-]/u)].map(shape));
  }, 60_000);
  test.prop([anyText], { numRuns: 1500 })('gluedRanges, tried before each "%", finds what the global scan finds', (t) => {
    expect(gluedRanges(t).map(shape)).toEqual([...t.matchAll(GLUED_RANGE)].map(shape));
  }, 60_000);
  test.prop([anyText], { numRuns: 1500 })('numberMatchesAll finds the matches numberMatches finds (in any order)', (t) => {
    const sticky = new RegExp(String.raw`${NUM_BARE}\s{1,3}(?<head>\p{L}+(?:\s+\p{L}+)?)`, 'yu');
    const byIndex = (a: RegExpExecArray, b: RegExpExecArray): number => a.index - b.index;
    expect(numberMatchesAll(sticky, t).sort(byIndex).map(shape)).toEqual([...numberMatches(new RegExp(sticky), t)].map(shape));
  }, 60_000);
  test.prop([anyText], { numRuns: 1500 })('headingLinesMatches finds what matchesAtLineStarts finds', (t) => {
    expect(headingLinesMatches(TOP_HEADING, t, false).map(shape)).toEqual(matchesAtLineStarts(TOP_HEADING, t).map(shape));
    expect(headingLinesMatches(NUMBERED, t, true).map(shape)).toEqual(matchesAtLineStarts(NUMBERED, t).map(shape));
  }, 60_000);
  // Table header cells in any case and spacing, among other cells.
  const cellWords = ['Chỉ tiêu', 'CHỈ TIÊU', 'chỉ  tiêu', 'Nội dung', 'NỘI DUNG CHỈ TIÊU', 'Tên chỉ tiêu', 'mục tiêu', 'Mục\u00A0tiêu', 'TT', 'Đơn vị', 'Kế hoạch 2018', 'chỉ', ' ', '', '\u3000', '\u212A', 'x'];
  const headText = fc.array(fc.tuple(fc.constantFrom(...cellWords), fc.constantFrom('\t', '\t', ' ', '\n', '  ')).map((a) => a.join('')), { maxLength: 8 }).map((a) => a.join(''));
  test.prop([fc.oneof(headText, headText, text)], { numRuns: 1500 })('a line with an INDICATOR cell has HEAD_WORD', (t) => {
    for (const line of t.split('\n')) if (line.split('\t').some((c) => INDICATOR.test(c.trim()))) expect(HEAD_WORD.test(line)).toBe(true);
  }, 60_000);
});
