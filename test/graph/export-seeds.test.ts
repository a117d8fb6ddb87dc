import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openEmbedded } from '../../graph/embedded/store.js';
import type { GraphItem } from '../../graph/model.js';
import type { GraphStats, GraphStore } from '../../graph/store.js';
import { toCypherStatements, collectGraph } from '../../graph/export/index.js';
import { extractFile } from '../../pipelines/extract-file.js';
import { runCalendar, runExport } from '../../src/cli/export-commands.js';
import type { DocumentRecord } from '../../src/record/record.js';
import { parseCsv, parseXml } from './export-readers.js';

// End to end: the seed documents read, extracted and ingested into a temporary SQLite store,
// then exported and put in a calendar through the CLI functions, twice.

const SEEDS = 'fixtures/seeds';
let dir = '';
let storeFile = '';
let stats: GraphStats;
let records: DocumentRecord[] = [];
const stderr: string[] = [];

async function withStore<T>(use: (s: GraphStore) => Promise<T>): Promise<T> {
  const store = openEmbedded(storeFile);
  try { return await use(store); } finally { await store.close(); }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vanban-export-'));
  storeFile = join(dir, 'graph.db');
  for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) {
    const outcome = await extractFile(join(SEEDS, f));
    if (!outcome.ok) throw new Error(`${f}: ${outcome.error.message}`);
    records.push(outcome.record);
  }
  stats = await withStore(async (s) => { await s.upsert(records); return s.stats(); });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { stderr.push(String(chunk)); return true; });
}, 120_000);

