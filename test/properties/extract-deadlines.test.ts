import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { extractDeadlines, type DeadlineFound } from '../../src/extract/deadlines/index.js';
import { sentenceAt, sentenceSpans } from '../../src/grammar/vi/sentences.js';

const seeds = ['000_58c87310f8ec2c38', '001_5d32a5d66f7bbe50', '002_ac4f57d7d319b00e', '003_30a5a5f86e8b92a4', '004_bde4111289bea890']
  .map((id) => readFileSync(new URL(`../../fixtures/seeds/${id}.txt`, import.meta.url), 'utf8').normalize('NFC'));
// Pieces of the deadline grammar, to splice into seeds and random text.
const pieces = ['trước ngày ', 'ngày ', '05/12/2023', '01/10', ' hằng năm', 'định kỳ 6 tháng, 1 năm ', 'trong quý III/2024', 'trong tháng 12', 'từ ngày ', ' đến ngày ', 'báo cáo ', '(', ')', ';', '\n', '/', 'quý I', 'tháng ', ' về Sở '];
const vietnamese = fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạếềểễệ0123456789/.,;:() \n-'.split('')), maxLength: 300 });
const text = fc.oneof(fc.string({ maxLength: 300 }), vietnamese, fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')));
const refDate = fc.constantFrom(null, '2023', '2023-07', '2023-07-06', '2020-12-31');

function checkAll(t: string, found: readonly DeadlineFound[]): void {
  for (const d of found) {
    for (const s of [d.span, d.sentence]) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(t.length);
      expect(s.end).toBeGreaterThan(s.start);
    }
    if (d.date !== null) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    if (d.rrule !== null) expect(d.rrule).toMatch(/^FREQ=(?:DAILY|WEEKLY|MONTHLY|YEARLY)(?:;[A-Z]+=-?\d+)*$/u);
    expect(d.date !== null || d.rrule !== null).toBe(true);
  }
}

describe('extractDeadlines never throws, spans lie within the text', () => {
  test.prop([text, refDate])('arbitrary text', (t, ref) => {
    checkAll(t, extractDeadlines(t, { refDate: ref, exclude: [] }));
  });
  test.prop([fc.nat(seeds.length - 1), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces)), { maxLength: 8 }), refDate])(
    'seed text with random insertions',
    (i, inserts, ref) => {
      let t = seeds[i]!;
      for (const [at, piece] of inserts) { const k = at % (t.length + 1); t = t.slice(0, k) + piece + t.slice(k); }
      checkAll(t, extractDeadlines(t, { refDate: ref, exclude: [{ start: 0, end: 10 }] }));
    },
  );
  test.prop([text, fc.nat()])('sentenceAt lies within the text and holds the offset or is next to it', (t, n) => {
    const s = sentenceAt(t, t.length === 0 ? 0 : n % t.length);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(t.length);
    for (const x of sentenceSpans(t)) expect(x.end).toBeGreaterThan(x.start);
  });
});

describe('adversarial input finishes (no timing assertion)', () => {
  it.each([
    ['"trước ngày " × 10⁴', 'trước ngày '.repeat(10_000)],
    ['10⁵ digits', '1'.repeat(100_000)],
    ['"hằng năm báo cáo " × 10⁴ in one sentence', 'hằng năm báo cáo '.repeat(10_000)],
    ['"định kỳ 6 tháng, " × 10⁴', 'định kỳ 6 tháng, '.repeat(10_000)],
    ['"từ ngày 01/10 đến " × 10⁴', 'từ ngày 01/10 đến '.repeat(10_000)],
    ['dates and slashes', '01/10/'.repeat(20_000)],
    ['one long line of dots', '. a'.repeat(30_000)],
    ['"Đề nghị các đơn vị " × 5·10³ then a deadline', `${'Đề nghị các đơn vị '.repeat(5_000)}gửi về Sở trước ngày 05/12/2023.`],
  ])('%s', (_name, t) => {
    checkAll(t, extractDeadlines(t, { refDate: '2023-07-06', exclude: [] }));
  });
});
