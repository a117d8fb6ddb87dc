/**
 * Graph benchmarks (npx tsx test/bench/graph.bench.ts): each case next to its baseline in the same run.
 * BENCH_ONLY=ingest,reingest,lineage picks sections; BENCH_N sets the ingest size.
 *  1. ingest records/s into the embedded store vs plain INSERTs of the same rows in one transaction
 *     (into schema 1's text-keyed tables, and into this schema);
 *  2. re-ingest of unchanged files/s (hash, ask the store, skip; nothing extracted);
 *  3. lineage latency (median, p99) on a generated graph of 100k documents, with each edge's evidence
 *     (as `vanban lineage` prints it) and, last, without (as its pictures ask).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { REL_CODE, SCHEMA } from '../../graph/embedded/schema.js';
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

/** Schema 1's tables (every key text): the baseline rows of issue 5's figures, kept to compare against. */
const TEXT_KEYED = `
CREATE TABLE documents (key TEXT PRIMARY KEY, number TEXT, canonical_number TEXT, year TEXT, date TEXT, type TEXT,
  issuer TEXT, issuer_key TEXT, subject TEXT, label TEXT NOT NULL, stub INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX documents_number ON documents (canonical_number);
CREATE TABLE deadlines (key TEXT PRIMARY KEY, document TEXT NOT NULL, date TEXT, rrule TEXT, kind TEXT NOT NULL, action TEXT,
  actor TEXT, recipient TEXT, text TEXT NOT NULL, evidence TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX deadlines_document ON deadlines (document);
CREATE TABLE rels (type TEXT NOT NULL, from_label TEXT NOT NULL, from_key TEXT NOT NULL, to_label TEXT NOT NULL, to_key TEXT NOT NULL,
  owner TEXT NOT NULL, props TEXT NOT NULL, evidence TEXT NOT NULL, PRIMARY KEY (type, from_key, to_key, owner)) WITHOUT ROWID;
CREATE INDEX rels_to ON rels (to_key, type);
CREATE INDEX rels_from ON rels (from_key, type);
CREATE INDEX rels_owner ON rels (owner);`;

const only = (section: string) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(section);
/** Wall-clock and CPU rates: on a shared machine the CPU rate is the steadier of the two. */
function rate(n: number, run: () => void | Promise<void>): Promise<{ wall: number; cpu: number }> {
  const t = performance.now();
  const c = process.cpuUsage();
  return Promise.resolve(run()).then(() => {
    const cu = process.cpuUsage(c);
    return { wall: (n / (performance.now() - t)) * 1000, cpu: (n / ((cu.user + cu.system) / 1000)) * 1000 };
  });
}

