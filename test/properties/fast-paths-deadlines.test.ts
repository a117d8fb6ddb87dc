import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { caseless, caselessRegExp, caseVariants, hasRareFold, leadScan, nextMatch } from '../../src/grammar/vi/deadlines-targets-caseless.js';
import { clean, RECIPIENT, REQUEST } from '../../src/extract/deadlines/roles.js';
import { OBLIGATION } from '../../src/extract/deadlines/fragments.js';
import { wordStarts } from '../../src/grammar/vi/boundaries.js';
import { cueIndex, matchesAt, RULE_WORDS, saysOnce, stickyOf, type CueRule } from '../../src/extract/deadlines/cue-index.js';
import { cueWordStarts, FIRST_WORDS, ONCE, ONCE_FIRST_WORDS } from '../../src/extract/deadlines/cue-words.js';
import { PATTERN as CUE_DATE } from '../../src/extract/deadlines/cue-date.js';
import { PATTERN as YEAR } from '../../src/extract/deadlines/year.js';
import { PATTERN as PERIOD } from '../../src/extract/deadlines/period.js';
import { PATTERN as RANGE } from '../../src/extract/deadlines/range.js';
import { PATTERN as RECURRING } from '../../src/extract/deadlines/recurring.js';
import { ANCHOR, anchorsAt } from '../../src/extract/deadlines/quarter-day.js';

/*
 * The deadline extractor's fast paths against their plain definitions (see fast-paths.test.ts).
 */

// Letters of several scripts, the characters that fold across blocks (Kelvin sign, long s, dotted I), marks, surrogates.
const units = [...'aăâbcdđeêghiklmnoôơpqrstuưxyàáảãạếềểễệọụủứừựầẦộỘBANHÀNHĐUCAQĐKH0123456789/-., \n\t'.split(''),
  '\u212A', '\u017F', '\u0130', '\u0131', 'ß', 'ẞ', 'Ω', 'я', '\u0301', '\u00A0', '…', '–', '𝐀', '\uD835', '\uDC00'];
const text = fc.string({ unit: fc.constantFrom(...units), maxLength: 200 });
const words = ['trước', 'Trước', 'TRƯỚC', 'trưóc', 'truớc', 'truoc', 'một lần', 'Một  Lần', 'mỗi', 'sáu', 'chậm nhất', 'Chậm  nhất là', 'muộn nhất',
  'không muộn hơn', '\u212Ahông chậm hơn', 'hạn chót:', 'Thời hạn nộp:', 'thời gian hoàn thành là', 'đến hết', 'Đến', 'trong', 'vào', 'cuối', 'hết',
  'từ', 'hằng', 'Hàng', 'định kỳ', 'báo cáo', 'ngày', 'tháng', 'quý', 'năm', 'II', 'IV', '6', '15/12', '30/6/2024', '05', '2025', '12', 'x', 'a',
  ' ', '  ', ',', 'và', '\n', '(', ')', ':', 'tháng cuối quý', 'Tháng  cuối của quý', 'THÁNG CUỐI HẰNG QUÝ', 'lần', 'ầ', '\u017F', 'İ'];
const deadlineText = fc.array(fc.constantFrom(...words), { maxLength: 24 }).map((a) => a.join(' ').replace(/ {3}/gu, ''));
// Whole phrases each rule reads, in any case, glued to letters or not.
const phrases = ['từ ngày 01/10 đến ngày 15/10/2023', 'trong thời gian từ 5/3 đến hết 10/3', 'trước ngày 20 tháng cuối quý', 'chậm nhất ngày 25 của tháng cuối mỗi quý',
  'hằng năm', 'hàng quý', 'định kỳ 6 tháng, 1 năm', 'định kì hằng năm', 'báo cáo 6 tháng, năm', 'báo cáo tháng', '6 tháng một lần', 'mỗi quý một lần',
  'trong tháng 12/2023', 'trước quý IV/2024', 'trong 6 tháng đầu năm 2024', 'đến hết năm 2025', 'vào cuối năm 2023', 'đến cuối năm 2024',
  'chậm nhất là ngày 20/10/2022', 'hạn chót: 15 tháng 6 năm 2022', 'Thời gian thực hiện: tháng 5/2024', 'thời hạn nộp hồ sơ: ngày 5/6/2024',
  'không muộn hơn ngày 1/2', 'muộn nhất vào 17 giờ ngày 15/12', 'trưóc 30/6 và 15/12', 'đến ngày 3/4/2024', 'trong ngày 20/10', 'hết quý III năm 2024'];
