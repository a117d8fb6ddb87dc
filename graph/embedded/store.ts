/** The embedded graph store: one SQLite file (better-sqlite3), WAL, one transaction per upsert. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { DocumentRecord } from '../../src/record/record.js';
import type { GraphItem } from '../model.js';
import { numbersOf, planBatch } from '../plan.js';
import type { GraphStore, UpsertSummary } from '../store.js';
import { createReader } from './read.js';
import { SCHEMA, SCHEMA_VERSION } from './schema.js';
import { createWriter } from './write.js';

export const DEFAULT_STORE_FILE = '.vanban/graph.db';

/**
 * Opens (creating if needed) the store in `file`; ':memory:' for a throwaway one.
 * While a snapshot() is being iterated the connection is busy: finish it before other calls.
 */
export function openEmbedded(file: string = DEFAULT_STORE_FILE): GraphStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = OFF');
  // The default 2 MB page cache thrashes once the graph passes a few thousand documents.
  db.pragma('cache_size = -65536');
  // Checked before the tables are created: an older file's tables would not take the new indexes.
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").pluck().get() !== undefined;
  const version = hasMeta ? (db.prepare("SELECT value FROM meta WHERE name = 'schema'").pluck().get() as string | undefined) : undefined;
  if (version !== undefined && version !== String(SCHEMA_VERSION)) {
    db.close();
    throw new Error(`the graph file ${file} was written by another version of vanban (schema ${version}, this one reads ${SCHEMA_VERSION}); ingest into a new file`);
  }
  db.exec(SCHEMA);
  if (version === undefined) db.prepare("INSERT OR IGNORE INTO meta VALUES ('schema', ?)").run(String(SCHEMA_VERSION));
  const writer = createWriter(db);
  const reader = createReader(db);
  const upsertTx = db.transaction((records: readonly DocumentRecord[]): UpsertSummary => {
    const known = reader.knownSources(records.map((r) => r.sha256));
    const fresh = records.filter((r) => !known.has(r.sha256));
    if (fresh.length === 0) return { ingested: 0, unchanged: records.length, mergedStubs: 0 };
    const plan = planBatch(fresh, writer.identities(numbersOf(fresh)));
    writer.apply(plan);
    return { ingested: fresh.length - plan.duplicates, unchanged: records.length - fresh.length + plan.duplicates, mergedStubs: plan.mergedStubs };
  });

  return {
    name: 'embedded',
    caps: { transactions: true },
    upsert: async (records) => upsertTx.immediate(records),
    knownSources: async (shas) => reader.knownSources(shas),
    findDocuments: async (query) => reader.findDocuments(query),
    document: async (key) => reader.document(key),
    lineage: async (key, opts) => reader.lineage(key, opts),
    missing: async () => reader.missing(),
    deadlines: async (query = {}) => reader.deadlines(query),
    stats: async () => reader.stats(),
    snapshot: (): AsyncIterable<GraphItem> => ({
      async *[Symbol.asyncIterator]() {
        yield* reader.snapshot();
      },
    }),
    close: async () => {
      db.close();
    },
  };
}