// 1. ingest vs plain inserts of the same rows
if (only('ingest')) {
  const N = Number(process.env.BENCH_N ?? 20_000);
  const records = Array.from({ length: N }, (_, i) => record(i));
  const store = openEmbedded(join(dir, 'ingest.db'));
  const ours = await rate(N, async () => {
    for (let i = 0; i < N; i += 500) await store.upsert(records.slice(i, i + 500));
  });
  await store.close();

  const plan = planBatch(records, []);
  const rows = plan.documents.length + plan.stubs.length + plan.relationships.length + plan.deadlines.length;
  const docs = [...plan.documents, ...plan.stubs];
  const fresh = (name: string, schema: string) => {
    const db = new Database(join(dir, name));
    db.pragma('journal_mode = WAL');
    db.exec(schema);
    return db;
  };
  // The same rows as schema 1 stored them: text keys everywhere.
  const text = fresh('baseline-text.db', TEXT_KEYED);
  const textRate = await rate(N, () => {
    const insDoc = text.prepare('INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insRel = text.prepare('INSERT OR IGNORE INTO rels VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const insDl = text.prepare('INSERT INTO deadlines VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    text.transaction(() => {
      for (const d of docs) insDoc.run(d.key, d.facts.number, d.facts.canonicalNumber, d.facts.year, d.facts.date, d.facts.type, d.facts.issuer, null, d.facts.subject, d.facts.label, 0);
      for (const r of plan.relationships) insRel.run(r.type, r.from.label, r.from.key, r.to.label, r.to.key, r.owner, JSON.stringify(r.props), JSON.stringify(r.evidence));
      for (const l of plan.deadlines) insDl.run(l.key, l.props.document, l.props.date, l.props.rrule, l.props.kind, l.props.action, l.props.actor, l.props.recipient, l.props.text, JSON.stringify(l.evidence));
    })();
  });
  text.close();
  // The same rows in this schema (integer ids), the ids known in advance.
  const int = fresh('baseline-int.db', SCHEMA);
  const intRate = await rate(N, () => {
    const insDoc = int.prepare('INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insRel = int.prepare('INSERT OR IGNORE INTO rels (type, from_id, to_id, owner, props, evidence) VALUES (?, ?, ?, ?, ?, ?)');
    const insDl = int.prepare('INSERT INTO deadlines (key, document, date, rrule, kind, action, actor, recipient, text, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const ids = new Map<string, number>();
    const id = (k: string) => ids.get(k) ?? ids.set(k, ids.size + 1).size;
    int.transaction(() => {
      for (const d of docs) insDoc.run(id(d.key), d.key, d.facts.number, d.facts.canonicalNumber, d.facts.year, d.facts.date, d.facts.type, d.facts.issuer, null, d.facts.subject, d.facts.label, 0);
      for (const r of plan.relationships) insRel.run(REL_CODE[r.type], id(r.from.key), id(r.to.key), id(r.owner), JSON.stringify(r.props), JSON.stringify(r.evidence));
      for (const l of plan.deadlines) insDl.run(l.key, id(l.props.document), l.props.date, l.props.rrule, l.props.kind, l.props.action, l.props.actor, l.props.recipient, l.props.text, JSON.stringify(l.evidence));
    })();
  });
  int.close();
  const line = (name: string, r: { wall: number; cpu: number }, what: string) =>
    console.log(`${name.padEnd(13)} ${fmt(r.wall).padStart(6)} records/s (CPU ${fmt(r.cpu).padStart(6)}/s) ${what}`);
  line('ingest', ours, `${N} records, batches of 500, ${rows} rows`);
  line('baseline v1', textRate, `the same ${rows} rows as plain INSERTs in one transaction, text keys (schema 1)`);
  line('baseline int', intRate, 'the same rows as plain INSERTs in one transaction, integer ids (this schema)');
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  console.log(`ingest / baseline v1: ${ratio(ours.wall, textRate.wall)} wall, ${ratio(ours.cpu, textRate.cpu)} CPU; / baseline int: ${ratio(ours.wall, intRate.wall)} wall, ${ratio(ours.cpu, intRate.cpu)} CPU`);
}

// 2. re-ingest of unchanged files
if (only('reingest')) {
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
if (only('lineage')) {
  const N = 100_000;
  const store = openEmbedded(join(dir, 'lineage.db'));
  const t0 = performance.now();
  for (let i = 0; i < N; i += 1000) await store.upsert(Array.from({ length: Math.min(1000, N - i) }, (_, j) => record(i + j)));
  const buildMs = performance.now() - t0;
  const key = (i: number) => identityOf({ number: `${i + 1}/KH-UBND`, date: '2022-05-10', issuer: `Ủy ban nhân dân tỉnh ${PROVINCES[i % PROVINCES.length]}` }, false).key;
  let seed = 42;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  // evidence: true is what `vanban lineage` asks for its text and JSON; false, for its pictures.
  const time = async (pickKey: () => string, direction: 'up' | 'down', depth: number, evidence = true) => {
    const ms: number[] = [];
    let nodes = 0;
    const c = process.cpuUsage();
    for (let i = 0; i < 1000; i++) {
      const k = pickKey();
      const t = performance.now();
      const r = await store.lineage(k, { direction, depth, evidence });
      ms.push(performance.now() - t);
      nodes += r?.nodes.length ?? 0;
    }
    const cu = process.cpuUsage(c);
    // Mean CPU per query: on a shared machine the steadier figure (wall-clock p99 catches the neighbours).
    return { median: pct(ms, 50), p99: pct(ms, 99), nodes: nodes / 1000, cpu: (cu.user + cu.system) / 1000 / 1000 };
  };
  const up = await time(() => key(N - 1 - rand(N / 2)), 'up', 10);
  const down = await time(() => key(121 + rand(243)), 'down', 10);
  const base = await time(() => key(N - 1 - rand(N / 2)), 'up', 1);
  const upBare = await time(() => key(N - 1 - rand(N / 2)), 'up', 10, false);
  const downBare = await time(() => key(121 + rand(243)), 'down', 10, false);
  const s = await store.stats();
  console.log(`graph    ${s.documents} documents, ${s.stubs} stubs, ${Object.values(s.relationships).reduce((a, b) => a + b, 0)} relationships, built in ${(buildMs / 1000).toFixed(1)} s`);
  const line = (name: string, r: typeof up, what = '') =>
    console.log(`${name.padEnd(22)} median ${r.median.toFixed(3)} ms, p99 ${r.p99.toFixed(3)} ms, CPU ${r.cpu.toFixed(3)} ms/query${what}`);
  line('lineage up   depth 10:', up, ` (${up.nodes.toFixed(1)} nodes)`);
  line('lineage down depth 10:', down, ` (${down.nodes.toFixed(1)} nodes)`);
  line('baseline one hop:', base);
  line('up   (no evidence):', upBare);
  line('down (no evidence):', downBare);
  await store.close();
}
