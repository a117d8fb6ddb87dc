import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { extractTargets, type TargetFound } from '../../src/extract/targets/index.js';

const seeds = ['000_58c87310f8ec2c38', '001_5d32a5d66f7bbe50', '002_ac4f57d7d319b00e', '003_30a5a5f86e8b92a4', '004_bde4111289bea890']
  .map((id) => readFileSync(new URL(`../../fixtures/seeds/${id}.txt`, import.meta.url), 'utf8').normalize('NFC'));
const pieces = ['100%', 'ít nhất ', '01 ', 'một ', 'mô hình', ', ', ' và ', 'tỷ lệ ', ' đạt ', 'trên ', '95% trở lên', 'không quá ', '1.000 ', '2,5%', ';', '(', '\n', 'tối đa ', 'trường'];
const vietnamese = fc.string({ unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạếềểễệ0123456789%/.,;:() \n-'.split('')), maxLength: 300 });
const text = fc.oneof(fc.string({ maxLength: 300 }), vietnamese, fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join('')));

function checkAll(t: string, found: readonly TargetFound[]): void {
  for (const x of found) {
    expect(x.span.start).toBeGreaterThanOrEqual(0);
    expect(x.span.end).toBeLessThanOrEqual(t.length);
    expect(x.span.end).toBeGreaterThan(x.span.start);
    expect(Number.isFinite(x.value)).toBe(true);
    expect(['=', '>=', '<=']).toContain(x.comparator);
  }
}

describe('extractTargets never throws, spans lie within the text, values are finite', () => {
  test.prop([text])('arbitrary text', (t) => {
    checkAll(t, extractTargets(t, { exclude: [] }));
  });
  test.prop([fc.nat(seeds.length - 1), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces)), { maxLength: 8 })])(
    'seed text with random insertions',
    (i, inserts) => {
      let t = seeds[i]!;
      for (const [at, piece] of inserts) { const k = at % (t.length + 1); t = t.slice(0, k) + piece + t.slice(k); }
      checkAll(t, extractTargets(t, { exclude: [{ start: 0, end: 10 }] }));
    },
  );
});

describe('adversarial input finishes (no timing assertion)', () => {
  it.each([
    ['10⁵ digits', '1'.repeat(100_000)],
    ['"ít nhất 01 mô hình, " × 10⁴', 'ít nhất 01 mô hình, '.repeat(10_000)],
    ['"100% " × 2·10⁴', '100% '.repeat(20_000)],
    ['thousand groups', '1.000.000.'.repeat(10_000)],
    ['"tỷ lệ " × 10⁴ then 95%', `${'tỷ lệ '.repeat(10_000)}đạt 95%`],
    ['"01 " × 3·10⁴', '01 '.repeat(30_000)],
  ])('%s', (_name, t) => {
    checkAll(t, extractTargets(t, { exclude: [] }));
  });
});
