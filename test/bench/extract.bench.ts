// npm run bench: full extraction vs. a baseline (NFC + one citation-number regex) on the same corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../src/analyze.js';

const TARGET_MB = Number(process.env.BENCH_MB ?? 24);
const root = join(import.meta.dirname, '../../fixtures');
const texts = ['seeds', 'corpus']
  .flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.txt')).map((f) => join(root, dir, f)))
  .map((f) => readFileSync(f, 'utf8'));

// Repeat the fixtures until the corpus is TARGET_MB of UTF-8.
const docs: string[] = [];
let bytes = 0;
while (bytes < TARGET_MB * 1024 * 1024) {
  for (const t of texts) {
    docs.push(t);
    bytes += Buffer.byteLength(t);
  }
}
const mb = bytes / (1024 * 1024);
const SYMBOL_NUMBER = /\d{1,6}(?:\/\d{4})?[/-][A-ZĐ]/gu;

function baseline(): number {
  let n = 0;
  for (const d of docs) n += d.normalize('NFC').match(SYMBOL_NUMBER)?.length ?? 0;
  return n;
}
function full(): number {
  let n = 0;
  for (const d of docs) n += analyzeText(d).citations.length;
  return n;
}

function time(run: () => number, rounds: number): { seconds: number; out: number } {
  run(); // warm up
  const times: number[] = [];
  let out = 0;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    out = run();
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return { seconds: times[Math.floor(times.length / 2)]!, out };
}

// The baseline takes a few hundredths of a second a round: many rounds, or its median swings 1.7x between runs.
const b = time(baseline, 41);
const f = time(full, 3);
const row = (name: string, s: number): string =>
  `${name.padEnd(34)} ${(docs.length / s).toFixed(0).padStart(9)} docs/s ${(mb / s).toFixed(2).padStart(9)} MB/s ${s.toFixed(3).padStart(8)} s`;
console.log(`corpus: ${docs.length} documents (${texts.length} fixtures repeated), ${mb.toFixed(1)} MB, one core`);
console.log(row('baseline: NFC + symbol-number regex', b.seconds));
console.log(row('vanban: full extraction', f.seconds));
console.log(`ratio full/baseline: ${(f.seconds / b.seconds).toFixed(1)}x slower (aim: <= 10x); ${(docs.length / f.seconds).toFixed(0)} docs/s of ${(bytes / docs.length / 1024).toFixed(1)} KB on average`);
// The aim counts seed-sized documents; the corpus's are shorter on average: the seeds alone, repeated.
const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(root, 'seeds', f), 'utf8'));
const seedRounds = Math.max(1, Math.round(docs.length / seeds.length / 4));
const sd = time(() => {
  let n = 0;
  for (let i = 0; i < seedRounds; i++) for (const d of seeds) n += analyzeText(d).citations.length;
  return n;
}, 3);
const seedKb = seeds.reduce((a, d) => a + Buffer.byteLength(d), 0) / seeds.length / 1024;
console.log(`the five seeds (${seedKb.toFixed(1)} KB on average), repeated: ${((seedRounds * seeds.length) / sd.seconds).toFixed(0)} docs/s (aim: >= 4000)`);
console.log(`(${b.out} baseline symbol hits; ${f.out} merged citations)`);
