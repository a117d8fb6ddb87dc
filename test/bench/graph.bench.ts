/**
 * Graph benchmarks (npx tsx test/bench/graph.bench.ts): each case next to its baseline in the same run.
 *  1. ingest records/s into the embedded store vs plain INSERTs of the same rows in one transaction;
 *  2. re-ingest of unchanged files/s (hash, ask the store, skip; nothing extracted);
 *  3. lineage latency (median, p99) on a generated graph of 100k documents.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA } from '../../graph/embedded/schema.js';
import { openEmbedded } from '../../graph/embedded/store.js';
import { identityOf } from '../../graph/identity.js';
import { planBatch } from '../../graph/plan.js';
import { ingestPaths } from '../../pipelines/ingest.js';
import type { DocumentRecord, Evidence } from '../../src/record/record.js';

const PROVINCES = ['Lâm Đồng', 'Long An', 'Đà Nẵng', 'Quảng Ninh', 'Cần Thơ', 'Nghệ An', 'Bình Định', 'Thái Bình'];
const ev = (quote: string): Evidence => ({ span: { start: 0, end: quote.length }, sourceSpan: { start: 0, end: quote.length }, quote });
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Document i implements its parent (i-1)/3 and cites an outside Thông tư; one deadline, one link. */
function record(i: number, salt = ''): DocumentRecord {
  const issuer = `Ủy ban nhân dân tỉnh ${PROVINCES[i % PROVINCES.length]}`;
  const parent = i > 0 ? Math.floor((i - 1) / 3) : null;
  const number = `${i + 1}/KH-UBND`;
  const cite = (n: number) => {
    const key = `${n + 1}/KH-UBND`;
    const q = `Kế hoạch số ${key} ngày 10/05/2022 của ${PROVINCES[n % PROVINCES.length] ? `UBND tỉnh ${PROVINCES[n % PROVINCES.length]}` : ''}`;
    return { key, canonicalKey: key, type: 'Kế hoạch', date: '2022-05-10', issuer: `Ủy ban nhân dân tỉnh ${PROVINCES[n % PROVINCES.length]}`,
      issuerText: null, subject: null, relation: 'implements' as const, pinpoints: [], mentions: [ev(q)], evidence: ev(q), inferred: [], confidence: 1 };
  };
  const tt = `${(i % 500) + 1}/2021/TT-BCA`;
  const citations = [
    ...(parent !== null ? [cite(parent)] : []),
    { key: tt, canonicalKey: tt, type: 'Thông tư', date: '2021-12-28', issuer: 'Bộ Công an', issuerText: 'Bộ Công an', subject: null, relation: 'cites' as const,
      pinpoints: ['Điều 9'], mentions: [ev(`Thông tư số ${tt}`)], evidence: ev(`Thông tư số ${tt}`), inferred: [], confidence: 1 },
  ];
  return {
    schema: 'vanban/record@1', file: `in/${i}.docx`, sha256: sha(`${i}${salt}`), source: null,
    document: { type: 'Kế hoạch', typeCode: 'KH', number, symbol: 'KH-UBND', date: '2022-05-10', place: null, issuer, governingBody: null,
      subject: `Triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2022 (${i})`, recipients: ['Sở Giáo dục và Đào tạo', 'Lưu: VT'],
      signer: null, evidence: { issuer: ev(issuer) }, inferred: [] },
    citations,
    links: [],
    deadlines: [{ date: '2022-12-05', rrule: null, kind: 'absolute', action: 'gửi báo cáo', actor: 'Các đơn vị', recipient: 'Sở Giáo dục và Đào tạo',
      text: `Các đơn vị gửi báo cáo về Sở trước ngày 05/12/2022 (${i}).`, evidence: ev('trước ngày 05/12/2022'), inferred: [] }],
    targets: [],
    diagnostics: [],
  };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const dir = mkdtempSync(join(tmpdir(), 'vanban-bench-'));

// 1. ingest vs plain inserts of the same rows
{
  const N = Number(process.env.BENCH_N ?? 20_000);
  const records = Array.from({ length: N }, (_, i) => record(i));
  const store = openEmbedded(join(dir, 'ingest.db'));
  const t0 = performance.now();
  for (let i = 0; i < N; i += 500) await store.upsert(records.slice(i, i + 500));
  const ingestMs = performance.now() - t0;
  await store.close();

  const plan = planBatch(records, []);
  const db = new Database(join(dir, 'baseline.db'));
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const insDoc = db.prepare('INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insRel = db.prepare('INSERT OR IGNORE INTO rels VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insDl = db.prepare('INSERT INTO deadlines VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const t1 = performance.now();
  db.transaction(() => {
    for (const d of [...plan.documents, ...plan.stubs]) insDoc.run(d.key, d.facts.number, d.facts.canonicalNumber, d.facts.year, d.facts.date, d.facts.type, d.facts.issuer, null, d.facts.subject, d.facts.label, 0);
    for (const r of plan.relationships) insRel.run(r.type, r.from.label, r.from.key, r.to.label, r.to.key, r.owner, JSON.stringify(r.props), JSON.stringify(r.evidence));
    for (const l of plan.deadlines) insDl.run(l.key, l.props.document, l.props.date, l.props.rrule, l.props.kind, l.props.action, l.props.actor, l.props.recipient, l.props.text, JSON.stringify(l.evidence));
  })();
  const baseMs = performance.now() - t1;
  db.close();
  const rows = plan.documents.length + plan.stubs.length + plan.relationships.length + plan.deadlines.length;
  console.log(`ingest   ${fmt((N / ingestMs) * 1000)} records/s (${N} records, batches of 500, ${rows} rows)`);
  console.log(`baseline ${fmt((N / baseMs) * 1000)} records/s (the same ${rows} rows as plain INSERTs in one transaction)`);
}

// 2. re-ingest of unchanged files
{
  const N = 5_000;
  const files = join(dir, 'files');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(files);
  const records = Array.from({ length: N }, (_, i) => {
    const text = `KẾ HOẠCH\nSố: ${i + 1}/KH-UBND\nTriển khai phong trào (${i})\n`;
    writeFileSync(join(files, `${String(i).padStart(5, '0')}.txt`), text);
    return { ...record(i), sha256: sha(text) };
  });
  const store = openEmbedded(join(dir, 'reingest.db'));
  for (let i = 0; i < N; i += 500) await store.upsert(records.slice(i, i + 500));
  const t0 = performance.now();
  const res = await ingestPaths([files], store, { extract: async () => { throw new Error('an unchanged file was extracted'); } });
  const ms = performance.now() - t0;
  if (res.counts.unchanged !== N) throw new Error(`expected ${N} unchanged, got ${JSON.stringify(res.counts)}`);
  const t1 = performance.now();
  await store.knownSources(records.map((r) => r.sha256));
  const lookupMs = performance.now() - t1;
  console.log(`re-ingest ${fmt((N / ms) * 1000)} files/s unchanged (${N} files: walk, hash, skip) — the store lookup alone ${fmt((N / lookupMs) * 1000)} hashes/s`);
  await store.close();
}

// 3. lineage on 100k documents
{
  const N = 100_000;
  const store = openEmbedded(join(dir, 'lineage.db'));
  const t0 = performance.now();
  for (let i = 0; i < N; i += 1000) await store.upsert(Array.from({ length: Math.min(1000, N - i) }, (_, j) => record(i + j)));
  const buildMs = performance.now() - t0;
  const key = (i: number) => identityOf({ number: `${i + 1}/KH-UBND`, date: '2022-05-10', issuer: `Ủy ban nhân dân tỉnh ${PROVINCES[i % PROVINCES.length]}` }, false).key;
  let seed = 42;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const time = async (pickKey: () => string, direction: 'up' | 'down', depth: number) => {
    const ms: number[] = [];
    let nodes = 0;
    for (let i = 0; i < 1000; i++) {
      const k = pickKey();
      const t = performance.now();
      const r = await store.lineage(k, { direction, depth });
      ms.push(performance.now() - t);
      nodes += r?.nodes.length ?? 0;
    }
    return { median: pct(ms, 50), p99: pct(ms, 99), nodes: nodes / 1000 };
  };
  const up = await time(() => key(N - 1 - rand(N / 2)), 'up', 10);
  const down = await time(() => key(121 + rand(243)), 'down', 10);
  const base = await time(() => key(N - 1 - rand(N / 2)), 'up', 1);
  const s = await store.stats();
  console.log(`graph    ${s.documents} documents, ${s.stubs} stubs, ${Object.values(s.relationships).reduce((a, b) => a + b, 0)} relationships, built in ${(buildMs / 1000).toFixed(1)} s`);
  console.log(`lineage up   depth 10: median ${up.median.toFixed(3)} ms, p99 ${up.p99.toFixed(3)} ms (${up.nodes.toFixed(1)} nodes)`);
  console.log(`lineage down depth 10: median ${down.median.toFixed(3)} ms, p99 ${down.p99.toFixed(3)} ms (${down.nodes.toFixed(1)} nodes)`);
  console.log(`baseline one hop:      median ${base.median.toFixed(3)} ms, p99 ${base.p99.toFixed(3)} ms`);
  await store.close();
}