afterAll(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const read = (name: string): string => readFileSync(join(dir, name), 'utf8');

describe('export of the ingested seeds', () => {
  it('every format, twice: the same bytes', async () => {
    for (const format of ['json', 'ndjson', 'cypher', 'graphml'] as const) {
      expect(await runExport({ format, store: storeFile, out: join(dir, `a.${format}`) })).toBe(0);
      expect(await runExport({ format, store: storeFile, out: join(dir, `b.${format}`) })).toBe(0);
      expect(read(`b.${format}`)).toBe(read(`a.${format}`));
    }
    expect(await runExport({ format: 'csv', store: storeFile, out: join(dir, 'csv') })).toBe(0);
    expect(stderr.join('')).toMatch(/export: \d+ nodes, \d+ relationships → /u);
  });

  it('JSON holds what stats counts', () => {
    const g = JSON.parse(read('a.json')) as { nodes: { label: string }[]; relationships: { type: string }[] };
    const count = (label: string): number => g.nodes.filter((n) => n.label === label).length;
    expect(count('Document')).toBe(stats.documents + stats.stubs);
    expect(count('Agency')).toBe(stats.agencies);
    expect(count('Deadline')).toBe(stats.deadlines);
    expect(count('Target')).toBe(stats.targets);
    for (const [type, n] of Object.entries(stats.relationships)) expect(g.relationships.filter((r) => r.type === type)).toHaveLength(n);
    expect(read('a.ndjson').trimEnd().split('\n')).toHaveLength(g.nodes.length + g.relationships.length);
  });

  it('GraphML parses with one node and edge per item; CSV rows match too', () => {
    const g = JSON.parse(read('a.json')) as { nodes: unknown[]; relationships: unknown[] };
    const els = parseXml(read('a.graphml'));
    expect(els.filter((e) => e.name === 'node')).toHaveLength(g.nodes.length);
    expect(els.filter((e) => e.name === 'edge')).toHaveLength(g.relationships.length);
    const csv = readdirSync(join(dir, 'csv')).filter((n) => n.endsWith('.csv'));
    const rows = (prefix: string): number =>
      csv.filter((n) => n.startsWith(prefix)).reduce((sum, n) => sum + parseCsv(readFileSync(join(dir, 'csv', n), 'utf8')).length - 1, 0);
    expect(rows('nodes-')).toBe(g.nodes.length);
    expect(rows('rels-')).toBe(g.relationships.length);
  });

  it('the Cypher passes Neo4j\'s parser: every constraint and one statement of each label and type', async () => {
    const graph = await withStore((s) => collectGraph(s.snapshot() as AsyncIterable<GraphItem>));
    const statements = toCypherStatements(graph, { batchSize: 3 });
    // The linter takes ~80 ms a row: one batch per label and type covers every statement shape.
    const shapes = new Map<string, string>();
    for (const s of statements) {
      const shape = s.startsWith('CREATE') ? s : s.replace(/^UNWIND \[.*\] AS row /u, '');
      if (!shapes.has(shape)) shapes.set(shape, s);
    }
    expect(shapes.size).toBeGreaterThanOrEqual(5 + 5 + 7);
    for (const s of shapes.values()) {
      const errors = lintCypherQuery(s, {}).diagnostics.filter((d) => d.severity === 1);
      expect(errors, s.slice(0, 100)).toEqual([]);
    }
  }, 120_000);

  it('ingesting the same files again changes no byte of the export', async () => {
    const summary = await withStore((s) => s.upsert(records));
    expect(summary.ingested).toBe(0);
    await runExport({ format: 'cypher', store: storeFile, out: join(dir, 'c.cypher') });
    expect(read('c.cypher')).toBe(read('a.cypher'));
  });

  it('a missing store is a clear error, not an empty export', async () => {
    stderr.length = 0;
    expect(await runExport({ format: 'json', store: join(dir, 'nope.db'), out: join(dir, 'x.json') })).toBe(1);
    expect(stderr.join('')).toMatch(/there is no graph at .*nope\.db: run "vanban ingest" first/u);
  });
});

describe('calendar of the ingested seeds', () => {
  it('run twice: same bytes and UIDs; ical.js reads it; dated deadlines are events; duties carry RRULEs', async () => {
    stderr.length = 0;
    expect(await runCalendar({ store: storeFile, out: join(dir, 'a.ics') })).toBe(0);
    expect(await runCalendar({ store: storeFile, out: join(dir, 'b.ics') })).toBe(0);
    const ics = read('a.ics');
    expect(read('b.ics')).toBe(ics);
    expect(stderr.join('')).toMatch(/calendar: \d+ events \(\d+ recurring/u);

    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const rows = await withStore((s) => s.deadlines());
    const dated = rows.filter((d) => d.rrule === null && d.date !== null);
    const single = events.filter((e) => !e.isRecurring());
    expect(single).toHaveLength(dated.length);
    expect(single.map((e) => e.startDate.toString()).sort()).toEqual(dated.map((d) => d.date).sort());
    expect(single.every((e) => e.startDate.isDate)).toBe(true);

    const recurring = events.filter((e) => e.isRecurring());
    expect(recurring.length).toBe(rows.filter((d) => d.rrule !== null).length);
    // "trước ngày 31/3 hằng năm" (seed 004): the next occurrences fall on 31/3.
    const march = recurring.find((e) => e.component.getFirstPropertyValue('rrule')?.toString().includes('BYMONTH=3'));
    const it = march?.iterator();
    expect([it?.next()?.toString(), it?.next()?.toString()]).toEqual(['2023-03-31', '2024-03-31']);

    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(events.every((e) => e.summary.startsWith('Hạn: ') || e.summary.startsWith('Định kỳ: '))).toBe(true);
  });

  it('--agency keeps the deadlines of that agency only', async () => {
    expect(await runCalendar({ store: storeFile, out: join(dir, 'agency.ics'), agency: 'các đơn vị, trường học', alarmDays: 7 })).toBe(0);
    const events = new ICAL.Component(ICAL.parse(read('agency.ics'))).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((v) => String(v.getFirstPropertyValue('description')).includes('Thực hiện: Các đơn vị, trường học'))).toBe(true);
    expect(read('agency.ics')).toContain('TRIGGER:-P7D');
  });
});