const cased = fc.tuple(fc.constantFrom(...phrases), fc.constantFrom('lower', 'upper', 'title', 'same')).map(([p, c]) =>
  c === 'upper' ? p.toUpperCase() : c === 'title' ? p.replace(/(^|\s)(\p{L})/gu, (_, s: string, l: string) => s + l.toUpperCase()) : p);
const phraseText = fc.array(fc.oneof(cased, cased, fc.constantFrom(...words)), { maxLength: 8 }).map((a) => a.join(' '));
const anyText = fc.oneof(deadlineText, phraseText, phraseText, text, fc.array(fc.oneof(cased, fc.constantFrom(...words), text), { maxLength: 6 }).map((a) => a.join('')));

const scanAll = (re: RegExp, t: string): number[] => {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: number[] = [];
  for (let m = g.exec(t); m; m = g.exec(t)) {
    out.push(m.index);
    g.lastIndex = m.index + 1;
  }
  return out;
};

describe('deadline fast paths', () => {
  it('caseVariants lists every BMP unit that matches a Vietnamese letter under the iu flags', () => {
    const letters = [...new Set([...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵfjwz'])];
    for (const x of [...letters, ...letters.map((l) => l.toUpperCase())]) {
      const re = new RegExp(`^${x}$`, 'iu');
      const hits: string[] = [];
      for (let c = 0; c < 0x10000; c++) if (re.test(String.fromCharCode(c))) hits.push(String.fromCharCode(c));
      expect([...caseVariants(x)].sort()).toEqual(hits.sort());
      expect(hits.filter((h) => !caseVariants(x, false).includes(h)).every((h) => hasRareFold(h))).toBe(true);
    }
  }, 60_000);
  const sources = [FIRST_WORDS, ONCE, ONCE_FIRST_WORDS, ANCHOR, CUE_DATE, YEAR, PERIOD, RANGE, RECURRING];
  test.prop([anyText], { numRuns: 500 })('a caseless pattern matches where its iu original does', (t) => {
    for (const re of sources) {
      const { common, full } = caselessRegExp(re);
      const want = scanAll(re, t);
      expect(scanAll(full, t)).toEqual(want);
      if (!hasRareFold(t)) expect(scanAll(common, t)).toEqual(want);
    }
  }, 60_000);
  it('caseless copies escapes and group names, and refuses what it cannot rewrite', () => {
    expect(caseless(String.raw`(?<cue>trước)\s{1,3}\p{L}[^\d:;.\n]\k<cue>`)).toBe(String.raw`(?<cue>[tT][rR][ưƯ][ớỚ][cC])\s{1,3}[\p{L}\u0345][^\d:;.\n]\k<cue>`);
    // Under 'iu', \p{L} also takes U+0345 (it folds to ι); the copy says so, in and out of classes.
    expect(caseless(String.raw`(?<![\p{L}\p{N}])`)).toBe(String.raw`(?<![\p{L}\u0345\p{N}])`);
    expect(() => caseless(String.raw`\P{L}`)).toThrow();
    expect(() => caseless(String.raw`\w`)).toThrow();
    expect(() => caseless(String.raw`\p{Lu}`)).toThrow();
    expect(() => caseless('[a-z]')).toThrow();
    expect(caseless('[0-9-]')).toBe('[0-9-]');
  });
  const rules: Record<CueRule, RegExp> = { cueDate: CUE_DATE, year: YEAR, period: PERIOD, range: RANGE, recurring: RECURRING };
  const stickies = Object.fromEntries(Object.entries(rules).map(([rule, re]) => [rule, stickyOf(re)]));
  test.prop([anyText], { numRuns: 800 })('each rule, tried at its own cue words, finds what wordStarts finds', (t) => {
    const shape = (m: RegExpExecArray): unknown => [m.index, m[0], { ...m.groups }];
    const idx = cueIndex(t);
    for (const [rule, re] of Object.entries(rules) as [CueRule, RegExp][]) {
      expect(matchesAt(stickies[rule]!, t, idx[rule], idx.rare).map(shape)).toEqual([...wordStarts(re, t)].map(shape));
    }
  }, 60_000);
  test.prop([anyText], { numRuns: 800 })('cueIndex holds the word starts of cueWordStarts, each under the rules of its word', (t) => {
    const idx = cueIndex(t);
    const atStart = (i: number): boolean => i === 0 || !/[\p{L}\p{N}]/u.test(t[i - 1]!);
    const first = new RegExp(FIRST_WORDS.source, 'iuy');
    for (const [rule, ws] of Object.entries(RULE_WORDS) as [CueRule, string[]][]) {
      const want = cueWordStarts(t).filter((i) => {
        if (!atStart(i)) return false;
        first.lastIndex = i;
        const w = first.exec(t)?.[0];
        if (w !== undefined) return ws.some((x) => new RegExp(`^${x}$`, 'iu').test(w));
        return rule === 'recurring'; // a word of "6 tháng một lần"
      });
      expect(idx[rule]).toEqual(want);
    }
    expect(idx.cuoi).toEqual(cueWordStarts(t).filter((i) => atStart(i) && /^cuối/iu.test(t.slice(i))));
  }, 60_000);
  test.prop([anyText], { numRuns: 800 })('saysOnce is ONCE.test', (t) => {
    expect(saysOnce(t)).toBe(ONCE.test(t));
  });
  test.prop([anyText], { numRuns: 800 })('"tháng cuối quý" tried before each "cuối" is the global scan', (t) => {
    const shape = (m: RegExpExecArray): unknown => [m.index, m[0]];
    const g = new RegExp(ANCHOR.source, 'giu');
    expect(anchorsAt(t, cueIndex(t).cuoi).map(shape)).toEqual([...t.matchAll(g)].map(shape));
  });
  // Clauses with requests, agents, verbs and recipients, in any case, glued or not.
  const roleWords = ['Đề nghị', 'đề nghị', 'YÊU CẦU', 'giao', 'Giao nộp', 'đôn đốc', 'Sở Y tế', 'các đơn vị', 'Các trường', 'UBND huyện', 'Phòng GDĐT',
    'báo cáo', 'Báo  cáo', 'gửi', 'GỬI', 'nộp', 'chuyển', 'trình', 'chương trình', 'quy trình', 'Trình', 'về', 'cho', 'đến', 'tới', 'Sở Giáo dục',
    'Thủ tướng Chính phủ', 'cấp', 'phê duyệt', 'tổ chức', 'hoàn thành', 'thực hiện', 'đăng ký', 'đăng kí', 'rà soát', 'để tổng hợp,', 'theo', 'có trách nhiệm',
    '(', ')', ';', ':', ',', '.', ' ', '  ', '\n', '\u00A0', '\t', '\u3000', 'x', 'Ý', '\u212A', '\u017F', '\u0345', 'İ', '1', 'trước ngày 15/12'];
  const roleText = fc.array(fc.constantFrom(...roleWords), { maxLength: 20 }).map((a) => a.join(' '));
  const anyRoleText = fc.oneof(roleText, roleText, text, fc.array(fc.oneof(fc.constantFrom(...roleWords), text), { maxLength: 6 }).map((a) => a.join('')));
  const leads = [REQUEST, RECIPIENT, new RegExp(OBLIGATION, 'iu')].map((re) => ({ lead: leadScan(re), global: new RegExp(re.source, 'giu') }));
  test.prop([anyRoleText, fc.nat()], { numRuns: 1500 })('nextMatch finds what a global exec of the pattern finds', (t, n) => {
    const shape = (m: RegExpExecArray | null): unknown => m && [m.index, m[0], { ...m.groups }];
    const from = n % (t.length + 1);
    for (const { lead, global } of leads) {
      global.lastIndex = from;
      expect(shape(nextMatch(lead, t, from))).toEqual(shape(global.exec(t)));
    }
  }, 60_000);
  it('caseless \\p{L} without i takes every unit \\p{L} takes under iu, and no other', () => {
    const iu = /^\p{L}$/iu, copy = new RegExp(`^${caseless(String.raw`\p{L}`)}$`, 'u');
    for (let c = 0; c < 0x10000; c++) expect(copy.test(String.fromCharCode(c))).toBe(iu.test(String.fromCharCode(c)));
  }, 60_000);
  it('the loose \\p{Lu} of a lead scan takes every unit \\p{Lu} takes under iu', () => {
    const lu = /^\p{Lu}$/iu, loose = /^[\p{L}\u0345]$/u;
    for (let c = 0; c < 0x10000; c++) if (lu.test(String.fromCharCode(c))) expect(loose.test(String.fromCharCode(c))).toBe(true);
    expect(() => caseless(String.raw`(?!\p{Lu})`, true, true)).toThrow();
  }, 60_000);
  test.prop([anyRoleText])('clean trims as its patterns did', (t) => {
    const u = t.replace(/\s+/gu, ' ').replace(/^[\s,.:;-]+|[\s,.:;-]+$/gu, '');
    expect(clean(t)).toBe(u.length > 1 ? u : null);
  });
});
